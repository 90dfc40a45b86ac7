#include "comparison.h"

#include "ui/document/appdata.h"
#include "ui/document/language.h"
#include "ui/document/money.h"

#include "core/projection.h"
#include "core/schedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

namespace tariffsim::ui {

namespace {

struct Comparison {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::Comparison)
};

const QString kNone = QStringLiteral("—");

QString number(double v, int decimals) { return QString::number(v, 'f', decimals); }

QString signedNumber(double v, int decimals)
{
    const QString text = QString::number(v, 'f', decimals);
    // "-0.0" and "0.0" both read as no difference.
    if (text.toDouble() == 0.0)
        return QString::number(0.0, 'f', decimals);
    return v > 0 ? QStringLiteral("+") + text : text;
}

QString date(core::Date d) { return QString::fromStdString(d.toString()); }

QString truceText(const core::Truce& t)
{
    return Comparison::tr("%1, %2 days, ends %3").arg(date(t.start)).arg(t.days).arg(date(t.end()));
}

} // namespace

SeriesStyle pinStyle(int index)
{
    static const SeriesStyle styles[] = {SeriesStyle::Dotted, SeriesStyle::DashDot, SeriesStyle::DashDotDot,
                                         SeriesStyle::LongDash};
    return styles[std::clamp(index, 0, 3)];
}

ComparedScenario pinScenario(int index, const QString& title, const ScenarioState& state, const AppData& data)
{
    const core::Dataset& ds = data.dataset;
    ComparedScenario c;
    c.title = title;
    c.state = state;
    auto schedule = std::make_shared<core::TariffSchedule>(ds, state.scenario, 0, data.coverage);
    core::ProjectionOptions options;
    options.bands = false; // pins draw the scenario line only
    c.projection = std::make_shared<core::Projection>(core::project(
        ds, *schedule, state.parameters, ScenarioDocument::kFirstMonth, ScenarioDocument::kLastMonth, options));
    c.schedule = std::move(schedule);
    setPinIndex(c, index);
    return c;
}

void setPinIndex(ComparedScenario& c, int index)
{
    c.shortLabel = Comparison::tr("Pin %1").arg(index + 1);
    c.label = Comparison::tr("%1: %2").arg(c.shortLabel, dataText(c.title));
    const PinnedOverlay overlay{c.shortLabel, pinStyle(index), c.schedule.get(), c.projection.get()};
    c.series.clear();
    for (ChartId id : allCharts())
        c.series[id] = pinnedSeries(id, overlay);
}

std::vector<ComparisonRow> comparisonRows(const std::vector<const ScenarioState*>& states,
                                          const std::vector<ComparisonFigures>& figures, const core::Dataset& ds)
{
    std::vector<ComparisonRow> rows;
    const auto input = [&](const QString& label, const std::function<QString(const ScenarioState&)>& value) {
        ComparisonRow row;
        row.label = label;
        for (const ScenarioState* s : states)
            row.values << value(*s);
        if (row.values.size() > 1 && row.values.count(row.values.first()) != row.values.size())
            rows.push_back(std::move(row));
    };

    input(Comparison::tr("Base preset"), [](const ScenarioState& s) {
        return s.scenario.basePreset.empty() ? kNone : QString::fromStdString(s.scenario.basePreset);
    });
    input(Comparison::tr("Changes take effect on"), [](const ScenarioState& s) {
        return s.scenario.overrides.empty() ? kNone : date(s.effectiveDate);
    });
    // Every measure with a user's rate in any column, in dataset order.
    for (const core::Measure& m : ds.measures) {
        input(Comparison::tr("%1 (rate set)").arg(dataText(m.name)), [&m](const ScenarioState& s) {
            QStringList parts;
            for (const auto& o : s.scenario.overrides)
                if (o.measureId == m.id)
                    parts << Comparison::tr("%1% from %2").arg(o.ratePct).arg(date(o.from));
            return parts.isEmpty() ? kNone : parts.join(QStringLiteral("; "));
        });
    }
    std::vector<std::string> truceIds;
    for (const ScenarioState* s : states)
        for (const core::Truce& t : s->scenario.effectiveTruces(ds))
            if (std::find(truceIds.begin(), truceIds.end(), t.id) == truceIds.end())
                truceIds.push_back(t.id);
    for (const std::string& id : truceIds) {
        QString name = QString::fromStdString(id);
        for (const ScenarioState* s : states)
            for (const core::Truce& t : s->scenario.effectiveTruces(ds))
                if (t.id == id)
                    name = dataText(t.name);
        input(name, [&ds, &id](const ScenarioState& s) {
            for (const core::Truce& t : s.scenario.effectiveTruces(ds))
                if (t.id == id)
                    return truceText(t);
            return kNone;
        });
    }
    input(Comparison::tr("Recorded steps left out"), [](const ScenarioState& s) {
        QStringList ids;
        for (const auto& id : s.scenario.dropSteps)
            ids << QString::fromStdString(id);
        ids.sort();
        return ids.isEmpty() ? kNone : ids.join(QStringLiteral(", "));
    });
    input(Comparison::tr("Rates frozen after"), [](const ScenarioState& s) {
        return s.scenario.freezeAfter ? date(*s.scenario.freezeAfter) : kNone;
    });
    using P = core::ModelParameters;
    const std::pair<QString, std::function<double(const P&)>> parameters[] = {
        {Comparison::tr("Elasticity, China → US"), [](const P& p) { return p.flow(core::Flow::ChinaToUs).elasticity.value; }},
        {Comparison::tr("Adjustment speed, China → US"), [](const P& p) { return p.flow(core::Flow::ChinaToUs).adjustmentSpeed.value; }},
        {Comparison::tr("Elasticity, US → China"), [](const P& p) { return p.flow(core::Flow::UsToChina).elasticity.value; }},
        {Comparison::tr("Adjustment speed, US → China"), [](const P& p) { return p.flow(core::Flow::UsToChina).adjustmentSpeed.value; }},
        {Comparison::tr("Pass-through"), [](const P& p) { return p.passThrough.value; }},
        {Comparison::tr("Front-loading share"), [](const P& p) { return p.frontLoadingShare.value; }},
        {Comparison::tr("Front-loading months"), [](const P& p) { return double(p.frontLoadingMonths); }},
        {Comparison::tr("Trend growth a year"), [](const P& p) { return p.trendGrowthPerYear; }},
        {Comparison::tr("Rare-earth licence approval"), [](const P& p) { return p.rareEarthApproval.value; }},
    };
    for (const auto& [label, value] : parameters)
        input(label, [&value](const ScenarioState& s) { return QString::number(value(s.parameters), 'g', 6); });
    input(Comparison::tr("Reference date"), [](const ScenarioState& s) { return date(s.parameters.referenceDate); });

    // Money in the interface's unit: USD bn to one decimal, or 亿美元 (ten to the
    // billion) to none (money.h).
    const std::pair<double, int> money{usdBnScale(), usdBnPlaces(1)};
    const std::pair<double, int> percent{1.0, 1};
    using F = ComparisonFigures;
    const QString usd = chineseInterface() ? usdBnUnit() : QStringLiteral("$bn");
    const std::tuple<QString, std::function<double(const F&)>, std::pair<double, int>> headline[] = {
        {Comparison::tr("China → US trade vs baseline, 2025–2030 (%1)").arg(usd), [](const F& f) { return f.changeChinaToUsUsdBn; }, money},
        {Comparison::tr("China → US trade vs baseline (%)"), [](const F& f) { return f.changeChinaToUsPct; }, percent},
        {Comparison::tr("US → China trade vs baseline, 2025–2030 (%1)").arg(usd), [](const F& f) { return f.changeUsToChinaUsdBn; }, money},
        {Comparison::tr("US → China trade vs baseline (%)"), [](const F& f) { return f.changeUsToChinaPct; }, percent},
        {Comparison::tr("US duties collected, 2025–2030 (%1)").arg(usd), [](const F& f) { return f.dutiesUsUsdBn; }, money},
        {Comparison::tr("China's duties collected, 2025–2030 (%1)").arg(usd), [](const F& f) { return f.dutiesChinaUsdBn; }, money},
        {Comparison::tr("US average tariff on the as-of date (%)"), [](const F& f) { return f.usRatePct; }, percent},
        {Comparison::tr("China's average tariff on the as-of date (%)"), [](const F& f) { return f.chinaRatePct; }, percent},
    };
    for (const auto& [label, value, unit] : headline) {
        const auto [scale, decimals] = unit;
        ComparisonRow row;
        row.kind = ComparisonRow::Kind::Figure;
        row.label = label;
        const double current = figures.empty() ? 0.0 : value(figures[0]) * scale;
        for (size_t i = 0; i < figures.size(); ++i) {
            const double v = value(figures[i]) * scale;
            row.values << number(v, decimals);
            row.differences << (i == 0 ? QString() : signedNumber(v - current, decimals));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace tariffsim::ui
