// Incremental recomputation: a schedule built from the previous one, and a
// projection through a ProjectionCache, give exactly what a fresh build and a
// fresh projection give, for the edits the window makes.

#include "support/testsupport.h"

#include "core/projection.h"

#include <cstring>

using namespace tariffsim;
using namespace tariffsim::core;
using test::day;

namespace {

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

// Every query of two schedules agrees bit for bit: rates of every sector on the
// change dates and the days before them, monthly rates, layers, measures,
// coverage and truces.
void requireSameSchedule(const TariffSchedule& a, const TariffSchedule& b)
{
    const Dataset& ds = a.dataset();
    for (Direction d : {Direction::UsOnChina, Direction::ChinaOnUs}) {
        REQUIRE(a.changeDates(d) == b.changeDates(d));
        REQUIRE(a.sectors(d) == b.sectors(d));
        REQUIRE(sameBits(a.weights(d), b.weights(d)));
        REQUIRE(a.layers(d) == b.layers(d));
        CHECK(sameBits(a.monthlySectorRatesPct(d, YearMonth{2017, 1}, 170),
                       b.monthlySectorRatesPct(d, YearMonth{2017, 1}, 170)));
        std::vector<Date> days;
        for (Date c : a.changeDates(d)) {
            days.push_back(c);
            days.push_back(c.addDays(-1));
        }
        for (Date c : days) {
            CHECK(sameBits(a.averageRatePct(d, c), b.averageRatePct(d, c)));
            for (size_t s = 0; s < a.sectors(d).size(); ++s)
                CHECK(sameBits(a.sectorRatePct(d, s, c), b.sectorRatePct(d, s, c)));
            const auto la = a.layerBreakdown(d, c);
            const auto lb = b.layerBreakdown(d, c);
            REQUIRE(la.size() == lb.size());
            for (size_t i = 0; i < la.size(); ++i)
                CHECK(sameBits(la[i].pct, lb[i].pct));
            const TruceStatus ta = a.truceStatus(d, c);
            const TruceStatus tb = b.truceStatus(d, c);
            CHECK(ta.running == tb.running);
            CHECK(ta.truceId == tb.truceId);
            CHECK(ta.end == tb.end);
        }
    }
    for (const Measure& m : ds.measures)
        for (Date c : {day("2019-06-01"), day("2025-04-10"), day("2025-05-14"), day("2025-11-10"), day("2026-12-01")}) {
            CHECK(sameBits(a.measureRatePct(m.id, c), b.measureRatePct(m.id, c)));
            CHECK(sameBits(a.statutoryRatePct(m.id, c), b.statutoryRatePct(m.id, c)));
            CHECK(sameBits(a.coverageShares(m.id, c), b.coverageShares(m.id, c)));
        }
}

ProjectionOptions perSector()
{
    ProjectionOptions o;
    o.perSector = true;
    return o;
}

} // namespace

TEST_CASE("A schedule built from the previous one equals a fresh build", "[schedule][incremental]")
{
    const Dataset& ds = test::dataset();
    const Scenario base = test::preset("as-enacted");
    const auto coverage = std::make_shared<const CoverageModel>(ds);
    const TariffSchedule first(ds, base, 0, coverage);
    const auto fresh = [&](const Scenario& sc) { return TariffSchedule(ds, sc, 0, coverage); };

    SECTION("the same scenario")
    {
        requireSameSchedule(TariffSchedule(first, base), first);
    }
    SECTION("override a measure, move the slider, remove the override")
    {
        Scenario one = base;
        one.overrides.push_back({"us_reciprocal", day("2025-06-01"), 50.0});
        const TariffSchedule a(first, one);
        requireSameSchedule(a, fresh(one));
        CHECK(a.measureRatePct("us_reciprocal", day("2025-07-01")) == 50.0);

        Scenario two = one;
        two.overrides.back().ratePct = 55.0;
        const TariffSchedule b(a, two);
        requireSameSchedule(b, fresh(two));

        const TariffSchedule c(b, base);
        requireSameSchedule(c, first);
    }
    SECTION("an exemption that others yield to, and a second measure")
    {
        Scenario sc = base;
        sc.overrides.push_back({"cn_whitelist_unverified", day("2025-12-01"), 50.0});
        const TariffSchedule a(first, sc);
        requireSameSchedule(a, fresh(sc));
        sc.overrides.push_back({"us_232_steel", day("2025-12-01"), 10.0});
        requireSameSchedule(TariffSchedule(a, sc), fresh(sc));
    }
    SECTION("change the effective date of every override")
    {
        Scenario sc = base;
        sc.overrides.push_back({"us_reciprocal", day("2025-06-01"), 20.0});
        sc.overrides.push_back({"cn_counter", day("2025-06-01"), 5.0});
        sc.effectiveDate = day("2025-06-01");
        const TariffSchedule a(first, sc);
        Scenario moved = sc;
        moved.effectiveDate = day("2026-03-01");
        for (auto& o : moved.overrides)
            o.from = *moved.effectiveDate;
        requireSameSchedule(TariffSchedule(a, moved), fresh(moved));
    }
    SECTION("edit a truce, drop a step, hold the rates: every path is worked out again")
    {
        Scenario sc = base;
        sc.overrides.push_back({"us_reciprocal", day("2025-06-01"), 20.0});
        const TariffSchedule a(first, sc);
        Scenario truce = sc;
        std::vector<Truce> truces = truce.effectiveTruces(ds);
        REQUIRE(!truces.empty());
        truces.front().days += 30;
        truce.truces = truces;
        const TariffSchedule b(a, truce);
        requireSameSchedule(b, fresh(truce));

        Scenario held = truce;
        held.freezeAfter = day("2025-08-01");
        requireSameSchedule(TariffSchedule(b, held), fresh(held));

        const Scenario geneva = test::preset("geneva-snapback");
        requireSameSchedule(TariffSchedule(b, geneva), fresh(geneva));
    }
    SECTION("a schedule without a shared coverage model")
    {
        Scenario sc = base;
        sc.overrides.push_back({"us_fentanyl", day("2025-09-01"), 0.0});
        const TariffSchedule own(ds, base);
        const TariffSchedule a(own, sc);
        CHECK(a.coverageModel() == own.coverageModel());
        requireSameSchedule(a, TariffSchedule(ds, sc));
    }
}

TEST_CASE("Coverage profiles stand for their sectors", "[schedule][incremental]")
{
    const Dataset& ds = test::dataset();
    const TariffSchedule s(ds, test::preset("as-enacted"));
    for (Direction d : {Direction::UsOnChina, Direction::ChinaOnUs}) {
        const auto& profileOf = s.profileOf(d);
        REQUIRE(profileOf.size() == s.sectors(d).size());
        CHECK(s.profileCount(d) >= 1);
        CHECK(s.profileCount(d) <= s.sectors(d).size());
        const auto byProfile = s.monthlyProfileRatesPct(d, YearMonth{2025, 1}, 24);
        const auto bySector = s.monthlySectorRatesPct(d, YearMonth{2025, 1}, 24);
        const size_t S = profileOf.size();
        const size_t P = s.profileCount(d);
        for (size_t k = 0; k < 24; ++k)
            for (size_t i = 0; i < S; ++i)
                CHECK(sameBits(bySector[k * S + i], byProfile[k * P + profileOf[i]]));
        for (size_t i = 0; i < S; ++i)
            CHECK(sameBits(s.sectorRatePct(d, i, day("2025-05-01")), s.profileRatePct(d, profileOf[i], day("2025-05-01"))));
    }
}

TEST_CASE("A projection through a cache equals a fresh projection", "[projection][incremental]")
{
    const Dataset& ds = test::dataset();
    const Scenario base = test::preset("as-enacted");
    const ModelParameters params = defaultParameters(ds);
    const YearMonth from{2024, 1}, to{2030, 12};
    ProjectionCache cache;
    const TariffSchedule first(ds, base);
    const Projection p0 = project(ds, first, params, from, to, perSector(), cache);
    CHECK(p0 == project(ds, first, params, from, to, perSector()));
    CHECK(cache.lastReusedGroups() == 0);
    const size_t groups = cache.lastRunGroups();
    CHECK(groups > 0);

    SECTION("the same schedule again reruns nothing")
    {
        CHECK(project(ds, first, params, from, to, perSector(), cache) == p0);
        CHECK(cache.lastRunGroups() == 0);
        CHECK(cache.lastReusedGroups() == groups);
    }
    SECTION("slider steps on one measure rerun only the groups it covers")
    {
        Scenario sc = base;
        sc.overrides.push_back({"us_232_steel", day("2025-12-01"), 40.0});
        TariffSchedule previous(first, sc);
        for (double rate : {40.0, 45.0, 50.0, 0.0}) {
            sc.overrides.back().ratePct = rate;
            const TariffSchedule schedule(previous, sc);
            const Projection p = project(ds, schedule, params, from, to, perSector(), cache);
            CHECK(p == project(ds, TariffSchedule(ds, sc), params, from, to, perSector()));
            CHECK(cache.lastReusedGroups() > 0);
            previous = schedule;
        }
    }
    SECTION("removing the override, a truce edit, the effective date")
    {
        Scenario sc = base;
        sc.overrides.push_back({"us_reciprocal", day("2025-06-01"), 60.0});
        sc.effectiveDate = day("2025-06-01");
        const TariffSchedule a(first, sc);
        CHECK(project(ds, a, params, from, to, perSector(), cache) == project(ds, a, params, from, to, perSector()));

        Scenario moved = sc;
        moved.effectiveDate = day("2026-01-01");
        moved.overrides.back().from = *moved.effectiveDate;
        const TariffSchedule b(a, moved);
        CHECK(project(ds, b, params, from, to, perSector(), cache) == project(ds, b, params, from, to, perSector()));

        Scenario truce = moved;
        std::vector<Truce> truces = truce.effectiveTruces(ds);
        truces.front().days -= 20;
        truce.truces = truces;
        const TariffSchedule c(b, truce);
        CHECK(project(ds, c, params, from, to, perSector(), cache) == project(ds, c, params, from, to, perSector()));

        const TariffSchedule d(c, base);
        CHECK(project(ds, d, params, from, to, perSector(), cache) == p0);
    }
    SECTION("other parameters, months or options run every group")
    {
        ModelParameters other = params;
        other.flow(Flow::ChinaToUs).elasticity.value *= 1.1;
        CHECK(project(ds, first, other, from, to, perSector(), cache) == project(ds, first, other, from, to, perSector()));
        CHECK(cache.lastReusedGroups() == 0);
        ProjectionOptions noBands;
        noBands.bands = false;
        CHECK(project(ds, first, other, from, to, noBands, cache) == project(ds, first, other, from, to, noBands));
        CHECK(cache.lastReusedGroups() == 0);
        CHECK(project(ds, first, other, YearMonth{2025, 1}, to, noBands, cache)
              == project(ds, first, other, YearMonth{2025, 1}, to, noBands));
        cache.clear();
        CHECK(project(ds, first, params, from, to, perSector(), cache) == p0);
        CHECK(cache.lastReusedGroups() == 0);
    }
}
