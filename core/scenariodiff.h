#pragma once

// What a scenario changes against the preset it started from, in words an
// analyst reads in the window, the captions and the comparison: "IEEPA
// 'reciprocal' duty set to 125% from 30 Nov 2026", "Geneva truce (US side)
// ends 31 May 2027 (preset: 10 Nov 2026)". In the reader's language (core/text.h).

#include "dataset.h"
#include "projection.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace tariffsim::core {

/// One line per difference, in a fixed order: rate overrides, truces, dropped
/// steps, the freeze date, then model parameters that differ from `baseParams`.
/// Title, notes and ids are not compared. Empty when the two model the same.
std::vector<std::string> describeDifferences(const Dataset& ds, const Scenario& base, const ModelParameters& baseParams,
                                             const Scenario& edited, const ModelParameters& params);

} // namespace tariffsim::core
