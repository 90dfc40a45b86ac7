#include "headlinestrip.h"

#include "ui/scenariodocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace tariffsim::ui {

QString formatUsdBn(double value)
{
    const QString sign = value < -0.05 ? QStringLiteral("−") : (value > 0.05 ? QStringLiteral("+") : QString());
    return sign + QStringLiteral("$%1bn").arg(std::abs(value), 0, 'f', 1);
}

namespace {
QString signedPct(double v)
{
    const QString sign = v < -0.05 ? QStringLiteral("−") : (v > 0.05 ? QStringLiteral("+") : QString());
    return sign + QStringLiteral("%1%").arg(std::abs(v), 0, 'f', 1);
}
} // namespace

HeadlineStrip::HeadlineStrip(ScenarioDocument* doc, QWidget* parent)
    : QFrame(parent)
    , m_doc(doc)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);
    addCard(QStringLiteral("trade"), tr("Trade against baseline"));
    addCard(QStringLiteral("duties"), tr("Duties collected"));
    addCard(QStringLiteral("rates"), tr("Average tariffs"));
    addCard(QStringLiteral("truce"), tr("Truce"));
    connect(doc, &ScenarioDocument::changed, this, &HeadlineStrip::refresh);
    connect(doc, &ScenarioDocument::asOfDateChanged, this, &HeadlineStrip::refresh);
    refresh();
}

QLabel* HeadlineStrip::addCard(const QString& id, const QString& title)
{
    auto* card = new QWidget(this);
    auto* v = new QVBoxLayout(card);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto* t = new QLabel(title, card);
    t->setStyleSheet(QStringLiteral("color: #555; font-size: 8pt;"));
    auto* value = new QLabel(card);
    value->setStyleSheet(QStringLiteral("font-size: 10pt; font-weight: 600;"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long figures wrap instead of widening the window.
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    v->addWidget(t);
    v->addWidget(value);
    static_cast<QHBoxLayout*>(layout())->addWidget(card, 1);
    m_cards.emplace_back(id, value);
    return value;
}

QLabel* HeadlineStrip::valueLabel(const QString& card) const
{
    for (const auto& [id, label] : m_cards)
        if (id == card)
            return label;
    return nullptr;
}

void HeadlineStrip::refresh()
{
    m_figures = headline(*m_doc);
    const Headline& h = m_figures;
    const QString period = QStringLiteral("%1–%2").arg(h.first.year).arg(h.last.year);
    valueLabel(QStringLiteral("trade"))->setText(
        tr("China → US %1 (%2) · US → China %3 (%4), %5")
            .arg(formatUsdBn(h.lostChinaToUsUsdBn), signedPct(h.lostChinaToUsPct), formatUsdBn(h.lostUsToChinaUsdBn),
                 signedPct(h.lostUsToChinaPct), period));
    valueLabel(QStringLiteral("trade"))->setToolTip(
        tr("Scenario minus the no-change baseline, summed over %1 (China customs basis)").arg(period));
    valueLabel(QStringLiteral("duties"))->setText(tr("US $%1bn · China $%2bn, %3")
                                                      .arg(h.dutiesUsUsdBn, 0, 'f', 0)
                                                      .arg(h.dutiesChinaUsdBn, 0, 'f', 0)
                                                      .arg(period));
    const QString asOf = QString::fromStdString(h.asOf.toString());
    valueLabel(QStringLiteral("rates"))->setText(tr("US on China %1% · China on US %2%")
                                                     .arg(h.usRatePct, 0, 'f', 1)
                                                     .arg(h.chinaRatePct, 0, 'f', 1));
    valueLabel(QStringLiteral("rates"))->setToolTip(tr("Trade-weighted averages on %1").arg(asOf));
    valueLabel(QStringLiteral("truce"))->setText(
        h.truceRunning ? (h.truceDaysLeft == 1 ? tr("1 day left") : tr("%1 days left").arg(h.truceDaysLeft))
                + tr(" (%1 side, ends %2%3)")
                      .arg(h.truceSide, QString::fromStdString(h.truceEnd.toString()),
                           h.truceEndAssumed ? tr(", assumed") : QString())
                       : tr("none running on %1").arg(asOf));
}

} // namespace tariffsim::ui
