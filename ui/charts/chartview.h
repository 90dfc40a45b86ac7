#pragma once

// The only place (with chartview.cpp) that includes Qt Charts. A ChartView draws a
// ChartModel: time charts (lines, steps, bands, observed points, shaded spans,
// event markers, optional right-hand axis) or horizontal bar charts. Updates
// push whole point lists into existing series (QXYSeries::replace).

#include "ui/chartmodels.h"

#include <QChartView>

#include <vector>

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QDateTimeAxis;
class QGraphicsItem;
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

    /// Print-friendly look for export: white background, no hover decorations.
    void setExportStyle(bool on);

    /// Number of paint events handled (for tests and benchmarks).
    int paintCount() const { return m_paints; }

signals:
    void painted();
    /// The plot area moved or changed size (in view coordinates).
    void plotAreaChanged(const QRectF& plotArea);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildTimeChart();
    void buildBarChart();
    void updateTimeData();
    void updateBarData();
    void placeOverlays();
    void applyRanges();
    QString structureKey(const ChartModel& m) const;
    void showHover(const QString& series, const QString& unit, const QPointF& point, bool secondary);

    ChartModel m_model;
    QString m_structure;
    bool m_locked = false;
    bool m_export = false;
    int m_paints = 0;

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
    double m_yMin = 0, m_yMax = 1, m_y2Min = 0, m_y2Max = 1;
};

/// "Nice" axis bounds covering [lo, hi] (multiples of 1, 2, 2.5 or 5 x 10^k).
std::pair<double, double> niceRange(double lo, double hi);

} // namespace tariffsim::ui
