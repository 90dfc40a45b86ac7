#include "support/testsupport.h"

#include "cli/cli.h"
#include "core/scenario.h"
#include "ui/document/appdata.h"
#include "ui/mainwindow.h"
#include "windowtest.h"
#include "ui/document/scenariodocument.h"
#include "ui/charts/chartmodels.h"
#include "ui/charts/chartview.h"
#include "ui/widgets/timelinewidget.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <fstream>
#include <sstream>

using namespace tariffsim;
using namespace tariffsim::ui;
using Catch::Matchers::WithinAbs;
using test::day;

namespace {

// A timeline 1300 px wide with 100 px margins showing 2025: 1100 px for 365 days.
struct Fixture {
    explicit Fixture(const char* preset)
        : doc(bundledData())
        , timeline(&doc)
    {
        doc.loadPreset(preset);
        timeline.resize(1300, 200);
        timeline.setPlotMargins(100, 100);
        timeline.setViewRange(day("2025-01-01"), day("2025-12-31"));
        timeline.show();
    }
    const core::Truce& truce(int i) const { return doc.scenario().effectiveTruces(doc.dataset())[static_cast<size_t>(i)]; }
    QPoint pointAt(core::Date d, int index) const
    {
        const QRectF band = timeline.truceRect(index);
        return QPoint(static_cast<int>(std::lround(timeline.xOf(d))), static_cast<int>(band.center().y()));
    }
    void drag(QPoint from, QPoint to)
    {
        QTest::mousePress(&timeline, Qt::LeftButton, {}, from);
        // a few intermediate moves, as a hand would make
        for (int k = 1; k <= 4; ++k)
            QTest::mouseMove(&timeline, from + (to - from) * k / 4);
        QTest::mouseRelease(&timeline, Qt::LeftButton, {}, to);
    }
    ScenarioDocument doc;
    TimelineWidget timeline;
};

std::string runRates(const std::vector<std::string>& args)
{
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    REQUIRE(code == 0);
    return out.str();
}

// The US average from a one-day `rates` CSV.
double usAverage(const std::string& csv)
{
    const auto pos = csv.find(",us_on_china,");
    REQUIRE(pos != std::string::npos);
    return std::stod(csv.substr(pos + 13));
}

} // namespace

TEST_CASE("Dragging a truce band moves its start by whole days", "[ui][timeline]")
{
    Fixture f("geneva-snapback");
    REQUIRE(f.truce(0).start == day("2025-05-14"));
    // grab the band in its middle (late June) and drag 30 days to the right
    const core::Date grab = day("2025-06-28");
    f.drag(f.pointAt(grab, 0), f.pointAt(grab.addDays(30), 0));
    CHECK(f.truce(0).start == day("2025-06-13"));
    CHECK(f.truce(0).days == 90);
    // the schedule follows: the points are suspended from the new start only
    CHECK_THAT(f.doc.schedule().measureRatePct("us_reciprocal", day("2025-06-01")), WithinAbs(34.0, 1e-9));
    CHECK_THAT(f.doc.schedule().measureRatePct("us_reciprocal", day("2025-06-13")), WithinAbs(10.0, 1e-9));
    // one drag, one undo step; undo restores the original
    CHECK(f.doc.undoStack()->count() == 1);
    f.doc.undoStack()->undo();
    CHECK(f.truce(0).start == day("2025-05-14"));
}

TEST_CASE("Lengthening a truce delays the snap-back in the schedule and in tariffsim-cli rates", "[ui][timeline][cli]")
{
    Fixture f("geneva-snapback");
    const QRectF band = f.timeline.truceRect(0);
    // the end edge sits at the start of 2025-08-12 (snap-back day); drag it 30 days later
    const QPoint edge(static_cast<int>(std::lround(band.right())), static_cast<int>(band.center().y()));
    f.drag(edge, f.pointAt(day("2025-09-11"), 0));
    REQUIRE(f.truce(0).end() == day("2025-09-11"));
    CHECK(f.truce(0).days == 120);
    // 2025-08-20: still suspended (10%) instead of snapped back (34%)
    CHECK_THAT(f.doc.schedule().measureRatePct("us_reciprocal", day("2025-08-20")), WithinAbs(10.0, 1e-9));
    CHECK_THAT(f.doc.schedule().measureRatePct("us_reciprocal", day("2025-09-11")), WithinAbs(34.0, 1e-9));

    QTemporaryDir dir;
    const std::string path = (dir.path() + QStringLiteral("/longer.tariffsim.json")).toStdString();
    std::ofstream(path) << core::serializeScenario(f.doc.scenario());
    const double edited = usAverage(runRates({"rates", "--date", "2025-08-20", "--scenario", path}));
    const double lapsed = usAverage(runRates({"rates", "--date", "2025-08-20", "--preset", "geneva-snapback"}));
    // 24 points on the share of trade the reciprocal duty covers (about two thirds)
    CHECK(lapsed - edited > 10.0);
    CHECK(lapsed - edited < 24.0);
    CHECK_THAT(usAverage(runRates({"rates", "--date", "2025-09-11", "--scenario", path})), WithinAbs(
        usAverage(runRates({"rates", "--date", "2025-09-11", "--preset", "geneva-snapback"})), 0.005));
}

TEST_CASE("Bad truce edits are refused with a message", "[ui][timeline]")
{
    Fixture f("geneva-snapback");
    QSignalSpy refused(&f.timeline, &TimelineWidget::editRefused);
    const QRectF band = f.timeline.truceRect(0);
    const QPoint edge(static_cast<int>(std::lround(band.right())), static_cast<int>(band.center().y()));
    // drag the end edge to before the start
    QTest::mousePress(&f.timeline, Qt::LeftButton, {}, edge);
    QTest::mouseMove(&f.timeline, f.pointAt(day("2025-04-01"), 0));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton, {}, f.pointAt(day("2025-04-01"), 0));
    REQUIRE(refused.count() >= 1);
    CHECK(refused.first().first().toString().contains(QStringLiteral("cannot end before it starts")));
    CHECK(f.truce(0).end() == day("2025-08-12"));
    CHECK(f.doc.undoStack()->count() == 0);
    // Delete with no extension to remove
    f.timeline.setFocus();
    f.timeline.selectTruce(0);
    QTest::keyClick(&f.timeline, Qt::Key_Delete);
    CHECK(refused.last().first().toString().contains(QStringLiteral("no extension")));
}

TEST_CASE("Keyboard edits of the selected truce", "[ui][timeline]")
{
    Fixture f("as-enacted");
    f.timeline.setFocus();
    f.timeline.selectTruce(0);
    const core::Date start = f.truce(0).start;
    const core::Date end = f.truce(0).end();
    QTest::keyClick(&f.timeline, Qt::Key_Right);
    CHECK(f.truce(0).start == start.addDays(1));
    QTest::keyClick(&f.timeline, Qt::Key_Right, Qt::ShiftModifier);
    CHECK(f.truce(0).start == start.addDays(8));
    CHECK(f.truce(0).end() == end.addDays(8));
    // Delete removes the last extension (the Nov 2025 one-year extension)
    QTest::keyClick(&f.timeline, Qt::Key_Delete);
    CHECK(f.truce(0).end() == day("2025-11-10").addDays(8));
    CHECK(f.doc.undoStack()->count() == 3);
    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    CHECK(f.truce(0).start == start);
    CHECK(f.truce(0).end() == end);
}

TEST_CASE("The snap-back description names the rates that return", "[ui][timeline]")
{
    Fixture f("geneva-snapback");
    const QString text = f.timeline.truceDescription(0);
    CHECK(text.contains(QStringLiteral("90 days")));
    CHECK(text.contains(QStringLiteral("Snap-back on 12 Aug 2025")));
    CHECK(text.contains(QStringLiteral("10.0% → 34.0%")));
}

TEST_CASE("The main window's timeline shares the time charts' date range", "[ui][timeline]")
{
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    w.timeline()->setViewRange(day("2025-01-01"), day("2026-12-31"));
    test::settle(w);
    const auto* tariffs = w.chartView(ChartId::Tariffs);
    CHECK_THAT(tariffs->model().xMinMs, WithinAbs(toMs(day("2025-01-01")), 1));
    CHECK_THAT(tariffs->model().xMaxMs, WithinAbs(toMs(day("2026-12-31")), 1));
}

TEST_CASE("Extending a truce moves the countdown on the as-of day", "[ui][timeline][headline]")
{
    // geneva-snapback: both Geneva truces run 90 days from 14 May 2025, so they end
    // (snap back) on 12 Aug 2025. On 1 Jun 2025: 29 days of June left + 31 (July)
    // + 12 (1-12 Aug) = 72 days left.
    Fixture f("geneva-snapback");
    f.doc.setAsOfDate(day("2025-06-01"));
    REQUIRE(headline(f.doc).truceDaysLeft == 72);
    // Extend both by 90 days from the right-click menu's action (key E): new end
    // 12 Aug + 90 = 10 Nov 2025, 72 + 90 = 162 days left, an assumed end.
    f.timeline.setFocus();
    for (int i : {0, 1}) {
        f.timeline.selectTruce(i);
        QTest::keyClick(&f.timeline, Qt::Key_E);
        CHECK(f.truce(i).end() == day("2025-11-10"));
    }
    const Headline h = headline(f.doc);
    CHECK(h.truceDaysLeft == 162);
    CHECK(h.truceEnd == day("2025-11-10"));
    CHECK(h.truceEndAssumed);
    // the extension is the scenario's own assumption, decided on the as-of day
    REQUIRE(f.truce(0).extensions.size() == 1);
    CHECK(f.truce(0).extensions[0].assumption);
    CHECK(f.truce(0).extensions[0].decided == day("2025-06-01"));
}
