#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tariffsim"));
    QApplication::setOrganizationName(QStringLiteral("tariffsim"));
    tariffsim::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
