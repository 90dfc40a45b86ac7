#include "projection.h"

#include "tradeengine.h"
#include "vectormath.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <numeric>
#include <stdexcept>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace tariffsim::core {

namespace detail {

std::string effectiveReporter(const Dataset& ds, Flow flow, int baseYear, const std::string& wanted)
{
    return ds.annualTotal(flow, baseYear, wanted) ? wanted : std::string("USCensus");
}

std::array<double, 12> seasonalFactors(const Dataset& ds, Flow flow, int baseYear, const std::string& reporter)
{
    std::array<double, 12> f{};
    std::array<bool, 12> fixed{};
    const auto monthlyMean = [&](const std::string& rep) {
        const AnnualTotal* a = ds.annualTotal(flow, baseYear, rep);
        return a && a->valueUsdBn > 0 ? a->valueUsdBn / 12.0 : 0.0;
    };
    const auto inBaseYear = [&](const ObservedTrade& o) {
        return o.flow == flow && o.first.year == baseYear && o.last.year == baseYear;
    };

    // Single months on the flow's own basis give their factor directly. Single
    // months on another basis are not used: US imports are recorded on arrival,
    // weeks after China records the export, so their months are shifted.
    for (const auto& o : ds.observedTrade) {
        const double mean = monthlyMean(o.reporter);
        const int m = o.first.month - 1;
        if (inBaseYear(o) && o.singleMonth() && o.reporter == reporter && mean > 0 && !fixed[m]) {
            f[m] = o.valueUsdBn / mean;
            fixed[m] = true;
        }
    }
    // A period total fixes the sum of its months; its months not yet fixed share
    // the rest evenly. Over several months the shipping lag matters little, so
    // periods on another basis inform the shape too (own basis first).
    for (const bool own : {true, false}) {
        for (const auto& o : ds.observedTrade) {
            if (!inBaseYear(o) || o.singleMonth() || (o.reporter == reporter) != own)
                continue;
            const double mean = monthlyMean(o.reporter);
            if (mean <= 0)
                continue;
            double rest = o.valueUsdBn / mean;
            int open = 0;
            for (int m = o.first.month - 1; m <= o.last.month - 1; ++m) {
                if (fixed[m])
                    rest -= f[m];
                else
                    ++open;
            }
            if (open == 0 || rest <= 0)
                continue;
            for (int m = o.first.month - 1; m <= o.last.month - 1; ++m) {
                if (!fixed[m]) {
                    f[m] = rest / open;
                    fixed[m] = true;
                }
            }
        }
    }
    // Months without information share what is left of the year in the shape of
    // another basis's single months, one month later: US imports are recorded on
    // arrival, about a month after China records the export (China customs'
    // December is US Census' January of the next year, which is not used: it is
    // the first month of the next year's shape). Without such months, evenly.
    std::array<double, 12> shape;
    shape.fill(1.0);
    for (const auto& o : ds.observedTrade) {
        const double mean = monthlyMean(o.reporter);
        if (o.flow != flow || o.reporter == reporter || !o.singleMonth() || o.first.year != baseYear
            || o.first.month < 2 || mean <= 0)
            continue;
        shape[static_cast<size_t>(o.first.month - 2)] = o.valueUsdBn / mean;
    }
    double sum = 0.0;
    double openShape = 0.0;
    for (int m = 0; m < 12; ++m) {
        if (fixed[m])
            sum += f[m];
        else
            openShape += shape[static_cast<size_t>(m)];
    }
    const double rest = 12.0 - sum;
    for (int m = 0; m < 12; ++m)
        if (!fixed[m])
            f[m] = rest > 0 && openShape > 0 ? rest * shape[static_cast<size_t>(m)] / openShape : 1.0;
    // The factors must keep the annual total: rescale only if the observations
    // over-determine the year (a no-op otherwise, up to rounding).
    sum = std::accumulate(f.begin(), f.end(), 0.0);
    if (std::abs(sum - 12.0) > 1e-9)
        for (double& v : f)
            v *= 12.0 / sum;
    return f;
}

namespace {

} // namespace

double triangular(double low, double mode, double high, double u)
{
    if (!(high > low))
        return mode;
    const double split = (mode - low) / (high - low);
    if (u < split)
        return low + std::sqrt(u * (high - low) * (mode - low));
    return high - std::sqrt((1.0 - u) * (high - low) * (high - mode));
}

YearMonth modelStart(const ModelParameters& params, YearMonth from)
{
    return std::min(from, YearMonth::of(params.referenceDate));
}

double FlowModel::baselineAt(YearMonth m) const
{
    return baseTotalUsdBn / 12.0 * season[static_cast<size_t>(m.month - 1)]
        * std::pow(1.0 + trendGrowthPerYear, m.year - baseYear);
}

namespace {

struct TruceKey {
    std::string truceId;
    std::string measureId;
    Date end;
    bool operator==(const TruceKey& o) const { return truceId == o.truceId && measureId == o.measureId && end == o.end; }
};

std::optional<TruceKey> truceKey(const TariffSchedule& schedule, Direction d, Date day)
{
    const TruceStatus st = schedule.truceStatus(d, day);
    if (!st.running)
        return std::nullopt;
    return TruceKey{st.truceId, st.measureId, st.end};
}

// The truce ends in view in each month from the reference month to windowLast,
// kept when they fall 1..H months ahead. Truce status only changes on a few
// dates, so a month whose first and last day agree is taken as uniform.
std::vector<std::pair<TruceKey, ScheduledRise>> collectRises(const TariffSchedule& schedule, Direction d,
                                                             const FlowModel& fm, YearMonth windowLast)
{
    std::vector<std::pair<TruceKey, ScheduledRise>> rises;
    const int H = fm.frontLoadingMonths;
    if (H <= 0)
        return rises;
    const int lastIndex = windowLast.monthsSince(fm.first);
    for (int k = std::max(fm.t0Index, 0); k <= lastIndex; ++k) {
        const YearMonth month = fm.first.addMonths(k);
        const Date a = month.firstDay();
        const int days = month.dayCount();
        std::vector<std::pair<TruceKey, int>> counts;
        const auto add = [&](const std::optional<TruceKey>& key, int n) {
            if (!key)
                return;
            for (auto& [kk, c] : counts)
                if (kk == *key) {
                    c += n;
                    return;
                }
            counts.emplace_back(*key, n);
        };
        const auto first = truceKey(schedule, d, a);
        const auto last = truceKey(schedule, d, a.addDays(days - 1));
        if (first == last) {
            add(first, days);
        } else {
            for (int i = 0; i < days; ++i)
                add(truceKey(schedule, d, a.addDays(i)), 1);
        }
        for (const auto& [key, n] : counts) {
            const int riseIndex = YearMonth::of(key.end).monthsSince(fm.first);
            const int j = riseIndex - k;
            if (j < 1 || j > H)
                continue;
            auto it = std::find_if(rises.begin(), rises.end(), [&](const auto& r) { return r.first == key; });
            if (it == rises.end()) {
                ScheduledRise r;
                r.day = key.end;
                r.monthIndex = riseIndex;
                r.inView.assign(static_cast<size_t>(H), 0.0);
                rises.emplace_back(key, std::move(r));
                it = std::prev(rises.end());
            }
            it->second.inView[static_cast<size_t>(j - 1)] += static_cast<double>(n) / days;
        }
    }
    return rises;
}

} // namespace

namespace {

std::uint64_t bitsOf(double v)
{
    std::uint64_t u;
    std::memcpy(&u, &v, sizeof u);
    return u;
}

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xBF58476D1CE4E5B9ull;
}

size_t roundUpToBlock(size_t n) { return (n + kLaneBlock - 1) / kLaneBlock * kLaneBlock; }

} // namespace

FlowModel buildFlowModel(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params, Flow flow,
                         YearMonth first, YearMonth last, YearMonth windowLast, const std::string& reporter,
                         bool logPrices)
{
    if (last < first)
        throw std::invalid_argument("projection range ends before it starts");
    const Direction d = directionOf(flow);
    FlowModel fm;
    fm.flow = flow;
    fm.baseYear = schedule.baseYear();
    fm.reporter = effectiveReporter(ds, flow, fm.baseYear, reporter);
    if (fm.reporter == "GACC")
        fm.responseScale = params.flow(flow).chinaCustomsResponse.value;
    fm.trendGrowthPerYear = params.trendGrowthPerYear;
    fm.frontLoadingMonths = std::clamp(params.frontLoadingMonths, 0, 24);
    fm.first = first;
    fm.months = last.monthsSince(first) + 1;
    fm.t0Index = YearMonth::of(params.referenceDate).monthsSince(first);

    const auto& sectors = schedule.sectors(d);
    const size_t S = sectors.size();
    const std::vector<size_t>& profileOf = schedule.profileOf(d);
    const size_t P = schedule.profileCount(d);
    fm.shareOf = schedule.weights(d);
    double sectorTotal = 0.0;
    for (const Sector* s : sectors)
        sectorTotal += s->valueUsdBn.at(fm.baseYear);
    const AnnualTotal* total = ds.annualTotal(flow, fm.baseYear, fm.reporter);
    fm.baseTotalUsdBn = total ? total->valueUsdBn : sectorTotal;
    fm.season = seasonalFactors(ds, flow, fm.baseYear, fm.reporter);
    const size_t K = static_cast<size_t>(fm.months);
    fm.baseline.resize(K);
    for (size_t k = 0; k < K; ++k)
        fm.baseline[k] = fm.baselineAt(first.addMonths(static_cast<int>(k)));

    // Tariffs per coverage profile (its sectors share them): monthly means, and
    // the level on the reference day.
    const std::vector<double> ratesPct = schedule.monthlyProfileRatesPct(d, first, fm.months);
    std::vector<double> tau0(P);
    for (size_t p = 0; p < P; ++p)
        tau0[p] = schedule.profileRatePct(d, p, params.referenceDate) / 100.0;

    // Scheduled rises, and what each would do to each profile's tariff.
    auto keyed = collectRises(schedule, d, fm, std::min(windowLast, last));
    std::vector<std::vector<double>> stepOf; // [rise][profile]
    for (auto& [key, rise] : keyed) {
        const Measure* m = schedule.measure(key.measureId);
        if (!m || rise.monthIndex >= fm.months)
            continue;
        const Date before = key.end.addDays(-1);
        const double pts = schedule.statutoryRatePct(key.measureId, key.end) - schedule.measureRatePct(key.measureId, before);
        if (pts <= 1e-9)
            continue; // the end would not raise the rate (e.g. the measure has lapsed)
        const std::vector<double> cover = schedule.profileCoverageShares(key.measureId, key.end);
        std::vector<double> steps(P);
        for (size_t p = 0; p < P; ++p) {
            const double tb = schedule.profileRatePct(d, p, before) / 100.0;
            const double ta = tb + pts / 100.0 * cover[p];
            steps[p] = std::log((1.0 + ta) / (1.0 + tb));
        }
        double mean = 0.0;
        for (int h = 0; h < fm.frontLoadingMonths; ++h)
            mean += fm.baselineAt(fm.first.addMonths(rise.monthIndex + h));
        rise.meanBaselineAfterUsdBn = mean / fm.frontLoadingMonths;
        fm.rises.push_back(std::move(rise));
        stepOf.push_back(std::move(steps));
    }

    // Group the sectors whose tariff paths and rises are identical, in the order
    // of their first sector. Sectors of one profile always share a group; profiles
    // are compared by a hash of their path, then exactly.
    std::vector<std::uint64_t> hash(P);
    for (size_t p = 0; p < P; ++p) {
        hash[p] = mix(0, bitsOf(tau0[p]));
        for (const auto& st : stepOf)
            hash[p] = mix(hash[p], bitsOf(st[p]));
    }
    for (size_t k = 0; k < K; ++k)
        for (size_t p = 0; p < P; ++p)
            hash[p] = mix(hash[p], bitsOf(ratesPct[k * P + p]));
    const auto samePath = [&](size_t p, size_t q) {
        if (tau0[p] != tau0[q])
            return false;
        for (const auto& st : stepOf)
            if (st[p] != st[q])
                return false;
        for (size_t k = 0; k < K; ++k)
            if (ratesPct[k * P + p] != ratesPct[k * P + q])
                return false;
        return true;
    };
    std::unordered_map<std::uint64_t, std::vector<size_t>> leaders; // hash -> profiles that lead a group
    std::vector<int> groupOfProfile(P, -1);
    std::vector<size_t> leaderOf; // group -> its first profile
    fm.groupOf.assign(S, -1);
    for (size_t s = 0; s < S; ++s) {
        const size_t p = profileOf[s];
        int& g = groupOfProfile[p];
        if (g < 0) {
            auto& candidates = leaders[hash[p]];
            for (size_t q : candidates)
                if (samePath(p, q)) {
                    g = groupOfProfile[q];
                    break;
                }
        }
        if (g < 0) {
            g = static_cast<int>(fm.groups.size());
            leaders[hash[p]].push_back(p);
            SectorGroupPath path;
            path.tau0 = tau0[p];
            path.tau.resize(K);
            for (size_t k = 0; k < K; ++k)
                path.tau[k] = ratesPct[k * P + p] / 100.0;
            fm.groups.push_back(std::move(path));
            for (size_t r = 0; r < fm.rises.size(); ++r)
                fm.rises[r].lnStep.push_back(stepOf[r][p]);
        }
        fm.groupOf[s] = g;
        fm.groups[static_cast<size_t>(g)].share += fm.shareOf[s];
    }

    if (logPrices) {
        const size_t G = fm.groups.size();
        std::vector<size_t> all(G);
        std::iota(all.begin(), all.end(), size_t{0});
        computeLogPrices(fm, all);
        fm.lanes = roundUpToBlock(G);
        fm.lnPByMonth.assign(K * fm.lanes, 0.0);
        for (size_t g = 0; g < G; ++g)
            for (size_t k = 0; k < K; ++k)
                fm.lnPByMonth[k * fm.lanes + g] = fm.groups[g].lnP[k];
    }
    return fm;
}

void computeLogPrices(FlowModel& fm, const std::vector<size_t>& groups)
{
    const size_t K = static_cast<size_t>(fm.months);
    // One pass of logarithms over every listed group's price ratios.
    std::vector<double> logs(groups.size() * K);
    for (size_t i = 0; i < groups.size(); ++i) {
        const SectorGroupPath& path = fm.groups[groups[i]];
        for (size_t k = 0; k < K; ++k)
            logs[i * K + k] = (1.0 + path.tau[k]) / (1.0 + path.tau0);
    }
    vectorKernels().logs(logs.data(), logs.data(), logs.size());
    for (size_t i = 0; i < groups.size(); ++i) {
        SectorGroupPath& path = fm.groups[groups[i]];
        path.lnP.resize(K);
        for (size_t k = 0; k < K; ++k) {
            if (k > 0 && path.tau[k] == path.tau[k - 1])
                path.lnP[k] = path.lnP[k - 1];
            else if (std::abs(path.tau[k] - path.tau0) < 1e-12)
                path.lnP[k] = 0.0; // unchanged tariff: exactly the baseline
            else
                path.lnP[k] = logs[i * K + k];
        }
    }
}

namespace {

// The runs of `count` groups whose lnP lie month-major in `lnP` (lanes wide):
// partial adjustment in the vector kernel, then front-loading per group. Lane j
// is group groups[j] (or group j when `groups` is null).
void runLanes(const FlowModel& fm, const size_t* groups, size_t count, const double* lnP, size_t lanes,
              double epsilon, double lambda, double phi, std::vector<double>& unit, RunScratch& scratch)
{
    // The response as recorded on the flow's basis (FlowModel::responseScale).
    const double eps = epsilon * fm.responseScale;
    const size_t K = static_cast<size_t>(fm.months);
    const size_t G = fm.groups.size();
    unit.resize(G * K);
    const size_t k0 = static_cast<size_t>(std::clamp(fm.t0Index, 0, fm.months));
    scratch.xs.resize(K * lanes);
    scratch.units.resize(K * lanes);
    // Partial adjustment towards the long-run target -eps * ln P.
    vectorKernels().partialAdjustment(lnP, fm.baseline.data(), k0, K, lanes, eps, lambda, scratch.xs.data(),
                                      scratch.units.data());
    const auto groupAt = [&](size_t j) { return groups ? groups[j] : j; };
    for (size_t j = 0; j < count; ++j) {
        double* u = unit.data() + groupAt(j) * K;
        for (size_t k = 0; k < k0; ++k)
            u[k] = fm.baseline[k];
        for (size_t k = k0; k < K; ++k)
            u[k] = scratch.units[k * lanes + j];
    }
    const int H = fm.frontLoadingMonths;
    if (phi <= 0.0 || H <= 0)
        return;
    // Front-loading: in each month a rise is in view, importers buy ahead a share
    // phi of one post-rise month's expected (long-run) reduction; the same volume
    // is missing, evenly, from the H months from the rise on.
    for (const auto& rise : fm.rises) {
        const int E = rise.monthIndex;
        for (size_t j = 0; j < count; ++j) {
            const size_t g = groupAt(j);
            const double step = rise.lnStep[g];
            if (step <= 0.0)
                continue;
            const double rho = -std::expm1(-eps * step);
            const double xref =
                E - 1 >= static_cast<int>(k0) ? scratch.xs[static_cast<size_t>(E - 1) * lanes + j] : 0.0;
            const double vref = std::exp(xref) * rise.meanBaselineAfterUsdBn;
            double* u = unit.data() + g * K;
            double pulled = 0.0;
            for (int i = 1; i <= H; ++i) {
                const int k = E - i;
                const double f = rise.inView[static_cast<size_t>(i - 1)];
                if (k < static_cast<int>(k0) || f <= 0.0)
                    continue;
                const double add = phi * f * rho * vref;
                u[k] += add;
                pulled += add;
            }
            for (int h = 0; h < H && E + h < fm.months; ++h)
                u[E + h] -= pulled / H;
        }
    }
}

} // namespace

void runFlow(const FlowModel& fm, double epsilon, double lambda, double phi, std::vector<double>& unit,
             RunScratch& scratch)
{
    runLanes(fm, nullptr, fm.groups.size(), fm.lnPByMonth.data(), fm.lanes, epsilon, lambda, phi, unit, scratch);
}

void runGroups(const FlowModel& fm, const std::vector<size_t>& groups, double epsilon, double lambda, double phi,
               std::vector<double>& unit, RunScratch& scratch)
{
    const size_t K = static_cast<size_t>(fm.months);
    const size_t lanes = roundUpToBlock(groups.size());
    scratch.lnP.assign(K * lanes, 0.0);
    for (size_t j = 0; j < groups.size(); ++j) {
        const std::vector<double>& lnP = fm.groups[groups[j]].lnP;
        for (size_t k = 0; k < K; ++k)
            scratch.lnP[k * lanes + j] = lnP[k];
    }
    runLanes(fm, groups.data(), groups.size(), scratch.lnP.data(), lanes, epsilon, lambda, phi, unit, scratch);
}

} // namespace detail

namespace {

using detail::FlowModel;

void checkRange(YearMonth from, YearMonth to)
{
    if (to < from)
        throw std::invalid_argument("projection range: " + to.toString() + " is before " + from.toString());
    if (from < kHorizonFirstMonth)
        throw std::invalid_argument("projection range: the model starts in " + kHorizonFirstMonth.toString());
    if (kHorizonLastMonth < to)
        throw std::invalid_argument("projection range: the model's horizon ends in " + kHorizonLastMonth.toString());
}

void checkParameters(const ModelParameters& p)
{
    for (const auto& f : p.flows) {
        for (double l : {f.adjustmentSpeed.value, f.adjustmentSpeed.low, f.adjustmentSpeed.high})
            if (!(l > 0.0 && l <= 1.0))
                throw std::invalid_argument("adjustment speed must be in (0, 1]");
        for (double e : {f.elasticity.value, f.elasticity.low, f.elasticity.high})
            if (!(e >= 0.0 && e < 100.0))
                throw std::invalid_argument("elasticity must be in [0, 100)");
        for (double c : {f.chinaCustomsResponse.value, f.chinaCustomsResponse.low, f.chinaCustomsResponse.high})
            if (!(c > 0.0 && c <= 1.5))
                throw std::invalid_argument("China customs' response share must be in (0, 1.5]");
    }
}

// The parts of a flow's model that every group's runs depend on: when they are
// unchanged, a group with the same path has the same runs.
struct RunContext {
    const Dataset* ds = nullptr;
    int baseYear = 0;
    ModelParameters params;
    std::string reporter;
    double responseScale = 1.0;
    YearMonth first;
    int months = 0;
    int t0Index = 0;
    int frontLoadingMonths = 0;
    bool bands = false;
    std::vector<double> baseline;
    /// The rises without their per-group steps: (month, in view, mean baseline after).
    std::vector<std::tuple<int, std::vector<double>, double>> rises;

    bool operator==(const RunContext&) const = default;
};

RunContext runContext(const Dataset& ds, const ModelParameters& params, const FlowModel& fm, bool bands)
{
    RunContext c;
    c.ds = &ds;
    c.baseYear = fm.baseYear;
    c.params = params;
    c.reporter = fm.reporter;
    c.responseScale = fm.responseScale;
    c.first = fm.first;
    c.months = fm.months;
    c.t0Index = fm.t0Index;
    c.frontLoadingMonths = fm.frontLoadingMonths;
    c.bands = bands;
    c.baseline = fm.baseline;
    for (const auto& r : fm.rises)
        c.rises.emplace_back(r.monthIndex, r.inView, r.meanBaselineAfterUsdBn);
    return c;
}

// A group's identity for reuse: its tariff path and its step at every rise.
std::uint64_t groupHash(const FlowModel& fm, size_t g)
{
    const auto& path = fm.groups[g];
    std::uint64_t h = detail::mix(0, detail::bitsOf(path.tau0));
    for (const auto& r : fm.rises)
        h = detail::mix(h, detail::bitsOf(r.lnStep[g]));
    for (double t : path.tau)
        h = detail::mix(h, detail::bitsOf(t));
    return h;
}

bool sameGroup(const FlowModel& a, size_t ga, const FlowModel& b, size_t gb)
{
    if (a.groups[ga].tau0 != b.groups[gb].tau0 || a.groups[ga].tau != b.groups[gb].tau)
        return false;
    for (size_t r = 0; r < a.rises.size(); ++r)
        if (a.rises[r].lnStep[ga] != b.rises[r].lnStep[gb])
            return false;
    return true;
}

} // namespace

/// One flow's model and runs, kept for the next projection.
struct FlowRuns {
    bool valid = false;
    RunContext context;
    FlowModel model;
    std::vector<std::uint64_t> hashes;                      ///< per group
    std::unordered_multimap<std::uint64_t, size_t> byHash;  ///< hash -> group
    std::vector<std::vector<double>> runs;                  ///< runs[r][g * months + k]
};

struct ProjectionCache::State {
    std::array<FlowRuns, 2> flows;
    std::array<size_t, 2> reused{};
    std::array<size_t, 2> run{};
};

ProjectionCache::ProjectionCache()
    : m_state(std::make_unique<State>())
{
}
ProjectionCache::~ProjectionCache() = default;
ProjectionCache::ProjectionCache(ProjectionCache&&) noexcept = default;
ProjectionCache& ProjectionCache::operator=(ProjectionCache&&) noexcept = default;

void ProjectionCache::clear() { *m_state = State{}; }

size_t ProjectionCache::lastReusedGroups() const
{
    return m_state ? m_state->reused[0] + m_state->reused[1] : 0;
}

size_t ProjectionCache::lastRunGroups() const { return m_state ? m_state->run[0] + m_state->run[1] : 0; }

namespace {

// One flow's part of a projection. The groups whose path and run context match
// a group of `cache` take its runs; the others are run. `cache` then holds this
// projection's model and runs. Either way the runs of a group are bit for bit
// those of a fresh run (runGroups), so the result does not depend on the cache.
void projectFlow(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params, Flow flow,
                 YearMonth from, YearMonth to, const ProjectionOptions& options, Projection& out, FlowRuns& cache,
                 size_t& reusedCount, size_t& runCount)
{
    const int f = static_cast<int>(flow);
    const int H = std::clamp(params.frontLoadingMonths, 0, 24);
    const YearMonth start = detail::modelStart(params, from);
    FlowModel fm = detail::buildFlowModel(ds, schedule, params, flow, start, to.addMonths(H), to, options.reporter,
                                          false);
    out.reporter[static_cast<size_t>(f)] = fm.reporter;
    out.baseYearTotalUsdBn[static_cast<size_t>(f)] = fm.baseTotalUsdBn;
    out.seasonalFactors[static_cast<size_t>(f)] = fm.season;
    out.sectorList[static_cast<size_t>(f)] = schedule.sectors(directionOf(flow));

    const FlowParameters& fp = params.flow(flow);
    const double phi = params.frontLoadingShare.value;
    const size_t K = static_cast<size_t>(fm.months);
    const size_t G = fm.groups.size();
    const size_t offset = static_cast<size_t>(from.monthsSince(start));
    const size_t M = static_cast<size_t>(out.months);
    const double pass = params.passThrough.value;

    // The runs: the scenario, then for the band both ends of the elasticity range,
    // each with the low, default and high adjustment speed. The response grows
    // with eps, but not always with lambda: after a tariff spike a slow adjustment
    // keeps imports low for longer.
    std::vector<std::pair<double, double>> runParams{{fp.elasticity.value, fp.adjustmentSpeed.value}};
    if (options.bands)
        for (double e : {fp.elasticity.low, fp.elasticity.high})
            for (double l : {fp.adjustmentSpeed.low, fp.adjustmentSpeed.value, fp.adjustmentSpeed.high})
                runParams.emplace_back(e, l);
    const size_t R = runParams.size();

    RunContext context = runContext(ds, params, fm, options.bands);
    const bool reuse = cache.valid && cache.context == context;
    std::vector<std::uint64_t> hashes(G);
    std::vector<long> reusedFrom(G, -1);
    std::vector<size_t> toRun;
    for (size_t g = 0; g < G; ++g) {
        hashes[g] = groupHash(fm, g);
        if (reuse) {
            const auto [first, last] = cache.byHash.equal_range(hashes[g]);
            for (auto it = first; it != last; ++it)
                if (sameGroup(fm, g, cache.model, it->second)) {
                    reusedFrom[g] = static_cast<long>(it->second);
                    break;
                }
        }
        if (reusedFrom[g] >= 0)
            fm.groups[g].lnP = cache.model.groups[static_cast<size_t>(reusedFrom[g])].lnP;
        else
            toRun.push_back(g);
    }
    detail::computeLogPrices(fm, toRun);
    std::vector<std::vector<double>> runs(R, std::vector<double>(G * K));
    detail::RunScratch scratch;
    for (size_t r = 0; r < R; ++r) {
        if (!toRun.empty())
            detail::runGroups(fm, toRun, runParams[r].first, runParams[r].second, phi, runs[r], scratch);
        for (size_t g = 0; g < G; ++g)
            if (reusedFrom[g] >= 0) {
                const double* row = cache.runs[r].data() + static_cast<size_t>(reusedFrom[g]) * K;
                std::copy(row, row + K, runs[r].begin() + static_cast<long>(g * K));
            }
    }
    reusedCount = G - toRun.size();
    runCount = toRun.size();
    const std::vector<double>& scen = runs[0];

    // Flow total of a run in each output month. Deviations from the baseline are
    // summed, so that a scenario without tariff changes reproduces the baseline
    // to the last bit.
    const auto totalsOf = [&](const std::vector<double>& unit) {
        std::vector<double> t(M);
        for (size_t m = 0; m < M; ++m) {
            const size_t k = m + offset;
            const double b = fm.baseline[k];
            double dev = 0.0;
            for (size_t g = 0; g < G; ++g)
                dev += fm.groups[g].share * (unit[g * K + k] - b);
            t[m] = b + dev;
        }
        return t;
    };
    const std::vector<double> volume = totalsOf(scen);

    // Band: the smallest and largest of the runs.
    std::vector<double> lowUnit = scen, highUnit = scen, lowTotal = volume, highTotal = volume;
    std::vector<std::vector<double>> cornerTotals;
    for (size_t r = 1; r < R; ++r) {
        const std::vector<double>& unit = runs[r];
        for (size_t i = 0; i < unit.size(); ++i) {
            lowUnit[i] = std::min(lowUnit[i], unit[i]);
            highUnit[i] = std::max(highUnit[i], unit[i]);
        }
        cornerTotals.push_back(totalsOf(unit));
        for (size_t m = 0; m < M; ++m) {
            lowTotal[m] = std::min(lowTotal[m], cornerTotals.back()[m]);
            highTotal[m] = std::max(highTotal[m], cornerTotals.back()[m]);
        }
    }

    auto& totals = out.totals[static_cast<size_t>(f)];
    totals.assign(M, MonthValues{});
    for (size_t m = 0; m < M; ++m) {
        const size_t k = m + offset;
        const double b = fm.baseline[k];
        double tariff = 0, revenue = 0, price = 0, dwl = 0;
        for (size_t g = 0; g < G; ++g) {
            const auto& grp = fm.groups[g];
            const double w = grp.share;
            const double tau = grp.tau[k];
            const double u = scen[g * K + k];
            tariff += w * tau;
            revenue += w * tau * u;
            price += w * ((1.0 + tau) / (1.0 + grp.tau0) - 1.0);
            dwl += w * 0.5 * (tau - grp.tau0) * (b - u);
        }
        MonthValues& v = totals[m];
        v.avgTariffPct = tariff * 100.0;
        v.baselineUsdBn = b;
        v.scenarioUsdBn = volume[m];
        v.lowUsdBn = lowTotal[m];
        v.highUsdBn = highTotal[m];
        v.revenueUsdBn = revenue;
        v.priceChangePct = pass * price * 100.0;
        v.deadweightUsdBn = dwl;
    }

    // Observations on the same basis: single months on their row, periods apart.
    for (const auto& o : ds.observedTrade) {
        if (o.flow != flow || o.reporter != fm.reporter || o.first < from || to < o.last)
            continue;
        const size_t a = static_cast<size_t>(o.first.monthsSince(from));
        const size_t z = static_cast<size_t>(o.last.monthsSince(from));
        if (o.singleMonth()) {
            if (!totals[a].actualUsdBn)
                totals[a].actualUsdBn = o.valueUsdBn;
            continue;
        }
        PeriodComparison pc;
        pc.flow = flow;
        pc.first = o.first;
        pc.last = o.last;
        pc.actualUsdBn = o.valueUsdBn;
        pc.provenance = o.provenance;
        for (size_t m = a; m <= z; ++m) {
            pc.baselineUsdBn += totals[m].baselineUsdBn;
            pc.scenarioUsdBn += totals[m].scenarioUsdBn;
        }
        pc.lowUsdBn = pc.highUsdBn = pc.scenarioUsdBn;
        for (const auto& t : cornerTotals) {
            double sum = 0;
            for (size_t m = a; m <= z; ++m)
                sum += t[m];
            pc.lowUsdBn = std::min(pc.lowUsdBn, sum);
            pc.highUsdBn = std::max(pc.highUsdBn, sum);
        }
        out.periods.push_back(pc);
    }

    if (options.perSector) {
        const auto& shares = fm.shareOf;
        const size_t S = shares.size();
        auto& rows = out.sectors[static_cast<size_t>(f)];
        rows.assign(M * S, MonthValues{});
        for (size_t m = 0; m < M; ++m) {
            const size_t k = m + offset;
            for (size_t s = 0; s < S; ++s) {
                const size_t g = static_cast<size_t>(fm.groupOf[s]);
                const auto& grp = fm.groups[g];
                const double w = shares[s];
                const double tau = grp.tau[k];
                const double u = scen[g * K + k];
                const double ul = lowUnit[g * K + k];
                const double uh = highUnit[g * K + k];
                MonthValues& v = rows[m * S + s];
                v.avgTariffPct = tau * 100.0;
                v.baselineUsdBn = w * fm.baseline[k];
                v.scenarioUsdBn = w * u;
                v.lowUsdBn = w * ul;
                v.highUsdBn = w * uh;
                v.revenueUsdBn = tau * v.scenarioUsdBn;
                v.priceChangePct = pass * ((1.0 + tau) / (1.0 + grp.tau0) - 1.0) * 100.0;
                v.deadweightUsdBn = 0.5 * (tau - grp.tau0) * (v.baselineUsdBn - v.scenarioUsdBn);
            }
        }
    }

    if (options.perGroup) {
        const auto& shares = fm.shareOf;
        const auto& list = out.sectorList[static_cast<size_t>(f)];
        const size_t S = shares.size();
        auto& ids = out.groupIds[static_cast<size_t>(f)];
        ids.clear();
        std::vector<size_t> displayOf(S);
        std::unordered_map<std::string_view, size_t> index;
        for (size_t s = 0; s < S; ++s) {
            const auto [it, added] = index.emplace(list[s]->groupId, ids.size());
            if (added)
                ids.push_back(list[s]->groupId);
            displayOf[s] = it->second;
        }
        const size_t D = ids.size();
        // Every sector's values are its base-year share times those of its tariff
        // group, so each (display group, tariff group) pair is summed once.
        struct Pair {
            size_t display;
            size_t tariff;
            double share;
        };
        std::vector<Pair> pairs;
        std::unordered_map<size_t, size_t> pairIndex; // display * G + tariff -> pairs index
        std::vector<double> weight(D, 0.0);
        for (size_t s = 0; s < S; ++s) {
            const size_t g = static_cast<size_t>(fm.groupOf[s]);
            const auto [it, added] = pairIndex.emplace(displayOf[s] * G + g, pairs.size());
            if (added)
                pairs.push_back({displayOf[s], g, 0.0});
            pairs[it->second].share += shares[s];
            weight[displayOf[s]] += shares[s];
        }
        auto& rows = out.groups[static_cast<size_t>(f)];
        rows.assign(M * D, MonthValues{});
        for (size_t m = 0; m < M; ++m) {
            const size_t k = m + offset;
            MonthValues* row = &rows[m * D];
            for (const Pair& pr : pairs) {
                const auto& grp = fm.groups[pr.tariff];
                const double w = pr.share;
                const double tau = grp.tau[k];
                const double scenario = w * scen[pr.tariff * K + k];
                const double baseline = w * fm.baseline[k];
                MonthValues& v = row[pr.display];
                v.avgTariffPct += w * tau * 100.0;
                v.baselineUsdBn += baseline;
                v.scenarioUsdBn += scenario;
                v.lowUsdBn += w * lowUnit[pr.tariff * K + k];
                v.highUsdBn += w * highUnit[pr.tariff * K + k];
                v.revenueUsdBn += tau * scenario;
                v.priceChangePct += w * pass * ((1.0 + tau) / (1.0 + grp.tau0) - 1.0) * 100.0;
                v.deadweightUsdBn += 0.5 * (tau - grp.tau0) * (baseline - scenario);
            }
            for (size_t d = 0; d < D; ++d)
                if (weight[d] > 0) {
                    row[d].avgTariffPct /= weight[d];
                    row[d].priceChangePct /= weight[d];
                }
        }
    }

    cache.valid = true;
    cache.context = std::move(context);
    cache.hashes = std::move(hashes);
    cache.byHash.clear();
    for (size_t g = 0; g < G; ++g)
        cache.byHash.emplace(cache.hashes[g], g);
    cache.model = std::move(fm);
    cache.runs = std::move(runs);
}

void projectRareEarths(const Dataset& ds, const ModelParameters& params, YearMonth from, int months, Projection& out)
{
    const Parameter& level = params.rareEarthPreControlTonnes;
    const Parameter& a = params.rareEarthApproval;
    out.rareEarths.reserve(static_cast<size_t>(months));
    for (int k = 0; k < months; ++k) {
        const YearMonth month = from.addMonths(k);
        // Share of the month's days under licensing (day-weighted in the first month).
        const Date d0 = month.firstDay();
        const int days = month.dayCount();
        const int controlled = std::clamp(d0.addDays(days).daysSince(std::max(d0, params.rareEarthControlDate)), 0, days);
        const double share = static_cast<double>(controlled) / days;
        const auto tonnes = [&](double lvl, double approval) { return lvl * (1.0 - share + share * approval); };
        RareEarthMonth r;
        r.month = month;
        r.scenarioTonnes = tonnes(level.value, a.value);
        const double lo = tonnes(level.low, a.low);
        const double hi = tonnes(level.high, a.high);
        r.lowTonnes = std::min({r.scenarioTonnes, lo, hi});
        r.highTonnes = std::max({r.scenarioTonnes, lo, hi});
        for (const auto& e : ds.rareEarthMagnets)
            if (e.singleMonth() && e.first == month && e.destination == "United States") {
                r.observedTonnes = e.tonnes;
                break;
            }
        out.rareEarths.push_back(r);
    }
}

} // namespace

Projection project(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params, YearMonth from,
                   YearMonth to, const ProjectionOptions& options, ProjectionCache& cache)
{
    checkRange(from, to);
    checkParameters(params);
    ProjectionCache::State& state = *cache.m_state;
    Projection p;
    p.first = from;
    p.months = to.monthsSince(from) + 1;
    const size_t c = static_cast<size_t>(Flow::ChinaToUs);
    const size_t u = static_cast<size_t>(Flow::UsToChina);
    // The flows are independent; large datasets run them on both cores.
    const size_t work = schedule.sectors(Direction::UsOnChina).size() + schedule.sectors(Direction::ChinaOnUs).size();
    if (work >= 2000) {
        Projection other;
        other.months = p.months;
        std::exception_ptr error;
        std::thread t([&] {
            try {
                projectFlow(ds, schedule, params, Flow::UsToChina, from, to, options, other, state.flows[u],
                            state.reused[u], state.run[u]);
            } catch (...) {
                error = std::current_exception();
            }
        });
        try {
            projectFlow(ds, schedule, params, Flow::ChinaToUs, from, to, options, p, state.flows[c], state.reused[c],
                        state.run[c]);
        } catch (...) {
            t.join();
            throw;
        }
        t.join();
        if (error)
            std::rethrow_exception(error);
        p.totals[u] = std::move(other.totals[u]);
        p.sectors[u] = std::move(other.sectors[u]);
        p.sectorList[u] = std::move(other.sectorList[u]);
        p.groups[u] = std::move(other.groups[u]);
        p.groupIds[u] = std::move(other.groupIds[u]);
        p.reporter[u] = other.reporter[u];
        p.baseYearTotalUsdBn[u] = other.baseYearTotalUsdBn[u];
        p.seasonalFactors[u] = other.seasonalFactors[u];
        p.periods.insert(p.periods.end(), other.periods.begin(), other.periods.end());
    } else {
        projectFlow(ds, schedule, params, Flow::ChinaToUs, from, to, options, p, state.flows[c], state.reused[c],
                    state.run[c]);
        projectFlow(ds, schedule, params, Flow::UsToChina, from, to, options, p, state.flows[u], state.reused[u],
                    state.run[u]);
    }
    projectRareEarths(ds, params, from, p.months, p);
    return p;
}

Projection project(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params, YearMonth from,
                   YearMonth to, const ProjectionOptions& options)
{
    ProjectionCache none;
    return project(ds, schedule, params, from, to, options, none);
}

} // namespace tariffsim::core
