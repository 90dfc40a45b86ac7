#pragma once

#include "diversion.h"
#include "projection.h"

#include <string>
#include <vector>

namespace tariffsim::core {

/// CSV of a projection, header
/// `month,flow,sector,avg_tariff_pct,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,actual_usd_bn,revenue_usd_bn,price_change_pct,deadweight_usd_bn`.
/// Per month and flow (china_to_us, then us_to_china) a `total` row and, with
/// `sectors` (and a projection made with perSector), one row per sector named
/// by its id (its primary HS code, e.g. `8517.13`; a two-digit id is a whole
/// chapter, or what is left of it once its named parts are taken out, as `85`). `actual_usd_bn` is empty where
/// nothing was observed. USD bn with 4 decimals, percentages with 2 (price 3).
std::string projectionCsv(const Projection& projection, bool sectors);

/// projectionCsv with, after each month's rows, three rows (sector `total`) of the
/// diversion model (core/diversion.h) for that month: `china_to_others` (China's
/// exports to all but the US, GACC basis), `us_from_others` (US imports from the
/// other suppliers, Census basis) and `rerouted_from_china` (the estimated Chinese
/// part of us_from_others; baseline 0). Columns the model does not fill are empty:
/// the tariff, revenue, price and deadweight of china_to_others and
/// rerouted_from_china, and actual_usd_bn where nothing was observed. Months of the
/// projection outside the diversion's get no such rows.
std::string projectionCsv(const Projection& projection, bool sectors, const Diversion& diversion);

/// CSV of fit statistics, header
/// `flow,fit,elasticity,adjustment_speed,observations,rmse_usd_bn,mape_pct,rmse_log`.
/// For each flow a `default` row (the given parameters) and a `fitted` row.
std::string calibrationCsv(const std::vector<FlowCalibration>& defaults, const std::vector<FlowCalibration>& fitted);

/// CSV of observations next to the model, header
/// `flow,period,reporter_basis,actual_usd_bn,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,error_pct,in_seasonal_profile,basis,source,source_kind,citation,reported_by`.
/// `error_pct` is 100 * (scenario / actual - 1); `basis` is stated or derived;
/// `source` is where the figure can be read (the agency's page, else the repost),
/// `source_kind` law, statistics, research or press, `citation` the agency or
/// release, `reported_by` the repost the figure was read from, if any.
std::string observationsCsv(const std::vector<ObservationComparison>& rows, const std::string& reporter);

} // namespace tariffsim::core
