// tariffsim-cli project and calibrate: the CSV contract other tools read.

#include "support/testsupport.h"

#include "clirunner.h"

#include <algorithm>
#include <sstream>

namespace {

using Result = tariffsim::test::CliResult;
using tariffsim::test::runCli;

std::vector<std::vector<std::string>> rows(const std::string& csv)
{
    std::vector<std::vector<std::string>> out;
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::string field;
        std::istringstream ls(line);
        while (std::getline(ls, field, ','))
            fields.push_back(field);
        if (!line.empty() && line.back() == ',')
            fields.emplace_back();
        out.push_back(fields);
    }
    return out;
}

const std::string kHeader = "month,flow,sector,avg_tariff_pct,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,"
                            "actual_usd_bn,revenue_usd_bn,price_change_pct,deadweight_usd_bn";

} // namespace

TEST_CASE("tariffsim-cli project", "[cli][projection]")
{
    SECTION("exact header, one total row per month and flow, 2024-01..2030-12 by default")
    {
        const auto r = runCli({"project"});
        REQUIRE(r.code == 0);
        const auto t = rows(r.out);
        REQUIRE(!t.empty());
        CHECK(r.out.rfind(kHeader + "\n", 0) == 0);
        CHECK(t.size() == 1 + 84 * 2);
        CHECK(t[1][0] == "2024-01");
        CHECK(t[1][1] == "china_to_us");
        CHECK(t[1][2] == "total");
        CHECK(t[2][1] == "us_to_china");
        CHECK(t.back()[0] == "2030-12");
        for (size_t i = 1; i < t.size(); ++i)
            CHECK(t[i].size() == 12);
    }
    SECTION("actual_usd_bn holds China-customs observations and is empty elsewhere")
    {
        const auto r = runCli({"project", "--from", "2025-04", "--to", "2025-06"});
        REQUIRE(r.code == 0);
        const auto t = rows(r.out);
        REQUIRE(t.size() == 7);
        CHECK(t[1][0] == "2025-04");
        CHECK(t[1][8] == "33.0000"); // GACC April 2025
        CHECK(t[2][8].empty());      // nothing for US exports in April
        CHECK(t[4][8] == "10.8000"); // GACC May 2025 imports from the US
        CHECK(t[5][8] == "38.1700"); // GACC June 2025 exports to the US
        const auto s = rows(runCli({"project", "--from", "2025-10", "--to", "2025-10"}).out);
        REQUIRE(s.size() == 3);
        CHECK(s[1][8].empty()); // October: only within the Jan-Nov total, not on its own
    }
    SECTION("--sectors adds one row per sector, named by its HS code id")
    {
        const auto r = runCli({"project", "--from", "2025-05", "--to", "2025-05", "--sectors"});
        REQUIRE(r.code == 0);
        const auto t = rows(r.out);
        CHECK(std::count_if(t.begin(), t.end(), [](const auto& f) { return f.size() > 2 && f[2] == "total"; }) == 2);
        CHECK(t.size() > 100);
        const auto phones = std::find_if(t.begin(), t.end(), [](const auto& f) { return f.size() > 2 && f[2] == "8517.13"; });
        REQUIRE(phones != t.end());
        CHECK((*phones)[1] == "china_to_us");
        // the sector rows of a flow add up to its total row
        double sum = 0, total = 0;
        for (const auto& f : t) {
            if (f.size() < 6 || f[1] != "china_to_us")
                continue;
            (f[2] == "total" ? total : sum) += std::stod(f[5]);
        }
        CHECK_THAT(sum, Catch::Matchers::WithinAbs(total, 0.01));
    }
    SECTION("pre-2025 reproduces its baseline exactly; every preset keeps low <= scenario <= high")
    {
        const auto pre = rows(runCli({"project", "--preset", "pre-2025", "--sectors"}).out);
        for (size_t i = 1; i < pre.size(); ++i) {
            INFO(pre[i][0] << " " << pre[i][1] << " " << pre[i][2]);
            CHECK(pre[i][5] == pre[i][4]);
        }
        for (const char* preset : {"as-enacted", "pre-2025", "liberation-day-peak", "geneva-snapback"}) {
            const auto t = rows(runCli({"project", "--preset", preset, "--sectors"}).out);
            size_t bad = 0;
            for (size_t i = 1; i < t.size(); ++i)
                bad += !(std::stod(t[i][6]) <= std::stod(t[i][5]) && std::stod(t[i][5]) <= std::stod(t[i][7]));
            INFO(preset);
            CHECK(bad == 0);
        }
    }
    SECTION("bad input exits 1 naming the option; usage errors exit 2")
    {
        auto r = runCli({"project", "--from", "2025-13"});
        CHECK(r.code == 1);
        CHECK(r.err.find("--from: '2025-13' is not a valid month") != std::string::npos);
        r = runCli({"project", "--from", "2025-06", "--to", "2025-05"});
        CHECK(r.code == 1);
        CHECK(r.err.find("--to: 2025-05 is before --from 2025-06") != std::string::npos);
        r = runCli({"project", "--to", "2031-01"});
        CHECK(r.code == 1);
        CHECK(r.err.find("--to: 2031-01 is outside the model's range") != std::string::npos);
        r = runCli({"project", "--preset", "nope"});
        CHECK(r.code == 1);
        CHECK(r.err.find("--preset") != std::string::npos);
        r = runCli({"project", "--bogus"});
        CHECK(r.code == 2);
        CHECK(r.err.find("--bogus") != std::string::npos);
        r = runCli({"project", "--from"});
        CHECK(r.code == 2);
        CHECK(r.err.find("--from") != std::string::npos);
    }
}

TEST_CASE("tariffsim-cli calibrate", "[cli][calibration]")
{
    SECTION("fitted and default parameters with RMSE and MAPE for both flows")
    {
        const auto r = runCli({"calibrate"});
        REQUIRE(r.code == 0);
        const auto t = rows(r.out);
        REQUIRE(t.size() == 5);
        CHECK(r.out.rfind("flow,fit,elasticity,adjustment_speed,observations,rmse_usd_bn,mape_pct,rmse_log\n", 0) == 0);
        CHECK(t[1][0] == "china_to_us");
        CHECK(t[1][1] == "default");
        CHECK(t[1][2] == "2.2169"); // the calibrated default (calibration.csv)
        CHECK(t[2][1] == "fitted");
        CHECK(t[3][0] == "us_to_china");
        // China customs from the reference month, each month once: Jan-Feb (one
        // period), Mar, Apr, May, Jun, Jul, Aug, Sep, Oct-Nov (Jan-Nov less the
        // months known), Dec (2025 less Jan-Nov) = 10; imports from the US: Jan-Feb,
        // Mar, Apr (H1 less the rest), May, Jun, Jul-Nov (Jan-Nov less H1), Dec = 7
        CHECK(t[1][4] == "10");
        CHECK(t[3][4] == "7");
        // the fit is at least as good as the defaults
        CHECK(std::stod(t[2][7]) <= std::stod(t[1][7]));
    }
    SECTION("--observations lists every China-customs figure beside the projection")
    {
        const auto r = runCli({"calibrate", "--observations"});
        REQUIRE(r.code == 0);
        CHECK(r.out.rfind("flow,period,reporter_basis,actual_usd_bn,", 0) == 0);
        CHECK(r.out.find("\nchina_to_us,2025-01/2025-02,GACC,75.4800,") != std::string::npos);
        CHECK(r.out.find("\nchina_to_us,2024-04,GACC,41.8000,41.8000,") != std::string::npos);
        CHECK(r.out.find("USCensus") == std::string::npos);
        // each figure names its agency and the repost it was read from
        CHECK(r.out.find(",statistics,General Administration of Customs of China (GACC),") != std::string::npos);
        const auto census = runCli({"calibrate", "--observations", "--reporter", "USCensus"});
        REQUIRE(census.code == 0);
        CHECK(census.out.find("\nchina_to_us,2025-05,USCensus,20.4900,") != std::string::npos);
        CHECK(census.out.find(",GACC,") == std::string::npos);
    }
    SECTION("--by-half: the literature, default and fitted parameters by half-year")
    {
        const auto r = runCli({"calibrate", "--by-half"});
        REQUIRE(r.code == 0);
        const auto t = rows(r.out);
        CHECK(r.out.rfind("flow,fit,period,observations,rmse_usd_bn,mape_pct,mean_error_pct\n", 0) == 0);
        REQUIRE(t.size() == 1 + 3 * 4);
        CHECK(t[1][0] == "china_to_us");
        CHECK(t[1][1] == "literature");
        CHECK(t[1][2] == "2025H1");
        CHECK(t[2][2] == "2025H2");
        // 10 observations of exports to the US: five in each half (see above)
        CHECK(t[1][3] == "5");
        CHECK(t[2][3] == "5");
        CHECK(t[5][1] == "default");
        CHECK(t[9][1] == "fitted");
        CHECK(runCli({"calibrate", "--by-half", "--observations"}).code == 2);
        const auto bad = runCli({"calibrate", "--reporter", "WTO"});
        CHECK(bad.code == 1);
        CHECK(bad.err.find("--reporter: 'WTO' is not GACC or USCensus") != std::string::npos);
    }
    SECTION("usage errors exit 2")
    {
        CHECK(runCli({"calibrate", "--from", "2025-01"}).code == 2);
    }
}
