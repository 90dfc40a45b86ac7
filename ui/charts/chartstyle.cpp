#include "ui/charts/chartstyle.h"

#include <cmath>

namespace tariffsim::ui {

QString chartFontFamily() { return QStringLiteral("DejaVu Sans"); }

QFont chartFont(double points, bool bold, bool exportCanvas)
{
    QFont f(chartFontFamily());
    if (exportCanvas)
        f.setPixelSize(static_cast<int>(std::lround(points * 1.85)));
    else
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

} // namespace tariffsim::ui
