// Edits that rewrite history are marked as counterfactuals, in the timeline, the
// charts, the status bar and the export captions; a truce whose suspension the
// scenario has made pointless says so.

#include "support/testsupport.h"

#include "core/truceedit.h"
#include "ui/charts/chartlegend.h"
#include "ui/charts/chartview.h"
#include "ui/document/scenariodocument.h"
#include "ui/export/briefinglayout.h"
#include "ui/mainwindow.h"
#include "ui/widgets/timelinewidget.h"
#include "windowtest.h"

#include <QLabel>
#include <QSettings>
#include <QUndoStack>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

int truceIndex(const ScenarioDocument& doc, const std::string& id)
{
    const auto& list = doc.scenario().effectiveTruces(doc.dataset());
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return static_cast<int>(i);
    return -1;
}

const ChartSpan* counterfactualSpan(const ChartModel& m)
{
    for (const auto& s : m.spans)
        if (s.legend == QStringLiteral("counterfactual history"))
            return &s;
    return nullptr;
}

} // namespace

TEST_CASE("A truce lapsed in 2025 is marked as counterfactual history", "[ui][counterfactual]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    test::settle(window);
    ScenarioDocument* doc = window.document();
    auto* status = window.findChild<QLabel*>(QStringLiteral("counterfactual"));
    REQUIRE(status);
    // As enacted, edits taking effect today: history is left alone.
    CHECK_FALSE(doc->counterfactualFrom());
    CHECK(status->isHidden());
    CHECK(window.timeline()->counterfactualLabel().isEmpty());
    CHECK_FALSE(counterfactualSpan(window.chartView(ChartId::Tariffs)->model()));

    // "Lapse at the original end" of the US side: the 24 points come back on
    // 12 Aug 2025 (14 May + 90 days) instead of staying suspended to the IEEPA
    // ruling, although the edits are said to take effect today.
    const int us = truceIndex(*doc, "geneva_us");
    REQUIRE(us >= 0);
    auto truces = doc->scenario().effectiveTruces(doc->dataset());
    truces[static_cast<size_t>(us)] = std::get<core::Truce>(core::lapseTruce(truces[static_cast<size_t>(us)]));
    doc->setTruces(truces, QStringLiteral("Let the US truce lapse"));
    test::settle(window);
    REQUIRE(doc->counterfactualFrom());
    CHECK(*doc->counterfactualFrom() == test::day("2025-08-12"));
    // The boundary is the day the edits take effect (today, after the legal record).
    CHECK(doc->historyBoundary() == doc->effectiveDate());
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("Counterfactual from 12 Aug 2025"));
    CHECK(window.timeline()->counterfactualLabel().startsWith(QStringLiteral("Counterfactual history, 12 Aug 2025 to ")));
    // The charts the tariffs move shade the period, with its key in the legend.
    for (ChartId id : {ChartId::Tariffs, ChartId::Volumes, ChartId::Revenue, ChartId::Diversion}) {
        INFO(chartName(id).toStdString());
        const ChartSpan* span = counterfactualSpan(window.chartView(id)->model());
        REQUIRE(span);
        CHECK(span->fromMs == toMs(test::day("2025-08-12")));
        CHECK(span->toMs == toMs(doc->historyBoundary()));
        CHECK(span->label.startsWith(QStringLiteral("Counterfactual history: from 12 Aug 2025 the scenario's tariffs differ")));
        bool keyed = false;
        for (const auto& e : window.chartLegend(id)->entries())
            keyed = keyed || e.text == QStringLiteral("counterfactual history");
        CHECK(keyed);
    }
    // The export caption says so.
    const QString caption = assumptionCaption(*doc, QDate(2026, 11, 30));
    CHECK(caption.contains(QStringLiteral("counterfactual history from 12 Aug 2025 to ")));
    // Undo: history is whole again.
    doc->undoStack()->undo();
    test::settle(window);
    CHECK_FALSE(doc->counterfactualFrom());
    CHECK(status->isHidden());
    CHECK_FALSE(counterfactualSpan(window.chartView(ChartId::Volumes)->model()));
}

TEST_CASE("Rates set from a past date are counterfactual; a truce they override says it no longer does anything",
          "[ui][counterfactual]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    test::settle(window);
    ScenarioDocument* doc = window.document();
    // A rate set from a future date leaves history alone.
    doc->setOverride("us_reciprocal", 145.0);
    test::settle(window);
    CHECK_FALSE(doc->counterfactualFrom());
    // From 1 Jun 2025, inside the Geneva truce: history is rewritten from that
    // day, up to the legal record's end (9 Nov 2026; the boundary is the day after).
    doc->setEffectiveDate(test::day("2025-06-01"));
    test::settle(window);
    REQUIRE(doc->counterfactualFrom());
    CHECK(*doc->counterfactualFrom() == test::day("2025-06-01"));
    CHECK(doc->historyBoundary() == test::day("2026-11-10"));
    // A rate the scenario sets is charged in full: the US truce, which suspended
    // 24 of the reciprocal duty's points, lowers nothing from 1 Jun 2025.
    const int us = truceIndex(*doc, "geneva_us");
    REQUIRE(us >= 0);
    CHECK(window.timeline()->truceEffectNote(us) == QStringLiteral("no effect from 1 Jun 2025"));
    CHECK(window.timeline()->truceDescription(us).contains(QStringLiteral("No effect from 1 Jun 2025: the suspension lowers no rate there")));
    // Set from before the truce began: it changes nothing at all.
    doc->setEffectiveDate(test::day("2025-05-01"));
    test::settle(window);
    CHECK(window.timeline()->truceEffectNote(us) == QStringLiteral("no effect"));
    // Without the rate, the suspension works until the reciprocal duty itself
    // ends with the Supreme Court's IEEPA ruling (in force to 23 Feb 2026).
    doc->setOverride("us_reciprocal", std::nullopt);
    test::settle(window);
    CHECK(window.timeline()->truceEffectNote(us) == QStringLiteral("no effect from 24 Feb 2026"));
}
