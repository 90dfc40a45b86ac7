#include "mainwindow.h"

#include "ui/document/appdata.h"
#include "ui/document/autosave.h"
#include "ui/charts/chartlegend.h"
#include "ui/charts/chartview.h"
#include "ui/comparison/comparisonpanel.h"
#include "filecontroller.h"
#include "ui/widgets/historydock.h"
#include "ui/document/dates.h"
#include "ui/document/language.h"
#include "ui/document/delayedrefresh.h"
#include "ui/document/scenariodocument.h"
#include "ui/document/vintage.h"
#include "ui/export/exportactions.h"
#include "ui/help/helpmenu.h"
#include "ui/widgets/committedundo.h"
#include "ui/widgets/headlinestrip.h"
#include "ui/widgets/importdialog.h"
#include "ui/widgets/measuredialog.h"
#include "ui/widgets/parameterpanel.h"
#include "ui/widgets/tariffcontrols.h"
#include "ui/widgets/timelinewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QTimer>
#include <QVBoxLayout>

namespace tariffsim::ui {

namespace {

struct PeriodChoice {
    const char* id;    ///< remembered in the settings
    const char* label; ///< empty: from the month the edits take effect to the horizon's end
    core::YearMonth first;
    core::YearMonth last;
};
const PeriodChoice kPeriods[] = {
    {"edits", "", {}, core::kHorizonLastMonth},
    {"2025", QT_TRANSLATE_NOOP("tariffsim::ui::MainWindow", "2025"), core::kHeadlineFirstMonth, {2025, 12}},
    {"2026", QT_TRANSLATE_NOOP("tariffsim::ui::MainWindow", "2026"), {2026, 1}, {2026, 12}},
    {"2027-2030", QT_TRANSLATE_NOOP("tariffsim::ui::MainWindow", "2027–2030"), {2027, 1}, core::kHorizonLastMonth},
    {"2025-2030", QT_TRANSLATE_NOOP("tariffsim::ui::MainWindow", "2025–2030"), core::kHeadlineFirstMonth,
     core::kHorizonLastMonth},
};
constexpr int kPeriodCount = static_cast<int>(std::size(kPeriods));

// The label of the period the edits affect: "From Nov 2026 (the edits)".
QString editsPeriodLabel(core::Date effective)
{
    return MainWindow::tr("From %1 (when the edits apply)").arg(formatMonth(core::YearMonth::of(effective)));
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(bundledData(), parent)
{
}

MainWindow::MainWindow(const AppData& data, QWidget* parent)
    : QMainWindow(parent)
    , m_doc(new ScenarioDocument(data, this, ScenarioDocument::Computation::Background))
    , m_refresh(new DelayedRefresh([this](Changes what) { refreshViews(what); }, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_files = new FileController(m_doc, this);
    m_autosave = new Autosave(m_doc, Autosave::defaultDirectory(), this);
    connect(m_files, &FileController::message, this, [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    // A failed autosave stays in the status bar until the next one succeeds.
    connect(m_autosave, &Autosave::failed, this, [this](const QString& error) {
        statusBar()->showMessage(tr("Autosave failed (%1): save your changes to keep them.").arg(error));
    });
    connect(m_autosave, &Autosave::saved, this, [this] { statusBar()->clearMessage(); });
    // What the scenario assumes past the data (the data's own date is on the toolbar).
    m_counterfactual = new QLabel(this);
    m_counterfactual->setObjectName(QStringLiteral("counterfactual"));
    m_counterfactual->setStyleSheet(QStringLiteral("QLabel { color: #7a3a63; font-weight: bold; }"));
    statusBar()->addPermanentWidget(m_counterfactual);
    m_assumed = new QLabel(this);
    m_assumed->setObjectName(QStringLiteral("assumed"));
    statusBar()->addPermanentWidget(m_assumed);
    m_changesFromPreset = new QLabel(this);
    m_changesFromPreset->setObjectName(QStringLiteral("changes-from-preset"));
    statusBar()->addPermanentWidget(m_changesFromPreset);
    m_builtLanguage = currentLanguage();
    setCentralWidget(buildCentre());
    buildDocks();
    buildComparison();
    buildMenus();
    connectViews();
    m_undoFilter = letDocumentUndoWinInSpinBoxes(this);
    connect(m_doc, &ScenarioDocument::changed, this, [this](Changes what) {
        if (what & (kModelChanges | Change::AsOfDate))
            m_refresh->mark(what);
        // The title says "(modified)" while an edited preset keeps the preset's title.
        if (what & (kModelChanges | Change::FilePath | Change::Modified | Change::Description))
            refreshTitle();
    });
    fitToScreen();
    restoreSettings();
    refreshViews(kModelChanges | Change::AsOfDate | Change::View);
    refreshTitle();
}

void MainWindow::connectViews()
{
    // The timeline's date axis lines up with the tariff chart's plot area.
    connect(m_charts[ChartId::Tariffs], &ChartView::plotAreaChanged, this, &MainWindow::alignTimeline);
    const auto lockCharts = [this](bool active) {
        for (auto& [id, view] : m_charts)
            view->setAxesLocked(active);
    };
    connect(m_controls, &TariffControls::dragActive, this, lockCharts);
    connect(m_timeline, &TimelineWidget::dragActive, this, lockCharts);
}

bool MainWindow::refreshPending() const { return m_doc->isComputing() || m_refresh->pending(); }

void MainWindow::flushRefresh()
{
    // Results still being computed are waited for: a grab shows the current state.
    while (m_doc->isComputing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::ExcludeUserInputEvents);
    m_refresh->flush();
}

int MainWindow::refreshCount() const { return m_refresh->refreshes(); }

MainWindow::~MainWindow() = default;

void MainWindow::startUp(const QString& file, const QString& recoveryDirectory)
{
    if (!file.isEmpty())
        m_files->openFile(file);
    QTimer::singleShot(0, this, [this, recoveryDirectory] { m_files->offerRecovery(recoveryDirectory); });
}

QWidget* MainWindow::buildCentre()
{
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(4, 4, 4, 4);
    m_headline = new HeadlineStrip(m_doc, centre);
    layout->addWidget(m_headline);
    m_timeline = new TimelineWidget(m_doc, centre);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    layout->addWidget(m_timeline);
    connect(m_timeline, &TimelineWidget::viewRangeChanged, this, [this] { m_refresh->mark(Change::View); });
    connect(m_timeline, &TimelineWidget::editRefused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 6000); });

    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    for (ChartId id : allCharts()) {
        auto* view = new ChartView(centre);
        view->setObjectName(QStringLiteral("chart-") + chartName(id));
        view->setAccessibleName(chartTitle(id));
        const QString description = tr("Chart. Right-click or press the Menu key for Show data (its numbers as a "
                                       "table), Export, Copy and Print; hover a line or bar for its value.");
        view->setAccessibleDescription(description);
        view->viewport()->setAccessibleName(chartTitle(id));
        view->viewport()->setAccessibleDescription(description);
        view->setMinimumSize(200, 100); // three rows of charts and their legends fit a 768-pixel screen
        m_charts[id] = view;
    }
    // Sector chart with its flow and period choosers.
    auto* sectorPanel = new QWidget(centre);
    auto* sv = new QVBoxLayout(sectorPanel);
    sv->setContentsMargins(0, 0, 0, 0);
    sv->setSpacing(2);
    auto* chooser = new QHBoxLayout;
    m_sectorFlow = new QComboBox(sectorPanel);
    m_sectorFlow->addItem(tr("China's exports to the US"));
    m_sectorFlow->addItem(tr("US exports to China"));
    m_sectorFlow->setAccessibleName(tr("Sector chart flow"));
    m_sectorFlow->setToolTip(tr("Which flow the sector chart shows"));
    m_sectorPeriod = new QComboBox(sectorPanel);
    m_sectorPeriod->setObjectName(QStringLiteral("sector-period"));
    for (const auto& p : kPeriods)
        m_sectorPeriod->addItem(*p.label ? tr(p.label) : editsPeriodLabel(m_doc->effectiveDate()),
                                QString::fromLatin1(p.id));
    // By default the months the scenario's edits can move: a fixed year before the
    // edits take effect would show no change at all.
    m_sectorPeriod->setCurrentIndex(0);
    m_sectorPeriod->setAccessibleName(tr("Sector chart period"));
    m_sectorPeriod->setToolTip(tr("The months over which the sector chart compares the scenario with the baseline"));
    auto* flowLabel = new QLabel(tr("&Flow:"), sectorPanel);
    flowLabel->setBuddy(m_sectorFlow);
    auto* periodLabel = new QLabel(tr("&Period:"), sectorPanel);
    periodLabel->setBuddy(m_sectorPeriod);
    chooser->addWidget(flowLabel);
    chooser->addWidget(m_sectorFlow);
    chooser->addWidget(periodLabel);
    chooser->addWidget(m_sectorPeriod);
    chooser->addStretch();
    sv->addLayout(chooser);
    sv->addWidget(chartWithLegend(ChartId::Sectors, centre), 1);
    connect(m_sectorFlow, &QComboBox::currentIndexChanged, this, [this] { m_refresh->mark(Change::View); });
    connect(m_sectorPeriod, &QComboBox::currentIndexChanged, this, [this] { m_refresh->mark(Change::View); });

    // The window shows the largest movers so that every sector label stays readable.
    m_charts[ChartId::Sectors]->setMaxBars(12);
    // Tariffs across the top (under the timeline, sharing its dates); volumes, the
    // key result, wide below with the sector bars beside it; duties, rare earths
    // and where the trade went along the bottom.
    grid->addWidget(chartWithLegend(ChartId::Tariffs, centre), 0, 0, 1, 3);
    grid->addWidget(chartWithLegend(ChartId::Volumes, centre), 1, 0, 1, 2);
    grid->addWidget(sectorPanel, 1, 2);
    grid->addWidget(chartWithLegend(ChartId::Revenue, centre), 2, 0);
    grid->addWidget(chartWithLegend(ChartId::RareEarths, centre), 2, 1);
    grid->addWidget(chartWithLegend(ChartId::Diversion, centre), 2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 5);
    grid->setRowStretch(2, 4);
    layout->addLayout(grid, 1);
    return centre;
}

QWidget* MainWindow::chartWithLegend(ChartId id, QWidget* parent)
{
    ChartView* view = m_charts[id];
    auto* legend = new ChartLegend(parent);
    legend->setObjectName(QStringLiteral("legend-") + chartName(id));
    m_legends[id] = legend;
    connect(legend, &ChartLegend::toggled, view, &ChartView::setSeriesVisible);
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view, 1);
    layout->addWidget(legend);
    return box;
}

void MainWindow::buildDocks()
{
    // The docks themselves stay when the language changes (their places and sizes
    // with them); what they hold is built anew.
    auto* tariffDock = findChild<QDockWidget*>(QStringLiteral("dock-tariffs"), Qt::FindDirectChildrenOnly);
    auto* paramDock = findChild<QDockWidget*>(QStringLiteral("dock-parameters"), Qt::FindDirectChildrenOnly);
    const bool first = !tariffDock;
    if (first) {
        tariffDock = new QDockWidget(this);
        tariffDock->setObjectName(QStringLiteral("dock-tariffs"));
        tariffDock->setMinimumWidth(300);
        addDockWidget(Qt::LeftDockWidgetArea, tariffDock);
        paramDock = new QDockWidget(this);
        paramDock->setObjectName(QStringLiteral("dock-parameters"));
        addDockWidget(Qt::LeftDockWidgetArea, paramDock);
    }
    tariffDock->setWindowTitle(tr("Tariffs"));
    delete tariffDock->widget();
    m_controls = new TariffControls(m_doc, tariffDock);
    auto* scroll = new QScrollArea(tariffDock);
    scroll->setAccessibleName(tr("Tariff controls"));
    scroll->setAccessibleDescription(tr("A rate slider, a rate box and a reset button for each legal layer of both sides"));
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tariffDock->setWidget(scroll);

    paramDock->setWindowTitle(tr("Model parameters"));
    delete paramDock->widget();
    m_parameters = new ParameterPanel(m_doc, paramDock);
    auto* paramScroll = new QScrollArea(paramDock);
    paramScroll->setAccessibleName(tr("Model parameters"));
    paramScroll->setAccessibleDescription(tr("Elasticities, adjustment speeds, pass-through, front-loading and the "
                                             "rare-earth licence approval share, each with its literature range"));
    paramScroll->setWidget(m_parameters);
    paramScroll->setWidgetResizable(true);
    paramScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    paramDock->setWidget(paramScroll);

    if (first) {
        auto* history = new HistoryDock(m_doc->undoStack(), this); // retitles itself
        addDockWidget(Qt::LeftDockWidgetArea, history);
        tabifyDockWidget(paramDock, history);
        paramDock->raise();
    }
}

void MainWindow::buildComparison()
{
    // Hidden until asked for (View menu); pinning shows it.
    m_comparison = new ComparisonPanel(m_doc, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_comparison);
    m_comparison->hide();
    connect(m_comparison, &ComparisonPanel::pinsChanged, this, [this] {
        if (!m_comparison->isVisible()) {
            m_comparison->show();
            resizeDocks({m_comparison}, {300}, Qt::Vertical);
        }
        m_refresh->mark(Change::View);
    });
}

void MainWindow::buildMenus()
{
    auto* toolbar = addToolBar(tr("Scenario"));
    toolbar->setObjectName(QStringLiteral("toolbar-scenario"));
    toolbar->setMovable(false);
    auto* presetLabel = new QLabel(tr("&Scenario: "), toolbar);
    m_preset = new QComboBox(toolbar);
    for (const auto& s : m_doc->appData().presets->presets()) {
        m_preset->addItem(dataText(s.title), QString::fromStdString(s.id));
        m_preset->setItemData(m_preset->count() - 1, dataText(s.notes), Qt::ToolTipRole);
    }
    m_preset->setAccessibleName(tr("Preset scenario"));
    m_preset->setToolTip(tr("Start from a preset scenario (clears the undo history)"));
    presetLabel->setBuddy(m_preset);
    toolbar->addWidget(presetLabel);
    toolbar->addWidget(m_preset);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        // Asks first when there are unsaved changes; if cancelled, show the current preset again.
        if (!m_files->openPreset(m_preset->itemData(index).toString().toStdString()))
            refreshTitle();
    });
    toolbar->addSeparator();
    auto* asOfLabel = new QLabel(tr("  &As of: "), toolbar);
    m_asOf = new QDateEdit(toQDate(m_doc->asOfDate()), toolbar);
    m_asOf->setDisplayFormat(dayFormat());
    m_asOf->setCalendarPopup(true);
    m_asOf->setDateRange(toQDate(core::kTariffChartFirstMonth.firstDay()), toQDate(core::kHorizonLastDay));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_asOf->setToolTip(tr("The day the headline rates and the truce countdown refer to"));
    asOfLabel->setBuddy(m_asOf);
    toolbar->addWidget(asOfLabel);
    toolbar->addWidget(m_asOf);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate& d) { m_doc->setAsOfDate(fromQDate(d)); });

    auto* file = menuBar()->addMenu(tr("&File"));
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    // File > Export and each chart's context menu (ui/export/exportactions.h)
    auto* exporter = new ExportActions(this, m_doc, [this](ChartId id) {
            flushRefresh(); // export what the document holds now, not the last frame
            return chartView(id)->model();
        },
                                       [this] { return sectorPeriod(); });
    m_exporter = exporter;
    auto* exportMenu = new QMenu(tr("&Export"), file);
    exporter->populateMenu(exportMenu);
    file->insertMenu(quit, exportMenu);
    auto* importObservations = new QAction(tr("&Import observations..."), file);
    importObservations->setObjectName(QStringLiteral("importObservationsAction"));
    connect(importObservations, &QAction::triggered, this, [this] {
        ImportDialog dialog(currentUserDataFolder(), this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Imported %1; it is read at the next start.").arg(dialog.targetPath()), 8000);
    });
    file->insertAction(quit, importObservations);
    file->insertSeparator(quit);
    for (auto& [id, chart] : m_charts)
        exporter->attachTo(chart, id);
    m_files->addToMenu(file);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    // Owned by the menu: a change of language replaces both.
    auto* undo = m_doc->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_doc->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), exporter, &ExportActions::editPreferences)->setMenuRole(QAction::PreferencesRole);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);

    auto* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    // The language: the system's, or one chosen; it changes at once and is remembered.
    m_languageMenu = view->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(m_languageMenu);
    const QString chosen = languageSetting();
    const auto addLanguage = [&](const QString& code, const QString& text) {
        QAction* a = m_languageMenu->addAction(text);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == chosen || (code.isEmpty() && !availableLanguages().contains(chosen)));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [code] {
            setLanguageSetting(code);
            applyLanguage(resolveLanguage(code));
        });
    };
    addLanguage(QString(), tr("System language (%1)").arg(languageName(resolveLanguage(QString()))));
    for (const QString& code : availableLanguages())
        addLanguage(code, languageName(code));

    auto* scenarioMenu = menuBar()->addMenu(tr("&Scenario"));
    auto* newMeasure = scenarioMenu->addAction(tr("New &measure..."));
    newMeasure->setObjectName(QStringLiteral("newMeasureAction"));
    connect(newMeasure, &QAction::triggered, this, [this] {
        MeasureDialog dialog(m_doc->dataset(), m_doc->scenario().measures, nullptr, this);
        if (dialog.exec() == QDialog::Accepted)
            m_doc->setMeasure(dialog.measure());
    });

    m_helpMenu = new HelpMenu(this, m_doc->dataset());

    // What the data know, always in view at the right of the toolbar.
    auto* stretch = new QWidget(toolbar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(stretch);
    m_vintage = new QLabel(dataAsOfBadge(m_doc->dataset()), toolbar);
    m_vintage->setObjectName(QStringLiteral("vintage"));
    m_vintage->setToolTip(vintageDetail(m_doc->dataset()));
    m_vintage->setAccessibleName(tr("Data as of"));
    m_vintage->setAccessibleDescription(vintageDetail(m_doc->dataset()));
    m_vintage->setStyleSheet(QStringLiteral("QLabel#vintage { border: 1px solid palette(mid); border-radius: 8px;"
                                            " padding: 1px 8px; background: palette(alternate-base); }"));
    toolbar->addWidget(m_vintage);
}

SectorPeriod MainWindow::sectorPeriod() const
{
    const auto& p = kPeriods[std::clamp(m_sectorPeriod->currentIndex(), 0, kPeriodCount - 1)];
    if (!*p.label) {
        // From the month the edits take effect, within the projection.
        const core::YearMonth from = std::clamp(core::YearMonth::of(m_doc->effectiveDate()), core::kHeadlineFirstMonth,
                                                core::kHorizonLastMonth);
        return {from, p.last, m_sectorFlow->currentIndex() == 0};
    }
    return {p.first, p.last, m_sectorFlow->currentIndex() == 0};
}

void MainWindow::refreshAssumptions()
{
    const QStringList assumed = assumedContinuations(*m_doc);
    const QString text = assumed.isEmpty() ? QString()
        : assumed.size() == 1               ? tr("1 truce assumed past the record")
                                            : tr("%1 truces assumed past the record").arg(assumed.size());
    if (m_assumed->text() != text)
        m_assumed->setText(text);
    m_assumed->setToolTip(assumed.join(QStringLiteral("\n")));
    m_assumed->setVisible(!assumed.isEmpty());
    // Where the scenario rewrites history, before its edits take effect.
    QString counterfactual = counterfactualShort(*m_doc);
    if (!counterfactual.isEmpty())
        counterfactual[0] = counterfactual[0].toUpper();
    m_counterfactual->setText(counterfactual);
    m_counterfactual->setToolTip(counterfactualSentence(*m_doc));
    m_counterfactual->setAccessibleName(counterfactual);
    m_counterfactual->setAccessibleDescription(counterfactualSentence(*m_doc));
    m_counterfactual->setVisible(!counterfactual.isEmpty());
}

void MainWindow::refreshViews(Changes what)
{
    if (what & (kModelChanges | Change::AsOfDate))
        m_headline->refresh();
    if (what & kModelChanges) {
        refreshAssumptions();
        const QString edits = editsPeriodLabel(m_doc->effectiveDate());
        if (m_sectorPeriod->itemText(0) != edits)
            m_sectorPeriod->setItemText(0, edits);
    }
    // What each chart shows: a parameter edit leaves the tariff chart alone, a
    // tariff edit the rare-earth chart. View settings (date range, period, pins)
    // touch them all.
    const auto shows = [](ChartId id) -> Changes {
        switch (id) {
        case ChartId::Tariffs: return Changes(Change::Rates) | Change::Truces | Change::Scenario;
        case ChartId::RareEarths: return Changes(Change::Parameters) | Change::Scenario;
        default: return kModelChanges;
        }
    };
    const SectorPeriod period = sectorPeriod();
    const double viewFrom = toMs(m_timeline->viewFrom());
    const double viewTo = toMs(m_timeline->viewTo());
    for (auto& [id, view] : m_charts) {
        if (!(what & (shows(id) | Change::View)))
            continue;
        ChartModel model = chartModel(*m_doc, id, period);
        // The timeline right above names the events; the chart keeps their dotted lines and tooltips.
        if (id == ChartId::Tariffs)
            for (auto& marker : model.markers)
                marker.label.clear();
        // Time charts share the timeline's date range where they have data in it.
        if (model.timeAxis && viewFrom < model.xMaxMs && viewTo > model.xMinMs) {
            model.xMinMs = std::max(model.xMinMs, viewFrom);
            model.xMaxMs = std::min(model.xMaxMs, viewTo);
        }
        m_comparison->addOverlays(model); // pinned scenarios, in their own line styles
        view->setModel(model);
        m_legends[id]->setModel(model);
    }
}

void MainWindow::alignTimeline()
{
    ChartView* tariffs = m_charts[ChartId::Tariffs];
    const QRectF plot = tariffs->chart()->plotArea();
    const int offset = tariffs->mapTo(this, QPoint(0, 0)).x() - m_timeline->mapTo(this, QPoint(0, 0)).x();
    const int left = static_cast<int>(plot.left()) + offset;
    const int right = m_timeline->width() - (static_cast<int>(plot.right()) + offset);
    m_timeline->setPlotMargins(left, right);
}

void MainWindow::refreshTitle()
{
    setWindowTitle(m_files->windowTitle()); // with [*]: the title shows unsaved changes
    const QStringList changes = m_doc->differencesFromBase();
    const core::Scenario* base = m_doc->basePresetScenario();
    m_changesFromPreset->setText(changes.isEmpty() || !base
                                     ? QString()
                                 : changes.size() == 1
                                     ? tr("1 change from %1").arg(dataText(base->title))
                                     : tr("%1 changes from %2").arg(changes.size()).arg(dataText(base->title)));
    m_changesFromPreset->setToolTip(changes.join(QLatin1Char('\n')));
    m_changesFromPreset->setAccessibleDescription(changes.join(QStringLiteral("; ")));
    const int index = m_preset->findData(QString::fromStdString(m_doc->scenario().basePreset));
    if (index >= 0 && index != m_preset->currentIndex())
        m_preset->setCurrentIndex(index);
}

QList<QAction*> MainWindow::languageActions() const { return m_languageMenu->actions(); }

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Installing a translation sends an event for each translator: one rebuild for them all.
    if (event->type() == QEvent::LanguageChange && !m_rebuildPending) {
        m_rebuildPending = true;
        QTimer::singleShot(0, this, &MainWindow::rebuildForLanguage);
    }
}

void MainWindow::rebuildForLanguage()
{
    m_rebuildPending = false;
    if (m_builtLanguage == currentLanguage())
        return;
    m_builtLanguage = currentLanguage();
    // The docks keep their sizes (a new centre and dock contents would otherwise
    // have the layout share the width out again).
    QList<QDockWidget*> docks;
    QList<int> widths;
    QList<int> heights;
    for (QDockWidget* dock : findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (dock->isVisible() && !dock->isFloating() && !dock->visibleRegion().isEmpty()) { // not a tab behind another
            docks << dock;
            widths << dock->width();
            heights << dock->height();
        }
    const int flow = m_sectorFlow->currentIndex();
    const QString period = m_sectorPeriod->currentData().toString();
    const core::Date viewFrom = m_timeline->viewFrom();
    const core::Date viewTo = m_timeline->viewTo();
    QWidget* focus = QApplication::focusWidget();
    const QString focusName = focus && isAncestorOf(focus) ? focus->objectName() : QString();

    // What is built from text goes: menus, toolbar, the docks' contents (the
    // comparison and the history retranslate themselves), the centre. The
    // document, the file and the layout stay.
    menuBar()->clear();
    for (QMenu* menu : menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly))
        delete menu;
    for (QToolBar* bar : findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
        delete bar;
    delete m_exporter;
    delete m_helpMenu;
    m_charts.clear();
    m_legends.clear();
    setCentralWidget(buildCentre()); // the old centre is deleted from the event loop
    buildDocks();
    m_files->retranslate();
    m_doc->retranslateHistory(); // before the new undo and redo actions read it
    if (auto* history = findChild<HistoryDock*>())
        history->view()->viewport()->update();
    buildMenus();
    connectViews();
    delete m_undoFilter; // the filter of the spin boxes before, some of them gone
    m_undoFilter = letDocumentUndoWinInSpinBoxes(this);
    // Once the new contents are laid out.
    QTimer::singleShot(0, this, [this, docks, widths, heights] {
        resizeDocks(docks, widths, Qt::Horizontal);
        resizeDocks(docks, heights, Qt::Vertical);
    });
    m_sectorFlow->setCurrentIndex(flow);
    m_sectorPeriod->setCurrentIndex(std::max(0, m_sectorPeriod->findData(period)));
    m_timeline->setViewRange(viewFrom, viewTo);
    if (!focusName.isEmpty())
        if (auto* w = findChild<QWidget*>(focusName))
            w->setFocus();
    refreshViews(kModelChanges | Change::AsOfDate | Change::View);
    refreshTitle();
}

ChartView* MainWindow::chartView(ChartId id) const
{
    const auto it = m_charts.find(id);
    return it == m_charts.end() ? nullptr : it->second;
}

ChartLegend* MainWindow::chartLegend(ChartId id) const
{
    const auto it = m_legends.find(id);
    return it == m_legends.end() ? nullptr : it->second;
}

void MainWindow::fitToScreen()
{
    // 1600 x 1000 where the screen has room, otherwise the screen's free area.
    const QScreen* s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect avail = s ? s->availableGeometry() : QRect(0, 0, 1600, 1000);
    const QSize size = QSize(1600, 1000).boundedTo(avail.size() - QSize(16, 40)); // room for the frame
    resize(size);
    QRect frame(QPoint(), size);
    frame.moveCenter(avail.center());
    move(frame.topLeft());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.contains(QStringLiteral("window/geometry"))) {
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        // A geometry saved on a larger screen is brought back inside this one.
        const QScreen* s = screen();
        if (s && !s->availableGeometry().contains(frameGeometry()))
            fitToScreen();
    }
    if (settings.contains(QStringLiteral("window/state")))
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString preset = settings.value(QStringLiteral("scenario/preset")).toString();
    if (!preset.isEmpty() && m_doc->appData().presets->find(preset.toStdString()))
        m_doc->loadPreset(preset.toStdString());
    m_sectorFlow->setCurrentIndex(settings.value(QStringLiteral("charts/sectorFlow"), 0).toInt());
    const int period = m_sectorPeriod->findData(settings.value(QStringLiteral("charts/sectorPeriodId")).toString());
    m_sectorPeriod->setCurrentIndex(std::max(0, period));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("scenario/preset"), QString::fromStdString(m_doc->scenario().basePreset));
    settings.setValue(QStringLiteral("charts/sectorFlow"), m_sectorFlow->currentIndex());
    settings.setValue(QStringLiteral("charts/sectorPeriodId"), m_sectorPeriod->currentData().toString());
    event->accept();
}

} // namespace tariffsim::ui
