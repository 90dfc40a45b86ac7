#pragma once

// The arithmetic of chart axes: "nice" bounds and tick counts, a left and a right
// axis that share their gridlines, and the tick label format. Plain functions,
// unit-tested (tests/ui/chartaxes.test.cpp); ChartView applies them.

#include <QString>

#include <utility>

namespace tariffsim::ui {

/// "Nice" axis bounds covering [lo, hi] (multiples of 1, 2, 2.5 or 5 x 10^k).
std::pair<double, double> niceRange(double lo, double hi);
/// Ranges of a left and a right axis with the same number of ticks and zero on
/// the same tick, each covering its [lo, hi] with steps of 1, 2, 2.5 or 5 x 10^k,
/// so both read off the same gridlines. `ticks` is 0 when no such pair exists
/// (the ranges are then niceRange's).
struct AlignedRanges {
    double lo1 = 0, hi1 = 1, lo2 = 0, hi2 = 1;
    int ticks = 0;
};
AlignedRanges alignedRanges(double lo1, double hi1, double lo2, double hi2);
/// Ticks (both ends included) that divide [lo, hi] into at most 6 steps of 1, 2,
/// 2.5 or 5 x 10^k: 0..200 gives 5 (a step of 50), -30..0 gives 7 (5). 6 when no
/// such step divides the range.
int niceTickCount(double lo, double hi);

/// Fewer ticks for a short axis: the largest count up to `ticks` whose steps
/// join whole steps of `ticks` (so the labels stay round numbers) and are at
/// least `minSpacing` pixels apart on an axis `length` pixels long; at least 2.
/// A length of 0 or less (not laid out yet) keeps `ticks`.
int fitTickCount(int ticks, double length, double minSpacing);

/// The printf format of tick labels with as many decimals as the tick step needs
/// (a step of 0.2 or 2.5 gives one, 50 none, at most three), so no two ticks
/// read the same: tickFormat(0, 1, 6) is "%.1f".
QString tickFormat(double lo, double hi, int ticks, const char* suffix = "");

} // namespace tariffsim::ui
