#pragma once

// Side-by-side comparison of scenarios: the current scenario and up to
// four pinned ones (snapshots of the current scenario, saved files, presets).
// Plain data and pure functions; ComparisonPanel shows them and the charts
// overlay the pins (ui/chartmodels.h, PinnedOverlay).

#include "ui/charts/chartmodels.h"
#include "ui/document/scenariodocument.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

namespace tariffsim::ui {

/// The figures compared: core::scenarioFigures of each scenario.
using ComparisonFigures = core::ScenarioFigures;

/// One scenario in the comparison, with its schedule and projection.
struct ComparedScenario {
    QString label;      ///< "Pin 1: Geneva truce lapses" (list, table)
    QString shortLabel; ///< "Pin 1" (chart series)
    QString title;      ///< "Geneva truce lapses"
    ScenarioState state;
    std::shared_ptr<const core::TariffSchedule> schedule;
    std::shared_ptr<const core::Projection> projection;
    /// Chart series of the pin (computed once: pins do not change).
    std::map<ChartId, std::vector<ChartSeries>> series;
};

/// Builds pin number `index` (0-3): its schedule, projection (without bands)
/// and chart series in the pin's line style, labelled "Pin N: title".
ComparedScenario pinScenario(int index, const QString& title, const ScenarioState& state, const AppData& data);
/// Renumbers a pin (labels, line style, chart series) without recomputing it.
void setPinIndex(ComparedScenario& pin, int index);

/// A row of the comparison table.
struct ComparisonRow {
    enum class Kind { Input, Figure };
    Kind kind = Kind::Input;
    QString label;
    QStringList values;      ///< one per column, the current scenario first
    QStringList differences; ///< Figure rows: column - current, signed ("+12.3"); "" for the current column
};

/// The inputs that differ between the columns (base preset, effective date, each
/// overridden rate, each truce, dropped steps, frozen rates, each parameter),
/// then every headline figure with its differences against the first column.
/// `figures` is aligned with `states`.
std::vector<ComparisonRow> comparisonRows(const std::vector<const ScenarioState*>& states,
                                          const std::vector<ComparisonFigures>& figures, const core::Dataset& ds);

/// The line style of pin `index` (0-3).
SeriesStyle pinStyle(int index);

} // namespace tariffsim::ui
