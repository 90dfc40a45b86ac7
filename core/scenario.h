#pragma once

#include "dataset.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// The user's rate for a measure from a date on. It replaces the measure's
/// recorded steps from `from` and is the rate charged: a truce no longer
/// suspends points of that measure after `from`.
struct RateOverride {
    std::string measureId;
    Date from;
    double ratePct = 0.0; ///< percent ad valorem, 0-1000
};

/// A scenario: the recorded history (the dataset) plus what the user or a preset
/// changes. Presets are scenarios shipped in resources/presets.
struct Scenario {
    static constexpr int kFormatVersion = 1;

    std::string id;    ///< preset id, or empty for a user scenario
    std::string basePreset; ///< the preset a user scenario started from (informational)
    std::string title;
    std::string notes;
    std::vector<std::string> assumptions;
    /// Rates and coverage held at their level on this day for every later day.
    std::optional<Date> freezeAfter;
    /// Recorded rate steps left out (by RateStep::id).
    std::vector<std::string> dropSteps;
    /// The truces in force; nullopt means the dataset's recorded truces.
    std::optional<std::vector<Truce>> truces;
    std::vector<RateOverride> overrides;

    /// The truces that apply: `truces` or, when unset, the dataset's.
    const std::vector<Truce>& effectiveTruces(const Dataset& ds) const { return truces ? *truces : ds.truces; }
};

/// A scenario file that cannot be used. `field()` is the JSON path of the bad
/// value ("overrides[2].ratePct") or "(syntax)" with line and column in the message.
class ScenarioError : public std::runtime_error {
public:
    ScenarioError(std::string field, const std::string& message)
        : std::runtime_error(message)
        , m_field(std::move(field))
    {
    }
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

/// Largest scenario file accepted (bytes).
constexpr size_t kMaxScenarioBytes = 4 * 1024 * 1024;

/// Parses and validates a scenario file (format "tariffsim-scenario"). Measure ids,
/// step ids and truce measures are checked against `ds`. Throws ScenarioError.
Scenario parseScenario(std::string_view json, const Dataset& ds);
/// Writes a scenario as formatted JSON that parseScenario reads back unchanged.
std::string serializeScenario(const Scenario& s);

} // namespace tariffsim::core
