#pragma once

// Where the trade went: US imports from the other suppliers, China's exports to
// the rest of the world, and the part of the rise in US imports from the others
// that is Chinese goods passing through them (rerouting). docs/model.md, "Where
// the trade went", gives the equations, the parameters and their sources.
//
// The model sits beside the bilateral projection (projection.h): it reads the US
// tariff on Chinese goods from the schedule, the bilateral model's elasticity and
// adjustment speed, and China's lost US sales from its projection; it never
// changes the bilateral figures.

#include "dataset.h"
#include "scenario.h"
#include "projection.h"
#include "schedule.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tariffsim::core {

/// One dated US tariff layer on one alternative supplier (partner_tariffs.csv).
/// On the days [from, to) the layer charges `ratePct` on `chargedShare` of the
/// partner's goods (Mexico's USMCA goods are exempt), times the share of goods the
/// analogous layer on Chinese goods covers (`coverageMeasure` on `coverageDay`),
/// which stands in for the product exemptions (Annex II, electronics, Section 232
/// goods) that the data hold for China's goods only.
struct PartnerLayer {
    std::string partner;          ///< as in us_imports_monthly_by_partner.csv ("Vietnam")
    std::string layer;            ///< "IEEPA reciprocal", "Section 122", ...
    Date from;
    std::optional<Date> to;       ///< first day without the layer; open-ended when absent
    double ratePct = 0.0;         ///< additional duty, percent
    double chargedShare = 1.0;    ///< share of the partner's goods the layer is charged on, 0-1
    std::string coverageMeasure;  ///< measure on Chinese goods whose coverage stands in for exemptions; empty: all goods
    std::optional<Date> coverageDay; ///< the day that coverage is read on
    std::string status = "enacted";
    Provenance provenance;

    bool inForce(Date day) const { return !(day < from) && (!to || day < *to); }
    bool operator==(const PartnerLayer&) const = default;
};

/// A figure of the diversion data (diversion_trade.csv): a series over one or
/// several months, on a reporter's basis.
struct DiversionObservation {
    std::string series;   ///< china_to_world, china_to_us, china_to_others
    YearMonth first;
    YearMonth last;
    std::string reporter; ///< "GACC"
    double valueUsdBn = 0.0;
    Provenance provenance;

    int monthCount() const { return last.monthsSince(first) + 1; }
    bool operator==(const DiversionObservation&) const = default;
};

/// The data of the diversion model.
struct DiversionData {
    int baseYear = 2024;
    /// The alternative suppliers: every partner of us_imports_monthly_by_partner.csv
    /// but China and Canada (Mexico, Taiwan, India and the ten ASEAN members), file order.
    std::vector<std::string> partners;
    /// US imports from each partner in the base year, USD bn (Census basis): the weights
    /// of the partners' average tariff.
    std::map<std::string, double> partnerBaseUsdBn;
    /// US imports from the partners together, each month of the base year, USD bn.
    std::array<double, 12> othersBaseMonthsUsdBn{};
    /// US imports from China in the base year on the same file's basis, USD bn.
    double chinaBaseUsdBn = 0.0;
    /// Observed US imports from the partners together, by month: only months every
    /// partner has a figure for.
    std::map<YearMonth, double> othersObservedUsdBn;
    std::vector<PartnerLayer> layers;
    /// The transshipment penalty (a row of partner_tariffs.csv for "transshipped goods").
    std::optional<PartnerLayer> transshipmentPenalty;
    std::vector<DiversionObservation> observations;
    /// Rows of diversion_parameters.csv by name (value, range, source).
    std::map<std::string, Parameter> parameters;

    /// China's share of US imports from China and the partners in the base year.
    double chinaShare() const;
    /// The observation of a series over exactly [first, last], or nullptr.
    const DiversionObservation* observation(std::string_view series, YearMonth first, YearMonth last) const;
};

/// The data with a scenario's US tariffs on the other suppliers (Scenario::
/// partnerRates) in place of their recorded layers from each rate's day: a layer
/// "Scenario rate" charging the rate on the share of the partner's goods its
/// layers in force the day before were charged on (for Mexico during the Section
/// 122 surcharge, the goods not claimed under USMCA), with no product exemptions. The functions below that take a
/// schedule apply its scenario's partner rates themselves.
DiversionData withPartnerRates(const DiversionData& data, const std::vector<PartnerRate>& rates);

/// The files the diversion data are read from (partner_tariffs.csv, diversion_trade.csv,
/// us_imports_monthly_by_partner.csv; diversion_parameters.csv optional).
const std::vector<std::string>& diversionFileNames();

/// Reads the diversion data from the dataset's files. Throws DataError naming the
/// file, line and field.
DiversionData loadDiversionData(const DataFiles& files);
/// Reads the diversion files that exist in a folder (resources/data).
DataFiles readDiversionDirectory(const std::filesystem::path& folder);

/// Parameters of the diversion model. Each carries its range and source.
struct DiversionParameters {
    /// sigma: elasticity of substitution between Chinese goods and the others'
    /// in US demand. Range: the values the bilateral elasticity allows (eta >= 0
    /// at the high end, no gain for the others at the low end).
    Parameter substitution;
    /// g_O: growth of US imports from the others in 2025 not caused by the tariffs
    /// (the baseline's level shift from 2024 to 2025; held after 2025).
    Parameter othersGrowth2025;
    /// rho: share of China's lost US sales sold elsewhere in the long run, 0-1.
    Parameter redirectionShare;
    /// mu: monthly speed at which redirected sales build up, (0, 1].
    Parameter redirectionSpeed;
    /// g_C: trend growth of China's exports to the rest of the world, a year (2025 only).
    Parameter chinaOthersGrowth;
    /// theta: share of the rise in US imports from the others that is Chinese
    /// goods or content passing through them, 0-1.
    Parameter reroutingShare;
    /// e: share of that rerouting deterred while the 40% transshipment penalty is in force, 0-1.
    Parameter enforcementEffect;

    bool operator==(const DiversionParameters&) const = default;
};

/// Defaults: calibrated values from diversion_parameters.csv (tariffsim-cli calibrate
/// --diversion), literature benchmarks, derived figures; the bilateral model's
/// parameters where the diversion model reuses them. Throws DataError for a value
/// outside its range.
DiversionParameters defaultDiversionParameters(const DiversionData& data, const ModelParameters& params);

/// eta, the elasticity of US imports of the goods (China and the others together)
/// to their price index, that keeps the nested response of imports from China
/// equal to the bilateral elasticity: eps = s * eta + (1 - s) * sigma.
double importPriceElasticity(double eps, double sigma, double chinaShare);

/// The long-run log changes of US imports from China and from the others when the
/// tariff-inclusive prices change by pChina = ln(P_C / P_C0) and pOthers:
///
///     z  = -sigma * (pChina - pOthers)                 ln of the China/others ratio
///     sC = s e^z / (s e^z + 1 - s)                      China's share at base prices
///     y  = -eta * (s * pChina + (1 - s) * pOthers)      ln of the total
///     xChina = y + ln(sC / s),  xOthers = y + ln((1 - sC) / (1 - s))
struct CesResponse {
    double xChina = 0.0;
    double xOthers = 0.0;
};
CesResponse cesTarget(double chinaShare, double sigma, double eta, double pChina, double pOthers);

/// Average US tariff on the partners' goods on a day, percent: the partners'
/// layers weighted by base-year imports (partnerRatePct averaged).
double partnerAverageRatePct(const DiversionData& data, const TariffSchedule& schedule, Date day);
/// One partner's tariff on a day, percent.
double partnerRatePct(const DiversionData& data, const TariffSchedule& schedule, const std::string& partner, Date day);
/// partnerAverageRatePct as steps: (day, rate from that day on) at each day a layer
/// starts or ends, the first at the earliest such day (0 before it).
std::vector<std::pair<Date, double>> partnerRateSteps(const DiversionData& data, const TariffSchedule& schedule);
/// Day-weighted monthly mean of partnerAverageRatePct for `count` months from `first`.
std::vector<double> partnerMonthlyRatesPct(const DiversionData& data, const TariffSchedule& schedule, YearMonth first,
                                           int count);

/// The three flows of the model, month by month over [first, first + months).
/// MonthValues fields: avgTariffPct, revenue, price change and deadweight are
/// filled for usFromOthers only (the US tariff on the partners); baseline is 0 for
/// rerouted (no tariff change, no rerouting).
struct Diversion {
    YearMonth first;
    int months = 0;
    std::vector<MonthValues> chinaToOthers; ///< China's exports to all but the US, GACC basis
    std::vector<MonthValues> usFromOthers;  ///< US imports from the partners, Census basis
    std::vector<MonthValues> rerouted;      ///< estimated Chinese part of usFromOthers, Census basis
    double chinaShare = 0.0;                ///< s
    double importPriceElasticity = 0.0;     ///< eta

    bool operator==(const Diversion&) const = default;
};

/// Projects the diversion over [from, to] (the bilateral projection's limits).
/// China's lost US sales come from `bilateral` (a projection of the same
/// schedule and parameters on the China-customs basis) when it covers the months
/// from the reference month (or `from`, if earlier) to `to`; otherwise the
/// bilateral projection is run here, without bands. Bands: sigma over its range,
/// rho over its range, and for the rerouted trade theta and e over theirs
/// (low <= scenario <= high).
Diversion projectDiversion(const Dataset& ds, const DiversionData& data, const TariffSchedule& schedule,
                           const ModelParameters& params, const DiversionParameters& dparams, YearMonth from,
                           YearMonth to, const Projection* bilateral = nullptr);

/// Sums of a diversion's rows over [first, last] (clipped to its months).
struct DiversionTotals {
    double chinaToOthersBaselineUsdBn = 0.0, chinaToOthersScenarioUsdBn = 0.0;
    double usFromOthersBaselineUsdBn = 0.0, usFromOthersScenarioUsdBn = 0.0;
    double reroutedUsdBn = 0.0, reroutedLowUsdBn = 0.0, reroutedHighUsdBn = 0.0;
    /// Trade diverted: usFromOthers scenario - baseline (US imports from the others gained).
    double divertedUsdBn() const { return usFromOthersScenarioUsdBn - usFromOthersBaselineUsdBn; }
    /// China's exports redirected to other markets: scenario - baseline.
    double redirectedUsdBn() const { return chinaToOthersScenarioUsdBn - chinaToOthersBaselineUsdBn; }
};
DiversionTotals diversionTotals(const Diversion& d, YearMonth first, YearMonth last);

/// The fit of the calibrated diversion parameters on 2024-2025 figures:
/// sigma and g_O by least squares on ln(observed / model) of the partners' months
/// from the reference month; rho by least squares on China's exports to others
/// over the observed periods after it.
struct DiversionFitRow {
    std::string series;    ///< us_from_others or china_to_others
    std::string fit;       ///< default or fitted
    std::string parameter; ///< "sigma, g_O" or "rho"
    std::vector<double> values;
    int observations = 0;
    double rmseUsdBn = 0.0;
    double mapePct = 0.0;
    double meanErrorPct = 0.0; ///< mean of (model - observed) / observed
};
std::vector<DiversionFitRow> calibrateDiversion(const Dataset& ds, const DiversionData& data,
                                                const TariffSchedule& schedule, const ModelParameters& params,
                                                const DiversionParameters& dparams);

/// CSV of the fit, header
/// `series,fit,parameter,value,observations,rmse_usd_bn,mape_pct,mean_error_pct`
/// (value: the parameters' values joined by ';').
std::string diversionFitCsv(const std::vector<DiversionFitRow>& rows);

} // namespace tariffsim::core
