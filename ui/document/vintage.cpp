#include "ui/document/vintage.h"

#include "ui/document/dates.h"
#include "ui/document/language.h"
#include "ui/document/scenariodocument.h"

#include "core/horizon.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace tariffsim::ui {

namespace {

struct Vintage {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::Vintage)
};

// The last observed month of each reporter's trade: "Dec 2025 (China customs)".
QStringList lastObservedTrade(const core::DataVintage& v)
{
    QStringList trade;
    for (const auto& [reporter, name] : {std::pair{"GACC", Vintage::tr("China customs")}, std::pair{"USCensus", Vintage::tr("US Census")}})
        if (const auto last = v.lastObservedMonth(reporter))
            trade << Vintage::tr("%1 (%2)").arg(formatMonth(*last), name);
    return trade;
}

} // namespace

QString vintageSummary(const core::Dataset& ds)
{
    const core::DataVintage& v = ds.vintage;
    QStringList parts;
    if (v.legalRecordThrough > core::Date{})
        parts << Vintage::tr("legal record to %1").arg(formatDay(v.legalRecordThrough));
    if (const QStringList trade = lastObservedTrade(v); !trade.isEmpty())
        parts << Vintage::tr("trade observed to %1").arg(trade.join(Vintage::tr(" and ")));
    return parts.join(Vintage::tr("; "));
}

QString dataAsOfBadge(const core::Dataset& ds)
{
    const core::DataVintage& v = ds.vintage;
    QStringList parts;
    if (v.legalRecordThrough > core::Date{})
        parts << Vintage::tr("Data as of %1").arg(formatDay(v.legalRecordThrough));
    if (const QStringList trade = lastObservedTrade(v); !trade.isEmpty())
        parts << Vintage::tr("trade to %1").arg(trade.join(Vintage::tr(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString vintageDetail(const core::Dataset& ds)
{
    QString text = vintageSummary(ds);
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    text += QStringLiteral(".");
    if (!ds.vintage.note.empty())
        text += QStringLiteral(" ") + QString::fromStdString(ds.vintage.note);
    text += QStringLiteral(" ") + Vintage::tr("Anything later is an assumption, named where it is used.");
    return text;
}

QString eventStatusText(const core::TimelineEvent& e)
{
    if (e.status == "scheduled")
        return Vintage::tr("Scheduled: a date fixed in advance; what happened is not in the data.");
    if (e.status == "not_enacted")
        return Vintage::tr("Not enacted: threatened or announced, never carried out.");
    if (e.status == "unverified")
        return Vintage::tr("Unverified: a single lower-confidence source.");
    return {};
}

QString recordEndText(core::Date recordedEnd)
{
    return Vintage::tr("ended %1; what followed is not in the data").arg(formatDay(recordedEnd));
}

QString counterfactualShort(const ScenarioDocument& doc)
{
    const auto from = doc.counterfactualFrom();
    return from ? Vintage::tr("counterfactual from %1").arg(formatDay(*from)) : QString();
}

QString counterfactualSentence(const ScenarioDocument& doc)
{
    const auto from = doc.counterfactualFrom();
    if (!from)
        return {};
    const core::Date boundary = doc.historyBoundary();
    const QString why = boundary == doc.effectiveDate() ? Vintage::tr("when its edits take effect")
                                                        : Vintage::tr("after the legal record ends");
    return Vintage::tr("Counterfactual history: from %1 the scenario's tariffs differ from those enacted, before %2 (%3).")
        .arg(formatDay(*from), formatDay(boundary), why);
}

QStringList assumedContinuations(const ScenarioDocument& doc)
{
    QStringList out;
    for (const auto& t : doc.scenario().effectiveTruces(doc.dataset())) {
        if (!t.continuesByAssumption())
            continue;
        const core::Date end = t.end();
        const QString until = end > core::kHorizonLastDay ? Vintage::tr("to the end of the horizon")
                                                          : Vintage::tr("to %1").arg(formatDay(end.addDays(-1)));
        out << Vintage::tr("%1: %2. Assumed: the suspension of %3 points continues %4.")
                   .arg(dataText(t.name), recordEndText(t.recordedEnd()))
                   .arg(t.suspendedPct, 0, 'f', 0)
                   .arg(until);
    }
    return out;
}

} // namespace tariffsim::ui
