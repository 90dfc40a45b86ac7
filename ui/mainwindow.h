#pragma once

#include <QMainWindow>

class QComboBox;
class QDateEdit;
class QTableWidget;
class QLabel;

namespace tariffsim::ui {

/// The application window.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void refresh();

    QComboBox* m_preset = nullptr;
    QDateEdit* m_date = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_truce = nullptr;
};

} // namespace tariffsim::ui
