#pragma once

#include "ui/charts/chartmodels.h"
#include "ui/document/changes.h"

#include <QMainWindow>

#include <map>

class QComboBox;
class QMenu;
class QLabel;
class QDateEdit;

namespace tariffsim::ui {

struct AppData;
class Autosave;
class DelayedRefresh;
class ChartLegend;
class ChartView;
class ComparisonPanel;
class FileController;
class HeadlineStrip;
class ParameterPanel;
class ScenarioDocument;
class TariffControls;
class TimelineWidget;

/// The application window: tariff controls and model parameters in docks, the
/// headline strip and every chart in the centre. Opens on the as-enacted preset.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// On the data compiled into the program.
    explicit MainWindow(QWidget* parent = nullptr);
    /// On other data (benchmarks on a synthetic dataset); `data` must outlive the window.
    explicit MainWindow(const AppData& data, QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const { return m_doc; }
    ChartView* chartView(ChartId id) const;
    ChartLegend* chartLegend(ChartId id) const;
    TariffControls* tariffControls() const { return m_controls; }
    TimelineWidget* timeline() const { return m_timeline; }
    ParameterPanel* parameterPanel() const { return m_parameters; }
    HeadlineStrip* headlineStrip() const { return m_headline; }
    /// File menu, drops, unsaved-changes questions, recovery.
    FileController* fileController() const { return m_files; }
    Autosave* autosave() const { return m_autosave; }
    /// Pinned scenarios and the comparison table.
    ComparisonPanel* comparisonPanel() const { return m_comparison; }
    SectorPeriod sectorPeriod() const;

    /// What a start does once the window is shown: opens `file` when given, then
    /// (from the event loop) offers the unsaved scenarios that sessions which did
    /// not end normally left in `recoveryDirectory`, the file's own first.
    void startUp(const QString& file, const QString& recoveryDirectory);

    /// The views refresh once per frame after changes, computed off the window's
    /// thread: whether results or a refresh are pending, and bringing the views up
    /// to date now (before a grab or an export).
    bool refreshPending() const;
    void flushRefresh();
    /// Refreshes run so far.
    int refreshCount() const;

    /// The View > Language menu's actions: the system's language, then each language.
    QList<QAction*> languageActions() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    /// A change of language rebuilds every view in the new language; the
    /// document, its undo history, the file, the pins and the layout stay.
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildDocks();
    void buildComparison();
    void connectViews();
    void rebuildForLanguage();
    QWidget* buildCentre();
    /// A chart with its legend under it (or beside it).
    QWidget* chartWithLegend(ChartId id, QWidget* parent);
    /// Recomputes the views that show what changed.
    void refreshViews(Changes what);
    void refreshAssumptions();
    void alignTimeline();
    void refreshTitle();
    void restoreSettings();
    /// Sizes the window to 1600 x 1000, or to the screen's free area when smaller.
    void fitToScreen();

    ScenarioDocument* m_doc = nullptr;
    FileController* m_files = nullptr;
    Autosave* m_autosave = nullptr;
    ComparisonPanel* m_comparison = nullptr;
    TariffControls* m_controls = nullptr;
    ParameterPanel* m_parameters = nullptr;
    HeadlineStrip* m_headline = nullptr;
    QLabel* m_vintage = nullptr; ///< status bar: the dataset's vintage
    QLabel* m_changesFromPreset = nullptr; ///< status bar: what the scenario changes against its preset
    QLabel* m_assumed = nullptr; ///< status bar: truces that run on by assumption
    QLabel* m_counterfactual = nullptr; ///< status bar: where the scenario rewrites history
    TimelineWidget* m_timeline = nullptr;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_asOf = nullptr;
    QComboBox* m_sectorFlow = nullptr;
    QComboBox* m_sectorPeriod = nullptr;
    std::map<ChartId, ChartView*> m_charts;
    std::map<ChartId, ChartLegend*> m_legends;
    DelayedRefresh* m_refresh = nullptr;
    QObject* m_exporter = nullptr;        ///< ExportActions of the menus and charts
    QObject* m_helpMenu = nullptr;        ///< HelpMenu
    QMenu* m_languageMenu = nullptr;
    QObject* m_undoFilter = nullptr;      ///< letDocumentUndoWinInSpinBoxes
    QString m_builtLanguage;              ///< the language the views were built in
    bool m_rebuildPending = false;
};

} // namespace tariffsim::ui
