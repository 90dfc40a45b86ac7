#include "projection.h"

#include "tradeengine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

namespace tariffsim::core {

namespace {

constexpr double kEpsMin = 0.01, kEpsMax = 20.0;
constexpr double kLambdaMin = 0.001, kLambdaMax = 1.0;

// The observations of one flow that inform the response, and a model to run.
struct FitProblem {
    detail::FlowModel model;
    std::vector<ObservedTrade> owned;
    std::vector<const ObservedTrade*> obs;
    double phi = 0.0;
    std::vector<double> unit;
    detail::RunScratch scratch;

    // Model sums over each observation's months.
    std::vector<double> predict(double eps, double lambda)
    {
        detail::runFlow(model, eps, lambda, phi, unit, scratch);
        const size_t K = static_cast<size_t>(model.months);
        std::vector<double> out;
        out.reserve(obs.size());
        for (const ObservedTrade* o : obs) {
            double v = 0.0;
            for (int k = o->first.monthsSince(model.first); k <= o->last.monthsSince(model.first); ++k) {
                const double b = model.baseline[static_cast<size_t>(k)];
                double dev = 0.0;
                for (size_t g = 0; g < model.groups.size(); ++g)
                    dev += model.groups[g].share * (unit[g * K + static_cast<size_t>(k)] - b);
                v += b + dev;
            }
            out.push_back(v);
        }
        return out;
    }
    std::vector<double> residuals(double eps, double lambda)
    {
        std::vector<double> pred = predict(eps, lambda);
        for (size_t i = 0; i < obs.size(); ++i)
            pred[i] = pred[i] > 0 ? std::log(obs[i]->valueUsdBn / pred[i]) : 50.0;
        return pred;
    }
    double sse(double eps, double lambda)
    {
        double s = 0.0;
        for (double r : residuals(eps, lambda))
            s += r * r;
        return s;
    }
};

std::optional<FitProblem> fitProblem(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                                     Flow flow, const std::string& wanted)
{
    const std::string reporter = detail::effectiveReporter(ds, flow, schedule.baseYear(), wanted);
    const YearMonth t0 = YearMonth::of(params.referenceDate);
    FitProblem p;
    YearMonth lastObs = t0;
    for (auto& o : fitObservations(ds, flow, reporter, t0)) {
        if (kHorizonLastMonth < o.last)
            continue;
        lastObs = std::max(lastObs, o.last);
        p.owned.push_back(std::move(o));
    }
    for (const auto& o : p.owned)
        p.obs.push_back(&o);
    if (p.obs.empty())
        return std::nullopt;
    const int H = std::clamp(params.frontLoadingMonths, 0, 24);
    p.model = detail::buildFlowModel(ds, schedule, params, flow, detail::modelStart(params, t0), lastObs.addMonths(H),
                                     lastObs, reporter);
    p.phi = params.frontLoadingShare.value;
    return p;
}

FlowCalibration statistics(FitProblem& p, Flow flow, double eps, double lambda)
{
    FlowCalibration c;
    c.flow = flow;
    c.elasticity = eps;
    c.adjustmentSpeed = lambda;
    c.observations = static_cast<int>(p.obs.size());
    const std::vector<double> pred = p.predict(eps, lambda);
    double se = 0, ape = 0, sl = 0;
    for (size_t i = 0; i < pred.size(); ++i) {
        const double actual = p.obs[i]->valueUsdBn;
        se += (pred[i] - actual) * (pred[i] - actual);
        ape += std::abs(pred[i] - actual) / actual;
        const double r = pred[i] > 0 ? std::log(actual / pred[i]) : 50.0;
        sl += r * r;
    }
    const double n = static_cast<double>(pred.size());
    c.rmseUsdBn = std::sqrt(se / n);
    c.mapePct = 100.0 * ape / n;
    c.rmseLog = std::sqrt(sl / n);
    return c;
}

// Levenberg-Marquardt on (eps, lambda) within bounds, from the best point of a
// coarse grid (the objective is not convex in lambda).
std::pair<double, double> fit(FitProblem& p)
{
    double bestE = 1.0, bestL = 0.2, best = std::numeric_limits<double>::infinity();
    for (int i = 0; i <= 40; ++i) {
        const double e = 0.05 * std::pow(8.0 / 0.05, i / 40.0);
        for (int j = 0; j <= 30; ++j) {
            const double l = 0.005 * std::pow(1.0 / 0.005, j / 30.0);
            const double s = p.sse(e, l);
            if (s < best) {
                best = s;
                bestE = e;
                bestL = l;
            }
        }
    }
    double e = bestE, l = bestL, mu = 1e-3;
    std::vector<double> r = p.residuals(e, l);
    for (int iter = 0; iter < 200; ++iter) {
        const double he = 1e-6 * std::max(1.0, e), hl = 1e-6 * std::max(0.01, l);
        const bool backE = e + he > kEpsMax, backL = l + hl > kLambdaMax;
        const std::vector<double> re = p.residuals(backE ? e - he : e + he, l);
        const std::vector<double> rl = p.residuals(e, backL ? l - hl : l + hl);
        double a = 0, b = 0, c = 0, ge = 0, gl = 0; // J'J = [a b; b c], J'r = (ge, gl)
        for (size_t i = 0; i < r.size(); ++i) {
            const double je = (re[i] - r[i]) / (backE ? -he : he);
            const double jl = (rl[i] - r[i]) / (backL ? -hl : hl);
            a += je * je;
            b += je * jl;
            c += jl * jl;
            ge += je * r[i];
            gl += jl * r[i];
        }
        bool improved = false;
        while (mu < 1e12) {
            const double aa = a * (1 + mu) + 1e-18, cc = c * (1 + mu) + 1e-18;
            const double det = aa * cc - b * b;
            if (det <= 0) {
                mu *= 10;
                continue;
            }
            const double de = -(cc * ge - b * gl) / det;
            const double dl = -(aa * gl - b * ge) / det;
            const double ne = std::clamp(e + de, kEpsMin, kEpsMax);
            const double nl = std::clamp(l + dl, kLambdaMin, kLambdaMax);
            const double s = p.sse(ne, nl);
            if (s < best) {
                const double step = std::abs(ne - e) + std::abs(nl - l);
                e = ne;
                l = nl;
                best = s;
                r = p.residuals(e, l);
                mu = std::max(mu / 10, 1e-12);
                improved = step > 1e-12;
                break;
            }
            mu *= 10;
        }
        if (!improved)
            break;
    }
    return {e, l};
}

} // namespace

std::vector<ObservedTrade> fitObservations(const Dataset& ds, Flow flow, const std::string& reporter, YearMonth from)
{
    std::vector<ObservedTrade> out;
    std::vector<const ObservedTrade*> periods;
    for (const auto& o : ds.observedTrade) {
        if (o.flow != flow || o.reporter != reporter || o.first < from)
            continue;
        if (o.singleMonth()) {
            if (std::none_of(out.begin(), out.end(), [&](const ObservedTrade& k) { return k.first == o.first; }))
                out.push_back(o);
        } else {
            periods.push_back(&o);
        }
    }
    // Shortest periods first, so that a half-year is reduced by the quarters in it.
    std::stable_sort(periods.begin(), periods.end(),
                     [](const ObservedTrade* a, const ObservedTrade* b) { return a->monthCount() < b->monthCount(); });
    for (const ObservedTrade* p : periods) {
        double known = 0.0;
        std::vector<YearMonth> open;
        bool straddles = false;
        for (YearMonth m = p->first; m <= p->last; m = m.addMonths(1)) {
            const auto it = std::find_if(out.begin(), out.end(),
                                         [&](const ObservedTrade& k) { return k.first <= m && m <= k.last; });
            if (it == out.end()) {
                open.push_back(m);
                continue;
            }
            // A known observation must lie wholly inside the period to be taken off it.
            if (it->first < p->first || p->last < it->last)
                straddles = true;
            else if (it->first == m)
                known += it->valueUsdBn;
        }
        if (open.empty() || straddles || open.back().monthsSince(open.front()) + 1 != static_cast<int>(open.size()))
            continue;
        const double rest = p->valueUsdBn - known;
        if (rest <= 0)
            continue;
        ObservedTrade r = *p;
        r.first = open.front();
        r.last = open.back();
        r.valueUsdBn = rest;
        if (r.first != p->first || r.last != p->last) {
            r.provenance.basis = "derived";
            r.provenance.note = "derived: " + p->first.toString() + ".." + p->last.toString() + " total less the months "
                + "known on their own";
        }
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const ObservedTrade& a, const ObservedTrade& b) { return a.first < b.first; });
    return out;
}

std::vector<FlowCalibration> calibrate(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                                       const std::string& reporter)
{
    std::vector<FlowCalibration> out;
    for (Flow flow : {Flow::ChinaToUs, Flow::UsToChina}) {
        auto p = fitProblem(ds, schedule, params, flow, reporter);
        if (!p) {
            FlowCalibration c;
            c.flow = flow;
            c.elasticity = params.flow(flow).elasticity.value;
            c.adjustmentSpeed = params.flow(flow).adjustmentSpeed.value;
            out.push_back(c);
            continue;
        }
        const auto [e, l] = fit(*p);
        out.push_back(statistics(*p, flow, e, l));
    }
    return out;
}

std::vector<FlowCalibration> fitStatistics(const Dataset& ds, const TariffSchedule& schedule,
                                           const ModelParameters& params, const std::string& reporter)
{
    std::vector<FlowCalibration> out;
    for (Flow flow : {Flow::ChinaToUs, Flow::UsToChina}) {
        const FlowParameters& fp = params.flow(flow);
        auto p = fitProblem(ds, schedule, params, flow, reporter);
        if (!p) {
            FlowCalibration c;
            c.flow = flow;
            c.elasticity = fp.elasticity.value;
            c.adjustmentSpeed = fp.adjustmentSpeed.value;
            out.push_back(c);
            continue;
        }
        out.push_back(statistics(*p, flow, fp.elasticity.value, fp.adjustmentSpeed.value));
    }
    return out;
}

std::vector<PeriodFit> fitByHalfYear(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                                     const std::string& reporter)
{
    std::vector<PeriodFit> out;
    for (Flow flow : {Flow::ChinaToUs, Flow::UsToChina}) {
        auto p = fitProblem(ds, schedule, params, flow, reporter);
        if (!p)
            continue;
        const FlowParameters& fp = params.flow(flow);
        const std::vector<double> pred = p->predict(fp.elasticity.value, fp.adjustmentSpeed.value);
        std::map<std::string, std::vector<size_t>> halves;
        for (size_t i = 0; i < p->obs.size(); ++i) {
            const YearMonth m = p->obs[i]->last;
            halves[std::to_string(m.year) + (m.month <= 6 ? "H1" : "H2")].push_back(i);
        }
        for (const auto& [label, idx] : halves) {
            PeriodFit f;
            f.flow = flow;
            f.period = label;
            f.observations = static_cast<int>(idx.size());
            double se = 0, ape = 0, me = 0;
            for (size_t i : idx) {
                const double actual = p->obs[i]->valueUsdBn;
                se += (pred[i] - actual) * (pred[i] - actual);
                ape += std::abs(pred[i] - actual) / actual;
                me += (pred[i] - actual) / actual;
            }
            const double n = static_cast<double>(idx.size());
            f.rmseUsdBn = std::sqrt(se / n);
            f.mapePct = 100.0 * ape / n;
            f.meanErrorPct = 100.0 * me / n;
            out.push_back(f);
        }
    }
    return out;
}

std::vector<ObservationComparison> compareWithObservations(const Dataset& ds, const TariffSchedule& schedule,
                                                           const ModelParameters& params, YearMonth from, YearMonth to,
                                                           const std::string& reporter)
{
    ProjectionOptions options;
    options.reporter = reporter;
    const Projection p = project(ds, schedule, params, from, to, options);
    std::vector<ObservationComparison> out;
    for (Flow flow : {Flow::ChinaToUs, Flow::UsToChina}) {
        const auto& rows = p.total(flow);
        const std::string& basis = p.reporter[static_cast<size_t>(flow)];
        for (const auto& o : ds.observedTrade) {
            if (o.flow != flow || o.reporter != basis || o.first < from || to < o.last)
                continue;
            ObservationComparison c;
            c.flow = flow;
            c.first = o.first;
            c.last = o.last;
            c.actualUsdBn = o.valueUsdBn;
            c.provenance = o.provenance;
            c.inSeasonalProfile = o.first.year == schedule.baseYear() && o.last.year == schedule.baseYear();
            if (o.singleMonth()) {
                const auto& r = rows[static_cast<size_t>(o.first.monthsSince(from))];
                c.baselineUsdBn = r.baselineUsdBn;
                c.scenarioUsdBn = r.scenarioUsdBn;
                c.lowUsdBn = r.lowUsdBn;
                c.highUsdBn = r.highUsdBn;
            } else {
                for (const auto& pc : p.periods)
                    if (pc.flow == flow && pc.first == o.first && pc.last == o.last) {
                        c.baselineUsdBn = pc.baselineUsdBn;
                        c.scenarioUsdBn = pc.scenarioUsdBn;
                        c.lowUsdBn = pc.lowUsdBn;
                        c.highUsdBn = pc.highUsdBn;
                    }
            }
            out.push_back(c);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(static_cast<int>(a.flow), a.first.index(), a.last.index())
            < std::make_tuple(static_cast<int>(b.flow), b.first.index(), b.last.index());
    });
    return out;
}

} // namespace tariffsim::core
