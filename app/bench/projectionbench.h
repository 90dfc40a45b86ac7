#pragma once

namespace tariffsim::bench {

/// project_default: the trade projection of the whole default dataset (as-enacted,
/// 2024-01..2030-12, both flows, bands and per-sector rows). Target p50 <= 1 ms.
void projectDefault();
/// project_5000: the same over 5,000 synthetic sectors per flow (bands, totals
/// only). Target p50 <= 2 ms.
void project5000();
/// project_5000_override: one slider step on the 5,000-sector dataset through the
/// incremental path: the projection of a schedule whose narrow layer's rate moved,
/// through a ProjectionCache holding the previous step. Target p50 <= 2 ms.
void project5000Override();
/// montecarlo_1000: 1,000 Monte Carlo draws on the default dataset, 2 threads.
/// Target p50 <= 100 ms.
void monteCarlo1000();

} // namespace tariffsim::bench
