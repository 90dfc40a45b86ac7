#pragma once

// Autosave and crash recovery. While the scenario has unsaved changes, a
// recovery file is written every 30 seconds to
// <AppDataLocation>/recovery/<session>.recovery.json; it is removed when the
// changes are saved or discarded and when the window closes normally. A session
// holds <session>.lock (QLockFile) from its first autosave; after a crash or a
// kill the lock is stale, and the next start offers the scenario for recovery
// (FileController::offerRecovery).

#include "ui/document/scenariofile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace tariffsim::ui {

class ScenarioDocument;

/// A recovery file left by a session that did not end normally.
struct RecoveryFile {
    QString path;         ///< the recovery file
    QString originalPath; ///< the scenario's own file; empty for a never-saved scenario
    QString title;        ///< the scenario's title
    QDateTime savedAt;    ///< when it was autosaved (local time)
};

class Autosave : public QObject {
    Q_OBJECT
public:
    /// How often unsaved changes are written.
    static constexpr int kDefaultIntervalMs = 30000;

    /// Watches `doc`; recovery files go to `directory` (created when first needed).
    explicit Autosave(ScenarioDocument* doc, const QString& directory = defaultDirectory(),
                      QObject* parent = nullptr);
    /// A normal end: removes this session's recovery file and lock.
    ~Autosave() override;

    /// <QStandardPaths::AppDataLocation>/recovery.
    static QString defaultDirectory();
    const QString& directory() const { return m_directory; }
    /// This session's recovery file (it exists only while there are unsaved changes
    /// that have been autosaved).
    QString recoveryFilePath() const;

    int interval() const { return m_timer.interval(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }

    /// Writes the recovery file now if the document has unsaved changes that are
    /// not in it yet; removes it if the document has no unsaved changes. Returns
    /// false if writing failed (and emits failed()).
    bool saveNow();

    /// Writes a recovery file for `scenario` (atomically). Returns an empty string on
    /// success, else "PATH: reason".
    static QString writeRecoveryFile(const QString& path, const core::Scenario& scenario,
                                     const QString& originalPath);
    /// Recovery files in `directory` whose session has ended without removing them
    /// (its lock is gone or stale), newest first. Files of running sessions are
    /// not listed.
    static QList<RecoveryFile> pendingRecoveries(const QString& directory = defaultDirectory());
    /// The scenario in a recovery file, or the reason it cannot be read.
    static ScenarioFileResult readRecovery(const RecoveryFile& file, const core::Dataset& ds);
    /// Deletes a recovery file (after it was recovered or declined).
    static void discard(const RecoveryFile& file);

signals:
    /// A recovery file was written.
    void saved(const QString& path);
    /// Writing the recovery file failed: "PATH: reason". The unsaved changes are
    /// then not protected against a crash until a later autosave or a save succeeds.
    void failed(const QString& message);

private:
    void removeRecoveryFile();

    QPointer<ScenarioDocument> m_doc; ///< may go first when the window is destroyed
    QString m_directory;
    QString m_session;
    QTimer m_timer;
    bool m_pending = false; ///< changes not yet in the recovery file
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace tariffsim::ui
