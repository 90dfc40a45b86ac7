// The document library: typed change events, undo steps, and the schedules and
// projection computed off the window's thread with stale results dropped.
#include "qtprinters.h"
#include "support/testsupport.h"

#include "ui/document/appdata.h"
#include "ui/document/scenariodocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUndoStack>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

void waitForResults(ScenarioDocument& doc)
{
    QElapsedTimer guard;
    guard.start();
    while (doc.isComputing() && guard.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE_FALSE(doc.isComputing());
}

} // namespace

TEST_CASE("changesBetween names what differs between two states", "[ui][document]")
{
    ScenarioDocument doc(bundledData());
    const ScenarioState a = doc.state();
    ScenarioState b = a;
    CHECK(changesBetween(a, b) == Changes());
    b.scenario.overrides.push_back({"us_reciprocal", a.effectiveDate, 50});
    CHECK(changesBetween(a, b) == Changes(Change::Rates));
    b = a;
    b.effectiveDate = a.effectiveDate.addDays(1);
    CHECK(changesBetween(a, b) == Changes(Change::Rates));
    b = a;
    b.parameters.passThrough.value = 0.5;
    CHECK(changesBetween(a, b) == Changes(Change::Parameters));
    b = a;
    b.scenario.title = "Mine";
    CHECK(changesBetween(a, b) == Changes(Change::Description));
    b = a;
    b.scenario.assumptions.push_back("A new assumption");
    CHECK(changesBetween(a, b) == Changes(Change::Scenario));
    b = a;
    std::vector<core::Truce> truces = a.scenario.effectiveTruces(doc.dataset());
    truces.front().days += 10;
    b.scenario.truces = truces;
    CHECK(changesBetween(a, b) == Changes(Change::Truces));
    // fields the old hand-written comparison skipped now count
    b = a;
    b.parameters.rareEarthPreControlTonnes.value += 1;
    CHECK(changesBetween(a, b) == Changes(Change::Parameters));
    b = a;
    truces = a.scenario.effectiveTruces(doc.dataset());
    truces.front().name = "Renamed";
    b.scenario.truces = truces;
    CHECK(changesBetween(a, b) == Changes(Change::Truces));
}

TEST_CASE("A drag is one undo step named after where it ended, and none when it ends where it began",
          "[ui][document]")
{
    ScenarioDocument doc(bundledData());
    QUndoStack* undo = doc.undoStack();
    doc.setOverride("us_reciprocal", 30.0);
    REQUIRE(undo->count() == 1);
    undo->setClean();
    const int drag = ScenarioDocument::newMergeId();
    for (double v : {40.0, 55.0, 125.0})
        doc.setOverride("us_reciprocal", v, drag);
    REQUIRE(undo->count() == 2);
    CHECK(undo->text(1) == QStringLiteral("Set IEEPA 'reciprocal' duty to 125%"));
    // a second drag that comes back to 125: no step, and the document stays as saved
    undo->setClean();
    const int back = ScenarioDocument::newMergeId();
    for (double v : {90.0, 60.0, 125.0})
        doc.setOverride("us_reciprocal", v, back);
    CHECK(undo->count() == 2);
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("Computed in the background: changed() follows the results, stale ones are dropped", "[ui][document]")
{
    ScenarioDocument doc(bundledData(), nullptr, ScenarioDocument::Computation::Background);
    ScenarioDocument reference(bundledData()); // computed at once, for the expected numbers
    QSignalSpy spy(&doc, &ScenarioDocument::changed);
    // the signals that carry model changes (the undo stack's Modified comes at once)
    const auto modelSignals = [&spy] {
        std::vector<Changes> out;
        for (const auto& args : spy)
            if (args.front().value<Changes>() & kModelChanges)
                out.push_back(args.front().value<Changes>());
        return out;
    };
    const core::Projection* before = &doc.projection();
    const int drag = ScenarioDocument::newMergeId();
    for (double v : {40.0, 80.0, 120.0, 60.0})
        doc.setOverride("us_reciprocal", v, drag);
    // the state is the user's at once; the results follow
    CHECK(doc.overrideRatePct("us_reciprocal") == 60.0);
    CHECK(doc.isComputing());
    CHECK(modelSignals().empty());
    CHECK(&doc.projection() == before);
    waitForResults(doc);
    // one changed() for the four edits, saying the rates changed, with the results of the last
    REQUIRE(modelSignals().size() == 1);
    CHECK(modelSignals().front() & Change::Rates);
    reference.setOverride("us_reciprocal", 60.0);
    CHECK(doc.projection() == reference.projection());
    CHECK(doc.schedule().averageRatePct(core::Direction::UsOnChina, test::day("2030-06-01"))
          == reference.schedule().averageRatePct(core::Direction::UsOnChina, test::day("2030-06-01")));
    // a title edit computes nothing and is signalled at once
    spy.clear();
    doc.setDescription(QStringLiteral("Mine"), {});
    CHECK_FALSE(doc.isComputing());
    REQUIRE(spy.count() == 1);
    CHECK(spy.front().front().value<Changes>() == Changes(Change::Description));
}
