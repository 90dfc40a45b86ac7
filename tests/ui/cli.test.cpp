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
    CHECK(events.out.rfind("date,actor,kind,label,title,rate_pct,status,source\n", 0) == 0);
    CHECK(events.out.find("2025-08-12,US,truce_end,") != std::string::npos);
    CHECK(events.out.find("2025-10-10,US,threat,") != std::string::npos);
}
