#pragma once

#include "core/dataset.h"

namespace tariffsim::bench {

/// A dataset of `sectorsPerFlow` synthetic sectors in each flow, with measures
/// shaped like the real ones (an MFN layer, stacked lists with partial coverage,
/// a layer that yields to another, dated coverage changes and rate steps
/// 2018-2026) and one truce per direction. Deterministic.
core::Dataset syntheticDataset(int sectorsPerFlow);

/// syntheticDataset plus, in each direction, one narrow measure like a Section 232
/// action ("us_narrow", "cn_narrow", 25% from 2025-03-12) on 10 of the 97
/// chapters: the layer a slider moves in the *_override benchmarks.
core::Dataset syntheticDatasetWithNarrowMeasure(int sectorsPerFlow);

} // namespace tariffsim::bench
