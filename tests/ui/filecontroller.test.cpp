// Scenario documents in the window: save and open, unsaved-changes
// questions, the title, hostile files, revert, recent files, drag and drop,
// the undo history, autosave and recovery (in process; the real kill is in
// recovery.test.cpp).
#include "support/testsupport.h"

#include "qtprinters.h"

#include "core/scenario.h"
#include "ui/document/autosave.h"
#include "ui/export/chartexport.h"
#include "ui/filecontroller.h"
#include "ui/widgets/historydock.h"
#include "ui/charts/chartview.h"
#include "ui/mainwindow.h"
#include "windowtest.h"
#include "ui/document/scenariodocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>
#include <QUrl>

#include <fstream>
#include <sstream>

using namespace tariffsim;
using namespace tariffsim::ui;


namespace {

// The state as a file holds it: a saved scenario is a user scenario, without the
// preset id the document keeps while it shows an unmodified preset.
ScenarioState asSaved(ScenarioState s)
{
    s.scenario.id.clear();
    return s;
}

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

bool contains(const QString& text, const QString& part) { return text.contains(part); }

// A window whose dialogs never open: each question is answered by the test and
// counted, so an unexpected question fails loudly instead of blocking.
struct Window {
    Window()
    {
        QSettings().clear();
        window.show();
        doc = window.document();
        files = window.fileController();
        auto& d = files->dialogs();
        d.askSave = [this](const QString& name) {
            ++asked;
            askedName = name;
            return saveAnswer;
        };
        d.chooseOpenPath = [this](const QString&) { return openAnswer; };
        d.chooseSavePath = [this](const QString& suggested) {
            suggestedPath = suggested;
            return saveAsAnswer;
        };
        d.confirmRevert = [this](const QString&) { return revertAnswer; };
        d.askRecover = [this](const RecoveryFile& f) {
            offered.push_back(f);
            return recoverAnswer;
        };
        d.askTitle = [this](const QString& suggested) {
            suggestedTitle = suggested;
            ++titleAsked;
            return titleAnswer;
        };
        d.showError = [this](const QString& title, const QString& message) {
            errors.push_back(title + QStringLiteral(": ") + message);
        };
    }
    QString path(const char* name) const { return QDir(tmp.path()).filePath(QString::fromUtf8(name)); }

    QTemporaryDir tmp;
    MainWindow window;
    ScenarioDocument* doc = nullptr;
    FileController* files = nullptr;
    int asked = 0;
    QString askedName;
    SaveChoice saveAnswer = SaveChoice::Cancel;
    QString openAnswer;
    QString saveAsAnswer;
    QString suggestedPath;
    int titleAsked = 0;
    QString suggestedTitle;
    QString titleAnswer = QStringLiteral("Edited scenario");
    bool revertAnswer = false;
    RecoveryChoice recoverAnswer = RecoveryChoice::Later;
    QList<RecoveryFile> offered;
    QStringList errors;
};

// Edits of every kind the format records.
void editEverything(ScenarioDocument* doc)
{
    doc->setEffectiveDate(test::day("2025-06-01"));
    doc->setOverride("us_reciprocal", 50.0);
    doc->setOverride("cn_counter", 12.5);
    core::ModelParameters p = doc->parameters();
    p.passThrough.value = 0.7;
    p.flow(core::Flow::ChinaToUs).elasticity.value = 3.1;
    p.flow(core::Flow::UsToChina).adjustmentSpeed.value = 0.45;
    doc->setParameters(p, QStringLiteral("parameters"));
    std::vector<core::Truce> truces = doc->scenario().effectiveTruces(doc->dataset());
    REQUIRE_FALSE(truces.empty());
    truces[0].days = 120;
    doc->setTruces(truces, QStringLiteral("truce"));
    doc->setDescription(QStringLiteral("Reciprocal at 50% — June"), QStringLiteral("Line one\nline two"));
}

const char* const kHostile[][3] = {
    // name, contents, what the message must name
    {"truncated", "{\n  \"format\": \"tariffsim-scenario\",\n  \"version\": 2,", "(syntax): line 3, column 16"},
    {"not json", "PK\x03\x04 this is a zip", "(syntax): line 1, column 1"},
    {"top-level array", "[{\"format\": \"tariffsim-scenario\"}]", "(top level): expected an object"},
    {"wrong type", "{\"format\": \"tariffsim-scenario\", \"version\": 2, \"overrides\": {\"a\": 1}}",
     "overrides: expected an array"},
    {"negative tariff",
     "{\"format\": \"tariffsim-scenario\", \"version\": 2, \"overrides\": [{\"measure\": \"us_reciprocal\", "
     "\"from\": \"2025-06-01\", \"ratePct\": -10}]}",
     "overrides[0].ratePct: value -10 is out of range [0, 1000]"},
    {"tariff above 1000%",
     "{\"format\": \"tariffsim-scenario\", \"version\": 2, \"overrides\": [{\"measure\": \"us_reciprocal\", "
     "\"from\": \"2025-06-01\", \"ratePct\": 1001}]}",
     "overrides[0].ratePct: value 1001 is out of range [0, 1000]"},
    {"infinite number",
     "{\"format\": \"tariffsim-scenario\", \"version\": 2, \"parameters\": {\"passThrough\": 1e999}}",
     "parameters.passThrough: number too large"},
    {"impossible date",
     "{\"format\": \"tariffsim-scenario\", \"version\": 2, \"effectiveDate\": \"2025-02-30\"}",
     "effectiveDate: '2025-02-30' is not a valid date"},
    {"newer version", "{\"format\": \"tariffsim-scenario\", \"version\": 6}",
     "version: file is format version 6; this program reads up to version 5"},
};

} // namespace

TEST_CASE("Scenario files in the window", "[ui][file]")
{
    Window w;
    ScenarioDocument* doc = w.doc;

    SECTION("save, then open in another window: the same scenario, unmodified, with an empty history")
    {
        editEverything(doc);
        REQUIRE(doc->isModified());
        const ScenarioState before = doc->state();
        const QString file = w.path("june.tariffsim.json");
        REQUIRE(w.files->saveTo(file));
        CHECK_FALSE(doc->isModified());
        CHECK(doc->filePath() == QFileInfo(file).absoluteFilePath());
        // The file is a valid version-2 scenario file with the parameters.
        const core::Scenario saved = core::parseScenario(readAll(file), test::dataset());
        CHECK(saved.title == "Reciprocal at 50% — June");
        CHECK(saved.parameters.passThrough == 0.7);
        CHECK(saved.effectiveDate == test::day("2025-06-01"));
        CHECK(saved.id.empty());

        Window other;
        REQUIRE(other.files->openFile(file));
        CHECK(other.doc->state() == asSaved(before));
        CHECK(other.doc->parameters().passThrough.value == 0.7);
        CHECK(other.doc->parameters().passThrough.low == before.parameters.passThrough.low);
        CHECK(other.doc->parameters().flow(core::Flow::UsToChina).adjustmentSpeed.value == 0.45);
        CHECK(other.doc->effectiveDate() == test::day("2025-06-01"));
        CHECK(other.doc->scenario().truces->front().days == 120);
        CHECK(other.doc->overrideRatePct("us_reciprocal") == 50.0);
        CHECK_FALSE(other.doc->isModified());
        CHECK(other.doc->undoStack()->count() == 0);
        CHECK(other.asked == 0); // nothing unsaved, nothing asked
        CHECK(other.window.windowTitle() == QStringLiteral("Reciprocal at 50% — June (june.tariffsim.json)[*] — Tariff Scenario Simulator"));
    }

    SECTION("the title shows unsaved changes, driven by the undo stack's clean state")
    {
        CHECK_FALSE(w.window.isWindowModified());
        CHECK(w.window.windowTitle().contains(QStringLiteral("[*]")));
        doc->setOverride("us_reciprocal", 60.0);
        CHECK(w.window.isWindowModified());
        REQUIRE(w.files->saveTo(w.path("a.tariffsim.json")));
        CHECK_FALSE(w.window.isWindowModified());
        CHECK(w.window.windowFilePath() == QFileInfo(w.path("a.tariffsim.json")).absoluteFilePath());
        doc->setOverride("us_reciprocal", 70.0);
        CHECK(w.window.isWindowModified());
        doc->undoStack()->undo(); // back to the saved state
        CHECK_FALSE(w.window.isWindowModified());
    }

    SECTION("Save without a file asks for one, suggesting a name from the title and adding the suffix")
    {
        doc->setDescription(QStringLiteral("Geneva lapses!"), {});
        w.saveAsAnswer = w.path("chosen");
        REQUIRE(w.files->save());
        CHECK(QFileInfo(w.suggestedPath).fileName() == QStringLiteral("geneva-lapses.tariffsim.json"));
        CHECK(doc->filePath() == QFileInfo(w.path("chosen.tariffsim.json")).absoluteFilePath());
        CHECK(QFileInfo::exists(w.path("chosen.tariffsim.json")));
        // A cancelled dialog saves nothing.
        doc->setOverride("us_reciprocal", 10.0);
        w.saveAsAnswer.clear();
        CHECK_FALSE(w.files->saveAs());
        CHECK(doc->isModified());
    }

    SECTION("a failed write reports the reason and leaves the scenario modified")
    {
        doc->setOverride("us_reciprocal", 60.0);
        CHECK_FALSE(w.files->saveTo(w.path("no-such-folder/x.tariffsim.json")));
        REQUIRE(w.errors.size() == 1);
        CHECK(contains(w.errors[0], QStringLiteral("could not be written")));
        CHECK(doc->isModified());
        CHECK(doc->filePath().isEmpty());
    }

    SECTION("opening with unsaved changes asks first: Cancel keeps everything, Discard opens, Save saves first")
    {
        Window source;
        source.doc->setOverride("us_fentanyl", 5.0);
        const QString other = w.path("other.tariffsim.json");
        REQUIRE(source.files->saveTo(other));

        doc->setOverride("us_reciprocal", 80.0);
        const ScenarioState edited = doc->state();
        w.saveAnswer = SaveChoice::Cancel;
        CHECK_FALSE(w.files->openFile(other));
        CHECK(w.asked == 1);
        CHECK(w.askedName == QStringLiteral("As enacted (modified)")); // an edited preset is named as such
        CHECK(doc->state() == edited);
        CHECK(doc->isModified());

        w.saveAnswer = SaveChoice::Save;
        w.saveAsAnswer = w.path("mine.tariffsim.json");
        REQUIRE(w.files->openFile(other));
        CHECK(w.asked == 2);
        CHECK(doc->overrideRatePct("us_fentanyl") == 5.0);
        // What was asked to be saved is on disk.
        const core::Scenario mine = core::parseScenario(readAll(w.path("mine.tariffsim.json")), test::dataset());
        REQUIRE(mine.overrides.size() == 1);
        CHECK(mine.overrides[0].ratePct == 80.0);

        doc->setOverride("us_fentanyl", 6.0);
        w.saveAnswer = SaveChoice::Discard;
        REQUIRE(w.files->openFile(w.path("mine.tariffsim.json")));
        CHECK(doc->overrideRatePct("us_reciprocal") == 80.0);
        CHECK_FALSE(doc->isModified());
    }

    SECTION("closing with unsaved changes asks: Cancel keeps the window open")
    {
        doc->setOverride("us_reciprocal", 80.0);
        w.saveAnswer = SaveChoice::Cancel;
        CHECK_FALSE(w.window.close());
        CHECK(w.window.isVisible());
        CHECK(w.asked == 1);
        w.saveAnswer = SaveChoice::Discard;
        CHECK(w.window.close());
        CHECK(w.asked == 2);
    }

    SECTION("choosing a preset with unsaved changes asks; Cancel keeps the scenario and the combo box")
    {
        QComboBox* presets = nullptr;
        for (auto* c : w.window.findChildren<QComboBox*>())
            if (c->accessibleName() == QStringLiteral("Preset scenario"))
                presets = c;
        REQUIRE(presets);
        doc->setOverride("us_reciprocal", 80.0);
        const int geneva = presets->findData(QStringLiteral("geneva-snapback"));
        REQUIRE(geneva >= 0);
        w.saveAnswer = SaveChoice::Cancel;
        presets->setCurrentIndex(geneva);
        emit presets->activated(geneva);
        CHECK(w.asked == 1);
        CHECK(doc->scenario().basePreset == "as-enacted");
        CHECK(presets->currentData().toString() == QStringLiteral("as-enacted"));
        CHECK(doc->isModified());
    }

    SECTION("New starts from the as-enacted preset with default parameters, no file, unmodified")
    {
        const auto defaults = doc->parameters();
        editEverything(doc);
        REQUIRE(w.files->saveTo(w.path("x.tariffsim.json")));
        doc->setOverride("us_reciprocal", 1.0);
        w.saveAnswer = SaveChoice::Discard;
        REQUIRE(w.files->newScenario());
        CHECK(doc->scenario().basePreset == "as-enacted");
        CHECK(doc->scenario().overrides.empty());
        CHECK(doc->parameters().passThrough.value == defaults.passThrough.value);
        CHECK(doc->filePath().isEmpty());
        CHECK_FALSE(doc->isModified());
        CHECK(w.window.windowTitle() == QStringLiteral("As enacted[*] — Tariff Scenario Simulator"));
    }

    SECTION("Revert reloads the file after confirmation")
    {
        doc->setOverride("us_reciprocal", 60.0);
        const QString file = w.path("r.tariffsim.json");
        REQUIRE(w.files->saveTo(file));
        const ScenarioState saved = doc->state();
        CHECK_FALSE(w.files->revertAction()->isEnabled()); // nothing to revert
        doc->setOverride("us_reciprocal", 90.0);
        CHECK(w.files->revertAction()->isEnabled());
        w.revertAnswer = false;
        CHECK_FALSE(w.files->revert());
        CHECK(doc->overrideRatePct("us_reciprocal") == 90.0);
        w.revertAnswer = true;
        REQUIRE(w.files->revert());
        CHECK(doc->state() == asSaved(saved));
        CHECK_FALSE(doc->isModified());
    }

    SECTION("recent files: most recent first, no duplicates, at most eight")
    {
        for (int i = 0; i < 10; ++i) {
            doc->setOverride("us_reciprocal", i + 1.0);
            REQUIRE(w.files->saveTo(w.path(qPrintable(QStringLiteral("f%1.tariffsim.json").arg(i)))));
        }
        REQUIRE(w.files->openFile(w.path("f3.tariffsim.json")));
        const QStringList recent = w.files->recentFiles();
        REQUIRE(recent.size() == 8);
        CHECK(QFileInfo(recent[0]).fileName() == QStringLiteral("f3.tariffsim.json"));
        CHECK(QFileInfo(recent[1]).fileName() == QStringLiteral("f9.tariffsim.json"));
        // Saved f0..f9 (f9 first, f2 last of eight), then f3 opened again moves to the top.
        CHECK(QFileInfo(recent[6]).fileName() == QStringLiteral("f4.tariffsim.json"));
        CHECK(QFileInfo(recent[7]).fileName() == QStringLiteral("f2.tariffsim.json"));
        CHECK(recent.count(recent[0]) == 1);
        // The menu lists them with numbered mnemonics.
        emit w.files->recentMenu()->aboutToShow();
        CHECK(w.files->recentMenu()->actions().first()->text() == QStringLiteral("&1 f3.tariffsim.json"));
    }

    SECTION("a file dropped on a chart opens; other drops are refused")
    {
        Window source;
        source.doc->setOverride("us_fentanyl", 7.0);
        const QString file = w.path("dropped.tariffsim.json");
        REQUIRE(source.files->saveTo(file));

        QWidget* target = w.window.chartView(ChartId::Volumes)->viewport();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        CHECK(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        CHECK(drop.isAccepted());
        // Opening waits for the drag-and-drop loop to end.
        CHECK_FALSE(doc->overrideRatePct("us_fentanyl"));
        QCoreApplication::processEvents();
        CHECK(doc->overrideRatePct("us_fentanyl") == 7.0);
        CHECK(doc->filePath() == QFileInfo(file).absoluteFilePath());

        // Text, or a file that is not JSON, is refused (sent to the window, which
        // has no drop handling of its own).
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w.window, &refused);
        CHECK_FALSE(refused.isAccepted());
        CHECK(droppedScenarioPath(&text).isEmpty());
        QMimeData notes;
        notes.setUrls({QUrl::fromLocalFile(w.path("notes.txt"))});
        CHECK(droppedScenarioPath(&notes).isEmpty());
        QDragEnterEvent accepted(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w.window, &accepted);
        CHECK(accepted.isAccepted());
    }

    SECTION("the undo history view shows the document's stack; opening a file resets it")
    {
        auto* history = w.window.findChild<HistoryDock*>();
        REQUIRE(history);
        CHECK(history->view()->stack() == doc->undoStack());
        doc->setOverride("us_reciprocal", 60.0);
        doc->setOverride("cn_counter", 20.0);
        CHECK(doc->undoStack()->count() == 2);
        CHECK(history->view()->model()->rowCount() == 3); // the opened state plus two edits
        const QString file = w.path("h.tariffsim.json");
        REQUIRE(w.files->saveTo(file));
        REQUIRE(w.files->openFile(file));
        CHECK(doc->undoStack()->count() == 0);
        CHECK(doc->undoStack()->isClean());
        CHECK(history->view()->model()->rowCount() == 1);
    }
}

TEST_CASE("Malformed and hostile files leave the open scenario untouched", "[ui][file][hostile]")
{
    Window w;
    ScenarioDocument* doc = w.doc;
    doc->setOverride("us_reciprocal", 77.0); // unsaved work that must survive
    const ScenarioState before = doc->state();
    const int undoCount = doc->undoStack()->count();

    for (const auto& c : kHostile) {
        INFO(c[0]);
        const QString file = w.path("bad.tariffsim.json");
        writeText(file, c[1]);
        w.errors.clear();
        CHECK_FALSE(w.files->openFile(file));
        REQUIRE(w.errors.size() == 1);
        CHECK(contains(w.errors[0], QString::fromUtf8(c[2])));
        CHECK(contains(w.errors[0], QStringLiteral("The open scenario is unchanged")));
        CHECK(doc->state() == before);
        CHECK(doc->undoStack()->count() == undoCount);
        CHECK(doc->isModified());
        CHECK(doc->filePath().isEmpty());
    }
    SECTION("deep nesting and a very large file")
    {
        w.errors.clear();
        const QString deep = w.path("deep.tariffsim.json");
        writeText(deep, std::string(200000, '[') + std::string(200000, ']'));
        CHECK_FALSE(w.files->openFile(deep));
        const QString big = w.path("big.tariffsim.json");
        {
            QFile f(big);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(static_cast<int>(core::kMaxScenarioBytes) + 10, ' '));
        }
        CHECK_FALSE(w.files->openFile(big));
        CHECK_FALSE(w.files->openFile(w.path("missing.tariffsim.json")));
        CHECK_FALSE(w.files->openFile(w.tmp.path())); // a folder
        REQUIRE(w.errors.size() == 4);
        CHECK(contains(w.errors[0], QStringLiteral("nesting deeper than 32 levels")));
        CHECK(contains(w.errors[1], QStringLiteral("larger than 4 MiB")));
        CHECK(contains(w.errors[2], QStringLiteral("no such file")));
        CHECK(contains(w.errors[3], QStringLiteral("not a regular file")));
        CHECK(doc->state() == before);
    }
    CHECK(w.asked == 0); // a bad file is refused before anything is asked
}

TEST_CASE("A hostile name is shown cut short and escaped", "[ui][file][hostile]")
{
    Window w;
    const ScenarioState before = w.doc->state();
    // A one-megabyte unknown key with escape codes: the message is short and has none.
    const QString path = w.path("huge-key.tariffsim.json");
    // (The key holds ESC as the JSON escape \u001b: 1 + 4 + 1048576 bytes once read.)
    writeText(path, "{\"format\": \"tariffsim-scenario\", \"version\": 2, \"\\u001b[31m" + std::string(1 << 20, 'k')
                        + "\": 1}");
    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(w.files->openFile(path));
    CHECK(timer.elapsed() < 2000);
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors[0].size() < 600);
    CHECK(contains(w.errors[0], QStringLiteral("\\x1b[31mkkkk")));
    CHECK(contains(w.errors[0], QStringLiteral("(1048581 bytes)")));
    CHECK_FALSE(w.errors[0].contains(QChar(0x1b)));
    CHECK(w.doc->state() == before);
}

TEST_CASE("Autosave writes recovery files and a later start offers them", "[ui][autosave]")
{
    Window w;
    ScenarioDocument* doc = w.doc;
    QTemporaryDir recovery;
    REQUIRE(recovery.isValid());

    SECTION("unsaved changes are autosaved; saving removes the file; a running session's file is not offered")
    {
        Autosave autosave(doc, recovery.path());
        CHECK(autosave.interval() == 30000);
        REQUIRE(autosave.saveNow());
        CHECK_FALSE(QFileInfo::exists(autosave.recoveryFilePath())); // nothing unsaved

        doc->setOverride("us_reciprocal", 55.0);
        REQUIRE(autosave.saveNow());
        REQUIRE(QFileInfo::exists(autosave.recoveryFilePath()));
        const RecoveryFile self{autosave.recoveryFilePath(), {}, {}, {}};
        const ScenarioFileResult r = Autosave::readRecovery(self, doc->dataset());
        REQUIRE(r.scenario);
        REQUIRE(r.scenario->overrides.size() == 1);
        CHECK(r.scenario->overrides[0].ratePct == 55.0);
        // Held by this (running) session: not for recovery.
        CHECK(Autosave::pendingRecoveries(recovery.path()).isEmpty());

        REQUIRE(w.files->saveTo(w.path("s.tariffsim.json")));
        CHECK_FALSE(QFileInfo::exists(autosave.recoveryFilePath()));
    }

    SECTION("a normal end removes the recovery file")
    {
        QString path;
        {
            Autosave autosave(doc, recovery.path());
            doc->setOverride("us_reciprocal", 55.0);
            REQUIRE(autosave.saveNow());
            path = autosave.recoveryFilePath();
            REQUIRE(QFileInfo::exists(path));
        }
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QDir(recovery.path()).entryList(QDir::Files).isEmpty());
    }

    SECTION("a file left by a session that ended abnormally is offered; Recover opens it as modified")
    {
        // What a killed session leaves: a recovery file and no live lock.
        core::Scenario s = doc->toScenario();
        s.title = "Lost work";
        s.overrides.push_back({"us_fentanyl", test::day("2025-06-01"), 35.0});
        const QString original = w.path("lost.tariffsim.json");
        const QString left = QDir(recovery.path()).filePath(QStringLiteral("999-1.recovery.json"));
        REQUIRE(Autosave::writeRecoveryFile(left, s, original).isEmpty());

        w.recoverAnswer = RecoveryChoice::Later;
        CHECK_FALSE(w.files->offerRecovery(recovery.path()));
        REQUIRE(w.offered.size() == 1);
        CHECK(w.offered[0].title == QStringLiteral("Lost work"));
        CHECK(w.offered[0].originalPath == original);
        CHECK(QFileInfo::exists(left)); // kept for later

        w.recoverAnswer = RecoveryChoice::Recover;
        REQUIRE(w.files->offerRecovery(recovery.path()));
        CHECK(doc->overrideRatePct("us_fentanyl") == 35.0);
        CHECK(doc->scenario().title == "Lost work");
        CHECK(doc->isModified());            // not in any file yet
        CHECK(w.window.isWindowModified());
        CHECK(doc->filePath() == original);  // Save goes back to where it came from
        CHECK_FALSE(QFileInfo::exists(left));
    }

    SECTION("Discard deletes the recovery file")
    {
        const QString left = QDir(recovery.path()).filePath(QStringLiteral("999-2.recovery.json"));
        REQUIRE(Autosave::writeRecoveryFile(left, doc->toScenario(), {}).isEmpty());
        w.recoverAnswer = RecoveryChoice::Discard;
        CHECK_FALSE(w.files->offerRecovery(recovery.path()));
        CHECK(w.offered.size() == 1);
        CHECK_FALSE(QFileInfo::exists(left));
        CHECK_FALSE(doc->isModified());
    }

    SECTION("a damaged recovery file is reported, not loaded")
    {
        const QString left = QDir(recovery.path()).filePath(QStringLiteral("999-3.recovery.json"));
        writeText(left, "{\"format\": \"tariffsim-recovery\", \"scenario\": \"{\\\"version\\\": 9}\"}");
        w.recoverAnswer = RecoveryChoice::Recover;
        const ScenarioState before = doc->state();
        CHECK_FALSE(w.files->offerRecovery(recovery.path()));
        REQUIRE(w.errors.size() == 1);
        CHECK(contains(w.errors[0], QStringLiteral("format")));
        CHECK(doc->state() == before);
    }
}

TEST_CASE("A start with a file offers that file's unsaved changes first", "[ui][autosave]")
{
    Window w;
    QTemporaryDir recovery;
    REQUIRE(recovery.isValid());
    // The file as saved, and two recovery files left by killed sessions: an older
    // one of another scenario and the file's own.
    core::Scenario saved = w.doc->toScenario();
    saved.title = "Saved";
    const QString path = w.path("saved.tariffsim.json");
    REQUIRE(writeScenarioFile(path, saved).isEmpty());
    const std::string bytes = readAll(path);
    core::Scenario other = saved;
    other.title = "Another";
    REQUIRE(Autosave::writeRecoveryFile(QDir(recovery.path()).filePath(QStringLiteral("1-1.recovery.json")), other,
                                        w.path("another.tariffsim.json"))
                .isEmpty());
    core::Scenario edited = saved;
    edited.overrides.push_back({"us_fentanyl", test::day("2026-01-01"), 5.0});
    const QString own = QDir(recovery.path()).filePath(QStringLiteral("1-2.recovery.json"));
    REQUIRE(Autosave::writeRecoveryFile(own, edited, path).isEmpty());
    // The other one is newer: without the file first it would be asked about first.
    {
        QFile f(own);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
    }

    w.recoverAnswer = RecoveryChoice::Recover;
    w.window.startUp(path, recovery.path());
    CHECK(w.doc->filePath() == path); // the file opens at once
    QTest::qWait(50);                 // the offer comes from the event loop
    REQUIRE(w.offered.size() == 1);
    CHECK(w.offered[0].originalPath == path);
    CHECK(w.offered[0].path == own);
    CHECK(w.doc->overrideRatePct("us_fentanyl") == 5.0);
    CHECK(w.doc->isModified());
    CHECK(w.doc->filePath() == path);
    CHECK(readAll(path) == bytes); // the file keeps the last saved version until a save
}

// Run by CTest as "fault: the window on a full disk", with tests/fault/enospc.cpp
// loaded (LD_PRELOAD): setting TARIFFSIM_FAULT_ENOSPC_DIR then fills the disk
// under that folder.
TEST_CASE("On a full disk the window keeps the file, the changes and the recovery file", "[ui][.fault]")
{
    REQUIRE(qEnvironmentVariable("LD_PRELOAD").contains(QStringLiteral("enospc")));
    Window w;
    QTemporaryDir recovery;
    REQUIRE(recovery.isValid());
    const QString path = w.path("s.tariffsim.json");
    w.doc->setOverride("us_reciprocal", 50.0);
    REQUIRE(w.files->saveTo(path));
    const std::string bytes = readAll(path);
    Autosave autosave(w.doc, recovery.path());
    w.doc->setOverride("us_reciprocal", 60.0);
    REQUIRE(autosave.saveNow());
    REQUIRE(QFileInfo::exists(autosave.recoveryFilePath()));

    qputenv("TARIFFSIM_FAULT_ENOSPC_DIR", w.tmp.path().toUtf8());
    SECTION("Save fails, says why, and changes nothing")
    {
        CHECK_FALSE(w.files->save());
        REQUIRE(w.errors.size() == 1);
        CHECK(contains(w.errors[0], QStringLiteral("Cannot save scenario")));
        CHECK(contains(w.errors[0], path + QStringLiteral(": No space left on device")));
        CHECK(readAll(path) == bytes);
        CHECK(QDir(w.tmp.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("s.tariffsim.json")});
        CHECK(w.doc->isModified());
        CHECK(w.window.isWindowModified());
        CHECK(QFileInfo::exists(autosave.recoveryFilePath())); // the edit is still protected
    }
    SECTION("closing asks again after every failed save")
    {
        w.saveAnswer = SaveChoice::Save;
        CHECK_FALSE(w.window.close());
        CHECK(w.asked == 1);
        CHECK_FALSE(w.window.close());
        CHECK(w.asked == 2);
        CHECK(w.window.isVisible());
        CHECK(w.errors.size() == 2);
        CHECK(readAll(path) == bytes);
    }
    SECTION("an export of more than 16 KiB fails with the reason")
    {
        const QString png = w.path("chart.png");
        const ChartModel model = chartModel(*w.doc, ChartId::Volumes, {});
        ExportRequest request;
        request.layout = defaultBriefingLayout(*w.doc, model, exportDay());
        const QByteArray data = renderExport(model, request);
        REQUIRE(data.size() > 16 * 1024);
        const QString error = writeExportFile(png, data);
        CHECK(error == png + QStringLiteral(": No space left on device"));
        CHECK_FALSE(QFileInfo::exists(png));
    }
    SECTION("an autosave into the full folder reports it")
    {
        Autosave full(w.doc, w.path("recovery"));
        QSignalSpy failed(&full, &Autosave::failed);
        CHECK_FALSE(full.saveNow());
        REQUIRE(failed.count() == 1);
        // The session's lock is written first, and the full disk stops it there.
        CHECK(contains(failed[0][0].toString(), w.path("recovery")
                                                    + QStringLiteral(": cannot create the lock file (the disk may be "
                                                                     "full or the folder read-only)")));
    }
    qunsetenv("TARIFFSIM_FAULT_ENOSPC_DIR");
    // With room again, the save goes through.
    REQUIRE(w.files->save());
    CHECK(readAll(path) != bytes);
    CHECK_FALSE(w.doc->isModified());
}

TEST_CASE("An edited preset is shown as modified and named on its first save", "[ui][file]")
{
    Window w;
    w.doc->loadPreset("as-enacted");
    w.doc->setEffectiveDate(test::day("2026-01-01"));
    test::settle(w.window);
    CHECK(w.doc->displayTitle() == QStringLiteral("As enacted"));
    CHECK_FALSE(w.window.windowTitle().contains(QStringLiteral("(modified)")));
    w.doc->setOverride("us_reciprocal", 125.0);
    test::settle(w.window);
    CHECK(w.doc->displayTitle() == QStringLiteral("As enacted (modified)"));
    CHECK(w.window.windowTitle().startsWith(QStringLiteral("As enacted (modified)")));
    const QStringList diff = w.doc->differencesFromBase();
    REQUIRE(diff.size() == 1);
    CHECK(diff.front() == QStringLiteral("IEEPA 'reciprocal' duty set to 125% from 1 Jan 2026"));
    const auto* summary = w.window.findChild<QLabel*>(QStringLiteral("changes-from-preset"));
    REQUIRE(summary);
    CHECK(summary->text() == QStringLiteral("1 change from As enacted"));
    CHECK(summary->toolTip() == diff.front());

    // Save As asks for a title first; cancelling it saves nothing.
    w.saveAsAnswer = w.path("mine.tariffsim.json");
    w.titleAnswer.clear();
    CHECK_FALSE(w.files->saveAs());
    CHECK(w.titleAsked == 1);
    CHECK(w.suggestedTitle == QStringLiteral("As enacted (modified)"));
    CHECK_FALSE(QFileInfo::exists(w.saveAsAnswer));
    // Named: the file carries the title and notes that say what changed.
    w.titleAnswer = QStringLiteral("Reciprocal back to 125%");
    REQUIRE(w.files->saveAs());
    CHECK(w.titleAsked == 2);
    const std::string saved = readAll(w.saveAsAnswer);
    CHECK(saved.find("\"title\": \"Reciprocal back to 125%\"") != std::string::npos);
    CHECK(saved.find("Based on “As enacted”, with: IEEPA 'reciprocal' duty set to 125% from 1 Jan 2026.")
          != std::string::npos);
    CHECK(w.doc->displayTitle() == QStringLiteral("Reciprocal back to 125%"));
    // Later saves do not ask again.
    w.doc->setOverride("us_reciprocal", 100.0);
    REQUIRE(w.files->save());
    CHECK(w.titleAsked == 2);
}
