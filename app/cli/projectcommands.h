#pragma once

// The trade-model commands of tariffsim-cli (docs/model.md):
//
//   project [--from YYYY-MM] [--to YYYY-MM] [--sectors] [--flows all] [--preset ID | --scenario FILE]
//   calibrate [--observations | --by-half | --diversion] [--preset ID | --scenario FILE]
//
// Both run the model with the default parameters (defaultParameters()) and the
// values the scenario file sets, on the China-customs (GACC) basis.

#include "commandsupport.h"

#include "core/scenario.h"

#include <iosfwd>

namespace tariffsim::cli {

/// Prints the projection CSV (core/projectionreport.h, projectionCsv); with
/// --flows all also the diversion model's rows (core/diversion.h). --from
/// defaults to 2024-01, --to to 2030-12; months outside 2017-01..2030-12 or a
/// range that ends before it starts are invalid input naming the option.
void projectCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out);

/// Prints the fitted and the default parameters with their fit statistics
/// (calibrationCsv), or with --observations every observed figure next to the
/// scenario's projection (observationsCsv), or with --diversion the fit of the
/// diversion model (diversionFitCsv).
void calibrateCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out);

} // namespace tariffsim::cli
