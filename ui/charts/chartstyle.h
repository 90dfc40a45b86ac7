#pragma once

// One chart style for the window and the exports: the pen of each series style,
// the font family and the sizes of text on screen and on an export canvas.

#include "ui/charts/chartmodels.h"

#include <QFont>
#include <QPen>
#include <QString>

namespace tariffsim::ui {

/// The family every chart and export writes in (fonts-dejavu-core): named, so that
/// exported SVG text reads the same in other viewers.
QString chartFontFamily();
/// The family Chinese text falls back to in charts and exports: WenQuanYi Micro
/// Hei. Not Noto CJK: it draws an ideograph and its Kangxi radical (月 and ⽉)
/// with one glyph, and QPdfWriter's Unicode map then gives text extracted from a
/// PDF as the radical.
QString cjkFontFamily();

/// A chart font of `points` on screen or, for an export canvas, at 1.85 pixels per
/// point (8 pt labels become 15 px, readable on a slide 1280 to 1920 pixels wide).
QFont chartFont(double points, bool bold = false, bool exportCanvas = false);

/// The pen of a line series: 2.2 px for step lines, 1.8 px otherwise; dashed
/// baselines; one dash pattern per pinned scenario (dotted, dash-dot,
/// dash-dot-dot, long dashes).
QPen seriesPen(SeriesStyle style, const QColor& color);

/// Whether a style is one of the pinned scenarios' line styles.
bool isPinStyle(SeriesStyle style);

/// A value as charts label it: "$12.3bn", "123亿美元" (a money series in a Chinese
/// interface, toDisplayMoney), "602 t", "34.0%" (two decimals under 10, one under
/// 100, none above).
QString formatChartValue(double value, const QString& unit);

} // namespace tariffsim::ui
