// Test main for the Qt tests: a QApplication on the offscreen platform, so the
// suite (and Catch2's test discovery at build time) runs without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char* argv[])
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // CTest runs test cases in parallel processes: each gets its own settings and
    // application data (recent files, preferences, autosaves), which the
    // programs it starts inherit, so that no test sees another's.
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tariffsim-tests"));
    QApplication::setOrganizationName(QStringLiteral("tariffsim-tests"));
    return Catch::Session().run(argc, argv);
}
