// Crash recovery with the real program: start `tariffsim`, make an
// edit, SIGKILL it, and check that the recovery file holds the edit and that
// the next start offers it. Runs on the offscreen platform with a temporary
// XDG_DATA_HOME, XDG_CONFIG_HOME and HOME, so it never touches the user's data.
//
// The edit comes from the documented --set-rate option, which sets a rate
// through the document's undo stack (as the tariff controls do) and writes the
// autosave at once rather than after 30 seconds; --recovery-check lists what
// the next start would offer, through the same code as the dialog.
#include "support/testsupport.h"

#include "core/scenario.h"
#include "ui/filecontroller.h"
#include "ui/mainwindow.h"
#include "windowtest.h"
#include "ui/document/scenariodocument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QProcessEnvironment isolatedEnvironment(const QString& root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    return env;
}

struct Run {
    int exitCode = -1;
    QString out;
};

// Runs `tariffsim ARGS` to its end (the recovery check does not open a window).
Run runToEnd(const QProcessEnvironment& env, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TARIFFSIM_APP_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

// Reads the app's output until it reports its autosave ("autosaved: PATH"), which
// it prints once the file is on disk; returns that line.
QString waitForAutosave(QProcess& app)
{
    QString line;
    while (!line.startsWith(QStringLiteral("autosaved: ")) && app.state() == QProcess::Running) {
        if (!app.canReadLine())
            REQUIRE(app.waitForReadyRead(60000));
        while (app.canReadLine() && !line.startsWith(QStringLiteral("autosaved: ")))
            line = QString::fromUtf8(app.readLine()).trimmed();
    }
    REQUIRE(line.startsWith(QStringLiteral("autosaved: ")));
    return line;
}

} // namespace

TEST_CASE("After a SIGKILL the next start offers the unsaved scenario", "[ui][recovery][process]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QProcessEnvironment env = isolatedEnvironment(root.path());

    // A fresh profile has nothing to recover.
    Run check = runToEnd(env, {QStringLiteral("--recovery-check")});
    CHECK(check.exitCode == 3);
    CHECK(check.out == QStringLiteral("nothing to recover\n"));

    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TARIFFSIM_APP_PATH), {QStringLiteral("--set-rate"), QStringLiteral("us_reciprocal=67.5")});
    REQUIRE(app.waitForStarted(30000));
    // The program prints this line once the autosave is on disk.
    const QString line = waitForAutosave(app);
    const QString recoveryPath = line.mid(11);
    CHECK(recoveryPath.startsWith(root.path() + QStringLiteral("/data/tariffsim/tariffsim/recovery/")));

    // While the program runs, its file is its own: a second start offers nothing.
    check = runToEnd(env, {QStringLiteral("--recovery-check")});
    CHECK(check.exitCode == 3);

    ::kill(static_cast<pid_t>(app.processId()), SIGKILL);
    REQUIRE(app.waitForFinished(30000));
    CHECK(app.exitStatus() == QProcess::CrashExit);

    // The recovery file survived the kill and holds the edit.
    QFile file(recoveryPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(envelope.value(QStringLiteral("format")).toString() == QStringLiteral("tariffsim-recovery"));
    CHECK(envelope.value(QStringLiteral("originalPath")).toString().isEmpty()); // never saved
    const std::string text = envelope.value(QStringLiteral("scenario")).toString().toStdString();
    const tariffsim::core::Scenario s = tariffsim::core::parseScenario(text, tariffsim::test::dataset());
    REQUIRE(s.overrides.size() == 1);
    CHECK(s.overrides[0].measureId == "us_reciprocal");
    CHECK(s.overrides[0].ratePct == 67.5);
    CHECK(s.basePreset == "as-enacted");

    // The next start offers it.
    check = runToEnd(env, {QStringLiteral("--recovery-check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("recoverable: ") + recoveryPath + QStringLiteral("\n  title: As enacted\n")));
    CHECK(check.out.contains(QStringLiteral("\n  file: (never saved)\n")));
    CHECK(check.out.contains(QStringLiteral("\n  override: us_reciprocal 67.5% from ")));
}

TEST_CASE("tariffsim FILE opens the file, and its recovery file points back to it", "[ui][recovery][process]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QProcessEnvironment env = isolatedEnvironment(root.path());

    // A saved scenario with one override of its own.
    tariffsim::core::Scenario saved = tariffsim::test::preset("geneva-snapback");
    saved.id.clear();
    saved.basePreset = "geneva-snapback";
    saved.title = "Saved before the crash";
    saved.overrides.push_back({"cn_counter", tariffsim::test::day("2025-07-01"), 15.0});
    const QString path = QDir(root.path()).filePath(QStringLiteral("saved.tariffsim.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const std::string text = tariffsim::core::serializeScenario(saved);
        f.write(text.data(), static_cast<qint64>(text.size()));
    }

    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TARIFFSIM_APP_PATH), {path, QStringLiteral("--set-rate"), QStringLiteral("us_fentanyl=5")});
    REQUIRE(app.waitForStarted(30000));
    const QString line = waitForAutosave(app);
    ::kill(static_cast<pid_t>(app.processId()), SIGKILL);
    REQUIRE(app.waitForFinished(30000));

    const Run check = runToEnd(env, {QStringLiteral("--recovery-check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("\n  title: Saved before the crash\n")));
    CHECK(check.out.contains(QStringLiteral("\n  file: ") + path + QStringLiteral("\n")));
    // The file's own override and the new edit.
    CHECK(check.out.contains(QStringLiteral("\n  override: cn_counter 15% from 2025-07-01\n")));
    CHECK(check.out.contains(QStringLiteral("\n  override: us_fentanyl 5% from ")));
    // The file itself was not touched.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().toStdString() == tariffsim::core::serializeScenario(saved));
    f.close();

    // `tariffsim FILE` now: the window opens the file and offers its unsaved changes,
    // naming the file (the start-up of app/tariffsim/main.cpp, in process, with the
    // dialog answered by the test).
    QSettings().clear();
    tariffsim::ui::MainWindow window;
    QList<tariffsim::ui::RecoveryFile> offered;
    window.fileController()->dialogs().askRecover = [&](const tariffsim::ui::RecoveryFile& file) {
        offered.push_back(file);
        return tariffsim::ui::RecoveryChoice::Recover;
    };
    window.fileController()->dialogs().askSave = [](const QString&) { return tariffsim::ui::SaveChoice::Cancel; };
    window.show();
    window.startUp(path, QDir(root.path()).filePath(QStringLiteral("data/tariffsim/tariffsim/recovery")));
    CHECK(window.document()->filePath() == path);
    QTest::qWait(50);
    REQUIRE(offered.size() == 1);
    CHECK(offered[0].originalPath == path);
    CHECK(offered[0].title == QStringLiteral("Saved before the crash"));
    CHECK(window.document()->overrideRatePct("us_fentanyl") == 5.0);
    CHECK(window.document()->isModified());
    CHECK(line.mid(11) == offered[0].path);
}
