#include "projection.h"

#include "tradeengine.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <thread>

namespace tariffsim::core {

namespace {

// SplitMix64: a tiny, well-mixed generator. Each draw gets its own stream from
// (seed, draw index), so a draw's numbers never depend on which thread runs it.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1) from the top 53 bits (the same on every platform,
    // unlike std::uniform_real_distribution).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

double percentileOfSorted(const std::vector<double>& sorted, double pct)
{
    if (sorted.empty())
        return 0.0;
    const double pos = std::clamp(pct, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
    const size_t i = static_cast<size_t>(pos);
    const double frac = pos - static_cast<double>(i);
    return i + 1 < sorted.size() ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i];
}

} // namespace

MonteCarloResult monteCarlo(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                            YearMonth from, YearMonth to, int draws, unsigned seed,
                            const std::vector<double>& percentiles, int threads)
{
    if (draws < 1)
        throw std::invalid_argument("Monte Carlo needs at least one draw");
    if (to < from || from < kHorizonFirstMonth || kHorizonLastMonth < to)
        throw std::invalid_argument("Monte Carlo range must lie within " + kHorizonFirstMonth.toString() + ".."
                                    + kHorizonLastMonth.toString());
    const int H = std::clamp(params.frontLoadingMonths, 0, 24);
    const YearMonth start = detail::modelStart(params, from);
    std::array<detail::FlowModel, 2> models;
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina})
        models[static_cast<size_t>(f)] =
            detail::buildFlowModel(ds, schedule, params, f, start, to.addMonths(H), to, "GACC");

    const size_t M = static_cast<size_t>(to.monthsSince(from) + 1);
    const size_t offset = static_cast<size_t>(from.monthsSince(start));
    const size_t N = static_cast<size_t>(draws);
    // totals[f][k * N + i]: flow total of month k in draw i.
    std::array<std::vector<double>, 2> totals{std::vector<double>(M * N), std::vector<double>(M * N)};

    const auto runDraws = [&](size_t begin, size_t end) {
        std::vector<double> unit;
        detail::RunScratch scratch;
        for (size_t i = begin; i < end; ++i) {
            SplitMix64 rng{(static_cast<std::uint64_t>(seed) << 32) ^ (0xD1B54A32D192ED03ull * (i + 1))};
            for (size_t f = 0; f < 2; ++f) {
                const FlowParameters& fp = params.flows[f];
                // A value set outside its literature range widens the range to it.
                const auto draw = [&](const Parameter& q) {
                    return detail::triangular(std::min(q.low, q.value), q.value, std::max(q.high, q.value),
                                              rng.uniform());
                };
                const double eps = draw(fp.elasticity);
                const double lambda = draw(fp.adjustmentSpeed);
                const detail::FlowModel& fm = models[f];
                detail::runFlow(fm, eps, lambda, params.frontLoadingShare.value, unit, scratch);
                const size_t K = static_cast<size_t>(fm.months);
                for (size_t m = 0; m < M; ++m) {
                    const double b = fm.baseline[m + offset];
                    double v = 0.0;
                    for (size_t g = 0; g < fm.groups.size(); ++g)
                        v += fm.groups[g].share * (unit[g * K + m + offset] - b);
                    totals[f][m * N + i] = b + v;
                }
            }
        }
    };
    const size_t T = std::clamp<size_t>(static_cast<size_t>(std::max(threads, 1)), 1, N);
    std::vector<std::thread> pool;
    for (size_t t = 1; t < T; ++t)
        pool.emplace_back(runDraws, N * t / T, N * (t + 1) / T);
    runDraws(0, N / T);
    for (auto& th : pool)
        th.join();

    MonteCarloResult r;
    r.percentiles = percentiles;
    for (size_t f = 0; f < 2; ++f) {
        r.values[f].assign(percentiles.size(), std::vector<double>(M));
        std::vector<double> column(N);
        for (size_t m = 0; m < M; ++m) {
            std::copy(totals[f].begin() + static_cast<long>(m * N), totals[f].begin() + static_cast<long>((m + 1) * N),
                      column.begin());
            std::sort(column.begin(), column.end());
            for (size_t p = 0; p < percentiles.size(); ++p)
                r.values[f][p][m] = percentileOfSorted(column, percentiles[p]);
        }
    }
    return r;
}

} // namespace tariffsim::core
