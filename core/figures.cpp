#include "figures.h"

namespace tariffsim::core {

ScenarioFigures scenarioFigures(const Projection& p, const TariffSchedule& schedule, Date asOf, YearMonth from)
{
    ScenarioFigures f;
    f.first = std::max(from, p.first);
    f.last = p.first.addMonths(p.months - 1);
    double sums[2][3] = {}; // flow -> scenario, baseline, revenue
    for (int k = std::max(0, from.monthsSince(p.first)); k < p.months; ++k) {
        for (int flow = 0; flow < 2; ++flow) {
            const MonthValues& r = p.totals[static_cast<size_t>(flow)][static_cast<size_t>(k)];
            sums[flow][0] += r.scenarioUsdBn;
            sums[flow][1] += r.baselineUsdBn;
            sums[flow][2] += r.revenueUsdBn;
        }
    }
    const auto pct = [](double a, double b) { return b > 0 ? 100.0 * (a / b - 1.0) : 0.0; };
    f.changeChinaToUsUsdBn = sums[0][0] - sums[0][1];
    f.changeChinaToUsPct = pct(sums[0][0], sums[0][1]);
    f.changeUsToChinaUsdBn = sums[1][0] - sums[1][1];
    f.changeUsToChinaPct = pct(sums[1][0], sums[1][1]);
    f.dutiesUsUsdBn = sums[0][2];
    f.dutiesChinaUsdBn = sums[1][2];
    f.asOf = asOf;
    f.usRatePct = schedule.averageRatePct(Direction::UsOnChina, asOf);
    f.chinaRatePct = schedule.averageRatePct(Direction::ChinaOnUs, asOf);
    return f;
}

DiversionFigures diversionFigures(const Diversion& d, YearMonth from)
{
    DiversionFigures f;
    f.first = std::max(from, d.first);
    f.last = d.first.addMonths(d.months - 1);
    if (d.months <= 0 || f.last < f.first)
        return f;
    const DiversionTotals t = diversionTotals(d, f.first, f.last);
    f.divertedUsdBn = t.divertedUsdBn();
    f.redirectedUsdBn = t.redirectedUsdBn();
    f.reroutedUsdBn = t.reroutedUsdBn;
    f.reroutedLowUsdBn = t.reroutedLowUsdBn;
    f.reroutedHighUsdBn = t.reroutedHighUsdBn;
    return f;
}

} // namespace tariffsim::core
