#pragma once

#include "core/dataset.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tariffsim::ui {

class ScenarioDocument;

/// The truce timeline: dated events as labelled markers (labels never overlap;
/// each marker's source on hover), each truce as a band that can be grabbed
/// (drag the body to move its start, drag the end edge to change its length,
/// whole days, "N days" shown while dragging), the as-of date with the running
/// truce's countdown, zoom (wheel) and pan (drag the background). Its date range
/// is shared with the time charts. Every edit goes through the document's undo
/// stack; a whole drag is one step.
///
/// Keyboard: Left/Right move the selected truce by a day, Shift+Left/Right by a
/// week, Delete removes its last extension, E extends it by 90 days, +/- zoom,
/// Tab selects the next truce.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(ScenarioDocument* doc, QWidget* parent = nullptr);

    /// Whole range the timeline can show.
    static core::Date horizonStart();
    static core::Date horizonEnd();

    core::Date viewFrom() const { return m_from; }
    core::Date viewTo() const { return m_to; }
    /// Shows [from, to] (clamped to the horizon, at least 60 days).
    void setViewRange(core::Date from, core::Date to);
    /// Horizontal margins of the date axis, to line up with a chart's plot area.
    void setPlotMargins(int left, int right);

    /// x position of the start of a day, and the day under an x position.
    double xOf(core::Date day) const;
    core::Date dateAt(double x) const;
    /// The band of truce `index` (in the scenario's truce order), in widget coordinates.
    QRectF truceRect(int index) const;
    int selectedTruce() const { return m_selected; }
    void selectTruce(int index);
    /// Tooltip text for a truce: dates, length, and the rates that snap back at its end.
    QString truceDescription(int index) const;
    /// What a truce's suspension no longer changes: "no effect" (it lowers no
    /// rate at all), "no effect from 30 Nov 2026", or empty.
    QString truceEffectNote(int index) const;
    /// The label of the counterfactual part of the timeline (where the scenario
    /// rewrites history), empty when there is none.
    QString counterfactualLabel() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void viewRangeChanged(core::Date from, core::Date to);
    /// An edit was refused; the message says why.
    void editRefused(const QString& message);
    /// A truce drag started or ended (charts hold their axes while it runs).
    void dragActive(bool active);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Drag { None, Move, End, Pan };
    struct LabelSlot {
        QRectF rect;
        int eventIndex;
    };

    /// The scenario's truces (a reference into the document: valid until its next change).
    const std::vector<core::Truce>& truces() const;
    /// Applies an edit of truce `index`; refusals are reported with editRefused.
    /// `what` names the undo step (ScenarioDocument::UndoText).
    bool applyEdit(int index, const std::variant<core::Truce, std::string>& edit, const std::function<QString()>& what,
                   int mergeId);
    int truceAt(const QPointF& pos, bool* onEndEdge = nullptr) const;
    int eventAt(const QPointF& pos) const;
    void layoutLabels();
    double plotLeft() const;
    double plotRight() const;
    double bandTop(int index) const;
    void zoom(double factor, double anchorX);

    ScenarioDocument* m_doc;
    core::Date m_from;
    core::Date m_to;
    int m_marginLeft = 60;
    int m_marginRight = 20;
    int m_selected = -1;

    Drag m_drag = Drag::None;
    int m_dragIndex = -1;
    int m_mergeId = 0;
    core::Date m_pressDay;
    double m_pressX = 0;
    core::Date m_pressFrom, m_pressTo;
    std::optional<core::Truce> m_original;
    QString m_lastRefusal;

    std::vector<LabelSlot> m_labels;
    QString m_paintKey; ///< what the last repaint showed (truces and countdowns)
    QString paintKey() const;
    int m_labelRows = 1;
};

} // namespace tariffsim::ui
