// The analyst's own data folder: rows added to the shipped data, a row with the
// same key replacing the shipped one, every problem of a bad file named.
#include "support/testsupport.h"

#include "core/schedule.h"
#include "core/userdata.h"

#include <algorithm>

using namespace tariffsim;
using namespace tariffsim::core;

namespace {

const ObservedTrade* observed(const Dataset& ds, const char* month, Flow flow, const char* reporter)
{
    const auto m = *YearMonth::parse(month);
    for (const auto& o : ds.observedTrade)
        if (o.first == m && o.last == m && o.flow == flow && o.reporter == reporter)
            return &o;
    return nullptr;
}

size_t countObserved(const Dataset& ds, const char* month, Flow flow, const char* reporter)
{
    const auto m = *YearMonth::parse(month);
    return static_cast<size_t>(std::count_if(ds.observedTrade.begin(), ds.observedTrade.end(), [&](const ObservedTrade& o) {
        return o.first == m && o.last == m && o.flow == flow && o.reporter == reporter;
    }));
}

std::vector<std::string> lines(const std::vector<DataProblem>& problems)
{
    std::vector<std::string> out;
    for (const auto& p : problems)
        out.push_back(p.toString());
    return out;
}

} // namespace

TEST_CASE("User data rows are added, and replace shipped rows with the same key", "[userdata]")
{
    Dataset ds = test::dataset();
    const size_t shippedRows = ds.observedTrade.size();
    // Shipped: 2025-09 china_to_us GACC 34.3 (trade_monthly.csv line 19); nothing for 2026-05.
    REQUIRE(observed(ds, "2025-09", Flow::ChinaToUs, "GACC"));
    REQUIRE(observed(ds, "2025-09", Flow::ChinaToUs, "GACC")->valueUsdBn == 34.3);
    REQUIRE_FALSE(observed(ds, "2026-05", Flow::ChinaToUs, "GACC"));

    std::vector<DataProblem> skipped;
    mergeUserFiles(ds,
                   {{"trade_monthly.csv", "month,flow,value_usd_bn,reporter,source_url\n"
                                          "2026-05,china_to_us,40.0,GACC,https://example.org/x\n"
                                          "2025-09,china_to_us,33.9,GACC,https://example.org/revised\n"}},
                   skipped);
    CHECK(skipped.empty());
    // One row added, one replaced: one more row than shipped.
    CHECK(ds.observedTrade.size() == shippedRows + 1);
    const ObservedTrade* added = observed(ds, "2026-05", Flow::ChinaToUs, "GACC");
    REQUIRE(added);
    CHECK(added->valueUsdBn == 40.0);
    CHECK(added->provenance.kind == kUserSourceKind);
    CHECK(added->provenance.note == "your own data (trade_monthly.csv)");
    CHECK(sourceLine(added->provenance).starts_with("Your own data: "));
    CHECK(countObserved(ds, "2025-09", Flow::ChinaToUs, "GACC") == 1);
    CHECK(observed(ds, "2025-09", Flow::ChinaToUs, "GACC")->valueUsdBn == 33.9);
    // The vintage follows the new last month.
    CHECK(ds.vintage.lastObserved.at({Flow::ChinaToUs, "GACC"}) == YearMonth{2026, 5});
    // The other reporter's shipped row for the month is untouched.
    REQUIRE(observed(ds, "2025-09", Flow::ChinaToUs, "USCensus"));
    CHECK(observed(ds, "2025-09", Flow::ChinaToUs, "USCensus")->valueUsdBn == 23.41);
    CHECK(observed(ds, "2025-09", Flow::ChinaToUs, "USCensus")->provenance.kind == "statistics");
}

TEST_CASE("User events, annual totals and rare-earth rows are merged and marked", "[userdata]")
{
    Dataset ds = test::dataset();
    const size_t events = ds.events.size();
    std::vector<DataProblem> skipped;
    mergeUserFiles(ds,
                   {{"events.csv", "date,actor,kind,label,measure,target,rate_pct,note,source_url\n"
                                   "2026-06-01,US,tariff,Toys,Toys tariff (assumed),toys,25,,https://example.org/e\n"},
                    {"trade_annual.csv", "year,flow,value_usd_bn,reporter,kind,note,source_url\n"
                                         "2024,china_to_us,440.1,USCensus,stated,revised,https://example.org/a\n"}},
                   skipped);
    CHECK(lines(skipped).empty());
    CHECK(ds.events.size() == events + 1);
    const auto it = std::find_if(ds.events.begin(), ds.events.end(),
                                 [](const TimelineEvent& e) { return e.title == "Toys tariff (assumed)"; });
    REQUIRE(it != ds.events.end());
    CHECK(it->provenance.kind == "user");
    CHECK(std::is_sorted(ds.events.begin(), ds.events.end(),
                         [](const TimelineEvent& a, const TimelineEvent& b) { return a.date < b.date; }));
    // trade_annual.csv line 9 shipped 438.947 for 2024 china_to_us USCensus.
    const AnnualTotal* a = ds.annualTotal(Flow::ChinaToUs, 2024, "USCensus");
    REQUIRE(a);
    CHECK(a->valueUsdBn == 440.1);
    CHECK(a->provenance.note == "your own data (trade_annual.csv); revised");
}

TEST_CASE("Every problem of a bad user file is named, and the file is skipped", "[userdata]")
{
    SECTION("values")
    {
        const std::string text = "month,flow,value_usd_bn,reporter,source_url\n"
                                 "2026-13,china_to_us,40.0,GACC,https://example.org/x\n"  // line 2
                                 "2026-05,china_to_eu,-1,Eurostat,\n"                     // line 3
                                 "2026-06,us_to_china,abc,GACC,ftp://example.org\n"       // line 4
                                 "2026-06,us_to_china,5,GACC,https://example.org/y\n";    // line 5, key of line 4
        CHECK(lines(checkUserFile("trade_monthly.csv", text))
              == std::vector<std::string>{
                  "trade_monthly.csv:2: month: '2026-13' is not a month (YYYY-MM)",
                  "trade_monthly.csv:3: flow: 'china_to_eu' is not china_to_us or us_to_china",
                  "trade_monthly.csv:3: value_usd_bn: '-1' is negative",
                  "trade_monthly.csv:3: reporter: 'Eurostat' is not GACC (China customs) or USCensus",
                  "trade_monthly.csv:3: source_url: empty; a value is required",
                  "trade_monthly.csv:4: value_usd_bn: 'abc' is not a number",
                  "trade_monthly.csv:4: source_url: 'ftp://example.org' is not a web address (http:// or https://): "
                  "every figure needs its source",
                  "trade_monthly.csv:5: month: the same row key as line 4 (each key once per file)",
              });
        Dataset ds = test::dataset();
        const Dataset before = ds;
        std::vector<DataProblem> skipped;
        mergeUserFiles(ds, {{"trade_monthly.csv", text}}, skipped);
        CHECK(skipped.size() == 8);
        CHECK(ds.observedTrade == before.observedTrade);
    }

    SECTION("missing columns, syntax, unknown files, out-of-horizon months")
    {
        CHECK(lines(checkUserFile("trade_monthly.csv", "month,flow,value,reporter\n2026-05,china_to_us,1,GACC\n"))
              == std::vector<std::string>{
                  "trade_monthly.csv:1: value_usd_bn: missing column (the header must name it, as the shipped file does)",
                  "trade_monthly.csv:1: source_url: missing column (the header must name it, as the shipped file does)",
              });
        const auto syntax = checkUserFile("trade_monthly.csv", "month,flow,value_usd_bn,reporter,source_url\n"
                                                                "2026-05,china_to_us,\"40,GACC,https://x\n");
        REQUIRE(syntax.size() == 1);
        CHECK(syntax[0].field == "(syntax)");
        CHECK(syntax[0].line == 2);
        const auto unknown = checkUserFile("sectors.json", "{}");
        REQUIRE(unknown.size() == 1);
        CHECK(unknown[0].toString().starts_with("sectors.json:1: (file): not a file the data folder can hold"));
        CHECK(lines(checkUserFile("rare_earth_magnets_2025.csv",
                                  "month,destination,tonnes,mom_pct,yoy_pct,note,source_url\n"
                                  "2031-01,World,100,,,,https://example.org/r\n"))
              == std::vector<std::string>{"rare_earth_magnets_2025.csv:2: month: 2031-01 is outside 2017-01 to 2030-12"});
        // The shipped files themselves pass (they may hold total and growth rows).
        const DataFiles shipped = readDataDirectory(TARIFFSIM_DATA_DIR);
        for (const auto& name : userDataFileNames()) {
            INFO(name);
            if (shipped.count(name))
                CHECK(lines(checkUserFile(name, shipped.at(name))).empty());
        }
    }
}

TEST_CASE("A user measures file adds and replaces legal layers and truces", "[userdata][measures]")
{
    const DataFiles shipped = readDataDirectory(TARIFFSIM_DATA_DIR);
    const Dataset plain = loadDataset(shipped);
    std::vector<DataProblem> problems;

    SECTION("a new layer adds its rate times its trade weight to the average")
    {
        // 25 points on all of chapter 95 from 1 Jan 2027, on top of everything in force.
        const auto ds = loadWithUserMeasures(shipped, R"J({"measures": [{
            "id": "user_toys_2027", "direction": "us_on_china", "layer": "Section 301",
            "name": "Toys and consoles (assumed)", "coverage": [{"hs": "95", "share": 1}],
            "steps": [{"date": "2027-01-01", "ratePct": 25, "basis": "estimate", "note": "an assumption"}]}]})J",
                                             problems);
        for (const auto& line : lines(problems))
            UNSCOPED_INFO(line);
        REQUIRE(ds);
        CHECK(problems.empty());
        const Measure* toys = ds->measure("user_toys_2027");
        REQUIRE(toys);
        CHECK(toys->steps.at(0).provenance.kind == kUserSourceKind);
        CHECK(toys->steps.at(0).provenance.note.starts_with("your own data (measures.json)"));
        CHECK(ds->measures.size() == plain.measures.size() + 1);
        // The shipped layers are not the user's.
        CHECK(ds->measure("us_reciprocal")->steps.at(0).provenance.kind != kUserSourceKind);
        // Chapter 95 is 30.0333 of 438.9292 of 2024 US imports from China
        // (trade_by_chapter.csv): 25 * 30.0333 / 438.9292 = 1.71060 points more
        // from 1 Jan 2027, nothing the day before.
        const TariffSchedule before(plain, Scenario{}), after(*ds, Scenario{});
        const Direction us = Direction::UsOnChina;
        CHECK_THAT(after.averageRatePct(us, test::day("2027-01-01")) - before.averageRatePct(us, test::day("2027-01-01")),
                   Catch::Matchers::WithinAbs(1.71060, 1e-4));
        CHECK_THAT(after.averageRatePct(us, test::day("2026-12-31")) - before.averageRatePct(us, test::day("2026-12-31")),
                   Catch::Matchers::WithinAbs(0.0, 1e-12));
    }
    SECTION("a layer with a shipped id replaces it; a truce of the user's is added")
    {
        const auto ds = loadWithUserMeasures(shipped, R"J({
            "measures": [{"id": "us_232_drones", "direction": "us_on_china", "layer": "Section 232",
                          "name": "Section 232 drones (Annex II rate)", "coverage": [{"hs": "8806", "share": 1}],
                          "steps": [{"date": "2026-09-03", "ratePct": 25, "basis": "estimate"}]}],
            "truces": [{"id": "user_truce_2027", "name": "A truce on forced-labour duties", "measure": "us_301_forced_labor",
                        "start": "2027-03-01", "days": 30, "suspendedPct": 10}]})J",
                                             problems);
        REQUIRE(ds);
        CHECK(ds->measures.size() == plain.measures.size());
        CHECK(ds->measure("us_232_drones")->name == "Section 232 drones (Annex II rate)");
        const TariffSchedule s(*ds, Scenario{});
        CHECK(s.measureRatePct("us_232_drones", test::day("2026-10-01")) == 25.0);
        // 12.5% less the 10 suspended points during the truce, whole after it.
        CHECK_THAT(s.measureRatePct("us_301_forced_labor", test::day("2027-03-15")), Catch::Matchers::WithinAbs(2.5, 1e-9));
        CHECK_THAT(s.measureRatePct("us_301_forced_labor", test::day("2027-03-31")), Catch::Matchers::WithinAbs(12.5, 1e-9));
        REQUIRE(ds->truces.size() == plain.truces.size() + 1);
        CHECK(ds->truces.back().provenance.kind == kUserSourceKind);
    }
    SECTION("a bad file is refused, naming the field in the user's own numbering")
    {
        CHECK_FALSE(loadWithUserMeasures(shipped, R"J({"measures": [{"id": "x", "direction": "us_on_china",
            "layer": "L", "name": "X", "coverage": [{"hs": "95", "share": 1}],
            "steps": [{"date": "2027-01-01", "ratePct": -5}]}]})J", problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].file == "measures.json");
        CHECK(problems[0].field == "measures[0].steps[0].ratePct");
        problems.clear();
        CHECK_FALSE(loadWithUserMeasures(shipped, R"J({"truces": [{"id": "t", "measure": "no_such_layer",
            "start": "2027-01-01", "days": 30, "suspendedPct": 10}]})J", problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == "truces[0].measure");
        problems.clear();
        // Its shape: ids once each, lists of objects.
        CHECK(lines(checkUserFile("measures.json", R"J({"measures": [{"id": "a"}, {"id": "a"}]})J"))
              == std::vector<std::string>{"measures.json:1: measures[1].id: 'a' is given twice (also measures[0])"});
        CHECK(lines(checkUserFile("measures.json", R"J({"measures": {}})J"))
              == std::vector<std::string>{"measures.json:1: measures: expected an array"});
        CHECK(lines(checkUserFile("measures.json", "{\"measures\": [")).size() == 1);
        CHECK(checkUserFile("measures.json", "{}").empty());
    }
}
