#pragma once

#include "core/scenariomeasure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tariffsim::ui {

/// Scenario > New measure...: the editor of a measure of the scenario's own
/// (its first rate step, any later steps in a table, coverage by HS prefixes). The HS search finds prefixes by the
/// names of the program's sectors (chapters and named products) of the flow the
/// measure taxes. OK is enabled only for a measure that
/// core::findScenarioMeasureProblem accepts; the label under the form says what
/// is wrong otherwise.
class MeasureDialog : public QDialog {
    Q_OBJECT
public:
    /// `existing`: the scenario's measures (for a fresh id and the checks);
    /// `initial`, when given, is the measure being changed.
    MeasureDialog(const core::Dataset& ds, std::vector<core::ScenarioMeasure> existing,
                  const core::ScenarioMeasure* initial, QWidget* parent = nullptr);

    /// The measure as the form stands.
    core::ScenarioMeasure measure() const;
    /// The problem with it, empty when there is none.
    QString problem() const;

    QComboBox* directionBox() const { return m_direction; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* hsEdit() const { return m_hs; }
    QDoubleSpinBox* rateBox() const { return m_rate; }
    QDateEdit* fromEdit() const { return m_from; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* searchResults() const { return m_results; }
    /// Later steps, one row each: From (QDateEdit), Ends on (QLineEdit, empty for
    /// none), Rate (QDoubleSpinBox) and how it applies (QComboBox).
    QTableWidget* stepsTable() const { return m_steps; }
    QPushButton* addStepButton() const { return m_addStep; }
    QPushButton* removeStepButton() const { return m_removeStep; }
    /// The layers of the same side the measure yields to (checkable; none: it
    /// adds on top of everything in force).
    QListWidget* yieldsToList() const { return m_yields; }
    /// Adds a later step (after the last one's start or end).
    void addStep(const core::MeasureStep& step);

private:
    void validate();
    void search();
    /// Lists the direction's layers to yield to, keeping the ticks of those still listed.
    void fillYields(const std::vector<std::string>& checked);
    /// The later step of table row `row`; `badEnd` is set to the text of an end that is not a date.
    core::MeasureStep laterStep(int row, QString* badEnd = nullptr) const;

    const core::Dataset& m_ds;
    std::vector<core::ScenarioMeasure> m_others; ///< the scenario's measures but the one edited
    std::string m_id;
    QComboBox* m_direction = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_basis = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_to = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_hs = nullptr;
    QDoubleSpinBox* m_share = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QTableWidget* m_steps = nullptr;
    QListWidget* m_yields = nullptr;
    QPushButton* m_addStep = nullptr;
    QPushButton* m_removeStep = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tariffsim::ui
