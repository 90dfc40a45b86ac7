#include "support/testsupport.h"

#include "ui/mainwindow.h"

#include <QTableWidget>

TEST_CASE("MainWindow shows the schedule", "[ui]")
{
    tariffsim::ui::MainWindow w;
    w.show();
    auto* table = w.findChild<QTableWidget*>();
    REQUIRE(table);
    CHECK(table->rowCount() > 4);
}
