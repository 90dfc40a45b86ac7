#include "mainwindow.h"

#include "appdata.h"
#include "core/schedule.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tariffsim::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Tariff Scenario Simulator"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* bar = new QHBoxLayout;
    m_preset = new QComboBox(central);
    for (const auto& s : bundledData().presets->presets())
        m_preset->addItem(QString::fromStdString(s.title), QString::fromStdString(s.id));
    m_date = new QDateEdit(QDate(2025, 5, 14), central);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    bar->addWidget(new QLabel(tr("Scenario:"), central));
    bar->addWidget(m_preset);
    bar->addWidget(new QLabel(tr("Date:"), central));
    bar->addWidget(m_date);
    bar->addStretch();
    layout->addLayout(bar);
    m_table = new QTableWidget(central);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("Layer"), tr("Average tariff (%)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    m_truce = new QLabel(central);
    layout->addWidget(m_truce);
    setCentralWidget(central);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &MainWindow::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &MainWindow::refresh);
    resize(900, 600);
    refresh();
}

void MainWindow::refresh()
{
    const auto& data = bundledData();
    const auto* scenario = data.presets->find(m_preset->currentData().toString().toStdString());
    if (!scenario)
        return;
    const core::TariffSchedule schedule(data.dataset, *scenario);
    const QDate q = m_date->date();
    const core::Date day = *core::Date::fromYmd(q.year(), q.month(), q.day());
    m_table->setRowCount(0);
    QStringList truces;
    for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs}) {
        const QString dirName = d == core::Direction::UsOnChina ? tr("US on China") : tr("China on US");
        auto rows = schedule.layerBreakdown(d, day);
        rows.push_back({tr("Total").toStdString(), schedule.averageRatePct(d, day)});
        for (const auto& part : rows) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            m_table->setItem(r, 0, new QTableWidgetItem(dirName));
            m_table->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(part.layer)));
            m_table->setItem(r, 2, new QTableWidgetItem(QString::number(part.pct, 'f', 2)));
        }
        const auto status = schedule.truceStatus(d, day);
        if (status.running)
            truces << tr("%1: truce running, %2 days left").arg(dirName).arg(status.daysLeft);
    }
    m_truce->setText(truces.isEmpty() ? tr("No truce running on this day.") : truces.join(QStringLiteral("; ")));
}

} // namespace tariffsim::ui
