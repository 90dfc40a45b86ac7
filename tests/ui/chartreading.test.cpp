// Reading the charts in the window: legends that show each series' own line
// style and key the truce shading, never cut; months on short time axes; the
// sector chart on the months the edits move; hover readouts near a line, not
// only on it; and where the observed data end.

#include "support/testsupport.h"

#include "ui/charts/chartlegend.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartview.h"
#include "ui/comparison/comparisonpanel.h"
#include "ui/document/scenariodocument.h"
#include "ui/mainwindow.h"
#include "ui/widgets/timelinewidget.h"
#include "windowtest.h"

#include <QAbstractSeries>
#include <QChart>
#include <QComboBox>
#include <QUndoStack>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QSettings>
#include <QTest>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

// The entry with a text, or for a series' full name.
const LegendEntry* entry(const std::vector<LegendEntry>& entries, const QString& text)
{
    for (const auto& e : entries)
        if (e.text == text || e.key == text)
            return &e;
    return nullptr;
}

QAbstractSeries* chartSeries(ChartView* view, const QString& name)
{
    for (QAbstractSeries* s : view->chart()->series())
        if (s->name() == name)
            return s;
    return nullptr;
}

// Lets queued events run until `done` holds (at most a second). QTRY_VERIFY
// would not fail a Catch test: it reports to QtTest's runner.
template <typename Pred>
bool eventually(Pred done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

struct Window {
    Window()
    {
        QSettings().clear();
        window.resize(1366 - 16, 768 - 32 - 40);
        window.show();
        test::settle(window);
    }
    MainWindow window;
};

} // namespace

TEST_CASE("Each legend entry is drawn in its series' own style, and the truce shading has a key", "[ui][charts]")
{
    Window w;
    ChartLegend* volumes = w.window.chartLegend(ChartId::Volumes);
    REQUIRE(volumes);
    // Qt's own legend (a coloured square per entry) is not shown.
    CHECK_FALSE(w.window.chartView(ChartId::Volumes)->chart()->legend()->isVisible());
    const auto entries = volumes->entries();
    // Each flow of the volume chart: scenario (line), baseline (dashed line),
    // range (band) and observed months (points).
    const LegendEntry* scenario = entry(entries, QStringLiteral("China's exports to the US — scenario"));
    const LegendEntry* baseline = entry(entries, QStringLiteral("China's exports to the US — baseline"));
    const LegendEntry* observed = entry(entries, QStringLiteral("China's exports to the US — observed"));
    REQUIRE(scenario);
    REQUIRE(baseline);
    REQUIRE(observed);
    CHECK(scenario->kind == LegendEntry::Line);
    CHECK(scenario->style == SeriesStyle::Line);
    CHECK(baseline->kind == LegendEntry::Line);
    CHECK(baseline->style == SeriesStyle::Dashed);
    CHECK(observed->kind == LegendEntry::Point);
    CHECK(baseline->text == QStringLiteral("China → US baseline"));
    CHECK(volumes->accessibleDescription().contains(QStringLiteral("China → US baseline (dashed line)")));

    // The tariff chart keys its shading: both sides' truces, and the part of the
    // China-side truce the as-enacted preset assumes past the record (hatched).
    const auto tariffs = w.window.chartLegend(ChartId::Tariffs)->entries();
    const LegendEntry* us = entry(tariffs, QStringLiteral("truce: US suspension"));
    const LegendEntry* china = entry(tariffs, QStringLiteral("truce: China's suspension"));
    const LegendEntry* assumed = entry(tariffs, QStringLiteral("truce assumed past the record"));
    REQUIRE(us);
    REQUIRE(china);
    REQUIRE(assumed);
    CHECK(us->kind == LegendEntry::Swatch);
    CHECK(assumed->kind == LegendEntry::Hatch);
    // One key per kind of shading, however many truces there are.
    CHECK(std::count_if(tariffs.begin(), tariffs.end(), [](const LegendEntry& e) { return e.key.startsWith("span:"); }) == 3);

    SECTION("clicking an entry hides its series, clicking again shows it")
    {
        ChartView* view = w.window.chartView(ChartId::Volumes);
        QAbstractSeries* series = chartSeries(view, baseline->key);
        REQUIRE(series);
        CHECK(series->isVisible());
        const QRectF box = volumes->entryRect(baseline->key);
        REQUIRE_FALSE(box.isEmpty());
        QTest::mouseClick(volumes, Qt::LeftButton, {}, box.center().toPoint());
        CHECK_FALSE(series->isVisible());
        CHECK(volumes->isHidden(baseline->key));
        QTest::mouseClick(volumes, Qt::LeftButton, {}, box.center().toPoint());
        CHECK(series->isVisible());
    }
}

TEST_CASE("Legends wrap instead of cutting names, with the comparison dock open", "[ui][charts]")
{
    Window w;
    ComparisonPanel* panel = w.window.comparisonPanel();
    REQUIRE(panel->pinPreset("geneva-snapback"));
    REQUIRE(panel->pinPreset("liberation-day-peak"));
    test::settle(w.window);
    REQUIRE(panel->isVisible());
    for (ChartId id : allCharts()) {
        ChartLegend* legend = w.window.chartLegend(id);
        REQUIRE(legend);
        INFO(chartName(id).toStdString());
        for (const LegendEntry& e : legend->entries()) {
            INFO(e.text.toStdString());
            const QRectF box = legend->entryRect(e.key);
            REQUIRE_FALSE(box.isEmpty());
            // whole: the entry's sample and text lie inside the legend
            CHECK(box.right() <= legend->width() + 0.5);
            CHECK(box.bottom() <= legend->height() + 0.5);
            const QFontMetricsF fm(chartFont(8));
            CHECK(box.width() >= fm.horizontalAdvance(e.text));
        }
    }
    // The pins' entries are named in full ("Pin 1: US tariffs" is grouped under "Pin 1").
    const auto tariffs = w.window.chartLegend(ChartId::Tariffs)->entries();
    const LegendEntry* pin = entry(tariffs, QStringLiteral("Pin 1: US tariffs"));
    REQUIRE(pin);
    CHECK(pin->text == QStringLiteral("US tariffs"));
    CHECK(pin->style == SeriesStyle::Dotted);
}

TEST_CASE("Time axes name months on short ranges", "[ui][charts]")
{
    Window w;
    ChartView* tariffs = w.window.chartView(ChartId::Tariffs);
    auto* axis = qobject_cast<QDateTimeAxis*>(tariffs->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(axis);
    // The whole horizon (2024-2030) is labelled by year at 1 January ...
    CHECK(axis->format() == QStringLiteral("' '"));
    // ... two years show months.
    w.window.timeline()->setViewRange(test::day("2025-01-01"), test::day("2026-12-31"));
    test::settle(w.window);
    CHECK(axis->format() == QStringLiteral("MMM yyyy"));
}

TEST_CASE("The sector chart compares the months the edits move", "[ui][charts]")
{
    Window w;
    ScenarioDocument* doc = w.window.document();
    // The edits take effect on the day the window opened (today by default); the
    // default period runs from that month to the end of the horizon.
    const core::Date effective = doc->effectiveDate();
    const SectorPeriod period = w.window.sectorPeriod();
    CHECK(period.first == core::YearMonth::of(effective));
    CHECK(period.last == core::kHorizonLastMonth);
    // An edit from that day moves the bars of that period ...
    ChartView* sectors = w.window.chartView(ChartId::Sectors);
    const QVector<double> before = sectors->model().barValues;
    const auto moved = [&](const QVector<double>& a, const QVector<double>& b) {
        double m = 0;
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            m = std::max(m, std::abs(a[i] - b[i]));
        return m;
    };
    doc->setOverride("us_reciprocal", 60.0);
    test::settle(w.window);
    CHECK(moved(before, sectors->model().barValues) > 1.0);
    // ... where 2025, the old default, shows no change at all.
    auto* periodBox = w.window.findChild<QComboBox*>(QStringLiteral("sector-period"));
    REQUIRE(periodBox);
    periodBox->setCurrentIndex(periodBox->findText(QStringLiteral("2025")));
    test::settle(w.window);
    const QVector<double> edited2025 = sectors->model().barValues;
    doc->undoStack()->undo();
    test::settle(w.window);
    CHECK(sectors->model().categories.size() == edited2025.size());
    CHECK(moved(edited2025, sectors->model().barValues) < 1e-9);
    CHECK(periodBox->itemText(0) == QStringLiteral("From %1 (when the edits apply)")
                                        .arg(QDate(effective.year(), effective.month(), 1).toString(QStringLiteral("MMM yyyy"))));
}

TEST_CASE("Hovering near a line or over a bar reads its value", "[ui][charts]")
{
    Window w;
    ChartView* tariffs = w.window.chartView(ChartId::Tariffs);
    ScenarioDocument* doc = w.window.document();
    // The US average on 1 Jun 2025 (Geneva truce: 30 points of IEEPA duties on
    // top of the Section 301 and 232 layers), where the chart draws it.
    const core::Date day = test::day("2025-06-01");
    const double rate = doc->schedule().averageRatePct(core::Direction::UsOnChina, day);
    QAbstractSeries* us = chartSeries(tariffs, QStringLiteral("US tariffs on Chinese goods"));
    REQUIRE(us);
    const QPointF onLine = tariffs->chart()->mapToPosition(QPointF(toMs(day), rate), us);
    // three pixels above the line (China's average runs below it), where a
    // mouse pointer lands, not exactly on it
    const QPoint near = tariffs->mapFromScene(tariffs->chart()->mapToScene(onLine + QPointF(0, -3)));
    QTest::mouseMove(tariffs->viewport(), near);
    REQUIRE(eventually([&] { return !tariffs->hoverText().isEmpty(); }));
    INFO(tariffs->hoverText().toStdString());
    CHECK(tariffs->hoverText().startsWith(QStringLiteral("US tariffs on Chinese goods\n")));
    CHECK(tariffs->hoverText().contains(formatChartValue(rate, QStringLiteral("%"))));
    // (a pixel spans about 2.7 days of the seven-year axis: the readout names the
    // day under the pointer, within the Geneva truce where the rate is constant)
    CHECK(tariffs->hoverText().contains(QStringLiteral(" Jun 2025: ")));
    // Far from every line (top left corner of the plot, above the data): nothing.
    const QRectF plot = tariffs->chart()->plotArea();
    CHECK(tariffs->hoverTextAt(tariffs->mapFromScene(tariffs->chart()->mapToScene(plot.topLeft() + QPointF(2, 2)))).isEmpty());

    // The volume chart, whose first series is a band (its lower line is not
    // attached to the chart): over China's exports in Jun 2029, a reading of
    // that flow in that month.
    ChartView* volumes = w.window.chartView(ChartId::Volumes);
    const ChartSeries* scenario = nullptr;
    for (const auto& s : volumes->model().series)
        if (s.name == QStringLiteral("China's exports to the US — scenario"))
            scenario = &s;
    REQUIRE(scenario);
    const double june2029 = toMs(core::YearMonth{2029, 6});
    const auto point = std::find_if(scenario->points.begin(), scenario->points.end(),
                                    [&](const QPointF& p) { return p.x() == june2029; });
    REQUIRE(point != scenario->points.end());
    QAbstractSeries* line = chartSeries(volumes, scenario->name);
    REQUIRE(line);
    const QPointF at = volumes->chart()->mapToPosition(*point, line);
    QTest::mouseMove(volumes->viewport(), volumes->mapFromScene(volumes->chart()->mapToScene(at + QPointF(0, -2))));
    REQUIRE(eventually([&] { return !volumes->hoverText().isEmpty(); }));
    CHECK(volumes->hoverText().startsWith(QStringLiteral("China's exports to the US — ")));
    CHECK(volumes->hoverText().contains(QStringLiteral("2029: $")));

    // The sector bars: over the top bar, its sector and value.
    doc->setOverride("us_reciprocal", 60.0);
    test::settle(w.window);
    ChartView* sectors = w.window.chartView(ChartId::Sectors);
    REQUIRE_FALSE(sectors->shownCategories().isEmpty());
    const QString top = sectors->shownCategories().front();
    const qsizetype k = sectors->model().categories.indexOf(top);
    const double value = sectors->model().barValues[k];
    // horizontal bars run bottom-up: the top bar has the last index
    const int index = static_cast<int>(sectors->shownCategories().size()) - 1;
    QAbstractSeries* bars = sectors->chart()->series().front();
    const QPointF barMiddle = sectors->chart()->mapToPosition(QPointF(value / 2, index), bars);
    const QPoint over = sectors->mapFromScene(sectors->chart()->mapToScene(barMiddle));
    QTest::mouseMove(sectors->viewport(), over);
    REQUIRE(eventually([&] { return !sectors->hoverText().isEmpty(); }));
    CHECK(sectors->hoverText() == QStringLiteral("%1\n%2 against baseline").arg(top, formatChartValue(value, QStringLiteral("%"))));
}

TEST_CASE("Every time chart marks where its data end", "[ui][charts]")
{
    Window w;
    for (ChartId id : allCharts()) {
        ChartView* view = w.window.chartView(id);
        const ChartModel& m = view->model();
        INFO(chartName(id).toStdString());
        if (!m.timeAxis) {
            CHECK(m.dataEdge.xMs == 0);
            continue;
        }
        CHECK(m.dataEdge.xMs > 0);
        // the marker is drawn in the window with its label
        bool drawn = false;
        for (QGraphicsItem* item : view->scene()->items())
            if (item->data(0).toString() == QStringLiteral("data-edge-label") && item->isVisible()) {
                drawn = true;
                CHECK(static_cast<QGraphicsSimpleTextItem*>(item)->text() == m.dataEdge.label);
            }
        CHECK(drawn);
    }
    // The tariff chart ends with the legal record, the volume chart with the
    // last month China customs reported (the dataset's vintage).
    CHECK(w.window.chartView(ChartId::Tariffs)->model().dataEdge.label == QStringLiteral("legal record to 9 Nov 2026"));
    CHECK(w.window.chartView(ChartId::Tariffs)->model().dataEdge.xMs == toMs(test::day("2026-11-09")));
    CHECK(w.window.chartView(ChartId::Volumes)->model().dataEdge.label == QStringLiteral("last observed Dec 2025"));
}
