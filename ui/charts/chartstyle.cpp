#include "ui/charts/chartstyle.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace tariffsim::ui {

namespace {

struct ChartStyle {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::ChartStyle)
};

} // namespace

QString chartFontFamily() { return QStringLiteral("DejaVu Sans"); }

QString cjkFontFamily() { return QStringLiteral("WenQuanYi Micro Hei"); }

QFont chartFont(double points, bool bold, bool exportCanvas)
{
    QFont f(chartFontFamily());
    // Chinese text from the CJK font (DejaVu Sans has no Han characters).
    f.setFamilies({chartFontFamily(), cjkFontFamily()});
    if (exportCanvas) {
        f.setPixelSize(static_cast<int>(std::lround(points * 1.85)));
        // No ligatures in exports (any letter spacing turns them off in Qt 6.4):
        // text extracted from a PDF or SVG then reads "effect", not "eﬀect".
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    } else
        f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QPen seriesPen(SeriesStyle style, const QColor& color)
{
    QPen pen(color, style == SeriesStyle::Step ? 2.2 : 1.8);
    switch (style) {
    case SeriesStyle::Dashed: pen.setStyle(Qt::DashLine); break;
    case SeriesStyle::Dotted: pen.setStyle(Qt::DotLine); break;
    case SeriesStyle::DashDot: pen.setStyle(Qt::DashDotLine); break;
    case SeriesStyle::DashDotDot: pen.setStyle(Qt::DashDotDotLine); break;
    case SeriesStyle::LongDash: pen.setDashPattern({8, 3}); break;
    default: break;
    }
    return pen;
}

bool isPinStyle(SeriesStyle style)
{
    return style == SeriesStyle::Dotted || style == SeriesStyle::DashDot || style == SeriesStyle::DashDotDot
        || style == SeriesStyle::LongDash;
}

QString formatChartValue(double v, const QString& unit)
{
    const int decimals = std::abs(v) >= 100 ? 0 : (std::abs(v) >= 10 ? 1 : 2);
    if (unit == QLatin1String("$bn"))
        return QStringLiteral("$%1bn").arg(v, 0, 'f', decimals);
    if (unit == kUsdHundredMillions)
        return QStringLiteral("%1亿美元").arg(v, 0, 'f', decimals);
    if (unit == QLatin1String("t"))
        return ChartStyle::tr("%1 t").arg(v, 0, 'f', 0);
    return QStringLiteral("%1%2").arg(v, 0, 'f', decimals).arg(unit);
}

} // namespace tariffsim::ui
