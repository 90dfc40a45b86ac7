#pragma once

// Internals of the trade-response model shared by projection.cpp, montecarlo.cpp
// and calibration.cpp. Not part of the public interface (projection.h).
//
// A projection is split in two: a FlowModel holds everything that does not depend
// on the elasticity and the adjustment speed (monthly tariff paths, baseline,
// scheduled rises), and runFlow() plays the response out for one (eps, lambda,
// phi). The band, Monte Carlo and calibration only repeat runFlow().

#include "projection.h"

#include <array>
#include <string>
#include <vector>

namespace tariffsim::core::detail {

/// A tariff rise that importers could see coming: the end of a truce, as known
/// on the days of the months before it.
struct ScheduledRise {
    Date day;                   ///< first day at the higher rate
    int monthIndex = 0;         ///< month of `day`, index into FlowModel months
    /// inView[j - 1]: share of the days of month (monthIndex - j), j = 1..H, on
    /// which this rise was the truce end in view.
    std::vector<double> inView;
    double meanBaselineAfterUsdBn = 0.0; ///< flow baseline averaged over the H months from monthIndex
    std::vector<double> lnStep;          ///< per group: ln((1 + tau_after) / (1 + tau_before))
};

/// Sectors with identical tariff paths (and identical scheduled rises) respond
/// identically per dollar of base-year trade, so the model runs once per group.
struct SectorGroupPath {
    double share = 0.0;         ///< sum of the members' base-year shares
    double tau0 = 0.0;          ///< tariff on the reference day, fraction
    std::vector<double> tau;    ///< monthly mean tariff, fraction, per month
    std::vector<double> lnP;    ///< ln((1 + tau) / (1 + tau0)), per month (computeLogPrices)
};

/// One flow, prepared for runs.
struct FlowModel {
    Flow flow = Flow::ChinaToUs;
    std::string reporter;
    /// Multiplies the elasticity in every run: the flow's chinaCustomsResponse on
    /// the China-customs basis, 1 on the US basis.
    double responseScale = 1.0;
    int baseYear = 0;
    double baseTotalUsdBn = 0.0;
    std::array<double, 12> season{};
    double trendGrowthPerYear = 0.0;
    YearMonth first;            ///< first month computed
    int months = 0;             ///< months computed
    int t0Index = 0;            ///< index of the reference month (the response starts there)
    int frontLoadingMonths = 0;
    std::vector<double> baseline;   ///< flow baseline per month, USD bn
    std::vector<double> shareOf;    ///< per sector (schedule order): base-year share
    std::vector<int> groupOf;       ///< per sector: its group
    std::vector<SectorGroupPath> groups;
    std::vector<ScheduledRise> rises;
    /// Every group's lnP, month-major and padded to whole lane blocks:
    /// lnPByMonth[k * lanes + g] (filled with the lnP by buildFlowModel; runFlow reads it).
    std::vector<double> lnPByMonth;
    size_t lanes = 0;

    /// Baseline of the flow in any month, USD bn.
    double baselineAt(YearMonth m) const;
};

/// Builds a flow's model over [first, last]. Rises are collected from truce
/// statuses in the months from the reference month to `windowLast`; `last` must
/// be at least windowLast + H so that every such rise lies inside. The work
/// grows with the schedule's coverage profiles, not its sectors. Without
/// `logPrices` the groups' lnP are left empty (computeLogPrices fills them).
FlowModel buildFlowModel(const Dataset& ds, const TariffSchedule& schedule, const ModelParameters& params, Flow flow,
                         YearMonth first, YearMonth last, YearMonth windowLast, const std::string& reporter,
                         bool logPrices = true);

/// Fills groups[g].lnP for each g in `groups`: an unchanged tariff (within 1e-12)
/// gives exactly 0, so that the group stays exactly on the baseline.
void computeLogPrices(FlowModel& fm, const std::vector<size_t>& groups);

/// The first month a model must start at to project from `from`: the earlier of
/// `from` and the reference month.
YearMonth modelStart(const ModelParameters& params, YearMonth from);

/// Scratch arrays of the runs (month-major, padded to whole lane blocks), reused
/// between calls.
struct RunScratch {
    std::vector<double> lnP, xs, units;
};

/// Volumes per unit of base-year share: unit[g * months + k], USD bn. A sector
/// s of group g has volume shareOf[s] * unit[g * months + k]. Needs the model's
/// lnPByMonth (buildFlowModel with logPrices).
void runFlow(const FlowModel& fm, double eps, double lambda, double phi, std::vector<double>& unit,
             RunScratch& scratch);

/// runFlow for the listed groups only, from their SectorGroupPath::lnP: their
/// rows of `unit` (sized groups * months; other rows are left as they are) are
/// written. A group's row is the same, bit for bit, whichever groups are run
/// beside it, and the same as runFlow's.
void runGroups(const FlowModel& fm, const std::vector<size_t>& groups, double eps, double lambda, double phi,
               std::vector<double>& unit, RunScratch& scratch);

/// Seasonal factors (January..December, mean 1) of a flow for a base year from
/// the observations (docs/model.md, "Seasonality").
std::array<double, 12> seasonalFactors(const Dataset& ds, Flow flow, int baseYear, const std::string& reporter);

/// The reporter basis actually used for a flow: `wanted` when the dataset has
/// that annual total for the base year, else "USCensus" (the sectors' basis).
std::string effectiveReporter(const Dataset& ds, Flow flow, int baseYear, const std::string& wanted);

/// Triangular draw on [low, high] with mode `mode` from a uniform u in [0, 1).
double triangular(double low, double mode, double high, double u);

} // namespace tariffsim::core::detail
