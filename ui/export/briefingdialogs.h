#pragma once

// The window's dialogs around the briefing pack: Preferences (organisation,
// author, handling marking, logo; remembered in QSettings) and the Briefing
// pack dialog (title, paper, full pack or one-page brief, comparison, the key
// findings to edit and reorder, a preview of the first pages, Save…). Rendering
// is ui/export/briefingpack.h; these only collect the options.

#include "briefingpack.h"

#include <QDialog>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace tariffsim::ui {

class ScenarioDocument;

/// Edit > Preferences…: the briefing marks, saved with saveBriefingMarks() on OK.
class BriefingPreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit BriefingPreferencesDialog(QWidget* parent = nullptr);

    BriefingMarks marks() const;
    void setMarks(const BriefingMarks& marks);
    /// Saves the marks and closes.
    void accept() override;

    QLineEdit* organisationEdit() const { return m_organisation; }
    QLineEdit* authorEdit() const { return m_author; }
    QComboBox* markingBox() const { return m_marking; }
    QLineEdit* logoEdit() const { return m_logo; }
    /// The user data folder the window reads, shown read-only.
    QLabel* dataFolderLabel() const { return m_dataFolder; }

private:
    QLineEdit* m_organisation;
    QLineEdit* m_author;
    QComboBox* m_marking;
    QLineEdit* m_logo;
    QLabel* m_dataFolder = nullptr;
};

/// File > Export > Briefing pack…
class BriefingPackDialog : public QDialog {
    Q_OBJECT
public:
    /// `comparisons` are the pinned scenarios the findings may be compared with
    /// (the base preset is always offered first).
    BriefingPackDialog(ScenarioDocument* doc, const BriefingPackOptions& options,
                       std::vector<BriefingComparison> comparisons, QWidget* parent = nullptr);

    /// The options as the dialog sets them (findings included).
    BriefingPackOptions options() const;
    /// The analyst's arrangement of the findings as the list shows it (empty:
    /// the generated findings in their order).
    core::BriefingNotes findingEdits() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* paperBox() const { return m_paper; }
    QCheckBox* briefBox() const { return m_brief; }
    QComboBox* comparisonBox() const { return m_comparison; }
    QListWidget* findingsList() const { return m_findings; }
    /// The preview images of the first pages, as last rendered.
    const std::vector<QImage>& previewImages() const { return m_previewImages; }

    /// Moves the selected finding up (-1) or down (+1).
    void moveFinding(int step);
    void removeFinding();
    void addFinding(const QString& text);
    /// Back to the generated findings in their order.
    void resetFindings();
    /// Renders the preview now (it otherwise follows changes after a short delay).
    void refreshPreview();
    /// Keeps the findings with the scenario (one undo step), asks for a file and
    /// writes the pack. `path` non-empty skips the file dialog.
    bool save(const QString& path = {});

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Scales the preview images into their labels.
    void showPreview();
    void fillFindings();
    /// Takes the list's order and words as the findings kept; `refill` rebuilds
    /// the list from them (ids, tooltips).
    void findingsEdited(bool refill = true);
    std::vector<core::KeyFinding> generated() const;
    void schedulePreview();

    ScenarioDocument* m_doc;
    BriefingPackOptions m_base;
    std::vector<BriefingComparison> m_comparisons; ///< [0] base preset when the scenario changes rates
    core::BriefingNotes m_edits;
    QLineEdit* m_title;
    QComboBox* m_paper;
    QCheckBox* m_brief;
    QComboBox* m_comparison;
    QListWidget* m_findings;
    QLabel* m_preview[2] = {nullptr, nullptr};
    QTimer* m_previewTimer;
    std::vector<QImage> m_previewImages;
    bool m_filling = false;
};

} // namespace tariffsim::ui
