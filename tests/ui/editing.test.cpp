// Editing through the window's controls as a user does: undo steps named after
// the value an edit ended at, and Ctrl+Z that works wherever the focus is.

#include "support/testsupport.h"

#include "ui/document/scenariodocument.h"
#include "ui/mainwindow.h"
#include "ui/widgets/parameterpanel.h"
#include "ui/widgets/tariffcontrols.h"
#include "windowtest.h"

#include <QApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QUndoStack>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

struct Fixture {
    Fixture()
    {
        QSettings().clear();
        window.resize(1600, 1000);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        doc = window.document();
        controls = window.tariffControls();
        controls->effectiveDateEdit()->setDate(QDate(2026, 1, 1));
        doc->undoStack()->clear();
        test::settle(window);
    }
    MainWindow window;
    ScenarioDocument* doc = nullptr;
    TariffControls* controls = nullptr;
};

QPoint handleCentre(QSlider* slider)
{
    QStyleOptionSlider opt;
    opt.initFrom(slider);
    opt.orientation = slider->orientation();
    opt.minimum = slider->minimum();
    opt.maximum = slider->maximum();
    opt.sliderPosition = slider->sliderPosition();
    opt.sliderValue = slider->value();
    opt.subControls = QStyle::SC_All;
    return slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, slider).center();
}

} // namespace

TEST_CASE("A slider drag is one undo step named after the rate it ended at", "[ui][editing]")
{
    Fixture f;
    QSlider* slider = f.controls->slider("us_reciprocal");
    REQUIRE(slider);
    const QPoint start = handleCentre(slider);
    QTest::mousePress(slider, Qt::LeftButton, {}, start);
    // a hand's drag: many small moves to the right, ending near three quarters
    const int endX = slider->width() * 3 / 4;
    for (int x = start.x() + 4; x <= endX; x += 4)
        QTest::mouseMove(slider, QPoint(x, start.y()));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(endX, start.y()));
    test::settle(f.window);
    const int value = slider->value();
    REQUIRE(value > 100); // three quarters of 0-200
    REQUIRE(f.doc->overrideRatePct("us_reciprocal") == double(value));
    REQUIRE(f.doc->undoStack()->count() == 1);
    const QString expected = QStringLiteral("to %1%").arg(value);
    CHECK(f.doc->undoStack()->undoText().endsWith(expected));
    CHECK(f.doc->undoStack()->text(0).endsWith(expected));
}

TEST_CASE("Typing a rate is one undo step and Ctrl+Z in the spin box undoes it", "[ui][editing]")
{
    Fixture f;
    QDoubleSpinBox* spin = f.controls->spinBox("us_reciprocal");
    QLineEdit* line = spin->findChild<QLineEdit*>();
    spin->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("125"));
    QTest::keyClick(line, Qt::Key_Return);
    test::settle(f.window);
    // one step for the typed value, not one per key (1, 12, 125)
    CHECK(f.doc->undoStack()->count() == 1);
    REQUIRE(f.doc->overrideRatePct("us_reciprocal") == 125.0);
    CHECK(f.doc->undoStack()->undoText().endsWith(QStringLiteral("to 125%")));
    REQUIRE(spin->hasFocus());
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    test::settle(f.window);
    CHECK_FALSE(f.doc->overrideRatePct("us_reciprocal").has_value());
    // on 2026-01-01 the reciprocal duty charged 34 - 24 = 10 (Geneva truce running)
    CHECK(spin->value() == 10.0);
    QTest::keyClick(line, Qt::Key_Y, Qt::ControlModifier);
    test::settle(f.window);
    CHECK(f.doc->overrideRatePct("us_reciprocal") == 125.0);
}

TEST_CASE("Ctrl+Z in a parameter spin box undoes the committed parameter", "[ui][editing]")
{
    Fixture f;
    const auto spins = f.window.findChild<ParameterPanel*>()->findChildren<QDoubleSpinBox*>();
    REQUIRE_FALSE(spins.isEmpty());
    QDoubleSpinBox* spin = spins.front();
    const double before = spin->value();
    QLineEdit* line = spin->findChild<QLineEdit*>();
    spin->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("3"));
    QTest::keyClick(line, Qt::Key_Return);
    test::settle(f.window);
    REQUIRE(spin->value() == 3.0);
    REQUIRE(f.doc->undoStack()->count() == 1);
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    test::settle(f.window);
    CHECK(spin->value() == before);
    CHECK(f.doc->undoStack()->count() == 1);
    CHECK(f.doc->undoStack()->index() == 0);
}
