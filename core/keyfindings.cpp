#include "keyfindings.h"

#include "horizon.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace tariffsim::core {

namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// One decimal, without a sign, thousands grouped: "1,314.0"; "-0.0" never appears.
std::string fixed1(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", std::abs(v) < 0.05 ? 0.0 : std::abs(v));
    std::string s = buf;
    for (auto at = static_cast<long>(s.find('.')) - 3; at > 0; at -= 3)
        s.insert(static_cast<size_t>(at), ",");
    return s;
}

// "24", "12.5": points as a person writes them.
std::string points(double v)
{
    const std::string t = fixed1(v);
    return t.ends_with(".0") ? t.substr(0, t.size() - 2) : t;
}

std::string usd(double v) { return "$" + fixed1(v) + " bn"; }
std::string pct(double v) { return fixed1(v) + "%"; }
// "−$3.1 bn", "+$2.0 bn", "$0.0 bn" (U+2212 minus).
std::string signedUsd(double v)
{
    if (std::abs(v) < 0.05)
        return usd(0);
    return (v < 0 ? "\u2212" : "+") + usd(v);
}

bool rounded0(double v) { return std::abs(v) < 0.05; }

std::string shortMonth(YearMonth m) { return std::string(kMonthNames[m.month - 1]).substr(0, 3) + " " + std::to_string(m.year); }

// "$61.2 bn (14.3%) below the no-change baseline (range $48.0 bn to $75.1 bn below)"
std::string changeClause(const PeriodChange& c)
{
    const double v = c.changeUsdBn(), lo = c.changeLowUsdBn(), hi = c.changeHighUsdBn();
    if (rounded0(v) && rounded0(lo) && rounded0(hi))
        return "at the no-change baseline (no range: the scenario leaves its tariffs unchanged)";
    std::string s = usd(v) + " (" + pct(c.changePct()) + ") " + (v < 0 ? "below" : "above") + " the no-change baseline";
    if (lo < 0 && hi < 0)
        s += " (range " + usd(-hi) + " to " + usd(-lo) + " below)";
    else if (lo > 0 && hi > 0)
        s += " (range " + usd(lo) + " to " + usd(hi) + " above)";
    else
        s += " (range " + signedUsd(lo) + " to " + signedUsd(hi) + ")";
    return s;
}

// "; $4.2 bn less than under the as-enacted preset" (nothing when they agree to a tenth).
std::string comparisonClause(double value, double other, const std::string& name, const char* more,
                             const char* less)
{
    const double d = value - other;
    if (rounded0(d))
        return {};
    return "; " + usd(d) + " " + (d > 0 ? more : less) + " than under " + name;
}

std::string directionText(Direction d)
{
    return d == Direction::UsOnChina ? "the average US tariff on Chinese goods" : "China's average tariff on US goods";
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
    if (p.first == p.last)
        return "on " + longDate(p.first);
    if (p.last == kHorizonLastDay)
        return "from " + longDate(p.first) + " on";
    return "from " + longDate(p.first) + " to " + longDate(p.last);
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

std::string longDate(Date d)
{
    return std::to_string(d.day()) + " " + kMonthNames[d.month() - 1] + " " + std::to_string(d.year());
}

std::string periodLabel(YearMonth first, YearMonth last)
{
    if (first.month == 1 && last.month == 12 && first.year == last.year)
        return std::to_string(first.year);
    if (first.month == 1 && last.month == 12)
        return std::to_string(first.year) + "\u2013" + std::to_string(last.year);
    return shortMonth(first) + "\u2013" + shortMonth(last);
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
    const std::string yearText = first.month == 1 && last.month == 12 && first.year == last.year
        ? "in " + yearLabel
        : "over " + shortMonth(first) + " to " + shortMonth(last);

    // Trade in the first full year, each flow.
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        const PeriodChange c = periodChange(projection, f, first, last);
        KeyFinding k;
        k.id = std::string(f == Flow::ChinaToUs ? kFindingChinaExports : kFindingUsExports);
        k.value = c.changeUsdBn();
        k.low = std::min(c.changeLowUsdBn(), c.changeHighUsdBn());
        k.high = std::max(c.changeLowUsdBn(), c.changeHighUsdBn());
        k.unit = "USD bn";
        k.period = yearLabel;
        k.chart = "volumes";
        k.text = std::string(f == Flow::ChinaToUs ? "China's exports to the US" : "US exports to China") + " "
            + yearText + " are " + changeClause(c);
        if (compare) {
            const PeriodChange o = periodChange(*comparison->projection, f, first, last);
            k.comparisonValue = o.changeUsdBn();
            k.text += comparisonClause(c.scenarioUsdBn, o.scenarioUsdBn, comparison->name, "more", "less");
        }
        k.text += ".";
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
        k.text = "The trade-weighted average US tariff on Chinese goods peaks at " + pct(us.ratePct) + " "
            + peakWhen(us) + ", China's on US goods at " + pct(cn.ratePct) + " " + peakWhen(cn)
            + " (rates set by law: no model range)";
        if (compare) {
            const Peak o = peakRate(*comparison->schedule, Direction::UsOnChina, from);
            k.comparisonValue = o.ratePct;
            if (!rounded0(o.ratePct - us.ratePct))
                k.text += "; the US peak is " + pct(o.ratePct) + " under " + comparison->name;
        }
        k.text += ".";
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
        k.unit = "USD bn";
        k.period = periodLabel(us.first, us.last);
        k.chart = "revenue";
        const double years = us.months / 12.0;
        k.text = "Over " + periodLabel(us.first, us.last) + " the US collects " + usd(us.dutiesUsdBn)
            + " in duties on Chinese goods (range " + usd(us.dutiesLowUsdBn) + " to " + usd(us.dutiesHighUsdBn)
            + "; " + usd(us.dutiesUsdBn / years) + " in an average year) and China " + usd(cn.dutiesUsdBn)
            + " on US goods (range " + usd(cn.dutiesLowUsdBn) + " to " + usd(cn.dutiesHighUsdBn) + ")";
        if (compare) {
            const PeriodChange o = periodChange(*comparison->projection, Flow::ChinaToUs, kHeadlineFirstMonth, end);
            k.comparisonValue = o.dutiesUsdBn;
            k.text += comparisonClause(us.dutiesUsdBn, o.dutiesUsdBn, comparison->name, "more", "less");
        }
        k.text += ".";
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
        k.unit = "percentage points";
        k.period = end.toString();
        k.chart = "tariffs";
        const std::string measure = m ? m->name : t->measureId;
        const bool running = t->start <= asOf;
        k.text = "The " + t->name + " " + (running ? "runs" : "starts on " + longDate(t->start) + " and runs")
            + " to " + longDate(lastDay) + (t->continuesByAssumption() ? " (an end the scenario assumes)" : "");
        if (!inHorizon(end)) {
            k.text += ", past the projection's end";
        } else if (rounded0(after - before)) {
            // The measure no longer charges anything by then (repealed, struck
            // down), or the scenario's own rate replaces the suspension.
            const bool lapsed = schedule.statutoryRatePct(t->measureId, end) < 0.05;
            k.text += "; when it ends nothing snaps back (" + measure
                + (lapsed ? " is no longer charged by then" : ": the scenario's rate replaces the suspension") + "): "
                + directionText(d) + " stays at " + pct(before);
        } else {
            k.text += "; on " + longDate(end) + " the suspended " + points(t->suspendedPct) + " points of " + measure
                + " snap back and " + directionText(d) + " goes from " + pct(before) + " to " + pct(after)
                + " (set by law: no model range)";
        }
        k.text += ".";
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
