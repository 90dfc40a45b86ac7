// Measures of the scenario's own in the window: the editor, one undo step to
// add, change or remove, and their rows in the tariff panel.
#include "support/testsupport.h"

#include "ui/document/appdata.h"
#include "ui/document/diversiondata.h"
#include "ui/document/scenariodocument.h"
#include "ui/widgets/measuredialog.h"
#include "ui/widgets/tariffcontrols.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

using namespace tariffsim;
using namespace tariffsim::ui;
using Catch::Matchers::WithinAbs;

namespace {

void waitForResults(ScenarioDocument& doc)
{
    QElapsedTimer guard;
    guard.start();
    do
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    while (doc.isComputing() && guard.elapsed() < 5000);
    REQUIRE_FALSE(doc.isComputing());
}

// The editor's form for 25% on toys and consoles (chapter 95) from 1 Jan 2027.
void fillToys(MeasureDialog& dialog)
{
    dialog.nameEdit()->setText(QStringLiteral("Toys and consoles"));
    dialog.hsEdit()->setText(QStringLiteral("95"));
    dialog.rateBox()->setValue(25);
    dialog.fromEdit()->setDate(QDate(2027, 1, 1));
}

} // namespace

TEST_CASE("The measure editor builds a measure and names what is wrong", "[ui][scenariomeasure]")
{
    const auto& ds = bundledData().dataset;
    MeasureDialog dialog(ds, {}, nullptr);
    fillToys(dialog);
    CHECK(dialog.problem().isEmpty());
    const core::ScenarioMeasure m = dialog.measure();
    CHECK(m.id == "measure_1");
    CHECK(m.direction == core::Direction::UsOnChina);
    REQUIRE(m.coverage.size() == 1);
    CHECK(m.coverage[0].hs == "95");
    CHECK(m.coverage[0].share == 1.0);
    CHECK(m.steps[0].from == test::day("2027-01-01"));

    dialog.hsEdit()->setText(QStringLiteral("95, 9998"));
    CHECK(dialog.problem().startsWith(QStringLiteral("HS prefixes: unknown HS prefix '9998'")));
    dialog.nameEdit()->clear();
    dialog.hsEdit()->setText(QStringLiteral("95"));
    CHECK(dialog.problem().startsWith(QStringLiteral("Name: ")));

    // The search finds HS codes by the sectors' names.
    dialog.searchEdit()->setText(QStringLiteral("toys"));
    REQUIRE(dialog.searchResults()->count() >= 1);
    bool found95 = false;
    for (int i = 0; i < dialog.searchResults()->count(); ++i)
        found95 = found95 || dialog.searchResults()->item(i)->data(Qt::UserRole).toString().startsWith(QStringLiteral("95"));
    CHECK(found95);
}

TEST_CASE("Adding, changing and removing a measure are one undo step each, with a row in the panel",
          "[ui][scenariomeasure]")
{
    ScenarioDocument doc(bundledData());
    TariffControls panel(&doc);
    waitForResults(doc);
    CHECK_FALSE(panel.ownMeasuresBox()->isVisibleTo(&panel));
    const core::Date day = test::day("2027-01-01");
    const double before = doc.schedule().averageRatePct(core::Direction::UsOnChina, day);

    core::ScenarioMeasure m;
    m.id = "measure_1";
    m.name = "Toys and consoles";
    m.steps = {{day, std::nullopt, 25, false}};
    m.coverage = {{"95", {}, 1.0}};
    const int steps = doc.undoStack()->count();
    doc.setMeasure(m);
    waitForResults(doc);
    CHECK(doc.undoStack()->count() == steps + 1);
    // 25 * 30.0333 / 438.9292 = 1.71060 points (trade_by_chapter.csv, 2024).
    CHECK_THAT(doc.schedule().averageRatePct(core::Direction::UsOnChina, day) - before, WithinAbs(1.71060, 1e-4));
    CHECK(panel.ownMeasuresBox()->isVisibleTo(&panel));
    REQUIRE(panel.slider("measure_1"));
    REQUIRE(panel.removeButton("measure_1"));

    // Its slider is an override like any layer's.
    doc.setEffectiveDate(day);
    waitForResults(doc);
    panel.spinBox("measure_1")->setValue(10);
    waitForResults(doc);
    CHECK(doc.overrideRatePct("measure_1") == 10.0);
    CHECK_THAT(doc.schedule().averageRatePct(core::Direction::UsOnChina, day) - before,
               WithinAbs(10 * 30.0333 / 438.9292, 1e-4));

    // Change: 50 points; one step.
    const int changed = doc.undoStack()->count();
    m.steps[0].ratePct = 50;
    doc.setMeasure(m);
    waitForResults(doc);
    CHECK(doc.undoStack()->count() == changed + 1);
    CHECK(doc.scenario().measures.at(0).steps.at(0).ratePct == 50);

    // Remove: its override goes with it, one step; undo brings both back.
    doc.removeMeasure("measure_1");
    waitForResults(doc);
    CHECK(doc.scenario().measures.empty());
    CHECK_FALSE(doc.overrideRatePct("measure_1"));
    CHECK_FALSE(panel.slider("measure_1"));
    CHECK_THAT(doc.schedule().averageRatePct(core::Direction::UsOnChina, day) - before, WithinAbs(0.0, 1e-9));
    doc.undoStack()->undo();
    waitForResults(doc);
    CHECK(doc.scenario().measures.size() == 1);
    CHECK(doc.overrideRatePct("measure_1") == 10.0);
    CHECK(panel.slider("measure_1"));
    // On the timeline: the dataset's events and the measure's step, in date order.
    const auto& events = doc.timelineEvents();
    CHECK(events.size() == bundledData().dataset.events.size() + 1);
    const auto it = std::find_if(events.begin(), events.end(),
                                 [](const core::TimelineEvent& e) { return e.label == "Toys and consoles"; });
    REQUIRE(it != events.end());
    CHECK(it->date == day);
    CHECK(it->ratePct == 50.0);
    CHECK(it->actor == "US");
    CHECK(std::is_sorted(events.begin(), events.end(),
                         [](const core::TimelineEvent& a, const core::TimelineEvent& b) { return a.date < b.date; }));
    // Saved scenarios keep it.
    CHECK(doc.toScenario().measures.size() == 1);
}

TEST_CASE("The measure editor takes later steps: a rise, an end", "[ui][scenariomeasure]")
{
    const auto& ds = bundledData().dataset;
    MeasureDialog dialog(ds, {}, nullptr);
    // 25% from 1 Jan 2027 ...
    fillToys(dialog);
    CHECK(dialog.stepsTable()->rowCount() == 0);
    CHECK_FALSE(dialog.removeStepButton()->isEnabled());
    // ... then "Add step": a second step a year after the first starts, as the
    // first one's rate; set it to 50% and end it on 1 Jan 2029.
    dialog.addStepButton()->click();
    QTableWidget* table = dialog.stepsTable();
    REQUIRE(table->rowCount() == 1);
    auto* from = qobject_cast<QDateEdit*>(table->cellWidget(0, 0));
    auto* end = qobject_cast<QLineEdit*>(table->cellWidget(0, 1));
    auto* rate = qobject_cast<QDoubleSpinBox*>(table->cellWidget(0, 2));
    auto* how = qobject_cast<QComboBox*>(table->cellWidget(0, 3));
    REQUIRE(from);
    REQUIRE(end);
    REQUIRE(rate);
    REQUIRE(how);
    CHECK(from->date() == QDate(2028, 1, 1));
    CHECK(rate->value() == 25.0);
    how->setCurrentIndex(1); // set to
    rate->setValue(50);
    end->setText(QStringLiteral("2029-01-01"));
    CHECK(dialog.problem().isEmpty());
    const core::ScenarioMeasure m = dialog.measure();
    REQUIRE(m.steps.size() == 2);
    CHECK(m.steps[1].from == test::day("2028-01-01"));
    CHECK(m.steps[1].to == test::day("2029-01-01"));
    CHECK(m.steps[1].ratePct == 50.0);
    CHECK(m.steps[1].setTo);
    // The measure's rate: 25 in 2027, 50 in 2028 (set to), 25 again from 2029
    // (the first step runs on with no end).
    CHECK(core::scenarioMeasureRatePct(m, test::day("2027-06-01")) == 25.0);
    CHECK(core::scenarioMeasureRatePct(m, test::day("2028-06-01")) == 50.0);
    CHECK(core::scenarioMeasureRatePct(m, test::day("2029-06-01")) == 25.0);

    // An end that is not a date, or not after its start, is named with its step.
    end->setText(QStringLiteral("next year"));
    CHECK(dialog.problem() == QStringLiteral("Step 2, Ends on: 'next year' is not a date (YYYY-MM-DD)"));
    end->setText(QStringLiteral("2027-06-01"));
    CHECK(dialog.problem().startsWith(QStringLiteral("Step 2, Ends on: the end 2027-06-01 is not after the start 2028-01-01")));

    // Reopened for a change, the steps come back; Remove step takes the selected one away.
    end->setText(QStringLiteral("2029-01-01"));
    const core::ScenarioMeasure saved = dialog.measure();
    MeasureDialog again(ds, {saved}, &saved);
    REQUIRE(again.stepsTable()->rowCount() == 1);
    CHECK(again.measure() == saved);
    again.stepsTable()->selectRow(0);
    again.removeStepButton()->click();
    CHECK(again.stepsTable()->rowCount() == 0);
    CHECK(again.measure().steps.size() == 1);
}

TEST_CASE("The measure editor says how the measure stacks: on top, or yielding to named layers",
          "[ui][scenariomeasure]")
{
    const auto& ds = bundledData().dataset;
    MeasureDialog dialog(ds, {}, nullptr);
    fillToys(dialog);
    QListWidget* yields = dialog.yieldsToList();
    // The US side's layers are listed, none ticked: it adds on top.
    QListWidgetItem* forcedLabour = nullptr;
    for (int i = 0; i < yields->count(); ++i) {
        CHECK(yields->item(i)->checkState() == Qt::Unchecked);
        if (yields->item(i)->data(Qt::UserRole).toString() == QStringLiteral("us_301_forced_labor"))
            forcedLabour = yields->item(i);
        CHECK(yields->item(i)->data(Qt::UserRole).toString() != QStringLiteral("cn_counter_reciprocal"));
    }
    REQUIRE(forcedLabour);
    CHECK(dialog.measure().yieldsTo.empty());
    forcedLabour->setCheckState(Qt::Checked);
    CHECK(dialog.problem().isEmpty());
    const core::ScenarioMeasure m = dialog.measure();
    CHECK(m.yieldsTo == std::vector<std::string>{"us_301_forced_labor"});

    // In the schedule: on top, 25 points on chapter 95 add 25 * 30.0333 / 438.9292
    // = 1.71060 to the US average on 1 Jan 2027. Yielding to the forced-labour
    // Section 301 duty, it is charged only where that duty is not: that duty
    // covers all goods of China but the Section 232 metals and passenger
    // vehicles and patented medicines, so all of chapter 95, and nothing is left.
    const core::Date day = test::day("2027-01-01");
    const core::TariffSchedule plain(ds, core::Scenario{});
    core::Scenario onTop, yielding;
    core::ScenarioMeasure top = m;
    top.yieldsTo.clear();
    onTop.measures = {top};
    yielding.measures = {m};
    const core::TariffSchedule a(ds, onTop), b(ds, yielding);
    const core::Direction us = core::Direction::UsOnChina;
    CHECK_THAT(a.averageRatePct(us, day) - plain.averageRatePct(us, day), WithinAbs(1.71060, 1e-4));
    CHECK_THAT(b.averageRatePct(us, day) - plain.averageRatePct(us, day), WithinAbs(0.0, 1e-9));
    // Before the forced-labour duty (24 Jul 2026) there is nothing to yield to.
    core::Scenario early = yielding;
    early.measures[0].steps[0].from = test::day("2026-01-01");
    const core::TariffSchedule c(ds, early);
    CHECK_THAT(c.averageRatePct(us, test::day("2026-03-01")) - plain.averageRatePct(us, test::day("2026-03-01")),
               WithinAbs(1.71060, 1e-4));

    // Reopened, the tick comes back.
    MeasureDialog again(ds, {m}, &m);
    CHECK(again.measure() == m);
}

TEST_CASE("The US tariff on another supplier is set in the tariff panel, one undo step", "[ui][diversion]")
{
    ScenarioDocument doc(bundledData());
    TariffControls panel(&doc);
    waitForResults(doc);
    // Folded away until asked for.
    REQUIRE(panel.partnersToggle());
    CHECK_FALSE(panel.partnersBox()->isVisibleTo(&panel));
    panel.partnersToggle()->click();
    CHECK(panel.partnersBox()->isVisibleTo(&panel));
    QDoubleSpinBox* vietnam = panel.partnerSpinBox("Vietnam");
    REQUIRE(vietnam);
    const core::Date day = doc.effectiveDate();
    const int steps = doc.undoStack()->count();
    vietnam->setValue(40);
    waitForResults(doc);
    CHECK(doc.undoStack()->count() == steps + 1);
    REQUIRE(doc.partnerRatePct("Vietnam"));
    CHECK(*doc.partnerRatePct("Vietnam") == 40.0);
    // Vietnam's goods all pay 40% from the effective date (its forced-labour layer
    // was charged on all of them, chargedShare 1).
    CHECK(core::partnerRatePct(bundledDiversionData(), doc.schedule(), "Vietnam", day) == 40.0);
    // Listed among the changes from the preset, and undone in one step.
    bool listed = false;
    for (const QString& line : doc.differencesFromBase())
        listed = listed || line.startsWith(QStringLiteral("US tariff on Vietnam set to 40"));
    CHECK(listed);
    doc.undoStack()->undo();
    waitForResults(doc);
    CHECK_FALSE(doc.partnerRatePct("Vietnam"));
    CHECK(core::partnerRatePct(bundledDiversionData(), doc.schedule(), "Vietnam", day)
          == core::partnerRatePct(bundledDiversionData(), doc.historySchedule(), "Vietnam", day));
}
