#include "ui/charts/chartaxes.h"

#include <cmath>
#include <limits>

namespace tariffsim::ui {

QString tickFormat(double lo, double hi, int ticks, const char* suffix)
{
    const double step = ticks > 1 ? (hi - lo) / (ticks - 1) : hi - lo;
    int decimals = 0;
    while (decimals < 3 && step > 0 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return QStringLiteral("%.%1f").arg(decimals) + QLatin1String(suffix);
}

int niceTickCount(double lo, double hi)
{
    const double span = hi - lo;
    if (!(span > 0))
        return 2;
    // The smallest step of 1, 2, 2.5 or 5 x 10^k that divides the range into at most 6 parts.
    for (double mag = std::pow(10.0, std::floor(std::log10(span)) - 1); mag <= span; mag *= 10.0)
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            const double parts = span / (m * mag);
            if (parts <= 6.0 + 1e-9 && std::abs(parts - std::round(parts)) < 1e-6 * parts)
                return static_cast<int>(std::round(parts)) + 1;
        }
    return 6;
}

AlignedRanges alignedRanges(double lo1, double hi1, double lo2, double hi2)
{
    // The smallest step of 1, 2, 2.5 or 5 x 10^k that is at least x.
    const auto niceCeil = [](double x) {
        if (!(x > 0))
            return 0.0;
        const double mag = std::pow(10.0, std::floor(std::log10(x)));
        for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (m * mag >= x * (1 - 1e-12))
                return m * mag;
        return 10.0 * mag;
    };
    AlignedRanges best;
    double bestWaste = std::numeric_limits<double>::infinity();
    for (int n = 3; n <= 6; ++n)
        for (int zero = 0; zero <= n; ++zero) { // the tick index of zero on both axes
            const auto step = [&](double lo, double hi) {
                if ((hi > 0 && zero == n) || (lo < 0 && zero == 0))
                    return std::numeric_limits<double>::infinity();
                return niceCeil(std::max(hi > 0 ? hi / (n - zero) : 0.0, lo < 0 ? -lo / zero : 0.0));
            };
            double s1 = step(lo1, hi1), s2 = step(lo2, hi2);
            if (!std::isfinite(s1) || !std::isfinite(s2))
                continue;
            s1 = s1 > 0 ? s1 : 1.0;
            s2 = s2 > 0 ? s2 : 1.0;
            // empty share of each axis; a little extra per tick keeps 4-6 ticks
            const double waste = 1 - (hi1 - lo1) / (n * s1) + 1 - (hi2 - lo2) / (n * s2) + 0.02 * n;
            if (waste < bestWaste - 1e-9) {
                bestWaste = waste;
                best = {-zero * s1, (n - zero) * s1, -zero * s2, (n - zero) * s2, n + 1};
            }
        }
    if (best.ticks == 0) {
        const auto [a, b] = niceRange(lo1, hi1);
        const auto [a2, b2] = niceRange(lo2, hi2);
        best = {a, b, a2, b2, 0};
    }
    return best;
}

std::pair<double, double> niceRange(double lo, double hi)
{
    if (!(hi > lo)) {
        hi = lo + 1.0;
    }
    const auto niceStep = [](double span) {
        const double raw = span / 5.0;
        const double mag = std::pow(10.0, std::floor(std::log10(raw)));
        for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (m * mag >= raw)
                return m * mag;
        return 10.0 * mag;
    };
    const double step = niceStep(hi - lo);
    return {std::floor(lo / step) * step, std::ceil(hi / step) * step};
}

int fitTickCount(int ticks, double length, double minSpacing)
{
    if (ticks <= 2 || length <= 0.0)
        return ticks;
    const int steps = ticks - 1;
    for (int n = steps; n >= 1; --n)
        if (steps % n == 0 && length / n >= minSpacing)
            return n + 1;
    return 2;
}

} // namespace tariffsim::ui
