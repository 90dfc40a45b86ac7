#include "briefingdialogs.h"

#include "chartexport.h"
#include "ui/document/appdata.h"
#include "ui/document/scenariodocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace tariffsim::ui {

BriefingPreferencesDialog::BriefingPreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_organisation(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_marking(new QComboBox(this))
    , m_logo(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    m_marking->setEditable(true);
    m_marking->addItems({QString(), tr("OFFICIAL"), tr("OFFICIAL-SENSITIVE"), tr("For internal use")});
    m_organisation->setPlaceholderText(tr("Shown in the header of every page"));
    m_author->setPlaceholderText(tr("On the first page and in the PDF's metadata"));
    m_marking->lineEdit()->setPlaceholderText(tr("None"));
    m_marking->setToolTip(tr("Handling marking, centred in the header and footer of every page"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Logo"), m_logo->text(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!file.isEmpty())
            m_logo->setText(file);
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Organisation:"), m_organisation);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Handling marking:"), m_marking);
    form->addRow(tr("Logo:"), logoRow);
    // Where the analyst's own data are read from (File > Import observations
    // writes there; tariffsim --data DIR reads another folder).
    const QString folder = currentUserDataFolder();
    m_dataFolder = new QLabel(folder, this);
    m_dataFolder->setObjectName(QStringLiteral("data-folder"));
    m_dataFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataFolder->setWordWrap(true);
    m_dataFolder->setToolTip(tr("Files here with the shipped names are added to the shipped data at start; "
                                "'tariffsim-cli data check' checks them"));
    auto* open = new QPushButton(tr("Open folder"), this);
    connect(open, &QPushButton::clicked, this, [folder] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataFolder, 1);
    dataRow->addWidget(open);
    form->addRow(tr("Your data folder:"), dataRow);
    auto* note = new QLabel(tr("Used by every briefing pack and brief exported from this window."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMarks(savedBriefingMarks());
}

BriefingMarks BriefingPreferencesDialog::marks() const
{
    return {m_organisation->text().trimmed(), m_author->text().trimmed(), m_marking->currentText().trimmed(),
            m_logo->text().trimmed()};
}

void BriefingPreferencesDialog::setMarks(const BriefingMarks& m)
{
    m_organisation->setText(m.organisation);
    m_author->setText(m.author);
    m_marking->setCurrentText(m.marking);
    m_logo->setText(m.logoPath);
}

void BriefingPreferencesDialog::accept()
{
    saveBriefingMarks(marks());
    QDialog::accept();
}

// ---------------------------------------------------------------------------

BriefingPackDialog::BriefingPackDialog(ScenarioDocument* doc, const BriefingPackOptions& options,
                                       std::vector<BriefingComparison> comparisons, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_base(options)
    , m_edits(doc->scenario().briefing)
    , m_title(new QLineEdit(options.title, this))
    , m_paper(new QComboBox(this))
    , m_brief(new QCheckBox(tr("One-page brief (key findings and two charts)"), this))
    , m_comparison(new QComboBox(this))
    , m_findings(new QListWidget(this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Briefing pack"));
    m_paper->addItem(tr("A4"), paperSizeName(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), paperSizeName(PaperSize::Letter));
    m_paper->setCurrentIndex(options.paper == PaperSize::A4 ? 0 : 1);
    m_brief->setChecked(options.brief);
    if (auto base = basePresetComparison(*doc))
        m_comparisons.push_back(std::move(*base));
    for (auto& c : comparisons)
        m_comparisons.push_back(std::move(c));
    for (const BriefingComparison& c : m_comparisons)
        m_comparison->addItem(c.name);
    m_comparison->addItem(tr("the no-change baseline only"));

    m_findings->setWordWrap(true);
    m_findings->setAlternatingRowColors(true);
    m_findings->setSpacing(3);
    m_findings->setToolTip(tr("Double-click a finding to reword it; the figures of a generated finding follow the "
                              "scenario until it is reworded"));
    auto* up = new QPushButton(tr("Up"), this);
    auto* down = new QPushButton(tr("Down"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* add = new QPushButton(tr("Add…"), this);
    auto* reset = new QPushButton(tr("Regenerate"), this);
    reset->setToolTip(tr("Back to the generated findings in their order"));
    connect(up, &QPushButton::clicked, this, [this] { moveFinding(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveFinding(1); });
    connect(remove, &QPushButton::clicked, this, &BriefingPackDialog::removeFinding);
    connect(add, &QPushButton::clicked, this, [this] { addFinding(tr("New finding.")); });
    connect(reset, &QPushButton::clicked, this, &BriefingPackDialog::resetFindings);
    auto* buttonsCol = new QVBoxLayout;
    for (QPushButton* b : {up, down, remove, add, reset})
        buttonsCol->addWidget(b);
    buttonsCol->addStretch();
    auto* findingsRow = new QHBoxLayout;
    findingsRow->addWidget(m_findings, 1);
    findingsRow->addLayout(buttonsCol);

    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(QString(), m_brief);
    form->addRow(tr("Compare with:"), m_comparison);

    auto* previewRow = new QHBoxLayout;
    for (QLabel*& label : m_preview) {
        label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumSize(260, 300);
        label->setFrameShape(QFrame::StyledPanel);
        previewRow->addWidget(label);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            QDialog::accept();
    });

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(new QLabel(tr("Key findings (saved with the scenario):"), this));
    left->addLayout(findingsRow, 1);
    auto* main = new QHBoxLayout;
    main->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview of the first pages:"), this));
    right->addLayout(previewRow, 1);
    main->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &BriefingPackDialog::refreshPreview);
    connect(m_title, &QLineEdit::textChanged, this, &BriefingPackDialog::schedulePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &BriefingPackDialog::schedulePreview);
    connect(m_brief, &QCheckBox::toggled, this, &BriefingPackDialog::schedulePreview);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, [this] {
        fillFindings();
        schedulePreview();
    });
    // An edit in place only updates the findings kept: rebuilding the list here
    // would delete the item whose change is still being delivered.
    connect(m_findings, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            findingsEdited(false);
    });
    fillFindings();
    refreshPreview();
}

std::vector<core::KeyFinding> BriefingPackDialog::generated() const
{
    const int k = m_comparison->currentIndex();
    const BriefingComparison* cmp =
        k >= 0 && k < static_cast<int>(m_comparisons.size()) ? &m_comparisons[static_cast<size_t>(k)] : nullptr;
    core::FindingsComparison fc;
    if (cmp) {
        fc.name = cmp->name.toStdString();
        fc.projection = cmp->projection.get();
        fc.schedule = cmp->schedule.get();
    }
    return core::keyFindings(m_doc->dataset(), m_doc->scenario(), m_doc->schedule(), m_doc->projection(),
                             m_doc->asOfDate(), cmp ? &fc : nullptr);
}

void BriefingPackDialog::fillFindings()
{
    m_filling = true;
    const int row = m_findings->currentRow();
    m_findings->clear();
    for (const core::KeyFinding& k : core::applyFindingEdits(generated(), m_edits)) {
        auto* item = new QListWidgetItem(QString::fromStdString(k.text), m_findings);
        item->setData(Qt::UserRole, QString::fromStdString(k.id));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (k.edited)
            item->setToolTip(tr("Reworded: its figures no longer follow the scenario"));
    }
    m_findings->setCurrentRow(std::min(row, m_findings->count() - 1));
    m_filling = false;
}

void BriefingPackDialog::findingsEdited(bool refill)
{
    const std::vector<core::KeyFinding> gen = generated();
    core::BriefingNotes edits;
    for (int i = 0; i < m_findings->count(); ++i) {
        const QListWidgetItem* item = m_findings->item(i);
        core::BriefingFinding f;
        f.id = item->data(Qt::UserRole).toString().toStdString();
        f.text = item->text().trimmed().toStdString();
        const auto it = std::find_if(gen.begin(), gen.end(), [&](const core::KeyFinding& g) { return g.id == f.id; });
        if (!f.id.empty() && it != gen.end() && it->text == f.text)
            f.text.clear(); // unchanged: keep following the scenario
        if (f.id.empty() && f.text.empty())
            continue;
        edits.keyFindings.push_back(std::move(f));
    }
    // The generated findings in their order need no edits.
    bool asGenerated = edits.keyFindings.size() == gen.size();
    for (size_t i = 0; asGenerated && i < gen.size(); ++i)
        asGenerated = edits.keyFindings[i].id == gen[i].id && edits.keyFindings[i].text.empty();
    if (asGenerated)
        edits = {};
    m_edits = edits;
    if (refill)
        fillFindings();
    schedulePreview();
}

void BriefingPackDialog::moveFinding(int step)
{
    const int row = m_findings->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_findings->count())
        return;
    m_filling = true;
    QListWidgetItem* item = m_findings->takeItem(row);
    m_findings->insertItem(to, item);
    m_findings->setCurrentRow(to);
    m_filling = false;
    findingsEdited();
    m_findings->setCurrentRow(to);
}

void BriefingPackDialog::removeFinding()
{
    const int row = m_findings->currentRow();
    if (row < 0)
        return;
    m_filling = true;
    delete m_findings->takeItem(row);
    m_filling = false;
    findingsEdited();
}

void BriefingPackDialog::addFinding(const QString& text)
{
    m_filling = true;
    auto* item = new QListWidgetItem(text, m_findings);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_filling = false;
    findingsEdited();
    m_findings->setCurrentRow(m_findings->count() - 1);
    if (isVisible())
        m_findings->editItem(m_findings->currentItem());
}

void BriefingPackDialog::resetFindings()
{
    m_edits = {};
    fillFindings();
    schedulePreview();
}

core::BriefingNotes BriefingPackDialog::findingEdits() const { return m_edits; }

BriefingPackOptions BriefingPackDialog::options() const
{
    BriefingPackOptions o = m_base;
    o.title = m_title->text();
    o.paper = paperSizeFromName(m_paper->currentData().toString()).value_or(PaperSize::A4);
    o.brief = m_brief->isChecked();
    const int k = m_comparison->currentIndex();
    o.comparison.reset();
    if (k >= 0 && k < static_cast<int>(m_comparisons.size()))
        o.comparison = m_comparisons[static_cast<size_t>(k)];
    o.findings = core::applyFindingEdits(generated(), m_edits);
    return o;
}

void BriefingPackDialog::schedulePreview() { m_previewTimer->start(); }

void BriefingPackDialog::refreshPreview()
{
    m_previewTimer->stop();
    m_previewImages = renderBriefingPreview(*m_doc, options(), 2, 0.75);
    showPreview();
}

void BriefingPackDialog::showPreview()
{
    for (size_t i = 0; i < 2; ++i) {
        QLabel* label = m_preview[i];
        if (!label)
            continue;
        if (i < m_previewImages.size()) {
            const QSize room = label->contentsRect().size().expandedTo(label->minimumSize()) - QSize(8, 8);
            label->setPixmap(QPixmap::fromImage(m_previewImages[i])
                                 .scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            label->show();
        } else {
            label->clear();
            label->hide();
        }
    }
}

void BriefingPackDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

bool BriefingPackDialog::save(const QString& givenPath)
{
    m_doc->setBriefing(m_edits); // kept with the scenario (one undo step when it changed)
    QString path = givenPath;
    QSettings settings;
    if (path.isEmpty()) {
        const QString dir = settings.value(QStringLiteral("export/dir")).toString();
        path = QFileDialog::getSaveFileName(this, tr("Export briefing pack"),
                                            QDir(dir).filePath(m_brief->isChecked() ? QStringLiteral("brief.pdf")
                                                                                    : QStringLiteral("briefing.pdf")),
                                            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".pdf");
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = writeExportFile(path, renderBriefingPack(*m_doc, options()));
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export briefing pack"), error);
        return false;
    }
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    return true;
}

} // namespace tariffsim::ui
