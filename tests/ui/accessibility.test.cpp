// The window by keyboard and through assistive technology: every control in the
// accessibility tree has a name and a description, Tab moves through the window
// without being caught, and the focused control (a chart and the timeline too)
// shows it has the focus.

#include "support/testsupport.h"

#include "ui/charts/chartview.h"
#include "ui/comparison/comparisonpanel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/parameterpanel.h"
#include "ui/widgets/timelinewidget.h"
#include "windowtest.h"

#include <QAccessible>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

struct Problem {
    QString role;
    QString where;
    QString missing;
};

// Walks the accessibility tree from `iface`; every focusable, visible node must
// have a name and a description (its tooltip counts, as screen readers read it).
void walk(QAccessibleInterface* iface, std::vector<Problem>& problems, int& checked, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    // Controls, not the items inside lists and tables (a combo box's entries).
    const bool control = iface->object() && iface->object()->isWidgetType();
    if (control && state.focusable && !state.invisible && !state.disabled) {
        ++checked;
        QString where = iface->object() ? iface->object()->objectName() : QString();
        if (where.isEmpty() && iface->object())
            where = QString::fromLatin1(iface->object()->metaObject()->className());
        const QString role = QString::number(static_cast<int>(iface->role()));
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.push_back({role, where, QStringLiteral("name")});
        // Qt's tab bar interface reports no description of its own (it names the
        // current tab); each of its tabs must then be named.
        if (iface->role() == QAccessible::PageTabList) {
            for (int i = 0; i < iface->childCount(); ++i)
                if (iface->child(i)->text(QAccessible::Name).trimmed().isEmpty())
                    problems.push_back({role, where, QStringLiteral("name of tab ") + QString::number(i)});
        } else if (iface->text(QAccessible::Description).trimmed().isEmpty())
            problems.push_back({role, where + QStringLiteral(" '") + iface->text(QAccessible::Name) + QLatin1Char('\''),
                                QStringLiteral("description")});
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems, checked, depth + 1);
}

} // namespace

TEST_CASE("Every control in the accessibility tree has a name and a description", "[ui][accessibility]")
{
    QSettings().clear();
    MainWindow window;
    window.resize(1366 - 16, 768 - 32 - 40);
    window.show();
    test::settle(window);
    std::vector<Problem> problems;
    int checked = 0;
    walk(QAccessible::queryAccessibleInterface(&window), problems, checked);
    // the tariff rows alone are some 40 sliders, spin boxes and reset buttons each
    CHECK(checked > 100);
    for (const Problem& p : problems)
        UNSCOPED_INFO(p.where.toStdString() << " (role " << p.role.toStdString() << "): no " << p.missing.toStdString());
    CHECK(problems.empty());
}

TEST_CASE("Tab never traps the focus, and charts take the focus visibly", "[ui][accessibility]")
{
    QSettings().clear();
    MainWindow window;
    window.resize(1366 - 16, 768 - 32 - 40);
    window.show();
    QApplication::setActiveWindow(&window);
    test::settle(window);

    SECTION("the comparison table lets Tab move on")
    {
        ComparisonPanel* panel = window.comparisonPanel();
        REQUIRE(panel->pinPreset("geneva-snapback"));
        test::settle(window);
        auto* table = panel->findChild<QTableWidget*>();
        REQUIRE(table);
        REQUIRE(table->rowCount() > 1);
        table->setFocus(Qt::TabFocusReason);
        table->setCurrentCell(0, 0);
        REQUIRE(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        CHECK_FALSE(table->hasFocus());
        // and Shift+Tab comes back
        QWidget* next = QApplication::focusWidget();
        REQUIRE(next);
        QTest::keyClick(next, Qt::Key_Backtab);
        CHECK(table->hasFocus());
    }
    SECTION("charts and the timeline are in the Tab chain and draw a focus frame")
    {
        ChartView* chart = window.chartView(ChartId::Volumes);
        CHECK((chart->focusPolicy() & Qt::TabFocus));
        CHECK(chart->accessibleDescription().contains(QStringLiteral("Show data")));
        // Tab from the volume chart's predecessor reaches it.
        chart->setFocus(Qt::TabFocusReason);
        REQUIRE(chart->hasFocus());
        window.flushRefresh();
        const QImage focused = chart->grab().toImage();
        chart->clearFocus();
        const QImage unfocused = chart->grab().toImage();
        // The frame: the highlight colour along the top edge when focused only.
        const QColor highlight = chart->palette().color(QPalette::Highlight);
        const auto framed = [&](const QImage& img) {
            int hits = 0;
            for (int x = 0; x < img.width(); ++x)
                hits += QColor(img.pixel(x, 1)) == highlight || QColor(img.pixel(x, 0)) == highlight;
            return hits;
        };
        CHECK(framed(focused) > focused.width() / 2);
        CHECK(framed(unfocused) == 0);
        CHECK((window.timeline()->focusPolicy() & Qt::TabFocus));
    }
    SECTION("Tab from the first control goes round the whole window and comes back")
    {
        QWidget* start = window.findChild<QWidget*>(QStringLiteral("timeline"));
        REQUIRE(start);
        start->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> seen;
        QWidget* current = start;
        bool back = false;
        for (int i = 0; i < 400; ++i) {
            QTest::keyClick(current, Qt::Key_Tab);
            current = QApplication::focusWidget();
            REQUIRE(current);
            if (current == start) {
                back = true;
                break;
            }
            seen.insert(current);
        }
        CHECK(back);
        // every chart was on the way
        for (ChartId id : allCharts())
            CHECK(seen.contains(window.chartView(id)));
    }
}

TEST_CASE("Parameter tooltips say what the value means, in plain words", "[ui][accessibility]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    test::settle(window);
    ParameterPanel* panel = window.parameterPanel();
    QDoubleSpinBox* elasticity = panel->spinBox(QStringLiteral("Elasticity, China → US"));
    QDoubleSpinBox* speed = panel->spinBox(QStringLiteral("Adjustment speed, China → US"));
    REQUIRE(elasticity);
    REQUIRE(speed);
    elasticity->setValue(2.0);
    speed->setValue(0.2);
    test::settle(window);
    // Volume goes with the duty-inclusive price to the power -2: 1.1^-2 = 0.826,
    // about 17% less.
    CHECK(elasticity->toolTip().startsWith(QStringLiteral(
        "How strongly China's exports to the US respond to tariffs in the long run: at 2.00, duty-inclusive prices "
        "10% higher cut the volume by about 17%.")));
    // 20% of the gap a month: 0.8^3 = 0.51 is left after three months, 0.8^4 = 0.41
    // after four, so half is closed within four.
    CHECK(speed->toolTip().startsWith(QStringLiteral(
        "How quickly trade moves to its new level: at 0.20, 20% of the remaining gap closes each month, half of it "
        "within 4 months.")));
    CHECK(speed->toolTip().contains(QStringLiteral("\nRange in the studies: 0.04 to 0.38.")));
    CHECK(speed->accessibleDescription().startsWith(QStringLiteral("How quickly trade moves")));
}
