#include "parameterpanel.h"

#include "ui/document/scenariodocument.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <cmath>

namespace tariffsim::ui {

ParameterPanel::ParameterPanel(ScenarioDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    using P = core::ModelParameters;
    struct Spec {
        const char* label; ///< untranslated: the undo step names it in the language of the day
        std::function<core::Parameter&(P&)> field;
        double max;
        double step;
        std::function<QString(double)> what; ///< the value's meaning in plain words
    };
    // What each value means in plain words, worked out for the value shown.
    const auto elasticity = [](const QString& flow) {
        return [flow](double v) {
            const double fall = (1.0 - std::pow(1.1, -v)) * 100.0; // volume ~ price^-eps (docs/model.md, Response)
            return tr("How strongly %1 respond to tariffs in the long run: at %2, duty-inclusive prices 10% higher "
                      "cut the volume by about %3%.").arg(flow).arg(v, 0, 'f', 2).arg(fall, 0, 'f', 0);
        };
    };
    const auto speed = [](double v) {
        if (v <= 0.0 || v >= 1.0)
            return tr("How quickly trade moves to its new level: the share of the remaining gap closed each month (%1).")
                .arg(v, 0, 'f', 2);
        const double half = std::log(0.5) / std::log(1.0 - v);
        return tr("How quickly trade moves to its new level: at %1, %2% of the remaining gap closes each month, "
                  "half of it within %3 months.").arg(v, 0, 'f', 2).arg(v * 100.0, 0, 'f', 0).arg(std::ceil(half), 0, 'f', 0);
    };
    const std::vector<Spec> specs = {
        {QT_TR_NOOP("Elasticity, China → US"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::ChinaToUs).elasticity; }, 10, 0.05,
         elasticity(tr("China's exports to the US"))},
        {QT_TR_NOOP("Adjustment speed, China → US"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::ChinaToUs).adjustmentSpeed; }, 1, 0.01,
         speed},
        {QT_TR_NOOP("Elasticity, US → China"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::UsToChina).elasticity; }, 10, 0.05,
         elasticity(tr("US exports to China"))},
        {QT_TR_NOOP("Adjustment speed, US → China"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::UsToChina).adjustmentSpeed; }, 1, 0.01,
         speed},
        {QT_TR_NOOP("Pass-through"), [](P& p) -> core::Parameter& { return p.passThrough; }, 1, 0.05,
         [](double v) {
             return tr("How much of a tariff shows in the price buyers pay at the border: at %1, %2% of it.")
                 .arg(v, 0, 'f', 2).arg(v * 100.0, 0, 'f', 0);
         }},
        {QT_TR_NOOP("Front-loading"), [](P& p) -> core::Parameter& { return p.frontLoadingShare; }, 1, 0.05,
         [](double v) {
             return tr("Buying ahead of an announced tariff rise: at %1, %2% of the fall expected after the rise is "
                       "bought early instead.").arg(v, 0, 'f', 2).arg(v * 100.0, 0, 'f', 0);
         }},
        {QT_TR_NOOP("Rare-earth licence approval"), [](P& p) -> core::Parameter& { return p.rareEarthApproval; }, 1, 0.05,
         [](double v) {
             return tr("How much of China's rare-earth magnet exports licences let through: at %1, %2% of what was "
                       "shipped before the controls.").arg(v, 0, 'f', 2).arg(v * 100.0, 0, 'f', 0);
         }},
    };
    P params = doc->parameters();
    for (const Spec& spec : specs) {
        Row row;
        row.label = tr(spec.label);
        row.field = spec.field;
        row.spin = new QDoubleSpinBox(this);
        row.spin->setRange(0, spec.max);
        row.spin->setSingleStep(spec.step);
        row.spin->setDecimals(2);
        row.spin->setKeyboardTracking(false);
        row.spin->setAccessibleName(row.label);
        const core::Parameter& p = spec.field(params);
        auto* hint = new QLabel(tr("range %1–%2").arg(p.low, 0, 'f', 2).arg(p.high, 0, 'f', 2), this);
        hint->setStyleSheet(QStringLiteral("color: #666;"));
        row.hint = hint;
        row.what = spec.what;
        auto* cell = new QWidget(this);
        auto* h = new QHBoxLayout(cell);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(row.spin);
        h->addWidget(hint);
        form->addRow(row.label + QStringLiteral(":"), cell);
        const size_t index = m_rows.size();
        const char* label = spec.label;
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, index, label](double v) {
            core::ModelParameters next = m_doc->parameters();
            m_rows[index].field(next).value = v;
            m_doc->setParameters(next, ScenarioDocument::UndoText([label, v] { return tr("Set %1 to %2").arg(tr(label)).arg(v); }));
        });
        m_rows.push_back(row);
    }
    connect(doc, &ScenarioDocument::changed, this, [this](Changes what) {
        if (what & Change::Parameters)
            sync();
    });
    sync();
}

void ParameterPanel::sync()
{
    core::ModelParameters params = m_doc->parameters();
    for (const Row& row : m_rows) {
        const QSignalBlocker block(row.spin);
        const core::Parameter& p = row.field(params);
        row.spin->setValue(p.value);
        // The meaning of the value shown, the range studies give, and where the
        // default comes from (the dataset's source line, kept as it is).
        QString tip = row.what(p.value);
        tip += QStringLiteral("\n") + tr("Range in the studies: %1 to %2.").arg(p.low, 0, 'f', 2).arg(p.high, 0, 'f', 2);
        if (!p.source.empty())
            tip += QStringLiteral("\n") + tr("Where the default comes from: %1").arg(QString::fromStdString(p.source));
        if (row.spin->toolTip() != tip) {
            row.spin->setToolTip(tip);
            row.spin->setAccessibleDescription(row.what(p.value));
            row.hint->setToolTip(tip);
        }
    }
}

QDoubleSpinBox* ParameterPanel::spinBox(const QString& label) const
{
    for (const Row& r : m_rows)
        if (r.label == label)
            return r.spin;
    return nullptr;
}

} // namespace tariffsim::ui
