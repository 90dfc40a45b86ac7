#include "filecontroller.h"

#include "ui/document/appdata.h"
#include "ui/document/scenariodocument.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

namespace tariffsim::ui {

namespace {

const QString kRecentKey = QStringLiteral("files/recent");
const QString kDirectoryKey = QStringLiteral("files/directory");

bool isScenarioName(const QString& path) { return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive); }

FileDialogs defaultDialogs(QWidget* window)
{
    FileDialogs d;
    d.askSave = [window](const QString& name) {
        QMessageBox box(QMessageBox::Warning, FileController::tr("Unsaved changes"),
                        FileController::tr("Save the changes to “%1” first?").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window);
        box.setInformativeText(FileController::tr("Your changes are lost if you don't save them."));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save: return SaveChoice::Save;
        case QMessageBox::Discard: return SaveChoice::Discard;
        default: return SaveChoice::Cancel;
        }
    };
    d.chooseOpenPath = [window](const QString& directory) {
        return QFileDialog::getOpenFileName(window, FileController::tr("Open Scenario"), directory,
                                            scenarioFileFilter());
    };
    d.chooseSavePath = [window](const QString& suggested) {
        return QFileDialog::getSaveFileName(window, FileController::tr("Save Scenario As"), suggested,
                                            scenarioFileFilter());
    };
    d.askTitle = [window](const QString& suggested) {
        bool ok = false;
        const QString title = QInputDialog::getText(
            window, FileController::tr("Name the Scenario"),
            FileController::tr("This scenario differs from its preset. Title for the saved scenario:"),
            QLineEdit::Normal, suggested, &ok);
        return ok ? title.trimmed() : QString();
    };
    d.confirmRevert = [window](const QString& name) {
        return QMessageBox::question(window, FileController::tr("Revert"),
                                     FileController::tr("Discard the changes to “%1” and reload it from its file?")
                                         .arg(name),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };
    d.askRecover = [window](const RecoveryFile& file) {
        const QString title = file.title.isEmpty() ? FileController::tr("Untitled scenario") : file.title;
        const QString question = file.originalPath.isEmpty()
            ? FileController::tr("Tariff Scenario Simulator did not close normally. Recover the unsaved "
                                 "scenario “%1” (never saved to a file)?")
                  .arg(title)
            : FileController::tr("Tariff Scenario Simulator did not close normally. Recover the unsaved "
                                 "changes to “%1” in %2?")
                  .arg(title, QDir::toNativeSeparators(file.originalPath));
        QMessageBox box(QMessageBox::Question, FileController::tr("Recover unsaved scenario"), question,
                        QMessageBox::NoButton, window);
        QString details = FileController::tr("Autosaved %1.").arg(QLocale().toString(file.savedAt, QLocale::LongFormat));
        if (!file.originalPath.isEmpty())
            details += QLatin1Char(' ')
                + FileController::tr("Its file, %1, keeps the last saved version until you save.")
                      .arg(QDir::toNativeSeparators(file.originalPath));
        box.setInformativeText(details);
        auto* recover = box.addButton(FileController::tr("&Recover"), QMessageBox::AcceptRole);
        auto* discard = box.addButton(FileController::tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(FileController::tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == recover)
            return RecoveryChoice::Recover;
        if (box.clickedButton() == discard)
            return RecoveryChoice::Discard;
        return RecoveryChoice::Later;
    };
    d.showError = [window](const QString& title, const QString& message) {
        QMessageBox::warning(window, title, message);
    };
    return d;
}

} // namespace

QString droppedScenarioPath(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && isScenarioName(url.toLocalFile()))
            return url.toLocalFile();
    return {};
}

FileController::FileController(ScenarioDocument* doc, QWidget* window)
    : QObject(window)
    , m_doc(doc)
    , m_window(window)
    , m_dialogs(defaultDialogs(window))
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &FileController::newScenario);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &FileController::open);
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &FileController::save);
    m_saveAs = new QAction(this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &FileController::saveAs);
    m_revert = new QAction(this);
    connect(m_revert, &QAction::triggered, this, &FileController::revert);
    m_describe = new QAction(this);
    connect(m_describe, &QAction::triggered, this, &FileController::editDescription);
    m_recentMenu = new QMenu(window);
    retranslate();
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileController::rebuildRecentMenu);

    connect(doc, &ScenarioDocument::changed, this, [this](Changes what) {
        if (what & (Changes(Change::FilePath) | Change::Modified))
            updateActions();
    });
    connect(doc->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_window->setWindowModified(!clean);
        updateActions();
    });
    m_window->setWindowModified(doc->isModified());
    updateActions();

    // Drops land on whichever child is under the cursor (chart views accept drops
    // of their own), so watch the whole application and keep this window's.
    m_window->setAcceptDrops(true);
    qApp->installEventFilter(this);
}

FileController::~FileController()
{
    qApp->removeEventFilter(this);
}

void FileController::retranslate()
{
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Start a new scenario from the as-enacted preset"));
    m_open->setText(tr("&Open…"));
    m_open->setToolTip(tr("Open a scenario file (.tariffsim.json)"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the scenario to its file"));
    m_saveAs->setText(tr("Save &As…"));
    m_saveAs->setToolTip(tr("Save the scenario to a new file"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Discard the changes and reload the scenario's file"));
    m_describe->setText(tr("&Title and Notes…"));
    m_describe->setToolTip(tr("Edit the scenario's title and notes"));
    m_recentMenu->setTitle(tr("Open &Recent"));
}

void FileController::addToMenu(QMenu* menu)
{
    QAction* first = menu->actions().isEmpty() ? nullptr : menu->actions().first();
    menu->insertAction(first, m_new);
    menu->insertAction(first, m_open);
    menu->insertMenu(first, m_recentMenu);
    menu->insertSeparator(first);
    menu->insertAction(first, m_save);
    menu->insertAction(first, m_saveAs);
    menu->insertAction(first, m_revert);
    menu->insertSeparator(first);
    menu->insertAction(first, m_describe);
    if (first)
        menu->insertSeparator(first);
}

QString FileController::documentName() const
{
    if (!m_doc->filePath().isEmpty())
        return QFileInfo(m_doc->filePath()).fileName();
    return m_doc->displayTitle();
}

QString FileController::windowTitle() const
{
    QString name = m_doc->displayTitle();
    if (!m_doc->filePath().isEmpty())
        name += QStringLiteral(" (%1)").arg(QFileInfo(m_doc->filePath()).fileName());
    return tr("%1[*] — Tariff Scenario Simulator").arg(name);
}

void FileController::updateActions()
{
    const bool hasFile = !m_doc->filePath().isEmpty();
    m_revert->setEnabled(hasFile && m_doc->isModified());
    m_window->setWindowFilePath(m_doc->filePath());
}

QString FileController::startDirectory() const
{
    if (!m_doc->filePath().isEmpty())
        return QFileInfo(m_doc->filePath()).absolutePath();
    const QString last = QSettings().value(kDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool FileController::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    switch (m_dialogs.askSave(documentName())) {
    case SaveChoice::Save: return save();
    case SaveChoice::Discard: return true;
    case SaveChoice::Cancel: return false;
    }
    return false;
}

bool FileController::newScenario()
{
    if (!maybeSave())
        return false;
    core::Scenario s = *m_doc->appData().presets->find(core::PresetLibrary::kDefaultId);
    s.basePreset = s.id;
    m_doc->loadScenario(s, {});
    return true;
}

bool FileController::openPreset(const std::string& presetId)
{
    if (!m_doc->appData().presets->find(presetId) || !maybeSave())
        return false;
    m_doc->loadPreset(presetId);
    return true;
}

bool FileController::open()
{
    const QString path = m_dialogs.chooseOpenPath(startDirectory());
    return !path.isEmpty() && openFile(path);
}

bool FileController::openFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Read first: a bad file is refused before anything is asked or changed.
    const ScenarioFileResult result = readScenarioFile(absolute, m_doc->dataset());
    if (!result.scenario) {
        m_dialogs.showError(tr("Cannot open scenario"),
                            tr("“%1” cannot be opened:\n\n%2\n\nThe open scenario is unchanged.")
                                .arg(QFileInfo(path).fileName(), result.error));
        return false;
    }
    if (!maybeSave())
        return false;
    m_doc->loadScenario(*result.scenario, absolute);
    rememberFile(absolute);
    emit message(tr("Opened %1").arg(QFileInfo(absolute).fileName()));
    return true;
}

bool FileController::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    return saveTo(m_doc->filePath());
}

bool FileController::saveAs()
{
    if (m_doc->needsOwnTitle()) {
        // An edited preset saved under the preset's own title would be read as the
        // preset: ask for a title first, and say in the notes what it changes.
        const core::Scenario* base = m_doc->basePresetScenario();
        const QString title = m_dialogs.askTitle ? m_dialogs.askTitle(m_doc->displayTitle()) : QString();
        if (title.isEmpty())
            return false;
        QString notes = QString::fromStdString(m_doc->scenario().notes);
        if (base && notes == QString::fromStdString(base->notes))
            notes = tr("Based on “%1”, with: %2.")
                        .arg(QString::fromStdString(base->title), m_doc->differencesFromBase().join(QStringLiteral("; ")));
        m_doc->setDescription(title, notes);
    }
    const QString suggested =
        m_doc->filePath().isEmpty()
            ? QDir(startDirectory()).filePath(suggestedFileName(QString::fromStdString(m_doc->scenario().title)))
            : m_doc->filePath();
    QString path = m_dialogs.chooseSavePath(suggested);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += kScenarioSuffix;
    return saveTo(path);
}

bool FileController::saveTo(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString error = writeScenarioFile(absolute, m_doc->toScenario());
    if (!error.isEmpty()) {
        m_dialogs.showError(tr("Cannot save scenario"),
                            tr("“%1” could not be written:\n\n%2\n\nThe scenario still has unsaved changes.")
                                .arg(QFileInfo(absolute).fileName(), error));
        return false;
    }
    m_doc->setFilePath(absolute);
    m_doc->undoStack()->setClean();
    rememberFile(absolute);
    emit message(tr("Saved %1").arg(QFileInfo(absolute).fileName()));
    return true;
}

bool FileController::revert()
{
    if (m_doc->filePath().isEmpty() || !m_doc->isModified() || !m_dialogs.confirmRevert(documentName()))
        return false;
    const QString path = m_doc->filePath();
    const ScenarioFileResult result = readScenarioFile(path, m_doc->dataset());
    if (!result.scenario) {
        m_dialogs.showError(tr("Cannot revert"), tr("“%1” cannot be read:\n\n%2\n\nThe open scenario is unchanged.")
                                                     .arg(QFileInfo(path).fileName(), result.error));
        return false;
    }
    m_doc->loadScenario(*result.scenario, path);
    emit message(tr("Reverted to %1").arg(QFileInfo(path).fileName()));
    return true;
}

void FileController::editDescription()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Title and Notes"));
    auto* form = new QFormLayout(&dialog);
    auto* title = new QLineEdit(QString::fromStdString(m_doc->scenario().title), &dialog);
    title->setAccessibleName(tr("Scenario title"));
    auto* notes = new QPlainTextEdit(QString::fromStdString(m_doc->scenario().notes), &dialog);
    notes->setAccessibleName(tr("Scenario notes"));
    notes->setTabChangesFocus(true);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Notes:"), notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, 320);
    if (dialog.exec() == QDialog::Accepted)
        m_doc->setDescription(title->text(), notes->toPlainText());
}

bool FileController::offerRecovery(const QString& directory)
{
    QList<RecoveryFile> files = Autosave::pendingRecoveries(directory);
    // The open file's own unsaved changes come first (newest first otherwise).
    const QString open = m_doc->filePath();
    std::stable_partition(files.begin(), files.end(), [&](const RecoveryFile& f) {
        return !open.isEmpty() && QFileInfo(f.originalPath) == QFileInfo(open);
    });
    for (const RecoveryFile& file : files) {
        switch (m_dialogs.askRecover(file)) {
        case RecoveryChoice::Later: continue;
        case RecoveryChoice::Discard: Autosave::discard(file); continue;
        case RecoveryChoice::Recover: break;
        }
        const ScenarioFileResult result = Autosave::readRecovery(file, m_doc->dataset());
        if (!result.scenario) {
            m_dialogs.showError(tr("Cannot recover scenario"), result.error);
            continue;
        }
        if (!maybeSave())
            return false;
        m_doc->loadScenario(*result.scenario, file.originalPath);
        // The recovered changes are not in any file yet.
        m_doc->undoStack()->resetClean();
        Autosave::discard(file);
        emit message(tr("Recovered the unsaved scenario"));
        return true;
    }
    return false;
}

QStringList FileController::recentFiles() const { return QSettings().value(kRecentKey).toStringList(); }

void FileController::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    emit recentFilesChanged();
}

void FileController::rememberFile(const QString& path)
{
    QSettings settings;
    QStringList list = settings.value(kRecentKey).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    settings.setValue(kRecentKey, list);
    settings.setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    emit recentFilesChanged();
}

void FileController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        auto* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QSettings settings;
                QStringList list = settings.value(kRecentKey).toStringList();
                list.removeAll(path);
                settings.setValue(kRecentKey, list);
                emit recentFilesChanged();
            }
            openFile(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    auto* clear = m_recentMenu->addAction(tr("&Clear Menu"), this, &FileController::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

bool FileController::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto* drop = static_cast<QDropEvent*>(event); // QDragEnterEvent and QDragMoveEvent derive from it
    const QString path = droppedScenarioPath(drop->mimeData());
    if (path.isEmpty())
        return false;
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop) {
        // Not inside the drag-and-drop loop: opening may ask questions.
        QTimer::singleShot(0, this, [this, path] { openFile(path); });
    }
    return true;
}

} // namespace tariffsim::ui
