#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QDateEdit;
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
    void sync();
    const Row* row(const std::string& measureId) const;

    ScenarioDocument* m_doc;
    QDateEdit* m_date = nullptr;
    std::vector<Row> m_rows;
};

} // namespace tariffsim::ui
