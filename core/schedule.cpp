#include "schedule.h"

#include "cpustate.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace tariffsim::core {

namespace {

// The schedule starts here: before the first recorded step every rate is zero.
constexpr Date kOrigin{-365 * 100};

double rateOn(const std::vector<std::pair<Date, double>>& path, Date day)
{
    double r = 0.0;
    for (const auto& [from, pct] : path) {
        if (from > day)
            break;
        r = pct;
    }
    return r;
}

std::string stripDots(std::string_view code)
{
    std::string out;
    for (char c : code)
        if (c != '.')
            out += c;
    return out;
}

// A measure's coverage rules indexed by HS prefix (dots removed, "*" as ""), so a
// sector's share is found by looking up its own prefixes, longest first, trying
// only the prefix lengths that some rule has.
class CoverageIndex {
public:
    explicit CoverageIndex(const Measure& m)
    {
        m_keys.reserve(m.coverage.size());
        for (const auto& rule : m.coverage)
            m_keys.push_back(rule.hs == "*" ? std::string() : stripDots(rule.hs));
        for (size_t i = 0; i < m.coverage.size(); ++i) {
            m_byPrefix[m_keys[i]].push_back(&m.coverage[i]);
            if (std::find(m_lengths.begin(), m_lengths.end(), m_keys[i].size()) == m_lengths.end())
                m_lengths.push_back(m_keys[i].size());
        }
        std::sort(m_lengths.rbegin(), m_lengths.rend());
    }

    using RuleList = std::vector<const CoverageRule*>;

    // Appends the rule lists whose prefix matches one of `codes` (HS codes with
    // dots removed), longest prefix first; for equal lengths the earlier code first.
    void candidates(const std::vector<std::string>& codes, std::vector<const RuleList*>& out) const
    {
        for (size_t len : m_lengths)
            for (const auto& code : codes) {
                if (len > code.size())
                    continue;
                const auto it = m_byPrefix.find(std::string_view(code).substr(0, len));
                if (it != m_byPrefix.end())
                    out.push_back(&it->second);
            }
    }

    // The share from the first candidate list (longest prefix) with a rule whose
    // dates hold the day; within a list later rules win.
    static double share(const RuleList* const* first, const RuleList* const* last, Date day)
    {
        for (; first != last; ++first) {
            const CoverageRule* hit = nullptr;
            for (const CoverageRule* r : **first)
                if ((!r->from || day >= *r->from) && (!r->to || day < *r->to))
                    hit = r;
            if (hit)
                return hit->share;
        }
        return 0.0;
    }

private:
    std::vector<std::string> m_keys; // owns the strings the map's views point into
    std::unordered_map<std::string_view, std::vector<const CoverageRule*>> m_byPrefix;
    std::vector<size_t> m_lengths;   // distinct key lengths, longest first
};

} // namespace

TariffSchedule::TariffSchedule(const Dataset& ds, const Scenario& sc, int baseYear)
    : m_baseYear(baseYear == 0 ? ds.defaultBaseYear : baseYear)
{
    detail::clearUpperVectorState();
    compile(ds, sc, Direction::UsOnChina);
    compile(ds, sc, Direction::ChinaOnUs);
}

void TariffSchedule::compile(const Dataset& ds, const Scenario& sc, Direction d)
{
    DirectionData& dd = m_dirs[d == Direction::UsOnChina ? 0 : 1];
    dd.sectors = ds.sectorsOf(flowOf(d));
    const size_t S = dd.sectors.size();
    double total = 0.0;
    for (const Sector* s : dd.sectors) {
        const auto it = s->valueUsdBn.find(m_baseYear);
        if (it == s->valueUsdBn.end())
            throw std::invalid_argument("no " + std::to_string(m_baseYear) + " value for sector " + s->id);
        total += it->second;
    }
    dd.weights.clear();
    for (const Sector* s : dd.sectors)
        dd.weights.push_back(total > 0 ? s->valueUsdBn.at(m_baseYear) / total : 0.0);

    std::vector<const Measure*> measures;
    for (const auto& m : ds.measures)
        if (m.direction == d)
            measures.push_back(&m);
    const size_t M = measures.size();

    const std::set<std::string> dropped(sc.dropSteps.begin(), sc.dropSteps.end());
    const std::vector<Truce>& allTruces = sc.effectiveTruces(ds);
    dd.truces.clear();

    // Change dates: every step, override, truce boundary and coverage boundary.
    std::set<Date> breaks{kOrigin};
    std::set<Date> coverageBreaks{kOrigin};
    const auto frozen = [&](Date day) { return sc.freezeAfter && day > *sc.freezeAfter; };

    dd.layers.clear();
    dd.measures.clear();
    for (const Measure* m : measures) {
        MeasurePath p;
        p.id = m->id;
        const auto layerIt = std::find(dd.layers.begin(), dd.layers.end(), m->layer);
        p.layer = static_cast<size_t>(layerIt - dd.layers.begin());
        if (layerIt == dd.layers.end())
            dd.layers.push_back(m->layer);

        for (const auto& step : m->steps)
            if (!dropped.count(step.id) && !frozen(step.date))
                p.statutory.emplace_back(step.date, step.ratePct);
        std::optional<Date> overrideFrom;
        for (const auto& o : sc.overrides) {
            if (o.measureId != m->id)
                continue;
            std::erase_if(p.statutory, [&](const auto& st) { return st.first >= o.from; });
            p.statutory.emplace_back(o.from, o.ratePct);
            overrideFrom = overrideFrom ? std::min(*overrideFrom, o.from) : o.from;
        }
        std::stable_sort(p.statutory.begin(), p.statutory.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });

        // Truce suspensions on this measure, as (from, to, points).
        std::vector<std::tuple<Date, Date, double>> suspensions;
        for (const auto& t : allTruces) {
            if (t.measureId != m->id || frozen(t.start))
                continue;
            Date end = t.end();
            if (overrideFrom)
                end = std::min(end, *overrideFrom);
            if (end > t.start)
                suspensions.emplace_back(t.start, end, t.suspendedPct);
            dd.truces.push_back(t);
        }
        std::set<Date> local;
        for (const auto& st : p.statutory)
            local.insert(st.first);
        for (const auto& [a, b, pts] : suspensions) {
            local.insert(a);
            local.insert(b);
        }
        for (Date day : local) {
            double r = rateOn(p.statutory, day);
            for (const auto& [a, b, pts] : suspensions)
                if (day >= a && day < b)
                    r -= pts;
            p.charged.emplace_back(day, std::max(0.0, r));
            breaks.insert(day);
        }
        for (const auto& rule : m->coverage) {
            if (rule.from && !frozen(*rule.from))
                coverageBreaks.insert(*rule.from);
            if (rule.to && !frozen(*rule.to))
                coverageBreaks.insert(*rule.to);
        }
        dd.measures.push_back(std::move(p));
    }
    breaks.insert(coverageBreaks.begin(), coverageBreaks.end());

    // Which measures are yielded to, and by whom.
    std::vector<std::vector<size_t>> yields(M);
    for (size_t i = 0; i < M; ++i)
        for (const auto& y : measures[i]->yieldsTo)
            for (size_t k = 0; k < M; ++k)
                if (measures[k]->id == y)
                    yields[i].push_back(k);

    std::vector<std::vector<std::string>> codes(S);
    for (size_t s = 0; s < S; ++s)
        for (const auto& code : dd.sectors[s]->hs)
            codes[s].push_back(stripDots(code));
    std::vector<CoverageIndex> indexes;
    indexes.reserve(M);
    for (const Measure* m : measures)
        indexes.emplace_back(*m);
    // The rules that can apply to each (measure, sector), found once: the coverage
    // of every interval is then a scan of a few rules, with no lookups.
    std::vector<const CoverageIndex::RuleList*> matches;
    std::vector<size_t> matchStart(M * S + 1, 0);
    matches.reserve(M * S * 2);
    for (size_t m = 0; m < M; ++m)
        for (size_t s = 0; s < S; ++s) {
            matchStart[m * S + s] = matches.size();
            indexes[m].candidates(codes[s], matches);
        }
    matchStart[M * S] = matches.size();
    // Raw coverage per coverage interval (computed lazily per distinct interval).
    const std::vector<Date> covStarts(coverageBreaks.begin(), coverageBreaks.end());
    std::map<size_t, std::vector<double>> rawCoverage;
    auto raw = [&](size_t interval) -> const std::vector<double>& {
        auto it = rawCoverage.find(interval);
        if (it != rawCoverage.end())
            return it->second;
        Date day = covStarts[interval];
        if (sc.freezeAfter && day > *sc.freezeAfter)
            day = *sc.freezeAfter;
        std::vector<double> c(M * S);
        for (size_t m = 0; m < M; ++m)
            for (size_t s = 0; s < S; ++s)
                c[m * S + s] = CoverageIndex::share(matches.data() + matchStart[m * S + s],
                                                    matches.data() + matchStart[m * S + s + 1], day);
        return rawCoverage.emplace(interval, std::move(c)).first->second;
    };

    dd.segments.clear();
    dd.epochs.clear();
    dd.weighted.clear();
    std::map<std::pair<size_t, std::vector<bool>>, size_t> epochIndex;
    for (Date start : breaks) {
        Segment seg;
        seg.start = start;
        seg.rates.resize(M);
        std::vector<bool> active(M);
        for (size_t m = 0; m < M; ++m) {
            seg.rates[m] = rateOn(dd.measures[m].charged, start) / 100.0;
            active[m] = seg.rates[m] > 0.0;
        }
        const size_t interval = static_cast<size_t>(
            std::upper_bound(covStarts.begin(), covStarts.end(), start) - covStarts.begin() - 1);
        // Only the activity of measures that others yield to changes coverage.
        std::vector<bool> key(M, false);
        for (size_t m = 0; m < M; ++m)
            for (size_t k : yields[m])
                key[k] = active[k];
        const auto found = epochIndex.find({interval, key});
        if (found != epochIndex.end()) {
            seg.epoch = found->second;
        } else {
            const std::vector<double>& c = raw(interval);
            std::vector<double> eff = c;
            for (size_t m = 0; m < M; ++m)
                for (size_t k : yields[m])
                    if (key[k])
                        for (size_t s = 0; s < S; ++s)
                            eff[m * S + s] *= 1.0 - c[k * S + s];
            std::vector<double> w(M, 0.0);
            for (size_t m = 0; m < M; ++m)
                for (size_t s = 0; s < S; ++s)
                    w[m] += dd.weights[s] * eff[m * S + s];
            seg.epoch = dd.epochs.size();
            dd.epochs.push_back(std::move(eff));
            dd.weighted.push_back(std::move(w));
            epochIndex.emplace(std::make_pair(interval, key), seg.epoch);
        }
        dd.segments.push_back(std::move(seg));
    }
}

const TariffSchedule::Segment& TariffSchedule::segmentAt(const DirectionData& dd, Date day) const
{
    auto it = std::upper_bound(dd.segments.begin(), dd.segments.end(), day,
                               [](Date d, const Segment& s) { return d < s.start; });
    if (it == dd.segments.begin())
        return dd.segments.front();
    return *std::prev(it);
}

double TariffSchedule::sectorRatePct(Direction d, size_t index, Date day) const
{
    const DirectionData& dd = dir(d);
    const Segment& seg = segmentAt(dd, day);
    const auto& cov = dd.epochs[seg.epoch];
    const size_t S = dd.sectors.size();
    double r = 0.0;
    for (size_t m = 0; m < seg.rates.size(); ++m)
        r += seg.rates[m] * cov[m * S + index];
    return r * 100.0;
}

double TariffSchedule::averageRatePct(Direction d, Date day) const
{
    const DirectionData& dd = dir(d);
    const Segment& seg = segmentAt(dd, day);
    const auto& w = dd.weighted[seg.epoch];
    double r = 0.0;
    for (size_t m = 0; m < seg.rates.size(); ++m)
        r += seg.rates[m] * w[m];
    return r * 100.0;
}

std::vector<LayerShare> TariffSchedule::layerBreakdown(Direction d, Date day) const
{
    const DirectionData& dd = dir(d);
    const Segment& seg = segmentAt(dd, day);
    const auto& w = dd.weighted[seg.epoch];
    std::vector<LayerShare> out;
    for (const auto& name : dd.layers)
        out.push_back({name, 0.0});
    for (size_t m = 0; m < seg.rates.size(); ++m)
        out[dd.measures[m].layer].pct += seg.rates[m] * w[m] * 100.0;
    return out;
}

const TariffSchedule::MeasurePath* TariffSchedule::findMeasure(const std::string& id, const DirectionData** owner) const
{
    for (const auto& dd : m_dirs)
        for (const auto& m : dd.measures)
            if (m.id == id) {
                if (owner)
                    *owner = &dd;
                return &m;
            }
    throw std::invalid_argument("unknown measure '" + id + "'");
}

double TariffSchedule::measureRatePct(const std::string& measureId, Date day) const
{
    return rateOn(findMeasure(measureId, nullptr)->charged, day);
}

double TariffSchedule::statutoryRatePct(const std::string& measureId, Date day) const
{
    return rateOn(findMeasure(measureId, nullptr)->statutory, day);
}

std::vector<double> TariffSchedule::monthlySectorRatesPct(Direction d, YearMonth first, int count) const
{
    detail::clearUpperVectorState();
    const DirectionData& dd = dir(d);
    const size_t S = dd.sectors.size();
    const size_t M = dd.measures.size();
    std::vector<double> out(static_cast<size_t>(std::max(count, 0)) * S, 0.0);
    // Per month: the day-weighted rate vector of each coverage epoch touched, then
    // one pass over the sectors per epoch.
    std::vector<double> acc;
    std::vector<size_t> touched;
    auto it = std::upper_bound(dd.segments.begin(), dd.segments.end(), first.firstDay(),
                               [](Date day, const Segment& s) { return day < s.start; });
    if (it != dd.segments.begin())
        --it;
    for (int k = 0; k < count; ++k) {
        const YearMonth ym = first.addMonths(k);
        const Date a = ym.firstDay();
        const Date b = ym.addMonths(1).firstDay();
        const double days = static_cast<double>(b.daysSince(a));
        touched.clear();
        while (std::next(it) != dd.segments.end() && std::next(it)->start <= a)
            ++it;
        for (auto seg = it; seg != dd.segments.end() && seg->start < b; ++seg) {
            const Date from = std::max(a, seg->start);
            const Date to = std::next(seg) == dd.segments.end() ? b : std::min(b, std::next(seg)->start);
            const double frac = static_cast<double>(to.daysSince(from)) / days;
            if (frac <= 0)
                continue;
            size_t slot = std::find(touched.begin(), touched.end(), seg->epoch) - touched.begin();
            if (slot == touched.size()) {
                touched.push_back(seg->epoch);
                acc.resize(touched.size() * M);
                std::fill(acc.begin() + static_cast<long>(slot * M), acc.begin() + static_cast<long>((slot + 1) * M), 0.0);
            }
            for (size_t m = 0; m < M; ++m)
                acc[slot * M + m] += frac * seg->rates[m];
        }
        double* row = out.data() + static_cast<size_t>(k) * S;
        for (size_t slot = 0; slot < touched.size(); ++slot) {
            const auto& cov = dd.epochs[touched[slot]];
            for (size_t m = 0; m < M; ++m) {
                const double r = acc[slot * M + m] * 100.0;
                if (r == 0.0)
                    continue;
                const double* c = cov.data() + m * S;
                for (size_t s = 0; s < S; ++s)
                    row[s] += r * c[s];
            }
        }
    }
    return out;
}

double TariffSchedule::monthlyAverageRatePct(Direction d, YearMonth month) const
{
    const Date a = month.firstDay();
    const int days = month.dayCount();
    double sum = 0.0;
    for (int i = 0; i < days; ++i)
        sum += averageRatePct(d, a.addDays(i));
    return sum / days;
}

std::vector<double> TariffSchedule::coverageShares(const std::string& measureId, Date day) const
{
    const DirectionData* dd = nullptr;
    const MeasurePath* path = findMeasure(measureId, &dd);
    const size_t m = static_cast<size_t>(path - dd->measures.data());
    const size_t S = dd->sectors.size();
    const auto& cov = dd->epochs[segmentAt(*dd, day).epoch];
    return std::vector<double>(cov.begin() + static_cast<long>(m * S), cov.begin() + static_cast<long>((m + 1) * S));
}

std::vector<Date> TariffSchedule::changeDates(Direction d) const
{
    std::vector<Date> out;
    out.reserve(dir(d).segments.size());
    for (const auto& seg : dir(d).segments)
        out.push_back(seg.start);
    return out;
}

TruceStatus TariffSchedule::truceStatus(Direction d, Date day) const
{
    TruceStatus best;
    for (const auto& t : dir(d).truces) {
        const Date finalEnd = t.end();
        if (day < t.start || day >= finalEnd || statutoryRatePct(t.measureId, day) <= 0.0)
            continue;
        Date known = t.originalEnd();
        bool assumed = false;
        for (const auto& x : t.extensions)
            if ((!x.decided || *x.decided <= day) && x.end > known) {
                known = x.end;
                assumed = x.assumption;
            }
        // An extension decided after the day cannot leave the day outside the truce.
        if (known <= day) {
            known = finalEnd;
            assumed = !t.extensions.empty() && t.extensions.back().assumption;
        }
        if (!best.running || known > best.end) {
            best.running = true;
            best.truceId = t.id;
            best.measureId = t.measureId;
            best.suspendedPct = t.suspendedPct;
            best.end = known;
            best.finalEnd = finalEnd;
            best.endAssumed = assumed;
            best.daysLeft = known.daysSince(day);
        }
    }
    return best;
}

} // namespace tariffsim::core
