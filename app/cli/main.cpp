#include "cli.h"

#include <QApplication>
#include <QCoreApplication>

#include <iostream>
#include <string>

namespace {

QtMessageHandler g_previous = nullptr;

// Headless rendering needs no runtime directory; Qt's note that it made one up
// is noise on the standard error of a script.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_previous(type, context, message);
}

} // namespace

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
        g_previous = qInstallMessageHandler(quietHandler);
        QApplication app(argc, argv);
        return tariffsim::cli::run(args, std::cout, std::cerr);
    }
    QCoreApplication app(argc, argv);
    return tariffsim::cli::run(args, std::cout, std::cerr);
}
