#include "keyfindings.h"

#include "horizon.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tariffsim::core {

namespace {

// One decimal, without a sign, thousands grouped: "1,314.0".
std::string fixed1(double v) { return groupedNumber(v, 1); }

// "24", "12.5": points as a person writes them.
std::string points(double v)
{
    const std::string t = fixed1(v);
    return t.ends_with(".0") ? t.substr(0, t.size() - 2) : t;
}

// The amount without a sign (the sentence says which way), as the text locale writes money.
std::string usd(double v) { return usdText(std::abs(v), 1); }
std::string pct(double v) { return fixed1(v) + "%"; }
// "−$3.1 bn", "+$2.0 bn", "$0.0 bn" (U+2212 minus).
std::string signedUsd(double v)
{
    if (std::abs(v) < 0.05)
        return usd(0);
    return (v < 0 ? "\u2212" : "+") + usd(v);
}

bool rounded0(double v) { return std::abs(v) < 0.05; }

// "$61.2 bn (14.3%) below the no-change baseline (range $48.0 bn to $75.1 bn below)"
std::string changeClause(const PeriodChange& c)
{
    const double v = c.changeUsdBn(), lo = c.changeLowUsdBn(), hi = c.changeHighUsdBn();
    if (rounded0(v) && rounded0(lo) && rounded0(hi))
        return translate("KeyFindings", "at the no-change baseline (no range: the scenario leaves its tariffs unchanged)");
    std::string range;
    if (lo < 0 && hi < 0)
        range = format(translate("KeyFindings", "(range %1 to %2 below)"), {usd(-hi), usd(-lo)});
    else if (lo > 0 && hi > 0)
        range = format(translate("KeyFindings", "(range %1 to %2 above)"), {usd(lo), usd(hi)});
    else
        range = format(translate("KeyFindings", "(range %1 to %2)"), {signedUsd(lo), signedUsd(hi)});
    return format(v < 0 ? translate("KeyFindings", "%1 (%2) below the no-change baseline %3")
                        : translate("KeyFindings", "%1 (%2) above the no-change baseline %3"),
                  {usd(v), pct(c.changePct()), range});
}

// "; $4.2 bn less than under the as-enacted preset" (nothing when they agree to a tenth).
std::string comparisonClause(double value, double other, const std::string& name)
{
    const double d = value - other;
    if (rounded0(d))
        return {};
    return format(d > 0 ? translate("KeyFindings", "; %1 more than under %2")
                        : translate("KeyFindings", "; %1 less than under %2"),
                  {usd(d), name});
}

std::string directionText(Direction d)
{
    return d == Direction::UsOnChina ? translate("KeyFindings", "the average US tariff on Chinese goods")
                                     : translate("KeyFindings", "China's average tariff on US goods");
}

struct Peak {
    double ratePct = 0;
    Date first;
    Date last;
};

// The highest trade-weighted average from `from` to the horizon's end, and the
// first run of days at it.
Peak peakRate(const TariffSchedule& s, Direction d, Date from)
{
    Peak p;
    p.ratePct = -1;
    bool inRun = false;
    for (Date day = from; day <= kHorizonLastDay; day = day.addDays(1)) {
        const double r = s.averageRatePct(d, day);
        if (r > p.ratePct + 1e-9) {
            p = {r, day, day};
            inRun = true;
        } else if (inRun && r >= p.ratePct - 1e-9) {
            p.last = day;
        } else {
            inRun = false;
        }
    }
    return p;
}

std::string peakWhen(const Peak& p)
{
    //: When a tariff peaks: "on 10 April 2025", "from 14 May 2025 on", "from 10 April 2025 to 2 May 2025".
    if (p.first == p.last)
        return format(translate("KeyFindings", "on %1"), {longDate(p.first)});
    if (p.last == kHorizonLastDay)
        return format(translate("KeyFindings", "from %1 on"), {longDate(p.first)});
    return format(translate("KeyFindings", "from %1 to %2"), {longDate(p.first), longDate(p.last)});
}

// The change in the average tariff of the truce's side when it ends.
double snapBack(const Dataset& ds, const TariffSchedule& s, const Truce& t)
{
    const Measure* m = ds.measure(t.measureId);
    const Direction d = m ? m->direction : Direction::UsOnChina;
    const Date end = t.end();
    if (!inHorizon(end))
        return 0.0;
    return s.averageRatePct(d, end) - s.averageRatePct(d, end.addDays(-1));
}

// The truce running on `asOf` that ends first, else the next one to start; of
// truces that end (or start) on the same day, the one whose end moves the
// average tariff most.
const Truce* truceToReport(const Dataset& ds, const TariffSchedule& s, const std::vector<Truce>& truces, Date asOf)
{
    const Truce* running = nullptr;
    const Truce* next = nullptr;
    const auto larger = [&](const Truce& a, const Truce* b) {
        return std::abs(snapBack(ds, s, a)) > std::abs(snapBack(ds, s, *b)) + 1e-9;
    };
    for (const Truce& t : truces) {
        if (t.start <= asOf && asOf < t.end()) {
            if (!running || t.end() < running->end() || (t.end() == running->end() && larger(t, running)))
                running = &t;
        } else if (t.start > asOf) {
            if (!next || t.start < next->start || (t.start == next->start && larger(t, next)))
                next = &t;
        }
    }
    return running ? running : next;
}

} // namespace

std::string longDate(Date d) { return longDateText(d); }

std::string periodLabel(YearMonth first, YearMonth last)
{
    if (first.month != 1 || last.month != 12)
        return format(translate("KeyFindings", "%1\u2013%2"), {monthText(first), monthText(last)});
    const std::string years = first.year == last.year
        ? std::to_string(first.year)
        : std::to_string(first.year) + "\u2013" + std::to_string(last.year);
    //: A calendar year or a run of them: "2025", "2025–2030".
    return format(translate("KeyFindings", "%1"), {years});
}

PeriodChange periodChange(const Projection& p, Flow flow, YearMonth first, YearMonth last)
{
    const YearMonth end = p.first.addMonths(p.months - 1);
    first = std::max(first, p.first);
    last = std::min(last, end);
    if (p.months <= 0 || last < first)
        throw std::invalid_argument("periodChange: no projected month in the range");
    PeriodChange c;
    c.flow = flow;
    c.first = first;
    c.last = last;
    const auto& rows = p.total(flow);
    for (int k = first.monthsSince(p.first); k <= last.monthsSince(p.first); ++k) {
        const MonthValues& r = rows[static_cast<size_t>(k)];
        c.baselineUsdBn += r.baselineUsdBn;
        c.scenarioUsdBn += r.scenarioUsdBn;
        c.lowUsdBn += r.lowUsdBn;
        c.highUsdBn += r.highUsdBn;
        c.dutiesUsdBn += r.revenueUsdBn;
        const double lowShare = r.scenarioUsdBn > 0 ? r.lowUsdBn / r.scenarioUsdBn : 1.0;
        const double highShare = r.scenarioUsdBn > 0 ? r.highUsdBn / r.scenarioUsdBn : 1.0;
        c.dutiesLowUsdBn += r.revenueUsdBn * lowShare;
        c.dutiesHighUsdBn += r.revenueUsdBn * highShare;
        ++c.months;
    }
    return c;
}

std::pair<YearMonth, YearMonth> firstFullYear(const Scenario& scenario, const Projection& p)
{
    YearMonth start = kHeadlineFirstMonth;
    if (!scenario.overrides.empty()) {
        Date earliest = scenario.overrides.front().from;
        for (const auto& o : scenario.overrides)
            earliest = std::min(earliest, o.from);
        YearMonth m = YearMonth::of(earliest);
        if (earliest != m.firstDay())
            m = m.addMonths(1);
        start = std::max(start, m);
    }
    const YearMonth end = p.first.addMonths(p.months - 1);
    start = std::min(start, end);
    return {start, std::min(start.addMonths(11), end)};
}

std::vector<KeyFinding> keyFindings(const Dataset& ds, const Scenario& scenario, const TariffSchedule& schedule,
                                    const Projection& projection, Date asOf, const FindingsComparison* comparison)
{
    std::vector<KeyFinding> out;
    const bool compare = comparison && comparison->projection && comparison->schedule;
    const auto [first, last] = firstFullYear(scenario, projection);
    const std::string yearLabel = periodLabel(first, last);
    //: The first full year of the scenario: "in 2025", "over Mar 2026 to Feb 2027".
    const std::string yearText = first.month == 1 && last.month == 12 && first.year == last.year
        ? format(translate("KeyFindings", "in %1"), {yearLabel})
        : format(translate("KeyFindings", "over %1 to %2"), {monthText(first), monthText(last)});
    //: The unit of a figure in US dollar billions (the figure itself is not rescaled).
    const std::string usdUnit = translate("KeyFindings", "USD bn");

    // Trade in the first full year, each flow.
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        const PeriodChange c = periodChange(projection, f, first, last);
        KeyFinding k;
        k.id = std::string(f == Flow::ChinaToUs ? kFindingChinaExports : kFindingUsExports);
        k.value = c.changeUsdBn();
        k.low = std::min(c.changeLowUsdBn(), c.changeHighUsdBn());
        k.high = std::max(c.changeLowUsdBn(), c.changeHighUsdBn());
        k.unit = usdUnit;
        k.period = yearLabel;
        k.chart = "volumes";
        std::string versus;
        if (compare) {
            const PeriodChange o = periodChange(*comparison->projection, f, first, last);
            k.comparisonValue = o.changeUsdBn();
            versus = comparisonClause(c.scenarioUsdBn, o.scenarioUsdBn, comparison->name);
        }
        k.text = format(f == Flow::ChinaToUs ? translate("KeyFindings", "China's exports to the US %1 are %2%3.")
                                             : translate("KeyFindings", "US exports to China %1 are %2%3."),
                        {yearText, changeClause(c), versus});
        out.push_back(std::move(k));
    }

    // The peak average tariff from 2025 on and when.
    {
        const Date from = kHeadlineFirstMonth.firstDay();
        const Peak us = peakRate(schedule, Direction::UsOnChina, from);
        const Peak cn = peakRate(schedule, Direction::ChinaOnUs, from);
        KeyFinding k;
        k.id = std::string(kFindingPeakTariff);
        k.value = k.low = k.high = us.ratePct;
        k.unit = "%";
        k.period = us.first == us.last ? us.first.toString() : us.first.toString() + ".." + us.last.toString();
        k.chart = "tariffs";
        std::string versus;
        if (compare) {
            const Peak o = peakRate(*comparison->schedule, Direction::UsOnChina, from);
            k.comparisonValue = o.ratePct;
            if (!rounded0(o.ratePct - us.ratePct))
                versus = format(translate("KeyFindings", "; the US peak is %1 under %2"),
                                {pct(o.ratePct), comparison->name});
        }
        k.text = format(translate("KeyFindings", "The trade-weighted average US tariff on Chinese goods peaks at %1 "
                                                 "%2, China's on US goods at %3 %4 (rates set by law: no model range)%5."),
                        {pct(us.ratePct), peakWhen(us), pct(cn.ratePct), peakWhen(cn), versus});
        out.push_back(std::move(k));
    }

    // Duties collected over the projection from 2025.
    {
        const YearMonth end = projection.first.addMonths(projection.months - 1);
        const PeriodChange us = periodChange(projection, Flow::ChinaToUs, kHeadlineFirstMonth, end);
        const PeriodChange cn = periodChange(projection, Flow::UsToChina, kHeadlineFirstMonth, end);
        KeyFinding k;
        k.id = std::string(kFindingDuties);
        k.value = us.dutiesUsdBn;
        k.low = us.dutiesLowUsdBn;
        k.high = us.dutiesHighUsdBn;
        k.unit = usdUnit;
        k.period = periodLabel(us.first, us.last);
        k.chart = "revenue";
        const double years = us.months / 12.0;
        std::string versus;
        if (compare) {
            const PeriodChange o = periodChange(*comparison->projection, Flow::ChinaToUs, kHeadlineFirstMonth, end);
            k.comparisonValue = o.dutiesUsdBn;
            versus = comparisonClause(us.dutiesUsdBn, o.dutiesUsdBn, comparison->name);
        }
        k.text = format(translate("KeyFindings", "Over %1 the US collects %2 in duties on Chinese goods (range %3 to %4; "
                                                 "%5 in an average year) and China %6 on US goods (range %7 to %8)%9."),
                        {k.period, usd(us.dutiesUsdBn), usd(us.dutiesLowUsdBn), usd(us.dutiesHighUsdBn),
                         usd(us.dutiesUsdBn / years), usd(cn.dutiesUsdBn), usd(cn.dutiesLowUsdBn),
                         usd(cn.dutiesHighUsdBn), versus});
        out.push_back(std::move(k));
    }

    // The truce running on the as-of day (or the next one) and what snaps back.
    if (const Truce* t = truceToReport(ds, schedule, scenario.effectiveTruces(ds), asOf)) {
        const Measure* m = ds.measure(t->measureId);
        const Direction d = m ? m->direction : Direction::UsOnChina;
        const Date end = t->end();
        const Date lastDay = end.addDays(-1);
        const double before = schedule.averageRatePct(d, lastDay);
        const double after = inHorizon(end) ? schedule.averageRatePct(d, end) : before;
        KeyFinding k;
        k.id = std::string(kFindingTruce);
        k.value = k.low = k.high = after - before;
        k.unit = translate("KeyFindings", "percentage points");
        k.period = end.toString();
        k.chart = "tariffs";
        const std::string truce = dataText(t->name);
        const std::string measure = m ? dataText(m->name) : t->measureId;
        // How long it runs, then what its end changes.
        std::string runs;
        if (t->start <= asOf)
            runs = t->continuesByAssumption()
                ? format(translate("KeyFindings", "The %1 runs to %2 (an end the scenario assumes)"),
                         {truce, longDate(lastDay)})
                : format(translate("KeyFindings", "The %1 runs to %2"), {truce, longDate(lastDay)});
        else
            runs = t->continuesByAssumption()
                ? format(translate("KeyFindings", "The %1 starts on %2 and runs to %3 (an end the scenario assumes)"),
                         {truce, longDate(t->start), longDate(lastDay)})
                : format(translate("KeyFindings", "The %1 starts on %2 and runs to %3"),
                         {truce, longDate(t->start), longDate(lastDay)});
        if (!inHorizon(end)) {
            k.text = format(translate("KeyFindings", "%1, past the projection's end."), {runs});
        } else if (rounded0(after - before)) {
            // The measure no longer charges anything by then (repealed, struck
            // down), or the scenario's own rate replaces the suspension.
            const bool lapsed = schedule.statutoryRatePct(t->measureId, end) < 0.05;
            k.text = format(lapsed ? translate("KeyFindings", "%1; when it ends nothing snaps back (%2 is no longer "
                                                              "charged by then): %3 stays at %4.")
                                   : translate("KeyFindings", "%1; when it ends nothing snaps back (%2: the scenario's "
                                                              "rate replaces the suspension): %3 stays at %4."),
                            {runs, measure, directionText(d), pct(before)});
        } else {
            k.text = format(translate("KeyFindings", "%1; on %2 the suspended %3 points of %4 snap back and %5 goes "
                                                     "from %6 to %7 (set by law: no model range)."),
                            {runs, longDate(end), points(t->suspendedPct), measure, directionText(d), pct(before),
                             pct(after)});
        }
        out.push_back(std::move(k));
    }
    return out;
}

std::vector<KeyFinding> applyFindingEdits(const std::vector<KeyFinding>& generated, const BriefingNotes& edits)
{
    if (edits.keyFindings.empty())
        return generated;
    std::vector<KeyFinding> out;
    for (const BriefingFinding& e : edits.keyFindings) {
        if (e.id.empty()) {
            KeyFinding k;
            k.text = e.text;
            k.edited = true;
            out.push_back(std::move(k));
            continue;
        }
        const auto it = std::find_if(generated.begin(), generated.end(), [&](const KeyFinding& g) { return g.id == e.id; });
        if (it == generated.end())
            continue;
        KeyFinding k = *it;
        if (!e.text.empty()) {
            k.text = e.text;
            k.edited = true;
        }
        out.push_back(std::move(k));
    }
    return out;
}

} // namespace tariffsim::core
