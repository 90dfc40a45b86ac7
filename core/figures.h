#pragma once

// The headline figures of a scenario: trade against the no-change baseline and
// duties collected, summed over the months from the start of the 2025 escalation
// to the projection's end, and the average tariffs on one day. The window's
// headline strip, the comparison table and the briefing pack all show these.

#include "diversion.h"
#include "horizon.h"
#include "projection.h"
#include "schedule.h"

namespace tariffsim::core {

struct ScenarioFigures {
    YearMonth first;                 ///< first and last month summed
    YearMonth last;
    double changeChinaToUsUsdBn = 0; ///< scenario - baseline, China's exports to the US, USD bn
    double changeChinaToUsPct = 0;   ///< 100 * (scenario / baseline - 1)
    double changeUsToChinaUsdBn = 0;
    double changeUsToChinaPct = 0;
    double dutiesUsUsdBn = 0;        ///< duties the US collects on Chinese goods, USD bn
    double dutiesChinaUsdBn = 0;     ///< duties China collects on US goods, USD bn
    Date asOf;                       ///< the day of the rates below
    double usRatePct = 0;            ///< trade-weighted average US tariff on Chinese goods on asOf
    double chinaRatePct = 0;         ///< China's on US goods

    bool operator==(const ScenarioFigures&) const = default;
};

/// The figures of a projection and its schedule, summed over the projection's
/// months from `from` (default: kHeadlineFirstMonth, 2025-01) to its last month.
ScenarioFigures scenarioFigures(const Projection& projection, const TariffSchedule& schedule, Date asOf,
                                YearMonth from = kHeadlineFirstMonth);

/// Where the trade went (core/diversion.h), summed over the months from `from`
/// to the diversion's last month.
struct DiversionFigures {
    YearMonth first;                ///< first and last month summed
    YearMonth last;
    double divertedUsdBn = 0;       ///< trade diverted: US imports from the other suppliers less their baseline (US Census basis)
    double redirectedUsdBn = 0;     ///< China's exports to other markets less their baseline (China customs basis)
    double reroutedUsdBn = 0;       ///< trade rerouted: the estimated Chinese part of the diverted trade
    double reroutedLowUsdBn = 0;    ///< its band
    double reroutedHighUsdBn = 0;

    bool operator==(const DiversionFigures&) const = default;
};

DiversionFigures diversionFigures(const Diversion& diversion, YearMonth from = kHeadlineFirstMonth);

} // namespace tariffsim::core
