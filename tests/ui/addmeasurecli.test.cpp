// tariffsim-cli scenario --add-measure: measures written into a scenario file
// from the command line, and the rates they give.
#include "support/testsupport.h"

#include "clirunner.h"
#include "core/scenario.h"

#include <QDir>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>

namespace {

using tariffsim::test::runCli;

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The value column of the one data row of `rates --date D` for a direction.
double averageOf(const std::string& csv, const std::string& direction)
{
    const auto at = csv.find("," + direction + ",");
    REQUIRE(at != std::string::npos);
    return std::stod(csv.substr(at + direction.size() + 2));
}

} // namespace

TEST_CASE("tariffsim-cli scenario --add-measure", "[cli][scenario][scenariomeasure]")
{
    using namespace tariffsim;
    using Catch::Matchers::WithinAbs;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = QDir(dir.path()).filePath(QStringLiteral("toys.tariffsim.json")).toStdString();

    SECTION("25 points on chapter 95 from 2027-01-01 raise the US average by 1.71 points")
    {
        auto r = runCli({"scenario", "--preset", "as-enacted", "--add-measure", "us_on_china:2027-01-01:25:95",
                         "--out", path});
        REQUIRE(r.code == 0);
        const core::Scenario s = core::parseScenario(readAll(path), test::dataset());
        REQUIRE(s.measures.size() == 1);
        const core::ScenarioMeasure& m = s.measures[0];
        CHECK(m.id == "added_1");
        CHECK(m.direction == core::Direction::UsOnChina);
        REQUIRE(m.steps.size() == 1);
        CHECK(m.steps[0].from == test::day("2027-01-01"));
        CHECK(m.steps[0].ratePct == 25.0);
        CHECK_FALSE(m.steps[0].to);
        REQUIRE(m.coverage.size() == 1);
        CHECK(m.coverage[0].hs == "95");
        CHECK(m.yieldsTo.empty()); // on top of everything in force

        // Chapter 95 is 30.0333 of 438.9292 of 2024 US imports from China
        // (trade_by_chapter.csv): 25 * 30.0333 / 438.9292 = 1.71060 points more
        // from 2027-01-01 than the preset gives; rates prints two decimals, so the
        // difference of the two printed averages is within 0.01 of it.
        const auto with = runCli({"rates", "--date", "2027-01-01", "--scenario", path});
        const auto without = runCli({"rates", "--date", "2027-01-01", "--preset", "as-enacted"});
        REQUIRE(with.code == 0);
        REQUIRE(without.code == 0);
        CHECK_THAT(averageOf(with.out, "us_on_china") - averageOf(without.out, "us_on_china"), WithinAbs(1.7106, 0.01));
        CHECK_THAT(averageOf(with.out, "china_on_us") - averageOf(without.out, "china_on_us"), WithinAbs(0.0, 1e-9));

        r = runCli({"validate", path});
        CHECK(r.code == 0);
        CHECK(contains(r.out, ", 1 measure of its own\n"));
    }

    SECTION("repeated, with several prefixes and an end")
    {
        // China: 20 points on soybeans (1201) and 10 on chapter 02 and heading 0802
        // until 2027-07-01.
        auto r = runCli({"scenario", "--add-measure", "china_on_us:2027-01-01:20:1201", "--add-measure",
                         "china_on_us:2027-01-01:10:02,0802,080212:2027-07-01", "--out", path});
        REQUIRE(r.code == 0);
        const core::Scenario s = core::parseScenario(readAll(path), test::dataset());
        REQUIRE(s.measures.size() == 2);
        CHECK(s.measures[0].id == "added_1");
        CHECK(s.measures[1].id == "added_2");
        REQUIRE(s.measures[1].coverage.size() == 3);
        CHECK(s.measures[1].coverage[2].hs == "080212");
        CHECK(s.measures[1].steps[0].to == test::day("2027-07-01"));
    }

    SECTION("bad specifications exit 1 naming the part at fault")
    {
        const auto refused = [&](const std::string& spec, const std::string& part) {
            INFO(spec);
            const auto r = runCli({"scenario", "--add-measure", spec, "--out", path});
            CHECK(r.code == 1);
            CHECK(contains(r.err, "--add-measure '" + spec + "': " + part));
            CHECK_FALSE(QFile::exists(QString::fromStdString(path)));
        };
        refused("us_on_china:2027-01-01:25", "expected DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO]");
        refused("eu_on_china:2027-01-01:25:95", "DIRECTION: 'eu_on_china' is not us_on_china or china_on_us");
        refused("us_on_china:2027-13-01:25:95", "FROM: '2027-13-01' is not a valid date");
        refused("us_on_china:2031-01-01:25:95", "FROM: 2031-01-01 is outside the span");
        refused("us_on_china:2027-01-01:abc:95", "RATE_PCT: 'abc' is not a number");
        refused("us_on_china:2027-01-01:-5:95", "RATE_PCT: rate -5 is negative");
        refused("us_on_china:2027-01-01:25:9998", "HS: unknown HS prefix '9998'");
        refused("us_on_china:2027-01-01:25:953", "HS: '953' is not an HS prefix of 2, 4 or 6 digits");
        refused("us_on_china:2027-01-01:25:95:2026-01-01", "TO: the end 2026-01-01 is not after the start 2027-01-01");
    }
}
