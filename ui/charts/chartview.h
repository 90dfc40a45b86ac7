#pragma once

// The only place (with chartview.cpp) that includes Qt Charts. A ChartView draws a
// ChartModel: time charts (lines, steps, bands, observed points, shaded spans,
// event markers, optional right-hand axis) or horizontal bar charts. Updates
// push whole point lists into existing series (QXYSeries::replace).

#include "ui/charts/chartaxes.h"
#include "ui/charts/chartmodels.h"

#include <QChartView>
#include <QSet>

#include <vector>

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QDateTimeAxis;
class QGraphicsItem;
class QGraphicsRectItem;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace tariffsim::ui {

class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    /// Shows a model. Series are created the first time and replaced afterwards.
    void setModel(const ChartModel& model);
    const ChartModel& model() const { return m_model; }

    /// While locked (a slider drag), axis ranges only grow and bars keep their
    /// order, so nothing jumps under the cursor. Unlocking rescales.
    void setAxesLocked(bool locked);

    /// Bar charts: show at most this many bars, the largest changes by size (0: all).
    void setMaxBars(int maxBars);
    /// Bar charts: the categories shown, top first.
    const QStringList& shownCategories() const { return m_shownTopFirst; }

    /// Hides or shows what a legend entry names (ChartLegend::toggled): a series
    /// by its full name, the shaded periods of one kind ("span:..."), or the bars.
    void setSeriesVisible(const QString& key, bool visible);

    /// The hover readout for a point of the view (viewport coordinates): the
    /// nearest point of a shown series within reach of the cursor, or the bar
    /// under it, as "series\ndate: value"; empty when nothing is near. Moving the
    /// mouse shows it as a tooltip.
    QString hoverTextAt(const QPointF& viewportPos) const;
    /// The readout shown last (empty when the mouse left or found nothing).
    const QString& hoverText() const { return m_hoverText; }

    /// Print-friendly look for export: white background, no hover decorations, no
    /// chart title (the briefing layout draws it), and fonts sized in pixels for a
    /// 1280x720 canvas so the result does not depend on the screen's DPI. May be
    /// called before or after setModel().
    void setExportStyle(bool on);
    bool exportStyle() const { return m_export; }

    /// Lays the chart out at `size` (logical pixels) without showing the view, so
    /// it can be rendered offscreen (a hidden widget gets no resize events).
    void layoutForExport(const QSizeF& size);
    /// Draws the chart as laid out into `target`, scaled to fill it exactly.
    void renderChart(QPainter* painter, const QRectF& target);
    /// The plot area in chart coordinates (0,0 is the chart's top left).
    QRectF plotAreaRect() const;

    /// Number of paint events handled (for tests and benchmarks).
    int paintCount() const { return m_paints; }
    /// Number of setModel calls that changed what the chart shows (an identical
    /// model is ignored and causes no repaint).
    int modelUpdates() const { return m_modelUpdates; }

signals:
    void painted();
    /// The plot area moved or changed size (in view coordinates).
    void plotAreaChanged(const QRectF& plotArea);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void buildTimeChart();
    void buildBarChart();
    void updateTimeData();
    void updateBarData();
    void placeOverlays();
    void setAxisRange(QValueAxis* axis, double lo, double hi, int ticks, const char* suffix = "");
    void applyRanges();
    void applyFonts();
    /// DejaVu Sans at `points` on screen; in export style the pixel equivalent on the export canvas.
    QFont roleFont(int points, bool bold = false) const;
    QString structureKey(const ChartModel& m) const;
    void applyHidden();

    ChartModel m_model;
    QString m_structure;
    bool m_locked = false;
    bool m_export = false;
    bool m_yearLabels = false; ///< export: year labels and grid drawn at 1 January
    int m_paints = 0;
    int m_modelUpdates = 0;
    int m_maxBars = 0;
    QStringList m_shownTopFirst; ///< bar chart: the categories shown, top first
    bool m_forceNextUpdate = false;
    QSet<QString> m_hidden; ///< legend keys hidden by the user
    QString m_hoverText;

    QDateTimeAxis* m_xTime = nullptr;
    QValueAxis* m_y = nullptr;
    QValueAxis* m_y2 = nullptr;
    QValueAxis* m_xValue = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QHorizontalStackedBarSeries* m_bars = nullptr;
    QBarSet* m_lossSet = nullptr;
    QBarSet* m_gainSet = nullptr;
    /// For each model series, the chart series holding its points (for a band: the lower line).
    std::vector<QAbstractSeries*> m_series;
    std::vector<QAbstractSeries*> m_bandUpper;
    std::vector<QGraphicsItem*> m_overlays;
    QString m_overlayKey; ///< what the current overlays were built for
    std::vector<QGraphicsRectItem*> m_spanItems; ///< truce shading, moved in place
    void placeSpans();
    QAbstractSeries* referenceSeries() const;
    QString overlayKey() const;
    double m_yMin = 0, m_yMax = 1, m_y2Min = 0, m_y2Max = 1;
    int m_sharedTicks = 0; ///< tick count shared by the left and right axes, 0 when not aligned
    double m_fittedLength = -1; ///< plot length the value axis' ticks were fitted to
};

} // namespace tariffsim::ui
