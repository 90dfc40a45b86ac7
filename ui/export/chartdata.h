#pragma once

// "Show data": the numbers a chart shows, as a table an analyst can read, copy
// into a spreadsheet, or have a screen reader speak. Time charts have one row a
// date and one column a series (a band gives a low and a high column); bar
// charts one row a bar.

#include "ui/charts/chartmodels.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QTableWidget;

namespace tariffsim::ui {

struct ChartDataTable {
    QStringList columns;              ///< "Date" (or "Category"), then one per series
    std::vector<QStringList> rows;    ///< cells as shown: ISO dates, numbers to 2 decimals, "" where none
    /// Tab-separated text with a header line (pastes into a spreadsheet).
    QString toTsv() const;
};

/// The table of exactly the points the chart shows (inside its x range).
ChartDataTable chartDataTable(const ChartModel& model);

/// A window with the chart's data table and a Copy button.
class ChartDataDialog : public QDialog {
    Q_OBJECT
public:
    ChartDataDialog(const ChartModel& model, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    const ChartDataTable& data() const { return m_data; }

private:
    ChartDataTable m_data;
    QTableWidget* m_table = nullptr;
};

} // namespace tariffsim::ui
