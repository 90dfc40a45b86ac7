#include "tariffcontrols.h"

#include "ui/document/dates.h"
#include "ui/document/diversiondata.h"
#include "ui/document/language.h"
#include "ui/document/scenariodocument.h"
#include "ui/widgets/measuredialog.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tariffsim::ui {

namespace {
QString pct(double v) { return QString::number(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1) + QStringLiteral("%"); }
} // namespace

TariffControls::TariffControls(ScenarioDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* dateRow = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(dayFormat());
    m_date->setCalendarPopup(true);
    m_date->setDateRange(toQDate(core::kTariffChartFirstMonth.firstDay()), toQDate(core::kHorizonLastDay));
    m_date->setAccessibleName(tr("Changes take effect on"));
    m_date->setToolTip(tr("Slider values apply from this date; before it the charts show the enacted path."));
    dateRow->addRow(tr("Changes take &effect on:"), m_date);
    layout->addLayout(dateRow);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate& d) { m_doc->setEffectiveDate(fromQDate(d)); });

    for (auto direction : {core::Direction::UsOnChina, core::Direction::ChinaOnUs}) {
        auto* box = new QGroupBox(direction == core::Direction::UsOnChina ? tr("US tariffs on Chinese goods")
                                                                           : tr("China's tariffs on US goods"),
                                  this);
        auto* grid = new QGridLayout(box);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(2);
        int r = 0;
        for (const auto& m : doc->dataset().measures) {
            if (m.direction != direction)
                continue;
            Row row;
            row.measureId = m.id;
            const QString name = dataText(m.name);
            QString tip = dataText(m.layer) + QStringLiteral(": ") + name;
            if (!m.coverageNote.empty())
                tip += QStringLiteral("\n") + tr("Coverage: %1").arg(QString::fromStdString(m.coverageNote));
            // Each dated step with its instrument, primary source first.
            for (const auto& step : m.steps) {
                const std::string line = core::sourceLine(step.provenance);
                tip += QStringLiteral("\n") + tr("%1: %2%").arg(QString::fromStdString(step.date.toString()))
                                                    .arg(step.ratePct, 0, 'f', step.ratePct == int(step.ratePct) ? 0 : 2)
                    + (line.empty() ? QString() : QStringLiteral(" — ") + QString::fromStdString(line));
            }
            row.name = new QLabel(name, box);
            row.name->setToolTip(tip);
            row.name->setWordWrap(true);
            row.name->setContentsMargins(0, 4, 0, 0);
            addRateWidgets(row, name, box);
            row.slider->setToolTip(tr("%1: drag to set the rate from the effective date (0-%2%)").arg(name).arg(kSliderMaxPct));
            row.spin->setToolTip(tr("%1: type a rate in percent (0-1000)").arg(name));
            row.name->setBuddy(row.spin);
            row.enacted->setMinimumWidth(72);
            row.enacted->setToolTip(tr("Rate enacted on the effective date in the base scenario"));
            row.reset->setAccessibleName(tr("Reset %1 to enacted").arg(name));
            row.reset->setToolTip(tr("Reset %1 to the enacted rate").arg(name));
            // Name on its own line, so the slider gets the dock's width.
            grid->addWidget(row.name, r, 0, 1, 4);
            grid->addWidget(row.slider, r + 1, 0);
            grid->addWidget(row.spin, r + 1, 1);
            grid->addWidget(row.enacted, r + 1, 2);
            grid->addWidget(row.reset, r + 1, 3);
            grid->setColumnStretch(0, 1);
            grid->setRowMinimumHeight(r + 1, 24);
            r += 2;

            connectRow(row, m_rows.size());
            m_rows.push_back(row);
        }
        layout->addWidget(box);
    }
    m_shippedRows = m_rows.size();
    m_ownBox = new QGroupBox(tr("Measures of this scenario"), this);
    m_ownGrid = new QGridLayout(m_ownBox);
    m_ownGrid->setHorizontalSpacing(6);
    m_ownGrid->setVerticalSpacing(2);
    m_ownBox->setVisible(false);
    layout->addWidget(m_ownBox);

    // US tariffs on the other suppliers (the diversion model's partners): folded
    // away until asked for, one rate box each ("what if Vietnam goes to 40%?").
    m_partnersToggle = new QToolButton(this);
    m_partnersToggle->setObjectName(QStringLiteral("partners-toggle"));
    m_partnersToggle->setText(tr("US tariffs on other suppliers"));
    m_partnersToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_partnersToggle->setArrowType(Qt::RightArrow);
    m_partnersToggle->setCheckable(true);
    m_partnersToggle->setAutoRaise(true);
    m_partnersToggle->setAccessibleDescription(tr("Shows the US tariff on each of the other suppliers, for the "
                                                  "\"Where the trade went\" model"));
    layout->addWidget(m_partnersToggle);
    m_partnersBox = new QGroupBox(this);
    m_partnersBox->setObjectName(QStringLiteral("partners"));
    auto* partnersGrid = new QGridLayout(m_partnersBox);
    partnersGrid->setHorizontalSpacing(6);
    partnersGrid->setVerticalSpacing(2);
    int pr = 0;
    for (const auto& partner : doc->dataset().partners) {
        PartnerRow row;
        row.partner = partner;
        const QString name = dataText(partner);
        row.name = new QLabel(name, m_partnersBox);
        row.spin = new QDoubleSpinBox(m_partnersBox);
        row.spin->setRange(0, 1000);
        row.spin->setDecimals(1);
        row.spin->setSuffix(QStringLiteral(" %"));
        row.spin->setKeyboardTracking(false);
        row.spin->setAccessibleName(tr("US tariff on %1").arg(name));
        row.spin->setToolTip(tr("The additional US tariff on goods from %1 from the effective date, on the goods its "
                                "recorded layers were charged on the day before")
                                 .arg(name));
        row.spin->setAccessibleDescription(row.spin->toolTip());
        row.recorded = new QLabel(m_partnersBox);
        row.recorded->setToolTip(tr("The recorded rate on the effective date, averaged over the partner's goods"));
        row.reset = new QToolButton(m_partnersBox);
        row.reset->setText(tr("Reset"));
        row.reset->setAccessibleName(tr("Reset the US tariff on %1").arg(name));
        row.reset->setToolTip(tr("Back to the recorded rates"));
        // Name on its own line, as the layers above, so the row fits the dock.
        partnersGrid->addWidget(row.name, pr, 0, 1, 3);
        partnersGrid->addWidget(row.spin, pr + 1, 0);
        partnersGrid->addWidget(row.recorded, pr + 1, 1);
        partnersGrid->addWidget(row.reset, pr + 1, 2);
        pr += 2;
        connect(row.spin, &QDoubleSpinBox::valueChanged, this,
                [this, partner](double v) { m_doc->setPartnerRate(partner, v); });
        connect(row.reset, &QToolButton::clicked, this, [this, partner] { m_doc->setPartnerRate(partner, std::nullopt); });
        m_partnerRows.push_back(row);
    }
    m_partnersBox->setVisible(false);
    layout->addWidget(m_partnersBox);
    connect(m_partnersToggle, &QToolButton::toggled, this, [this](bool open) {
        m_partnersToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_partnersBox->setVisible(open);
    });
    layout->addStretch();
    connect(doc, &ScenarioDocument::changed, this, [this](Changes what) {
        if (what & Change::Scenario)
            rebuildOwnMeasures();
        if (what & (Changes(Change::Rates) | Change::Truces | Change::Scenario))
            sync();
    });
    rebuildOwnMeasures();
    sync();
}

void TariffControls::addRateWidgets(Row& row, const QString& name, QWidget* parent)
{
    row.slider = new QSlider(Qt::Horizontal, parent);
    row.slider->setRange(0, kSliderMaxPct);
    row.slider->setPageStep(5);
    row.slider->setAccessibleName(tr("%1 rate slider").arg(name));
    row.spin = new QDoubleSpinBox(parent);
    row.spin->setRange(0, 1000);
    row.spin->setDecimals(1);
    row.spin->setSuffix(QStringLiteral(" %"));
    row.spin->setKeyboardTracking(false);
    row.spin->setAccessibleName(tr("%1 rate").arg(name));
    row.enacted = new QLabel(parent);
    row.reset = new QToolButton(parent);
    row.reset->setText(tr("Reset"));
}

void TariffControls::connectRow(const Row& row, size_t index)
{
    // A slider drag is one undo step: its steps share a merge id until release.
    const std::string id = row.measureId;
    connect(row.slider, &QSlider::sliderPressed, this, [this, index] {
        m_rows[index].mergeId = ScenarioDocument::newMergeId();
        emit dragActive(true);
    });
    connect(row.slider, &QSlider::sliderReleased, this, [this, index] {
        m_rows[index].mergeId = 0;
        emit dragActive(false);
    });
    connect(row.slider, &QSlider::valueChanged, this, [this, index, id](int v) {
        m_doc->setOverride(id, static_cast<double>(v), m_rows[index].mergeId);
    });
    connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, id](double v) { m_doc->setOverride(id, v); });
    connect(row.reset, &QToolButton::clicked, this, [this, id] { m_doc->setOverride(id, std::nullopt); });
}

void TariffControls::sync()
{
    {
        const QSignalBlocker block(m_date);
        m_date->setDate(toQDate(m_doc->effectiveDate()));
    }
    const core::Date day = m_doc->effectiveDate();
    for (const PartnerRow& row : m_partnerRows) {
        // The recorded rate: history's layers on the effective date, averaged over the partner's goods.
        const double recorded = core::partnerRatePct(bundledDiversionData(), m_doc->historySchedule(), row.partner, day);
        const std::optional<double> set = m_doc->partnerRatePct(row.partner);
        {
            const QSignalBlocker block(row.spin);
            row.spin->setValue(set.value_or(std::round(recorded * 10.0) / 10.0));
        }
        const QString text = tr("recorded %1").arg(pct(std::round(recorded * 10.0) / 10.0));
        if (row.recorded->text() != text)
            row.recorded->setText(text);
        row.reset->setEnabled(set.has_value());
        if (row.name->font().bold() != set.has_value()) {
            QFont f = row.name->font();
            f.setBold(set.has_value());
            row.name->setFont(f);
        }
    }
    for (const Row& row : m_rows) {
        if (!m_doc->schedule().measure(row.measureId))
            continue; // a measure of the scenario the model has not caught up with
        const double current = m_doc->currentRatePct(row.measureId);
        const double enacted = m_doc->enactedRatePct(row.measureId);
        const bool overridden = m_doc->overrideRatePct(row.measureId).has_value();
        {
            const QSignalBlocker b1(row.slider);
            const QSignalBlocker b2(row.spin);
            if (!row.slider->isSliderDown())
                row.slider->setValue(static_cast<int>(std::lround(std::min(current, double(kSliderMaxPct)))));
            row.spin->setValue(current);
        }
        const QString enactedText = tr("enacted %1").arg(pct(enacted));
        if (row.enacted->text() != enactedText)
            row.enacted->setText(enactedText);
        row.reset->setEnabled(overridden);
        // Only touch the font when it changes: a font change relayouts the dock,
        // and this runs on every slider step.
        if (row.name->font().bold() != overridden) {
            QFont f = row.name->font();
            f.setBold(overridden);
            row.name->setFont(f);
        }
    }
}

void TariffControls::rebuildOwnMeasures()
{
    // The measures of the schedule installed (the rows' rates come from it).
    const auto& measures = m_doc->schedule().scenario().measures;
    std::vector<std::string> ids;
    for (const auto& m : measures)
        ids.push_back(m.id + '\x1f' + m.name);
    if (ids == m_ownIds)
        return;
    m_ownIds = ids;
    for (size_t i = m_shippedRows; i < m_rows.size(); ++i)
        for (QWidget* w : std::initializer_list<QWidget*>{m_rows[i].name, m_rows[i].slider, m_rows[i].spin,
                                                          m_rows[i].enacted, m_rows[i].reset})
            delete w;
    for (auto& [edit, remove] : m_ownButtons) {
        delete edit;
        delete remove;
    }
    m_rows.resize(m_shippedRows);
    m_ownButtons.clear();
    int r = 0;
    for (const auto& m : measures) {
        Row row;
        row.measureId = m.id;
        const QString name = QString::fromStdString(m.name);
        const QString side = m.direction == core::Direction::UsOnChina ? tr("US on Chinese goods")
                                                                        : tr("China on US goods");
        row.name = new QLabel(QStringLiteral("%1 (%2)").arg(name, side), m_ownBox);
        row.name->setWordWrap(true);
        row.name->setToolTip(tr("A measure of this scenario, not of the record") + QStringLiteral("\n")
                             + tr("Legal basis: %1").arg(m.legalBasis.empty() ? tr("not given")
                                                                              : QString::fromStdString(m.legalBasis)));
        addRateWidgets(row, name, m_ownBox);
        row.enacted->setToolTip(tr("Rate the measure's own steps give on the effective date"));
        row.reset->setAccessibleName(tr("Reset %1 to its steps").arg(name));
        auto* edit = new QToolButton(m_ownBox);
        edit->setText(tr("Edit..."));
        edit->setAccessibleName(tr("Edit %1").arg(name));
        auto* remove = new QToolButton(m_ownBox);
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove %1").arg(name));
        m_ownGrid->addWidget(row.name, r, 0, 1, 4);
        m_ownGrid->addWidget(edit, r, 4);
        m_ownGrid->addWidget(remove, r, 5);
        m_ownGrid->addWidget(row.slider, r + 1, 0);
        m_ownGrid->addWidget(row.spin, r + 1, 1);
        m_ownGrid->addWidget(row.enacted, r + 1, 2);
        m_ownGrid->addWidget(row.reset, r + 1, 3);
        m_ownGrid->setColumnStretch(0, 1);
        r += 2;

        const std::string id = m.id;
        connectRow(row, m_rows.size());
        // Queued: the document's change deletes these buttons.
        connect(remove, &QToolButton::clicked, this, [this, id] { m_doc->removeMeasure(id); }, Qt::QueuedConnection);
        connect(edit, &QToolButton::clicked, this, [this, id] {
            const auto& list = m_doc->scenario().measures;
            const auto it = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.id == id; });
            if (it == list.end())
                return;
            MeasureDialog dialog(m_doc->dataset(), list, &*it, this);
            if (dialog.exec() == QDialog::Accepted)
                m_doc->setMeasure(dialog.measure());
        }, Qt::QueuedConnection);
        m_rows.push_back(row);
        m_ownButtons.emplace_back(edit, remove);
    }
    m_ownBox->setVisible(!measures.empty());
}

QToolButton* TariffControls::editButton(const std::string& measureId) const
{
    for (size_t i = m_shippedRows; i < m_rows.size(); ++i)
        if (m_rows[i].measureId == measureId)
            return m_ownButtons[i - m_shippedRows].first;
    return nullptr;
}

QToolButton* TariffControls::removeButton(const std::string& measureId) const
{
    for (size_t i = m_shippedRows; i < m_rows.size(); ++i)
        if (m_rows[i].measureId == measureId)
            return m_ownButtons[i - m_shippedRows].second;
    return nullptr;
}

const TariffControls::Row* TariffControls::row(const std::string& measureId) const
{
    for (const Row& r : m_rows)
        if (r.measureId == measureId)
            return &r;
    return nullptr;
}

QSlider* TariffControls::slider(const std::string& measureId) const
{
    const Row* r = row(measureId);
    return r ? r->slider : nullptr;
}

QDoubleSpinBox* TariffControls::spinBox(const std::string& measureId) const
{
    const Row* r = row(measureId);
    return r ? r->spin : nullptr;
}

QToolButton* TariffControls::resetButton(const std::string& measureId) const
{
    const Row* r = row(measureId);
    return r ? r->reset : nullptr;
}

QDoubleSpinBox* TariffControls::partnerSpinBox(const std::string& partner) const
{
    for (const PartnerRow& r : m_partnerRows)
        if (r.partner == partner)
            return r.spin;
    return nullptr;
}

} // namespace tariffsim::ui
