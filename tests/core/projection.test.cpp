// The trade-response model: hand-worked cases on tiny datasets, then
// properties of the shipped dataset and presets.

#include "support/testsupport.h"

#include "core/projection.h"
#include "core/tradeengine.h"

#include <cmath>
#include <numeric>
#include <tuple>

using namespace tariffsim;
using namespace tariffsim::core;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using test::day;

namespace {

using test::handParameters;
using test::oneSector;

const MonthValues& row(const Projection& p, Flow f, YearMonth m)
{
    return p.total(f)[static_cast<size_t>(m.monthsSince(p.first))];
}

// A truce measure for front-loading: "y" is 30% in law from 2025-05-01, but a
// truce suspends all 30 points for 92 days, so it would snap back on 2025-08-01.
Dataset withTruce(std::optional<TruceExtension> extension = std::nullopt)
{
    Dataset ds = oneSector(10.0);
    Measure y{"y", "Y", "Layer Y", Direction::UsOnChina, {}, {}, {}, {}};
    y.steps = {{"", day("2025-05-01"), 30.0, "enacted", {}}};
    y.coverage = {{"*", 1.0, {}, {}, {}}};
    ds.measures.push_back(y);
    Truce t{"t", "Truce", "y", day("2025-05-01"), 92, 30.0, {}, {}};
    if (extension)
        t.extensions.push_back(*extension);
    ds.truces.push_back(t);
    return ds;
}

double sumScenario(const Projection& p, Flow f, YearMonth a, YearMonth b)
{
    double s = 0;
    for (YearMonth m = a; m <= b; m = m.addMonths(1))
        s += row(p, f, m).scenarioUsdBn;
    return s;
}

} // namespace

TEST_CASE("Trade response on a one-sector dataset", "[projection]")
{
    const Flow c2u = Flow::ChinaToUs;
    const YearMonth from{2024, 1}, to{2026, 12};

    SECTION("lambda = 1: the full long-run response at once, 73.55% of baseline")
    {
        // tariff 10% -> 35%: P = 1.35 / 1.10 = 1.227273; x* = -1.5 * ln P = -1.5 * 0.204794 = -0.307191
        // exp(-0.307191) = 0.735510 -> 7.35510 of a 10.0 baseline
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        const Projection p = project(ds, s, handParameters(1.0), from, to);
        CHECK(p.reporter[0] == "USCensus"); // no China-customs total in this dataset
        CHECK_THAT(row(p, c2u, {2025, 2}).scenarioUsdBn, WithinAbs(10.0, 1e-12));
        CHECK_THAT(row(p, c2u, {2025, 3}).baselineUsdBn, WithinAbs(10.0, 1e-12));
        CHECK_THAT(row(p, c2u, {2025, 3}).scenarioUsdBn, WithinRel(7.35510, 1e-5));
        CHECK_THAT(row(p, c2u, {2025, 3}).scenarioUsdBn / 10.0, WithinAbs(0.7355, 5e-5));
        CHECK_THAT(row(p, c2u, {2026, 12}).scenarioUsdBn, WithinRel(7.35510, 1e-5));
        CHECK_THAT(row(p, c2u, {2025, 3}).avgTariffPct, WithinAbs(35.0, 1e-9));
    }
    SECTION("lambda = 0.5: half the gap closes each month, 85.76% in the first month")
    {
        // month 1: x = 0.5 * -0.307191 = -0.153596, exp = 0.857617
        // month 2: x = -0.153596 + 0.5 * (-0.307191 + 0.153596) = -0.230394, exp = 0.794221
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        const Projection p = project(ds, s, handParameters(0.5), from, to);
        CHECK_THAT(row(p, c2u, {2025, 3}).scenarioUsdBn / 10.0, WithinAbs(0.8576, 5e-5));
        CHECK_THAT(row(p, c2u, {2025, 4}).scenarioUsdBn, WithinRel(7.94221, 1e-5));
        // two years on it has converged to the long-run 73.55%
        CHECK_THAT(row(p, c2u, {2026, 12}).scenarioUsdBn, WithinRel(7.35510, 1e-5));
    }
    SECTION("duties, import prices and deadweight on the one sector")
    {
        // March 2025 with lambda = 1: V = 7.35510, B = 10, tau = 0.35, tau0 = 0.10
        //   revenue    = 0.35 * 7.35510                 = 2.574285
        //   price      = 1.0 * (1.35 / 1.10 - 1) * 100  = 22.7273 %
        //   deadweight = 0.5 * (0.35 - 0.10) * (10 - 7.35510) = 0.125 * 2.64490 = 0.330613
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        ModelParameters params = handParameters(1.0);
        Projection p = project(ds, s, params, from, to);
        const MonthValues& m = row(p, c2u, {2025, 3});
        CHECK_THAT(m.revenueUsdBn, WithinRel(2.574285, 1e-5));
        CHECK_THAT(m.priceChangePct, WithinAbs(22.7273, 1e-4));
        CHECK_THAT(m.deadweightUsdBn, WithinRel(0.330613, 1e-5));
        // before the change: duties 0.10 * 10 = 1.0, no price change, no deadweight
        CHECK_THAT(row(p, c2u, {2025, 2}).revenueUsdBn, WithinAbs(1.0, 1e-12));
        CHECK_THAT(row(p, c2u, {2025, 2}).priceChangePct, WithinAbs(0.0, 1e-12));
        CHECK_THAT(row(p, c2u, {2025, 2}).deadweightUsdBn, WithinAbs(0.0, 1e-12));
        // half pass-through halves the price change: 11.3636 %
        params.passThrough.value = 0.5;
        p = project(ds, s, params, from, to);
        CHECK_THAT(row(p, c2u, {2025, 3}).priceChangePct, WithinAbs(11.3636, 1e-4));
        // the untaxed flow is untouched
        CHECK_THAT(row(p, Flow::UsToChina, {2025, 3}).scenarioUsdBn, WithinAbs(1.0, 1e-12));
        CHECK(row(p, Flow::UsToChina, {2025, 3}).revenueUsdBn == 0.0);
    }
    SECTION("per-sector rows add up to the totals")
    {
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        ProjectionOptions o;
        o.perSector = true;
        const Projection p = project(ds, s, handParameters(0.5), from, to, o);
        REQUIRE(p.sectors[0].size() == static_cast<size_t>(p.months));
        REQUIRE(p.sectorList[0].size() == 1);
        for (int k = 0; k < p.months; ++k)
            CHECK_THAT(p.sectors[0][static_cast<size_t>(k)].scenarioUsdBn,
                       WithinRel(p.totals[0][static_cast<size_t>(k)].scenarioUsdBn, 1e-12));
    }
    SECTION("per-group rows: sums over each display group, tariffs weighted by value")
    {
        // china_to_us 2024: "01" 60bn and "02" 30bn in group "a", "03" 30bn in group
        // "b": baselines 5.0, 2.5 and 2.5 a month. Layer x covers 01 and 03 only;
        // lambda = 1, so in March 2025 the covered sectors are at 0.735510 of
        // baseline (10% -> 35%) and 02 (no tariff) stays at baseline.
        Dataset ds = oneSector(35.0);
        ds.sectors.erase(ds.sectors.begin()); // the china_to_us sector
        for (auto [id, value, group] : {std::tuple{"01", 60.0, "a"}, {"02", 30.0, "a"}, {"03", 30.0, "b"}}) {
            Sector s;
            s.id = id;
            s.hs = {id};
            s.chapter = id;
            s.flow = c2u;
            s.groupId = group;
            s.valueUsdBn[2024] = value;
            ds.sectors.push_back(s);
        }
        ds.groups.push_back({"a", c2u, "A", {}, false});
        ds.groups.push_back({"b", c2u, "B", {}, false});
        ds.measures[0].coverage = {{"01", 1.0, {}, {}, {}}, {"03", 1.0, {}, {}, {}}};
        const TariffSchedule s(ds, Scenario{});
        ProjectionOptions o;
        o.perGroup = true;
        const Projection p = project(ds, s, handParameters(1.0), from, to, o);
        const auto& ids = p.groupIds[0];
        REQUIRE(ids == std::vector<std::string>{"a", "b"});
        const size_t k = static_cast<size_t>(YearMonth{2025, 3}.monthsSince(p.first));
        REQUIRE(p.groups[0].size() == static_cast<size_t>(p.months) * 2);
        const MonthValues& a = p.groups[0][k * 2 + 0];
        const MonthValues& b = p.groups[0][k * 2 + 1];
        // a: baseline 5 + 2.5 = 7.5; scenario 5 * 0.735510 + 2.5 = 6.17755
        //    tariff (60 * 35 + 30 * 0) / 90 = 23.3333 %; duties 0.35 * 3.677550 = 1.287143
        //    price (60 * 22.7273 + 30 * 0) / 90 = 15.1515 %
        //    deadweight 0.5 * (0.35 - 0.10) * (5 - 3.67755) = 0.165306
        CHECK_THAT(a.baselineUsdBn, WithinAbs(7.5, 1e-12));
        CHECK_THAT(a.scenarioUsdBn, WithinRel(6.17755, 1e-5));
        CHECK_THAT(a.avgTariffPct, WithinAbs(23.3333, 1e-4));
        CHECK_THAT(a.revenueUsdBn, WithinRel(1.287143, 1e-5));
        CHECK_THAT(a.priceChangePct, WithinAbs(15.1515, 1e-4));
        CHECK_THAT(a.deadweightUsdBn, WithinRel(0.165306, 1e-4));
        // b: baseline 2.5, scenario 2.5 * 0.735510 = 1.838775, tariff 35 %
        CHECK_THAT(b.baselineUsdBn, WithinAbs(2.5, 1e-12));
        CHECK_THAT(b.scenarioUsdBn, WithinRel(1.838775, 1e-5));
        CHECK_THAT(b.avgTariffPct, WithinAbs(35.0, 1e-9));
        // the groups add up to the flow total: 6.17755 + 1.838775 = 8.016325
        CHECK_THAT(row(p, c2u, {2025, 3}).scenarioUsdBn, WithinRel(8.016325, 1e-5));
        CHECK_THAT(a.scenarioUsdBn + b.scenarioUsdBn, WithinRel(row(p, c2u, {2025, 3}).scenarioUsdBn, 1e-12));
        CHECK(p.sectors[0].empty()); // per-sector rows only when asked for
    }
    SECTION("a range outside the horizon or reversed is refused")
    {
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        CHECK_THROWS_AS(project(ds, s, handParameters(1.0), {2025, 1}, {2031, 1}), std::invalid_argument);
        CHECK_THROWS_AS(project(ds, s, handParameters(1.0), {2025, 6}, {2025, 5}), std::invalid_argument);
        ModelParameters bad = handParameters(1.0);
        bad.flows[0].adjustmentSpeed.value = 0.0;
        CHECK_THROWS_AS(project(ds, s, bad, {2025, 1}, {2025, 5}), std::invalid_argument);
    }
}

TEST_CASE("The band holds the scenario on every row, also where the tariff falls", "[projection]")
{
    // Tariff 10% -> 0% from 2025-03: imports rise above baseline, and the strong
    // end of the ranges (eps 3, lambda 0.6) gives the *highest* volume.
    for (double stepPct : {0.0, 60.0}) {
        const Dataset ds = oneSector(stepPct);
        const TariffSchedule s(ds, Scenario{});
        ModelParameters params = handParameters(0.3);
        for (auto& f : params.flows) {
            f.elasticity = {1.5, 1.0, 3.0, "test"};
            f.adjustmentSpeed = {0.3, 0.1, 0.6, "test"};
        }
        ProjectionOptions o;
        o.perSector = true;
        const Projection p = project(ds, s, params, {2024, 1}, {2030, 12}, o);
        for (const auto& rows : {p.totals[0], p.totals[1], p.sectors[0], p.sectors[1]})
            for (const auto& v : rows) {
                CHECK(v.lowUsdBn <= v.scenarioUsdBn);
                CHECK(v.scenarioUsdBn <= v.highUsdBn);
            }
        const MonthValues& may = row(p, Flow::ChinaToUs, {2025, 5});
        if (stepPct == 0.0)
            CHECK(may.scenarioUsdBn > may.baselineUsdBn);
        else
            CHECK(may.scenarioUsdBn < may.baselineUsdBn);
        CHECK(may.lowUsdBn < may.scenarioUsdBn);
        CHECK(may.scenarioUsdBn < may.highUsdBn);
    }
}

TEST_CASE("Front-loading ahead of a truce's end moves volume in time", "[projection]")
{
    const Flow c2u = Flow::ChinaToUs;
    const YearMonth from{2024, 1}, to{2026, 12};

    SECTION("pulled forward into the three months before the snap-back, taken back after it")
    {
        // The rise of 30 points is in view on every day of May, June and July.
        // Before it tau = tau0 = 10%, so the reference volume is the baseline 10.
        //   expected long-run reduction rho = 1 - (1.40 / 1.10)^-1.5 = 1 - 0.696461 = 0.303539
        //   pulled per month = phi * rho * 10 = 0.5 * 0.303539 * 10 = 1.517695 (May, June, July)
        //   taken back: 3 * 1.517695 / 3 = 1.517695 a month in August, September, October
        const Dataset ds = withTruce();
        const TariffSchedule s(ds, Scenario{});
        const Projection with = project(ds, s, handParameters(1.0, 0.5), from, to);
        const Projection without = project(ds, s, handParameters(1.0, 0.0), from, to);
        const auto diff = [&](YearMonth m) { return row(with, c2u, m).scenarioUsdBn - row(without, c2u, m).scenarioUsdBn; };
        CHECK_THAT(diff({2025, 4}), WithinAbs(0.0, 1e-12));
        for (int m : {5, 6, 7})
            CHECK_THAT(diff({2025, m}), WithinRel(1.517695, 1e-5));
        for (int m : {8, 9, 10})
            CHECK_THAT(diff({2025, m}), WithinRel(-1.517695, 1e-5));
        CHECK_THAT(diff({2025, 11}), WithinAbs(0.0, 1e-12));
        // conserved over the window
        CHECK_THAT(sumScenario(with, c2u, {2025, 1}, {2026, 12}) - sumScenario(without, c2u, {2025, 1}, {2026, 12}),
                   WithinAbs(0.0, 1e-9));
        // after the snap-back the tariff is 40%: lambda = 1 gives (1.40/1.10)^-1.5 = 0.696461 of baseline
        CHECK_THAT(row(without, c2u, {2025, 9}).scenarioUsdBn, WithinRel(6.96461, 1e-5));
    }
    SECTION("a truce extended before its end: the pulled volume is still taken back")
    {
        // Extended on 2025-07-15 to 2025-11-01. The Aug 1 rise is in view all of May
        // and June and 14 of July's 31 days; then the Nov 1 rise from July 15 on,
        // which is in view in August, September and October (July is 4 months ahead).
        //   Aug 1:  pulled 1.517695 (May) + 1.517695 (June) + 14/31 * 1.517695 (July) = 3.720797
        //           taken back 1.240266 a month in August..October
        //   Nov 1:  pulled 1.517695 in each of August..October, taken back November..January
        TruceExtension ext;
        ext.end = day("2025-11-01");
        ext.decided = day("2025-07-15");
        const Dataset ds = withTruce(ext);
        const TariffSchedule s(ds, Scenario{});
        const Projection with = project(ds, s, handParameters(1.0, 0.5), from, to);
        const Projection without = project(ds, s, handParameters(1.0, 0.0), from, to);
        const auto diff = [&](YearMonth m) { return row(with, c2u, m).scenarioUsdBn - row(without, c2u, m).scenarioUsdBn; };
        CHECK_THAT(diff({2025, 7}), WithinRel(14.0 / 31.0 * 1.517695, 1e-5));
        CHECK_THAT(diff({2025, 8}), WithinRel(1.517695 - 3.720797 / 3.0, 1e-5));
        CHECK_THAT(diff({2025, 12}), WithinRel(-1.517695, 1e-5));
        CHECK_THAT(sumScenario(with, c2u, {2025, 1}, {2026, 12}) - sumScenario(without, c2u, {2025, 1}, {2026, 12}),
                   WithinAbs(0.0, 1e-9));
        // the rate did not rise in August: without front-loading September stays at baseline
        CHECK_THAT(row(without, c2u, {2025, 9}).scenarioUsdBn, WithinAbs(10.0, 1e-12));
    }
}

TEST_CASE("Calibration recovers the parameters that generated the data", "[projection][calibration]")
{
    // Tariff path 10% -> 35% (2025-03) -> 20% (2025-09) -> 50% (2026-03); data
    // generated by the model with eps = 2.0, lambda = 0.4 for 2025-01..2026-12,
    // one of them as a two-month total.
    Dataset ds = oneSector(35.0);
    ds.measures[0].steps.push_back({"", day("2025-09-01"), 20.0, "enacted", {}});
    ds.measures[0].steps.push_back({"", day("2026-03-01"), 50.0, "enacted", {}});
    const TariffSchedule s0(ds, Scenario{});
    ModelParameters truth = handParameters(0.4);
    truth.flows[0].elasticity.value = 2.0;
    const Projection generated = project(ds, s0, truth, {2025, 1}, {2026, 12});
    for (int k = 0; k < generated.months; ++k) {
        const YearMonth m = generated.first.addMonths(k);
        if (m == YearMonth{2025, 6} || m == YearMonth{2025, 7})
            continue;
        ds.observedTrade.push_back({m, m, Flow::ChinaToUs, "USCensus", generated.totals[0][static_cast<size_t>(k)].scenarioUsdBn, {}});
    }
    ds.observedTrade.push_back({{2025, 6}, {2025, 7}, Flow::ChinaToUs, "USCensus",
                                row(generated, Flow::ChinaToUs, {2025, 6}).scenarioUsdBn
                                    + row(generated, Flow::ChinaToUs, {2025, 7}).scenarioUsdBn,
                                {}});
    const TariffSchedule s(ds, Scenario{});
    const auto fits = calibrate(ds, s, handParameters(0.2)); // starts elsewhere: eps 1.5, lambda 0.2
    REQUIRE(fits.size() == 2);
    CHECK(fits[0].flow == Flow::ChinaToUs);
    CHECK(fits[0].observations == 23);
    CHECK_THAT(fits[0].elasticity, WithinRel(2.0, 0.01));
    CHECK_THAT(fits[0].adjustmentSpeed, WithinRel(0.4, 0.01));
    CHECK(fits[0].rmseUsdBn < 1e-4);
    CHECK(fits[0].mapePct < 1e-3);
    CHECK(fits[1].observations == 0); // nothing observed for US exports

    // the given parameters' statistics, without fitting: eps 1.5 misses
    const auto stats = fitStatistics(ds, s, handParameters(0.2));
    CHECK(stats[0].elasticity == 1.5);
    CHECK(stats[0].rmseUsdBn > 0.05);
}

TEST_CASE("Monte Carlo percentiles are deterministic whatever the thread count", "[projection][montecarlo]")
{
    const Dataset& ds = test::dataset();
    const TariffSchedule s(ds, test::preset("as-enacted"));
    const ModelParameters params = defaultParameters(ds);
    const YearMonth from{2024, 1}, to{2027, 12};
    const auto one = monteCarlo(ds, s, params, from, to, 200, 7, {5, 50, 95}, 1);
    for (int threads : {2, 3, 8}) {
        const auto other = monteCarlo(ds, s, params, from, to, 200, 7, {5, 50, 95}, threads);
        CHECK(other.values == one.values);
    }
    REQUIRE(one.values[0].size() == 3);
    REQUIRE(one.values[0][0].size() == 48);
    const size_t may25 = 16;
    CHECK(one.values[0][0][may25] < one.values[0][1][may25]);
    CHECK(one.values[0][1][may25] < one.values[0][2][may25]);
    // before the reference month every draw is the baseline
    CHECK(one.values[0][0][0] == one.values[0][2][0]);
    // another seed gives other draws
    CHECK(monteCarlo(ds, s, params, from, to, 200, 8, {5, 50, 95}, 2).values != one.values);
    // the median lies inside the band of the parameter ranges' ends
    const Projection p = project(ds, s, params, from, to);
    for (size_t k = 0; k < 48; ++k) {
        CHECK(one.values[0][1][k] >= p.totals[0][k].lowUsdBn - 1e-9);
        CHECK(one.values[0][1][k] <= p.totals[0][k].highUsdBn + 1e-9);
    }
}

TEST_CASE("Projection of the shipped dataset", "[projection]")
{
    const Dataset& ds = test::dataset();
    const ModelParameters params = defaultParameters(ds);
    const YearMonth from{2024, 1}, to{2030, 12};

    SECTION("the pre-2025 preset reproduces its baseline exactly")
    {
        const TariffSchedule s(ds, test::preset("pre-2025"));
        ProjectionOptions o;
        o.perSector = true;
        const Projection p = project(ds, s, params, from, to, o);
        for (const auto& rows : {p.totals[0], p.totals[1], p.sectors[0], p.sectors[1]})
            for (const auto& v : rows) {
                CHECK(v.scenarioUsdBn == v.baselineUsdBn);
                CHECK(v.lowUsdBn == v.baselineUsdBn);
                CHECK(v.highUsdBn == v.baselineUsdBn);
                CHECK(v.deadweightUsdBn == 0.0);
            }
        // the year 2025 adds up to the base-year China-customs totals (no trend)
        double year = 0;
        for (int m = 1; m <= 12; ++m)
            year += row(p, Flow::ChinaToUs, {2025, m}).scenarioUsdBn;
        CHECK_THAT(year, WithinRel(525.65, 1e-12));
    }
    SECTION("low <= scenario <= high on every row of every preset")
    {
        for (const auto& preset : test::presets().presets()) {
            const TariffSchedule s(ds, preset);
            ProjectionOptions o;
            o.perSector = true;
            const Projection p = project(ds, s, params, from, to, o);
            size_t bad = 0;
            for (const auto& rows : {p.totals[0], p.totals[1], p.sectors[0], p.sectors[1]})
                for (const auto& v : rows)
                    bad += !(v.lowUsdBn <= v.scenarioUsdBn && v.scenarioUsdBn <= v.highUsdBn);
            INFO(preset.id);
            CHECK(bad == 0);
        }
    }
    SECTION("values are on the China-customs basis, with the observed months beside them")
    {
        const TariffSchedule s(ds, test::preset("as-enacted"));
        const Projection p = project(ds, s, params, from, to);
        CHECK(p.reporter[0] == "GACC");
        CHECK(p.reporter[1] == "GACC");
        CHECK(p.baseYearTotalUsdBn[0] == 525.65);
        CHECK(p.baseYearTotalUsdBn[1] == 163.6);
        // 2024 months observed by China customs shape the seasonal profile, so the
        // baseline goes through them: April 41.8, i.e. factor 41.8 / (525.65 / 12)
        CHECK_THAT(p.seasonalFactors[0][3], WithinRel(41.8 / (525.65 / 12), 1e-12));
        CHECK_THAT(row(p, Flow::ChinaToUs, {2024, 4}).baselineUsdBn, WithinRel(41.8, 1e-12));
        // only China-customs figures are "actual": the US Census January 2024 is not
        CHECK(!row(p, Flow::ChinaToUs, {2024, 1}).actualUsdBn);
        REQUIRE(row(p, Flow::ChinaToUs, {2025, 4}).actualUsdBn);
        CHECK(*row(p, Flow::ChinaToUs, {2025, 4}).actualUsdBn == 33.0);
        CHECK(*row(p, Flow::UsToChina, {2025, 5}).actualUsdBn == 10.8);
        // June 2025 is observed (38.17, China customs); 2026 is not in the data
        CHECK(*row(p, Flow::ChinaToUs, {2025, 6}).actualUsdBn == 38.17);
        CHECK(!row(p, Flow::ChinaToUs, {2026, 6}).actualUsdBn);
        // the combined January-February 2025 release is a period, not two months
        CHECK(!row(p, Flow::ChinaToUs, {2025, 1}).actualUsdBn);
        bool janFeb = false;
        for (const auto& pc : p.periods)
            if (pc.flow == Flow::ChinaToUs && pc.first == YearMonth{2025, 1} && pc.last == YearMonth{2025, 2}) {
                janFeb = true;
                CHECK(pc.actualUsdBn == 75.48);
                CHECK_THAT(pc.scenarioUsdBn, WithinRel(row(p, Flow::ChinaToUs, {2025, 1}).scenarioUsdBn
                                                           + row(p, Flow::ChinaToUs, {2025, 2}).scenarioUsdBn,
                                                       1e-12));
            }
        CHECK(janFeb);
        // the seasonal factors average one, so each year keeps its annual total
        for (const auto& f : p.seasonalFactors)
            CHECK_THAT(std::accumulate(f.begin(), f.end(), 0.0), WithinRel(12.0, 1e-12));
        // tariffs in the peak month cut imports
        CHECK(row(p, Flow::ChinaToUs, {2025, 5}).scenarioUsdBn < row(p, Flow::ChinaToUs, {2025, 5}).baselineUsdBn);
    }
    SECTION("the seasonal profile uses a multi-month Census total for the shape of its months")
    {
        // US exports to China: no China-customs month in 2024; the Census January-May
        // 2024 total 58.76 of 143.5 gives factor 58.76 / 143.5 * 12 / 5 to each month
        const auto f = detail::seasonalFactors(ds, Flow::UsToChina, 2024, "GACC");
        const double janMay = 58.76 / 143.5 * 12.0 / 5.0;
        CHECK_THAT(f[0], WithinRel(janMay, 1e-12));
        CHECK_THAT(f[4], WithinRel(janMay, 1e-12));
        CHECK_THAT(f[11], WithinRel((12.0 - 5 * janMay) / 7.0, 1e-12));
    }
    SECTION("rare-earth magnets: pre-control level times the approval share, observed series beside")
    {
        const TariffSchedule s(ds, test::preset("as-enacted"));
        const Projection p = project(ds, s, params, from, to);
        REQUIRE(p.rareEarths.size() == static_cast<size_t>(p.months));
        const auto& mar = p.rareEarths[static_cast<size_t>(YearMonth{2025, 3}.monthsSince(from))];
        const auto& jul = p.rareEarths[static_cast<size_t>(YearMonth{2025, 7}.monthsSince(from))];
        // pre-control level: 2510 t in H1 2025 at -30.6% y/y -> 2510 / 0.694 / 6 = 602.786 t a month
        CHECK_THAT(params.rareEarthPreControlTonnes.value, WithinRel(2510.0 / 0.694 / 6.0, 1e-12));
        CHECK_THAT(mar.scenarioTonnes, WithinRel(602.786, 1e-5));
        CHECK_THAT(jul.scenarioTonnes, WithinRel(602.786 * params.rareEarthApproval.value, 1e-5));
        REQUIRE(jul.observedTonnes);
        CHECK(*jul.observedTonnes == 619.0);
        CHECK(!mar.observedTonnes);
        for (const auto& r : p.rareEarths) {
            CHECK(r.lowTonnes <= r.scenarioTonnes);
            CHECK(r.scenarioTonnes <= r.highTonnes);
        }
    }
}

TEST_CASE("Default parameters come from elasticities.csv with their sources", "[projection]")
{
    const ModelParameters p = defaultParameters(test::dataset(), false);
    for (const auto& f : p.flows) {
        CHECK(f.elasticity.value == 2.0);  // Boehm, Levchenko & Pandalai-Nayar, long-run midpoint
        CHECK(f.elasticity.low == 1.75);   // their range
        CHECK(f.elasticity.high == 3.7);   // Tamberi (2025), 2018 trade war
        // 95% within 15 months: 1 - 0.05^(1/15) = 0.181036
        CHECK_THAT(f.adjustmentSpeed.value, WithinRel(0.181036, 1e-5));
        // 38% of the long run after 12 months: 1 - (1 - 0.76/2)^(1/12) = 0.039053
        CHECK_THAT(f.adjustmentSpeed.low, WithinRel(0.039053, 1e-4));
        CHECK_THAT(f.adjustmentSpeed.high, WithinRel(1.4 / 3.7, 1e-12));
        CHECK(f.elasticity.source.find("dp14645") != std::string::npos);
        CHECK(f.adjustmentSpeed.source.find("citp.ac.uk") != std::string::npos);
    }
    CHECK(p.passThrough.value == 1.0);
    CHECK(p.passThrough.source.find("nber.org/papers/25638") != std::string::npos);
    CHECK(p.frontLoadingShare.source.find("Assumption") == 0);
    CHECK(p.referenceDate == day("2025-01-20"));
    CHECK(p.rareEarthControlDate == day("2025-04-04"));
    CHECK(p.rareEarthApproval.low <= p.rareEarthApproval.value);
    CHECK(p.rareEarthApproval.value <= p.rareEarthApproval.high);
}

TEST_CASE("China customs' share of the response comes from the two agencies' totals", "[projection]")
{
    const ModelParameters p = defaultParameters(test::dataset(), false);
    // trade_annual.csv, China's exports to the US: GACC 525.65 (2024) -> 420.05 (2025),
    // US Census 438.947 -> 308.4. kappa = ln(420.05/525.65) / ln(308.4/438.947)
    //   = -0.224262 / -0.352981 = 0.635337
    CHECK_THAT(p.flow(Flow::ChinaToUs).chinaCustomsResponse.value, WithinRel(0.635337, 1e-5));
    // US exports to China: GACC 163.6 -> 139.697, Census 143.5 -> 106.3:
    //   ln(0.853893) / ln(0.740767) = -0.157949 / -0.300070 = 0.526373
    CHECK_THAT(p.flow(Flow::UsToChina).chinaCustomsResponse.value, WithinRel(0.526373, 1e-5));
    CHECK(p.flow(Flow::ChinaToUs).chinaCustomsResponse.source.find("Derived from official statistics") == 0);

    // On the China-customs basis kappa scales the response: with kappa = 0.5 the
    // projection equals one with half the elasticity (and kappa = 1) -- the
    // partial-adjustment path is linear in eps.
    const Dataset& ds = test::dataset();
    const TariffSchedule s(ds, test::preset("as-enacted"));
    ModelParameters a = p, b = p;
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        a.flow(f).chinaCustomsResponse = {0.5, 0.5, 0.5, ""};
        b.flow(f).chinaCustomsResponse = {1.0, 1.0, 1.0, ""};
        for (double Parameter::*end : {&Parameter::value, &Parameter::low, &Parameter::high})
            b.flow(f).elasticity.*end = 0.5 * a.flow(f).elasticity.*end;
    }
    const YearMonth from{2025, 1}, to{2026, 12};
    const Projection pa = project(ds, s, a, from, to), pb = project(ds, s, b, from, to);
    for (size_t k = 0; k < pa.total(Flow::ChinaToUs).size(); ++k) {
        CHECK_THAT(pa.total(Flow::ChinaToUs)[k].scenarioUsdBn, WithinRel(pb.total(Flow::ChinaToUs)[k].scenarioUsdBn, 1e-12));
        CHECK_THAT(pa.total(Flow::UsToChina)[k].lowUsdBn, WithinRel(pb.total(Flow::UsToChina)[k].lowUsdBn, 1e-12));
    }
    // On the US basis kappa plays no part.
    ProjectionOptions census;
    census.reporter = "USCensus";
    const Projection ca = project(ds, s, a, from, to, census), cb = project(ds, s, p, from, to, census);
    for (size_t k = 0; k < ca.total(Flow::ChinaToUs).size(); ++k)
        CHECK(ca.total(Flow::ChinaToUs)[k].scenarioUsdBn == cb.total(Flow::ChinaToUs)[k].scenarioUsdBn);
}

TEST_CASE("The shipped calibration is the fit of the shipped data, and the defaults use it", "[projection][calibration]")
{
    const Dataset& ds = test::dataset();
    REQUIRE(ds.calibration.size() == 2);
    const ModelParameters literature = defaultParameters(ds, false);
    const ModelParameters p = defaultParameters(ds);
    const TariffSchedule s(ds, test::preset("as-enacted"));
    // A fresh fit must find what calibration.csv holds (4 decimals there): when
    // measures or observations change, refit (docs/model.md, "Calibration").
    for (const auto& c : calibrate(ds, s, literature)) {
        INFO(toString(c.flow));
        const CalibratedResponse* shipped = nullptr;
        for (const auto& r : ds.calibration)
            if (r.flow == c.flow)
                shipped = &r;
        REQUIRE(shipped);
        CHECK_THAT(c.elasticity, WithinAbs(shipped->elasticity, 6e-4));
        CHECK_THAT(c.adjustmentSpeed, WithinAbs(shipped->adjustmentSpeed, 6e-4));
        CHECK(c.observations == shipped->observations);
        // Inside the literature's ranges, so the defaults take them; the ranges stay.
        const FlowParameters& fp = p.flow(c.flow);
        CHECK(fp.elasticity.value == shipped->elasticity);
        CHECK(fp.adjustmentSpeed.value == shipped->adjustmentSpeed);
        CHECK(fp.elasticity.low == literature.flow(c.flow).elasticity.low);
        CHECK(fp.elasticity.high == literature.flow(c.flow).elasticity.high);
        CHECK(fp.elasticity.source.find("Fitted to ") == 0);
    }
    // A fitted value outside the literature's range is not taken.
    Dataset odd = ds;
    odd.calibration[0].elasticity = 9.0;
    odd.calibration[0].adjustmentSpeed = 0.9;
    const ModelParameters q = defaultParameters(odd);
    CHECK(q.flow(odd.calibration[0].flow).elasticity.value == literature.flow(odd.calibration[0].flow).elasticity.value);
    CHECK(q.flow(odd.calibration[0].flow).adjustmentSpeed.value == literature.flow(odd.calibration[0].flow).adjustmentSpeed.value);
}

TEST_CASE("At a truce's end the suspended points return on the goods the measure charges", "[projection]")
{
    // geneva-snapback: no extension, so on 2025-08-12 the 24 suspended points
    // return on both sides. Worked out from the law:
    //   apparel, knitted (ch.61): charged the reciprocal duty in full (no Annex II
    //     good, no Section 232 action)                        -> +24 points
    //   smartphones (8517.13): exempt under the 11 Apr 2025 electronics carve-out -> 0
    //   soybeans (1201), US exports: charged China's counter-tariff in full -> +24
    const Dataset& ds = test::dataset();
    const TariffSchedule s(ds, test::preset("geneva-snapback"));
    const auto jump = [&](Direction dir, const std::string& id) {
        const auto& sectors = s.sectors(dir);
        for (size_t i = 0; i < sectors.size(); ++i)
            if (sectors[i]->id == id)
                return s.sectorRatePct(dir, i, day("2025-08-12")) - s.sectorRatePct(dir, i, day("2025-08-11"));
        FAIL("no sector " << id);
        return 0.0;
    };
    CHECK_THAT(jump(Direction::UsOnChina, "61"), WithinAbs(24.0, 1e-9));
    CHECK_THAT(jump(Direction::UsOnChina, "8517.13"), WithinAbs(0.0, 1e-9));
    CHECK_THAT(jump(Direction::ChinaOnUs, "1201"), WithinAbs(24.0, 1e-9));
}

TEST_CASE("Observed monthly trade, elasticities and rare earths load with their sources", "[dataset]")
{
    const Dataset& ds = test::dataset();
    int gacc = 0, census = 0, periods = 0;
    for (const auto& o : ds.observedTrade) {
        // the statistical agency first; the page it was read from as "reported by" unless it is the agency's
        CHECK(o.provenance.kind == "statistics");
        CHECK(!o.provenance.citation.empty());
        CHECK((!o.provenance.source.empty() || !o.provenance.reportedBy.empty()));
        gacc += o.reporter == "GACC";
        census += o.reporter == "USCensus";
        periods += !o.singleMonth();
    }
    CHECK(gacc >= 10);
    CHECK(census >= 4);
    CHECK(periods >= 4);
    const auto derived = std::find_if(ds.observedTrade.begin(), ds.observedTrade.end(), [](const ObservedTrade& o) {
        return o.flow == Flow::UsToChina && o.first == YearMonth{2025, 3};
    });
    REQUIRE(derived != ds.observedTrade.end());
    CHECK(derived->provenance.basis == "derived");
    CHECK(derived->valueUsdBn == 12.5);
    const LiteratureEstimate* blp = ds.estimate("trade_elasticity_long_run (7-10 years)");
    REQUIRE(blp);
    CHECK(*blp->low == 1.75);
    CHECK(blp->source == "https://new.cepr.org/publications/dp14645");
    const auto h1 = std::find_if(ds.rareEarthMagnets.begin(), ds.rareEarthMagnets.end(), [](const RareEarthExports& e) {
        return e.destination == "United States" && !e.singleMonth();
    });
    REQUIRE(h1 != ds.rareEarthMagnets.end());
    CHECK(h1->tonnes == 2510.0);
    CHECK(*h1->yoyPct == -30.6);
    CHECK(ds.annualTotal(Flow::ChinaToUs, 2024, "GACC")->valueUsdBn == 525.65);
}
