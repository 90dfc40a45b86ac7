#include "ui/document/autosave.h"

#include "core/fileio.h"

#include "ui/document/scenariodocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace tariffsim::ui {

namespace {

const QString kRecoverySuffix = QStringLiteral(".recovery.json");
const QString kLockSuffix = QStringLiteral(".lock");
const char* const kFormat = "tariffsim-recovery";

QString lockPathOf(const QString& recoveryPath)
{
    return recoveryPath.left(recoveryPath.size() - kRecoverySuffix.size()) + kLockSuffix;
}

} // namespace

Autosave::Autosave(ScenarioDocument* doc, const QString& directory, QObject* parent)
    : QObject(parent)
    , m_doc(doc)
    , m_directory(directory)
    , m_session(QStringLiteral("%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QDateTime::currentMSecsSinceEpoch()))
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer.start();
    connect(doc, &ScenarioDocument::changed, this, [this](Changes what) {
        if (what & (kModelChanges | Change::Description))
            m_pending = true;
    });
    connect(doc->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            removeRecoveryFile(); // saved, reverted or opened: nothing left to recover
    });
}

Autosave::~Autosave()
{
    QFile::remove(recoveryFilePath());
    if (m_lock)
        m_lock->unlock();
}

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString Autosave::recoveryFilePath() const { return QDir(m_directory).filePath(m_session + kRecoverySuffix); }

bool Autosave::saveNow()
{
    if (!m_doc)
        return false;
    if (!m_doc->isModified()) {
        removeRecoveryFile();
        return true;
    }
    if (!m_pending && QFileInfo::exists(recoveryFilePath()))
        return true;
    if (!QDir().mkpath(m_directory)) {
        emit failed(tr("%1: cannot create the folder").arg(m_directory));
        return false;
    }
    if (!m_lock) {
        // Held for the rest of the session: while it is, no other start offers
        // this session's file for recovery.
        m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(m_session + kLockSuffix));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            const QLockFile::LockError error = m_lock->error();
            m_lock.reset();
            emit failed(error == QLockFile::LockFailedError
                            ? tr("%1: the recovery file is held by another session").arg(m_directory)
                            : tr("%1: cannot create the lock file (the disk may be full or the folder "
                                 "read-only)")
                                  .arg(m_directory));
            return false;
        }
    }
    if (const QString error = writeRecoveryFile(recoveryFilePath(), m_doc->toScenario(), m_doc->filePath());
        !error.isEmpty()) {
        emit failed(error);
        return false;
    }
    m_pending = false;
    emit saved(recoveryFilePath());
    return true;
}

void Autosave::removeRecoveryFile()
{
    QFile::remove(recoveryFilePath());
    m_pending = m_doc && m_doc->isModified();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QString Autosave::writeRecoveryFile(const QString& path, const core::Scenario& scenario,
                                   const QString& originalPath)
{
    const std::string text = core::serializeScenario(scenario);
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(kFormat));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("originalPath"), originalPath);
    // The scenario as text, byte for byte what a save would write.
    root.insert(QStringLiteral("scenario"), QString::fromStdString(text));
    const QByteArray bytes = QJsonDocument(root).toJson();
    try {
        core::writeFileAtomically(path.toStdString(), std::string_view(bytes.constData(), bytes.size()));
    } catch (const core::FileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QList<RecoveryFile> Autosave::pendingRecoveries(const QString& directory)
{
    QList<RecoveryFile> out;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({QStringLiteral("*") + kRecoverySuffix}, QDir::Files)) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathOf(path));
        lock.setStaleLockTime(0); // only a dead owner makes a lock stale, not its age
        if (!lock.tryLock(0))
            continue; // a running session's file
        lock.unlock();
        RecoveryFile r;
        r.path = path;
        r.savedAt = QFileInfo(path).lastModified();
        QFile file(path);
        if (file.size() <= static_cast<qint64>(2 * core::kMaxScenarioBytes) && file.open(QIODevice::ReadOnly)) {
            const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            r.originalPath = root.value(QStringLiteral("originalPath")).toString();
            const QDateTime saved =
                QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (saved.isValid())
                r.savedAt = saved;
            const QString text = root.value(QStringLiteral("scenario")).toString();
            const QJsonObject scenario = QJsonDocument::fromJson(text.toUtf8()).object();
            r.title = scenario.value(QStringLiteral("title")).toString();
        }
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const RecoveryFile& a, const RecoveryFile& b) { return a.savedAt > b.savedAt; });
    return out;
}

ScenarioFileResult Autosave::readRecovery(const RecoveryFile& r, const core::Dataset& ds)
{
    QFile file(r.path);
    if (file.size() > static_cast<qint64>(2 * core::kMaxScenarioBytes) || !file.open(QIODevice::ReadOnly))
        return {std::nullopt, QCoreApplication::translate("tariffsim::ui::Autosave", "The recovery file cannot be read.")};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return {std::nullopt, QCoreApplication::translate("tariffsim::ui::Autosave", "The recovery file is damaged.")};
    const QByteArray text = root.value(QStringLiteral("scenario")).toString().toUtf8();
    try {
        return {core::parseScenario(std::string_view(text.constData(), static_cast<size_t>(text.size())), ds), {}};
    } catch (const core::ScenarioError& e) {
        return {std::nullopt, QString::fromStdString(e.what())};
    }
}

void Autosave::discard(const RecoveryFile& r)
{
    QFile::remove(r.path);
    QFile::remove(lockPathOf(r.path));
}

} // namespace tariffsim::ui
