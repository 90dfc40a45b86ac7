// The layers ChartView draws over Qt Charts' own items: truce shading, event
// markers and their labels, value labels on exported bars, the hover readout.

#include "chartview.h"

#include "ui/charts/chartlegend.h"
#include "ui/charts/chartstyle.h"
#include "ui/document/dates.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace tariffsim::ui {

QString ChartView::overlayKey() const
{
    // Everything the overlay items' positions and contents depend on.
    const QRectF plot = chart()->plotArea();
    QString key = QStringLiteral("%1,%2,%3,%4|%5,%6|%7,%8|%9")
                      .arg(plot.x()).arg(plot.y()).arg(plot.width()).arg(plot.height())
                      .arg(m_model.xMinMs).arg(m_model.xMaxMs).arg(m_yMin).arg(m_yMax)
                      .arg(m_export ? 1 : 0);
    for (const ChartMarker& mk : m_model.markers)
        key += QStringLiteral("|m%1,%2").arg(mk.xMs).arg(mk.label);
    key += QStringLiteral("|e%1,%2").arg(m_model.dataEdge.xMs).arg(m_model.dataEdge.label);
    for (const ChartValueLabel& l : m_model.valueLabels)
        key += QStringLiteral("|v%1,%2,%3").arg(l.xMs).arg(l.y).arg(l.text);
    if (!m_model.timeAxis)
        for (double v : m_model.barValues)
            key += QStringLiteral("|b%1").arg(v);
    return key;
}

QAbstractSeries* ChartView::referenceSeries() const
{
    for (size_t i = 0; i < m_series.size() && i < m_model.series.size(); ++i)
        if (!m_model.series[i].secondaryAxis)
            return m_bandUpper[i] ? static_cast<QAbstractSeries*>(m_series[i]->parent()) : m_series[i];
    return nullptr;
}

void ChartView::placeSpans()
{
    // Truce shading moves on every step of a truce drag: its rectangles are kept
    // and moved rather than rebuilt with the other overlays.
    QChart* c = chart();
    QAbstractSeries* ref = m_model.timeAxis && m_y && m_xTime ? referenceSeries() : nullptr;
    std::vector<QRectF> rects;
    std::vector<const ChartSpan*> spans;
    if (ref) {
        const QRectF plot = c->plotArea();
        for (const ChartSpan& span : m_model.spans) {
            if (m_hidden.contains(spanLegendKey(span)))
                continue;
            const double x0 = std::clamp(c->mapToPosition(QPointF(span.fromMs, m_yMin), ref).x(), plot.left(), plot.right());
            const double x1 = std::clamp(c->mapToPosition(QPointF(span.toMs, m_yMin), ref).x(), plot.left(), plot.right());
            if (x1 <= x0)
                continue;
            rects.emplace_back(x0, plot.top(), x1 - x0, plot.height());
            spans.push_back(&span);
        }
    }
    while (m_spanItems.size() > rects.size()) {
        delete m_spanItems.back();
        m_spanItems.pop_back();
    }
    while (m_spanItems.size() < rects.size()) {
        auto* rect = new QGraphicsRectItem(c);
        rect->setPen(Qt::NoPen);
        rect->setZValue(-1);
        m_spanItems.push_back(rect);
    }
    for (size_t i = 0; i < rects.size(); ++i) {
        QGraphicsRectItem* item = m_spanItems[i];
        if (item->rect() != rects[i])
            item->setRect(rects[i]);
        const QBrush brush(spans[i]->color, spans[i]->assumed ? Qt::BDiagPattern : Qt::SolidPattern);
        if (item->brush() != brush)
            item->setBrush(brush);
        if (item->toolTip() != spans[i]->label)
            item->setToolTip(spans[i]->label);
    }
}

void ChartView::placeOverlays()
{
    placeSpans();
    // Rebuilding unchanged overlays would only invalidate the scene on every slider step.
    const QString key = overlayKey();
    if (key == m_overlayKey && !m_overlays.empty())
        return;
    m_overlayKey = key;
    for (QGraphicsItem* item : m_overlays)
        delete item;
    m_overlays.clear();
    if (m_export && !m_model.timeAxis && m_bars && m_categories) {
        // An export has no hover: each bar's value at its end, inside the bar
        // (white) where it fits, else just beyond it.
        QChart* c = chart();
        const QFont font = roleFont(7);
        const QFontMetricsF fm(font);
        const QStringList shown = m_categories->categories();
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const qsizetype k = m_model.categories.indexOf(shown[i]);
            if (k < 0 || k >= m_model.barValues.size())
                continue;
            const double v = m_model.barValues[k];
            const QString text = formatChartValue(v, m_model.barUnit);
            const QPointF end = c->mapToPosition(QPointF(v, static_cast<double>(i)), m_bars);
            const QPointF zero = c->mapToPosition(QPointF(0, static_cast<double>(i)), m_bars);
            const double width = fm.horizontalAdvance(text);
            const bool inside = std::abs(end.x() - zero.x()) > width + 12;
            const double x = (v < 0) == inside ? end.x() + 6 : end.x() - 6 - width;
            auto* label = new QGraphicsSimpleTextItem(text, c);
            label->setFont(font);
            label->setBrush(inside ? QColor(Qt::white) : QColor(40, 40, 40));
            label->setPos(x, end.y() - fm.height() / 2);
            label->setZValue(5);
            m_overlays.push_back(label);
        }
        return;
    }
    if (!m_model.timeAxis || !m_y || !m_xTime || m_series.empty())
        return;
    QChart* c = chart();
    const QRectF plot = c->plotArea();
    QAbstractSeries* ref = nullptr;
    for (size_t i = 0; i < m_series.size(); ++i)
        if (!m_model.series[i].secondaryAxis) {
            ref = m_bandUpper[i] ? static_cast<QAbstractSeries*>(m_series[i]->parent()) : m_series[i];
            break;
        }
    if (!ref)
        return;
    const auto xPos = [&](double ms) { return c->mapToPosition(QPointF(ms, m_yMin), ref).x(); };

    if (m_yearLabels) {
        const QFont font = roleFont(8);
        const QFontMetricsF yfm(font);
        const QPen grid = m_y->gridLinePen();
        const QDate first = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(m_model.xMinMs), Qt::UTC).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(m_model.xMaxMs), Qt::UTC).date();
        const double perYear = std::abs(xPos(m_model.xMinMs + 365.25 * 86400000.0) - xPos(m_model.xMinMs));
        const int every = std::max(1, static_cast<int>(std::ceil((yfm.horizontalAdvance(QStringLiteral("0000")) + 16)
                                                                 / std::max(1.0, perYear))));
        for (int year = first.year(); year <= last.year(); ++year) {
            // 1 January at noon UTC, the convention of the chart models
            const double ms = static_cast<double>(
                QDateTime(QDate(year, 1, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
            if (ms < m_model.xMinMs - 1.0 || ms > m_model.xMaxMs + 1.0)
                continue;
            const double x = std::clamp(xPos(ms), plot.left(), plot.right());
            auto* line = new QGraphicsLineItem(x, plot.top(), x, plot.bottom(), c);
            line->setPen(grid);
            line->setZValue(-0.5);
            m_overlays.push_back(line);
            if (year % every != 0)
                continue;
            auto* text = new QGraphicsSimpleTextItem(QString::number(year), c);
            text->setFont(font);
            text->setBrush(m_xTime->labelsBrush());
            text->setPos(x - yfm.horizontalAdvance(text->text()) / 2, plot.bottom() + 6);
            m_overlays.push_back(text);
        }
    }

    // Event markers: a thin line each; labels stacked in up to three rows so
    // close events do not overlap (a label that fits no row is left to the tooltip).
    const QFont labelFont = roleFont(7);
    const QFontMetricsF fm(labelFont);
    std::vector<double> rowRight(3, -std::numeric_limits<double>::infinity());
    std::vector<const ChartMarker*> markers;
    for (const ChartMarker& mk : m_model.markers)
        markers.push_back(&mk);
    std::sort(markers.begin(), markers.end(), [](auto* a, auto* b) { return a->xMs < b->xMs; });
    for (const ChartMarker* mk : markers) {
        const double x = xPos(mk->xMs);
        if (x < plot.left() || x > plot.right())
            continue;
        auto* line = new QGraphicsLineItem(x, plot.top(), x, plot.bottom(), c);
        // A faint solid line: dotted pens are slow in the raster engine and these
        // lines are repainted on every slider step.
        line->setPen(QPen(QColor(90, 90, 90, 90), 1));
        line->setZValue(3);
        m_overlays.push_back(line);
        if (!m_export) { // a wider target for the tooltip; nothing to hover in an export
            auto* hit = new QGraphicsRectItem(QRectF(x - 3, plot.top(), 6, plot.height()), c);
            hit->setPen(Qt::NoPen);
            hit->setBrush(Qt::transparent);
            hit->setToolTip(mk->tooltip);
            hit->setZValue(4);
            m_overlays.push_back(hit);
        }
        const double width = fm.horizontalAdvance(mk->label);
        double left = x + 2;
        if (left + width > plot.right())
            left = x - 2 - width;
        for (size_t row = 0; row < rowRight.size(); ++row) {
            if (left > rowRight[row] + (m_export ? 10 : 4)) {
                auto* text = new QGraphicsSimpleTextItem(mk->label, c);
                text->setFont(labelFont);
                text->setBrush(QColor(40, 40, 40));
                text->setPos(left, plot.top() + 2 + static_cast<double>(row) * (fm.height() + 1));
                text->setZValue(5);
                text->setToolTip(mk->tooltip);
                m_overlays.push_back(text);
                rowRight[row] = left + width;
                break;
            }
        }
    }

    // Where the observed data end: a dashed grey line with its label at the foot
    // of the plot (in the window; an export labels its last observed points).
    if (!m_export && m_model.dataEdge.xMs > 0 && m_model.dataEdge.xMs >= m_model.xMinMs
        && m_model.dataEdge.xMs <= m_model.xMaxMs) {
        const double x = xPos(m_model.dataEdge.xMs);
        auto* line = new QGraphicsLineItem(x, plot.top(), x, plot.bottom(), c);
        line->setPen(QPen(QColor(60, 60, 60, 150), 1, Qt::DashLine));
        line->setZValue(3);
        line->setData(0, QStringLiteral("data-edge"));
        m_overlays.push_back(line);
        const QFont font = roleFont(7);
        const QFontMetricsF efm(font);
        const double width = efm.horizontalAdvance(m_model.dataEdge.label);
        const double left = x - 3 - width >= plot.left() ? x - 3 - width : x + 3;
        auto* back = new QGraphicsRectItem(QRectF(left - 2, plot.bottom() - efm.height() - 3, width + 4, efm.height()), c);
        back->setPen(Qt::NoPen);
        back->setBrush(QColor(255, 255, 255, 200));
        back->setZValue(5);
        back->setToolTip(m_model.dataEdge.tooltip);
        m_overlays.push_back(back);
        auto* text = new QGraphicsSimpleTextItem(m_model.dataEdge.label, c);
        text->setFont(font);
        text->setBrush(QColor(60, 60, 60));
        text->setPos(left, plot.bottom() - efm.height() - 3);
        text->setZValue(6);
        text->setToolTip(m_model.dataEdge.tooltip);
        text->setData(0, QStringLiteral("data-edge-label"));
        m_overlays.push_back(text);
    }

    // Value labels: a dot on the point and the value beside it, inside the plot
    // area (left of the point near the right edge, below it near the top).
    QAbstractSeries* right = nullptr;
    for (size_t i = 0; i < m_series.size() && i < m_model.series.size(); ++i)
        if (m_model.series[i].secondaryAxis && !m_bandUpper[i]) {
            right = m_series[i];
            break;
        }
    const QFont valueFont = roleFont(7, true);
    const QFontMetricsF vfm(valueFont);
    std::vector<QRectF> placedLabels;
    for (const ChartValueLabel& l : m_model.valueLabels) {
        QAbstractSeries* axisOf = l.secondaryAxis ? right : ref;
        if (!axisOf || l.xMs < m_model.xMinMs || l.xMs > m_model.xMaxMs)
            continue;
        const QPointF at = c->mapToPosition(QPointF(l.xMs, l.y), axisOf);
        if (!plot.adjusted(-1, -1, 1, 1).contains(at))
            continue;
        auto* dot = new QGraphicsEllipseItem(at.x() - 3, at.y() - 3, 6, 6, c);
        dot->setPen(QPen(Qt::white, 1));
        dot->setBrush(l.color.isValid() ? l.color : QColor(40, 40, 40));
        dot->setZValue(6);
        m_overlays.push_back(dot);
        // Above right of the point, else below, else left; a label that would
        // cover one already placed moves on to the next position.
        const double width = vfm.horizontalAdvance(l.text);
        const double h = vfm.height();
        const double rightX = at.x() + 6 + width > plot.right() - 2 ? at.x() - 6 - width : at.x() + 6;
        const double leftX = at.x() - 6 - width < plot.left() + 2 ? at.x() + 6 : at.x() - 6 - width;
        const QRectF candidates[] = {
            {rightX, at.y() - h - 3, width, h}, {rightX, at.y() + 4, width, h},
            {leftX, at.y() - h - 3, width, h},  {leftX, at.y() + 4, width, h},
            {rightX, at.y() - 2 * h - 6, width, h}, {rightX, at.y() + h + 8, width, h},
        };
        QRectF box = candidates[0];
        for (const QRectF& r : candidates) {
            const bool inside = r.top() >= plot.top() + 1 && r.bottom() <= plot.bottom() - 1;
            const bool free = std::none_of(placedLabels.begin(), placedLabels.end(),
                                           [&](const QRectF& o) { return o.intersects(r.adjusted(-2, -1, 2, 1)); });
            if (inside && free) {
                box = r;
                break;
            }
        }
        placedLabels.push_back(box);
        const double x = box.left(), y = box.top();
        auto* back = new QGraphicsRectItem(QRectF(x - 2, y, width + 4, vfm.height()), c);
        back->setPen(Qt::NoPen);
        back->setBrush(QColor(255, 255, 255, 210));
        back->setZValue(6);
        m_overlays.push_back(back);
        auto* text = new QGraphicsSimpleTextItem(l.text, c);
        text->setFont(valueFont);
        text->setBrush(l.color.isValid() ? l.color.darker(130) : QColor(40, 40, 40));
        text->setPos(x, y);
        text->setZValue(7);
        m_overlays.push_back(text);
    }
}

void ChartView::setSeriesVisible(const QString& key, bool visible)
{
    if (visible)
        m_hidden.remove(key);
    else
        m_hidden.insert(key);
    applyHidden();
}

void ChartView::applyHidden()
{
    for (size_t i = 0; i < m_series.size() && i < m_model.series.size(); ++i) {
        QAbstractSeries* shown = m_bandUpper[i] ? static_cast<QAbstractSeries*>(m_series[i]->parent()) : m_series[i];
        const bool visible = !m_hidden.contains(m_model.series[i].name);
        if (shown->isVisible() != visible)
            shown->setVisible(visible);
    }
    if (m_lossSet && m_gainSet) {
        const auto show = [](QBarSet* set, bool on) {
            QColor c = set->color();
            c.setAlpha(on ? 255 : 0);
            set->setColor(c);
            set->setBorderColor(c);
        };
        show(m_lossSet, !m_hidden.contains(QStringLiteral("bars:loss")));
        show(m_gainSet, !m_hidden.contains(QStringLiteral("bars:gain")));
    }
    placeSpans();
}

QString ChartView::hoverTextAt(const QPointF& viewportPos) const
{
    QChart* c = chart();
    const QPointF at = c->mapFromScene(mapToScene(viewportPos.toPoint()));
    const QRectF plot = c->plotArea();
    if (!plot.adjusted(-4, -4, 4, 4).contains(at))
        return {};
    if (!m_model.timeAxis) {
        if (!m_bars || !m_categories || m_categories->count() == 0)
            return {};
        const int index = static_cast<int>(std::lround(c->mapToValue(at, m_bars).y()));
        if (index < 0 || index >= m_categories->count())
            return {};
        const QString name = m_categories->at(index);
        const qsizetype k = m_model.categories.indexOf(name);
        if (k < 0 || k >= m_model.barValues.size())
            return {};
        return tr("%1\n%2 against baseline").arg(name, formatChartValue(m_model.barValues[k], m_model.barUnit));
    }
    // The nearest point in screen distance of every shown series, within 24 pixels:
    // a line need not be hit exactly. A step line is read at the cursor's date.
    constexpr double reach = 24;
    double best = reach * reach;
    QString text;
    // (a band's lower line is not attached to the chart: map through the area)
    QAbstractSeries* ref = referenceSeries();
    if (!ref)
        return {};
    const double xMs = c->mapToValue(at, ref).x();
    for (size_t i = 0; i < m_series.size() && i < m_model.series.size(); ++i) {
        const ChartSeries& s = m_model.series[i];
        if (m_hidden.contains(s.name) || s.points.isEmpty())
            continue;
        QAbstractSeries* axisOf = m_bandUpper[i] ? static_cast<QAbstractSeries*>(m_series[i]->parent()) : m_series[i];
        const auto consider = [&](const QPointF& value, const QString& what) {
            if (value.x() < m_model.xMinMs || value.x() > m_model.xMaxMs)
                return;
            const QPointF p = c->mapToPosition(value, axisOf);
            const double d = (p.x() - at.x()) * (p.x() - at.x()) + (p.y() - at.y()) * (p.y() - at.y());
            if (d >= best)
                return;
            best = d;
            const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.x()), Qt::UTC).date();
            const QString when = m_model.id == ChartId::Tariffs ? formatDay(day)
                                                                : formatMonth(core::YearMonth{day.year(), day.month()});
            text = tr("%1\n%2: %3").arg(what, when, formatChartValue(value.y(), s.unit));
        };
        const auto& pts = s.points;
        // the points either side of the cursor's date (points are in date order)
        const auto after = std::lower_bound(pts.begin(), pts.end(), xMs,
                                            [](const QPointF& p, double x) { return p.x() < x; });
        if (s.style == SeriesStyle::Step && after != pts.begin() && after != pts.end()) {
            // a daily step path: its rate on the cursor's day
            const double day = std::floor(xMs / 86400000.0) * 86400000.0;
            const auto on = std::upper_bound(pts.begin(), pts.end(), day,
                                             [](double x, const QPointF& p) { return x < p.x(); });
            if (on != pts.begin()) {
                consider(QPointF(day, (on - 1)->y()), s.name);
                continue;
            }
        }
        for (auto it = after == pts.begin() ? after : after - 1; it != pts.end() && it <= after; ++it)
            consider(*it, s.name);
        if (s.style == SeriesStyle::Band && after != s.upper.end() && s.upper.size() == pts.size()) {
            const auto k = after - pts.begin();
            for (auto j = std::max<qsizetype>(0, k - 1); j <= k && j < s.upper.size(); ++j)
                consider(s.upper[j], s.name);
        }
    }
    return text;
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    if (m_export)
        return;
    const QString text = hoverTextAt(event->position());
    if (text == m_hoverText)
        return;
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint() + QPoint(12, 12), text, this);
}

void ChartView::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    m_hoverText.clear();
}

} // namespace tariffsim::ui
