#pragma once

namespace tariffsim::core {

/// Clears the upper halves of the calling thread's AVX registers (vzeroupper),
/// when the processor has AVX; does nothing elsewhere. Costs a few cycles.
///
/// Libraries loaded by a GUI process (graphics drivers, image codecs) can leave
/// the upper halves dirty. On many Intel processors, non-VEX SSE code then runs
/// several times slower on that thread until something clears them: the model's
/// vector kernels are VEX-encoded (AVX2, chosen at run time) and do not suffer,
/// but the rest of this library and the C math library are SSE code. The model
/// never calls this itself: call it on a thread before calling into the model
/// (TariffSchedule, project, monteCarlo, calibrate, ...) when that thread may
/// have run such code, e.g. on the GUI thread before each recomputation, or
/// once at the start of a worker thread that runs only model work. Threads the
/// model starts for itself begin clean (glibc's thread creation clears the
/// state).
void prepareForModelWork();

} // namespace tariffsim::core
