#include "support/testsupport.h"

#include "core/ratesreport.h"
#include "core/schedule.h"

#include <numeric>

using namespace tariffsim;
using namespace tariffsim::core;
using Catch::Matchers::WithinAbs;
using test::day;

namespace {

// A two-sector dataset for hand-worked averages.
//   flow china_to_us: sector "01" worth 30, sector "02" worth 70 (weights 0.3, 0.7)
//   measure "x": 10% from 2025-04-01 on all of "01" and half of "02"; 40% from 2025-04-11
//   measure "y": 20% from 2025-04-01 on all of "02", but it yields to "z"
//   measure "z": 5% from 2025-04-01 on half of "02"
Dataset tinyDataset()
{
    Dataset ds;
    for (const char* id : {"01", "02"}) {
        Sector s;
        s.id = id;
        s.hs = {id};
        s.chapter = id;
        s.flow = Flow::ChinaToUs;
        s.groupId = "other";
        s.valueUsdBn[2024] = std::string(id) == "01" ? 30.0 : 70.0;
        ds.sectors.push_back(s);
    }
    Sector cn;
    cn.id = "01";
    cn.hs = {"01"};
    cn.flow = Flow::UsToChina;
    cn.valueUsdBn[2024] = 1.0;
    ds.sectors.push_back(cn);
    const Date apr1 = *Date::fromYmd(2025, 4, 1);
    Measure x{"x", "X", "Layer A", Direction::UsOnChina, {}, {}, {}, {}};
    x.steps = {{"", apr1, 10.0, "enacted", {}}, {"", *Date::fromYmd(2025, 4, 11), 40.0, "enacted", {}}};
    x.coverage = {{"01", 1.0, {}, {}, {}}, {"02", 0.5, {}, {}, {}}};
    Measure y{"y", "Y", "Layer B", Direction::UsOnChina, {}, {}, {"z"}, {}};
    y.steps = {{"", apr1, 20.0, "enacted", {}}};
    y.coverage = {{"02", 1.0, {}, {}, {}}};
    Measure z{"z", "Z", "Layer B", Direction::UsOnChina, {}, {}, {}, {}};
    z.steps = {{"", apr1, 5.0, "enacted", {}}};
    z.coverage = {{"02", 0.5, {}, {}, {}}};
    ds.measures = {x, y, z};
    ds.defaultBaseYear = 2024;
    return ds;
}

} // namespace

TEST_CASE("TariffSchedule on a hand-worked dataset", "[schedule]")
{
    const Dataset ds = tinyDataset();
    const TariffSchedule s(ds, Scenario{});
    const Direction us = Direction::UsOnChina;

    SECTION("sector rates stack the measures that cover them")
    {
        // "01": x only -> 10%.  "02": x on half (5) + y on the half not held by z (20 * 0.5 = 10) + z (5 * 0.5 = 2.5)
        CHECK_THAT(s.sectorRatePct(us, 0, day("2025-04-05")), WithinAbs(10.0, 1e-9));
        CHECK_THAT(s.sectorRatePct(us, 1, day("2025-04-05")), WithinAbs(17.5, 1e-9));
        CHECK_THAT(s.sectorRatePct(us, 1, day("2025-03-31")), WithinAbs(0.0, 1e-12));
    }
    SECTION("the trade-weighted average uses base-year shares")
    {
        // 0.3 * 10 + 0.7 * 17.5 = 3 + 12.25 = 15.25
        CHECK_THAT(s.averageRatePct(us, day("2025-04-05")), WithinAbs(15.25, 1e-9));
        // layers: A = 0.3*10 + 0.7*5 = 6.5; B = 0.7*(10 + 2.5) = 8.75
        const auto parts = s.layerBreakdown(us, day("2025-04-05"));
        REQUIRE(parts.size() == 2);
        CHECK(parts[0].layer == "Layer A");
        CHECK_THAT(parts[0].pct, WithinAbs(6.5, 1e-9));
        CHECK_THAT(parts[1].pct, WithinAbs(8.75, 1e-9));
    }
    SECTION("monthly means are day-weighted")
    {
        // April 2025 for sector "01": 10% on days 1-10, 40% on days 11-30: (10*10 + 20*40) / 30 = 30
        const auto rates = s.monthlySectorRatesPct(us, YearMonth{2025, 4}, 2);
        REQUIRE(rates.size() == 4);
        CHECK_THAT(rates[0], WithinAbs(30.0, 1e-9));
        CHECK_THAT(rates[2], WithinAbs(40.0, 1e-9)); // May: 40% all month
        // average in April: "01" 30 and "02" = 0.5*30 + 12.5 = 27.5 -> 0.3*30 + 0.7*27.5 = 28.25
        CHECK_THAT(s.monthlyAverageRatePct(us, YearMonth{2025, 4}), WithinAbs(28.25, 1e-9));
    }
}

namespace {

// The shipped layers on a basket of two US imports (hand-worked in legallayers.test.cpp):
// refrigerators 841810 (List 3; steel derivatives from 23 Jun 2025 on their metal
// content 0.12675, Annex I-B on full value from 6 Apr 2026) and battery-electric cars
// 870380 (review 100%, Section 232 autos); and one US export, soybeans 120190.
const Dataset& twoProducts()
{
    static const Dataset ds = test::basketDataset({{Flow::ChinaToUs, "841810", 1.0},
                                                   {Flow::ChinaToUs, "870380", 1.0},
                                                   {Flow::UsToChina, "120190", 1.0}});
    return ds;
}

} // namespace

TEST_CASE("US tariff schedule (as-enacted)", "[schedule]")
{
    const TariffSchedule s(twoProducts(), test::preset("as-enacted"));
    const Direction us = Direction::UsOnChina;
    const size_t fridges = test::sectorIndex(s, us, "84"); // all on List 3, not exempt from the reciprocal duty
    const size_t cars = test::sectorIndex(s, us, "87");    // Section 232 autos from 3 Apr 2025
    const TariffSchedule shipped(test::dataset(), test::preset("as-enacted"));
    const size_t phones = test::sectorIndex(shipped, us, "8517.13"); // List 4B, reciprocal carve-out

    SECTION("a fully covered product carries MFN + 25 (Section 301) + 20 (fentanyl) + 125 (reciprocal) on 2025-04-10")
    {
        // 3.1 + 25 + 20 + 125 = 173.1
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-04-10")), WithinAbs(173.1, 1e-9));
        // the day before, the reciprocal layer was 84: 3.1 + 25 + 20 + 84 = 132.1
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-04-09")), WithinAbs(132.1, 1e-9));
    }
    SECTION("after Geneva (2025-05-14) the reciprocal part is 10")
    {
        // 3.1 + 25 + 20 + 10 = 58.1; the charged reciprocal rate is 34 - 24 = 10
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-05-14")), WithinAbs(58.1, 1e-9));
        CHECK_THAT(s.measureRatePct("us_reciprocal", day("2025-05-14")), WithinAbs(10.0, 1e-12));
        CHECK_THAT(s.statutoryRatePct("us_reciprocal", day("2025-05-14")), WithinAbs(34.0, 1e-12));
        // extended: still 10 on 2025-08-12; by then refrigerators are steel derivatives (23 Jun 2025):
        // 3.1 + 25 + 20 + 50 * 0.12675 (6.3375) + 10 * (1 - 0.12675) (8.7325) = 63.17
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-08-12")), WithinAbs(63.17, 1e-9));
        // Busan: fentanyl 10 from 2025-11-10: 63.17 - 10 = 53.17
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-11-10")), WithinAbs(53.17, 1e-9));
    }
    SECTION("a carved-out product pays no reciprocal duty but the fentanyl duty")
    {
        // smartphones: MFN 3.1 + no Section 301 (List 4B) + fentanyl 20 + reciprocal 0 (Annex II) = 23.1
        CHECK_THAT(shipped.sectorRatePct(us, phones, day("2025-04-10")), WithinAbs(23.1, 1e-9));
    }
    SECTION("the reciprocal duty yields to Section 232")
    {
        // cars on 2025-06-04: MFN 3.1 + review 100 + autos 25 + fentanyl 20 + reciprocal 0 = 148.1
        CHECK_THAT(s.sectorRatePct(us, cars, day("2025-06-04")), WithinAbs(148.1, 1e-9));
    }
    SECTION("the Supreme Court ruling ends the IEEPA duties; Section 122 follows and lapses")
    {
        // refrigerators 2026-02-24: 3.1 + 25 + 6.3375 + S122 10 * 0.87325 = 43.17;
        // after 2026-07-24: Annex I-B 25 on the full value, S122 gone, the forced-labour duty yields: 53.1
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2026-02-24")), WithinAbs(43.17, 1e-9));
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2026-07-24")), WithinAbs(53.1, 1e-9));
    }
    SECTION("days left in the truce, as it stood on each day")
    {
        // 2025-06-01: 90-day window ends 2025-08-12: 2025-08-12 - 2025-06-01 = 72
        auto t = s.truceStatus(us, day("2025-06-01"));
        CHECK(t.running);
        CHECK(t.daysLeft == 72);
        CHECK(t.end == day("2025-08-12"));
        // 2025-09-01: the Aug 11 extension moved the end to 2025-11-10: 29 + 31 + 10 = 70
        t = s.truceStatus(us, day("2025-09-01"));
        CHECK(t.daysLeft == 70);
        // 2025-11-10: the Nov 4 extension runs to 2026-11-10: 365 days
        t = s.truceStatus(us, day("2025-11-10"));
        CHECK(t.daysLeft == 365);
        // after the ruling the US reciprocal layer is gone, so no US truce runs
        CHECK_FALSE(s.truceStatus(us, day("2026-03-01")).running);
        CHECK_FALSE(s.truceStatus(us, day("2025-05-13")).running);
    }
    SECTION("layer breakdown sums to the average")
    {
        for (const char* d : {"2019-01-01", "2025-04-12", "2025-05-14", "2026-03-01"}) {
            const auto parts = shipped.layerBreakdown(us, day(d));
            const double sum = std::accumulate(parts.begin(), parts.end(), 0.0,
                                               [](double a, const LayerShare& p) { return a + p.pct; });
            CHECK_THAT(sum, WithinAbs(shipped.averageRatePct(us, day(d)), 1e-9));
        }
    }
}

TEST_CASE("Geneva snap-back preset", "[schedule]")
{
    const TariffSchedule s(twoProducts(), test::preset("geneva-snapback"));
    const Direction us = Direction::UsOnChina;
    const size_t fridges = test::sectorIndex(s, us, "84");
    // 2025-08-11: 3.1 + 25 + 20 + 6.3375 + 8.7325 = 63.17; the 24 suspended points return on 2025-08-12:
    // reciprocal 34 on the non-metal value: 34 * 0.87325 = 29.6905 -> 3.1 + 25 + 20 + 6.3375 + 29.6905 = 84.128
    CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-08-11")), WithinAbs(63.17, 1e-9));
    CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-08-12")), WithinAbs(84.128, 1e-9));
    CHECK_THAT(s.measureRatePct("us_reciprocal", day("2025-08-12")), WithinAbs(34.0, 1e-12));
    CHECK_THAT(s.measureRatePct("cn_counter", day("2025-08-12")), WithinAbs(34.0, 1e-12));
    // no Busan: fentanyl stays 20 in Nov 2025
    CHECK_THAT(s.measureRatePct("us_fentanyl", day("2025-11-10")), WithinAbs(20.0, 1e-12));
    // 90 days: on the first truce day 90 are left, on the last one 1
    CHECK(s.truceStatus(us, day("2025-05-14")).daysLeft == 90);
    CHECK(s.truceStatus(us, day("2025-08-11")).daysLeft == 1);
    CHECK_FALSE(s.truceStatus(us, day("2025-08-12")).running);
}

TEST_CASE("China's tariff schedule", "[schedule]")
{
    const TariffSchedule s(twoProducts(), test::preset("as-enacted"));
    const Direction cn = Direction::ChinaOnUs;
    const size_t soy = test::sectorIndex(s, cn, "12");
    // 2025-04-12: MFN 6.7 + list 1 25 + Sep 2019 batch 2.5 (5% halved) + Mar 2025 10 + counter 125 = 169.2
    CHECK_THAT(s.sectorRatePct(cn, soy, day("2025-04-12")), WithinAbs(169.2, 1e-9));
    // 2025-05-14: counter 34 - 24 = 10: 6.7 + 25 + 2.5 + 10 + 10 = 54.2
    CHECK_THAT(s.sectorRatePct(cn, soy, day("2025-05-14")), WithinAbs(54.2, 1e-9));
    // 2025-11-10: the March 2025 farm tariff stopped: 6.7 + 25 + 2.5 + 10 = 44.2
    CHECK_THAT(s.sectorRatePct(cn, soy, day("2025-11-10")), WithinAbs(44.2, 1e-9));
    // the assumed extension keeps China's truce running after 2026-11-10
    CHECK(s.truceStatus(cn, day("2026-11-28")).running);
}

TEST_CASE("Held rates and overrides", "[schedule]")
{
    const Direction us = Direction::UsOnChina;
    SECTION("pre-2025 holds the 20 Jan 2025 schedule")
    {
        const TariffSchedule s(twoProducts(), test::preset("pre-2025"));
        const size_t fridges = test::sectorIndex(s, us, "84");
        // 3.1 + List 3 25 = 28.1, as on 20 Jan 2025
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2026-06-01")), WithinAbs(28.1, 1e-9));
        const TariffSchedule shipped(test::dataset(), test::preset("pre-2025"));
        CHECK_THAT(shipped.averageRatePct(us, day("2030-12-31")),
                   WithinAbs(shipped.averageRatePct(us, day("2025-01-20")), 1e-12));
    }
    SECTION("liberation-day-peak keeps the mid-April rates")
    {
        const TariffSchedule s(twoProducts(), test::preset("liberation-day-peak"));
        const size_t fridges = test::sectorIndex(s, us, "84");
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2027-01-01")), WithinAbs(173.1, 1e-9));
    }
    SECTION("an override replaces the charged rate from its date, ignoring the truce")
    {
        Scenario sc = test::preset("as-enacted");
        sc.overrides.push_back({"us_reciprocal", day("2025-06-01"), 50.0});
        const TariffSchedule s(twoProducts(), sc);
        const size_t fridges = test::sectorIndex(s, us, "84");
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-05-31")), WithinAbs(58.1, 1e-9));
        // 3.1 + 25 + 20 + 50 = 98.1, and it stays after the ruling date since the user chose it
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-06-01")), WithinAbs(98.1, 1e-9));
        CHECK_THAT(s.measureRatePct("us_reciprocal", day("2026-06-01")), WithinAbs(50.0, 1e-12));
    }
}

TEST_CASE("rates CSV", "[schedule][cli]")
{
    const TariffSchedule s(test::dataset(), test::preset("as-enacted"));
    const std::string csv = ratesCsv(s, day("2025-05-14"), day("2025-05-15"), false);
    CHECK(csv.rfind("date,direction,avg_tariff_pct\n2025-05-14,us_on_china,", 0) == 0);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 5);
    const std::string layered = ratesCsv(s, day("2025-05-14"), day("2025-05-14"), true);
    CHECK(layered.rfind("date,direction,layer,avg_tariff_pct\n", 0) == 0);
    CHECK(layered.find("2025-05-14,us_on_china,total,") != std::string::npos);
    CHECK(layered.find("2025-05-14,china_on_us,Counter-tariff 2025,") != std::string::npos);
}

TEST_CASE("Where two schedules first differ", "[schedule]")
{
    const Dataset ds = tinyDataset();
    const TariffSchedule history(ds, Scenario{});
    const Direction us = Direction::UsOnChina;
    // A truce suspending 30 points of "x" for ten days from 20 Apr 2025, and a
    // rate of 60% on "x" from 1 May 2025.
    Scenario edited;
    Truce t;
    t.id = "t";
    t.name = "T";
    t.measureId = "x";
    t.start = day("2025-04-20");
    t.days = 10;
    t.suspendedPct = 30;
    edited.truces = std::vector<Truce>{t};
    edited.overrides = {{"x", day("2025-05-01"), 60.0}};
    const TariffSchedule scenario(ds, edited);
    // "x" covers all of "01" (weight 0.3) and half of "02" (0.7 * 0.5 = 0.35):
    // 0.65 of the trade. On 20 Apr its 40% drops to 10%: the average falls by
    // 30 * 0.65 = 19.5 points (from 0.3*40 + 0.7*(20 + 10 + 2.5) = 34.75 to 15.25).
    CHECK_THAT(history.averageRatePct(us, day("2025-04-20")) - scenario.averageRatePct(us, day("2025-04-20")),
               WithinAbs(19.5, 1e-9));
    CHECK(firstAverageDifference(history, scenario, day("2025-01-01"), day("2026-01-01")) == day("2025-04-20"));
    // Before the truce nothing differs.
    CHECK_FALSE(firstAverageDifference(history, scenario, day("2025-01-01"), day("2025-04-20")));
    // After it (30 Apr), the override from 1 May is the next difference: 20 points more on 0.65 of the trade.
    CHECK(firstAverageDifference(history, scenario, day("2025-04-30"), day("2026-01-01")) == day("2025-05-01"));
    CHECK_THAT(scenario.averageRatePct(us, day("2025-05-01")) - history.averageRatePct(us, day("2025-05-01")),
               WithinAbs(13.0, 1e-9));
    // A schedule against itself: none.
    CHECK_FALSE(firstAverageDifference(history, history, day("2024-01-01"), day("2031-01-01")));
}

TEST_CASE("The days on which a truce's suspension changes anything", "[schedule][truce]")
{
    const Dataset ds = tinyDataset();
    Truce t;
    t.id = "t";
    t.name = "T";
    t.measureId = "x";
    t.start = day("2025-04-20");
    t.days = 20; // to 9 May; the first day without it is 10 May
    t.suspendedPct = 30;
    Scenario sc;
    sc.truces = std::vector<Truce>{t};
    // On its own it lowers "x" from 40% to 10% every day it runs.
    const TariffSchedule plain(ds, sc);
    CHECK(plain.measureRatePct("x", day("2025-05-09")) == 10.0);
    CHECK(lastSuspendedDay(plain, t, day("2030-12-31")) == day("2025-05-09"));
    // Up to a day within it: that day.
    CHECK(lastSuspendedDay(plain, t, day("2025-04-25")) == day("2025-04-25"));
    // A rate the scenario sets from 1 May replaces the suspended one: the
    // suspension then lowers nothing from 1 May (145% is charged in full).
    sc.overrides = {{"x", day("2025-05-01"), 145.0}};
    const TariffSchedule set(ds, sc);
    CHECK(set.measureRatePct("x", day("2025-05-05")) == 145.0);
    CHECK(lastSuspendedDay(set, t, day("2030-12-31")) == day("2025-04-30"));
    // Set from before the truce starts: it changes nothing at all.
    sc.overrides = {{"x", day("2025-04-15"), 145.0}};
    const TariffSchedule before(ds, sc);
    CHECK_FALSE(lastSuspendedDay(before, t, day("2030-12-31")));
    // A measure not yet in force (0%) cannot be lowered: "x" starts on 1 Apr 2025.
    Truce early = t;
    early.start = day("2025-03-01");
    early.days = 31;
    sc.overrides.clear();
    sc.truces = std::vector<Truce>{early};
    const TariffSchedule notInForce(ds, sc);
    CHECK_FALSE(lastSuspendedDay(notInForce, early, day("2030-12-31")));
}
