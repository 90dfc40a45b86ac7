#include "ui/charts/chartmodels.h"

#include "ui/document/scenariodocument.h"
#include "ui/document/dates.h"
#include "ui/document/diversiondata.h"
#include "ui/document/language.h"
#include "ui/document/money.h"
#include "ui/document/vintage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace tariffsim::ui {

namespace {

struct Charts {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::Charts)
};


QColor lighter(const QColor& c, int alpha)
{
    QColor out = c;
    out.setAlpha(alpha);
    return out;
}

QString flowName(core::Flow f)
{
    return f == core::Flow::ChinaToUs ? Charts::tr("China's exports to the US") : Charts::tr("US exports to China");
}

// Short flow names for legends, where space is tight.
QString flowShort(core::Flow f) { return f == core::Flow::ChinaToUs ? Charts::tr("China → US") : Charts::tr("US → China"); }

QColor flowColor(core::Flow f) { return f == core::Flow::ChinaToUs ? palette::usOnChina : palette::chinaOnUs; }

// The trade-weighted average of a direction as a step line over [first, last].
// Rates change only on the schedule's change dates, so only those are evaluated.
QVector<QPointF> averageSteps(const core::TariffSchedule& schedule, core::Direction d, core::Date first, core::Date last)
{
    QVector<QPointF> points;
    double prev = schedule.averageRatePct(d, first);
    points.append({toMs(first), prev});
    for (core::Date day : schedule.changeDates(d)) {
        if (day <= first || day > last)
            continue;
        const double v = schedule.averageRatePct(d, day);
        if (std::abs(v - prev) > 1e-9) {
            points.append({toMs(day), prev});
            points.append({toMs(day), v});
            prev = v;
        }
    }
    points.append({toMs(last), prev});
    return points;
}

} // namespace

QString chartName(ChartId id)
{
    switch (id) {
    case ChartId::Tariffs: return QStringLiteral("tariffs");
    case ChartId::Volumes: return QStringLiteral("volumes");
    case ChartId::Sectors: return QStringLiteral("sectors");
    case ChartId::Revenue: return QStringLiteral("revenue");
    case ChartId::RareEarths: return QStringLiteral("rare-earths");
    case ChartId::Diversion: return QStringLiteral("diversion");
    }
    return {};
}

QString chartTitle(ChartId id)
{
    switch (id) {
    case ChartId::Tariffs: return Charts::tr("Average tariff rates");
    case ChartId::Volumes: return Charts::tr("Monthly export volumes");
    case ChartId::Sectors: return Charts::tr("Change against baseline by sector");
    case ChartId::Revenue: return Charts::tr("Duties collected and import prices");
    case ChartId::RareEarths: return Charts::tr("Rare-earth magnet exports to the US");
    case ChartId::Diversion: return Charts::tr("Where the trade went");
    }
    return {};
}

const std::vector<ChartId>& allCharts()
{
    static const std::vector<ChartId> ids = {ChartId::Tariffs, ChartId::Volumes, ChartId::Sectors, ChartId::Revenue,
                                             ChartId::RareEarths, ChartId::Diversion};
    return ids;
}

// Noon UTC, so that the calendar day is the same in every time zone the axis may use.
double toMs(core::Date day) { return static_cast<double>(day.daysSinceEpoch()) * 86400000.0 + 43200000.0; }
double toMs(core::YearMonth month) { return toMs(month.firstDay()); }

ChartModel tariffChart(const ScenarioDocument& doc)
{
    ChartModel m;
    m.id = ChartId::Tariffs;
    m.title = chartTitle(m.id);
    m.yTitle = Charts::tr("Average tariff (%)");
    const core::Date first = core::kTariffChartFirstMonth.firstDay();
    const core::Date last = core::kHorizonLastDay;
    m.xMinMs = toMs(first);
    m.xMaxMs = toMs(last);
    const auto& schedule = doc.schedule();
    // Past the last day of the legal record the rates are the scenario's
    // assumption (or a date fixed in advance): drawn dashed.
    const core::Date record = doc.dataset().vintage.legalRecordThrough;
    const bool cut = record > first && record < last;
    for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs}) {
        ChartSeries s;
        s.name = d == core::Direction::UsOnChina ? Charts::tr("US tariffs on Chinese goods") : Charts::tr("China's tariffs on US goods");
        s.unit = QStringLiteral("%");
        s.style = SeriesStyle::Step;
        s.color = d == core::Direction::UsOnChina ? palette::usOnChina : palette::chinaOnUs;
        s.points = averageSteps(schedule, d, first, cut ? record.addDays(1) : last);
        if (cut) {
            ChartSeries after = s;
            after.name = (d == core::Direction::UsOnChina ? Charts::tr("US tariffs, assumed after %1")
                                                          : Charts::tr("China's tariffs, assumed after %1"))
                             .arg(formatDay(record));
            after.style = SeriesStyle::Dashed;
            after.points = averageSteps(schedule, d, record.addDays(1), last);
            m.series.push_back(std::move(s));
            m.series.push_back(std::move(after));
        } else {
            m.series.push_back(std::move(s));
        }
    }
    // The average US tariff on the other suppliers (core/diversion.h), as steps.
    ChartSeries partners{Charts::tr("US tariffs on other suppliers (Mexico, Taiwan, India, ASEAN)"), QStringLiteral("%"),
                         SeriesStyle::Step, palette::orange, false, {}, {}, {}};
    partners.legend = Charts::tr("US tariffs on other suppliers");
    const auto steps = core::partnerRateSteps(bundledDiversionData(), schedule);
    double previous = 0.0;
    for (const auto& [day, rate] : steps)
        if (day <= first)
            previous = rate;
    partners.points.append({toMs(first), previous});
    for (const auto& [day, rate] : steps) {
        if (day <= first || day > last || std::abs(rate - previous) <= 1e-9)
            continue;
        partners.points.append({toMs(day), previous});
        partners.points.append({toMs(day), rate});
        previous = rate;
    }
    partners.points.append({toMs(last), previous});
    m.series.push_back(std::move(partners));
    for (const auto& t : doc.scenario().effectiveTruces(doc.dataset())) {
        const core::Measure* measure = doc.dataset().measure(t.measureId);
        const bool us = measure && measure->direction == core::Direction::UsOnChina;
        const QColor colour = lighter(us ? palette::usOnChina : palette::chinaOnUs, 28);
        const QString key = us ? Charts::tr("truce: US suspension") : Charts::tr("truce: China's suspension");
        const QString name = dataText(t.name);
        if (!t.continuesByAssumption()) {
            m.spans.push_back({toMs(t.start), toMs(t.end()), name, colour, false, key});
            continue;
        }
        // The part no source gives: grey and hatched.
        m.spans.push_back({toMs(t.start), toMs(t.recordedEnd()), name, colour, false, key});
        m.spans.push_back({toMs(t.recordedEnd()), toMs(t.end()),
                           Charts::tr("%1, assumed: %2").arg(name, recordEndText(t.recordedEnd())),
                           QColor(110, 110, 110, 90), true, Charts::tr("truce assumed past the record")});
    }
    for (const auto& e : doc.timelineEvents()) {
        if (e.label.empty())
            continue;
        QString tip = QStringLiteral("%1 — %2\n%3").arg(QString::fromStdString(e.date.toString()), dataText(e.label),
                                                         dataText(e.title));
        if (!e.confirmed())
            tip += QStringLiteral("\n") + eventStatusText(e);
        if (const std::string line = core::sourceLine(e.provenance); !line.empty())
            tip += QStringLiteral("\n") + Charts::tr("Source: %1").arg(QString::fromStdString(line));
        m.markers.push_back({toMs(e.date), dataText(e.label), tip});
    }
    return m;
}

namespace {

// A time chart over the projection's months.
ChartModel projectionChart(const ScenarioDocument& doc, ChartId id, const QString& yTitle)
{
    ChartModel m;
    m.id = id;
    m.title = chartTitle(id);
    m.yTitle = yTitle;
    const auto& p = doc.projection();
    m.xMinMs = toMs(p.first);
    m.xMaxMs = toMs(p.first.addMonths(p.months));
    return m;
}

} // namespace

ChartModel volumeChart(const ScenarioDocument& doc)
{
    ChartModel m = projectionChart(doc, ChartId::Volumes, Charts::tr("%1 a month").arg(usdBnUnit()));
    const auto& p = doc.projection();
    for (auto f : {core::Flow::ChinaToUs, core::Flow::UsToChina}) {
        const auto& rows = p.total(f);
        ChartSeries band{flowName(f) + Charts::tr(" — range"), QStringLiteral("$bn"), SeriesStyle::Band,
                         lighter(flowColor(f), 50), false, {}, {}, {}};
        ChartSeries base{flowName(f) + Charts::tr(" — baseline"), QStringLiteral("$bn"), SeriesStyle::Dashed,
                         flowColor(f), false, {}, {}, {}};
        ChartSeries scen{flowName(f) + Charts::tr(" — scenario"), QStringLiteral("$bn"), SeriesStyle::Line,
                         flowColor(f), false, {}, {}, {}};
        ChartSeries obs{flowName(f) + Charts::tr(" — observed"), QStringLiteral("$bn"), SeriesStyle::Points,
                        flowColor(f).darker(140), false, {}, {}, {}};
        band.legend = flowShort(f) + Charts::tr(" range");
        base.legend = flowShort(f) + Charts::tr(" baseline");
        scen.legend = flowShort(f) + Charts::tr(" scenario");
        obs.legend = flowShort(f) + Charts::tr(" observed");
        for (int k = 0; k < p.months; ++k) {
            const double x = toMs(p.first.addMonths(k));
            const auto& r = rows[static_cast<size_t>(k)];
            band.points.append({x, r.lowUsdBn});
            band.upper.append({x, r.highUsdBn});
            base.points.append({x, r.baselineUsdBn});
            scen.points.append({x, r.scenarioUsdBn});
            if (r.actualUsdBn)
                obs.points.append({x, *r.actualUsdBn});
        }
        m.series.push_back(std::move(band));
        m.series.push_back(std::move(base));
        m.series.push_back(std::move(scen));
        m.series.push_back(std::move(obs));
    }
    return m;
}

ChartModel sectorChart(const ScenarioDocument& doc, const SectorPeriod& period)
{
    ChartModel m;
    m.id = ChartId::Sectors;
    m.timeAxis = false;
    const core::Flow flow = period.chinaToUs ? core::Flow::ChinaToUs : core::Flow::UsToChina;
    m.title = chartTitle(m.id);
    m.yTitle = Charts::tr("%1, %2 to %3: change against baseline (%)")
                   .arg(flowName(flow), QString::fromStdString(period.first.toString()),
                        QString::fromStdString(period.last.toString()));
    m.barUnit = QStringLiteral("%");
    const auto& p = doc.projection();
    const auto& ids = p.groupIds[static_cast<int>(flow)];
    const auto& values = p.groups[static_cast<int>(flow)];
    const size_t G = ids.size();
    std::vector<std::pair<double, double>> sums(G); // per group: (scenario, baseline)
    for (int k = 0; k < p.months && values.size() >= static_cast<size_t>(p.months) * G; ++k) {
        const core::YearMonth month = p.first.addMonths(k);
        if (month < period.first || period.last < month)
            continue;
        for (size_t g = 0; g < G; ++g) {
            const auto& v = values[static_cast<size_t>(k) * G + g];
            sums[g].first += v.scenarioUsdBn;
            sums[g].second += v.baselineUsdBn;
        }
    }
    std::map<std::string, std::pair<double, double>> byGroup; // by id, for a stable order of equal bars
    for (size_t g = 0; g < G; ++g)
        byGroup[ids[g]] = sums[g];
    std::vector<std::pair<double, QString>> bars;
    for (const auto& [groupId, acc] : byGroup) {
        if (acc.second <= 0)
            continue;
        const core::SectorGroup* g = doc.dataset().group(flow, groupId);
        bars.emplace_back(100.0 * (acc.first / acc.second - 1.0),
                          g ? dataText(g->name) : QString::fromStdString(groupId));
    }
    // Largest loss first.
    std::sort(bars.begin(), bars.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [value, name] : bars) {
        m.categories << name;
        m.barValues << value;
    }
    return m;
}

ChartModel revenueChart(const ScenarioDocument& doc)
{
    ChartModel m = projectionChart(doc, ChartId::Revenue, Charts::tr("Duties (%1 a month)").arg(usdBnUnit()));
    m.y2Title = Charts::tr("Price change (%)");
    const auto& p = doc.projection();
    for (auto f : {core::Flow::ChinaToUs, core::Flow::UsToChina}) {
        const QString who = f == core::Flow::ChinaToUs ? Charts::tr("US duties on Chinese goods") : Charts::tr("China's duties on US goods");
        const QString price = f == core::Flow::ChinaToUs ? Charts::tr("US import prices of Chinese goods")
                                                         : Charts::tr("China's import prices of US goods");
        ChartSeries rev{who, QStringLiteral("$bn"), SeriesStyle::Line, flowColor(f), false, {}, {}, {}};
        ChartSeries pr{price, QStringLiteral("%"), SeriesStyle::Dashed, flowColor(f), true, {}, {}, {}};
        rev.legend = f == core::Flow::ChinaToUs ? Charts::tr("US duties") : Charts::tr("China duties");
        pr.legend = f == core::Flow::ChinaToUs ? Charts::tr("US prices") : Charts::tr("China prices");
        for (int k = 0; k < p.months; ++k) {
            const double x = toMs(p.first.addMonths(k));
            const auto& r = p.total(f)[static_cast<size_t>(k)];
            rev.points.append({x, r.revenueUsdBn});
            pr.points.append({x, r.priceChangePct});
        }
        m.series.push_back(std::move(rev));
        m.series.push_back(std::move(pr));
    }
    return m;
}

ChartModel rareEarthChart(const ScenarioDocument& doc)
{
    ChartModel m = projectionChart(doc, ChartId::RareEarths, Charts::tr("Tonnes a month"));
    const auto& p = doc.projection();
    ChartSeries scen{Charts::tr("Scenario"), QStringLiteral("t"), SeriesStyle::Line, palette::green, false, {}, {}, {}};
    ChartSeries obs{Charts::tr("Observed (China customs)"), QStringLiteral("t"), SeriesStyle::Points, palette::grey, false, {}, {}, {}};
    for (const auto& r : p.rareEarths) {
        const double x = toMs(r.month);
        scen.points.append({x, r.scenarioTonnes});
        if (r.observedTonnes)
            obs.points.append({x, *r.observedTonnes});
    }
    m.series.push_back(std::move(scen));
    m.series.push_back(std::move(obs));
    return m;
}

ChartModel diversionChart(const ScenarioDocument& doc)
{
    ChartModel m = projectionChart(doc, ChartId::Diversion, Charts::tr("Against baseline (%1 a month)").arg(usdBnUnit()));
    const auto& p = doc.projection();
    if (p.months <= 0)
        return m;
    const core::YearMonth last = p.first.addMonths(p.months - 1);
    const auto& data = bundledDiversionData();
    const auto& params = doc.parameters();
    const core::Diversion& d = documentDiversion(doc);
    core::ProjectionOptions census;
    census.bands = false;
    census.reporter = "USCensus";
    const core::Projection us = core::project(doc.dataset(), doc.schedule(), params, p.first, last, census);

    struct FlowRows {
        QString name, legend;
        QColor colour;
        std::vector<core::MonthValues> rows;
        bool band;
    };
    std::vector<FlowRows> flows = {
        {Charts::tr("China's exports to the US (China customs)"), Charts::tr("China → US"), palette::usOnChina, p.total(core::Flow::ChinaToUs), false},
        {Charts::tr("China's exports to the rest of the world (China customs)"), Charts::tr("China → rest of world"), palette::green,
         d.chinaToOthers, true},
        {Charts::tr("US imports from China (US Census)"), Charts::tr("US ← China"), palette::sky, us.total(core::Flow::ChinaToUs), false},
        {Charts::tr("US imports from other suppliers (US Census)"), Charts::tr("US ← others"), palette::orange, d.usFromOthers, true},
    };
    // China's exports to others are observed over half-years and years: each month
    // of such a period shows the period's monthly mean.
    std::vector<std::optional<double>> othersObserved(static_cast<size_t>(p.months));
    for (const auto& o : data.observations) {
        if (o.series != "china_to_others")
            continue;
        for (core::YearMonth mm = o.first; mm <= o.last; mm = mm.addMonths(1)) {
            const int k = mm.monthsSince(p.first);
            if (k >= 0 && k < p.months)
                othersObserved[static_cast<size_t>(k)] = o.valueUsdBn / o.monthCount();
        }
    }
    for (size_t f = 0; f < flows.size(); ++f) {
        const FlowRows& flow = flows[f];
        ChartSeries band{flow.name + Charts::tr(" — range"), QStringLiteral("$bn"), SeriesStyle::Band,
                         lighter(flow.colour, 50), false, {}, {}, {}};
        ChartSeries scen{flow.name + Charts::tr(" — scenario against baseline"), QStringLiteral("$bn"), SeriesStyle::Line,
                         flow.colour, false, {}, {}, {}};
        ChartSeries obs{flow.name + Charts::tr(" — observed against baseline"), QStringLiteral("$bn"), SeriesStyle::Points,
                        flow.colour.darker(140), false, {}, {}, {}};
        band.legend = flow.legend + Charts::tr(" range");
        scen.legend = flow.legend;
        obs.legend = flow.legend + Charts::tr(" observed");
        for (int k = 0; k < p.months; ++k) {
            const double x = toMs(p.first.addMonths(k));
            const auto& r = flow.rows[static_cast<size_t>(k)];
            band.points.append({x, r.lowUsdBn - r.baselineUsdBn});
            band.upper.append({x, r.highUsdBn - r.baselineUsdBn});
            scen.points.append({x, r.scenarioUsdBn - r.baselineUsdBn});
            const std::optional<double> seen = f == 1 ? othersObserved[static_cast<size_t>(k)] : r.actualUsdBn;
            if (seen)
                obs.points.append({x, *seen - r.baselineUsdBn});
        }
        if (flow.band)
            m.series.push_back(std::move(band));
        m.series.push_back(std::move(scen));
        m.series.push_back(std::move(obs));
    }
    ChartSeries band{Charts::tr("Rerouted Chinese trade (estimate) — range"), QStringLiteral("$bn"), SeriesStyle::Band,
                     lighter(palette::purple, 60), false, {}, {}, {}};
    ChartSeries rerouted{Charts::tr("Rerouted Chinese trade (estimate)"), QStringLiteral("$bn"), SeriesStyle::Dashed,
                         palette::purple, false, {}, {}, {}};
    band.legend = Charts::tr("Rerouted range");
    rerouted.legend = Charts::tr("Rerouted via others");
    for (int k = 0; k < p.months; ++k) {
        const double x = toMs(p.first.addMonths(k));
        const auto& r = d.rerouted[static_cast<size_t>(k)];
        band.points.append({x, r.lowUsdBn});
        band.upper.append({x, r.highUsdBn});
        rerouted.points.append({x, r.scenarioUsdBn});
    }
    m.series.push_back(std::move(band));
    m.series.push_back(std::move(rerouted));
    return m;
}

QString diversionSourceLine(const ScenarioDocument& doc)
{
    const auto& data = bundledDiversionData();
    const auto params = core::defaultDiversionParameters(data, doc.parameters());
    return Charts::tr("Source: China customs (GACC) exports by destination; US Census imports by partner (USITC DataWeb, "
              "%1 partners); US tariffs on the partners from their Executive Orders and Proclamations; rerouting "
              "share %2 (range %3-%4) from Iyoha et al. (HBS WP 24-072) and ADB MRIO tables; model estimates, "
              "docs/model.md.")
        .arg(data.partners.size())
        .arg(params.reroutingShare.value, 0, 'f', 3)
        .arg(params.reroutingShare.low, 0, 'f', 3)
        .arg(params.reroutingShare.high, 0, 'f', 3);
}

namespace {

// Where a time chart's data end: the legal record's last day on the tariff
// chart, else the latest observed month of its observed series.
void addDataEdge(ChartModel& m, const ScenarioDocument& doc)
{
    if (!m.timeAxis)
        return;
    if (m.id == ChartId::Tariffs) {
        const core::Date last = doc.dataset().vintage.legalRecordThrough;
        if (last > core::Date{}) {
            m.dataEdge.xMs = toMs(last);
            m.dataEdge.label = Charts::tr("legal record to %1").arg(formatDay(last));
            m.dataEdge.tooltip = Charts::tr("The dated legal acts in the data end on %1; the rates after it are the "
                                    "scenario's assumptions.").arg(formatDay(last));
        }
        return;
    }
    QStringList lines;
    for (const ChartSeries& s : m.series) {
        if (s.style != SeriesStyle::Points || s.points.isEmpty())
            continue;
        double last = s.points.front().x();
        for (const QPointF& p : s.points)
            last = std::max(last, p.x());
        const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(last), Qt::UTC).date();
        const QString month = formatMonth(core::YearMonth{day.year(), day.month()});
        lines << Charts::tr("%1: last observed %2").arg(s.name, month);
        if (last > m.dataEdge.xMs) {
            m.dataEdge.xMs = last;
            m.dataEdge.label = Charts::tr("last observed %1").arg(month);
        }
    }
    if (lines.isEmpty()) {
        // A chart computed from the trade figures (duties) ends where they end.
        std::optional<core::YearMonth> last;
        for (const char* reporter : {"GACC", "USCensus"})
            if (const auto month = doc.dataset().vintage.lastObservedMonth(reporter); month && (!last || *last < *month))
                last = month;
        if (last) {
            m.dataEdge.xMs = toMs(*last);
            m.dataEdge.label = Charts::tr("trade observed to %1").arg(formatMonth(*last));
            m.dataEdge.tooltip = Charts::tr("The trade figures this chart is computed from are observed to %1; later months "
                                    "are projections.").arg(formatMonth(*last));
        }
        return;
    }
    if (m.dataEdge.xMs > 0)
        m.dataEdge.tooltip = Charts::tr("Observed data end here; later months are projections.\n%1").arg(lines.join(QLatin1Char('\n')));
}

} // namespace

ChartModel chartModel(const ScenarioDocument& doc, ChartId id, const SectorPeriod& period)
{
    ChartModel m;
    switch (id) {
    case ChartId::Tariffs: m = tariffChart(doc); break;
    case ChartId::Volumes: m = volumeChart(doc); break;
    case ChartId::Sectors: m = sectorChart(doc, period); break;
    case ChartId::Revenue: m = revenueChart(doc); break;
    case ChartId::RareEarths: m = rareEarthChart(doc); break;
    case ChartId::Diversion: m = diversionChart(doc); break;
    }
    addDataEdge(m, doc);
    // Where the scenario rewrites history, on the charts its tariffs move.
    if (const auto from = doc.counterfactualFrom(); from && m.timeAxis && id != ChartId::RareEarths)
        m.spans.push_back({toMs(*from), toMs(doc.historyBoundary()), counterfactualSentence(doc),
                           QColor(0xCC, 0x79, 0xA7, 150), true, Charts::tr("counterfactual history")});
    toDisplayMoney(m);
    return m;
}

void toDisplayMoney(ChartSeries& series)
{
    if (!chineseInterface() || series.unit != QLatin1String("$bn"))
        return;
    const double scale = usdBnScale();
    for (auto* list : {&series.points, &series.upper})
        for (QPointF& p : *list)
            p.setY(p.y() * scale);
    series.unit = kUsdHundredMillions;
}

void toDisplayMoney(ChartModel& model)
{
    for (ChartSeries& s : model.series)
        toDisplayMoney(s);
}

Headline headline(const ScenarioDocument& doc)
{
    Headline h;
    static_cast<core::ScenarioFigures&>(h) = core::scenarioFigures(doc.projection(), doc.schedule(), doc.asOfDate());
    for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs}) {
        const auto t = doc.schedule().truceStatus(d, h.asOf);
        if (t.running && (!h.truceRunning || t.daysLeft < h.truceDaysLeft)) {
            h.truceRunning = true;
            h.truceDaysLeft = t.daysLeft;
            h.truceEnd = t.end;
            h.truceEndAssumed = t.endAssumed;
            h.trucePastRecord = t.pastRecord;
            h.truceRecordedEnd = t.recordedEnd;
            h.truceSide = d == core::Direction::UsOnChina ? Charts::tr("US") : Charts::tr("China");
        }
    }
    return h;
}

std::vector<ChartSeries> pinnedSeries(ChartId id, const PinnedOverlay& pin)
{
    std::vector<ChartSeries> out;
    const auto series = [&](const QString& what, const QString& unit, const QColor& color) -> ChartSeries& {
        ChartSeries s;
        s.name = pin.label + QStringLiteral(": ") + what;
        s.unit = unit;
        s.style = pin.style;
        s.color = color;
        out.push_back(std::move(s));
        return out.back();
    };
    if (id == ChartId::Tariffs && pin.schedule) {
        // The same step path as tariffChart, from the pinned schedule.
        const core::Date first = core::kTariffChartFirstMonth.firstDay();
        const core::Date last = core::kHorizonLastDay;
        for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs}) {
            ChartSeries& s = series(d == core::Direction::UsOnChina ? Charts::tr("US tariffs") : Charts::tr("China's tariffs"),
                                    QStringLiteral("%"), flowColor(core::flowOf(d)));
            s.points = averageSteps(*pin.schedule, d, first, last);
        }
        return out;
    }
    if (!pin.projection)
        return out;
    const core::Projection& p = *pin.projection;
    if (id == ChartId::Volumes || id == ChartId::Revenue) {
        for (auto f : {core::Flow::ChinaToUs, core::Flow::UsToChina}) {
            const QString what = id == ChartId::Volumes
                ? (f == core::Flow::ChinaToUs ? Charts::tr("China's exports to the US") : Charts::tr("US exports to China"))
                : (f == core::Flow::ChinaToUs ? Charts::tr("US duties") : Charts::tr("China's duties"));
            ChartSeries& s = series(what, QStringLiteral("$bn"), flowColor(f));
            if (id == ChartId::Volumes)
                s.legend = pin.label + QStringLiteral(": ") + flowShort(f); // the full name is for hover
            for (int k = 0; k < p.months; ++k) {
                const auto& r = p.total(f)[static_cast<size_t>(k)];
                s.points.append({toMs(p.first.addMonths(k)), id == ChartId::Volumes ? r.scenarioUsdBn : r.revenueUsdBn});
            }
        }
    } else if (id == ChartId::RareEarths) {
        ChartSeries& s = series(Charts::tr("magnet exports"), QStringLiteral("t"), palette::green);
        for (const auto& r : p.rareEarths)
            s.points.append({toMs(r.month), r.scenarioTonnes});
    }
    return out;
}

void addPinnedSeries(ChartModel& model, const std::vector<PinnedOverlay>& pins)
{
    if (!model.timeAxis)
        return;
    for (const PinnedOverlay& pin : pins)
        for (ChartSeries& s : pinnedSeries(model.id, pin)) {
            toDisplayMoney(s);
            model.series.push_back(std::move(s));
        }
}

} // namespace tariffsim::ui
