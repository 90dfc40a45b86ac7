#include "support/testsupport.h"

#include "ui/charts/chartview.h"
#include "ui/mainwindow.h"
#include "windowtest.h"
#include "ui/document/scenariodocument.h"
#include "ui/widgets/headlinestrip.h"
#include "ui/widgets/parameterpanel.h"
#include "ui/widgets/tariffcontrols.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace tariffsim;
using namespace tariffsim::ui;
using Catch::Matchers::WithinAbs;

namespace {

// Last y of a chart series by name.
double lastY(const ChartView* view, const QString& series)
{
    for (const auto& s : view->model().series)
        if (s.name == series && !s.points.isEmpty())
            return s.points.back().y();
    FAIL("no series " << series.toStdString());
    return 0;
}

struct Fixture {
    Fixture()
    {
        QSettings().clear(); // every test starts from the defaults
        window.show();
        doc = window.document();
        controls = window.tariffControls();
        // a fixed effective date, so the tests do not depend on today's date
        controls->effectiveDateEdit()->setDate(QDate(2026, 1, 1));
        doc->undoStack()->clear();
        test::settle(window);
    }
    MainWindow window;
    ScenarioDocument* doc = nullptr;
    TariffControls* controls = nullptr;
};

} // namespace

TEST_CASE("MainWindow opens on the as-enacted scenario with every chart filled", "[ui][mainwindow]")
{
    Fixture f;
    CHECK(f.doc->scenario().basePreset == "as-enacted");
    for (ChartId id : allCharts()) {
        ChartView* view = f.window.chartView(id);
        REQUIRE(view);
        if (id == ChartId::Sectors)
            CHECK_FALSE(view->model().categories.isEmpty());
        else
            CHECK_FALSE(view->model().series.empty());
    }
}

TEST_CASE("Tariff sliders drive the scenario and the charts", "[ui][mainwindow]")
{
    Fixture f;
    QSlider* reciprocal = f.controls->slider("us_reciprocal");
    REQUIRE(reciprocal);
    ChartView* tariffs = f.window.chartView(ChartId::Tariffs);
    ChartView* volumes = f.window.chartView(ChartId::Volumes);
    const double tariffBefore = lastY(tariffs, QStringLiteral("US tariffs on Chinese goods"));
    const double volumeBefore = lastY(volumes, QStringLiteral("China's exports to the US — scenario"));
    const double usBefore = f.doc->schedule().averageRatePct(core::Direction::UsOnChina, test::day("2030-12-31"));

    SECTION("moving the slider raises the US average and lowers China's exports to the US")
    {
        reciprocal->setValue(60);
        test::settle(f.window);
        REQUIRE(f.doc->overrideRatePct("us_reciprocal") == 60.0);
        const double usAfter = f.doc->schedule().averageRatePct(core::Direction::UsOnChina, test::day("2030-12-31"));
        CHECK(usAfter > usBefore + 20); // 60 points on the ~2/3 of trade the reciprocal layer covers
        CHECK(lastY(tariffs, QStringLiteral("US tariffs on Chinese goods")) > tariffBefore + 20);
        CHECK(lastY(volumes, QStringLiteral("China's exports to the US — scenario")) < volumeBefore);
        // before the effective date the enacted path is unchanged
        CHECK_THAT(f.doc->schedule().averageRatePct(core::Direction::UsOnChina, test::day("2025-12-31")),
                   WithinAbs(f.doc->baseSchedule().averageRatePct(core::Direction::UsOnChina, test::day("2025-12-31")), 1e-9));
    }
    SECTION("a whole drag is one undo step, and undo restores the enacted path")
    {
        reciprocal->setSliderDown(true); // emits sliderPressed
        for (int v = 5; v <= 80; v += 5)
            reciprocal->setValue(v);
        reciprocal->setSliderDown(false);
        CHECK(f.doc->undoStack()->count() == 1);
        CHECK(f.doc->overrideRatePct("us_reciprocal") == 80.0);
        f.doc->undoStack()->undo();
        test::settle(f.window);
        CHECK_FALSE(f.doc->overrideRatePct("us_reciprocal").has_value());
        CHECK_THAT(lastY(tariffs, QStringLiteral("US tariffs on Chinese goods")), WithinAbs(tariffBefore, 1e-9));
    }
}

TEST_CASE("Typed rates are taken exactly and reset restores the enacted rate", "[ui][mainwindow]")
{
    Fixture f;
    QDoubleSpinBox* spin = f.controls->spinBox("us_reciprocal");
    REQUIRE(spin);
    spin->setFocus();
    spin->findChild<QLineEdit*>()->selectAll();
    QTest::keyClicks(spin->findChild<QLineEdit*>(), QStringLiteral("145"));
    QTest::keyClick(spin->findChild<QLineEdit*>(), Qt::Key_Return);
    test::settle(f.window);
    REQUIRE(f.doc->overrideRatePct("us_reciprocal").has_value());
    CHECK(*f.doc->overrideRatePct("us_reciprocal") == 145.0);
    CHECK(f.controls->slider("us_reciprocal")->value() == 145);
    CHECK(f.controls->resetButton("us_reciprocal")->isEnabled());

    QTest::mouseClick(f.controls->resetButton("us_reciprocal"), Qt::LeftButton);
    test::settle(f.window);
    CHECK_FALSE(f.doc->overrideRatePct("us_reciprocal").has_value());
    // on 2026-01-01 the enacted reciprocal rate charged was 34 - 24 = 10 (truce running)
    CHECK(spin->value() == 10.0);
    CHECK_FALSE(f.controls->resetButton("us_reciprocal")->isEnabled());
}

TEST_CASE("The headline strip shows the scenario's figures, and a higher duty lowers trade", "[ui][mainwindow]")
{
    Fixture f;
    test::settle(f.window);
    const core::ScenarioFigures before = f.window.headlineStrip()->figures();
    f.controls->slider("us_fentanyl")->setValue(40);
    test::settle(f.window);
    const Headline& h = f.window.headlineStrip()->figures();
    // The strip shows core::scenarioFigures of the document (2025-01 to 2030-12).
    CHECK(static_cast<const core::ScenarioFigures&>(h)
          == core::scenarioFigures(f.doc->projection(), f.doc->schedule(), f.doc->asOfDate()));
    CHECK(h.first == core::YearMonth{2025, 1});
    CHECK(h.last == core::YearMonth{2030, 12});
    // 40% instead of the enacted fentanyl rate from 2026-01-01: less trade, more duties
    CHECK(h.changeChinaToUsUsdBn < before.changeChinaToUsUsdBn);
    CHECK(h.dutiesUsUsdBn > before.dutiesUsUsdBn);
    CHECK(f.window.headlineStrip()->figureText(QStringLiteral("trade")).contains(formatUsdBn(h.changeChinaToUsUsdBn)));
}

TEST_CASE("Parameters are edited through the undo stack", "[ui][mainwindow]")
{
    Fixture f;
    QDoubleSpinBox* passThrough = f.window.parameterPanel()->spinBox(QStringLiteral("Pass-through"));
    REQUIRE(passThrough);
    passThrough->setValue(0.5);
    CHECK(f.doc->parameters().passThrough.value == 0.5);
    CHECK(f.doc->undoStack()->count() == 1);
    f.doc->undoStack()->undo();
    // back to the default: complete pass-through (elasticities.csv)
    CHECK(f.doc->parameters().passThrough.value == 1.0);
}

TEST_CASE("The truce countdown follows the as-of date", "[ui][mainwindow]")
{
    Fixture f;
    f.doc->setAsOfDate(test::day("2025-06-01"));
    test::settle(f.window);
    const Headline& h = f.window.headlineStrip()->figures();
    // Geneva: 90 days from 2025-05-14 end on 2025-08-12; from 2025-06-01 that is 72 days
    CHECK(h.truceRunning);
    CHECK(h.truceDaysLeft == 72);
    CHECK(f.window.headlineStrip()->figureText(QStringLiteral("truce")).startsWith(QStringLiteral("72 days left")));
}

TEST_CASE("No countdown to a date no source gives, and the vintage in the status bar", "[ui][mainwindow]")
{
    Fixture f;
    // 2026-06-01: China's 24-point suspension runs to 10 Nov 2026 (Customs Tariff
    // Commission announcement of 5 Nov 2025): 2026-06-01 + 162 days = 2026-11-10
    f.doc->setAsOfDate(test::day("2026-06-01"));
    test::settle(f.window);
    const QLabel* truce = f.window.headlineStrip()->valueLabel(QStringLiteral("truce"));
    CHECK(f.window.headlineStrip()->figures().truceDaysLeft == 162);
    CHECK(f.window.headlineStrip()->figureText(QStringLiteral("truce")).startsWith(QStringLiteral("162 days left")));
    // Past the recorded end the preset assumes the suspension continues: no
    // countdown, and the end is said in words.
    f.doc->setAsOfDate(test::day("2026-11-30"));
    test::settle(f.window);
    const Headline& h = f.window.headlineStrip()->figures();
    CHECK(h.truceRunning);
    CHECK(h.trucePastRecord);
    CHECK(h.truceRecordedEnd == test::day("2026-11-10"));
    CHECK(f.window.headlineStrip()->figureText(QStringLiteral("truce")) == QStringLiteral("China: ended 10 Nov 2026"));
    CHECK_FALSE(truce->text().contains(QStringLiteral("days left")));
    CHECK(truce->toolTip().contains(QStringLiteral("what followed is not in the data")));
    // The toolbar's badge names the data's vintage, the status bar the assumption.
    const auto* vintage = f.window.findChild<QLabel*>(QStringLiteral("vintage"));
    REQUIRE(vintage);
    CHECK(vintage->isVisible());
    CHECK(vintage->text().startsWith(QStringLiteral("Data as of 9 Nov 2026 · trade to Dec 2025 (China customs)")));
    CHECK(vintage->toolTip().startsWith(QStringLiteral("Legal record to 9 Nov 2026; trade observed to Dec 2025 (China customs)")));
    const auto* assumed = f.window.findChild<QLabel*>(QStringLiteral("assumed"));
    REQUIRE(assumed);
    CHECK(assumed->text() == QStringLiteral("1 truce assumed past the record"));
    CHECK(assumed->toolTip().startsWith(
        QStringLiteral("Geneva truce (China side): ended 10 Nov 2026; what followed is not in the data.")));
    // A scenario without the assumption has none to show.
    f.doc->loadPreset("pre-2025");
    test::settle(f.window);
    CHECK(assumed->isHidden());
}

TEST_CASE("Charts redraw only what changed and hold still while dragging", "[ui][mainwindow][charts]")
{
    Fixture f;
    ChartView* sectors = f.window.chartView(ChartId::Sectors);
    ChartView* rareEarths = f.window.chartView(ChartId::RareEarths);
    ChartView* tariffs = f.window.chartView(ChartId::Tariffs);
    SECTION("an unchanged chart is not updated")
    {
        // a tariff rate does not move rare-earth exports (they follow the licence approval share)
        const int rareBefore = rareEarths->modelUpdates();
        const int tariffsBefore = tariffs->modelUpdates();
        f.controls->slider("us_reciprocal")->setValue(70);
        test::settle(f.window);
        CHECK(rareEarths->modelUpdates() == rareBefore);
        CHECK(tariffs->modelUpdates() == tariffsBefore + 1);
    }
    SECTION("a burst of changes is one refresh")
    {
        // Five slider steps before the event loop runs: one refresh of the views.
        const int refreshes = f.window.refreshCount();
        const int tariffsBefore = tariffs->modelUpdates();
        for (int v = 20; v <= 60; v += 10)
            f.controls->slider("us_reciprocal")->setValue(v);
        CHECK(f.window.refreshPending());
        test::settle(f.window);
        CHECK(f.window.refreshCount() == refreshes + 1);
        CHECK(tariffs->modelUpdates() == tariffsBefore + 1);
        CHECK(f.doc->overrideRatePct("us_reciprocal") == 60.0);
    }
    SECTION("a parameter edit leaves the tariff chart alone")
    {
        const int tariffsBefore = tariffs->modelUpdates();
        f.window.parameterPanel()->spinBox(QStringLiteral("Pass-through"))->setValue(0.5);
        test::settle(f.window);
        CHECK(tariffs->modelUpdates() == tariffsBefore);
    }
    SECTION("the window's sector chart shows the 12 largest changes, and keeps them during a drag")
    {
        const auto& model = sectors->model();
        // 22 display groups of China's exports to the US (resources/data/sectors.json)
        REQUIRE(model.categories.size() == 22);
        const QStringList shown = sectors->shownCategories();
        REQUIRE(shown.size() == 12);
        // the 12 largest by size: every group left out changes less than every group shown
        double smallestShown = 1e9, largestLeftOut = 0;
        for (qsizetype i = 0; i < model.categories.size(); ++i) {
            const double size = std::abs(model.barValues[i]);
            if (shown.contains(model.categories[i]))
                smallestShown = std::min(smallestShown, size);
            else
                largestLeftOut = std::max(largestLeftOut, size);
        }
        CHECK(smallestShown >= largestLeftOut);
        // shown in the model's order (largest loss first)
        qsizetype last = -1;
        for (const QString& name : shown) {
            CHECK(model.categories.indexOf(name) > last);
            last = model.categories.indexOf(name);
        }
        // during a drag the same bars stay, in the same order
        f.controls->effectiveDateEdit()->setDate(QDate(2025, 6, 1));
        QSlider* slider = f.controls->slider("us_fentanyl");
        slider->setSliderDown(true);
        const QStringList during = sectors->shownCategories();
        for (int v = 0; v <= 200; v += 40) {
            slider->setValue(v);
            test::settle(f.window);
        }
        CHECK(sectors->shownCategories() == during);
        slider->setSliderDown(false);
    }
}
