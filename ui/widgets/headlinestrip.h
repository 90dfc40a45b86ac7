#pragma once

#include "ui/charts/chartmodels.h"
#include "ui/document/money.h" // formatUsdBn, as the strip writes money

#include <QFrame>

#include <map>

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
    QLabel* titleLabel(const QString& card) const;
    /// The whole text of a card's figure (the label may show it on two lines or
    /// in a smaller font; it never cuts it).
    QString figureText(const QString& card) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* addCard(const QString& id, const QString& title);
    void showFigure(QLabel* label, const QString& text, const QString& tip);
    /// Fits a figure into its label's width: the normal font, then a smaller
    /// one, then two lines split at a separator; never cut.
    void fitFigure(QLabel* label);
    void elideTitle(QLabel* title);

    ScenarioDocument* m_doc;
    Headline m_figures;
    core::DiversionFigures m_diversion;
    std::vector<std::pair<QString, QLabel*>> m_cards;
    std::vector<std::pair<QString, QLabel*>> m_titles;
    std::map<QLabel*, QString> m_fullText;
};

} // namespace tariffsim::ui
