#pragma once

// Helpers for tests of the window: its views refresh once per frame after a
// change, so a test lets that refresh run before it reads them.

#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace tariffsim::test {

/// Processes events until the window has no refresh pending (at most a second).
inline void settle(ui::MainWindow& window)
{
    QElapsedTimer guard;
    guard.start();
    do
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    while (window.refreshPending() && guard.elapsed() < 1000);
}

} // namespace tariffsim::test
