#include "ui/export/chartdata.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace tariffsim::ui {

namespace {

QString cell(double v) { return QString::number(v, 'f', 2); }

QString isoDate(double ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

QString ChartDataTable::toTsv() const
{
    QString out = columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QStringList& row : rows)
        out += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

ChartDataTable chartDataTable(const ChartModel& model)
{
    ChartDataTable t;
    if (!model.timeAxis) {
        t.columns = {ChartDataDialog::tr("Category"), model.barUnit.isEmpty()
                                                          ? ChartDataDialog::tr("Value")
                                                          : ChartDataDialog::tr("Value (%1)").arg(model.barUnit)};
        for (qsizetype i = 0; i < model.categories.size() && i < model.barValues.size(); ++i)
            t.rows.push_back({model.categories[i], cell(model.barValues[i])});
        return t;
    }
    // One column per series (low and high for a band), one row per date shown.
    struct Column {
        QString name;
        const QVector<QPointF>* points;
    };
    std::vector<Column> cols;
    for (const ChartSeries& s : model.series) {
        const QString unit = s.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.unit);
        if (s.style == SeriesStyle::Band) {
            cols.push_back({ChartDataDialog::tr("%1, low").arg(s.name) + unit, &s.points});
            cols.push_back({ChartDataDialog::tr("%1, high").arg(s.name) + unit, &s.upper});
        } else {
            cols.push_back({s.name + unit, &s.points});
        }
    }
    std::map<qint64, QStringList> byDate;
    for (size_t c = 0; c < cols.size(); ++c)
        for (const QPointF& p : *cols[c].points) {
            if (p.x() < model.xMinMs || p.x() > model.xMaxMs)
                continue;
            QStringList& row = byDate[static_cast<qint64>(p.x())];
            if (row.isEmpty())
                for (size_t k = 0; k < cols.size(); ++k)
                    row << QString();
            row[static_cast<qsizetype>(c)] = cell(p.y()); // a step series' last value on a day wins
        }
    t.columns << ChartDataDialog::tr("Date");
    for (const Column& c : cols)
        t.columns << c.name;
    for (auto& [ms, row] : byDate) {
        row.prepend(isoDate(static_cast<double>(ms)));
        t.rows.push_back(row);
    }
    return t;
}

ChartDataDialog::ChartDataDialog(const ChartModel& model, QWidget* parent)
    : QDialog(parent)
    , m_data(chartDataTable(model))
{
    setWindowTitle(tr("Data: %1").arg(model.title));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("The numbers the chart “%1” shows. Select cells and press Ctrl+C, or copy the whole "
                               "table for a spreadsheet.")
                                .arg(model.title),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table = new QTableWidget(static_cast<int>(m_data.rows.size()), static_cast<int>(m_data.columns.size()), this);
    m_table->setAccessibleName(tr("Data of the chart %1").arg(model.title));
    m_table->setAccessibleDescription(tr("One row a date, one column a series"));
    m_table->setHorizontalHeaderLabels(m_data.columns);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    for (int r = 0; r < static_cast<int>(m_data.rows.size()); ++r)
        for (int c = 0; c < static_cast<int>(m_data.columns.size()); ++c) {
            auto* item = new QTableWidgetItem(m_data.rows[static_cast<size_t>(r)].value(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    m_table->resizeColumnsToContents();
    // Tab leaves the table instead of moving from cell to cell forever.
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy table"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_data.toTsv()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace tariffsim::ui
