#pragma once

#include "dataset.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// One dated rate step of a measure a scenario defines. Steps apply in the
/// order of their `from` dates: an add-on step adds `ratePct` points to the
/// rate the measure's earlier steps give while it is in force; a "set to" step
/// makes the measure's rate `ratePct` while it is in force (earlier steps no
/// longer count on those days; later ones still do).
struct MeasureStep {
    Date from;               ///< first day in force
    std::optional<Date> to;  ///< first day no longer in force; open-ended when unset (after `from`)
    double ratePct = 0.0;    ///< percent ad valorem, 0-1000
    bool setTo = false;      ///< "set to" rather than add-on

    bool operator==(const MeasureStep&) const = default;
};

/// What a scenario measure covers: goods of an HS prefix (chapter "95", heading
/// "9503", subheading "950300" or "9503.00") or the goods of one of the
/// program's named sectors (Sector::id of the flow taxed, "8517.13", "85"),
/// `share` of them (0-1).
struct MeasureCoverage {
    std::string hs;     ///< HS prefix; empty when `sector` is given
    std::string sector; ///< sector id; empty when `hs` is given
    double share = 1.0;

    bool operator==(const MeasureCoverage&) const = default;
};

/// A measure the analyst adds in a scenario: a new legal layer of its own,
/// compiled by the tariff schedule like a shipped measure (overrides and truces
/// apply to it by `id`).
struct ScenarioMeasure {
    std::string id;        ///< unique among the scenario's and the dataset's measures
    Direction direction = Direction::UsOnChina;
    std::string name;      ///< also the layer it is reported under
    std::string legalBasis; ///< free text: the instrument or authority it would rest on
    std::vector<MeasureStep> steps;
    std::vector<MeasureCoverage> coverage;
    /// Empty: the layer adds on top of everything in force. Otherwise it is not
    /// charged on the share covered by these measures (same direction) while they
    /// charge a duty, as the shipped measures' yieldsTo.
    std::vector<std::string> yieldsTo;

    bool operator==(const ScenarioMeasure&) const = default;
};

/// Whether `prefix` is an HS prefix of 2, 4 or 6 digits (dots allowed between
/// digits: "8517.13").
bool isHsPrefixSyntax(std::string_view prefix);
/// Whether some goods of `flow` in the dataset fall under `prefix` (a product of
/// trade_by_hs6.csv or a sector's own HS code).
bool hsPrefixKnown(const Dataset& ds, Flow flow, std::string_view prefix);

/// The rate of a scenario measure on a day after its steps (percent).
double scenarioMeasureRatePct(const ScenarioMeasure& m, Date day);

/// The measure as the schedule compiles it: steps become dated statutory rates
/// (status "assumed", basis "estimate"), coverage by sector becomes rules on the
/// sector's products (or its HS codes when it has none), layer = name.
Measure compileScenarioMeasure(const ScenarioMeasure& m, const Dataset& ds);
/// compileScenarioMeasure of every measure in order.
std::vector<Measure> compileScenarioMeasures(const std::vector<ScenarioMeasure>& measures, const Dataset& ds);

/// A problem with a scenario measure: `field` is relative to the measure
/// ("steps[1].to", "coverage[0].hs"), `message` says why.
struct ScenarioMeasureProblem {
    std::string field;
    std::string message;
};
/// Checks a measure against the dataset and the measures before it in the
/// scenario (`earlier`): id present and unique, name present, at least one step
/// and one coverage entry, rates 0-1000, an end after its start, HS prefixes of
/// 2/4/6 digits that some goods of the taxed flow fall under, sector ids of that
/// flow, shares 0-1, yieldsTo naming measures of the same direction. The first
/// problem found, or nullopt.
std::optional<ScenarioMeasureProblem> findScenarioMeasureProblem(const ScenarioMeasure& m, const Dataset& ds,
                                                                 const std::vector<ScenarioMeasure>& earlier);

/// The direction of a measure id among the dataset's and the scenario's, if any.
std::optional<Direction> measureDirection(const Dataset& ds, const std::vector<ScenarioMeasure>& measures,
                                          std::string_view id);

} // namespace tariffsim::core
