#include "support/testsupport.h"

#include "core/csv.h"

using namespace tariffsim::core;

TEST_CASE("parseCsv", "[csv]")
{
    SECTION("quoted fields keep commas, doubled quotes and line breaks")
    {
        const auto rows = parseCsv("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n");
        REQUIRE(rows.size() == 3);
        CHECK(rows[1][1] == "x, y");
        CHECK(rows[1][2] == "say \"hi\"");
        CHECK(rows[2][1] == "two\nlines");
        CHECK(rows[2][2].empty());
    }
    SECTION("a byte-order mark and blank lines are ignored")
    {
        const auto rows = parseCsv("\xEF\xBB\xBFh1,h2\n\n1,2");
        REQUIRE(rows.size() == 2);
        CHECK(rows[0][0] == "h1");
        CHECK(rows[1][1] == "2");
    }
    SECTION("an unterminated quote is an error with its line")
    {
        try {
            parseCsv("a,b\n1,\"open\n");
            FAIL("no error");
        } catch (const CsvError& e) {
            CHECK(e.line() == 2);
        }
    }
    SECTION("text after a closing quote is an error")
    {
        CHECK_THROWS_AS(parseCsv("\"a\"b,c\n"), CsvError);
    }
}

TEST_CASE("CsvTable", "[csv]")
{
    const CsvTable t("date,value\n2025-01-01,3\n2025-02-01,4\n", "test.csv");
    CHECK(t.rowCount() == 2);
    CHECK(t.at(1, "value") == "4");
    CHECK(t.lineOf(1) == 3);
    CHECK_THROWS_WITH(t.column("missing"), Catch::Contains("missing column 'missing'"));
    CHECK_THROWS_WITH(CsvTable("a,b\n1\n", "short.csv"), Catch::Contains("short.csv: expected 2 fields"));
}
