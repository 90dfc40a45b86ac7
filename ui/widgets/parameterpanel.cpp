#include "parameterpanel.h"

#include "ui/document/scenariodocument.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace tariffsim::ui {

ParameterPanel::ParameterPanel(ScenarioDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    using P = core::ModelParameters;
    struct Spec {
        QString label;
        std::function<core::Parameter&(P&)> field;
        double max;
        double step;
        QString what;
    };
    const std::vector<Spec> specs = {
        {tr("Elasticity, China → US"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::ChinaToUs).elasticity; }, 10, 0.05,
         tr("Long-run trade elasticity of China's exports to the US")},
        {tr("Adjustment speed, China → US"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::ChinaToUs).adjustmentSpeed; }, 1, 0.01,
         tr("Share of the gap to the long-run level closed each month")},
        {tr("Elasticity, US → China"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::UsToChina).elasticity; }, 10, 0.05,
         tr("Long-run trade elasticity of US exports to China")},
        {tr("Adjustment speed, US → China"), [](P& p) -> core::Parameter& { return p.flow(core::Flow::UsToChina).adjustmentSpeed; }, 1, 0.01,
         tr("Share of the gap to the long-run level closed each month")},
        {tr("Pass-through"), [](P& p) -> core::Parameter& { return p.passThrough; }, 1, 0.05,
         tr("Share of the tariff passed into duty-inclusive import prices")},
        {tr("Front-loading"), [](P& p) -> core::Parameter& { return p.frontLoadingShare; }, 1, 0.05,
         tr("Share of the expected post-rise fall pulled forward before a scheduled rise")},
        {tr("Rare-earth licence approval"), [](P& p) -> core::Parameter& { return p.rareEarthApproval; }, 1, 0.05,
         tr("Share of pre-control rare-earth magnet exports that licences let through")},
    };
    P params = doc->parameters();
    for (const Spec& spec : specs) {
        Row row;
        row.label = spec.label;
        row.field = spec.field;
        row.spin = new QDoubleSpinBox(this);
        row.spin->setRange(0, spec.max);
        row.spin->setSingleStep(spec.step);
        row.spin->setDecimals(2);
        row.spin->setKeyboardTracking(false);
        row.spin->setAccessibleName(spec.label);
        const core::Parameter& p = spec.field(params);
        QString tip = spec.what;
        tip += QStringLiteral("\n") + tr("Literature range: %1 to %2").arg(p.low, 0, 'f', 2).arg(p.high, 0, 'f', 2);
        if (!p.source.empty())
            tip += QStringLiteral("\n") + tr("Source: %1").arg(QString::fromStdString(p.source));
        row.spin->setToolTip(tip);
        auto* hint = new QLabel(tr("range %1–%2").arg(p.low, 0, 'f', 2).arg(p.high, 0, 'f', 2), this);
        hint->setToolTip(tip);
        hint->setStyleSheet(QStringLiteral("color: #666;"));
        auto* cell = new QWidget(this);
        auto* h = new QHBoxLayout(cell);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(row.spin);
        h->addWidget(hint);
        form->addRow(spec.label + QStringLiteral(":"), cell);
        const size_t index = m_rows.size();
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, index](double v) {
            core::ModelParameters next = m_doc->parameters();
            m_rows[index].field(next).value = v;
            m_doc->setParameters(next, tr("Set %1 to %2").arg(m_rows[index].label).arg(v));
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
        row.spin->setValue(row.field(params).value);
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
