#pragma once

#include "ui/charts/chartmodels.h"

#include <QFrame>

class QLabel;

namespace tariffsim::ui {

class ScenarioDocument;

/// The figures an analyst reads first: trade lost or gained against baseline over
/// the horizon ($bn and %), duties collected, average rates both ways on the
/// as-of date, and days left in the running truce.
class HeadlineStrip : public QFrame {
    Q_OBJECT
public:
    explicit HeadlineStrip(ScenarioDocument* doc, QWidget* parent = nullptr);

    const Headline& figures() const { return m_figures; }
    /// Recomputes the figures from the document (the window calls it once per
    /// frame after model or as-of date changes).
    void refresh();
    /// The value label of a card ("trade" for China → US, "trade-us", "duties", "rates", "truce"), for tests.
    QLabel* valueLabel(const QString& card) const;

private:
    QLabel* addCard(const QString& id, const QString& title);

    ScenarioDocument* m_doc;
    Headline m_figures;
    std::vector<std::pair<QString, QLabel*>> m_cards;
    std::vector<std::pair<QString, QLabel*>> m_titles;
};

/// "−$123.4bn" style money text.
QString formatUsdBn(double value);

} // namespace tariffsim::ui
