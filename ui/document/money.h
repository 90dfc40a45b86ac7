#pragma once

// The one way amounts of US dollars are written for readers, in the interface's
// language: "$33.0bn" in English; 330亿美元 in Chinese, where amounts are counted in
// hundreds of millions (亿): the figure in billions times ten, to one decimal fewer,
// so both carry the same precision.

#include <QString>

namespace tariffsim::ui {

/// `usdBn` (billions) to `decimals` places in billions: "$33.0bn", "−$3.1bn";
/// 330亿美元, "−31亿美元". `sign` adds "+" before a positive amount.
QString formatUsdBn(double usdBn, int decimals = 1, bool sign = false);
/// formatUsdBn's figure alone, without sign or unit: "1,314.0"; "13,140".
QString usdBnFigure(double usdBn, int decimals = 1);
/// The places an amount given to `decimals` places in billions carries in the
/// interface's unit: the same in English, one fewer in 亿.
int usdBnPlaces(int decimals);
/// The unit as an axis or a column names it: "USD bn"; 亿美元.
QString usdBnUnit();
/// What one billion is in that unit: 1 in English, 10 in Chinese.
double usdBnScale();

} // namespace tariffsim::ui
