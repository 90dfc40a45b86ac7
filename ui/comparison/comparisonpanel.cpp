#include "comparisonpanel.h"

#include "core/scenarioparameters.h"
#include "ui/document/appdata.h"
#include "ui/document/language.h"
#include "ui/document/scenariofile.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tariffsim::ui {

namespace {

// A short sample of a pin's line style for its list entry and column header.
QIcon styleIcon(SeriesStyle style)
{
    QPixmap pixmap(36, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette::grey, 2);
    switch (style) {
    case SeriesStyle::Dotted: pen.setStyle(Qt::DotLine); break;
    case SeriesStyle::DashDot: pen.setStyle(Qt::DashDotLine); break;
    case SeriesStyle::DashDotDot: pen.setStyle(Qt::DashDotDotLine); break;
    case SeriesStyle::LongDash: pen.setDashPattern({8, 3}); break;
    default: break;
    }
    p.setPen(pen);
    p.drawLine(2, 6, 34, 6);
    return QIcon(pixmap);
}

} // namespace

ComparisonPanel::ComparisonPanel(ScenarioDocument* doc, QWidget* parent)
    : QDockWidget(parent)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("dock-comparison"));
    chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Pin Scenario File"), QString(), scenarioFileFilter());
    };
    showError = [this](const QString& title, const QString& message) { QMessageBox::warning(this, title, message); };

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* buttons = new QHBoxLayout;
    m_pinCurrent = new QToolButton(body);
    connect(m_pinCurrent, &QToolButton::clicked, this, [this] { pinCurrent(); });
    m_pinPreset = new QToolButton(body);
    m_pinPreset->setPopupMode(QToolButton::InstantPopup);
    m_pinPreset->setMenu(new QMenu(m_pinPreset));
    m_pinFile = new QToolButton(body);
    connect(m_pinFile, &QToolButton::clicked, this, [this] {
        const QString path = chooseFile();
        if (!path.isEmpty())
            pinFile(path);
    });
    m_clear = new QToolButton(body);
    connect(m_clear, &QToolButton::clicked, this, &ComparisonPanel::clearPins);
    buttons->addWidget(m_pinCurrent);
    buttons->addWidget(m_pinPreset);
    buttons->addWidget(m_pinFile);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* split = new QHBoxLayout;
    m_list = new QListWidget(body);
    m_list->setMaximumWidth(280);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_remove = new QAction(m_list);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_list->currentRow() >= 0)
            unpin(m_list->currentRow());
    });
    m_list->addAction(m_remove);
    split->addWidget(m_list);
    m_table = new QTableWidget(body);
    // Tab moves on to the next control; the arrow keys move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    split->addWidget(m_table, 1);
    layout->addLayout(split, 1);
    m_hint = new QLabel(body);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    setWidget(body);

    connect(doc, &ScenarioDocument::changed, this, [this](Changes what) {
        if (what & (kModelChanges | Change::AsOfDate | Change::Description))
            refreshTable();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_tableStale)
            refreshTable();
    });
    retranslate();
}

ComparisonPanel::~ComparisonPanel() = default;

void ComparisonPanel::retranslate()
{
    setWindowTitle(tr("Comparison"));
    m_pinCurrent->setText(tr("Pin &current"));
    m_pinCurrent->setToolTip(tr("Keep a snapshot of the scenario as it is now, to compare later edits against"));
    m_pinPreset->setText(tr("Pin &preset"));
    m_pinPreset->setToolTip(tr("Compare with a preset scenario"));
    QMenu* presets = m_pinPreset->menu();
    presets->clear();
    for (const auto& s : m_doc->appData().presets->presets()) {
        const std::string id = s.id;
        presets->addAction(dataText(s.title), this, [this, id] { pinPreset(id); });
    }
    m_pinFile->setText(tr("Pin &file…"));
    m_pinFile->setToolTip(tr("Compare with a saved scenario file"));
    m_clear->setText(tr("C&lear"));
    m_clear->setToolTip(tr("Remove every pinned scenario"));
    for (auto* b : {m_pinCurrent, m_pinPreset, m_pinFile, m_clear})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    m_list->setAccessibleName(tr("Pinned scenarios"));
    m_list->setToolTip(tr("Pinned scenarios and their line styles on the charts; Delete removes the selected one"));
    m_remove->setText(tr("Remove"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_hint->setText(tr("Pin up to four scenarios to compare them with the current one. Pinned scenarios appear on "
                       "the time charts in their own line style."));
    // The pins' labels and chart series are named in the language they were made in.
    for (size_t i = 0; i < m_pins.size(); ++i)
        setPinIndex(m_pins[i], static_cast<int>(i));
    refreshPins();
}

void ComparisonPanel::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // At once, so that the window's rebuild (queued) overlays the pins by their
    // new names; the table's money and dates follow the language once it is
    // applied whole, after the event.
    retranslate();
    QTimer::singleShot(0, this, [this] { refreshTable(); });
}

bool ComparisonPanel::addPin(const QString& label, const ScenarioState& state)
{
    if (static_cast<int>(m_pins.size()) >= kMaxPins)
        return false;
    m_pins.push_back(pinScenario(static_cast<int>(m_pins.size()), label, state, m_doc->appData()));
    refreshPins();
    emit pinsChanged();
    return true;
}

bool ComparisonPanel::pinCurrent()
{
    return addPin(tr("%1 at %2").arg(m_doc->displayTitle(), QTime::currentTime().toString(QStringLiteral("HH:mm"))),
                  m_doc->state());
}

bool ComparisonPanel::pinPreset(const std::string& presetId)
{
    const core::Scenario* preset = m_doc->appData().presets->find(presetId);
    if (!preset)
        return false;
    ScenarioState state;
    state.scenario = *preset;
    state.scenario.basePreset = preset->id;
    state.parameters = core::resolveParameters(preset->parameters, core::defaultParameters(m_doc->dataset()));
    state.effectiveDate = m_doc->effectiveDate();
    return addPin(dataText(preset->title), state);
}

bool ComparisonPanel::pinFile(const QString& path)
{
    const ScenarioFileResult result = readScenarioFile(path, m_doc->dataset());
    if (!result.scenario) {
        showError(tr("Cannot pin scenario"),
                  tr("“%1” cannot be read:\n\n%2").arg(QFileInfo(path).fileName(), result.error));
        return false;
    }
    ScenarioState state;
    state.scenario = *result.scenario;
    state.scenario.parameters = {};
    state.scenario.effectiveDate.reset();
    state.parameters = core::resolveParameters(result.scenario->parameters, core::defaultParameters(m_doc->dataset()));
    state.effectiveDate = result.scenario->effectiveDate.value_or(m_doc->effectiveDate());
    const QString title = QString::fromStdString(result.scenario->title);
    return addPin(title.isEmpty() ? QFileInfo(path).fileName() : title, state);
}

void ComparisonPanel::unpin(int index)
{
    if (index < 0 || index >= static_cast<int>(m_pins.size()))
        return;
    // Renumber the rest so numbers and line styles stay in order.
    m_pins.erase(m_pins.begin() + index);
    for (size_t i = 0; i < m_pins.size(); ++i)
        setPinIndex(m_pins[i], static_cast<int>(i));
    refreshPins();
    emit pinsChanged();
}

void ComparisonPanel::clearPins()
{
    if (m_pins.empty())
        return;
    m_pins.clear();
    refreshPins();
    emit pinsChanged();
}

void ComparisonPanel::addOverlays(ChartModel& model) const
{
    if (!model.timeAxis)
        return;
    for (const ComparedScenario& pin : m_pins) {
        const auto it = pin.series.find(model.id);
        if (it == pin.series.end())
            continue;
        for (ChartSeries s : it->second) {
            toDisplayMoney(s); // as chartModel shows the scenario's own
            model.series.push_back(std::move(s));
        }
    }
}

void ComparisonPanel::refreshPins()
{
    m_list->clear();
    for (size_t i = 0; i < m_pins.size(); ++i)
        m_list->addItem(new QListWidgetItem(styleIcon(pinStyle(static_cast<int>(i))), m_pins[i].label));
    const bool full = static_cast<int>(m_pins.size()) >= kMaxPins;
    for (auto* b : {m_pinCurrent, m_pinPreset, m_pinFile})
        b->setEnabled(!full);
    m_clear->setEnabled(!m_pins.empty());
    m_hint->setVisible(m_pins.empty());
    refreshTable();
}

void ComparisonPanel::refreshTable()
{
    std::vector<const ScenarioState*> states{&m_doc->state()};
    std::vector<ComparisonFigures> figures{core::scenarioFigures(m_doc->projection(), m_doc->schedule(), m_doc->asOfDate())};
    for (const ComparedScenario& pin : m_pins) {
        states.push_back(&pin.state);
        figures.push_back(core::scenarioFigures(*pin.projection, *pin.schedule, m_doc->asOfDate()));
    }
    m_rows = comparisonRows(states, figures, m_doc->dataset());
    // The widget waits while the dock is hidden (a slider drag should not pay for it).
    m_tableStale = !isVisible();
    if (m_tableStale)
        return;

    // Columns: what, current, then each pin's value and its difference.
    QStringList headers{tr("Input or figure"), tr("Current")};
    for (const ComparedScenario& pin : m_pins)
        headers << pin.label << tr("Δ vs current");
    m_table->setUpdatesEnabled(false);
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    for (size_t i = 0; i < m_pins.size(); ++i)
        m_table->horizontalHeaderItem(2 + 2 * static_cast<int>(i))->setIcon(styleIcon(pinStyle(static_cast<int>(i))));
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const ComparisonRow& row = m_rows[static_cast<size_t>(r)];
        auto set = [&](int column, const QString& text, bool number) {
            auto* item = m_table->item(r, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, column, item);
            }
            item->setText(text);
            item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
            QFont f = item->font();
            f.setBold(column == 0 && row.kind == ComparisonRow::Kind::Figure);
            item->setFont(f);
        };
        const bool figure = row.kind == ComparisonRow::Kind::Figure;
        set(0, row.label, false);
        for (int c = 0; c < static_cast<int>(row.values.size()); ++c) {
            if (c == 0) {
                set(1, row.values[0], figure);
                continue;
            }
            set(2 * c, row.values[c], figure);
            set(2 * c + 1, figure ? row.differences[c] : QString(), true);
        }
    }
    m_table->setUpdatesEnabled(true);
}

} // namespace tariffsim::ui
