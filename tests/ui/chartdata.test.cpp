// "Show data": the table of exactly the numbers a chart shows.

#include "support/testsupport.h"

#include "ui/charts/chartview.h"
#include "ui/export/chartdata.h"
#include "ui/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QSettings>
#include <QTableWidget>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {
double noonUtc(int y, int m, int d)
{
    return static_cast<double>(QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

TEST_CASE("The data table of a time chart: a row a date, a column a series, a band as low and high", "[ui][chartdata]")
{
    ChartModel m;
    m.title = QStringLiteral("Test chart");
    m.timeAxis = true;
    m.xMinMs = noonUtc(2025, 1, 1);
    m.xMaxMs = noonUtc(2025, 2, 1);
    ChartSeries a;
    a.name = QStringLiteral("A");
    a.unit = QStringLiteral("%");
    // 2024-12-01 lies before the chart's range and is left out
    a.points = {{noonUtc(2024, 12, 1), 1.0}, {noonUtc(2025, 1, 1), 10.0}, {noonUtc(2025, 2, 1), 12.5}};
    ChartSeries r;
    r.name = QStringLiteral("R");
    r.unit = QStringLiteral("$bn");
    r.style = SeriesStyle::Band;
    r.points = {{noonUtc(2025, 1, 1), 9.0}};
    r.upper = {{noonUtc(2025, 1, 1), 11.0}};
    m.series = {a, r};
    const ChartDataTable t = chartDataTable(m);
    CHECK(t.columns == QStringList({"Date", "A (%)", "R, low ($bn)", "R, high ($bn)"}));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0] == QStringList({"2025-01-01", "10.00", "9.00", "11.00"}));
    CHECK(t.rows[1] == QStringList({"2025-02-01", "12.50", "", ""}));
    CHECK(t.toTsv()
          == QStringLiteral("Date\tA (%)\tR, low ($bn)\tR, high ($bn)\n2025-01-01\t10.00\t9.00\t11.00\n"
                            "2025-02-01\t12.50\t\t\n"));
}

TEST_CASE("The data table of a bar chart: a row a bar", "[ui][chartdata]")
{
    ChartModel m;
    m.timeAxis = false;
    m.barUnit = QStringLiteral("%");
    m.categories = {QStringLiteral("Toys"), QStringLiteral("Textiles")};
    m.barValues = {-24.456, 3.0};
    const ChartDataTable t = chartDataTable(m);
    CHECK(t.columns == QStringList({"Category", "Value (%)"}));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0] == QStringList({"Toys", "-24.46"}));
    CHECK(t.rows[1] == QStringList({"Textiles", "3.00"}));
}

TEST_CASE("Show data on a chart's context menu opens its table with the chart's numbers", "[ui][chartdata]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    test::settle(window);
    ChartView* view = window.chartView(ChartId::Volumes);
    QAction* show = nullptr;
    for (QAction* a : view->actions())
        if (a->text() == QStringLiteral("Show data…"))
            show = a;
    REQUIRE(show);
    show->trigger();
    auto* dialog = window.findChild<ChartDataDialog*>(QStringLiteral("chart-data-volumes"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    const ChartDataTable expected = chartDataTable(view->model());
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == static_cast<int>(expected.rows.size()));
    REQUIRE(table->columnCount() == expected.columns.size());
    CHECK_FALSE(table->accessibleName().isEmpty());
    // The first flow's scenario value in the chart's last month, as the chart has it.
    const ChartSeries* scenario = nullptr;
    for (const auto& s : view->model().series)
        if (!scenario && s.name.endsWith(QStringLiteral("scenario")))
            scenario = &s;
    REQUIRE(scenario);
    int column = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text().startsWith(scenario->name))
            column = c;
    REQUIRE(column > 0);
    const int last = table->rowCount() - 1;
    CHECK(table->item(last, column)->text() == QString::number(scenario->points.back().y(), 'f', 2));
    dialog->close();
}
