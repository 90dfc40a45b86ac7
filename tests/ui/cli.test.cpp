#include "support/testsupport.h"

#include "clirunner.h"

#include <sstream>

namespace {
using Result = tariffsim::test::CliResult;
using tariffsim::test::runCli;
} // namespace

TEST_CASE("tariffsim-cli rates", "[cli]")
{
    SECTION("one day, both directions, exact header")
    {
        const auto r = runCli({"rates", "--date", "2025-05-14"});
        REQUIRE(r.code == 0);
        CHECK(r.out.rfind("date,direction,avg_tariff_pct\n2025-05-14,us_on_china,", 0) == 0);
        CHECK(r.out.find("\n2025-05-14,china_on_us,") != std::string::npos);
    }
    SECTION("a range prints every day")
    {
        const auto r = runCli({"rates", "--from", "2025-08-10", "--to", "2025-08-13", "--preset", "geneva-snapback"});
        REQUIRE(r.code == 0);
        CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1 + 4 * 2);
    }
    SECTION("--layers adds the layer column and keeps the total")
    {
        const auto r = runCli({"rates", "--date", "2025-04-12", "--layers"});
        REQUIRE(r.code == 0);
        CHECK(r.out.rfind("date,direction,layer,avg_tariff_pct\n", 0) == 0);
        CHECK(r.out.find("2025-04-12,us_on_china,IEEPA reciprocal,") != std::string::npos);
        CHECK(r.out.find("2025-04-12,us_on_china,total,") != std::string::npos);
    }
    SECTION("usage errors exit 2, invalid input exits 1, each naming the problem")
    {
        auto r = runCli({"rates"});
        CHECK(r.code == 2);
        CHECK(r.err.find("--date") != std::string::npos);
        r = runCli({"rates", "--date", "2025-02-30"});
        CHECK(r.code == 1);
        CHECK(r.err.find("--date: '2025-02-30' is not a valid date") != std::string::npos);
        r = runCli({"rates", "--date", "2025-05-14", "--preset", "nope"});
        CHECK(r.code == 1);
        CHECK(r.err.find("unknown preset 'nope'") != std::string::npos);
        r = runCli({"rates", "--date", "2025-05-14", "--frobnicate"});
        CHECK(r.code == 2);
        r = runCli({"nonsense"});
        CHECK(r.code == 2);
    }
    SECTION("--help and --version succeed")
    {
        CHECK(runCli({"--help"}).code == 0);
        CHECK(runCli({"--version"}).out.rfind("tariffsim-cli ", 0) == 0);
    }
}

TEST_CASE("tariffsim-cli presets and events", "[cli]")
{
    const auto presets = runCli({"presets"});
    REQUIRE(presets.code == 0);
    for (const char* id : {"as-enacted", "pre-2025", "liberation-day-peak", "geneva-snapback"})
        CHECK(presets.out.find(std::string("\n") + id + ",") != std::string::npos);
    const auto events = runCli({"events", "--preset", "geneva-snapback"});
    REQUIRE(events.code == 0);
    CHECK(events.out.rfind("date,actor,kind,label,title,rate_pct,status,source,source_kind,citation,reported_by\n", 0) == 0);
    CHECK(events.out.find("2025-08-12,US,truce_end,") != std::string::npos);
    CHECK(events.out.find("2025-10-10,US,threat,") != std::string::npos);
    CHECK(events.out.find(",not enacted,") != std::string::npos);
    // the lapse of Section 122 is recorded; the end of the one-year truce only scheduled
    CHECK(events.out.find("2026-07-24,US,tariff,Section 122 lapses,Section 122 surcharge lapsed,0.00,recorded,") != std::string::npos);
    CHECK(events.out.find("2026-11-10,US,truce,Truce ends (scheduled),") != std::string::npos);
    CHECK(events.out.find(",scheduled,https://www.whitehouse.gov/") != std::string::npos);
    // the instrument is named
    CHECK(events.out.find(",law,\"Proclamation 11012 of 20 Feb 2026, 91 FR 9339") != std::string::npos);
}

TEST_CASE("tariffsim-cli refuses edges with a message naming the option", "[cli]")
{
    auto contains = [](const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; };
    SECTION("dates and months outside 2017-01-01..2030-12-31, for every option that takes one")
    {
        struct Case {
            std::vector<std::string> args;
            std::string message;
        };
        const Case cases[] = {
            {{"rates", "--date", "0001-01-01"}, "--date: 0001-01-01 is outside the span the data and the model cover, "
                                                "2017-01-01 to 2030-12-31"},
            {{"rates", "--date", "2016-12-31"}, "--date: 2016-12-31 is outside"},
            {{"rates", "--from", "2030-12-01", "--to", "2031-01-01"}, "--to: 2031-01-01 is outside"},
            {{"project", "--from", "2016-12"}, "--from: 2016-12 is outside the model's range 2017-01..2030-12"},
            {{"project", "--to", "2031-01"}, "--to: 2031-01 is outside"},
            {{"briefing", "--out", "x.pdf", "--as-of", "2040-01-01"}, "--as-of: 2040-01-01 is outside"},
            {{"export", "--chart", "tariffs", "--out", "x.csv", "--from", "1999-01"}, "--from: 1999-01 is outside"},
        };
        for (const Case& c : cases) {
            INFO(c.args[0] << " " << c.args[1] << " " << c.args[2]);
            const auto r = runCli(c.args);
            CHECK(r.code == 1);
            CHECK(contains(r.err, c.message));
        }
        // The span's own ends are accepted: 2017-01-01 and 2030-12-31.
        CHECK(runCli({"rates", "--date", "2017-01-01"}).code == 0);
        CHECK(runCli({"rates", "--date", "2030-12-31"}).code == 0);
    }
    SECTION("an option's value is never the next option")
    {
        auto r = runCli({"project", "--scenario", "--sectors"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "option --scenario needs a value (found the option '--sectors')"));
        r = runCli({"rates", "--date"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "option --date needs a value"));
        // A value that starts with "--" goes after '='.
        r = runCli({"scenario", "--title=--draft--", "--out", "-"});
        CHECK(r.code == 0);
        CHECK(contains(r.out, "\"title\": \"--draft--\""));
    }
    SECTION("'--' ends the options")
    {
        const std::string preset = std::string(TARIFFSIM_PRESET_DIR) + "/pre-2025.tariffsim.json";
        auto r = runCli({"validate", "--", preset});
        CHECK(r.code == 0);
        r = runCli({"validate", "--", "--not-an-option.json"});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "--not-an-option.json: no such file"));
    }
    SECTION("--format and the file name agree; --scale is for PNG")
    {
        auto r = runCli({"export", "--chart", "tariffs", "--format", "png", "--out", "a.svg"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "--format png does not match the file name 'a.svg'"));
        r = runCli({"export", "--chart", "tariffs", "--out", "a.txt"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "does not end in .png, .svg, .pdf or .csv"));
        r = runCli({"export", "--chart", "tariffs", "--out", "a.svg", "--scale", "3"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "--scale applies to PNG only"));
        r = runCli({"export", "--chart", "tariffs", "--out", "-"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "export to standard output needs --format"));
    }
    SECTION("a file that cannot be read is named with the reason, not as a syntax error")
    {
        const auto r = runCli({"project", "--scenario", "/nonexistent-folder/x.tariffsim.json"});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "--scenario: /nonexistent-folder/x.tariffsim.json: no such folder"));
    }
    SECTION("control characters in arguments are not echoed raw")
    {
        const auto r = runCli({"rates", "--date", "\x1b[2J\nERROR"});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "'\\x1b[2J\\nERROR' is not a valid date"));
    }
}
