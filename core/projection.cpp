#include "projection.h"

#include "tradeengine.h"

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

FlowModel buildFlowModel(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params, Flow flow,
                         YearMonth first, YearMonth last, YearMonth windowLast, const std::string& reporter)
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

    // Tariffs: monthly means per sector, and the level on the reference day.
    const std::vector<double> ratesPct = schedule.monthlySectorRatesPct(d, first, fm.months);
    std::vector<double> tau0(S);
    for (size_t s = 0; s < S; ++s)
        tau0[s] = schedule.sectorRatePct(d, s, params.referenceDate) / 100.0;

    // Scheduled rises, and what each would do to each sector's tariff.
    auto keyed = collectRises(schedule, d, fm, std::min(windowLast, last));
    std::vector<std::vector<double>> stepOf; // [rise][sector]
    for (auto& [key, rise] : keyed) {
        const Measure* m = ds.measure(key.measureId);
        if (!m || rise.monthIndex >= fm.months)
            continue;
        const Date before = key.end.addDays(-1);
        const double pts = schedule.statutoryRatePct(key.measureId, key.end) - schedule.measureRatePct(key.measureId, before);
        if (pts <= 1e-9)
            continue; // the end would not raise the rate (e.g. the measure has lapsed)
        const std::vector<double> cover = schedule.coverageShares(key.measureId, key.end);
        std::vector<double> steps(S);
        for (size_t s = 0; s < S; ++s) {
            const double tb = schedule.sectorRatePct(d, s, before) / 100.0;
            const double ta = tb + pts / 100.0 * cover[s];
            steps[s] = std::log((1.0 + ta) / (1.0 + tb));
        }
        double mean = 0.0;
        for (int h = 0; h < fm.frontLoadingMonths; ++h)
            mean += fm.baselineAt(fm.first.addMonths(rise.monthIndex + h));
        rise.meanBaselineAfterUsdBn = mean / fm.frontLoadingMonths;
        fm.rises.push_back(std::move(rise));
        stepOf.push_back(std::move(steps));
    }

    // Group sectors whose tariff paths and rises are identical. A hash of each
    // sector's path is built in one sequential pass over the month-major rates;
    // every sector's tentative leader (the first sector with its hash) is then
    // checked exactly, and a hash collision falls back to one group per sector.
    const auto bits = [](double v) {
        std::uint64_t u;
        std::memcpy(&u, &v, sizeof u);
        return u;
    };
    const auto mix = [](std::uint64_t h, std::uint64_t v) {
        h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
        return h * 0xBF58476D1CE4E5B9ull;
    };
    std::vector<std::uint64_t> hash(S);
    for (size_t s = 0; s < S; ++s) {
        hash[s] = mix(0, bits(tau0[s]));
        for (const auto& st : stepOf)
            hash[s] = mix(hash[s], bits(st[s]));
    }
    for (size_t k = 0; k < K; ++k)
        for (size_t s = 0; s < S; ++s)
            hash[s] = mix(hash[s], bits(ratesPct[k * S + s]));
    std::vector<size_t> leader(S);
    {
        std::unordered_map<std::uint64_t, size_t> first;
        first.reserve(S);
        for (size_t s = 0; s < S; ++s)
            leader[s] = first.emplace(hash[s], s).first->second;
    }
    bool exact = true;
    for (size_t s = 0; s < S && exact; ++s) {
        exact = tau0[s] == tau0[leader[s]];
        for (const auto& st : stepOf)
            exact = exact && st[s] == st[leader[s]];
    }
    for (size_t k = 0; k < K && exact; ++k) {
        const double* row = ratesPct.data() + k * S;
        for (size_t s = 0; s < S; ++s)
            exact = exact && row[s] == row[leader[s]];
    }
    if (!exact)
        std::iota(leader.begin(), leader.end(), size_t{0});
    fm.groupOf.assign(S, -1);
    std::vector<int> groupOfLeader(S, -1);
    for (size_t s = 0; s < S; ++s) {
        int& g = groupOfLeader[leader[s]];
        if (g < 0) {
            g = static_cast<int>(fm.groups.size());
            SectorGroupPath path;
            path.tau0 = tau0[s];
            path.tau.resize(K);
            for (size_t k = 0; k < K; ++k)
                path.tau[k] = ratesPct[k * S + s] / 100.0;
            path.lnP.resize(K);
            for (size_t k = 0; k < K; ++k) {
                if (k > 0 && path.tau[k] == path.tau[k - 1])
                    path.lnP[k] = path.lnP[k - 1];
                else if (std::abs(path.tau[k] - path.tau0) < 1e-12)
                    path.lnP[k] = 0.0; // unchanged tariff: exactly the baseline
                else
                    path.lnP[k] = std::log((1.0 + path.tau[k]) / (1.0 + path.tau0));
            }
            fm.groups.push_back(std::move(path));
            for (size_t r = 0; r < fm.rises.size(); ++r)
                fm.rises[r].lnStep.push_back(stepOf[r][s]);
        }
        fm.groupOf[s] = g;
        fm.groups[static_cast<size_t>(g)].share += fm.shareOf[s];
    }
    return fm;
}

void runFlow(const FlowModel& fm, double epsilon, double lambda, double phi, std::vector<double>& unit,
             std::vector<double>& xs)
{
    // The response as recorded on the flow's basis (FlowModel::responseScale).
    const double eps = epsilon * fm.responseScale;
    const size_t K = static_cast<size_t>(fm.months);
    const size_t G = fm.groups.size();
    unit.resize(G * K);
    xs.resize(G * K);
    const size_t k0 = static_cast<size_t>(std::clamp(fm.t0Index, 0, fm.months));
    for (size_t g = 0; g < G; ++g) {
        double* u = unit.data() + g * K;
        double* xg = xs.data() + g * K;
        const double* lnP = fm.groups[g].lnP.data();
        for (size_t k = 0; k < k0; ++k) {
            u[k] = fm.baseline[k];
            xg[k] = 0.0;
        }
        // Partial adjustment towards the long-run target -eps * ln P.
        double x = 0.0;
        for (size_t k = k0; k < K; ++k) {
            x += lambda * (-eps * lnP[k] - x);
            xg[k] = x;
            u[k] = x == 0.0 ? fm.baseline[k] : fm.baseline[k] * std::exp(x);
        }
    }
    const int H = fm.frontLoadingMonths;
    if (phi <= 0.0 || H <= 0)
        return;
    // Front-loading: in each month a rise is in view, importers buy ahead a share
    // phi of one post-rise month's expected (long-run) reduction; the same volume
    // is missing, evenly, from the H months from the rise on.
    for (const auto& rise : fm.rises) {
        const int E = rise.monthIndex;
        for (size_t g = 0; g < G; ++g) {
            const double step = rise.lnStep[g];
            if (step <= 0.0)
                continue;
            const double rho = -std::expm1(-eps * step);
            const double xref = E - 1 >= static_cast<int>(k0) ? xs[g * K + static_cast<size_t>(E - 1)] : 0.0;
            const double vref = std::exp(xref) * rise.meanBaselineAfterUsdBn;
            double* u = unit.data() + g * K;
            double pulled = 0.0;
            for (int j = 1; j <= H; ++j) {
                const int k = E - j;
                const double f = rise.inView[static_cast<size_t>(j - 1)];
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

} // namespace detail

namespace {

using detail::FlowModel;

void checkRange(YearMonth from, YearMonth to)
{
    if (to < from)
        throw std::invalid_argument("projection range: " + to.toString() + " is before " + from.toString());
    if (from < kProjectionEarliest)
        throw std::invalid_argument("projection range: the model starts in " + kProjectionEarliest.toString());
    if (kProjectionHorizonEnd < to)
        throw std::invalid_argument("projection range: the model's horizon ends in " + kProjectionHorizonEnd.toString());
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

// One flow's part of a projection.
void projectFlow(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params, Flow flow,
                 YearMonth from, YearMonth to, const ProjectionOptions& options, Projection& out)
{
    const int f = static_cast<int>(flow);
    const int H = std::clamp(params.frontLoadingMonths, 0, 24);
    const YearMonth start = detail::modelStart(params, from);
    const FlowModel fm = detail::buildFlowModel(ds, schedule, params, flow, start, to.addMonths(H), to, options.reporter);
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

    std::vector<double> scen, x;
    detail::runFlow(fm, fp.elasticity.value, fp.adjustmentSpeed.value, phi, scen, x);

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

    // Band: both ends of the elasticity range, each with the low, default and high
    // adjustment speed. The response grows with eps, but not always with lambda:
    // after a tariff spike a slow adjustment keeps imports low for longer.
    std::vector<double> lowUnit = scen, highUnit = scen, lowTotal = volume, highTotal = volume;
    std::vector<std::vector<double>> cornerTotals;
    if (options.bands) {
        std::vector<double> unit;
        for (double e : {fp.elasticity.low, fp.elasticity.high}) {
            for (double l : {fp.adjustmentSpeed.low, fp.adjustmentSpeed.value, fp.adjustmentSpeed.high}) {
                detail::runFlow(fm, e, l, phi, unit, x);
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

    if (!options.perSector)
        return;
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
                   YearMonth to, const ProjectionOptions& options)
{
    detail::clearUpperVectorState();
    checkRange(from, to);
    checkParameters(params);
    Projection p;
    p.first = from;
    p.months = to.monthsSince(from) + 1;
    // The flows are independent; large datasets run them on both cores.
    const size_t work = schedule.sectors(Direction::UsOnChina).size() + schedule.sectors(Direction::ChinaOnUs).size();
    if (work >= 2000) {
        Projection other;
        other.months = p.months;
        std::exception_ptr error;
        std::thread t([&] {
            detail::clearUpperVectorState();
            try {
                projectFlow(ds, schedule, params, Flow::UsToChina, from, to, options, other);
            } catch (...) {
                error = std::current_exception();
            }
        });
        try {
            projectFlow(ds, schedule, params, Flow::ChinaToUs, from, to, options, p);
        } catch (...) {
            t.join();
            throw;
        }
        t.join();
        if (error)
            std::rethrow_exception(error);
        const size_t u = static_cast<size_t>(Flow::UsToChina);
        p.totals[u] = std::move(other.totals[u]);
        p.sectors[u] = std::move(other.sectors[u]);
        p.sectorList[u] = std::move(other.sectorList[u]);
        p.reporter[u] = other.reporter[u];
        p.baseYearTotalUsdBn[u] = other.baseYearTotalUsdBn[u];
        p.seasonalFactors[u] = other.seasonalFactors[u];
        p.periods.insert(p.periods.end(), other.periods.begin(), other.periods.end());
    } else {
        projectFlow(ds, schedule, params, Flow::ChinaToUs, from, to, options, p);
        projectFlow(ds, schedule, params, Flow::UsToChina, from, to, options, p);
    }
    projectRareEarths(ds, params, from, p.months, p);
    return p;
}

} // namespace tariffsim::core
