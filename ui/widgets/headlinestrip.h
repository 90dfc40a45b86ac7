#pragma once

#include "ui/charts/chartmodels.h"

#include <QFrame>

class QLabel;

namespace tariffsim::ui {

class ScenarioDocument;

/// The figures an analyst reads first: trade lost or gained against baseline over
/// the horizon ($bn and %), trade diverted to other suppliers and the part of it
/// rerouted Chinese trade, duties collected, average rates both ways on the
/// as-of date, and days left in the running truce.
class HeadlineStrip : public QFrame {
    Q_OBJECT
public:
    explicit HeadlineStrip(ScenarioDocument* doc, QWidget* parent = nullptr);

    const Headline& figures() const { return m_figures; }
    /// Trade diverted and rerouted (core/diversion.h) over the same months.
    const core::DiversionFigures& diversionFigures() const { return m_diversion; }
    /// Recomputes the figures from the document (the window calls it once per
    /// frame after model or as-of date changes).
    void refresh();
    /// The value label of a card ("trade" for China → US, "trade-us", "trade-diverted", "trade-rerouted",
    /// "duties", "rates", "truce"), for tests.
    QLabel* valueLabel(const QString& card) const;

private:
    QLabel* addCard(const QString& id, const QString& title);

    ScenarioDocument* m_doc;
    Headline m_figures;
    core::DiversionFigures m_diversion;
    std::vector<std::pair<QString, QLabel*>> m_cards;
    std::vector<std::pair<QString, QLabel*>> m_titles;
};

/// "−$123.4bn" style money text.
QString formatUsdBn(double value);

} // namespace tariffsim::ui
