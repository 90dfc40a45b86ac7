#include "cli.h"

#include <QApplication>
#include <QCoreApplication>

#include <iostream>
#include <string>

int main(int argc, char* argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    // Rendering (export, briefing) needs a GUI application; it runs headless on
    // the offscreen platform unless QT_QPA_PLATFORM says otherwise. The other
    // commands keep a plain core application: no platform plugin to load.
    const bool renders = !args.empty() && (args[0] == "export" || args[0] == "briefing");
    if (renders) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return tariffsim::cli::run(args, std::cout, std::cerr);
    }
    QCoreApplication app(argc, argv);
    return tariffsim::cli::run(args, std::cout, std::cerr);
}
