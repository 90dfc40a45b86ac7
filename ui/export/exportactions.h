#pragma once

// The window's export entry points: the File > Export submenu (each chart, the
// briefing pack), and each chart's context menu (Export chart…, Copy to
// clipboard, Print…, Print preview…). File dialogs, the clipboard and printers
// live here; rendering is ui/export/.

#include "ui/export/exportdialog.h"

#include <QObject>

class QMenu;
class QPrinter;
class QWidget;

namespace tariffsim::ui {

class ExportActions : public QObject {
    Q_OBJECT
public:
    /// `shown` gives each chart as the window shows it; `sectorPeriod` the sector
    /// chart's period and flow. `window` parents the dialogs.
    ExportActions(QWidget* window, ScenarioDocument* doc, ChartModelSource shown,
                  std::function<SectorPeriod()> sectorPeriod);

    /// The charts as exported from the window: time charts as shown (zoom, pinned
    /// scenarios), but over the whole chart when the window shows all of it give or
    /// take two days, and with the event labels the window leaves to its timeline;
    /// the sector chart with every group of the shown period and flow.
    /// Without a zoom this is exactly what tariffsim-cli exports.
    const ChartModelSource& models() const { return m_models; }

    /// Fills a menu: "Export chart…" per chart, "Export briefing pack…", "Copy
    /// chart to clipboard", "Print chart…".
    void populateMenu(QMenu* menu);
    /// Gives a chart widget a context menu with the chart's export actions.
    void attachTo(QWidget* chartWidget, ChartId id);

    /// Opens the Export dialog on a chart.
    void exportChart(ChartId id);
    /// Opens the Briefing pack dialog (options, key findings, preview, Save…).
    void exportBriefingPack();
    /// Opens Preferences (organisation, author, handling marking, logo).
    void editPreferences();
    /// The chart at 1920x1080 on the clipboard, as an image (and PNG and SVG data).
    void copyChart(ChartId id);
    /// Opens the table of the numbers the chart shows ("Show data…").
    void showData(ChartId id);
    /// Prints a chart through the print dialog, or shows the print preview.
    void printChart(ChartId id, bool preview);

private:
    QWidget* m_window;
    ScenarioDocument* m_doc;
    ChartModelSource m_models;
    std::function<SectorPeriod()> m_sectorPeriod;
};

/// Puts a chart with its briefing text on the clipboard: a 1920x1080 image plus
/// "image/png" and "image/svg+xml" data, so office suites paste either.
void copyChartToClipboard(const ChartModel& model, const BriefingLayout& layout);
/// Draws a chart with its briefing text on the printer's page (its paint rect).
void printChartPage(QPrinter* printer, const ChartModel& model, const BriefingLayout& layout);

} // namespace tariffsim::ui
