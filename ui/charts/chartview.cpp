#include "chartview.h"

#include "ui/charts/chartstyle.h"
#include "ui/document/dates.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
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


ChartView::ChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setTitleFont(chartFont(11, true));
    // The legend is drawn by ChartLegend (window) or the export code, in the
    // series' own line styles; Qt's shows a coloured square for every entry.
    chart()->legend()->setVisible(false);
    // Hover readouts follow the mouse anywhere over the plot (mouseMoveEvent).
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    chart()->setMargins(QMargins(6, 4, 6, 4));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    connect(chart(), &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        // The tick count follows the plot's length (applyRanges).
        const double length = m_model.timeAxis ? area.height() : area.width();
        if (!m_structure.isEmpty() && std::abs(length - m_fittedLength) > 4)
            applyRanges();
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

void ChartView::setModel(const ChartModel& model)
{
    const QString key = structureKey(model);
    // An unchanged chart is left alone: no series replaced, no repaint (the rare-earth
    // chart, say, does not move with a tariff slider).
    if (!m_forceNextUpdate && key == m_structure && model == m_model)
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
            shown = area;
            data = lower;
            break;
        }
        case SeriesStyle::Points: {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerSize(7);
            scatter->setColor(s.color);
            scatter->setBorderColor(Qt::white);
            shown = data = scatter;
            break;
        }
        default: {
            auto* line = new QLineSeries;
            line->setPen(seriesPen(s.style, s.color));
            shown = data = line;
            break;
        }
        }
        shown->setName(s.name); // the full name: ChartLegend draws the shorter legend text
        c->addSeries(shown);
        shown->attachAxis(m_xTime);
        shown->attachAxis(secondary ? m_y2 : m_y);
        m_series.push_back(data);
        m_bandUpper.push_back(upper);
    }
    applyHidden();
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
    applyHidden();
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
    // In the window the choosers above the chart name the flow and period: the
    // long axis title would take the room of the tick labels; it is the tooltip.
    m_xValue->setTitleVisible(m_export);
    setToolTip(m_export ? QString() : title);
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
        // A short plot gets fewer ticks, two label heights apart at least, so no
        // label is dropped or cut (a laptop's bottom row of charts).
        const double height = chart()->plotArea().height();
        const double spacing = 2.0 * QFontMetricsF(roleFont(8)).height();
        m_fittedLength = height;
        setAxisRange(m_y, a, b, fitTickCount(ticks > 0 ? ticks : niceTickCount(a, b), height, spacing));
        if (m_y2)
            setAxisRange(m_y2, a2, b2, fitTickCount(ticks > 0 ? ticks : niceTickCount(a2, b2), height, spacing));
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
        const QString format = m_yearLabels ? QStringLiteral("' '") : monthFormat();
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
        const double width = chart()->plotArea().width();
        m_fittedLength = width;
        setAxisRange(m_xValue, a, b,
                     fitTickCount(niceTickCount(a, b), width, QFontMetricsF(roleFont(8)).horizontalAdvance(QStringLiteral("-100.0%")) + 12),
                     "%%");
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
    applyFonts();
    if (!m_structure.isEmpty())
        applyRanges();
    placeOverlays();
}

QFont ChartView::roleFont(int points, bool bold) const { return chartFont(points, bold, m_export); }

void ChartView::applyFonts()
{
    chart()->setTitleFont(roleFont(11, true));
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

void ChartView::paintEvent(QPaintEvent* event)
{
    QChartView::paintEvent(event);
    if (hasFocus() && !m_export) {
        // Visible focus: a frame in the highlight colour (Tab reaches every chart,
        // whose menu key opens Show data, Export, Copy and Print).
        QPainter frame(viewport());
        frame.setPen(QPen(palette().color(QPalette::Highlight), 2));
        frame.setBrush(Qt::NoBrush);
        frame.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
    }
    ++m_paints;
    emit painted();
}

void ChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void ChartView::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeOverlays();
}

} // namespace tariffsim::ui
