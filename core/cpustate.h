#pragma once

namespace tariffsim::core::detail {

/// Libraries loaded by a GUI process can leave the upper halves of the AVX
/// registers dirty; plain SSE code (this library's, and libm's) then runs many
/// times slower on the same thread until something clears them. Called where the
/// number crunching starts (schedule compilation, projections).
void clearUpperVectorState();

} // namespace tariffsim::core::detail
