#include "ui/export/exportactions.h"

#include "ui/comparison/comparisonpanel.h"
#include "ui/export/briefingdialogs.h"
#include "ui/export/briefingpack.h"
#include "ui/document/scenariodocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

#include "ui/export/chartdata.h"
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>

namespace tariffsim::ui {

void copyChartToClipboard(const ChartModel& model, const BriefingLayout& layout)
{
    const QSize size(1920, 1080);
    const QImage image = renderPng(model, size, 1, layout);
    auto* data = new QMimeData;
    data->setImageData(image);
    data->setData(QStringLiteral("image/png"), encodePng(image));
    data->setData(QStringLiteral("image/svg+xml"), renderSvg(model, size, layout));
    QApplication::clipboard()->setMimeData(data);
}

void printChartPage(QPrinter* printer, const ChartModel& model, const BriefingLayout& layout)
{
    QPainter painter(printer);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Lay out in pixels at 96 dpi, like every other export, on the printable area.
    const double scale = printer->resolution() / 96.0;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    painter.scale(scale, scale);
    paintChartPage(painter, QRectF(QPointF(0, 0), page.size() / scale), model, layout);
}

ExportActions::ExportActions(QWidget* window, ScenarioDocument* doc, ChartModelSource shown,
                             std::function<SectorPeriod()> sectorPeriod)
    : QObject(window)
    , m_window(window)
    , m_doc(doc)
    , m_sectorPeriod(std::move(sectorPeriod))
{
    m_models = [doc, shown = std::move(shown), period = m_sectorPeriod](ChartId id) {
        const SectorPeriod current = period();
        SectorPeriod all; // every group: an export has room for them
        all.first = current.first;
        all.last = current.last;
        all.chinaToUs = current.chinaToUs;
        if (id == ChartId::Sectors)
            return chartModel(*doc, id, all);
        ChartModel model = shown(id);
        const ChartModel full = chartModel(*doc, id, all);
        // The window names events on its timeline and not on the chart; an export
        // has no timeline, so the chart names them.
        model.markers = full.markers;
        constexpr double slack = 2 * 86400000.0;
        if (model.timeAxis && model.xMinMs <= full.xMinMs + slack && model.xMaxMs >= full.xMaxMs - slack) {
            model.xMinMs = full.xMinMs;
            model.xMaxMs = full.xMaxMs;
        }
        return model;
    };
}

void ExportActions::populateMenu(QMenu* menu)
{
    for (ChartId id : allCharts())
        menu->addAction(tr("%1…").arg(chartTitle(id)), this, [this, id] { exportChart(id); });
    menu->addSeparator();
    auto* pack = menu->addAction(tr("&Briefing pack (PDF)…"), this, &ExportActions::exportBriefingPack);
    pack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    menu->addSeparator();
    auto* copy = menu->addMenu(tr("&Copy chart to clipboard"));
    auto* print = menu->addMenu(tr("&Print chart"));
    for (ChartId id : allCharts()) {
        copy->addAction(chartTitle(id), this, [this, id] { copyChart(id); });
        print->addAction(tr("%1…").arg(chartTitle(id)), this, [this, id] { printChart(id, false); });
    }
}

void ExportActions::attachTo(QWidget* chartWidget, ChartId id)
{
    chartWidget->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto add = [&](const QString& text, auto slot) {
        auto* action = new QAction(text, chartWidget);
        connect(action, &QAction::triggered, this, slot);
        chartWidget->addAction(action);
    };
    add(tr("Export chart…"), [this, id] { exportChart(id); });
    add(tr("Copy to clipboard"), [this, id] { copyChart(id); });
    add(tr("Print…"), [this, id] { printChart(id, false); });
    add(tr("Print preview…"), [this, id] { printChart(id, true); });
    add(tr("Show data…"), [this, id] { showData(id); });
}

void ExportActions::showData(ChartId id)
{
    // Non-modal: the table can stay open beside the window.
    auto* dialog = new ChartDataDialog(m_models(id), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("chart-data-") + chartName(id));
    dialog->show();
}

void ExportActions::exportChart(ChartId id)
{
    ExportDialog dialog(m_doc, m_models, id, m_window);
    dialog.exec();
}

void ExportActions::exportBriefingPack()
{
    BriefingPackOptions options = defaultBriefingPackOptions(*m_doc, exportDay());
    options.sectorPeriod = m_sectorPeriod();
    // The scenarios pinned in the comparison dock can be the findings' comparison.
    std::vector<BriefingComparison> pins;
    if (const auto* panel = m_window->findChild<ComparisonPanel*>())
        for (const ComparedScenario& pin : panel->pins())
            pins.push_back({pin.label, pin.schedule, pin.projection});
    BriefingPackDialog dialog(m_doc, options, std::move(pins), m_window);
    dialog.exec();
}

void ExportActions::editPreferences()
{
    BriefingPreferencesDialog dialog(m_window);
    dialog.exec();
}

void ExportActions::copyChart(ChartId id)
{
    const ChartModel model = m_models(id);
    copyChartToClipboard(model, defaultBriefingLayout(*m_doc, model, exportDay()));
}

void ExportActions::printChart(ChartId id, bool preview)
{
    const ChartModel model = m_models(id);
    const BriefingLayout layout = defaultBriefingLayout(*m_doc, model, exportDay());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_window);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter* p) { printChartPage(p, model, layout); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        printChartPage(&printer, model, layout);
}

} // namespace tariffsim::ui
