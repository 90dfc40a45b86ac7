#pragma once

// The legend of a chart, for the window and the exports alike: one line per
// group of series ("China's exports to the US: scenario, baseline, range,
// observed"), wrapping when it is too wide, each entry drawn with a sample of its
// own style (solid, dashed or stepped line, band, point), and a key to the shaded
// periods last. In the window, ChartLegend shows it under a chart;
// clicking an entry hides or shows what it names.

#include "ui/charts/chartmodels.h"

#include <QFont>
#include <QSet>
#include <QWidget>

#include <functional>
#include <vector>

class QPaintDevice;
class QPainter;

namespace tariffsim::ui {

struct LegendEntry {
    enum Kind { Line, Band, Point, Swatch, Hatch } kind = Line;
    QColor color;
    QString text;
    SeriesStyle style = SeriesStyle::Line; ///< the line's style, for Line
    /// What the entry stands for: a series' full name, or "span:" and the colour
    /// of the shaded periods it keys.
    QString key;

    bool operator==(const LegendEntry&) const = default;
};

struct LegendRow {
    QString group; ///< "China's exports to the US"; empty for entries of their own
    std::vector<LegendEntry> items;

    bool operator==(const LegendRow&) const = default;
};

/// The legend key of a kind of shading (its colour, and whether assumed).
QString spanLegendKey(const ChartSpan& span);

/// The entries of a chart's legend, by group; shaded periods last, one entry per
/// kind of shading (ChartSpan::legend, else its label). `compact` (the window):
/// a series with a short legend text (ChartSeries::legend) is listed by it.
std::vector<LegendRow> legendRows(const ChartModel& model, bool compact = false);

/// Sizes of a legend's text and samples.
struct LegendMetrics {
    QFont font;
    QFont groupFont;
    double sampleWidth = 28; ///< length of a line sample
    double gap = 22;         ///< between entries
    double lineExtra = 4;    ///< added to the font's line spacing
    QColor text{0x33, 0x33, 0x33};
    QColor groupText{0x1a, 0x1a, 0x1a};
};

struct LegendPlacement {
    struct Item {
        QPointF at; ///< top left of the sample
        QRectF box; ///< sample and text: where a click hits it
        const LegendEntry* item;
    };
    struct Group {
        QPointF at;
        QString text;
    };
    std::vector<Item> items;
    std::vector<Group> groups;
    double height = 0;
};

/// Lays the rows out in `width`, each line centred; coordinates relative to the
/// legend's top left.
LegendPlacement layoutLegend(const std::vector<LegendRow>& rows, double width, const LegendMetrics& metrics,
                             QPaintDevice* device);

/// Draws a laid-out legend at `origin`. Entries for which `hidden` is true are
/// drawn faded and struck out.
void paintLegend(QPainter& painter, const QPointF& origin, const LegendPlacement& layout, const LegendMetrics& metrics,
                 const std::function<bool(const QString& key)>& hidden = {});

/// A chart's legend in the window, under its chart (centred lines).
class ChartLegend : public QWidget {
    Q_OBJECT
public:
    explicit ChartLegend(QWidget* parent = nullptr);

    void setModel(const ChartModel& model);

    /// The entries shown, in order (for tests and assistive technology).
    std::vector<LegendEntry> entries() const;
    /// Where an entry is drawn (widget coordinates), for the entry with `key`.
    QRectF entryRect(const QString& key) const;
    bool isHidden(const QString& key) const { return m_hidden.contains(key); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// An entry was clicked: what it names is now shown or hidden.
    void toggled(const QString& key, bool visible);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    LegendMetrics metrics() const;
    void relayout();
    void toggle(const QString& key);
    void describe();

    std::vector<LegendRow> m_rows;
    LegendPlacement m_layout;
    QSet<QString> m_hidden;
};

} // namespace tariffsim::ui
