// The key findings of a scenario: sums worked out by hand on a written
// projection, and on real projections that a scenario edit changes.
#include "support/testsupport.h"

#include "core/keyfindings.h"
#include "core/projection.h"

#include <algorithm>
#include <cstdio>

using namespace tariffsim;
using namespace tariffsim::core;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;
using test::day;

namespace {

// 2024-12 to 2026-01 (14 months). China to US: 2024-12 at the baseline (40, duties
// 4), every later month baseline 40, scenario 30, band 25-34, duties 6. US to
// China: 2024-12 at 10 (duties 0.5), later baseline 10, scenario 9, band 8-9.5,
// duties 1.
Projection handProjection()
{
    Projection p;
    p.first = {2024, 12};
    p.months = 14;
    p.totals[0] = {test::monthValues(40, 40, 40, 40, 4)};
    p.totals[1] = {test::monthValues(10, 10, 10, 10, 0.5)};
    for (int k = 1; k < 14; ++k) {
        p.totals[0].push_back(test::monthValues(40, 30, 25, 34, 6));
        p.totals[1].push_back(test::monthValues(10, 9, 8, 9.5, 1));
    }
    return p;
}

bool hasFinding(const std::vector<KeyFinding>& list, std::string_view id)
{
    return std::any_of(list.begin(), list.end(), [&](const KeyFinding& k) { return k.id == id; });
}

} // namespace

TEST_CASE("periodChange sums trade, band and duties over the months asked", "[keyfindings]")
{
    const Projection p = handProjection();
    // 2025-01..2025-12, China to US: baseline 12 x 40 = 480, scenario 12 x 30 =
    // 360, band 12 x 25 = 300 to 12 x 34 = 408 -> change -120 (-25%), band -180 to
    // -72; duties 12 x 6 = 72, at the band's ends 12 x 6 x 25/30 = 60 and
    // 12 x 6 x 34/30 = 81.6.
    const PeriodChange c = periodChange(p, Flow::ChinaToUs, {2025, 1}, {2025, 12});
    CHECK(c.months == 12);
    CHECK_THAT(c.changeUsdBn(), WithinAbs(-120.0, 1e-9));
    CHECK_THAT(c.changePct(), WithinAbs(-25.0, 1e-9));
    CHECK_THAT(c.changeLowUsdBn(), WithinAbs(-180.0, 1e-9));
    CHECK_THAT(c.changeHighUsdBn(), WithinAbs(-72.0, 1e-9));
    CHECK_THAT(c.dutiesUsdBn, WithinAbs(72.0, 1e-9));
    CHECK_THAT(c.dutiesLowUsdBn, WithinAbs(60.0, 1e-9));
    CHECK_THAT(c.dutiesHighUsdBn, WithinAbs(81.6, 1e-9));
    // A range reaching past both ends is clipped: 2024-12..2026-01, 14 months,
    // scenario 40 + 13 x 30 = 430.
    const PeriodChange all = periodChange(p, Flow::ChinaToUs, {2020, 1}, {2030, 12});
    CHECK(all.first == YearMonth{2024, 12});
    CHECK(all.last == YearMonth{2026, 1});
    CHECK_THAT(all.scenarioUsdBn, WithinAbs(430.0, 1e-9));
    CHECK_THROWS_AS(periodChange(p, Flow::ChinaToUs, {2027, 1}, {2027, 12}), std::invalid_argument);
}

TEST_CASE("keyFindings states the projection's own numbers with unit, period and range", "[keyfindings]")
{
    const Dataset& ds = test::dataset();
    const Scenario& sc = test::preset("as-enacted");
    const TariffSchedule s(ds, sc);
    const Projection p = handProjection();
    const auto list = keyFindings(ds, sc, s, p, day("2025-06-01"));
    REQUIRE(list.size() >= 3);
    REQUIRE(list.size() <= 5);

    SECTION("China's exports in the first full year, 2025")
    {
        // From the sums above: -120 USD bn, -25%, band -180 to -72.
        const KeyFinding& k = test::findingOf(list, kFindingChinaExports);
        CHECK_THAT(k.value, WithinAbs(-120.0, 1e-9));
        CHECK_THAT(k.low, WithinAbs(-180.0, 1e-9));
        CHECK_THAT(k.high, WithinAbs(-72.0, 1e-9));
        CHECK(k.unit == "USD bn");
        CHECK(k.period == "2025");
        CHECK(k.chart == "volumes");
        CHECK_THAT(k.text, Contains("China's exports to the US in 2025 are $120.0 bn (25.0%) below the no-change "
                                    "baseline (range $72.0 bn to $180.0 bn below)"));
    }
    SECTION("US exports: 12 x (9 - 10) = -12, -10%, band 12 x (8 - 10) = -24 to 12 x (9.5 - 10) = -6")
    {
        const KeyFinding& k = test::findingOf(list, kFindingUsExports);
        CHECK_THAT(k.value, WithinAbs(-12.0, 1e-9));
        CHECK_THAT(k.low, WithinAbs(-24.0, 1e-9));
        CHECK_THAT(k.high, WithinAbs(-6.0, 1e-9));
        CHECK_THAT(k.text, Contains("$12.0 bn (10.0%) below the no-change baseline (range $6.0 bn to $24.0 bn below)"));
    }
    SECTION("duties over 2025-01..2026-01: 13 x 6 = 78 (65 to 88.4), China 13 x 1 = 13")
    {
        // Band: 13 x 6 x 25/30 = 65 and 13 x 6 x 34/30 = 88.4; China's 13 x 8/9 =
        // 11.56 and 13 x 9.5/9 = 13.72. An average year: 78 / (13/12) = 72.
        const KeyFinding& k = test::findingOf(list, kFindingDuties);
        CHECK_THAT(k.value, WithinAbs(78.0, 1e-9));
        CHECK_THAT(k.low, WithinAbs(65.0, 1e-9));
        CHECK_THAT(k.high, WithinAbs(88.4, 1e-9));
        CHECK(k.chart == "revenue");
        CHECK_THAT(k.text, Contains("the US collects $78.0 bn in duties on Chinese goods (range $65.0 bn to $88.4 bn; "
                                    "$72.0 bn in an average year) and China $13.0 bn on US goods (range $11.6 bn to "
                                    "$13.7 bn)"));
    }
    SECTION("the peak US tariff is the schedule's highest daily average from 2025 on")
    {
        const KeyFinding& k = test::findingOf(list, kFindingPeakTariff);
        const Date first = *Date::parse(k.period.substr(0, 10));
        CHECK_THAT(k.value, WithinAbs(s.averageRatePct(Direction::UsOnChina, first), 1e-12));
        CHECK(k.low == k.value);
        CHECK(k.high == k.value);
        for (Date d = day("2025-01-01"); d <= day("2030-12-31"); d = d.addDays(1))
            REQUIRE(s.averageRatePct(Direction::UsOnChina, d) <= k.value + 1e-9);
        // The day before the peak is lower: it is the first day at the peak.
        CHECK(s.averageRatePct(Direction::UsOnChina, first.addDays(-1)) < k.value);
    }
    SECTION("the Geneva truce running on 2025-06-01 and what snaps back")
    {
        // Geneva: 24 points of the reciprocal duty suspended from 2025-05-14,
        // extended to 2026-11-10; the two sides' truces end together and the US
        // side is reported (its measure is US tariffs).
        const KeyFinding& k = test::findingOf(list, kFindingTruce);
        const Date end = day("2026-11-10");
        CHECK(k.period == "2026-11-10");
        CHECK_THAT(k.value, WithinAbs(s.averageRatePct(Direction::UsOnChina, end)
                                          - s.averageRatePct(Direction::UsOnChina, end.addDays(-1)),
                                      1e-12));
        CHECK(k.unit == "percentage points");
        CHECK_THAT(k.text, Contains("to 9 November 2026"));
    }
}

TEST_CASE("A scenario edit changes the key findings", "[keyfindings]")
{
    const Dataset& ds = test::dataset();
    const ModelParameters params = defaultParameters(ds);
    const Scenario base = test::preset("as-enacted");
    Scenario edited = base;
    edited.overrides.push_back({"us_fentanyl", day("2026-03-01"), 60.0});
    const TariffSchedule s0(ds, base), s1(ds, edited);
    const Projection p0 = project(ds, s0, params, {2024, 1}, {2030, 12});
    const Projection p1 = project(ds, s1, params, {2024, 1}, {2030, 12});
    const Date asOf = day("2026-03-15");
    const auto before = keyFindings(ds, base, s0, p0, asOf);
    const FindingsComparison cmp{"the as-enacted preset", &p0, &s0};
    const auto after = keyFindings(ds, edited, s1, p1, asOf, &cmp);

    // The first full year starts with the edit's month: 2026-03..2027-02.
    const auto [first, last] = firstFullYear(edited, p1);
    CHECK(first == YearMonth{2026, 3});
    CHECK(last == YearMonth{2027, 2});
    const KeyFinding& k1 = test::findingOf(after, kFindingChinaExports);
    CHECK(k1.period == "Mar 2026\u2013Feb 2027");
    const PeriodChange c1 = periodChange(p1, Flow::ChinaToUs, first, last);
    CHECK(k1.value == c1.changeUsdBn());
    // A 60% duty from March 2026 cuts China's exports further than the preset.
    const PeriodChange c0 = periodChange(p0, Flow::ChinaToUs, first, last);
    REQUIRE(k1.comparisonValue);
    CHECK(*k1.comparisonValue == c0.changeUsdBn());
    CHECK(c1.scenarioUsdBn < c0.scenarioUsdBn - 1.0);
    CHECK_THAT(k1.text, Contains("less than under the as-enacted preset"));
    // The preset's own finding covers 2025 and differs.
    const KeyFinding& k0 = test::findingOf(before, kFindingChinaExports);
    CHECK(k0.period == "2025");
    CHECK(k0.value != k1.value);
    // Duties rise with the added duty, and the peak US tariff is at least the
    // fentanyl duty's 60 points above MFN's 3.1% (the 2025 peak may be higher).
    CHECK(test::findingOf(after, kFindingDuties).value > test::findingOf(before, kFindingDuties).value);
    CHECK(test::findingOf(after, kFindingPeakTariff).value > 63.1);
    // Thousands are grouped: duties over 2025-2030 pass $1,000 bn with the duty.
    const double duties = test::findingOf(after, kFindingDuties).value;
    REQUIRE(duties >= 1000.0);
    char grouped[32];
    std::snprintf(grouped, sizeof grouped, "$%d,%05.1f bn", static_cast<int>(duties) / 1000,
                  duties - 1000.0 * (static_cast<int>(duties) / 1000));
    CHECK_THAT(test::findingOf(after, kFindingDuties).text, Contains(grouped));

    SECTION("of two truces that end together, the one whose end moves a tariff")
    {
        // The dataset's own truces (no assumed extension of China's side): both
        // sides' suspensions end on 2026-11-10. The US side's measure is no longer
        // charged by then (nothing snaps back); China's 24 points return.
        Scenario recorded = base;
        recorded.truces.reset();
        const TariffSchedule s2(ds, recorded);
        const auto list = keyFindings(ds, recorded, s2, p0, asOf);
        const KeyFinding& k = test::findingOf(list, kFindingTruce);
        const Date end = day("2026-11-10");
        const double cnJump = s2.averageRatePct(Direction::ChinaOnUs, end) - s2.averageRatePct(Direction::ChinaOnUs, end.addDays(-1));
        REQUIRE(cnJump > 1.0);
        CHECK(k.value == cnJump);
        CHECK_THAT(k.text, Contains("China's average tariff on US goods goes from"));
    }
        SECTION("without truces there is no truce finding")
    {
        Scenario noTruce = base;
        noTruce.truces = std::vector<Truce>{};
        const TariffSchedule s2(ds, noTruce);
        const auto list = keyFindings(ds, noTruce, s2, p0, asOf);
        CHECK_FALSE(hasFinding(list, kFindingTruce));
        CHECK(list.size() == 4);
    }
}

TEST_CASE("applyFindingEdits keeps the analyst's order and words", "[keyfindings]")
{
    std::vector<KeyFinding> generated(3);
    generated[0].id = "china-exports-first-year";
    generated[0].text = "A.";
    generated[0].value = 1;
    generated[1].id = "peak-us-tariff";
    generated[1].text = "B.";
    generated[2].id = "duties";
    generated[2].text = "C.";
    CHECK(applyFindingEdits(generated, {}) == generated);

    BriefingNotes edits;
    edits.keyFindings = {{"duties", ""},
                         {"", "An added sentence."},
                         {"china-exports-first-year", "Reworded A."},
                         {"truce-end", ""}}; // not generated: skipped
    const auto out = applyFindingEdits(generated, edits);
    REQUIRE(out.size() == 3);
    CHECK(out[0].id == "duties");
    CHECK(out[0].text == "C.");
    CHECK_FALSE(out[0].edited);
    CHECK(out[1].id.empty());
    CHECK(out[1].text == "An added sentence.");
    CHECK(out[1].edited);
    CHECK(out[2].text == "Reworded A.");
    CHECK(out[2].value == 1); // the figure stays the generated one
    CHECK(out[2].edited);
}

TEST_CASE("Scenario files keep the briefing's key findings", "[keyfindings][scenario]")
{
    const Dataset& ds = test::dataset();
    Scenario s = test::preset("geneva-snapback");
    s.id.clear();
    s.briefing.keyFindings = {{"duties", ""}, {"", "Our own point."}, {"peak-us-tariff", "Reworded."}};
    const std::string json = serializeScenario(s);
    CHECK_THAT(json, Contains("\"briefing\""));
    CHECK(parseScenario(json, ds) == s);
    // A scenario without edits writes no "briefing" at all.
    CHECK_THAT(serializeScenario(test::preset("geneva-snapback")), !Contains("briefing"));

    const auto fieldOf = [&](const std::string& briefing) {
        const std::string text = R"({"format": "tariffsim-scenario", "version": 1, "briefing": )" + briefing + "}";
        try {
            parseScenario(text, ds);
        } catch (const ScenarioError& e) {
            return e.field();
        }
        return std::string("(accepted)");
    };
    // Optional in every version, version 1 included.
    CHECK(fieldOf(R"({"keyFindings": [{"id": "duties"}]})") == "(accepted)");
    CHECK(fieldOf(R"({"keyFindings": [{"id": "nonsense"}]})") == "briefing.keyFindings[0].id");
    CHECK(fieldOf(R"({"keyFindings": [{"id": "duties"}, {}]})") == "briefing.keyFindings[1]");
    CHECK(fieldOf(R"({"keyFindings": [{"text": 3}]})") == "briefing.keyFindings[0].text");
    CHECK(fieldOf(R"({"keyFindings": [{"id": "duties", "wording": "x"}]})") == "briefing.keyFindings[0].wording");
    CHECK(fieldOf(R"({"findings": []})") == "briefing.findings");
    CHECK(fieldOf(R"([])") == "briefing");
    std::string many = "{\"keyFindings\": [";
    for (int i = 0; i < 21; ++i)
        many += std::string(i ? "," : "") + "{\"text\": \"x\"}";
    CHECK(fieldOf(many + "]}") == "briefing.keyFindings");
    CHECK(fieldOf("{\"keyFindings\": [{\"text\": \"" + std::string(2001, 'a') + "\"}]}")
          == "briefing.keyFindings[0].text");
}
