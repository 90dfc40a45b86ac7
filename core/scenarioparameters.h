#pragma once

// Between the parameter values a scenario file sets (ScenarioParameters) and the
// full parameter set the trade model runs with (ModelParameters).

#include "projection.h"
#include "scenario.h"

namespace tariffsim::core {

/// The parameters a scenario runs with: `defaults` (usually defaultParameters())
/// with every value the scenario sets put in place. Literature ranges and sources
/// stay those of `defaults`.
ModelParameters resolveParameters(const ScenarioParameters& values, ModelParameters defaults);

/// Every value of `params` that a scenario file records, all set: what the window
/// saves, so that the file reproduces the projection even if the defaults change.
ScenarioParameters captureParameters(const ModelParameters& params);

} // namespace tariffsim::core
