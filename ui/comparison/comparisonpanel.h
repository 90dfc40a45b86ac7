#pragma once

// The comparison dock: pin up to four scenarios (the current one as a
// snapshot, saved files, presets), see them overlaid on the time charts in their
// own line styles, and a table of the inputs that differ and the headline figures
// side by side with their differences against the current scenario.

#include "comparison.h"

#include <QDockWidget>

#include <functional>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QTableWidget;
class QToolButton;

namespace tariffsim::ui {

class ComparisonPanel : public QDockWidget {
    Q_OBJECT
public:
    static constexpr int kMaxPins = 4;

    explicit ComparisonPanel(ScenarioDocument* doc, QWidget* parent = nullptr);
    ~ComparisonPanel() override;

    const std::vector<ComparedScenario>& pins() const { return m_pins; }
    /// Pins a snapshot of the current scenario. False when four are pinned.
    bool pinCurrent();
    /// Pins a preset by id.
    bool pinPreset(const std::string& presetId);
    /// Pins a scenario file; an invalid file is reported and nothing is pinned.
    bool pinFile(const QString& path);
    void unpin(int index);
    void clearPins();

    /// Adds the pins' series to a time chart's model (MainWindow::refreshCharts),
    /// money in the interface's unit (toDisplayMoney).
    void addOverlays(ChartModel& model) const;

    /// The table's rows as shown (for tests and export).
    const std::vector<ComparisonRow>& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }

    /// Asks for a file to pin ("" = cancelled) and reports errors; tests replace them.
    std::function<QString()> chooseFile;
    std::function<void(const QString& title, const QString& message)> showError;

signals:
    /// Pins were added or removed: the charts redraw.
    void pinsChanged();

protected:
    /// A new language renames the dock, its controls and the pins (the window
    /// rebuilds its other docks, but this one holds the pins).
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    bool addPin(const QString& label, const ScenarioState& state);
    void refreshPins();
    void refreshTable();

    ScenarioDocument* m_doc;
    std::vector<ComparedScenario> m_pins;
    std::vector<ComparisonRow> m_rows;
    QToolButton* m_pinCurrent = nullptr;
    QToolButton* m_pinPreset = nullptr;
    QToolButton* m_pinFile = nullptr;
    QToolButton* m_clear = nullptr;
    QListWidget* m_list = nullptr;
    QAction* m_remove = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_hint = nullptr;
    bool m_tableStale = true;
};

} // namespace tariffsim::ui
