#include "ui/widgets/importdialog.h"

#include "core/csv.h"
#include "core/fileio.h"
#include "core/userdata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tariffsim::ui {

ImportDialog::ImportDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
{
    setWindowTitle(tr("Import observations"));
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("Your data folder: %1\nIts files are added to the shipped data at the next start; "
                                "a row with the same key replaces the shipped one.")
                                 .arg(QDir::toNativeSeparators(folder)),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    auto* form = new QFormLayout;
    auto* choose = new QPushButton(tr("&Choose CSV..."), this);
    m_source = new QLabel(tr("no file chosen"), this);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(choose);
    sourceRow->addWidget(m_source, 1);
    form->addRow(tr("Source:"), sourceRow);
    m_target = new QComboBox(this);
    for (const auto& name : core::userDataFileNames())
        m_target->addItem(QString::fromStdString(name));
    m_target->setCurrentText(QStringLiteral("trade_monthly.csv"));
    form->addRow(tr("Import as:"), m_target);
    layout->addLayout(form);
    auto* mappingBox = new QGroupBox(tr("Columns (each column of the file from a column of the source)"), this);
    m_mapping = new QFormLayout(mappingBox);
    layout->addWidget(mappingBox);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import observations"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            setSourceFile(path);
    });
    connect(m_target, &QComboBox::currentTextChanged, this, &ImportDialog::rebuildMapping);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    rebuildMapping();
}

bool ImportDialog::setSourceFile(const QString& path)
{
    try {
        m_sourceText = core::readFileLimited(path.toStdString(), 16 * 1024 * 1024);
        const auto rows = core::parseCsv(m_sourceText);
        m_sourceHeader = rows.empty() ? std::vector<std::string>() : rows.front();
    } catch (const core::FileError& e) {
        m_sourceText.clear();
        m_sourceHeader.clear();
        m_status->setText(tr("%1: %2").arg(path, QString::fromStdString(e.reason())));
        rebuildMapping();
        return false;
    } catch (const core::CsvError& e) {
        m_sourceText.clear();
        m_sourceHeader.clear();
        m_status->setText(tr("%1 is not CSV: %2").arg(path, QString::fromStdString(e.what())));
        rebuildMapping();
        return false;
    }
    m_source->setText(QDir::toNativeSeparators(path));
    // The file's own name picks the target when it is one of them.
    const QString name = QFileInfo(path).fileName();
    if (m_target->findText(name) >= 0)
        m_target->setCurrentText(name);
    rebuildMapping();
    return true;
}

QComboBox* ImportDialog::mappingBox(const std::string& column) const
{
    for (const auto& [name, box] : m_boxes)
        if (name == column)
            return box;
    return nullptr;
}

QString ImportDialog::targetPath() const { return QDir(m_folder).filePath(m_target->currentText()); }

void ImportDialog::rebuildMapping()
{
    while (m_mapping->rowCount() > 0)
        m_mapping->removeRow(0);
    m_boxes.clear();
    const std::string target = m_target->currentText().toStdString();
    for (const auto& column : core::userDataColumns(target, false)) {
        auto* box = new QComboBox(this);
        box->addItem(tr("(leave empty)"), -1);
        int chosen = 0;
        for (size_t k = 0; k < m_sourceHeader.size(); ++k) {
            box->addItem(QString::fromStdString(m_sourceHeader[k]), static_cast<int>(k));
            if (m_sourceHeader[k] == column)
                chosen = static_cast<int>(k) + 1;
        }
        box->setCurrentIndex(chosen);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        m_mapping->addRow(QString::fromStdString(column) + QStringLiteral(":"), box);
        m_boxes.emplace_back(column, box);
    }
    refresh();
}

std::string ImportDialog::mappedText() const
{
    if (m_sourceHeader.empty())
        return {};
    std::vector<std::string> columns;
    std::vector<int> from;
    for (const auto& [name, box] : m_boxes) {
        columns.push_back(name);
        from.push_back(box->currentData().toInt());
    }
    try {
        return core::remapCsvColumns(m_sourceText, columns, from);
    } catch (const core::CsvError&) {
        return {};
    }
}

QString ImportDialog::problems() const
{
    if (m_sourceHeader.empty())
        return tr("Choose a CSV file.");
    QStringList lines;
    for (const auto& p : core::checkUserFile(m_target->currentText().toStdString(), mappedText()))
        lines << QString::fromStdString(p.toString());
    return lines.join(QLatin1Char('\n'));
}

std::optional<std::string> ImportDialog::existingText() const
{
    QFile file(targetPath());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::string text = file.readAll().toStdString();
    // A file there that has problems of its own is replaced, not merged into.
    if (!core::checkUserFile(m_target->currentText().toStdString(), text).empty())
        return std::nullopt;
    return text;
}

std::string ImportDialog::resultText() const
{
    const std::string added = mappedText();
    if (const auto existing = existingText()) {
        try {
            return core::mergeUserCsv(m_target->currentText().toStdString(), *existing, added);
        } catch (const std::exception&) {
        }
    }
    return added;
}

void ImportDialog::refresh()
{
    const QString p = problems();
    m_import->setEnabled(p.isEmpty());
    const QString ready = QFile::exists(targetPath()) && existingText()
        ? tr("Ready: adds its rows to %1 (a row with the same key replaces the one there).").arg(targetPath())
        : QFile::exists(targetPath()) ? tr("Ready: replaces %1, which has problems of its own.").arg(targetPath())
                                      : tr("Ready: writes %1.").arg(targetPath());
    m_status->setText(p.isEmpty() ? ready : p);
}

bool ImportDialog::importNow()
{
    if (!problems().isEmpty())
        return false;
    QDir().mkpath(m_folder);
    try {
        core::writeFileAtomically(targetPath().toStdString(), resultText());
    } catch (const core::FileError& e) {
        m_status->setText(tr("Could not write %1: %2").arg(targetPath(), QString::fromStdString(e.reason())));
        return false;
    }
    return true;
}

} // namespace tariffsim::ui
