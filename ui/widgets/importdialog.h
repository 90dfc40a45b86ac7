#pragma once

#include <QDialog>

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace tariffsim::ui {

/// File > Import observations...: copies a CSV into the user data folder as one
/// of the files it may hold (core::userDataFileNames), with a column-mapping step:
/// each column of the target file is taken from a column of the source, chosen by
/// name when the source has it. The result is checked (core::checkUserFile)
/// before it is written, atomically. A file of that name already in the folder
/// gets the rows added (core::mergeUserCsv: a row with the same key is replaced);
/// one with problems of its own is replaced.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    /// `folder`: the user data folder (shown in the dialog; created on import).
    explicit ImportDialog(const QString& folder, QWidget* parent = nullptr);

    /// Reads the source file (a dialog's "Choose..." calls this). False with the
    /// reason shown when it cannot be read or is not CSV.
    bool setSourceFile(const QString& path);
    /// The source mapped to the target's columns, and its problems (empty when none).
    std::string mappedText() const;
    /// What the import writes: mappedText(), merged into the folder's file of that
    /// name when there is a usable one.
    std::string resultText() const;
    QString problems() const;
    /// Writes the mapped file into the folder. False with the reason shown.
    bool importNow();

    QComboBox* targetBox() const { return m_target; }
    /// The source column chosen for a target column, or nullptr.
    QComboBox* mappingBox(const std::string& column) const;
    QString targetPath() const;

private:
    void rebuildMapping();
    void refresh();
    /// The folder's file of the target's name, when it exists and has no problems.
    std::optional<std::string> existingText() const;

    QString m_folder;
    std::string m_sourceText;
    std::vector<std::string> m_sourceHeader;
    QLabel* m_source = nullptr;
    QComboBox* m_target = nullptr;
    QFormLayout* m_mapping = nullptr;
    std::vector<std::pair<std::string, QComboBox*>> m_boxes;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace tariffsim::ui
