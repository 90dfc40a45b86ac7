#include "schedule.h"

#include "cpustate.h"

#include <algorithm>
#include <climits>
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

struct CoverageModel::Direction_ {
    std::vector<const Measure*> measures; ///< of this direction, in dataset order
    std::vector<CoverageIndex> indexes;   ///< one per measure
    size_t sectorCount = 0;
    std::vector<size_t> classSector;      ///< class -> index of its sector in sectorsOf(flow)
    std::vector<double> classShare;       ///< class -> share of its sector's value
    std::vector<Date> intervals;          ///< starts of the coverage intervals; the first is kOrigin
    std::vector<double> raw;              ///< raw[(i * M + m) * C + c]: share of class c covered by m in interval i

    size_t classCount() const { return classSector.size(); }
    size_t intervalOf(Date day) const
    {
        return static_cast<size_t>(std::upper_bound(intervals.begin(), intervals.end(), day) - intervals.begin() - 1);
    }
};

namespace {

// The rules that can apply to a product, as a key: products with equal keys are
// covered alike by every measure on every day, and are merged into one class.
void appendRuleKey(std::string& key, const CoverageIndex::RuleList& rules)
{
    for (const CoverageRule* r : rules) {
        const double share = r->share;
        const int from = r->from ? r->from->daysSinceEpoch() : INT_MIN;
        const int to = r->to ? r->to->daysSinceEpoch() : INT_MAX;
        key.append(reinterpret_cast<const char*>(&share), sizeof share);
        key.append(reinterpret_cast<const char*>(&from), sizeof from);
        key.append(reinterpret_cast<const char*>(&to), sizeof to);
    }
    key += '|';
}

} // namespace

CoverageModel::CoverageModel(const Dataset& ds)
    : m_ds(&ds)
{
    for (Direction d : {Direction::UsOnChina, Direction::ChinaOnUs}) {
        auto cm = std::make_unique<Direction_>();
        for (const auto& m : ds.measures)
            if (m.direction == d)
                cm->measures.push_back(&m);
        const size_t M = cm->measures.size();
        cm->indexes.reserve(M);
        for (const Measure* m : cm->measures)
            cm->indexes.emplace_back(*m);

        std::set<Date> starts{kOrigin};
        for (const Measure* m : cm->measures)
            for (const auto& rule : m->coverage) {
                if (rule.from)
                    starts.insert(*rule.from);
                if (rule.to)
                    starts.insert(*rule.to);
            }
        cm->intervals.assign(starts.begin(), starts.end());

        // Classes: the products of each sector, merged where every measure's
        // candidate rules agree. `first` keeps each class's rule lists.
        const std::vector<const Sector*> sectors = ds.sectorsOf(flowOf(d));
        cm->sectorCount = sectors.size();
        std::vector<const CoverageIndex::RuleList*> lists;  // per class: its rule lists for every measure
        std::vector<size_t> listStart{0};                   // per (class, measure): start in `lists`
        std::vector<const CoverageIndex::RuleList*> found;
        std::vector<size_t> foundStart(M + 1);
        std::string key;
        for (size_t s = 0; s < sectors.size(); ++s) {
            std::vector<std::pair<std::vector<std::string>, double>> units;
            if (sectors[s]->products.empty()) {
                std::vector<std::string> codes;
                for (const auto& code : sectors[s]->hs)
                    codes.push_back(stripDots(code));
                units.emplace_back(std::move(codes), 1.0);
            } else {
                for (const auto& p : sectors[s]->products)
                    units.emplace_back(std::vector<std::string>{stripDots(p.hs)}, p.share);
            }
            std::unordered_map<std::string, size_t> classOf;
            for (const auto& [codes, share] : units) {
                found.clear();
                key.clear();
                for (size_t m = 0; m < M; ++m) {
                    foundStart[m] = found.size();
                    cm->indexes[m].candidates(codes, found);
                    for (size_t k = foundStart[m]; k < found.size(); ++k)
                        appendRuleKey(key, *found[k]);
                    key += '#';
                }
                foundStart[M] = found.size();
                const auto [it, added] = classOf.emplace(key, cm->classSector.size());
                if (!added) {
                    cm->classShare[it->second] += share;
                    continue;
                }
                cm->classSector.push_back(s);
                cm->classShare.push_back(share);
                for (size_t m = 0; m < M; ++m) {
                    lists.insert(lists.end(), found.begin() + static_cast<long>(foundStart[m]),
                                 found.begin() + static_cast<long>(foundStart[m + 1]));
                    listStart.push_back(lists.size());
                }
            }
        }

        const size_t C = cm->classCount();
        const size_t I = cm->intervals.size();
        cm->raw.assign(I * M * C, 0.0);
        for (size_t i = 0; i < I; ++i)
            for (size_t m = 0; m < M; ++m)
                for (size_t c = 0; c < C; ++c) {
                    const size_t at = c * M + m;
                    cm->raw[(i * M + m) * C + c] = CoverageIndex::share(lists.data() + listStart[at],
                                                                        lists.data() + listStart[at + 1],
                                                                        cm->intervals[i]);
                }
        m_dirs[d == Direction::UsOnChina ? 0 : 1] = std::move(cm);
    }
}

CoverageModel::~CoverageModel() = default;

size_t CoverageModel::classCount(Direction d) const { return m_dirs[d == Direction::UsOnChina ? 0 : 1]->classCount(); }

TariffSchedule::TariffSchedule(const Dataset& ds, const Scenario& sc, int baseYear,
                               std::shared_ptr<const CoverageModel> coverage)
    : m_baseYear(baseYear == 0 ? ds.defaultBaseYear : baseYear)
    , m_coverage(std::move(coverage))
{
    if (m_coverage && &m_coverage->dataset() != &ds)
        throw std::invalid_argument("TariffSchedule: the coverage model belongs to another dataset");
    if (!m_coverage)
        m_coverage = std::make_shared<const CoverageModel>(ds);
    detail::clearUpperVectorState();
    compile(ds, sc, Direction::UsOnChina, *m_coverage);
    compile(ds, sc, Direction::ChinaOnUs, *m_coverage);
}

void TariffSchedule::compile(const Dataset& ds, const Scenario& sc, Direction d, const CoverageModel& coverage)
{
    const CoverageModel::Direction_& cm = *coverage.m_dirs[d == Direction::UsOnChina ? 0 : 1];
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

    const std::vector<const Measure*>& measures = cm.measures;
    const size_t M = measures.size();

    const std::set<std::string> dropped(sc.dropSteps.begin(), sc.dropSteps.end());
    const std::vector<Truce>& allTruces = sc.effectiveTruces(ds);
    dd.truces.clear();

    // Change dates: every step, override, truce boundary and coverage boundary.
    std::set<Date> breaks{kOrigin};
    const auto frozen = [&](Date day) { return sc.freezeAfter && day > *sc.freezeAfter; };
    for (Date start : cm.intervals)
        if (!frozen(start))
            breaks.insert(start);

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
        dd.measures.push_back(std::move(p));
    }

    // Which measures are yielded to, and by whom.
    std::vector<std::vector<size_t>> yields(M);
    for (size_t i = 0; i < M; ++i)
        for (const auto& y : measures[i]->yieldsTo)
            for (size_t k = 0; k < M; ++k)
                if (measures[k]->id == y)
                    yields[i].push_back(k);

    const size_t C = cm.classCount();
    dd.segments.clear();
    dd.epochs.clear();
    dd.weighted.clear();
    std::map<std::pair<size_t, std::vector<double>>, size_t> epochIndex;
    std::vector<double> eff;
    for (Date start : breaks) {
        Segment seg;
        seg.start = start;
        seg.rates.resize(M);
        // How far each measure holds its coverage against those that yield to it:
        // fully while it charges a duty; an exemption by its rate (percent exempted).
        std::vector<double> level(M);
        for (size_t m = 0; m < M; ++m) {
            const double r = rateOn(dd.measures[m].charged, start) / 100.0;
            if (measures[m]->exemption) {
                seg.rates[m] = 0.0;
                level[m] = std::clamp(r, 0.0, 1.0);
            } else {
                seg.rates[m] = r;
                level[m] = r > 0.0 ? 1.0 : 0.0;
            }
        }
        // Coverage of a frozen day is the coverage of the freeze day.
        const size_t interval = cm.intervalOf(frozen(start) ? *sc.freezeAfter : start);
        // Only the levels of measures that others yield to change coverage.
        std::vector<double> key(M, 0.0);
        for (size_t m = 0; m < M; ++m)
            for (size_t k : yields[m])
                key[k] = level[k];
        const auto found = epochIndex.find({interval, key});
        if (found != epochIndex.end()) {
            seg.epoch = found->second;
        } else {
            // Product by product: a measure is not charged on the share held by a
            // measure it yields to; then each sector sums its products by value.
            const double* raw = cm.raw.data() + interval * M * C;
            std::vector<double> sectorCov(M * S, 0.0);
            eff.resize(C);
            for (size_t m = 0; m < M; ++m) {
                const double* own = raw + m * C;
                std::copy(own, own + C, eff.begin());
                for (size_t k : yields[m])
                    if (key[k] > 0.0) {
                        const double* other = raw + k * C;
                        for (size_t c = 0; c < C; ++c)
                            eff[c] *= 1.0 - other[c] * key[k];
                    }
                double* out = sectorCov.data() + m * S;
                for (size_t c = 0; c < C; ++c)
                    out[cm.classSector[c]] += cm.classShare[c] * eff[c];
            }
            std::vector<double> w(M, 0.0);
            for (size_t m = 0; m < M; ++m)
                for (size_t s = 0; s < S; ++s)
                    w[m] += dd.weights[s] * sectorCov[m * S + s];
            seg.epoch = dd.epochs.size();
            dd.epochs.push_back(std::move(sectorCov));
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
            best.recordedEnd = t.recordedEnd();
            best.pastRecord = day >= best.recordedEnd;
        }
    }
    return best;
}

} // namespace tariffsim::core
