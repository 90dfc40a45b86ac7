// The headline figures of a scenario, on a projection written by hand.
#include "support/testsupport.h"

#include "core/figures.h"

using namespace tariffsim;
using namespace tariffsim::core;
using Catch::Matchers::WithinAbs;
using test::day;

TEST_CASE("scenarioFigures sums trade against baseline and duties from the first month", "[figures]")
{
    // Four months, 2024-12 to 2025-03; the sums start at 2025-01.
    Projection p;
    p.first = {2024, 12};
    p.months = 4;
    const auto month = [](double baseline, double scenario, double revenue) {
        MonthValues v;
        v.baselineUsdBn = baseline;
        v.scenarioUsdBn = scenario;
        v.revenueUsdBn = revenue;
        return v;
    };
    // China to US: 2024-12 is left out; 2025-01..03 baseline 40 + 40 + 40 = 120,
    // scenario 36 + 30 + 30 = 96 -> change -24, -20%; duties 4 + 9 + 9 = 22.
    p.totals[0] = {month(40, 40, 2), month(40, 36, 4), month(40, 30, 9), month(40, 30, 9)};
    // US to China: baseline 10 x 3 = 30, scenario 9 + 9 + 9 = 27 -> -3, -10%; duties 1 x 3.
    p.totals[1] = {month(10, 10, 0.5), month(10, 9, 1), month(10, 9, 1), month(10, 9, 1)};
    const Dataset& ds = test::dataset();
    const TariffSchedule s(ds, test::preset("as-enacted"));
    const ScenarioFigures f = scenarioFigures(p, s, day("2025-05-14"), {2025, 1});
    CHECK(f.first == YearMonth{2025, 1});
    CHECK(f.last == YearMonth{2025, 3});
    CHECK_THAT(f.changeChinaToUsUsdBn, WithinAbs(-24.0, 1e-12));
    CHECK_THAT(f.changeChinaToUsPct, WithinAbs(-20.0, 1e-12));
    CHECK_THAT(f.changeUsToChinaUsdBn, WithinAbs(-3.0, 1e-12));
    CHECK_THAT(f.changeUsToChinaPct, WithinAbs(-10.0, 1e-12));
    CHECK_THAT(f.dutiesUsUsdBn, WithinAbs(22.0, 1e-12));
    CHECK_THAT(f.dutiesChinaUsdBn, WithinAbs(3.0, 1e-12));
    CHECK(f.asOf == day("2025-05-14"));
    // The rates are the schedule's on the day.
    CHECK(f.usRatePct == s.averageRatePct(Direction::UsOnChina, day("2025-05-14")));
    CHECK(f.chinaRatePct == s.averageRatePct(Direction::ChinaOnUs, day("2025-05-14")));
    // A start before the projection's first month sums it all: baseline 160, scenario 136.
    const ScenarioFigures all = scenarioFigures(p, s, day("2025-05-14"), {2024, 1});
    CHECK(all.first == YearMonth{2024, 12});
    CHECK_THAT(all.changeChinaToUsPct, WithinAbs(-15.0, 1e-12));
}
