#include "schedule.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
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
    out.reserve(code.size());
    for (char c : code)
        if (c != '.')
            out += c;
    return out;
}

// The coverage rules of every measure of a direction, indexed by HS prefix (dots
// removed, "*" as ""): one lookup per prefix finds the rules of every measure.
// A measure's rules under one prefix form a list; lists with the same rules get
// the same id, so that products matched through different prefixes by identical
// rules fall into one class.
class PrefixIndex {
public:
    explicit PrefixIndex(const std::vector<const Measure*>& measures)
        : m_measureCount(measures.size())
    {
        std::unordered_map<std::string, int> idOf; // a list's rules as bytes -> id
        std::string bytes;
        for (size_t m = 0; m < measures.size(); ++m) {
            // This measure's lists, by prefix, in the order the prefixes first appear.
            std::vector<std::string> prefixes;
            std::vector<RuleList> lists;
            std::unordered_map<std::string, size_t> listOf;
            for (const auto& rule : measures[m]->coverage) {
                std::string key = rule.hs == "*" ? std::string() : stripDots(rule.hs);
                const auto [it, added] = listOf.try_emplace(key, lists.size());
                if (added) {
                    prefixes.push_back(std::move(key));
                    lists.emplace_back();
                }
                lists[it->second].push_back(&rule);
            }
            for (size_t i = 0; i < lists.size(); ++i) {
                bytes.clear();
                for (const CoverageRule* r : lists[i]) {
                    const double share = r->share;
                    const int from = r->from ? r->from->daysSinceEpoch() : INT_MIN;
                    const int to = r->to ? r->to->daysSinceEpoch() : INT_MAX;
                    bytes.append(reinterpret_cast<const char*>(&share), sizeof share);
                    bytes.append(reinterpret_cast<const char*>(&from), sizeof from);
                    bytes.append(reinterpret_cast<const char*>(&to), sizeof to);
                }
                const auto [idIt, newId] = idOf.try_emplace(bytes, static_cast<int>(m_contents.size()));
                if (newId)
                    m_contents.push_back(std::move(lists[i]));
                const auto [entryIt, newEntry] = m_entryOf.try_emplace(prefixes[i], m_entryOf.size());
                if (newEntry) {
                    m_lists.resize(m_lists.size() + m_measureCount, -1);
                    if (std::find(m_lengths.begin(), m_lengths.end(), prefixes[i].size()) == m_lengths.end())
                        m_lengths.push_back(prefixes[i].size());
                }
                m_lists[entryIt->second * m_measureCount + m] = idIt->second;
            }
        }
        std::sort(m_lengths.rbegin(), m_lengths.rend());
    }

    using RuleList = std::vector<const CoverageRule*>;

    size_t entryCount() const { return m_entryOf.size(); }

    // The entries (prefixes) that match a product known by `codes` (HS codes
    // without dots): longest prefix first, for equal lengths the earlier code first.
    void hits(const std::vector<std::string>& codes, std::vector<size_t>& out) const
    {
        out.clear();
        for (size_t len : m_lengths)
            for (const auto& code : codes) {
                if (len > code.size())
                    continue;
                m_prefix.assign(code, 0, len);
                const auto it = m_entryOf.find(m_prefix);
                if (it != m_entryOf.end())
                    out.push_back(it->second);
            }
    }

    // The candidate lists of those entries: for each measure the ids of its lists
    // in the order of the entries, then -1.
    void candidates(const std::vector<size_t>& entries, std::vector<int>& out) const
    {
        out.clear();
        for (size_t m = 0; m < m_measureCount; ++m) {
            for (size_t entry : entries) {
                const int id = m_lists[entry * m_measureCount + m];
                if (id >= 0)
                    out.push_back(id);
            }
            out.push_back(-1);
        }
    }

    // The share from the first candidate list (longest prefix) with a rule whose
    // dates hold the day; within a list later rules win.
    double share(const int* first, const int* last, Date day) const
    {
        for (; first != last; ++first) {
            const CoverageRule* hit = nullptr;
            for (const CoverageRule* r : m_contents[static_cast<size_t>(*first)])
                if ((!r->from || day >= *r->from) && (!r->to || day < *r->to))
                    hit = r;
            if (hit)
                return hit->share;
        }
        return 0.0;
    }

private:
    size_t m_measureCount = 0;
    std::vector<RuleList> m_contents;                  // list id -> its rules
    std::unordered_map<std::string, size_t> m_entryOf; // prefix -> entry
    std::vector<int> m_lists;                          // m_lists[entry * M + m]: list id or -1
    std::vector<size_t> m_lengths;                     // distinct prefix lengths, longest first
    mutable std::string m_prefix;                      // scratch for hits()
};

template <typename T>
void appendBytes(std::string& out, const T& value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

} // namespace

struct CoverageModel::Direction_ {
    std::vector<const Measure*> measures; ///< of this direction, in dataset order
    std::vector<const Sector*> sectors;   ///< sectorsOf(flow)
    std::vector<Date> intervals;          ///< starts of the coverage intervals; the first is kOrigin
    size_t classCount = 0;
    std::vector<double> raw;              ///< raw[(i * M + m) * C + c]: share of class c covered by m in interval i
    std::vector<size_t> profileOf;        ///< per sector of sectorsOf(flow)
    /// Profile p is made of classes profileClass[j] with shares profileShare[j]
    /// (of the sector's value) for j in [profileStart[p], profileStart[p + 1]).
    std::vector<size_t> profileStart{0};
    std::vector<size_t> profileClass;
    std::vector<double> profileShare;

    size_t profileCount() const { return profileStart.size() - 1; }
    size_t intervalOf(Date day) const
    {
        return static_cast<size_t>(std::upper_bound(intervals.begin(), intervals.end(), day) - intervals.begin() - 1);
    }
};

CoverageModel::CoverageModel(const Dataset& ds)
    : CoverageModel(ds, {})
{
}

CoverageModel::CoverageModel(const Dataset& ds, std::vector<Measure> scenarioMeasures)
    : m_ds(&ds)
    , m_extra(std::move(scenarioMeasures))
{
    for (Direction d : {Direction::UsOnChina, Direction::ChinaOnUs}) {
        auto cm = std::make_unique<Direction_>();
        for (const auto& m : ds.measures)
            if (m.direction == d)
                cm->measures.push_back(&m);
        for (const auto& m : m_extra)
            if (m.direction == d)
                cm->measures.push_back(&m);
        const size_t M = cm->measures.size();
        const PrefixIndex index(cm->measures);

        std::set<Date> starts{kOrigin};
        for (const Measure* m : cm->measures)
            for (const auto& rule : m->coverage) {
                if (rule.from)
                    starts.insert(*rule.from);
                if (rule.to)
                    starts.insert(*rule.to);
            }
        cm->intervals.assign(starts.begin(), starts.end());

        // Classes: products (or whole sectors without products) whose candidate
        // lists agree for every measure. classLists keeps each class's lists.
        // Products matching the same prefixes are in the same class, so the class
        // of a set of matching prefixes is remembered (directly for one prefix).
        std::unordered_map<std::string, size_t> classOf;
        std::vector<int> classLists;
        std::vector<size_t> classStart{0};
        std::vector<long> classOfEntry(index.entryCount(), -1);
        std::unordered_map<std::string, size_t> classOfHits;
        // Profiles: sectors with the same classes in the same shares (directly
        // for sectors wholly of one class).
        std::unordered_map<std::string, size_t> profileIndex;
        std::vector<long> wholeProfileOf;
        std::vector<size_t> hits;
        std::vector<int> found;
        std::string key;
        std::vector<std::string> codes;
        std::vector<std::pair<size_t, double>> parts; // a sector's (class, share), in order of first appearance
        const auto classOfCodes = [&]() -> size_t {
            index.hits(codes, hits);
            long* memo = nullptr;
            if (hits.size() == 1) {
                memo = &classOfEntry[hits[0]];
                if (*memo >= 0)
                    return static_cast<size_t>(*memo);
            } else {
                key.assign(reinterpret_cast<const char*>(hits.data()), hits.size() * sizeof(size_t));
                const auto it = classOfHits.find(key);
                if (it != classOfHits.end())
                    return it->second;
            }
            index.candidates(hits, found);
            std::string lists(reinterpret_cast<const char*>(found.data()), found.size() * sizeof(int));
            const auto [it, added] = classOf.try_emplace(std::move(lists), classStart.size() - 1);
            if (added) {
                classLists.insert(classLists.end(), found.begin(), found.end());
                classStart.push_back(classLists.size());
            }
            if (memo)
                *memo = static_cast<long>(it->second);
            else
                classOfHits.emplace(key, it->second);
            return it->second;
        };
        cm->sectors = ds.sectorsOf(flowOf(d));
        const std::vector<const Sector*>& sectors = cm->sectors;
        cm->profileOf.resize(sectors.size());
        for (size_t s = 0; s < sectors.size(); ++s) {
            parts.clear();
            const auto addUnit = [&](double share) {
                const size_t c = classOfCodes();
                for (auto& part : parts)
                    if (part.first == c) {
                        part.second += share;
                        return;
                    }
                parts.emplace_back(c, share);
            };
            if (sectors[s]->products.empty()) {
                codes.clear();
                for (const auto& code : sectors[s]->hs)
                    codes.push_back(stripDots(code));
                addUnit(1.0);
            } else {
                codes.resize(1);
                for (const auto& p : sectors[s]->products) {
                    codes[0] = stripDots(p.hs);
                    addUnit(p.share);
                }
            }
            const auto newProfile = [&] {
                for (const auto& [c, share] : parts) {
                    cm->profileClass.push_back(c);
                    cm->profileShare.push_back(share);
                }
                cm->profileStart.push_back(cm->profileClass.size());
                return cm->profileCount() - 1;
            };
            if (parts.size() == 1 && parts[0].second == 1.0) {
                const size_t c = parts[0].first;
                if (wholeProfileOf.size() <= c)
                    wholeProfileOf.resize(c + 1, -1);
                if (wholeProfileOf[c] < 0)
                    wholeProfileOf[c] = static_cast<long>(newProfile());
                cm->profileOf[s] = static_cast<size_t>(wholeProfileOf[c]);
                continue;
            }
            key.clear();
            for (const auto& [c, share] : parts) {
                appendBytes(key, c);
                appendBytes(key, share);
            }
            const auto it = profileIndex.find(key);
            cm->profileOf[s] = it != profileIndex.end() ? it->second : profileIndex.emplace(key, newProfile()).first->second;
        }

        const size_t C = classStart.size() - 1;
        const size_t I = cm->intervals.size();
        cm->classCount = C;
        cm->raw.assign(I * M * C, 0.0);
        for (size_t c = 0; c < C; ++c) {
            // The lists of measure m run up to the m-th -1 of the class's lists.
            const int* at = classLists.data() + classStart[c];
            for (size_t m = 0; m < M; ++m) {
                const int* end = at;
                while (*end >= 0)
                    ++end;
                for (size_t i = 0; i < I; ++i)
                    cm->raw[(i * M + m) * C + c] = index.share(at, end, cm->intervals[i]);
                at = end + 1;
            }
        }
        m_dirs[d == Direction::UsOnChina ? 0 : 1] = std::move(cm);
    }
}

CoverageModel::~CoverageModel() = default;

const Measure* CoverageModel::measure(std::string_view id) const
{
    if (const Measure* m = m_ds->measure(id))
        return m;
    for (const auto& m : m_extra)
        if (m.id == id)
            return &m;
    return nullptr;
}

size_t CoverageModel::classCount(Direction d) const { return dir(d).classCount; }
size_t CoverageModel::profileCount(Direction d) const { return dir(d).profileCount(); }
const std::vector<size_t>& CoverageModel::profileOf(Direction d) const { return dir(d).profileOf; }

namespace {

// The rate path of one measure after dropped steps, the freeze, overrides and
// truce suspensions: the statutory steps and the charged rate from each day on
// which either may change.
template <typename Frozen>
void buildPath(const Measure& m, const Scenario& sc, const std::set<std::string>& dropped, const Frozen& frozen,
               const std::vector<Truce>& truces, std::vector<std::pair<Date, double>>& statutory,
               std::vector<std::pair<Date, double>>& charged)
{
    statutory.clear();
    charged.clear();
    for (const auto& step : m.steps)
        if (!dropped.count(step.id) && !frozen(step.date))
            statutory.emplace_back(step.date, step.ratePct);
    std::optional<Date> overrideFrom;
    for (const auto& o : sc.overrides) {
        if (o.measureId != m.id)
            continue;
        std::erase_if(statutory, [&](const auto& st) { return st.first >= o.from; });
        statutory.emplace_back(o.from, o.ratePct);
        overrideFrom = overrideFrom ? std::min(*overrideFrom, o.from) : o.from;
    }
    std::stable_sort(statutory.begin(), statutory.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    // Truce suspensions on this measure, as (from, to, points).
    std::vector<std::tuple<Date, Date, double>> suspensions;
    for (const auto& t : truces) {
        if (t.measureId != m.id || frozen(t.start))
            continue;
        Date end = t.end();
        if (overrideFrom)
            end = std::min(end, *overrideFrom);
        if (end > t.start)
            suspensions.emplace_back(t.start, end, t.suspendedPct);
    }
    std::set<Date> local;
    for (const auto& st : statutory)
        local.insert(st.first);
    for (const auto& [a, b, pts] : suspensions) {
        local.insert(a);
        local.insert(b);
    }
    for (Date day : local) {
        double r = rateOn(statutory, day);
        for (const auto& [a, b, pts] : suspensions)
            if (day >= a && day < b)
                r -= pts;
        charged.emplace_back(day, std::max(0.0, r));
    }
}

bool sameOverrides(const Scenario& a, const Scenario& b, const std::string& measureId)
{
    const auto mine = [&](const RateOverride& o) { return o.measureId == measureId; };
    auto ia = std::find_if(a.overrides.begin(), a.overrides.end(), mine);
    auto ib = std::find_if(b.overrides.begin(), b.overrides.end(), mine);
    while (ia != a.overrides.end() && ib != b.overrides.end()) {
        if (!(*ia == *ib))
            return false;
        ia = std::find_if(std::next(ia), a.overrides.end(), mine);
        ib = std::find_if(std::next(ib), b.overrides.end(), mine);
    }
    return ia == a.overrides.end() && ib == b.overrides.end();
}

} // namespace

TariffSchedule::TariffSchedule(const Dataset& ds, const Scenario& sc, int baseYear,
                               std::shared_ptr<const CoverageModel> coverage)
    : m_ds(&ds)
    , m_baseYear(baseYear == 0 ? ds.defaultBaseYear : baseYear)
    , m_scenario(sc)
    , m_coverage(std::move(coverage))
{
    if (m_coverage && &m_coverage->dataset() != &ds)
        throw std::invalid_argument("TariffSchedule: the coverage model belongs to another dataset");
    std::vector<Measure> extra = compileScenarioMeasures(sc.measures, ds);
    if (!m_coverage || m_coverage->scenarioMeasures() != extra)
        m_coverage = std::make_shared<const CoverageModel>(ds, std::move(extra));
    compile(sc, Direction::UsOnChina, nullptr);
    compile(sc, Direction::ChinaOnUs, nullptr);
}

TariffSchedule::TariffSchedule(const TariffSchedule& previous, const Scenario& sc)
    : m_ds(previous.m_ds)
    , m_baseYear(previous.m_baseYear)
    , m_scenario(sc)
    , m_coverage(previous.m_coverage)
{
    const TariffSchedule* reuse = &previous;
    if (sc.measures != previous.m_scenario.measures) {
        // New measures of the scenario: new coverage, nothing to reuse (the
        // measures of a direction are no longer the previous ones).
        m_coverage = std::make_shared<const CoverageModel>(*m_ds, compileScenarioMeasures(sc.measures, *m_ds));
        reuse = nullptr;
    }
    compile(sc, Direction::UsOnChina, reuse);
    compile(sc, Direction::ChinaOnUs, reuse);
}

void TariffSchedule::compile(const Scenario& sc, Direction d, const TariffSchedule* previous)
{
    const Dataset& ds = *m_ds;
    const size_t di = d == Direction::UsOnChina ? 0 : 1;
    const CoverageModel::Direction_& cm = *m_coverage->m_dirs[di];
    DirectionData& dd = m_dirs[di];
    const DirectionData* prev = previous ? &previous->m_dirs[di] : nullptr;
    if (prev) {
        dd.sectors = prev->sectors;
        dd.weights = prev->weights;
        dd.profileWeights = prev->profileWeights;
    } else {
        dd.sectors = cm.sectors;
        dd.weights.clear();
        dd.weights.reserve(dd.sectors.size());
        double total = 0.0;
        for (const Sector* s : dd.sectors) {
            const auto it = s->valueUsdBn.find(m_baseYear);
            if (it == s->valueUsdBn.end())
                throw std::invalid_argument("no " + std::to_string(m_baseYear) + " value for sector " + s->id);
            total += it->second;
            dd.weights.push_back(it->second);
        }
        for (double& w : dd.weights)
            w = total > 0 ? w / total : 0.0;
        dd.profileWeights.assign(cm.profileCount(), 0.0);
        for (size_t s = 0; s < dd.weights.size(); ++s)
            dd.profileWeights[cm.profileOf[s]] += dd.weights[s];
    }
    const size_t P = cm.profileCount();

    const std::vector<const Measure*>& measures = cm.measures;
    const size_t M = measures.size();

    const std::set<std::string> dropped(sc.dropSteps.begin(), sc.dropSteps.end());
    const std::vector<Truce>& allTruces = sc.effectiveTruces(ds);
    const auto frozen = [&](Date day) { return sc.freezeAfter && day > *sc.freezeAfter; };
    // A measure's path depends on the steps left, the freeze, the truces and its
    // own overrides: with the first three unchanged, only measures whose
    // overrides changed are worked out again.
    const bool samePaths = previous && sc.freezeAfter == previous->m_scenario.freezeAfter
        && sc.dropSteps == previous->m_scenario.dropSteps && allTruces == previous->m_scenario.effectiveTruces(ds);

    // Change dates: every step, override, truce boundary and coverage boundary.
    std::set<Date> breaks{kOrigin};
    for (Date start : cm.intervals)
        if (!frozen(start))
            breaks.insert(start);

    dd.layers.clear();
    dd.measures.clear();
    dd.truces.clear();
    for (size_t i = 0; i < M; ++i) {
        const Measure* m = measures[i];
        MeasurePath p;
        p.id = m->id;
        const auto layerIt = std::find(dd.layers.begin(), dd.layers.end(), m->layer);
        p.layer = static_cast<size_t>(layerIt - dd.layers.begin());
        if (layerIt == dd.layers.end())
            dd.layers.push_back(m->layer);
        if (samePaths && sameOverrides(sc, previous->m_scenario, m->id)) {
            p.statutory = prev->measures[i].statutory;
            p.charged = prev->measures[i].charged;
        } else {
            buildPath(*m, sc, dropped, frozen, allTruces, p.statutory, p.charged);
        }
        for (const auto& t : allTruces)
            if (t.measureId == m->id && !frozen(t.start))
                dd.truces.push_back(t);
        for (const auto& [day, pct] : p.charged)
            breaks.insert(day);
        dd.measures.push_back(std::move(p));
    }

    // Which measures are yielded to, and by whom.
    std::vector<std::vector<size_t>> yields(M);
    for (size_t i = 0; i < M; ++i)
        for (const auto& y : measures[i]->yieldsTo)
            for (size_t k = 0; k < M; ++k)
                if (measures[k]->id == y)
                    yields[i].push_back(k);

    // Epochs already worked out, by stacking state: the previous schedule's
    // (valid here: same coverage model and weights) and this one's.
    using EpochKey = std::pair<size_t, std::vector<double>>;
    std::map<EpochKey, std::shared_ptr<const Epoch>> known;
    if (prev)
        for (const auto& e : prev->epochs)
            known.emplace(EpochKey(e->interval, e->levels), e);
    std::map<EpochKey, size_t> epochIndex;

    const size_t C = cm.classCount;
    dd.segments.clear();
    dd.epochs.clear();
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
        EpochKey key(interval, std::vector<double>(M, 0.0));
        for (size_t m = 0; m < M; ++m)
            for (size_t k : yields[m])
                key.second[k] = level[k];
        const auto found = epochIndex.find(key);
        if (found != epochIndex.end()) {
            seg.epoch = found->second;
            dd.segments.push_back(std::move(seg));
            continue;
        }
        seg.epoch = dd.epochs.size();
        const auto reuse = known.find(key);
        if (reuse != known.end()) {
            dd.epochs.push_back(reuse->second);
        } else {
            // Product class by class: a measure is not charged on the share held by
            // a measure it yields to; then each profile sums its classes by value.
            auto e = std::make_shared<Epoch>();
            e->interval = interval;
            e->levels = key.second;
            e->coverage.assign(M * P, 0.0);
            const double* raw = cm.raw.data() + interval * M * C;
            eff.resize(C);
            for (size_t m = 0; m < M; ++m) {
                const double* own = raw + m * C;
                std::copy(own, own + C, eff.begin());
                for (size_t k : yields[m])
                    if (key.second[k] > 0.0) {
                        const double* other = raw + k * C;
                        const double lk = key.second[k];
                        for (size_t c = 0; c < C; ++c)
                            eff[c] *= 1.0 - other[c] * lk;
                    }
                double* out = e->coverage.data() + m * P;
                for (size_t p = 0; p < P; ++p)
                    for (size_t j = cm.profileStart[p]; j < cm.profileStart[p + 1]; ++j)
                        out[p] += cm.profileShare[j] * eff[cm.profileClass[j]];
            }
            e->weighted.assign(M, 0.0);
            for (size_t m = 0; m < M; ++m) {
                const double* cov = e->coverage.data() + m * P;
                double w = 0.0;
                for (size_t p = 0; p < P; ++p)
                    w += dd.profileWeights[p] * cov[p];
                e->weighted[m] = w;
            }
            dd.epochs.push_back(std::move(e));
        }
        epochIndex.emplace(std::move(key), seg.epoch);
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

size_t TariffSchedule::profileCount(Direction d) const { return m_coverage->dir(d).profileCount(); }

const std::vector<size_t>& TariffSchedule::profileOf(Direction d) const { return m_coverage->dir(d).profileOf; }

double TariffSchedule::profileRatePct(Direction d, size_t profile, Date day) const
{
    const DirectionData& dd = dir(d);
    const Segment& seg = segmentAt(dd, day);
    const auto& cov = dd.epochs[seg.epoch]->coverage;
    const size_t P = profileCount(d);
    double r = 0.0;
    for (size_t m = 0; m < seg.rates.size(); ++m)
        r += seg.rates[m] * cov[m * P + profile];
    return r * 100.0;
}

double TariffSchedule::sectorRatePct(Direction d, size_t index, Date day) const
{
    return profileRatePct(d, profileOf(d).at(index), day);
}

double TariffSchedule::averageRatePct(Direction d, Date day) const
{
    const DirectionData& dd = dir(d);
    const Segment& seg = segmentAt(dd, day);
    const auto& w = dd.epochs[seg.epoch]->weighted;
    double r = 0.0;
    for (size_t m = 0; m < seg.rates.size(); ++m)
        r += seg.rates[m] * w[m];
    return r * 100.0;
}

std::vector<LayerShare> TariffSchedule::layerBreakdown(Direction d, Date day) const
{
    const DirectionData& dd = dir(d);
    const Segment& seg = segmentAt(dd, day);
    const auto& w = dd.epochs[seg.epoch]->weighted;
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

std::vector<double> TariffSchedule::monthlyProfileRatesPct(Direction d, YearMonth first, int count) const
{
    const DirectionData& dd = dir(d);
    const size_t P = profileCount(d);
    const size_t M = dd.measures.size();
    std::vector<double> out(static_cast<size_t>(std::max(count, 0)) * P, 0.0);
    // Per month: the day-weighted rate vector of each coverage epoch touched, then
    // one pass over the profiles per epoch.
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
        double* row = out.data() + static_cast<size_t>(k) * P;
        for (size_t slot = 0; slot < touched.size(); ++slot) {
            const auto& cov = dd.epochs[touched[slot]]->coverage;
            for (size_t m = 0; m < M; ++m) {
                const double r = acc[slot * M + m] * 100.0;
                if (r == 0.0)
                    continue;
                const double* c = cov.data() + m * P;
                for (size_t p = 0; p < P; ++p)
                    row[p] += r * c[p];
            }
        }
    }
    return out;
}

std::vector<double> TariffSchedule::monthlySectorRatesPct(Direction d, YearMonth first, int count) const
{
    const std::vector<double> byProfile = monthlyProfileRatesPct(d, first, count);
    const std::vector<size_t>& profile = profileOf(d);
    const size_t S = profile.size();
    const size_t P = profileCount(d);
    const size_t K = static_cast<size_t>(std::max(count, 0));
    // Each month is gathered into one row and appended whole (no zeroing of the
    // result first); a month like the one before it (rates often hold for
    // months) appends the same row again.
    std::vector<double> out;
    out.reserve(K * S);
    std::vector<double> row(S);
    for (size_t k = 0; k < K; ++k) {
        const double* from = byProfile.data() + k * P;
        if (k == 0 || std::memcmp(from, from - P, P * sizeof(double)) != 0)
            for (size_t s = 0; s < S; ++s)
                row[s] = from[profile[s]];
        out.insert(out.end(), row.begin(), row.end());
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

std::vector<double> TariffSchedule::profileCoverageShares(const std::string& measureId, Date day) const
{
    const DirectionData* dd = nullptr;
    const MeasurePath* path = findMeasure(measureId, &dd);
    const size_t m = static_cast<size_t>(path - dd->measures.data());
    const size_t P = m_coverage->m_dirs[dd == &m_dirs[0] ? 0 : 1]->profileCount();
    const auto& cov = dd->epochs[segmentAt(*dd, day).epoch]->coverage;
    return std::vector<double>(cov.begin() + static_cast<long>(m * P), cov.begin() + static_cast<long>((m + 1) * P));
}

std::vector<double> TariffSchedule::coverageShares(const std::string& measureId, Date day) const
{
    const DirectionData* dd = nullptr;
    findMeasure(measureId, &dd);
    const std::vector<size_t>& profile = m_coverage->m_dirs[dd == &m_dirs[0] ? 0 : 1]->profileOf;
    const std::vector<double> byProfile = profileCoverageShares(measureId, day);
    std::vector<double> out(profile.size());
    for (size_t s = 0; s < profile.size(); ++s)
        out[s] = byProfile[profile[s]];
    return out;
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

std::optional<Date> firstAverageDifference(const TariffSchedule& a, const TariffSchedule& b, Date from, Date before,
                                           double tolerancePct)
{
    // Both averages are constant between the schedules' change dates: the first
    // day they differ is `from` or one of those dates.
    std::vector<Date> days{from};
    for (Direction dir : {Direction::UsOnChina, Direction::ChinaOnUs})
        for (const TariffSchedule* s : {&a, &b})
            for (Date d : s->changeDates(dir))
                if (d > from && d < before)
                    days.push_back(d);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (Date d : days) {
        if (d >= before)
            break;
        for (Direction dir : {Direction::UsOnChina, Direction::ChinaOnUs})
            if (std::abs(a.averageRatePct(dir, d) - b.averageRatePct(dir, d)) > tolerancePct)
                return d;
    }
    return std::nullopt;
}

std::optional<Date> lastSuspendedDay(const TariffSchedule& schedule, const Truce& truce, Date until)
{
    const Date last = std::min(truce.end().addDays(-1), until);
    const Measure* m = schedule.measure(truce.measureId);
    if (!m || last < truce.start)
        return std::nullopt;
    const auto suspended = [&](Date d) {
        return schedule.measureRatePct(truce.measureId, d) < schedule.statutoryRatePct(truce.measureId, d) - 1e-9;
    };
    // Rates are constant between the direction's change dates: walk the
    // stretches from the last back, each judged by its first day.
    // (a statutory step under a suspension that already takes the rate to 0 moves
    // no charged rate, hence no change date: the measure's own dates are added)
    std::vector<Date> starts{truce.start};
    std::vector<Date> candidates = schedule.changeDates(m->direction);
    for (const RateStep& step : m->steps)
        candidates.push_back(step.date);
    for (const RateOverride& o : schedule.scenario().overrides)
        if (o.measureId == truce.measureId)
            candidates.push_back(o.from);
    for (Date d : candidates)
        if (d > truce.start && d <= last)
            starts.push_back(d);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    Date end = last; // the last day of the stretch being judged
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
        if (suspended(*it))
            return end;
        end = it->addDays(-1);
    }
    return std::nullopt;
}

} // namespace tariffsim::core
