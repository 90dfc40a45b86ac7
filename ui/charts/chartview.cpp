#include "chartview.h"

#include "ui/charts/chartstyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tariffsim::ui {

namespace {

QString formatValue(double v, const QString& unit)
{
    const int decimals = std::abs(v) >= 100 ? 0 : (std::abs(v) >= 10 ? 1 : 2);
    if (unit == QLatin1String("$bn"))
        return QStringLiteral("$%1bn").arg(v, 0, 'f', decimals);
    if (unit == QLatin1String("t"))
        return QStringLiteral("%1 t").arg(v, 0, 'f', 0);
    return QStringLiteral("%1%2").arg(v, 0, 'f', decimals).arg(unit);
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setTitleFont(chartFont(11, true));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setFont(chartFont(8));
    chart()->setMargins(QMargins(6, 4, 6, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    connect(chart(), &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        placeOverlays();
        emit plotAreaChanged(area);
    });
}

ChartView::~ChartView() = default;

QString ChartView::structureKey(const ChartModel& m) const
{
    QString key = m.timeAxis ? QStringLiteral("time|") : QStringLiteral("bars|");
    key += m.y2Title + QLatin1Char('|');
    for (const auto& s : m.series)
        key += s.name + QLatin1Char('/') + QString::number(static_cast<int>(s.style)) + QLatin1Char(';');
    return key;
}

namespace {

// Whether two models draw the same picture (same structure assumed).
bool sameSeries(const ChartSeries& a, const ChartSeries& b)
{
    return a.name == b.name && a.legend == b.legend && a.color == b.color && a.points == b.points && a.upper == b.upper;
}

bool sameContent(const ChartModel& a, const ChartModel& b)
{
    if (a.title != b.title || a.yTitle != b.yTitle || a.y2Title != b.y2Title || a.xMinMs != b.xMinMs
        || a.xMaxMs != b.xMaxMs || a.series.size() != b.series.size() || a.spans.size() != b.spans.size()
        || a.markers.size() != b.markers.size() || a.categories != b.categories || a.barValues != b.barValues)
        return false;
    for (size_t i = 0; i < a.series.size(); ++i)
        if (!sameSeries(a.series[i], b.series[i]))
            return false;
    for (size_t i = 0; i < a.spans.size(); ++i)
        if (a.spans[i].fromMs != b.spans[i].fromMs || a.spans[i].toMs != b.spans[i].toMs
            || a.spans[i].label != b.spans[i].label || a.spans[i].assumed != b.spans[i].assumed)
            return false;
    for (size_t i = 0; i < a.markers.size(); ++i)
        if (a.markers[i].xMs != b.markers[i].xMs || a.markers[i].label != b.markers[i].label)
            return false;
    return true;
}

} // namespace

void ChartView::setModel(const ChartModel& model)
{
    const QString key = structureKey(model);
    // An unchanged chart is left alone: no series replaced, no repaint (the rare-earth
    // chart, say, does not move with a tariff slider).
    if (!m_forceNextUpdate && key == m_structure && sameContent(model, m_model))
        return;
    m_forceNextUpdate = false;
    ++m_modelUpdates;
    m_model = model;
    if (key != m_structure) {
        m_structure = key;
        for (QGraphicsItem* item : m_overlays)
            delete item;
        m_overlays.clear();
        chart()->removeAllSeries();
        for (QAbstractAxis* axis : chart()->axes()) {
            chart()->removeAxis(axis);
            delete axis;
        }
        m_series.clear();
        m_bandUpper.clear();
        m_xTime = nullptr;
        m_y = m_y2 = m_xValue = nullptr;
        m_categories = nullptr;
        m_bars = nullptr;
        m_lossSet = m_gainSet = nullptr;
        if (model.timeAxis)
            buildTimeChart();
        else
            buildBarChart();
        applyFonts();
        m_locked = false; // a new structure takes fresh ranges
    }
    const QString title = m_export ? QString() : model.title;
    if (chart()->title() != title)
        chart()->setTitle(title);
    if (model.timeAxis)
        updateTimeData();
    else
        updateBarData();
    placeOverlays();
}

void ChartView::buildTimeChart()
{
    QChart* c = chart();
    m_xTime = new QDateTimeAxis;
    m_xTime->setLabelsFont(chartFont(8));
    m_xTime->setTitleFont(chartFont(8));
    c->addAxis(m_xTime, Qt::AlignBottom);
    m_y = new QValueAxis;
    m_y->setTitleText(m_model.yTitle);
    m_y->setTitleFont(chartFont(8));
    m_y->setLabelsFont(chartFont(8));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_y, Qt::AlignLeft);
    if (!m_model.y2Title.isEmpty()) {
        m_y2 = new QValueAxis;
        m_y2->setTitleText(m_model.y2Title);
        m_y2->setTitleFont(chartFont(8));
        m_y2->setLabelsFont(chartFont(8));
        m_y2->setLabelFormat(QStringLiteral("%.0f"));
        m_y2->setGridLineVisible(false);
        c->addAxis(m_y2, Qt::AlignRight);
    }
    for (const ChartSeries& s : m_model.series) {
        QAbstractSeries* shown = nullptr;
        QAbstractSeries* data = nullptr;
        QLineSeries* upper = nullptr;
        const QString name = s.name;
        const QString unit = s.unit;
        const bool secondary = s.secondaryAxis && m_y2;
        switch (s.style) {
        case SeriesStyle::Band: {
            auto* lower = new QLineSeries;
            upper = new QLineSeries;
            auto* area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            area->setBrush(s.color);
            area->setPen(Qt::NoPen);
            connect(area, &QAreaSeries::hovered, this,
                    [this, name, unit, secondary](const QPointF& p, bool state) {
                        if (state)
                            showHover(name, unit, p, secondary);
                    });
            shown = area;
            data = lower;
            break;
        }
        case SeriesStyle::Points: {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerSize(7);
            scatter->setColor(s.color);
            scatter->setBorderColor(Qt::white);
            connect(scatter, &QXYSeries::hovered, this, [this, name, unit, secondary](const QPointF& p, bool state) {
                if (state)
                    showHover(name, unit, p, secondary);
            });
            shown = data = scatter;
            break;
        }
        default: {
            auto* line = new QLineSeries;
            line->setPen(seriesPen(s.style, s.color));
            connect(line, &QXYSeries::hovered, this, [this, name, unit, secondary](const QPointF& p, bool state) {
                if (state)
                    showHover(name, unit, p, secondary);
            });
            shown = data = line;
            break;
        }
        }
        shown->setName(s.legend.isEmpty() ? s.name : s.legend);
        c->addSeries(shown);
        shown->attachAxis(m_xTime);
        shown->attachAxis(secondary ? m_y2 : m_y);
        m_series.push_back(data);
        m_bandUpper.push_back(upper);
    }
    // Clicking a legend entry hides or shows its series.
    for (QLegendMarker* marker : c->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries* series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true);
            QFont f = marker->font();
            f.setStrikeOut(!series->isVisible());
            marker->setFont(f);
            QBrush label = marker->labelBrush();
            QColor color = label.color();
            color.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(color);
        });
    }
}

void ChartView::buildBarChart()
{
    QChart* c = chart();
    m_bars = new QHorizontalStackedBarSeries;
    m_lossSet = new QBarSet(tr("Below baseline"));
    m_gainSet = new QBarSet(tr("Above baseline"));
    m_lossSet->setColor(palette::chinaOnUs);
    m_lossSet->setBorderColor(palette::chinaOnUs);
    m_gainSet->setColor(palette::green);
    m_gainSet->setBorderColor(palette::green);
    m_bars->append(m_lossSet);
    m_bars->append(m_gainSet);
    m_bars->setBarWidth(0.7);
    c->addSeries(m_bars);
    m_categories = new QBarCategoryAxis;
    m_categories->setLabelsFont(chartFont(8));
    c->addAxis(m_categories, Qt::AlignLeft);
    m_bars->attachAxis(m_categories);
    m_xValue = new QValueAxis;
    m_xValue->setLabelsFont(chartFont(8));
    m_xValue->setTitleFont(chartFont(8));
    m_xValue->setLabelFormat(QStringLiteral("%.0f%%"));
    c->addAxis(m_xValue, Qt::AlignBottom);
    m_bars->attachAxis(m_xValue);
    connect(m_bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
        if (!status || !m_categories || index < 0 || index >= m_categories->count())
            return;
        const QString name = m_categories->at(index);
        const int modelIndex = static_cast<int>(m_model.categories.indexOf(name));
        if (modelIndex < 0)
            return;
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2 against baseline")
                                               .arg(name, formatValue(m_model.barValues[modelIndex], QStringLiteral("%"))),
                           this);
    });
}

void ChartView::updateTimeData()
{
    for (size_t i = 0; i < m_series.size() && i < m_model.series.size(); ++i) {
        // replace, not clear + append: append after clear is quadratic in Qt 6.4
        static_cast<QXYSeries*>(m_series[i])->replace(m_model.series[i].points);
        if (m_bandUpper[i])
            static_cast<QLineSeries*>(m_bandUpper[i])->replace(m_model.series[i].upper);
    }
    applyRanges();
}

void ChartView::updateBarData()
{
    // The model lists every group, largest loss first. With a bar limit the view
    // shows the largest changes by size, in the model's order; during a drag it
    // keeps the bars it shows (and their order) so nothing jumps under the cursor.
    const QStringList& all = m_model.categories;
    const auto valueOf = [&](const QString& name) {
        const qsizetype i = all.indexOf(name);
        return i >= 0 && i < m_model.barValues.size() ? m_model.barValues[i] : 0.0;
    };
    bool keep = m_locked && !m_shownTopFirst.isEmpty();
    for (const QString& name : m_shownTopFirst)
        keep = keep && all.contains(name);
    if (!keep) {
        QStringList pick = all;
        if (m_maxBars > 0 && pick.size() > m_maxBars) {
            QStringList bySize = all;
            std::stable_sort(bySize.begin(), bySize.end(),
                             [&](const QString& x, const QString& y) { return std::abs(valueOf(x)) > std::abs(valueOf(y)); });
            bySize = bySize.mid(0, m_maxBars);
            pick.clear();
            for (const QString& name : all)
                if (bySize.contains(name))
                    pick << name;
        }
        m_shownTopFirst = pick;
    }
    // Horizontal bars run bottom-up: reverse so the first category is at the top.
    QStringList shown;
    QList<qreal> loss, gain;
    for (qsizetype i = m_shownTopFirst.size() - 1; i >= 0; --i) {
        const double v = valueOf(m_shownTopFirst[i]);
        shown << m_shownTopFirst[i];
        loss << std::min(0.0, v);
        gain << std::max(0.0, v);
    }
    if (m_categories->categories() != shown) {
        m_categories->clear();
        m_categories->append(shown);
    }
    if (m_lossSet->count() != loss.size()) {
        m_lossSet->remove(0, m_lossSet->count());
        m_gainSet->remove(0, m_gainSet->count());
        m_lossSet->append(loss);
        m_gainSet->append(gain);
    } else {
        for (qsizetype i = 0; i < loss.size(); ++i) {
            if (m_lossSet->at(i) != loss[i])
                m_lossSet->replace(i, loss[i]);
            if (m_gainSet->at(i) != gain[i])
                m_gainSet->replace(i, gain[i]);
        }
    }
    QString title = m_model.yTitle;
    if (m_shownTopFirst.size() < all.size())
        title += tr(" — the %1 largest of %2 groups").arg(m_shownTopFirst.size()).arg(all.size());
    if (m_xValue->titleText() != title)
        m_xValue->setTitleText(title);
    applyRanges();
}

void ChartView::setMaxBars(int maxBars)
{
    if (m_maxBars == maxBars)
        return;
    m_maxBars = maxBars;
    m_shownTopFirst.clear();
    if (!m_model.timeAxis && m_categories)
        updateBarData();
}

void ChartView::applyRanges()
{
    double lo = 0, hi = 0, lo2 = 0, hi2 = 0;
    bool any2 = false;
    if (m_model.timeAxis) {
        for (const ChartSeries& s : m_model.series) {
            const bool secondary = s.secondaryAxis && m_y2;
            for (const auto* list : {&s.points, &s.upper})
                for (const QPointF& p : *list) {
                    if (p.x() < m_model.xMinMs || p.x() > m_model.xMaxMs)
                        continue;
                    double& l = secondary ? lo2 : lo;
                    double& h = secondary ? hi2 : hi;
                    l = std::min(l, p.y());
                    h = std::max(h, p.y());
                    any2 = any2 || secondary;
                }
        }
        // Room above the data for event labels.
        const double headroom = m_model.markers.empty() ? 1.05 : 1.22;
        auto [a, b] = niceRange(lo, hi * headroom);
        auto [a2, b2] = niceRange(lo2, any2 ? hi2 * 1.05 : 1.0);
        int ticks = 0; // both axes share their gridlines when there is a right-hand axis
        if (m_y2 && any2) {
            const AlignedRanges r = alignedRanges(lo, hi * headroom, lo2, hi2 * 1.05);
            std::tie(a, b, a2, b2, ticks) = std::tie(r.lo1, r.hi1, r.lo2, r.hi2, r.ticks);
        }
        if (m_locked) {
            // unchanged ranges keep their ticks; grown ones may no longer line up
            ticks = (a < m_yMin || b > m_yMax || a2 < m_y2Min || b2 > m_y2Max) ? 0 : m_sharedTicks;
            a = std::min(a, m_yMin);
            b = std::max(b, m_yMax);
            a2 = std::min(a2, m_y2Min);
            b2 = std::max(b2, m_y2Max);
        }
        m_yMin = a;
        m_yMax = b;
        m_y2Min = a2;
        m_y2Max = b2;
        m_sharedTicks = ticks;
        // Every setter below relayouts the chart, even with an unchanged value, and
        // this runs on every slider step: set only what changed.
        setAxisRange(m_y, a, b, ticks > 0 ? ticks : niceTickCount(a, b));
        if (m_y2)
            setAxisRange(m_y2, a2, b2, ticks > 0 ? ticks : niceTickCount(a2, b2));
        const QDateTime xMin = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(m_model.xMinMs), Qt::UTC);
        const QDateTime xMax = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(m_model.xMaxMs), Qt::UTC);
        if (m_xTime->min() != xMin || m_xTime->max() != xMax)
            m_xTime->setRange(xMin, xMax);
        const double years = (m_model.xMaxMs - m_model.xMinMs) / (365.25 * 86400000.0);
        // Evenly spaced ticks drift off the turn of the year (leap days), so a "yyyy"
        // label can name the wrong year: over more than three years the chart draws
        // its year labels and grid at 1 January instead (placeOverlays), and blank
        // tick labels keep their room.
        m_yearLabels = years > 3;
        const QString format = m_yearLabels ? QStringLiteral("' '") : QStringLiteral("MMM yyyy");
        if (m_xTime->format() != format)
            m_xTime->setFormat(format);
        const int xTicks = std::clamp(static_cast<int>(std::round(years)) + 1, 4, 14);
        if (m_xTime->tickCount() != xTicks)
            m_xTime->setTickCount(xTicks);
        if (m_xTime->isGridLineVisible() == m_yearLabels)
            m_xTime->setGridLineVisible(!m_yearLabels);
    } else {
        for (double v : m_model.barValues) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        auto [a, b] = niceRange(lo, hi);
        if (m_locked) {
            a = std::min(a, m_yMin);
            b = std::max(b, m_yMax);
        }
        m_yMin = a;
        m_yMax = b;
        setAxisRange(m_xValue, a, b, niceTickCount(a, b), "%%");
    }
}

void ChartView::setAxisRange(QValueAxis* axis, double lo, double hi, int ticks, const char* suffix)
{
    if (axis->min() != lo || axis->max() != hi)
        axis->setRange(lo, hi);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
    const QString format = tickFormat(lo, hi, ticks, suffix);
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void ChartView::setLegendAlignment(Qt::Alignment alignment) { chart()->legend()->setAlignment(alignment); }

void ChartView::setAxesLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    // While a slider or truce is dragged, every step repaints every chart: drop
    // antialiasing for the drag and restore it (and the full-quality frame) after.
    setRenderHint(QPainter::Antialiasing, !locked);
    if (!locked) {
        m_forceNextUpdate = true;
        setModel(m_model); // rescale and re-sort
    }
}

void ChartView::setExportStyle(bool on)
{
    m_export = on;
    chart()->setBackgroundBrush(Qt::white);
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setTitle(on ? QString() : m_model.title);
    // room on the right for the last year label, centred on its gridline
    chart()->setMargins(on ? QMargins(6, 4, 26, 4) : QMargins(6, 4, 6, 4));
    if (on)
        chart()->legend()->setLabelColor(QColor(0x33, 0x33, 0x33));
    // An export draws its own legend, which wraps and shows line styles.
    chart()->legend()->setVisible(!on);
    applyFonts();
    if (!m_structure.isEmpty())
        applyRanges();
    placeOverlays();
}

QFont ChartView::roleFont(int points, bool bold) const { return chartFont(points, bold, m_export); }

void ChartView::applyFonts()
{
    chart()->setTitleFont(roleFont(11, true));
    chart()->legend()->setFont(roleFont(8));
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setLabelsFont(roleFont(8));
        axis->setTitleFont(roleFont(8));
        // Sector names are never cut (the sector chart gives its labels the room);
        // other axes may shorten labels in a small window.
        axis->setTruncateLabels(!m_export && axis->type() != QAbstractAxis::AxisTypeBarCategory);
    }
}

void ChartView::layoutForExport(const QSizeF& size)
{
    setFrameShape(QFrame::NoFrame);
    resize(size.toSize());
    chart()->setGeometry(QRectF(QPointF(0, 0), size));
    scene()->setSceneRect(chart()->geometry());
    chart()->layout()->activate();
    placeOverlays();
}

void ChartView::renderChart(QPainter* painter, const QRectF& target)
{
    scene()->render(painter, target, chart()->sceneBoundingRect(), Qt::IgnoreAspectRatio);
}

QRectF ChartView::plotAreaRect() const { return chart()->plotArea(); }

QRectF ChartView::legendRect() const
{
    return chart()->legend()->isVisible() ? chart()->legend()->geometry() : QRectF();
}

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
            const QString text = formatValue(v, m_model.barUnit);
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
}

void ChartView::showHover(const QString& series, const QString& unit, const QPointF& point, bool)
{
    QString when;
    if (m_model.timeAxis) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()), Qt::UTC).date();
        when = m_model.id == ChartId::Tariffs ? d.toString(QStringLiteral("d MMM yyyy"))
                                              : d.toString(QStringLiteral("MMM yyyy"));
    }
    QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3").arg(series, when, formatValue(point.y(), unit)),
                       this);
}

void ChartView::paintEvent(QPaintEvent* event)
{
    QChartView::paintEvent(event);
    ++m_paints;
    emit painted();
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeOverlays();
}

} // namespace tariffsim::ui
