// Measures a scenario adds: compiled by the tariff schedule like the shipped
// ones, read and written in scenario files, refused with the field named when
// they cannot be used.
#include "support/testsupport.h"

#include "core/scenario.h"
#include "core/scenariomeasure.h"
#include "core/projection.h"
#include "core/schedule.h"

using namespace tariffsim;
using namespace tariffsim::core;
using Catch::Matchers::WithinAbs;
using test::day;

namespace {

ScenarioMeasure addOn(std::string id, Direction d, const char* from, double pct, std::vector<std::string> hs)
{
    ScenarioMeasure m;
    m.id = std::move(id);
    m.direction = d;
    m.name = "Test layer " + m.id;
    m.legalBasis = "a hypothetical action";
    m.steps.push_back({day(from), std::nullopt, pct, false});
    for (auto& code : hs)
        m.coverage.push_back({std::move(code), {}, 1.0});
    return m;
}

double averageDifference(const Dataset& ds, const Scenario& base, const Scenario& with, Direction d, Date on)
{
    return TariffSchedule(ds, with).averageRatePct(d, on) - TariffSchedule(ds, base).averageRatePct(d, on);
}

// A basket (tests/support): US imports from China 870380 cars 1, 940161 seats 2,
// 850760 batteries 3, 841810 refrigerators 4 (total 10, one sector per chapter);
// US exports to China 120190 soybeans 2, 020329 pork 1, 080212 almonds 1 (total 4).
const Dataset& basket()
{
    static const Dataset ds = test::basketDataset({
        {Flow::ChinaToUs, "870380", 1.0},
        {Flow::ChinaToUs, "940161", 2.0},
        {Flow::ChinaToUs, "850760", 3.0},
        {Flow::ChinaToUs, "841810", 4.0},
        {Flow::UsToChina, "020329", 1.0},
        {Flow::UsToChina, "080212", 1.0},
        {Flow::UsToChina, "120190", 2.0},
    });
    return ds;
}

} // namespace

TEST_CASE("A scenario measure raises the averages by its rate times the trade weight it covers", "[scenariomeasure]")
{
    const Dataset& ds = test::dataset();
    const Scenario base = test::preset("as-enacted");

    SECTION("25 points on chapter 95 from 2027-01-01, US side")
    {
        // trade_by_chapter.csv, 2024, china_to_us: chapter 95 (toys, games, sports
        // requisites) 30.0333 of 438.9292 (the sum of the 97 chapters) = 6.8424%.
        // The layer adds on top of everything in force, so on 2027-01-01 the average
        // rises by 25 * 30.0333 / 438.9292 = 1.71060 points, and not before.
        Scenario with = base;
        with.measures.push_back(addOn("toys_2027", Direction::UsOnChina, "2027-01-01", 25, {"95"}));
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-01-01")), WithinAbs(1.71060, 1e-4));
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2026-12-31")), WithinAbs(0.0, 1e-12));
        CHECK_THAT(averageDifference(ds, base, with, Direction::ChinaOnUs, day("2027-06-01")), WithinAbs(0.0, 1e-12));
        // Its own layer in the breakdown, named after the measure.
        const TariffSchedule s(ds, with);
        bool found = false;
        for (const auto& part : s.layerBreakdown(Direction::UsOnChina, day("2027-01-01")))
            if (part.layer == "Test layer toys_2027") {
                found = true;
                CHECK_THAT(part.pct, WithinAbs(1.71060, 1e-4));
            }
        CHECK(found);
        CHECK_THAT(s.measureRatePct("toys_2027", day("2027-01-01")), WithinAbs(25.0, 1e-12));
    }

    SECTION("20 points on chapter 12 from 2027-01-01, China side")
    {
        // trade_by_chapter.csv, 2024, us_to_china: chapter 12 (oil seeds, soybeans)
        // 13.3524 of 143.5455 = 9.3019%; 20 * 13.3524 / 143.5455 = 1.86037 points.
        Scenario with = base;
        with.measures.push_back(addOn("soy_2027", Direction::ChinaOnUs, "2027-01-01", 20, {"12"}));
        CHECK_THAT(averageDifference(ds, base, with, Direction::ChinaOnUs, day("2027-01-01")), WithinAbs(1.86037, 1e-4));
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-01-01")), WithinAbs(0.0, 1e-12));
    }
}

TEST_CASE("Scenario measure steps, coverage, stacking and truces on a basket", "[scenariomeasure]")
{
    const Dataset& ds = basket();
    Scenario base;
    base.truces = std::vector<Truce>{};

    SECTION("add-on and set-to steps with an end")
    {
        // 10 points on cars (1 of 10) from 2027-01-01; set to 5 from 2027-06-01 to
        // 2027-09-01; then the add-on step counts again: +1.0, +0.5, +1.0 points.
        ScenarioMeasure m = addOn("cars", Direction::UsOnChina, "2027-01-01", 10, {"8703"});
        m.steps.push_back({day("2027-06-01"), day("2027-09-01"), 5, true});
        Scenario with = base;
        with.measures = {m};
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-03-01")), WithinAbs(1.0, 1e-9));
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-06-01")), WithinAbs(0.5, 1e-9));
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-09-01")), WithinAbs(1.0, 1e-9));
        // A second add-on step of 4 from 2028-01-01 to 2028-02-01: 14 points, +1.4.
        with.measures[0].steps.push_back({day("2028-01-01"), day("2028-02-01"), 4, false});
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2028-01-15")), WithinAbs(1.4, 1e-9));
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2028-02-01")), WithinAbs(1.0, 1e-9));
    }

    SECTION("coverage share and a named sector")
    {
        // Half of the batteries (3 of 10) at 20 points: 20 * 0.5 * 0.3 = 3.0; the
        // whole seats sector "94" (2 of 10) at 20 points: 20 * 0.2 = 4.0.
        ScenarioMeasure m = addOn("mixed", Direction::UsOnChina, "2027-01-01", 20, {});
        m.coverage = {{"850760", {}, 0.5}};
        Scenario with = base;
        with.measures = {m};
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-01-01")), WithinAbs(3.0, 1e-9));
        with.measures[0].coverage = {{{}, "94", 1.0}};
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-01-01")), WithinAbs(4.0, 1e-9));
    }

    SECTION("yieldsTo another scenario measure")
    {
        // A: 10 points on cars until 2027-03-01. B: 30 points on cars from
        // 2027-01-01, yielding to A while A charges: +1.0 until 2027-03-01, then
        // B alone, 30 * 0.1 = +3.0.
        ScenarioMeasure a = addOn("a", Direction::UsOnChina, "2027-01-01", 10, {"87"});
        a.steps[0].to = day("2027-03-01");
        ScenarioMeasure b = addOn("b", Direction::UsOnChina, "2027-01-01", 30, {"87"});
        b.yieldsTo = {"a"};
        Scenario with = base;
        with.measures = {a, b};
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-02-01")), WithinAbs(1.0, 1e-9));
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-03-01")), WithinAbs(3.0, 1e-9));
        // Without the yield both charge: 40 * 0.1 = +4.0.
        with.measures[1].yieldsTo.clear();
        CHECK_THAT(averageDifference(ds, base, with, Direction::UsOnChina, day("2027-02-01")), WithinAbs(4.0, 1e-9));
    }

    SECTION("a truce suspends points of a scenario measure, and overrides set its rate")
    {
        // 20 points on soybeans (2 of 4) from 2027-01-01: +10.0; a truce suspends
        // 15 points for 30 days from 2027-02-01: 5 * 0.5 = +2.5 then, +10.0 after.
        Scenario with = base;
        with.measures = {addOn("soy", Direction::ChinaOnUs, "2027-01-01", 20, {"1201"})};
        Truce t;
        t.id = "soy_truce";
        t.name = "Soybean truce";
        t.measureId = "soy";
        t.start = day("2027-02-01");
        t.days = 30;
        t.suspendedPct = 15;
        with.truces = std::vector<Truce>{t};
        CHECK_THAT(averageDifference(ds, base, with, Direction::ChinaOnUs, day("2027-01-15")), WithinAbs(10.0, 1e-9));
        CHECK_THAT(averageDifference(ds, base, with, Direction::ChinaOnUs, day("2027-02-15")), WithinAbs(2.5, 1e-9));
        CHECK_THAT(averageDifference(ds, base, with, Direction::ChinaOnUs, day("2027-03-03")), WithinAbs(10.0, 1e-9));
        const TariffSchedule s(ds, with);
        CHECK(s.truceStatus(Direction::ChinaOnUs, day("2027-02-15")).truceId == "soy_truce");
        // An override (the slider) at 8 points from 2027-04-01: 8 * 0.5 = +4.0.
        with.overrides = {{"soy", day("2027-04-01"), 8}};
        CHECK_THAT(averageDifference(ds, base, with, Direction::ChinaOnUs, day("2027-04-01")), WithinAbs(4.0, 1e-9));
    }

    SECTION("the schedule rebuilt from a previous one equals a fresh one")
    {
        Scenario with = base;
        const TariffSchedule plain(ds, base);
        with.measures = {addOn("cars", Direction::UsOnChina, "2027-01-01", 10, {"8703"})};
        const TariffSchedule next(plain, with);
        const TariffSchedule fresh(ds, with);
        CHECK(next.averageRatePct(Direction::UsOnChina, day("2027-01-01"))
              == fresh.averageRatePct(Direction::UsOnChina, day("2027-01-01")));
        CHECK_THAT(next.averageRatePct(Direction::UsOnChina, day("2027-01-01"))
                       - plain.averageRatePct(Direction::UsOnChina, day("2027-01-01")),
                   WithinAbs(1.0, 1e-9));
        // And back to no measures.
        const TariffSchedule back(next, base);
        CHECK(back.averageRatePct(Direction::UsOnChina, day("2027-01-01"))
              == plain.averageRatePct(Direction::UsOnChina, day("2027-01-01")));
    }
}

namespace {

std::string fileWithMeasure(const std::string& measureJson, int version = 4)
{
    return R"({"format": "tariffsim-scenario", "version": )" + std::to_string(version)
        + R"(, "title": "t", "measures": [)" + measureJson + "]}";
}

std::string fieldOf(const std::string& text)
{
    try {
        parseScenario(text, test::dataset());
    } catch (const ScenarioError& e) {
        return e.field();
    }
    return "(accepted)";
}

} // namespace

TEST_CASE("Scenario files with measures: read, written back and refused naming the field", "[scenariomeasure][scenariofile]")
{
    const Dataset& ds = test::dataset();
    const std::string good = R"({"id": "toys", "direction": "us_on_china", "name": "Toys and consoles",
        "legalBasis": "Section 301, hypothetical", "steps": [{"from": "2027-01-01", "ratePct": 25},
        {"from": "2027-06-01", "to": "2027-12-01", "ratePct": 10, "mode": "set"}],
        "coverage": [{"hs": "95"}, {"hs": "9504.50", "share": 0.5}, {"sector": "8517.13", "share": 0.25}]})";

    SECTION("a valid measure is read and written back unchanged")
    {
        const Scenario s = parseScenario(fileWithMeasure(good), ds);
        REQUIRE(s.measures.size() == 1);
        const ScenarioMeasure& m = s.measures[0];
        CHECK(m.id == "toys");
        CHECK(m.direction == Direction::UsOnChina);
        CHECK(m.legalBasis == "Section 301, hypothetical");
        REQUIRE(m.steps.size() == 2);
        CHECK(m.steps[1].setTo);
        CHECK(m.steps[1].to == day("2027-12-01"));
        REQUIRE(m.coverage.size() == 3);
        CHECK(m.coverage[0].share == 1.0);
        CHECK(m.coverage[2].sector == "8517.13");
        const std::string text = serializeScenario(s);
        CHECK(text.find("\"version\": 5") != std::string::npos);
        CHECK(parseScenario(text, ds) == s);
    }

    SECTION("overrides and truces may name a scenario measure")
    {
        const std::string text = R"({"format": "tariffsim-scenario", "version": 4, "measures": [)" + good
            + R"(], "overrides": [{"measure": "toys", "from": "2027-03-01", "ratePct": 30}],
            "truces": [{"id": "t", "name": "t", "measure": "toys", "start": "2027-02-01", "days": 30,
            "suspendedPct": 25, "extensions": []}]})";
        const Scenario s = parseScenario(text, ds);
        CHECK(s.overrides.size() == 1);
        CHECK(s.truces->size() == 1);
        // A truce cannot suspend more than the measure ever charges (30, the override).
        std::string tooMuch = text;
        tooMuch.replace(tooMuch.find("\"suspendedPct\": 25"), 18, "\"suspendedPct\": 31");
        CHECK(fieldOf(tooMuch) == "truces[0].suspendedPct");
    }

    SECTION("older versions are read; measures in them are refused")
    {
        CHECK(fieldOf(R"({"format": "tariffsim-scenario", "version": 3, "title": "old"})") == "(accepted)");
        CHECK(fieldOf(fileWithMeasure(good, 3)) == "measures");
    }

    SECTION("bad measures name the field")
    {
        const auto measure = [](const std::string& step, const std::string& coverage, const std::string& extra = "") {
            return fileWithMeasure(R"({"id": "x", "direction": "us_on_china", "name": "X", "steps": [)" + step
                                   + R"(], "coverage": [)" + coverage + "]" + extra + "}");
        };
        const std::string step = R"({"from": "2027-01-01", "ratePct": 25})";
        const std::string cover = R"({"hs": "95"})";
        CHECK(fieldOf(measure(step, cover)) == "(accepted)");
        CHECK(fieldOf(measure(step, R"({"hs": "9998"})")) == "measures[0].coverage[0].hs");   // ch. 99 holds only 999999
        CHECK(fieldOf(measure(step, R"({"hs": "77"})")) == "measures[0].coverage[0].hs");     // a reserved chapter
        CHECK(fieldOf(measure(step, R"({"hs": "953"})")) == "measures[0].coverage[0].hs");    // 3 digits
        CHECK(fieldOf(measure(step, R"({"sector": "nope"})")) == "measures[0].coverage[0].sector");
        CHECK(fieldOf(measure(step, R"({"hs": "95", "share": 1.5})")) == "measures[0].coverage[0].share");
        CHECK(fieldOf(measure(step, R"({"hs": "95", "sector": "95"})")) == "measures[0].coverage[0]");
        CHECK(fieldOf(measure(R"({"from": "2027-01-01", "ratePct": -5})", cover)) == "measures[0].steps[0].ratePct");
        CHECK(fieldOf(measure(R"({"from": "2027-01-01", "to": "2026-12-01", "ratePct": 5})", cover))
              == "measures[0].steps[0].to");
        CHECK(fieldOf(measure(R"({"from": "2027-01-01", "to": "2027-01-01", "ratePct": 5})", cover))
              == "measures[0].steps[0].to");
        CHECK(fieldOf(measure(R"({"from": "2027-01-01", "ratePct": 5, "mode": "mul"})", cover))
              == "measures[0].steps[0].mode");
        CHECK(fieldOf(measure(R"({"from": "2027-01-01", "ratePct": 600}, {"from": "2027-02-01", "ratePct": 600})", cover))
              == "measures[0].steps");
        CHECK(fieldOf(measure("", cover)) == "measures[0].steps");
        CHECK(fieldOf(measure(step, "")) == "measures[0].coverage");
        CHECK(fieldOf(measure(step, cover, R"(, "yieldsTo": ["cn_counter"])")) == "measures[0].yieldsTo[0]");
        CHECK(fieldOf(measure(step, cover, R"(, "yieldsTo": ["us_reciprocal"])")) == "(accepted)");
        CHECK(fieldOf(measure(step, cover, R"(, "colour": "red")")) == "measures[0].colour");
        // An id the dataset already uses.
        CHECK(fieldOf(fileWithMeasure(R"({"id": "us_reciprocal", "direction": "us_on_china", "name": "X", "steps": [)"
                                      + step + R"(], "coverage": [{"hs": "95"}]})"))
              == "measures[0].id");
    }
}

TEST_CASE("A projection through the cache equals a fresh one when a scenario measure comes and goes", "[scenariomeasure][projection]")
{
    const Dataset& ds = test::dataset();
    const Scenario base = test::preset("as-enacted");
    Scenario with = base;
    with.measures.push_back(addOn("toys_2027", Direction::UsOnChina, "2027-01-01", 25, {"95"}));
    const ModelParameters params = defaultParameters(ds);
    const YearMonth from{2024, 1}, to{2030, 12};
    ProjectionOptions options;
    options.perSector = true;
    ProjectionCache cache;
    const TariffSchedule first(ds, base);
    const Projection p0 = project(ds, first, params, from, to, options, cache);
    const TariffSchedule second(first, with);
    const Projection p1 = project(ds, second, params, from, to, options, cache);
    CHECK(p1 == project(ds, TariffSchedule(ds, with), params, from, to, options));
    // Toys are dearer from 2027: less of them is bought than without the measure.
    const size_t k = static_cast<size_t>(YearMonth{2028, 1}.monthsSince(from));
    CHECK(p1.totals[0].at(k).scenarioUsdBn < p0.totals[0].at(k).scenarioUsdBn);
    const TariffSchedule third(second, base);
    CHECK(project(ds, third, params, from, to, options, cache) == p0);
}
