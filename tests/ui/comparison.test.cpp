// Side-by-side comparison: pinned scenarios on the time charts in
// their own line styles, and the table of differing inputs and headline figures.
#include "support/testsupport.h"

#include "qtprinters.h"

#include "ui/charts/chartview.h"
#include "ui/comparison/comparisonpanel.h"
#include "ui/mainwindow.h"
#include "windowtest.h"
#include "ui/document/scenariodocument.h"
#include "ui/document/scenariofile.h"

#include <algorithm>
#include <QChart>
#include <QDir>
#include <QLineSeries>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <fstream>

using namespace tariffsim;
using namespace tariffsim::ui;
using Catch::Matchers::WithinAbs;


namespace {

const ComparisonRow* findRow(const std::vector<ComparisonRow>& rows, const QString& label)
{
    for (const auto& r : rows)
        if (r.label == label)
            return &r;
    return nullptr;
}

const ChartSeries* findSeries(const ChartModel& m, const QString& name)
{
    for (const auto& s : m.series)
        if (s.name == name)
            return &s;
    return nullptr;
}

// y of a step series on a day (the last point at or before it).
double valueOn(const ChartSeries& s, core::Date day)
{
    double y = 0;
    for (const QPointF& p : s.points)
        if (p.x() <= toMs(day))
            y = p.y();
    return y;
}

ScenarioState presetState(const ScenarioDocument& doc, const std::string& id)
{
    ScenarioState s;
    s.scenario = test::preset(id);
    s.scenario.basePreset = id;
    s.parameters = doc.parameters();
    s.effectiveDate = doc.effectiveDate();
    return s;
}

} // namespace

TEST_CASE("Comparison rows: the inputs that differ, the figures with differences", "[ui][comparison]")
{
    QSettings().clear();
    MainWindow window;
    ScenarioDocument* doc = window.document();
    doc->setEffectiveDate(test::day("2025-06-01"));
    doc->setOverride("us_reciprocal", 50.0);
    const ScenarioState current = doc->state();
    const ScenarioState geneva = presetState(*doc, "geneva-snapback");

    // Figures chosen by hand: the pin loses 20.04 less (shown to one decimal), collects 5.54 more.
    ComparisonFigures a, b;
    a.changeChinaToUsUsdBn = -100.04;
    b.changeChinaToUsUsdBn = -80.0;
    a.dutiesUsUsdBn = 300.0;
    b.dutiesUsUsdBn = 305.54;
    a.usRatePct = b.usRatePct = 40.0;
    const auto rows = comparisonRows({&current, &geneva}, {a, b}, doc->dataset());

    SECTION("inputs: only what differs")
    {
        const ComparisonRow* base = findRow(rows, QStringLiteral("Base preset"));
        REQUIRE(base);
        CHECK(base->values == QStringList{QStringLiteral("as-enacted"), QStringLiteral("geneva-snapback")});
        const ComparisonRow* rate = findRow(rows, QStringLiteral("IEEPA 'reciprocal' duty (rate set)"));
        REQUIRE(rate);
        CHECK(rate->values == QStringList{QStringLiteral("50% from 2025-06-01"), QStringLiteral("—")});
        const ComparisonRow* effective = findRow(rows, QStringLiteral("Changes take effect on"));
        REQUIRE(effective);
        CHECK(effective->values == QStringList{QStringLiteral("2025-06-01"), QStringLiteral("—")});
        // 2025-05-14 + 90 days = 2025-08-12 without the extensions; as enacted the
        // last extension ends it on 2026-11-10.
        const ComparisonRow* truce = findRow(rows, QStringLiteral("Geneva truce (US side)"));
        REQUIRE(truce);
        CHECK(truce->values
              == QStringList{QStringLiteral("2025-05-14, 90 days, ends 2026-11-10"),
                             QStringLiteral("2025-05-14, 90 days, ends 2025-08-12")});
        const ComparisonRow* dropped = findRow(rows, QStringLiteral("Recorded steps left out"));
        REQUIRE(dropped);
        CHECK(dropped->values[1] == QStringLiteral("busan_farm_10_lifted, busan_farm_15_lifted, busan_fentanyl_cut"));
        // Same parameters, same measures untouched: no rows for them.
        CHECK_FALSE(findRow(rows, QStringLiteral("Pass-through")));
        CHECK_FALSE(findRow(rows, QStringLiteral("IEEPA 'fentanyl' duty (rate set)")));
        for (const auto& r : rows)
            if (r.kind == ComparisonRow::Kind::Input)
                CHECK(r.values.size() == 2);
    }
    SECTION("figures: every headline figure, the difference signed against the current scenario")
    {
        const ComparisonRow* lost = findRow(rows, QStringLiteral("China → US trade vs baseline, 2025–2030 ($bn)"));
        REQUIRE(lost);
        CHECK(lost->values == QStringList{QStringLiteral("-100.0"), QStringLiteral("-80.0")});
        CHECK(lost->differences == QStringList{QString(), QStringLiteral("+20.0")});
        const ComparisonRow* duties = findRow(rows, QStringLiteral("US duties collected, 2025–2030 ($bn)"));
        REQUIRE(duties);
        CHECK(duties->differences[1] == QStringLiteral("+5.5")); // 305.54 - 300 = 5.54, one decimal
        const ComparisonRow* rate = findRow(rows, QStringLiteral("US average tariff on the as-of date (%)"));
        REQUIRE(rate);
        CHECK(rate->differences[1] == QStringLiteral("0.0"));
        int figures = 0;
        for (const auto& r : rows)
            figures += r.kind == ComparisonRow::Kind::Figure;
        CHECK(figures == 8);
    }
}

TEST_CASE("Pinned scenarios in the window", "[ui][comparison]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    ScenarioDocument* doc = window.document();
    ComparisonPanel* panel = window.comparisonPanel();
    REQUIRE(panel);
    QStringList errors;
    panel->showError = [&errors](const QString&, const QString& message) { errors << message; };
    CHECK_FALSE(panel->isVisible()); // until something is pinned

    SECTION("a pinned preset is overlaid on the time charts in its own line style, with a legend entry")
    {
        REQUIRE(panel->pinPreset("geneva-snapback"));
        test::settle(window);
        CHECK(panel->isVisible());
        const ChartModel& tariffs = window.chartView(ChartId::Tariffs)->model();
        const ChartSeries* pinned = findSeries(tariffs, QStringLiteral("Pin 1: US tariffs"));
        REQUIRE(pinned);
        CHECK(pinned->style == SeriesStyle::Dotted);
        const ChartSeries* current = findSeries(tariffs, QStringLiteral("US tariffs on Chinese goods"));
        REQUIRE(current);
        // Before Geneva the two agree; once the truce lapses (12 Aug 2025) the pin
        // charges the 24 suspended points again, the enacted path does not.
        CHECK_THAT(valueOn(*pinned, test::day("2025-05-01")), WithinAbs(valueOn(*current, test::day("2025-05-01")), 1e-9));
        CHECK(valueOn(*pinned, test::day("2025-09-01")) > valueOn(*current, test::day("2025-09-01")) + 5);
        // Two flows on the volume and revenue charts, one line on rare earths, none on the bars.
        int volumes = 0;
        for (const auto& s : window.chartView(ChartId::Volumes)->model().series)
            volumes += s.name.startsWith(QStringLiteral("Pin 1: "));
        CHECK(volumes == 2);
        CHECK(findSeries(window.chartView(ChartId::RareEarths)->model(), QStringLiteral("Pin 1: magnet exports")));
        CHECK(window.chartView(ChartId::Sectors)->model().series.empty());
        // The chart draws it dotted and names it in the legend.
        bool drawn = false;
        for (QAbstractSeries* s : window.chartView(ChartId::Tariffs)->chart()->series())
            if (s->name() == pinned->name) {
                drawn = true;
                CHECK(static_cast<QLineSeries*>(s)->pen().style() == Qt::DotLine);
            }
        CHECK(drawn);
    }
    SECTION("up to four pins, each in its own style; unpinning renumbers")
    {
        REQUIRE(panel->pinCurrent());
        REQUIRE(panel->pinPreset("pre-2025"));
        REQUIRE(panel->pinPreset("liberation-day-peak"));
        REQUIRE(panel->pinPreset("geneva-snapback"));
        CHECK_FALSE(panel->pinPreset("as-enacted")); // a fifth is refused
        REQUIRE(panel->pins().size() == 4);
        CHECK(panel->pins()[3].series.at(ChartId::Tariffs).front().style == SeriesStyle::LongDash);
        test::settle(window);
        // A snapshot of the current scenario draws the same path as the current one.
        const ChartSeries* snap = &panel->pins()[0].series.at(ChartId::Tariffs).front();
        const ChartSeries* current = findSeries(window.chartView(ChartId::Tariffs)->model(), QStringLiteral("US tariffs on Chinese goods"));
        REQUIRE(current);
        // (the window draws the path in two parts, solid to the legal record's
        // last day and dashed after it: the first part is the pin's up to its
        // closing point)
        REQUIRE(current->points.size() >= 2);
        REQUIRE(snap->points.size() >= current->points.size() - 1);
        CHECK(std::equal(current->points.begin(), current->points.end() - 1, snap->points.begin()));
        // Edits after pinning do not move the pin.
        doc->setOverride("us_reciprocal", 200.0);
        CHECK(panel->pins()[0].series.at(ChartId::Tariffs).front().points == snap->points);

        panel->unpin(0);
        test::settle(window);
        REQUIRE(panel->pins().size() == 3);
        CHECK(panel->pins()[0].label == QStringLiteral("Pin 1: Pre-2025 rates held"));
        CHECK(panel->pins()[0].series.at(ChartId::Tariffs).front().style == SeriesStyle::Dotted);
        CHECK(findSeries(window.chartView(ChartId::Tariffs)->model(), QStringLiteral("Pin 3: US tariffs")));
        CHECK_FALSE(findSeries(window.chartView(ChartId::Tariffs)->model(), QStringLiteral("Pin 4: US tariffs")));
        panel->clearPins();
        test::settle(window);
        CHECK(panel->pins().empty());
        for (const auto& s : window.chartView(ChartId::Tariffs)->model().series)
            CHECK_FALSE(s.style == SeriesStyle::Dotted);
    }
    SECTION("the table lists the differing inputs and the figures side by side")
    {
        doc->setOverride("us_reciprocal", 80.0);
        test::settle(window);
        REQUIRE(panel->pinPreset("as-enacted"));
        QTableWidget* table = panel->table();
        CHECK(table->columnCount() == 4); // what, current, the pin, its difference
        CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("Pin 1: As enacted"));
        CHECK(table->rowCount() == static_cast<int>(panel->rows().size()));
        const ComparisonRow* rate = findRow(panel->rows(), QStringLiteral("IEEPA 'reciprocal' duty (rate set)"));
        REQUIRE(rate);
        CHECK(rate->values[1] == QStringLiteral("—"));
        // An 80% reciprocal duty cuts China's exports to the US below the enacted
        // path: the pin (as enacted) loses less, so its difference is positive.
        const ComparisonRow* trade = findRow(panel->rows(), QStringLiteral("China → US trade vs baseline, 2025–2030 ($bn)"));
        REQUIRE(trade);
        CHECK(trade->differences[1].startsWith(QLatin1Char('+')));
        // The table follows the current scenario.
        doc->undoStack()->undo();
        test::settle(window);
        CHECK_FALSE(findRow(panel->rows(), QStringLiteral("IEEPA 'reciprocal' duty (rate set)")));
    }
    SECTION("a saved file can be pinned; an invalid one is reported and not pinned")
    {
        QTemporaryDir dir;
        doc->setOverride("us_fentanyl", 0.0);
        doc->setDescription(QStringLiteral("No fentanyl duty"), {});
        const QString file = QDir(dir.path()).filePath(QStringLiteral("nf.tariffsim.json"));
        REQUIRE(writeScenarioFile(file, doc->toScenario()).isEmpty());
        REQUIRE(panel->pinFile(file));
        CHECK(panel->pins()[0].label == QStringLiteral("Pin 1: No fentanyl duty"));
        const QString bad = QDir(dir.path()).filePath(QStringLiteral("bad.tariffsim.json"));
        std::ofstream(bad.toStdString()) << "{\"format\": \"tariffsim-scenario\", \"version\": 2, \"title\": 3}";
        CHECK_FALSE(panel->pinFile(bad));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].contains(QStringLiteral("title: expected a string")));
        CHECK(panel->pins().size() == 1);
    }
}
