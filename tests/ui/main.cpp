// Test main for the Qt tests: a QApplication on the offscreen platform, so the
// suite (and Catch2's test discovery at build time) runs without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <cstdlib>

int main(int argc, char* argv[])
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tariffsim-tests"));
    QApplication::setOrganizationName(QStringLiteral("tariffsim-tests"));
    return Catch::Session().run(argc, argv);
}
