#pragma once

// The File menu of the window: New, Open, Open Recent, Save, Save As, Revert,
// title and notes; opening files dropped on the window; asking before unsaved
// changes are lost; offering autosaved scenarios for recovery after a crash.
// The dialogs go through FileDialogs, which tests replace.

#include "ui/document/autosave.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace tariffsim::ui {

class ScenarioDocument;

enum class SaveChoice { Save, Discard, Cancel };
enum class RecoveryChoice { Recover, Discard, Later };

/// The questions the file commands ask. Defaults show Qt dialogs on the window.
struct FileDialogs {
    /// Unsaved changes in the named scenario: save, discard or cancel?
    std::function<SaveChoice(const QString& name)> askSave;
    /// A file to open ("" = cancelled); starts in `directory`.
    std::function<QString(const QString& directory)> chooseOpenPath;
    /// A file to save to ("" = cancelled); proposes `suggestedPath`.
    std::function<QString(const QString& suggestedPath)> chooseSavePath;
    /// Throw away the changes to the named scenario and reload its file?
    std::function<bool(const QString& name)> confirmRevert;
    /// Recover a scenario autosaved by a session that did not end normally?
    std::function<RecoveryChoice(const RecoveryFile& file)> askRecover;
    /// A title for a scenario that still carries its preset's title ("" = cancelled).
    std::function<QString(const QString& suggested)> askTitle;
    /// Reports a failure (a file that cannot be read or written).
    std::function<void(const QString& title, const QString& message)> showError;
};

class FileController : public QObject {
    Q_OBJECT
public:
    /// Most recent files remembered.
    static constexpr int kMaxRecentFiles = 8;

    /// `window` is the dialogs' parent and the drop target.
    FileController(ScenarioDocument* doc, QWidget* window);
    ~FileController() override;

    FileDialogs& dialogs() { return m_dialogs; }

    /// Sets the actions' texts in the interface's language (again after it changes).
    void retranslate();
    /// Puts the file actions at the top of `fileMenu` (before what it holds).
    void addToMenu(QMenu* fileMenu);
    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* revertAction() const { return m_revert; }
    QMenu* recentMenu() const { return m_recentMenu; }

    /// "Title (file.tariffsim.json)[*] — Tariff Scenario Simulator".
    QString windowTitle() const;

    /// Starts a new scenario from the default preset, with default parameters.
    bool newScenario();
    /// Starts over from a preset (keeping the model parameters).
    bool openPreset(const std::string& presetId);
    /// Asks for a file and opens it.
    bool open();
    /// Opens a scenario file. An invalid file is reported (naming the field) and
    /// leaves the open scenario untouched; unsaved changes are asked about first.
    bool openFile(const QString& path);
    /// Saves to the scenario's file, or asks for one.
    bool save();
    /// Asks for a file and saves to it.
    bool saveAs();
    /// Saves to `path` atomically; on success the scenario is unmodified and `path`
    /// is its file.
    bool saveTo(const QString& path);
    /// Reloads the scenario's file, after confirmation, dropping the changes.
    bool revert();
    /// Edits the title and notes in a dialog (one undo step).
    void editDescription();

    /// When there are unsaved changes: asks Save / Discard / Cancel and saves if
    /// asked. True when it is fine to go on (nothing unsaved, saved, discarded).
    bool maybeSave();

    /// Offers the scenarios autosaved by sessions that did not end normally,
    /// newest first, until one is recovered. A recovered scenario opens as
    /// modified (its file, if it had one, is not overwritten until saved).
    /// Returns true if one was recovered.
    bool offerRecovery(const QString& directory = Autosave::defaultDirectory());

    /// Most recent first (QSettings "files/recent").
    QStringList recentFiles() const;
    void clearRecentFiles();

signals:
    void recentFilesChanged();
    /// A short report for the status bar ("Saved x.tariffsim.json").
    void message(const QString& text);

protected:
    /// Files dragged onto any widget of the window.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString documentName() const;
    QString startDirectory() const;
    void rememberFile(const QString& path);
    void rebuildRecentMenu();
    void updateActions();

    ScenarioDocument* m_doc;
    QWidget* m_window;
    FileDialogs m_dialogs;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_revert = nullptr;
    QAction* m_describe = nullptr;
    QMenu* m_recentMenu = nullptr;
};

/// The local scenario file among dropped URLs, or "" if there is none.
QString droppedScenarioPath(const QMimeData* mime);

} // namespace tariffsim::ui
