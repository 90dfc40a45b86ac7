#pragma once

// The monthly trade-response model (../shared/MODEL.md sections 3 and 5):
// baseline, constant-elasticity response with partial adjustment, front-loading
// ahead of scheduled rises, revenue, prices, deadweight loss, uncertainty bands,
// rare-earth magnets and calibration. Pure functions from scenario to projection.
// docs/model.md gives the equations, the parameter sources and the choices made
// where MODEL.md is silent.

#include "dataset.h"
#include "horizon.h"
#include "schedule.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tariffsim::core {

/// A model parameter with its literature range and source.
struct Parameter {
    double value = 0.0;
    double low = 0.0;   ///< low end of the literature range (used for the band)
    double high = 0.0;  ///< high end
    std::string source; ///< citation shown as a hint / tooltip

    bool operator==(const Parameter&) const = default;
};

/// Parameters of one flow's response.
struct FlowParameters {
    Parameter elasticity;      ///< long-run trade elasticity eps (positive number; imports fall as tariffs rise)
    Parameter adjustmentSpeed; ///< lambda in (0, 1]: share of the gap to the long-run target closed each month
    /// kappa in (0, 1.5]: share of the response recorded by US statistics (the
    /// literature's basis) that shows on China customs' records of the same flow.
    /// Applied only when the projection is on the China-customs basis ("GACC"):
    /// the recorded response there is exp(kappa * x). Derived from the two
    /// agencies' 2024 and 2025 totals (docs/model.md, "Two records of one flow").
    Parameter chinaCustomsResponse{1.0, 1.0, 1.0, "No annual totals on both bases: 1 (the same response)."};

    bool operator==(const FlowParameters&) const = default;
};

/// All model parameters. Defaults (defaultParameters()) come from
/// resources/data/elasticities.csv with their sources; the few that the
/// literature does not give are labelled as assumptions in `source`.
struct ModelParameters {
    std::array<FlowParameters, 2> flows; ///< indexed by static_cast<int>(Flow)
    Parameter passThrough;         ///< share of the tariff passed into duty-inclusive import prices, 0-1
    Parameter frontLoadingShare;   ///< phi: share of the expected post-rise reduction pulled forward, 0-1
    int frontLoadingMonths = 3;    ///< H: months before a scheduled rise in which volume is pulled forward
    double trendGrowthPerYear = 0.0; ///< g: baseline trend growth, fraction a year
    Parameter rareEarthApproval;   ///< a: rare-earth magnet licence approval share, 0-1
    Date referenceDate;            ///< t0: tariffs are measured against their level on this day (default 2025-01-20)
    /// Rare-earth magnets exported to the US in a month before licensing, tonnes
    /// (derived from the 2025 series and its year-on-year changes).
    Parameter rareEarthPreControlTonnes;
    /// First day of China's rare-earth export licensing (2025-04-04); a(t) applies
    /// from this day, before it exports run at the pre-control level.
    Date rareEarthControlDate;

    FlowParameters& flow(Flow f) { return flows[static_cast<int>(f)]; }
    const FlowParameters& flow(Flow f) const { return flows[static_cast<int>(f)]; }

    bool operator==(const ModelParameters&) const = default;
};

/// The default parameters with sources (docs/model.md explains each choice):
/// the literature's values, with the elasticity and adjustment speed fitted to
/// the observed months (Dataset::calibration) where they lie inside the
/// literature's range, unless `calibrated` is false.
ModelParameters defaultParameters(const Dataset& ds, bool calibrated = true);

/// One month of one flow (or of one sector of it). Values in USD bn at the flow's
/// reporter basis (China customs by default).
struct MonthValues {
    double avgTariffPct = 0.0;      ///< trade-weighted (base-year weights) monthly mean tariff
    double baselineUsdBn = 0.0;     ///< counterfactual: no tariff change after t0
    double scenarioUsdBn = 0.0;
    /// Band: the smallest of the scenario and six runs, both ends of the elasticity
    /// range each with the low, default and high adjustment speed (the response
    /// is monotone in eps, not always in lambda). low <= scenario <= high always.
    double lowUsdBn = 0.0;
    double highUsdBn = 0.0;         ///< band: the largest of them
    std::optional<double> actualUsdBn; ///< observed value, when the dataset has one on the same basis (totals only)
    double revenueUsdBn = 0.0;      ///< duties collected: tau * V
    double priceChangePct = 0.0;    ///< duty-inclusive import price change vs t0: pass_through * (P - 1); totals use base-year weights
    double deadweightUsdBn = 0.0;   ///< Harberger triangle: 0.5 * (tau - tau0) * (B - V)

    bool operator==(const MonthValues&) const = default;
};

/// Rare-earth permanent magnets exported by China to the US, tonnes a month.
struct RareEarthMonth {
    YearMonth month;
    double scenarioTonnes = 0.0;
    std::optional<double> observedTonnes;
    double lowTonnes = 0.0;   ///< low pre-control level x low approval share
    double highTonnes = 0.0;  ///< high pre-control level x high approval share

    bool operator==(const RareEarthMonth&) const = default;
};

/// An observation spanning several months (e.g. China customs' combined
/// January-February figure) with the model's sums over the same months: such
/// figures cannot be shown on a monthly row.
struct PeriodComparison {
    Flow flow = Flow::ChinaToUs;
    YearMonth first;
    YearMonth last;
    double actualUsdBn = 0.0;
    double baselineUsdBn = 0.0;
    double scenarioUsdBn = 0.0;
    double lowUsdBn = 0.0;
    double highUsdBn = 0.0;
    Provenance provenance;

    bool operator==(const PeriodComparison&) const = default;
};

/// A projection over consecutive months.
struct Projection {
    YearMonth first;
    int months = 0;
    /// Flow totals: totals[flow][k] for month first + k.
    std::array<std::vector<MonthValues>, 2> totals;
    /// Per sector: sectors[flow][k * sectorCount + s], sectors in TariffSchedule::sectors() order.
    /// Empty unless requested.
    std::array<std::vector<MonthValues>, 2> sectors;
    std::array<std::vector<const Sector*>, 2> sectorList;
    /// Per display group (Sector::groupId): groups[flow][k * groupCount + g], groups
    /// in groupIds[flow] order (first appearance in the schedule's sector order).
    /// Sums over the group's sectors; avgTariffPct and priceChangePct are weighted
    /// by the sectors' base-year values. Empty unless requested.
    std::array<std::vector<MonthValues>, 2> groups;
    std::array<std::vector<std::string>, 2> groupIds;
    std::vector<RareEarthMonth> rareEarths;

    /// Reporter basis of each flow's values ("GACC", or "USCensus" when the dataset
    /// has no China-customs total for the base year).
    std::array<std::string, 2> reporter;
    /// Base-year annual total of each flow on that basis, USD bn.
    std::array<double, 2> baseYearTotalUsdBn{};
    /// Seasonal factors of each flow, January..December; they average 1.
    std::array<std::array<double, 12>, 2> seasonalFactors{};
    /// Observed multi-month totals on the same basis that lie inside the projection.
    std::vector<PeriodComparison> periods;

    const std::vector<MonthValues>& total(Flow f) const { return totals[static_cast<int>(f)]; }

    bool operator==(const Projection&) const = default;
};

struct ProjectionOptions {
    bool perSector = false; ///< fill Projection::sectors
    bool perGroup = false;  ///< fill Projection::groups (much smaller than per sector)
    bool bands = true;      ///< compute low/high (otherwise low = high = scenario)
    /// Reporter basis of the values: "GACC" (China customs, default) or "USCensus".
    /// Falls back to the sectors' own basis (US Census) when the dataset has no
    /// annual total on the requested basis for the base year.
    std::string reporter = "GACC";
};

/// Projects both flows month by month over [from, to] (at most 2030-12, not before
/// 2017-01). Throws std::invalid_argument for a bad range.
Projection project(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                   YearMonth from, YearMonth to, const ProjectionOptions& options = {});

/// What a projection worked out that the next one can reuse: per flow, the runs
/// of every group of sectors with one tariff path (the scenario's and the band's
/// six). A projection through the cache runs only the groups whose path (monthly
/// tariffs, the tariff on the reference day, the steps at scheduled rises) it has
/// not seen in the previous projection, and copies the runs of the others. A
/// slider that moves one layer's rate thus reruns only the sectors that layer
/// covers. Anything else the runs depend on (the dataset object, the base year,
/// the parameters, the months, the reporter, the bands, the scheduled rises'
/// dates) is compared too: when it changed, every group is run.
///
/// Results through a cache are the same, bit for bit, as project() without one.
/// One cache serves one sequence of projections (a document's); it is not
/// thread-safe. Clear it when the dataset object it saw is changed in place.
class ProjectionCache {
public:
    ProjectionCache();
    ~ProjectionCache();
    ProjectionCache(ProjectionCache&&) noexcept;
    ProjectionCache& operator=(ProjectionCache&&) noexcept;
    ProjectionCache(const ProjectionCache&) = delete;
    ProjectionCache& operator=(const ProjectionCache&) = delete;

    /// Forgets everything: the next projection runs every group.
    void clear();
    /// Groups (both flows) whose runs the last projection through the cache
    /// copied, and those it ran (for tests and benchmarks).
    size_t lastReusedGroups() const;
    size_t lastRunGroups() const;

private:
    struct State;
    friend Projection project(const Dataset&, const TariffSchedule&, const ModelParameters&, YearMonth, YearMonth,
                              const ProjectionOptions&, ProjectionCache&);
    std::unique_ptr<State> m_state;
};

/// project(), reusing the runs `cache` holds from the previous projection through
/// it and leaving this projection's there. Same result as project().
///
///     ProjectionCache cache;                      // one per document
///     auto p1 = project(ds, schedule1, params, from, to, options, cache);
///     TariffSchedule schedule2(schedule1, edited); // only overrides changed
///     auto p2 = project(ds, schedule2, params, from, to, options, cache);
Projection project(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                   YearMonth from, YearMonth to, const ProjectionOptions& options, ProjectionCache& cache);

/// Percentiles of the monthly flow totals over Monte Carlo draws of (eps, lambda),
/// seeded and deterministic whatever the thread count. Each flow's eps and lambda
/// are drawn independently from triangular distributions (low, value, high); draw
/// i uses its own random stream derived from (seed, i).
struct MonteCarloResult {
    std::vector<double> percentiles;                      ///< e.g. {5, 50, 95}
    std::array<std::vector<std::vector<double>>, 2> values; ///< values[flow][p][k], USD bn
};
MonteCarloResult monteCarlo(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                            YearMonth from, YearMonth to, int draws, unsigned seed,
                            const std::vector<double>& percentiles = {5, 50, 95}, int threads = 2);

/// Least-squares fit of eps and lambda per flow on ln(actual / baseline) over the
/// months with observed data on the China-customs basis from the reference month
/// on (earlier months shape the seasonal baseline and carry no information on the
/// response). A multi-month observation is one residual on its sum.
struct FlowCalibration {
    Flow flow = Flow::ChinaToUs;
    double elasticity = 0.0;
    double adjustmentSpeed = 0.0;
    int observations = 0;
    double rmseUsdBn = 0.0;  ///< root mean square of scenario - actual over the observations
    double mapePct = 0.0;    ///< mean of |scenario - actual| / actual, percent
    double rmseLog = 0.0;    ///< root mean square of the fitted residuals ln(actual / scenario)
};
std::vector<FlowCalibration> calibrate(const Dataset& ds, const TariffSchedule& schedule,
                                       const ModelParameters& params, const std::string& reporter = "GACC");

/// The observations of a flow on a reporter's basis from `from` on, made into a
/// set that counts every month once: single months as they are; a period whose
/// months are partly given by finer observations becomes the remainder over the
/// months left (Jul-Nov less Jul, Aug and Sep is Oct-Nov, derived), when those
/// are consecutive; a period wholly given by finer ones is left out (H1 when its
/// months are all known). The fit and its statistics use this set.
std::vector<ObservedTrade> fitObservations(const Dataset& ds, Flow flow, const std::string& reporter, YearMonth from);

/// Fit statistics over part of the observations: a half-year ("2025H1") of one flow.
struct PeriodFit {
    Flow flow = Flow::ChinaToUs;
    std::string period;
    int observations = 0;
    double rmseUsdBn = 0.0;
    double mapePct = 0.0;
    double meanErrorPct = 0.0; ///< mean of (model - actual) / actual: the sign shows a systematic miss
};
/// RMSE, MAPE and mean error of the given parameters by half-year, over fitObservations().
std::vector<PeriodFit> fitByHalfYear(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                                     const std::string& reporter = "GACC");

/// The fit statistics of the given parameters, without fitting (same
/// observations as calibrate()).
std::vector<FlowCalibration> fitStatistics(const Dataset& ds, const TariffSchedule& schedule,
                                           const ModelParameters& params, const std::string& reporter = "GACC");

/// One observed figure on the projection's basis next to the model (single
/// months and periods), for comparison tables.
struct ObservationComparison {
    Flow flow = Flow::ChinaToUs;
    YearMonth first;
    YearMonth last;
    double actualUsdBn = 0.0;
    double baselineUsdBn = 0.0;
    double scenarioUsdBn = 0.0;
    double lowUsdBn = 0.0;
    double highUsdBn = 0.0;
    bool inSeasonalProfile = false; ///< a base-year month that shapes the baseline (matches by construction)
    Provenance provenance;
};
/// Every observation of both flows on the reporter's basis (China customs by
/// default) inside [from, to].
std::vector<ObservationComparison> compareWithObservations(const Dataset& ds, const TariffSchedule& schedule,
                                                           const ModelParameters& params, YearMonth from,
                                                           YearMonth to, const std::string& reporter = "GACC");

} // namespace tariffsim::core
