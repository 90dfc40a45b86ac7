#include "headlinestrip.h"

#include "ui/document/dates.h"
#include "ui/document/diversiondata.h"
#include "ui/document/language.h"
#include "ui/document/scenariodocument.h"
#include "ui/document/vintage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace tariffsim::ui {

namespace {
QString signedPct(double v)
{
    const QString sign = v < -0.05 ? QStringLiteral("−") : (v > 0.05 ? QStringLiteral("+") : QString());
    return sign + QStringLiteral("%1%").arg(std::abs(v), 0, 'f', 1);
}

// An amount in the interface's unit of money without the unit (USD bn to
// `decimals` places; 亿美元 to one fewer), for a range written around it.
} // namespace

HeadlineStrip::HeadlineStrip(ScenarioDocument* doc, QWidget* parent)
    : QFrame(parent)
    , m_doc(doc)
{
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);
    addCard(QStringLiteral("trade"), tr("China → US against baseline"));
    addCard(QStringLiteral("trade-us"), tr("US → China against baseline"));
    addCard(QStringLiteral("trade-diverted"), tr("Trade diverted"));
    addCard(QStringLiteral("trade-rerouted"), tr("Trade rerouted"));
    addCard(QStringLiteral("duties"), tr("Duties collected"));
    addCard(QStringLiteral("rates"), tr("Average tariffs"));
    addCard(QStringLiteral("truce"), tr("Truce"));
    // One line per card and a fixed height: the figures change on every slider
    // step, and a strip that rewraps would relayout (and resize) every chart.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
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
    t->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto* value = new QLabel(card);
    QFont bold = value->font();
    bold.setPointSizeF(10);
    bold.setWeight(QFont::DemiBold);
    value->setFont(bold);
    // Plain text, no word wrap (fitFigure breaks lines itself) and room for two
    // lines always: a strip that changed height would relayout every chart.
    value->setTextFormat(Qt::PlainText);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setFixedHeight(2 * QFontMetrics(bold).lineSpacing() + 2);
    v->addWidget(t);
    v->addWidget(value);
    // Room in proportion to the figures' usual length.
    const int stretch = id.startsWith(QLatin1String("trade")) ? 16
        : id == QLatin1String("duties")                     ? 20
        : id == QLatin1String("rates")                      ? 18
                                                            : 30;
    static_cast<QHBoxLayout*>(layout())->addWidget(card, stretch);
    m_cards.emplace_back(id, value);
    m_titles.emplace_back(id, t);
    m_fullText[t] = title;
    return value;
}

QLabel* HeadlineStrip::valueLabel(const QString& card) const
{
    for (const auto& [id, label] : m_cards)
        if (id == card)
            return label;
    return nullptr;
}

QLabel* HeadlineStrip::titleLabel(const QString& card) const
{
    for (const auto& [id, label] : m_titles)
        if (id == card)
            return label;
    return nullptr;
}

QString HeadlineStrip::figureText(const QString& card) const
{
    const auto it = m_fullText.find(valueLabel(card));
    return it == m_fullText.end() ? QString() : it->second;
}

// Sets text and tooltip only when they change (no relayout on equal text).
void HeadlineStrip::showFigure(QLabel* label, const QString& text, const QString& tip)
{
    m_fullText[label] = text;
    fitFigure(label);
    const QString fullTip = tip.isEmpty() ? text : text + QStringLiteral("\n") + tip;
    if (label->toolTip() != fullTip)
        label->setToolTip(fullTip);
}

void HeadlineStrip::fitFigure(QLabel* label)
{
    const QString text = m_fullText[label];
    const int width = label->width();
    QFont font = label->font();
    QString shown = text;
    // Normal size, then smaller; then two lines at the last separator.
    for (const double size : {10.0, 9.0, 8.0}) {
        font.setPointSizeF(size);
        const QFontMetrics fm(font);
        if (fm.horizontalAdvance(text) <= width)
            break;
        for (const QString& sep : {QStringLiteral(" · "), QStringLiteral(" ("), QStringLiteral(" ")}) {
            const auto at = text.lastIndexOf(sep);
            if (at <= 0)
                continue;
            const QString first = text.left(at);
            const QString second = text.mid(at + 1);
            if (std::max(fm.horizontalAdvance(first), fm.horizontalAdvance(second)) <= width || size == 8.0) {
                shown = first + QLatin1Char('\n') + second;
                break;
            }
        }
        if (shown != text)
            break;
    }
    if (label->font() != font)
        label->setFont(font);
    if (label->text() != shown)
        label->setText(shown);
}

void HeadlineStrip::elideTitle(QLabel* title)
{
    // A card's title is shortened with "…" when narrow; the whole shows on hover.
    const QString full = m_fullText[title];
    const QString shown = title->fontMetrics().elidedText(full, Qt::ElideRight, std::max(0, title->width()));
    if (title->text() != shown)
        title->setText(shown);
    if (title->toolTip() != full)
        title->setToolTip(full);
}

void HeadlineStrip::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    for (auto& [id, title] : m_titles)
        elideTitle(title);
    for (auto& [id, label] : m_cards)
        if (m_fullText.count(label))
            fitFigure(label);
}

void HeadlineStrip::refresh()
{
    m_figures = headline(*m_doc);
    const Headline& h = m_figures;
    const QString period = QStringLiteral("%1–%2").arg(h.first.year).arg(h.last.year);
    const QString basis = tr("Scenario minus the no-change baseline, summed over %1 (China customs basis)").arg(period);
    for (auto& [id, title] : m_titles) {
        QString text = m_fullText[title];
        if (id == QLatin1String("trade"))
            text = tr("China → US vs baseline");
        else if (id == QLatin1String("trade-us"))
            text = tr("US → China vs baseline");
        else if (id == QLatin1String("duties"))
            text = tr("Duties collected, %1").arg(period);
        else if (id == QLatin1String("rates"))
            text = tr("Average tariffs, %1").arg(QString::fromStdString(h.asOf.toString()));
        m_fullText[title] = text;
        elideTitle(title);
    }
    showFigure(valueLabel(QStringLiteral("trade")),
         QStringLiteral("%1 (%2)").arg(formatUsdBn(h.changeChinaToUsUsdBn, 1, true), signedPct(h.changeChinaToUsPct)), basis);
    showFigure(valueLabel(QStringLiteral("trade-us")),
         QStringLiteral("%1 (%2)").arg(formatUsdBn(h.changeUsToChinaUsdBn, 1, true), signedPct(h.changeUsToChinaPct)), basis);
    m_diversion = core::diversionFigures(documentDiversion(*m_doc));
    const core::DiversionFigures& d = m_diversion;
    showFigure(valueLabel(QStringLiteral("trade-diverted")), formatUsdBn(d.divertedUsdBn, 1, true),
               tr("US imports from the other suppliers (Mexico, Taiwan, India, ASEAN) minus their no-change baseline, "
                  "summed over %1 (US Census basis). China's exports to other markets: %2 against baseline "
                  "(China customs basis)")
                   .arg(period, formatUsdBn(d.redirectedUsdBn, 1, true)));
    //: An estimate and its range of money: %1 and %2–%3 are in the interface's unit
    //: (billions in English; 亿, hundreds of millions, in Chinese: 123亿美元（100–150亿美元）).
    showFigure(valueLabel(QStringLiteral("trade-rerouted")),
               tr("$%1bn ($%2–%3bn)").arg(usdBnFigure(d.reroutedUsdBn, 1), usdBnFigure(d.reroutedLowUsdBn, 1),
                                          usdBnFigure(d.reroutedHighUsdBn, 1)),
               tr("Estimated Chinese goods or content in the diverted trade, passing through the other suppliers, "
                  "summed over %1; the range spans the published rerouting benchmarks (an estimate)")
                   .arg(period));
    showFigure(valueLabel(QStringLiteral("duties")),
         tr("US %1 · China %2").arg(formatUsdBn(h.dutiesUsUsdBn, 0), formatUsdBn(h.dutiesChinaUsdBn, 0)),
         tr("Duties collected on the projected trade, %1").arg(period));
    showFigure(valueLabel(QStringLiteral("rates")),
         tr("US %1% · China %2%").arg(h.usRatePct, 0, 'f', 1).arg(h.chinaRatePct, 0, 'f', 1),
         tr("US tariffs on Chinese goods and China's tariffs on US goods: trade-weighted averages (base-year weights)"));
    const QString asOf = QString::fromStdString(h.asOf.toString());
    if (h.truceRunning && h.trucePastRecord) {
        // No countdown to a date no source gives.
        showFigure(valueLabel(QStringLiteral("truce")), tr("%1: ended %2").arg(h.truceSide, formatDay(h.truceRecordedEnd)),
                   tr("The %1 side's suspension %2. The scenario assumes it continues.")
                       .arg(h.truceSide, recordEndText(h.truceRecordedEnd)));
    } else if (h.truceRunning) {
        const QString left = h.truceDaysLeft == 1 ? tr("1 day left") : tr("%1 days left").arg(h.truceDaysLeft);
        showFigure(valueLabel(QStringLiteral("truce")),
             left + (h.truceEndAssumed ? tr(" (%1, assumed end)").arg(h.truceSide)
                                       : tr(" (%1, to %2)").arg(h.truceSide, QString::fromStdString(h.truceEnd.toString()))),
             tr("The %1 side's suspension of points runs to %2").arg(h.truceSide, QString::fromStdString(h.truceEnd.toString()))
                 + (h.truceEndAssumed ? tr("; the end date is a scenario assumption, not a recorded decision") : QString()));
    } else {
        showFigure(valueLabel(QStringLiteral("truce")), tr("none running on %1").arg(asOf), QString());
    }
}

} // namespace tariffsim::ui
