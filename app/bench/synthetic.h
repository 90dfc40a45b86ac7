#pragma once

#include "core/dataset.h"

namespace tariffsim::bench {

/// A dataset of `sectorsPerFlow` synthetic sectors in each flow, with measures
/// shaped like the real ones (an MFN layer, stacked lists with partial coverage,
/// a layer that yields to another, dated coverage changes and rate steps
/// 2018-2026) and one truce per direction. Deterministic.
core::Dataset syntheticDataset(int sectorsPerFlow);

} // namespace tariffsim::bench
