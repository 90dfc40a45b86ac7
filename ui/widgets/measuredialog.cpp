#include "ui/widgets/measuredialog.h"

#include "core/horizon.h"
#include "ui/document/dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

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

    if (initial) {
        m_direction->setCurrentIndex(initial->direction == core::Direction::UsOnChina ? 0 : 1);
        m_name->setText(QString::fromStdString(initial->name));
        m_basis->setText(QString::fromStdString(initial->legalBasis));
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
    validate();
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
    const auto p = core::findScenarioMeasureProblem(measure(), m_ds, m_others);
    if (!p)
        return {};
    // Name the form's fields rather than the file format's.
    QString field = QString::fromStdString(p->field);
    if (field.startsWith(QLatin1String("coverage")))
        field = tr("HS prefixes");
    else if (field.startsWith(QLatin1String("steps")))
        field = field.endsWith(QLatin1String(".to")) ? tr("Ends on") : field.endsWith(QLatin1String(".from")) ? tr("From") : tr("Rate");
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
        if (s.flow != flow || !QString::fromStdString(s.name).contains(text, Qt::CaseInsensitive))
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(QString::fromStdString(s.id), QString::fromStdString(s.name)),
                                         m_results);
        item->setData(Qt::UserRole, QString::fromStdString(s.id));
    }
}

} // namespace tariffsim::ui
