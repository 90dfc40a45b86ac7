#include "ui/widgets/measuredialog.h"

#include "core/horizon.h"
#include "ui/document/dates.h"
#include "ui/document/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tariffsim::ui {

MeasureDialog::MeasureDialog(const core::Dataset& ds, std::vector<core::ScenarioMeasure> existing,
                             const core::ScenarioMeasure* initial, QWidget* parent)
    : QDialog(parent)
    , m_ds(ds)
{
    setWindowTitle(initial ? tr("Change measure") : tr("New measure"));
    if (initial) {
        m_id = initial->id;
        std::erase_if(existing, [&](const core::ScenarioMeasure& m) { return m.id == initial->id; });
    } else {
        for (size_t k = existing.size() + 1;; ++k) {
            m_id = "measure_" + std::to_string(k);
            if (!core::measureDirection(ds, existing, m_id))
                break;
        }
    }
    m_others = std::move(existing);

    auto* form = new QFormLayout;
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("US tariffs on Chinese goods"), QStringLiteral("us_on_china"));
    m_direction->addItem(tr("China's tariffs on US goods"), QStringLiteral("china_on_us"));
    form->addRow(tr("&Direction:"), m_direction);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Toys and consoles"));
    form->addRow(tr("&Name:"), m_name);
    m_basis = new QLineEdit(this);
    m_basis->setPlaceholderText(tr("e.g. Section 301, a new determination"));
    form->addRow(tr("&Legal basis:"), m_basis);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_rate->setValue(25);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("added on top"), false);
    m_mode->addItem(tr("set to"), true);
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_mode);
    rateRow->addWidget(m_rate, 1);
    form->addRow(tr("&Rate:"), rateRow);
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDateRange(toQDate(core::kHorizonFirstDay), toQDate(core::kHorizonLastDay));
    m_from->setDate(QDate(2027, 1, 1));
    form->addRow(tr("&From:"), m_from);
    m_hasEnd = new QCheckBox(tr("&Ends on"), this);
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDateRange(toQDate(core::kHorizonFirstDay), QDate(2100, 12, 31));
    m_to->setDate(QDate(2028, 1, 1));
    m_to->setEnabled(false);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_to, 1);
    form->addRow(QString(), endRow);
    // Later steps: a rise on a later date, a cut, an end.
    m_steps = new QTableWidget(0, 4, this);
    m_steps->setObjectName(QStringLiteral("measure-steps"));
    m_steps->setHorizontalHeaderLabels({tr("From"), tr("Ends on"), tr("Rate"), tr("How")});
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_steps->verticalHeader()->setVisible(false);
    m_steps->setTabKeyNavigation(false);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setMaximumHeight(120);
    m_steps->setAccessibleName(tr("Later steps"));
    m_steps->setAccessibleDescription(tr("Rate steps after the first, one row each: from, optional end, rate, and "
                                         "whether it adds on top or sets the rate"));
    m_addStep = new QPushButton(tr("&Add step"), this);
    m_removeStep = new QPushButton(tr("Re&move step"), this);
    m_removeStep->setEnabled(false);
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_addStep);
    stepButtons->addWidget(m_removeStep);
    stepButtons->addStretch();
    auto* stepsBox = new QVBoxLayout;
    stepsBox->addWidget(m_steps);
    stepsBox->addLayout(stepButtons);
    form->addRow(tr("Later steps:"), stepsBox);
    m_hs = new QLineEdit(this);
    m_hs->setPlaceholderText(tr("HS prefixes, comma separated: 95, 8507.60"));
    form->addRow(tr("&HS prefixes:"), m_hs);
    m_share = new QDoubleSpinBox(this);
    m_share->setRange(0, 100);
    m_share->setDecimals(0);
    m_share->setSuffix(QStringLiteral(" %"));
    m_share->setValue(100);
    m_share->setToolTip(tr("Share of the goods under these prefixes that the measure covers"));
    form->addRow(tr("&Coverage share:"), m_share);
    // How it stacks: on top of everything, or not on goods a named layer charges
    // (as the shipped Section 232 layers are not charged where another 232 action is).
    m_yields = new QListWidget(this);
    m_yields->setObjectName(QStringLiteral("measure-yields"));
    m_yields->setMaximumHeight(90);
    m_yields->setAccessibleName(tr("Yields to"));
    m_yields->setAccessibleDescription(tr("Tick the layers on whose goods this measure is not charged while they are; "
                                          "none ticked: it adds on top of everything in force"));
    m_yields->setToolTip(m_yields->accessibleDescription());
    form->addRow(tr("&Yields to:"), m_yields);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find HS codes by description: toys, batteries, soybeans..."));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("&Search:"), m_search);
    m_results = new QListWidget(this);
    m_results->setToolTip(tr("Double-click to add the code to the HS prefixes"));
    m_results->setMaximumHeight(140);
    form->addRow(QString(), m_results);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    fillYields({});
    if (initial) {
        m_direction->setCurrentIndex(initial->direction == core::Direction::UsOnChina ? 0 : 1);
        fillYields(initial->yieldsTo);
        m_name->setText(QString::fromStdString(initial->name));
        m_basis->setText(QString::fromStdString(initial->legalBasis));
        for (size_t k = 1; k < initial->steps.size(); ++k)
            addStep(initial->steps[k]);
        if (!initial->steps.empty()) {
            const core::MeasureStep& s = initial->steps.front();
            m_rate->setValue(s.ratePct);
            m_mode->setCurrentIndex(s.setTo ? 1 : 0);
            m_from->setDate(toQDate(s.from));
            m_hasEnd->setChecked(s.to.has_value());
            m_to->setEnabled(s.to.has_value());
            if (s.to)
                m_to->setDate(toQDate(*s.to));
        }
        QStringList codes;
        for (const auto& c : initial->coverage)
            codes << QString::fromStdString(c.hs.empty() ? c.sector : c.hs);
        m_hs->setText(codes.join(QStringLiteral(", ")));
        if (!initial->coverage.empty())
            m_share->setValue(initial->coverage.front().share * 100.0);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_search, &QLineEdit::textChanged, this, &MeasureDialog::search);
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        fillYields({});
        validate();
    });
    connect(m_yields, &QListWidget::itemChanged, this, &MeasureDialog::validate);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &MeasureDialog::search);
    connect(m_results, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const QString code = item->data(Qt::UserRole).toString();
        const QString text = m_hs->text().trimmed();
        m_hs->setText(text.isEmpty() ? code : text + QStringLiteral(", ") + code);
    });
    for (QObject* w : {static_cast<QObject*>(m_direction), static_cast<QObject*>(m_mode)})
        connect(qobject_cast<QComboBox*>(w), &QComboBox::currentIndexChanged, this, &MeasureDialog::validate);
    for (QLineEdit* e : {m_name, m_basis, m_hs})
        connect(e, &QLineEdit::textChanged, this, &MeasureDialog::validate);
    for (QDoubleSpinBox* b : {m_rate, m_share})
        connect(b, &QDoubleSpinBox::valueChanged, this, &MeasureDialog::validate);
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &MeasureDialog::validate);
    connect(m_hasEnd, &QCheckBox::toggled, this, &MeasureDialog::validate);
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        // The new step starts where the last one ends, else a year after it starts.
        const core::MeasureStep last = m_steps->rowCount() > 0 ? laterStep(m_steps->rowCount() - 1) : measure().steps.front();
        core::MeasureStep next = last;
        next.from = last.to ? *last.to : fromQDate(toQDate(last.from).addYears(1));
        next.to.reset();
        addStep(next);
        m_steps->selectRow(m_steps->rowCount() - 1);
    });
    connect(m_removeStep, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow() >= 0 ? m_steps->currentRow() : m_steps->rowCount() - 1;
        if (row >= 0)
            m_steps->removeRow(row);
        m_removeStep->setEnabled(m_steps->rowCount() > 0);
        validate();
    });
    validate();
}

void MeasureDialog::addStep(const core::MeasureStep& step)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    auto* from = new QDateEdit(toQDate(step.from), m_steps);
    from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    from->setCalendarPopup(true);
    from->setDateRange(toQDate(core::kHorizonFirstDay), toQDate(core::kHorizonLastDay));
    from->setAccessibleName(tr("Step %1 from").arg(row + 2));
    auto* end = new QLineEdit(step.to ? toQDate(*step.to).toString(Qt::ISODate) : QString(), m_steps);
    end->setPlaceholderText(tr("no end"));
    end->setAccessibleName(tr("Step %1 ends on (YYYY-MM-DD, empty for no end)").arg(row + 2));
    auto* rate = new QDoubleSpinBox(m_steps);
    rate->setRange(0, 1000);
    rate->setDecimals(1);
    rate->setSuffix(QStringLiteral(" %"));
    rate->setValue(step.ratePct);
    rate->setAccessibleName(tr("Step %1 rate").arg(row + 2));
    auto* mode = new QComboBox(m_steps);
    mode->addItem(tr("added on top"), false);
    mode->addItem(tr("set to"), true);
    mode->setCurrentIndex(step.setTo ? 1 : 0);
    mode->setAccessibleName(tr("Step %1: added on top or set to").arg(row + 2));
    m_steps->setCellWidget(row, 0, from);
    m_steps->setCellWidget(row, 1, end);
    m_steps->setCellWidget(row, 2, rate);
    m_steps->setCellWidget(row, 3, mode);
    connect(from, &QDateEdit::dateChanged, this, &MeasureDialog::validate);
    connect(end, &QLineEdit::textChanged, this, &MeasureDialog::validate);
    connect(rate, &QDoubleSpinBox::valueChanged, this, &MeasureDialog::validate);
    connect(mode, &QComboBox::currentIndexChanged, this, &MeasureDialog::validate);
    m_removeStep->setEnabled(true);
    validate();
}

core::MeasureStep MeasureDialog::laterStep(int row, QString* badEnd) const
{
    core::MeasureStep step;
    step.from = fromQDate(static_cast<QDateEdit*>(m_steps->cellWidget(row, 0))->date());
    const QString end = static_cast<QLineEdit*>(m_steps->cellWidget(row, 1))->text().trimmed();
    if (!end.isEmpty()) {
        const QDate d = QDate::fromString(end, Qt::ISODate);
        if (d.isValid())
            step.to = fromQDate(d);
        else if (badEnd)
            *badEnd = end;
    }
    step.ratePct = static_cast<QDoubleSpinBox*>(m_steps->cellWidget(row, 2))->value();
    step.setTo = static_cast<QComboBox*>(m_steps->cellWidget(row, 3))->currentData().toBool();
    return step;
}

void MeasureDialog::fillYields(const std::vector<std::string>& checked)
{
    const QSignalBlocker block(m_yields);
    m_yields->clear();
    const core::Direction direction = m_direction->currentIndex() == 0 ? core::Direction::UsOnChina
                                                                       : core::Direction::ChinaOnUs;
    const auto add = [&](const std::string& id, const QString& name) {
        auto* item = new QListWidgetItem(name, m_yields);
        item->setData(Qt::UserRole, QString::fromStdString(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(std::find(checked.begin(), checked.end(), id) != checked.end() ? Qt::Checked : Qt::Unchecked);
    };
    for (const auto& m : m_ds.measures)
        if (m.direction == direction && !m.exemption)
            add(m.id, dataText(m.name));
    for (const auto& m : m_others)
        if (m.direction == direction)
            add(m.id, QString::fromStdString(m.name));
}

core::ScenarioMeasure MeasureDialog::measure() const
{
    core::ScenarioMeasure m;
    m.id = m_id;
    m.direction = m_direction->currentIndex() == 0 ? core::Direction::UsOnChina : core::Direction::ChinaOnUs;
    m.name = m_name->text().trimmed().toStdString();
    m.legalBasis = m_basis->text().trimmed().toStdString();
    core::MeasureStep step;
    step.from = fromQDate(m_from->date());
    if (m_hasEnd->isChecked())
        step.to = fromQDate(m_to->date());
    step.ratePct = m_rate->value();
    step.setTo = m_mode->currentData().toBool();
    m.steps.push_back(step);
    for (int row = 0; m_steps && row < m_steps->rowCount(); ++row)
        m.steps.push_back(laterStep(row));
    for (int i = 0; m_yields && i < m_yields->count(); ++i)
        if (m_yields->item(i)->checkState() == Qt::Checked)
            m.yieldsTo.push_back(m_yields->item(i)->data(Qt::UserRole).toString().toStdString());
    const core::Flow flow = core::flowOf(m.direction);
    for (const QString& part : m_hs->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::string code = part.trimmed().toStdString();
        core::MeasureCoverage c;
        c.share = m_share->value() / 100.0;
        // A sector id that is not an HS prefix ("85" is both: the prefix wins).
        bool sector = false;
        if (!core::isHsPrefixSyntax(code))
            for (const auto& s : m_ds.sectors)
                if (s.flow == flow && s.id == code)
                    sector = true;
        (sector ? c.sector : c.hs) = code;
        m.coverage.push_back(std::move(c));
    }
    return m;
}

QString MeasureDialog::problem() const
{
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        QString bad;
        laterStep(row, &bad);
        if (!bad.isEmpty())
            return tr("Step %1, Ends on: '%2' is not a date (YYYY-MM-DD)").arg(row + 2).arg(bad);
    }
    const auto p = core::findScenarioMeasureProblem(measure(), m_ds, m_others);
    if (!p)
        return {};
    // Name the form's fields rather than the file format's.
    QString field = QString::fromStdString(p->field);
    if (field.startsWith(QLatin1String("coverage")))
        field = tr("HS prefixes");
    else if (field.startsWith(QLatin1String("steps["))) {
        const int index = field.mid(6, field.indexOf(QLatin1Char(']')) - 6).toInt();
        const QString part = field.endsWith(QLatin1String(".to")) ? tr("Ends on")
            : field.endsWith(QLatin1String(".from"))              ? tr("From")
                                                                   : tr("Rate");
        field = index == 0 ? part : tr("Step %1, %2").arg(index + 1).arg(part);
    } else if (field.startsWith(QLatin1String("steps")))
        field = tr("Rate");
    else if (field == QLatin1String("name"))
        field = tr("Name");
    return field + QStringLiteral(": ") + QString::fromStdString(p->message);
}

void MeasureDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void MeasureDialog::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.size() < 2)
        return;
    const core::Flow flow =
        core::flowOf(m_direction->currentIndex() == 0 ? core::Direction::UsOnChina : core::Direction::ChinaOnUs);
    for (const auto& s : m_ds.sectors) {
        // The description as shown, or as the data give it (English).
        const QString name = dataText(s.name);
        if (s.flow != flow
            || !(name.contains(text, Qt::CaseInsensitive) || QString::fromStdString(s.name).contains(text, Qt::CaseInsensitive)))
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(QString::fromStdString(s.id), name), m_results);
        item->setData(Qt::UserRole, QString::fromStdString(s.id));
    }
}

} // namespace tariffsim::ui
