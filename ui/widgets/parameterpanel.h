#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QDoubleSpinBox;
class QLabel;

namespace tariffsim::core {
struct ModelParameters;
struct Parameter;
} // namespace tariffsim::core

namespace tariffsim::ui {

class ScenarioDocument;

/// The trade model's parameters: elasticity and adjustment speed of each flow,
/// pass-through, front-loading and the rare-earth licence approval share, each
/// with its literature range as a hint and its source in the tooltip.
class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(ScenarioDocument* doc, QWidget* parent = nullptr);

    /// The spin box of a parameter by its label ("Pass-through"), for tests.
    QDoubleSpinBox* spinBox(const QString& label) const;

private:
    struct Row {
        QString label;
        QDoubleSpinBox* spin = nullptr;
        std::function<core::Parameter&(core::ModelParameters&)> field;
        std::function<QString(double)> what; ///< the value's meaning in plain words
        QLabel* hint = nullptr;              ///< the range beside the box
    };
    void sync();

    ScenarioDocument* m_doc;
    std::vector<Row> m_rows;
};

} // namespace tariffsim::ui
