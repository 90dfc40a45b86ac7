#pragma once

// The monthly trade-response model (../shared/MODEL.md sections 3 and 5):
// baseline, constant-elasticity response with partial adjustment, front-loading
// ahead of scheduled rises, revenue, prices, deadweight loss, uncertainty bands,
// rare-earth magnets and calibration. Pure functions from scenario to projection.

#include "dataset.h"
#include "schedule.h"

#include <array>
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
};

/// Parameters of one flow's response.
struct FlowParameters {
    Parameter elasticity;      ///< long-run trade elasticity eps (positive number; imports fall as tariffs rise)
    Parameter adjustmentSpeed; ///< lambda in (0, 1]: share of the gap to the long-run target closed each month
};

/// All model parameters. Defaults (defaultParameters()) come from
/// resources/data/elasticities.csv with their sources.
struct ModelParameters {
    std::array<FlowParameters, 2> flows; ///< indexed by static_cast<int>(Flow)
    Parameter passThrough;         ///< share of the tariff passed into duty-inclusive import prices, 0-1
    Parameter frontLoadingShare;   ///< phi: share of the expected post-rise reduction pulled forward, 0-1
    int frontLoadingMonths = 3;    ///< H: months before a scheduled rise in which volume is pulled forward
    double trendGrowthPerYear = 0.0; ///< g: baseline trend growth, fraction a year
    Parameter rareEarthApproval;   ///< a: rare-earth magnet licence approval share, 0-1
    Date referenceDate;            ///< t0: tariffs are measured against their level on this day (default 2025-01-20)

    FlowParameters& flow(Flow f) { return flows[static_cast<int>(f)]; }
    const FlowParameters& flow(Flow f) const { return flows[static_cast<int>(f)]; }
};

/// The default parameters with sources.
ModelParameters defaultParameters(const Dataset& ds);

/// One month of one flow (or of one sector of it). Values in USD bn at the flow's
/// reporter basis (China customs by default).
struct MonthValues {
    double avgTariffPct = 0.0;      ///< trade-weighted (base-year weights) monthly mean tariff
    double baselineUsdBn = 0.0;     ///< counterfactual: no tariff change after t0
    double scenarioUsdBn = 0.0;
    double lowUsdBn = 0.0;          ///< band: the smaller of the projections at the parameter range's ends
    double highUsdBn = 0.0;
    std::optional<double> actualUsdBn; ///< observed value, when the dataset has one (totals only)
    double revenueUsdBn = 0.0;      ///< duties collected: tau * V
    double priceChangePct = 0.0;    ///< duty-inclusive import price change vs t0: pass_through * (P - 1)
    double deadweightUsdBn = 0.0;   ///< Harberger triangle: 0.5 * (tau - tau0) * (B - V)
};

/// Rare-earth permanent magnets exported by China to the US, tonnes a month.
struct RareEarthMonth {
    YearMonth month;
    double scenarioTonnes = 0.0;
    std::optional<double> observedTonnes;
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
    std::vector<RareEarthMonth> rareEarths;

    const std::vector<MonthValues>& total(Flow f) const { return totals[static_cast<int>(f)]; }
};

struct ProjectionOptions {
    bool perSector = false; ///< fill Projection::sectors
    bool bands = true;      ///< compute low/high (otherwise low = high = scenario)
};

/// Projects both flows month by month over [from, to] (at most 2030-12).
Projection project(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                   YearMonth from, YearMonth to, const ProjectionOptions& options = {});

/// Percentiles of the monthly flow totals over Monte Carlo draws of (eps, lambda),
/// seeded and deterministic whatever the thread count.
struct MonteCarloResult {
    std::vector<double> percentiles;                      ///< e.g. {5, 50, 95}
    std::array<std::vector<std::vector<double>>, 2> values; ///< values[flow][p][k], USD bn
};
MonteCarloResult monteCarlo(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params,
                            YearMonth from, YearMonth to, int draws, unsigned seed,
                            const std::vector<double>& percentiles = {5, 50, 95}, int threads = 2);

/// Least-squares fit of eps and lambda per flow on ln(actual / baseline) over the
/// months with observed data.
struct FlowCalibration {
    Flow flow = Flow::ChinaToUs;
    double elasticity = 0.0;
    double adjustmentSpeed = 0.0;
    int observations = 0;
    double rmseUsdBn = 0.0;
    double mapePct = 0.0;
};
std::vector<FlowCalibration> calibrate(const Dataset& ds, const TariffSchedule& schedule,
                                       const ModelParameters& params);

} // namespace tariffsim::core
