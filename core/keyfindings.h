#pragma once

// The key findings of a scenario: three to five sentences, each built from one
// figure of the projection or the schedule with its unit, period and low-high
// range, stated against the no-change baseline and, when one is given, against a
// comparison scenario (the base preset or a pinned scenario). The briefing pack
// opens with them; the analyst's rewording and order (Scenario::briefing) are
// applied by applyFindingEdits(). The sentences, units and period labels are in
// the reader's language (core/text.h).

#include "figures.h"
#include "projection.h"
#include "scenario.h"
#include "schedule.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// Sums of one flow over a run of months, USD bn on the projection's basis.
struct PeriodChange {
    Flow flow = Flow::ChinaToUs;
    YearMonth first;
    YearMonth last;
    int months = 0;
    double baselineUsdBn = 0;     ///< the no-change baseline: tariffs held at their level on the reference day
    double scenarioUsdBn = 0;
    double lowUsdBn = 0;          ///< sum of the monthly band's low ends
    double highUsdBn = 0;         ///< sum of the monthly band's high ends
    double dutiesUsdBn = 0;       ///< duties the importer collects on the flow
    /// Duties with each month's trade at the band's ends: the month's duties
    /// times low / scenario (high / scenario) of its trade. An estimate: the
    /// average tariff of the month is held at the scenario's mix of goods.
    double dutiesLowUsdBn = 0;
    double dutiesHighUsdBn = 0;

    double changeUsdBn() const { return scenarioUsdBn - baselineUsdBn; }
    double changeLowUsdBn() const { return lowUsdBn - baselineUsdBn; }
    double changeHighUsdBn() const { return highUsdBn - baselineUsdBn; }
    /// 100 * (scenario / baseline - 1); 0 when the baseline is 0.
    double changePct() const { return baselineUsdBn > 0 ? 100.0 * (scenarioUsdBn / baselineUsdBn - 1.0) : 0.0; }
};

/// The sums of `flow` over [first, last], clipped to the projection's months.
/// Throws std::invalid_argument when no month of the range is projected.
PeriodChange periodChange(const Projection& p, Flow flow, YearMonth first, YearMonth last);

/// The first twelve months the findings and the headline's "first full year"
/// cover: from the first whole month on or after the scenario's earliest rate
/// change, or from kHeadlineFirstMonth (2025-01) when it changes no rate or
/// changes them earlier; clipped to the projection's end.
std::pair<YearMonth, YearMonth> firstFullYear(const Scenario& scenario, const Projection& p);

/// What a scenario's findings are compared with.
struct FindingsComparison {
    std::string name; ///< as the sentence names it: "the as-enacted preset", "Pin 1: Geneva truce lapses"
    const Projection* projection = nullptr;
    const TariffSchedule* schedule = nullptr;
};

/// Ids of the generated findings.
inline constexpr std::string_view kFindingChinaExports = "china-exports-first-year";
inline constexpr std::string_view kFindingUsExports = "us-exports-first-year";
inline constexpr std::string_view kFindingPeakTariff = "peak-us-tariff";
inline constexpr std::string_view kFindingDuties = "duties";
inline constexpr std::string_view kFindingTruce = "truce-end";

inline constexpr std::string_view kKeyFindingIds[] = {kFindingChinaExports, kFindingUsExports, kFindingPeakTariff,
                                                      kFindingDuties, kFindingTruce};

/// Whether `id` names a generated finding. (Inline: the scenario reader uses it
/// without the rest of this file.)
inline bool isKeyFindingId(std::string_view id)
{
    for (std::string_view k : kKeyFindingIds)
        if (id == k)
            return true;
    return false;
}
/// "china-exports-first-year|us-exports-first-year|..." for error messages.
inline std::string keyFindingIdList()
{
    std::string out;
    for (std::string_view k : kKeyFindingIds)
        out += (out.empty() ? "" : "|") + std::string(k);
    return out;
}

/// One key finding: its sentence and the figure it states.
struct KeyFinding {
    std::string id;     ///< one of the ids above; empty for one the analyst added
    std::string text;   ///< one sentence, UTF-8, without a figure reference
    double value = 0;   ///< the figure, in `unit`
    double low = 0;     ///< its range (equal to value for a rate set by law)
    double high = 0;
    std::string unit;   ///< "USD bn", "%", "percentage points" (translated, not a key)
    /// What the figure covers: a period label ("2025", "Mar 2026–Feb 2027", see
    /// periodLabel) for trade and duties; ISO days ("2025-04-10",
    /// "2025-04-10..2025-05-02") for the peak and the truce's end.
    std::string period;
    /// The chart that shows it ("tariffs", "volumes", "revenue"): the briefing
    /// pack refers to its figure. Empty for none.
    std::string chart;
    std::optional<double> comparisonValue; ///< the same figure under the comparison
    bool edited = false; ///< the text is the analyst's

    bool operator==(const KeyFinding&) const = default;
};

/// The generated findings, in reading order: China's exports to the US and US
/// exports to China in the first full year (change against the no-change
/// baseline, band), the peak trade-weighted US tariff on Chinese goods (and
/// China's) from 2025 on and when, duties collected by each side over the
/// projection from 2025, and the truce running on `asOf` (or the next one) with
/// what snaps back when it ends. A finding that has nothing to say (no truce) is
/// left out. Numbers in the text are rounded to one decimal.
std::vector<KeyFinding> keyFindings(const Dataset& ds, const Scenario& scenario, const TariffSchedule& schedule,
                                    const Projection& projection, Date asOf,
                                    const FindingsComparison* comparison = nullptr);

/// The findings as the analyst arranged them: with no edits, `generated`;
/// otherwise one finding per edit in the edits' order: the generated finding of
/// its id (skipped when that finding was not generated), its text replaced by
/// the edit's when there is one, or a finding of the edit's text alone.
std::vector<KeyFinding> applyFindingEdits(const std::vector<KeyFinding>& generated, const BriefingNotes& edits);

/// "12 April 2025", as the text locale writes days (longDateText).
std::string longDate(Date d);
/// "2025" for January-December of one year, "2025–2030" for whole years, else
/// "Mar 2026–Feb 2027"; in the reader's language.
std::string periodLabel(YearMonth first, YearMonth last);

} // namespace tariffsim::core
