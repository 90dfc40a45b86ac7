#pragma once

#include "dataset.h"
#include "scenariomeasure.h"

#include <array>
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

    bool operator==(const RateOverride&) const = default;
};

/// Model parameter values a scenario sets (docs/scenario-format.md, "parameters").
/// Unset values take the model's defaults; literature ranges and sources always
/// come from the defaults. core/scenarioparameters.h turns these into
/// ModelParameters and back.
struct ScenarioParameters {
    struct FlowValues {
        std::optional<double> elasticity;      ///< long-run trade elasticity, 0-20
        std::optional<double> adjustmentSpeed; ///< share of the gap closed a month, (0, 1]
        bool operator==(const FlowValues&) const = default;
    };
    std::array<FlowValues, 2> flows;              ///< indexed by static_cast<int>(Flow)
    std::optional<double> passThrough;            ///< fraction 0-1
    std::optional<double> frontLoadingShare;      ///< fraction 0-1
    std::optional<int> frontLoadingMonths;        ///< 0-24
    std::optional<double> trendGrowthPerYear;     ///< fraction a year, -0.5 to 0.5
    std::optional<double> rareEarthApproval;      ///< fraction 0-1
    std::optional<Date> referenceDate;            ///< tariffs are measured against this day

    FlowValues& flow(Flow f) { return flows[static_cast<int>(f)]; }
    const FlowValues& flow(Flow f) const { return flows[static_cast<int>(f)]; }
    /// True when no value is set (the file has no "parameters" object).
    bool empty() const { return *this == ScenarioParameters{}; }
    bool operator==(const ScenarioParameters&) const = default;
};

/// One key finding of the scenario's briefing as the analyst arranged it: a
/// generated finding by id (its numbers follow the scenario), optionally in the
/// analyst's own words, or (no id) a sentence the analyst added.
struct BriefingFinding {
    std::string id;   ///< a generated finding's id (core/keyfindings.h), or empty
    std::string text; ///< the analyst's wording; empty means the generated sentence

    bool operator==(const BriefingFinding&) const = default;
};

/// What a scenario file keeps for its briefing pack (docs/scenario-format.md,
/// "briefing"). Optional in every format version.
struct BriefingNotes {
    /// The key findings in the analyst's order; empty means the generated ones.
    std::vector<BriefingFinding> keyFindings;

    bool empty() const { return keyFindings.empty(); }
    bool operator==(const BriefingNotes&) const = default;
};

/// A US tariff on one of the other suppliers (Dataset::partners) from a day on:
/// the partner's additional US duty becomes `ratePct` on the share of its goods
/// its recorded layers were charged on the day before (Mexico's USMCA goods were
/// spared by the Section 122 surcharge, not by the Section 301 duty), in place of
/// the recorded layers from that day ("what if Vietnam's rate goes to 40%?").
struct PartnerRate {
    std::string partner;
    Date from;
    double ratePct = 0.0; ///< percent ad valorem, 0-1000

    bool operator==(const PartnerRate&) const = default;
};

/// A scenario: the recorded history (the dataset) plus what the user or a preset
/// changes. Presets are scenarios shipped in resources/presets.
struct Scenario {
    /// The format version serializeScenario writes. Version 1 (the presets) has no
    /// "parameters" and no "effectiveDate"; version 2 adds them; version 3 adds the
    /// kind, citation and reportedBy of a truce's sources; version 4 adds the
    /// scenario's own measures ("measures"); version 5 the US tariffs on the other
    /// suppliers ("partnerRates"). Files of every version from
    /// kOldestFormatVersion to kFormatVersion are read.
    static constexpr int kFormatVersion = 5;
    static constexpr int kOldestFormatVersion = 1;

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
    /// The day the user's changes take effect on ("Changes take effect on" in the
    /// window): the date new overrides get. Unset in presets.
    std::optional<Date> effectiveDate;
    /// Model parameters; empty means the defaults.
    ScenarioParameters parameters;
    /// The analyst's arrangement of the briefing's key findings; empty means the
    /// generated ones.
    BriefingNotes briefing;
    /// Measures the scenario adds (new legal layers of its own). Overrides and
    /// truces may name them like the dataset's measures.
    std::vector<ScenarioMeasure> measures;
    /// US tariffs on the other suppliers set by the scenario, by partner in date order.
    std::vector<PartnerRate> partnerRates;

    /// The truces that apply: `truces` or, when unset, the dataset's.
    const std::vector<Truce>& effectiveTruces(const Dataset& ds) const { return truces ? *truces : ds.truces; }

    bool operator==(const Scenario&) const = default;
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
/// Deepest nesting of arrays and objects accepted (the format itself needs 4).
constexpr int kMaxScenarioDepth = 32;
/// Most key findings a scenario's briefing keeps, and the longest one (bytes).
constexpr size_t kMaxBriefingFindings = 20;
constexpr size_t kMaxBriefingFindingBytes = 2000;
/// Most entries accepted in a scenario's lists (overrides, truces, extensions of
/// one truce, dropped steps, assumptions).
constexpr size_t kMaxScenarioListSize = 1000;
/// Every date in a scenario lies in [kEarliestScenarioDate, kLatestScenarioDate].
constexpr Date kEarliestScenarioDate{7305};  ///< 1990-01-01
constexpr Date kLatestScenarioDate{47846};   ///< 2100-12-31

/// The file name suffix of scenario files.
constexpr std::string_view kScenarioSuffix = ".tariffsim.json";

/// Parses and validates a scenario file (format "tariffsim-scenario", versions
/// kOldestFormatVersion to kFormatVersion). Measure ids, step ids and truce
/// measures are checked against `ds`; unknown fields, out-of-range numbers
/// (tariffs outside 0-1000%), non-finite numbers, impossible or out-of-range dates,
/// files larger than kMaxScenarioBytes and nesting deeper than kMaxScenarioDepth
/// are refused. Throws ScenarioError naming the field; never anything else for bad
/// input (std::bad_alloc aside).
Scenario parseScenario(std::string_view json, const Dataset& ds);
/// Reads and parses a scenario file: the one reader of the window, `validate` and
/// every `--scenario` option. Besides parseScenario's checks it refuses what is not
/// a regular file and says in words why a file cannot be read ("permission
/// denied", "no such file"), with field "(file)". Throws ScenarioError.
Scenario readScenarioFile(const std::string& path, const Dataset& ds);
/// Writes a scenario as formatted JSON (format version kFormatVersion) that
/// parseScenario reads back unchanged.
std::string serializeScenario(const Scenario& s);

} // namespace tariffsim::core
