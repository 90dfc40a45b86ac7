#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QDateEdit;
class QGridLayout;
class QGroupBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace tariffsim::ui {

class ScenarioDocument;

/// One row per legal layer of both sides: a slider and a spin box kept in step
/// (percent; typed values are taken exactly, e.g. 145), the enacted value beside
/// them and a reset to enacted. Above them, the "Changes take effect on" date.
/// Every edit goes through the document's undo stack; a slider drag is one step.
class TariffControls : public QWidget {
    Q_OBJECT
public:
    explicit TariffControls(ScenarioDocument* doc, QWidget* parent = nullptr);

    /// Slider range in percent; typed values may go up to 1000.
    static constexpr int kSliderMaxPct = 200;

    QSlider* slider(const std::string& measureId) const;
    QDoubleSpinBox* spinBox(const std::string& measureId) const;
    QToolButton* resetButton(const std::string& measureId) const;
    QDateEdit* effectiveDateEdit() const { return m_date; }
    /// The group of the scenario's own measures (hidden when it has none); each
    /// has a row like the shipped layers, with Edit... and Remove.
    QGroupBox* ownMeasuresBox() const { return m_ownBox; }
    QToolButton* editButton(const std::string& measureId) const;
    QToolButton* removeButton(const std::string& measureId) const;

    /// US tariffs on the other suppliers: the fold-out button, the group, and a partner's rate box.
    QToolButton* partnersToggle() const { return m_partnersToggle; }
    QGroupBox* partnersBox() const { return m_partnersBox; }
    QDoubleSpinBox* partnerSpinBox(const std::string& partner) const;

signals:
    /// A slider drag started or ended (charts hold their axes while it runs).
    void dragActive(bool active);

private:
    struct Row {
        std::string measureId;
        QLabel* name = nullptr;
        QSlider* slider = nullptr;
        QDoubleSpinBox* spin = nullptr;
        QLabel* enacted = nullptr;
        QToolButton* reset = nullptr;
        int mergeId = 0;
    };
    /// The slider, spin box, enacted label and reset button of a rate row.
    void addRateWidgets(Row& row, const QString& name, QWidget* parent);
    /// Wires a row (at `index` in m_rows) to the document's overrides.
    void connectRow(const Row& row, size_t index);
    void sync();
    /// Rebuilds the rows of the scenario's own measures when they changed.
    void rebuildOwnMeasures();
    const Row* row(const std::string& measureId) const;

    struct PartnerRow {
        std::string partner;
        QLabel* name = nullptr;
        QDoubleSpinBox* spin = nullptr;
        QLabel* recorded = nullptr;
        QToolButton* reset = nullptr;
    };
    std::vector<PartnerRow> m_partnerRows;
    QToolButton* m_partnersToggle = nullptr;
    QGroupBox* m_partnersBox = nullptr;

    ScenarioDocument* m_doc;
    QDateEdit* m_date = nullptr;
    std::vector<Row> m_rows;
    size_t m_shippedRows = 0;          ///< m_rows before the scenario's own measures
    QGroupBox* m_ownBox = nullptr;
    QGridLayout* m_ownGrid = nullptr;
    std::vector<std::string> m_ownIds; ///< measures shown in m_ownBox, in order
    std::vector<std::pair<QToolButton*, QToolButton*>> m_ownButtons; ///< edit, remove per own row
};

} // namespace tariffsim::ui
