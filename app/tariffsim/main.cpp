// The window. `tariffsim [FILE]` opens a scenario file; see --help for the rest.
#include "core/scenario.h"
#include "ui/document/appdata.h"
#include "ui/document/autosave.h"
#include "ui/document/language.h"
#include "ui/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/document/scenariodocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHashSeed>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>

using namespace tariffsim;

namespace {

// --recovery-check: what the next start would offer, without the window.
int printRecoveries()
{
    QTextStream out(stdout);
    const auto files = ui::Autosave::pendingRecoveries();
    for (const ui::RecoveryFile& f : files) {
        out << "recoverable: " << f.path << "\n";
        out << "  title: " << f.title << "\n";
        out << "  autosaved: " << f.savedAt.toString(Qt::ISODate) << "\n";
        out << "  file: " << (f.originalPath.isEmpty() ? QStringLiteral("(never saved)") : f.originalPath) << "\n";
        const ui::ScenarioFileResult r = ui::Autosave::readRecovery(f, ui::bundledData().dataset);
        if (!r.scenario) {
            out << "  unreadable: " << r.error << "\n";
            continue;
        }
        for (const core::RateOverride& o : r.scenario->overrides)
            out << "  override: " << QString::fromStdString(o.measureId) << " " << o.ratePct << "% from "
                << QString::fromStdString(o.from.toString()) << "\n";
    }
    if (files.isEmpty())
        out << "nothing to recover\n";
    return files.isEmpty() ? 3 : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Exports are the same bytes for the same input: Qt's PDF writer orders its font
    // objects by hash.
    QHashSeed::setDeterministicGlobalSeed();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tariffsim"));
    QApplication::setOrganizationName(QStringLiteral("tariffsim"));
    QGuiApplication::setDesktopFileName(QStringLiteral(TARIFFSIM_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tariffsim.svg")));
    // The language chosen in View > Language, or the system's.
    ui::applyLanguage(ui::resolveLanguage(ui::languageSetting()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("tariffsim::main", "Tariff Scenario Simulator: US-China tariff scenarios."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("tariffsim::main", "A scenario file (.tariffsim.json) to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption recoveryCheck(
        QStringLiteral("recovery-check"),
        QCoreApplication::translate("tariffsim::main",
                                    "List the unsaved scenarios that sessions which did not close normally left for "
                                    "recovery (what the next start offers), without opening the window, and exit: 0 "
                                    "if there are any, 3 if none."));
    const QCommandLineOption setRate(
        QStringLiteral("set-rate"),
        QCoreApplication::translate("tariffsim::main",
                                    "Once the window is open, set a measure's rate from the effective date, as the "
                                    "tariff controls do (an undoable edit), then write the autosave at once instead "
                                    "of within 30 s. Repeatable. For scripted set-ups and the crash-recovery test; "
                                    "the recovery offer waits for the next start."),
        QStringLiteral("measure=percent"));
    const QCommandLineOption dataFolder(
        QStringLiteral("data"),
        QCoreApplication::translate("tariffsim::main",
                                    "The user data folder whose files are added to the shipped data (default: %1).")
            .arg(ui::defaultUserDataFolder()),
        QStringLiteral("folder"));
    parser.addOption(recoveryCheck);
    parser.addOption(setRate);
    parser.addOption(dataFolder);
    parser.process(app);

    if (parser.isSet(recoveryCheck))
        return printRecoveries();
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "tariffsim: one scenario file at a time\n");
        return 2;
    }

    // The user's data folder: a bad file is skipped (the window starts on the
    // shipped data for it) and named.
    std::vector<core::DataProblem> dataProblems;
    const QString userFolder = parser.isSet(dataFolder) ? parser.value(dataFolder) : ui::defaultUserDataFolder();
    app.setProperty("tariffsimDataFolder", userFolder); // File > Import observations... writes there
    const std::unique_ptr<ui::AppData> userData = ui::loadWithUserData(userFolder, dataProblems);
    ui::MainWindow window(userData ? *userData : ui::bundledData());
    window.show();
    if (!dataProblems.empty()) {
        const QString text = ui::skippedFilesText(dataProblems);
        std::fprintf(stderr, "tariffsim: %s\n", qPrintable(text));
        window.statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0));
        auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("tariffsim::main", "Your data files"),
                                    QCoreApplication::translate("tariffsim::main",
                                                                "These files of your data folder were skipped; the "
                                                                "shipped data stand in for them (tariffsim-cli data "
                                                                "check lists every problem):"),
                                    QMessageBox::Ok, &window);
        box->setDetailedText(text);
        box->setInformativeText(text);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    const QStringList rates = parser.values(setRate);
    if (!rates.isEmpty()) {
        if (!files.isEmpty())
            window.fileController()->openFile(files.first());
    } else {
        // With or without a file: unsaved changes left by a session that did not end
        // normally are offered, those of the file just opened first.
        window.startUp(files.value(0), ui::Autosave::defaultDirectory());
    }

    for (const QString& spec : rates) {
        const auto parts = spec.split(QLatin1Char('='));
        bool ok = parts.size() == 2;
        const double pct = ok ? parts[1].toDouble(&ok) : 0.0;
        const std::string measure = ok ? parts[0].toStdString() : std::string();
        if (!ok || !window.document()->dataset().measure(measure) || !(pct >= 0 && pct <= 1000)) {
            std::fprintf(stderr, "tariffsim: --set-rate %s: expected MEASURE=PERCENT with a known measure and 0-1000\n",
                         qPrintable(spec));
            return 2;
        }
        window.document()->setOverride(measure, pct);
    }
    if (!rates.isEmpty()) {
        window.autosave()->saveNow();
        std::printf("autosaved: %s\n", qPrintable(window.autosave()->recoveryFilePath()));
        std::fflush(stdout);
    }
    return QApplication::exec();
}
