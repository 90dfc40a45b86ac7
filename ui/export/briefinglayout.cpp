#include "briefinglayout.h"

#include "ui/document/diversiondata.h"
#include "ui/document/scenariodocument.h"

#include "core/userdata.h"
#include "ui/document/language.h"
#include "ui/document/vintage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace tariffsim::ui {

namespace {

struct Briefing {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::Briefing)
};

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString number(double v, int decimals) { return QLocale::c().toString(v, 'f', decimals); }

QString percentOf(double fraction) { return number(100.0 * fraction, 0) + QLatin1Char('%'); }

// Items and clauses in a sentence, as the reader's language separates them.
QString listed(const QStringList& items) { return items.join(Briefing::tr(", ")); }
QString clauses(const QStringList& items) { return items.join(Briefing::tr("; ")); }

QString reporterName(const std::string& reporter)
{
    if (reporter == "GACC")
        return Briefing::tr("China customs (GACC)");
    if (reporter == "USCensus")
        return Briefing::tr("US Census Bureau");
    return qs(reporter);
}

QString flowShort(core::Flow f) { return f == core::Flow::ChinaToUs ? Briefing::tr("China→US") : Briefing::tr("US→China"); }

QString flowLong(core::Flow f)
{
    return f == core::Flow::ChinaToUs ? Briefing::tr("China's exports to the US") : Briefing::tr("US exports to China");
}

QString scenarioClause(const ScenarioDocument& doc)
{
    return Briefing::tr("scenario “%1”, tariffsim model").arg(scenarioDisplayName(doc));
}

int observedMonths(const core::Projection& p, core::Flow f)
{
    int n = 0;
    for (const auto& r : p.total(f))
        n += r.actualUsdBn ? 1 : 0;
    return n;
}

// Drops the scheme so lists of addresses read easily; the address stays complete.
QString shortUrl(const std::string& url)
{
    QString u = qs(url).trimmed();
    for (const char* scheme : {"https://", "http://"})
        if (u.startsWith(QLatin1String(scheme)))
            return u.mid(static_cast<int>(qstrlen(scheme)));
    return u;
}

// The trade figures with a chart of their own (SourceEntry::topics).
constexpr const char* kTopicSectors = "sectors";
constexpr const char* kTopicRareEarths = "rare earths";

// The kinds of source in the order they are listed, and their headings.
struct CitationKindName {
    const char* kind;
    const char* title;
};
constexpr CitationKindName kCitationKinds[] = {
    {"law", QT_TRANSLATE_NOOP("tariffsim::ui::Briefing", "Law")},
    {"official statistics", QT_TRANSLATE_NOOP("tariffsim::ui::Briefing", "Official statistics")},
    {"research", QT_TRANSLATE_NOOP("tariffsim::ui::Briefing", "Research")},
    {"press", QT_TRANSLATE_NOOP("tariffsim::ui::Briefing", "Press")},
    {"your own data", QT_TRANSLATE_NOOP("tariffsim::ui::Briefing", "Your own data")},
    {"other", QT_TRANSLATE_NOOP("tariffsim::ui::Briefing", "Other")},
};

QString themeMeasures() { return Briefing::tr("Tariff measures, coverage and truces"); }
QString themeEvents() { return Briefing::tr("Timeline events"); }
QString themeTrade() { return Briefing::tr("Trade figures"); }
QString themeParameters() { return Briefing::tr("Model parameters"); }

class SourceCollector {
public:
    void group(const QString& title)
    {
        m_groups.push_back({title, {}});
    }
    // A source by its provenance: keyed by the instrument and its address, so
    // that one instrument read in several reposts is listed once with them all.
    // `topic`: the chart of its own the figure belongs to (SourceEntry::topics).
    void add(const core::Provenance& p, const QString& what, const char* topic = nullptr)
    {
        const bool web = p.source.starts_with("http://") || p.source.starts_with("https://");
        const QString url = web ? shortUrl(p.source) : QString();
        const QString citation = qs(p.citation).trimmed();
        const bool repost = p.reportedBy.starts_with("http://") || p.reportedBy.starts_with("https://");
        const bool user = p.kind == core::kUserSourceKind;
        if (url.isEmpty() && citation.isEmpty() && !repost && !user)
            return;
        QString key = citation + QLatin1Char('|') + url;
        // The analyst's own figures are listed as such, with the file they came
        // from, even without an address ("your own data (measures.json); ...").
        if (user)
            key = QStringLiteral("user|") + key + QLatin1Char('|') + (url.isEmpty() && citation.isEmpty() ? qs(p.note) : QString());
        if (url.isEmpty() && citation.isEmpty())
            key = QLatin1Char('|') + shortUrl(p.reportedBy); // known only from a repost
        auto it = m_where.find(key);
        if (it == m_where.end()) {
            SourceEntry e;
            e.url = url.isEmpty() && citation.isEmpty() && !user ? shortUrl(p.reportedBy) : url;
            e.citation = citation;
            if (user) {
                QString note = qs(p.note);
                if (!note.isEmpty())
                    note[0] = note[0].toUpper();
                e.citation = citation.isEmpty() ? note : Briefing::tr("%1 (%2)").arg(citation, note);
            }
            e.kind = p.kind.empty() ? QString() : qs(std::string(core::sourceKindLabel(p.kind)));
            if (e.kind.isEmpty() && url.isEmpty() && citation.isEmpty())
                e.kind = QStringLiteral("press");
            m_groups.back().entries.push_back(std::move(e));
            it = m_where.emplace(key, std::make_pair(m_groups.size() - 1, m_groups.back().entries.size() - 1)).first;
        }
        SourceEntry& e = m_groups[it->second.first].entries[it->second.second];
        if (!what.isEmpty() && !e.citedFor.contains(what))
            e.citedFor << what;
        if (topic && !e.topics.contains(QLatin1String(topic)))
            e.topics << QLatin1String(topic);
        if (repost && !(url.isEmpty() && citation.isEmpty())) {
            const QString r = shortUrl(p.reportedBy);
            if (!e.reportedBy.contains(r))
                e.reportedBy << r;
        }
    }
    // A bare address (a paper's page).
    void add(const std::string& url, const QString& what, const char* kind)
    {
        core::Provenance p;
        p.source = url;
        p.kind = kind;
        add(p, what);
    }
    std::vector<SourceGroup> take()
    {
        std::erase_if(m_groups, [](const SourceGroup& g) { return g.entries.empty(); });
        return std::move(m_groups);
    }

private:
    std::vector<SourceGroup> m_groups;
    std::map<QString, std::pair<size_t, size_t>> m_where;
};

} // namespace


namespace {
std::optional<qint64> sourceDateEpoch()
{
    bool ok = false;
    const qint64 seconds = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok && seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
}
} // namespace

QDate exportDay()
{
    if (const auto seconds = sourceDateEpoch())
        return QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc()).date();
    return QDate::currentDate();
}

QDateTime exportTimestamp()
{
    if (const auto seconds = sourceDateEpoch())
        return QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
    return QDateTime(exportDay(), QTime(0, 0), QTimeZone::utc());
}

QString scenarioDisplayName(const ScenarioDocument& doc) { return doc.displayTitle(); }

namespace {

// The files of a user data folder a chart's figures come from ("measures.json,
// trade_monthly.csv"), from the notes of what they marked as the user's own.
QString userFilesOf(const ScenarioDocument& doc, ChartId id)
{
    const core::Dataset& ds = doc.dataset();
    QStringList files;
    const auto note = [&](const core::Provenance& p) {
        if (p.kind != core::kUserSourceKind)
            return;
        // "your own data (FILE); ..."
        const QString text = qs(p.note);
        const qsizetype open = text.indexOf(QLatin1Char('(')), close = text.indexOf(QLatin1Char(')'));
        const QString file = open >= 0 && close > open ? text.mid(open + 1, close - open - 1) : QString();
        if (!file.isEmpty() && !files.contains(file))
            files << file;
    };
    const bool rates = id == ChartId::Tariffs || id == ChartId::Sectors || id == ChartId::Revenue
        || id == ChartId::Volumes || id == ChartId::Diversion;
    const bool trade = id == ChartId::Volumes || id == ChartId::Revenue || id == ChartId::Diversion;
    if (rates) {
        for (const auto& m : ds.measures)
            for (const auto& s : m.steps)
                note(s.provenance);
        for (const auto& t : doc.scenario().effectiveTruces(ds))
            note(t.provenance);
    }
    if (trade) {
        for (const auto& o : ds.observedTrade)
            note(o.provenance);
        for (const auto& a : ds.annualTotals)
            note(a.provenance);
    }
    if (id == ChartId::RareEarths)
        for (const auto& r : ds.rareEarthMagnets)
            note(r.provenance);
    return listed(files);
}

} // namespace

QString sourceLine(const ScenarioDocument& doc, ChartId id)
{
    QString line = sourceLineOfData(doc, id);
    // What came from the analyst's own data folder says so.
    if (const QString files = userFilesOf(doc, id); !files.isEmpty())
        line += Briefing::tr(" Includes your own data (%1).").arg(files);
    return line;
}

QString sourceLineOfData(const ScenarioDocument& doc, ChartId id)
{
    const core::Dataset& ds = doc.dataset();
    const core::Projection& p = doc.projection();
    const QString weights = Briefing::tr("%1 trade by HS chapter (US Census Bureau via UN Comtrade)").arg(doc.schedule().baseYear());
    QString what;
    switch (id) {
    case ChartId::Tariffs: {
        int steps = 0;
        for (const auto& m : ds.measures)
            steps += static_cast<int>(m.steps.size());
        what = Briefing::tr("%1 dated rate steps of %2 US and Chinese tariff measures and %3 truces in the tariffsim dataset, "
                  "each with its cited source; weights: %4")
                   .arg(steps)
                   .arg(ds.measures.size())
                   .arg(doc.scenario().effectiveTruces(ds).size())
                   .arg(weights);
        break;
    }
    case ChartId::Volumes: {
        // "China customs (GACC): 7 months observed for China→US, 2 for US→China"
        std::map<std::string, QStringList> byReporter;
        for (auto f : {core::Flow::ChinaToUs, core::Flow::UsToChina})
            if (const int n = observedMonths(p, f); n > 0)
                byReporter[p.reporter[static_cast<int>(f)]]
                    << (byReporter[p.reporter[static_cast<int>(f)]].isEmpty() ? Briefing::tr("%1 months observed for %2")
                                                                                : Briefing::tr("%1 for %2"))
                           .arg(n)
                           .arg(flowShort(f));
        QStringList parts;
        for (const auto& [reporter, counts] : byReporter)
            parts << Briefing::tr("%1: %2").arg(reporterName(reporter), listed(counts));
        what = parts.isEmpty() ? Briefing::tr("tariffsim dataset") : Briefing::tr("monthly trade from %1").arg(clauses(parts));
        break;
    }
    case ChartId::Sectors: what = weights; break;
    case ChartId::Revenue:
        what = Briefing::tr("duties are the average tariff times projected trade; prices use a pass-through of %1")
                   .arg(percentOf(doc.parameters().passThrough.value));
        break;
    case ChartId::RareEarths: {
        int n = 0;
        for (const auto& r : p.rareEarths)
            n += r.observedTonnes ? 1 : 0;
        what = Briefing::tr("China customs (GACC) rare-earth magnet exports to the US as reported (%1 months observed)").arg(n);
        break;
    }
    case ChartId::Diversion: return diversionSourceLine(doc);
    }
    return Briefing::tr("Source: %1; %2.").arg(what, scenarioClause(doc));
}

QString assumptionCaption(const ScenarioDocument& doc, const QDate& exportDate)
{
    const core::ModelParameters& mp = doc.parameters();
    const auto& us = mp.flow(core::Flow::ChinaToUs);
    const auto& cn = mp.flow(core::Flow::UsToChina);
    QStringList parts;
    const QString e1 = number(us.elasticity.value, 1), e2 = number(cn.elasticity.value, 1);
    const QString a1 = percentOf(us.adjustmentSpeed.value), a2 = percentOf(cn.adjustmentSpeed.value);
    if (e1 == e2 && a1 == a2) {
        parts << Briefing::tr("long-run trade elasticity %1 and adjustment speed %2 a month for both flows").arg(e1, a1);
    } else {
        parts << Briefing::tr("long-run trade elasticity %1 (China→US) and %2 (US→China)").arg(e1, e2);
        parts << Briefing::tr("adjustment speed %1 (China→US) and %2 (US→China) a month").arg(a1, a2);
    }
    parts << Briefing::tr("pass-through %1").arg(percentOf(mp.passThrough.value));
    if (const auto from = doc.counterfactualFrom())
        parts << Briefing::tr("counterfactual history from %1 to %2 (the scenario's tariffs differ from those enacted)")
                     .arg(formatDay(*from), formatDay(doc.historyBoundary().addDays(-1)));
    const auto& overrides = doc.scenario().overrides;
    if (const core::Scenario* base = doc.basePresetScenario(); base && !doc.differencesFromBase().isEmpty()) {
        // Everything the scenario changes against its preset, rates and truces alike.
        parts << Briefing::tr("changes from “%1”: %2").arg(dataText(base->title), listed(doc.differencesFromBase()));
    } else if (!overrides.empty()) {
        QStringList changes;
        for (const auto& o : overrides) {
            const core::Measure* m = doc.dataset().measure(o.measureId);
            changes << Briefing::tr("%1 at %2% from %3")
                           .arg(m ? dataText(m->name) : qs(o.measureId), number(o.ratePct, o.ratePct == int(o.ratePct) ? 0 : 1),
                                formatDay(o.from));
        }
        parts << Briefing::tr("rate changes: %1").arg(listed(changes));
    }
    QStringList truces, assumed;
    for (const auto& t : doc.scenario().effectiveTruces(doc.dataset())) {
        if (t.continuesByAssumption()) {
            truces << Briefing::tr("%1 %2 – %3").arg(dataText(t.name), formatDay(t.start), formatDay(t.recordedEnd().addDays(-1)));
            assumed << Briefing::tr("%1 continues after %2 (not in the data)").arg(dataText(t.name), formatDay(t.recordedEnd().addDays(-1)));
        } else {
            truces << Briefing::tr("%1 %2 – %3").arg(dataText(t.name), formatDay(t.start), formatDay(t.end().addDays(-1)));
        }
    }
    if (!truces.isEmpty())
        parts << Briefing::tr("truces: %1").arg(listed(truces));
    if (!assumed.isEmpty())
        parts << Briefing::tr("assumed: %1").arg(listed(assumed));
    if (const QString data = vintageSummary(doc.dataset()); !data.isEmpty())
        parts << Briefing::tr("data: %1").arg(data);
    parts << Briefing::tr("exported %1").arg(formatDay(exportDate));
    return Briefing::tr("Assumptions: %1.").arg(clauses(parts));
}

BriefingLayout defaultBriefingLayout(const ScenarioDocument& doc, const ChartModel& model, const QDate& exportDate)
{
    BriefingLayout layout;
    layout.title = model.title.isEmpty() ? chartTitle(model.id) : model.title;
    QString measure = model.yTitle;
    if (!model.y2Title.isEmpty()) {
        QString right = model.y2Title;
        if (right.size() > 1 && right[0].isUpper() && right[1].isLower()) // "Import price" but "US duties"
            right[0] = right[0].toLower();
        measure += Briefing::tr("; right axis: %1").arg(right);
    }
    layout.subtitle = Briefing::tr("%1 · scenario “%2”").arg(measure, scenarioDisplayName(doc));
    layout.caption = assumptionCaption(doc, exportDate);
    layout.source = sourceLine(doc, model.id);
    return layout;
}

std::vector<AssumptionRow> assumptionTable(const ScenarioDocument& doc, const QDate& exportDate)
{
    std::vector<AssumptionRow> rows;
    const core::ModelParameters& mp = doc.parameters();
    const QString params = Briefing::tr("Model parameters");
    const auto range = [](const core::Parameter& p, int decimals, double factor = 1.0, const QString& unit = {}) {
        if (!(p.high > p.low))
            return QString();
        return QStringLiteral("%1–%2%3").arg(number(p.low * factor, decimals), number(p.high * factor, decimals), unit);
    };
    for (auto f : {core::Flow::ChinaToUs, core::Flow::UsToChina}) {
        const auto& fp = mp.flow(f);
        rows.push_back({params, Briefing::tr("Long-run trade elasticity, %1").arg(flowLong(f)), number(fp.elasticity.value, 2),
                        range(fp.elasticity, 2), qs(fp.elasticity.source)});
        rows.push_back({params, Briefing::tr("Adjustment speed, %1").arg(flowLong(f)),
                        Briefing::tr("%1 of the gap a month").arg(percentOf(fp.adjustmentSpeed.value)),
                        range(fp.adjustmentSpeed, 0, 100, QStringLiteral("%")), qs(fp.adjustmentSpeed.source)});
    }
    rows.push_back({params, Briefing::tr("Pass-through to import prices"), percentOf(mp.passThrough.value),
                    range(mp.passThrough, 0, 100, QStringLiteral("%")), qs(mp.passThrough.source)});
    rows.push_back({params, Briefing::tr("Front-loading share"), percentOf(mp.frontLoadingShare.value),
                    range(mp.frontLoadingShare, 0, 100, QStringLiteral("%")), qs(mp.frontLoadingShare.source)});
    rows.push_back({params, Briefing::tr("Front-loading window"), Briefing::tr("%1 months").arg(mp.frontLoadingMonths), {}, {}});
    rows.push_back({params, Briefing::tr("Baseline trend growth"), Briefing::tr("%1% a year").arg(number(100 * mp.trendGrowthPerYear, 1)), {},
                    {}});
    rows.push_back({params, Briefing::tr("Rare-earth licence approval share"), percentOf(mp.rareEarthApproval.value),
                    range(mp.rareEarthApproval, 0, 100, QStringLiteral("%")), qs(mp.rareEarthApproval.source)});
    if (mp.rareEarthPreControlTonnes.value > 0)
        rows.push_back({params, Briefing::tr("Rare-earth magnets before licensing"),
                        Briefing::tr("%1 t a month").arg(number(mp.rareEarthPreControlTonnes.value, 0)),
                        range(mp.rareEarthPreControlTonnes, 0, 1, Briefing::tr(" t", "tonnes, after a number")),
                        qs(mp.rareEarthPreControlTonnes.source)});
    rows.push_back({params, Briefing::tr("Reference date of tariffs (t0)"), formatDay(mp.referenceDate), {},
                    Briefing::tr("Tariffs are measured against their level on this day")});

    // Where the trade went (core/diversion.h): the parameters the chart and the
    // headline figures use, each with its range and where its default comes from.
    const QString diversion = Briefing::tr("Where the trade went");
    const core::DiversionParameters dp = core::defaultDiversionParameters(bundledDiversionData(), mp);
    rows.push_back({diversion, Briefing::tr("Substitution elasticity between Chinese and other suppliers' goods (σ)"),
                    number(dp.substitution.value, 2), range(dp.substitution, 2), qs(dp.substitution.source)});
    rows.push_back({diversion, Briefing::tr("Other suppliers' own growth in 2025"), percentOf(dp.othersGrowth2025.value),
                    range(dp.othersGrowth2025, 0, 100, QStringLiteral("%")), qs(dp.othersGrowth2025.source)});
    rows.push_back({diversion, Briefing::tr("Share of China's lost US sales sold elsewhere (ρ)"), percentOf(dp.redirectionShare.value),
                    range(dp.redirectionShare, 0, 100, QStringLiteral("%")), qs(dp.redirectionShare.source)});
    rows.push_back({diversion, Briefing::tr("Speed of that redirection"), Briefing::tr("%1 of the gap a month").arg(percentOf(dp.redirectionSpeed.value)),
                    range(dp.redirectionSpeed, 0, 100, QStringLiteral("%")), qs(dp.redirectionSpeed.source)});
    rows.push_back({diversion, Briefing::tr("Rerouting share (θ)"), percentOf(dp.reroutingShare.value),
                    range(dp.reroutingShare, 0, 100, QStringLiteral("%")), qs(dp.reroutingShare.source)});
    rows.push_back({diversion, Briefing::tr("Rerouting deterred by the 40% transshipment penalty"),
                    percentOf(dp.enforcementEffect.value), range(dp.enforcementEffect, 0, 100, QStringLiteral("%")),
                    qs(dp.enforcementEffect.source)});

    const QString truces = Briefing::tr("Truces");
    for (const auto& t : doc.scenario().effectiveTruces(doc.dataset())) {
        QStringList ext;
        for (const auto& e : t.extensions)
            ext << (e.assumption ? Briefing::tr("extended to %1 (assumption)") : Briefing::tr("extended to %1")).arg(formatDay(e.end));
        const core::Measure* m = doc.dataset().measure(t.measureId);
        rows.push_back({truces, dataText(t.name), Briefing::tr("%1 – %2").arg(formatDay(t.start), formatDay(t.end())),
                        Briefing::tr("%1 points").arg(number(t.suspendedPct, 0)),
                        Briefing::tr("Suspends %1 points of %2 for %3 days%4")
                            .arg(number(t.suspendedPct, 0), m ? dataText(m->name) : qs(t.measureId))
                            .arg(t.days)
                            .arg(ext.isEmpty() ? QString() : Briefing::tr("; ") + clauses(ext))});
    }

    for (const QString& a : assumedContinuations(doc))
        rows.push_back({truces, Briefing::tr("Assumed past the record"), {}, {}, a});

    const QString changes = Briefing::tr("Rate changes");
    for (const auto& o : doc.scenario().overrides) {
        const core::Measure* m = doc.dataset().measure(o.measureId);
        rows.push_back({changes, m ? dataText(m->name) : qs(o.measureId), Briefing::tr("%1%").arg(number(o.ratePct, 1)),
                        {}, Briefing::tr("From %1; replaces the recorded rate steps and truce suspensions").arg(formatDay(o.from))});
    }

    const QString scenario = Briefing::tr("Scenario");
    const core::Scenario& sc = doc.scenario();
    if (!sc.notes.empty())
        rows.push_back({scenario, scenarioDisplayName(doc), {}, {}, dataText(sc.notes)});
    for (size_t i = 0; i < sc.assumptions.size(); ++i)
        rows.push_back({scenario, Briefing::tr("Assumption %1").arg(i + 1), {}, {}, dataText(sc.assumptions[i])});
    if (sc.freezeAfter)
        rows.push_back({scenario, Briefing::tr("Rates held after"), formatDay(*sc.freezeAfter), {}, {}});

    const QString data = Briefing::tr("Data");
    const core::DataVintage& v = doc.dataset().vintage;
    if (v.legalRecordThrough > core::Date{})
        rows.push_back({data, Briefing::tr("Legal record to"), formatDay(v.legalRecordThrough), {}, dataText(v.note)});
    for (const auto& [reporter, what] : {std::pair{"GACC", Briefing::tr("China customs (GACC), both flows")},
                                         std::pair{"USCensus", Briefing::tr("US Census Bureau, both flows")}})
        if (const auto last = v.lastObservedMonth(reporter))
            rows.push_back({data, Briefing::tr("Trade observed to"), formatMonth(*last), {}, what});

    rows.push_back({data, Briefing::tr("Trade weights"), Briefing::tr("%1").arg(doc.schedule().baseYear()), {},
                    Briefing::tr("Base-year trade by HS chapter (US Census Bureau via UN Comtrade)")});
    rows.push_back({data, Briefing::tr("Figures as of"), formatDay(doc.asOfDate()), {},
                    Briefing::tr("The day the current rates and the truce countdown refer to")});
    rows.push_back({data, Briefing::tr("Exported"), formatDay(exportDate), {}, {}});
    return rows;
}

std::vector<SourceGroup> datasetSources(const ScenarioDocument& doc)
{
    const core::Dataset& ds = doc.dataset();
    SourceCollector c;
    c.group(themeMeasures());
    for (const auto& m : ds.measures) {
        for (const auto& s : m.steps)
            c.add(s.provenance,
                  Briefing::tr("%1: %2% from %3").arg(dataText(m.name), number(s.ratePct, s.ratePct == int(s.ratePct) ? 0 : 1),
                                            formatDay(s.date)));
        for (const auto& cov : m.coverage)
            c.add(cov.provenance, Briefing::tr("%1: coverage").arg(dataText(m.name)));
    }
    for (const auto& t : doc.scenario().effectiveTruces(ds)) {
        c.add(t.provenance, dataText(t.name));
        for (const auto& e : t.extensions)
            c.add(e.provenance, Briefing::tr("%1: extension to %2").arg(dataText(t.name), formatDay(e.end)));
    }
    c.group(themeEvents());
    for (const auto& e : ds.events)
        c.add(e.provenance, Briefing::tr("%1 %2").arg(formatDay(e.date), dataText(e.label.empty() ? e.title : e.label)));
    c.group(themeTrade());
    for (const auto& a : ds.annualTotals)
        c.add(a.provenance, Briefing::tr("%1 %2 (%3)").arg(flowShort(a.flow)).arg(a.year).arg(reporterName(a.reporter)));
    for (const auto& o : ds.observedTrade)
        c.add(o.provenance,
              Briefing::tr("%1 %2 (%3)")
                  .arg(flowShort(o.flow),
                       o.singleMonth() ? formatMonth(o.first)
                                       : Briefing::tr("%1–%2").arg(formatMonth(o.first), formatMonth(o.last)),
                       reporterName(o.reporter)));
    for (const auto& s : ds.sectors)
        c.add(s.provenance, Briefing::tr("%1 base-year trade by sector").arg(flowShort(s.flow)), kTopicSectors);
    for (const auto& r : ds.rareEarthMagnets)
        c.add(r.provenance, Briefing::tr("Rare-earth magnets to %1, %2").arg(dataText(r.destination), formatMonth(r.first)),
              kTopicRareEarths);
    c.group(themeParameters());
    for (const auto& e : ds.elasticities)
        c.add(e.source, qs(e.paper).section(QLatin1Char('('), 0, 0).trimmed(), "research");
    return c.take();
}

QStringList citationKinds()
{
    QStringList kinds;
    for (const CitationKindName& k : kCitationKinds)
        kinds << QLatin1String(k.kind);
    return kinds;
}

QString citationKindTitle(const QString& kind)
{
    for (const CitationKindName& k : kCitationKinds)
        if (kind == QLatin1String(k.kind))
            return QCoreApplication::translate("tariffsim::ui::Briefing", k.title);
    return kind;
}

QString citationKind(const SourceEntry& e)
{
    const QStringList kinds = citationKinds();
    return kinds.contains(e.kind) && !e.kind.isEmpty() ? e.kind : kinds.back();
}

std::vector<Citation> numberedCitations(const ScenarioDocument& doc)
{
    std::vector<Citation> all;
    for (const SourceGroup& g : datasetSources(doc))
        for (const SourceEntry& e : g.entries)
            all.push_back({0, g.title, e});
    std::vector<Citation> out;
    for (const QString& kind : citationKinds())
        for (const Citation& c : all)
            if (citationKind(c.entry) == kind)
                out.push_back(c);
    for (size_t i = 0; i < out.size(); ++i)
        out[i].number = static_cast<int>(i) + 1;
    return out;
}

std::vector<int> chartCitations(const std::vector<Citation>& citations, ChartId id)
{
    const QString rare = QLatin1String(kTopicRareEarths);
    const QString bySector = QLatin1String(kTopicSectors);
    std::vector<int> out;
    for (const Citation& c : citations) {
        const bool measures = c.theme == themeMeasures();
        const bool trade = c.theme == themeTrade() && !c.entry.topics.contains(rare) && !c.entry.topics.contains(bySector);
        const bool sectors = c.theme == themeTrade() && c.entry.topics.contains(bySector);
        const bool params = c.theme == themeParameters();
        bool use = false;
        switch (id) {
        case ChartId::Tariffs: use = measures || sectors; break;
        case ChartId::Volumes: use = trade || params; break;
        case ChartId::Sectors: use = sectors || measures || params; break;
        case ChartId::Revenue: use = measures || trade || params; break;
        case ChartId::RareEarths: use = c.theme == themeTrade() && c.entry.topics.contains(rare); break;
        case ChartId::Diversion: use = trade || params; break;
        }
        if (use)
            out.push_back(c.number);
    }
    return out;
}

QString formatCitationRefs(std::vector<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    if (numbers.empty())
        return {};
    QStringList parts;
    for (size_t i = 0; i < numbers.size();) {
        size_t j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        if (j == i)
            parts << QString::number(numbers[i]);
        else if (j == i + 1)
            parts << QString::number(numbers[i]) << QString::number(numbers[j]);
        else
            parts << QStringLiteral("%1–%2").arg(numbers[i]).arg(numbers[j]);
        i = j + 1;
    }
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

QString citationText(const SourceEntry& e)
{
    QStringList parts;
    if (!e.citation.isEmpty())
        parts << e.citation;
    if (!e.url.isEmpty())
        parts << e.url;
    QString text = parts.join(QStringLiteral(". "));
    if (!e.reportedBy.isEmpty())
        text += Briefing::tr(". Reported by %1").arg(e.reportedBy.mid(0, 2).join(QStringLiteral(", ")))
            + (e.reportedBy.size() > 2 ? Briefing::tr(" and %1 more").arg(e.reportedBy.size() - 2) : QString());
    return text;
}

} // namespace tariffsim::ui
