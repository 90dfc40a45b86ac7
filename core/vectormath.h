#pragma once

// Vectorised kernels of the trade-response model: the partial adjustment with
// its exponentials, and logarithms over arrays. Not part of the public interface.
//
// Each kernel exists for AVX2 (with glibc's libmvec 4-lane exp and log) and for
// the x86-64 baseline, SSE2 (libmvec's 2-lane functions); the AVX2 one is chosen
// at run time when the processor has AVX2 and FMA, so the binary runs on any
// x86-64. Other architectures use the standard library's scalar functions.
//
// Every element goes through the same vector function whatever its position in
// the array (tails are padded), and lanes never mix: a series' results do not
// depend on which other series are computed beside it. Results may differ from
// std::exp / std::log in the last bits, and between the two instruction sets.

#include <cstddef>
#include <string_view>

namespace tariffsim::core::detail {

/// Series are processed in blocks of this many lanes; kernels' lane counts
/// must be multiples of it.
constexpr size_t kLaneBlock = 4;

struct VectorKernels {
    /// Partial adjustment of `lanes` independent series stored month-major (the
    /// value of series j in month k at [k * lanes + j]); `lanes` a multiple of
    /// kLaneBlock. Starting from x_j = 0 before month k0, for k in [k0, months):
    ///
    ///     x_j     <- x_j + lambda * (-eps * lnP[k * lanes + j] - x_j)
    ///     xs[k * lanes + j]    = x_j
    ///     units[k * lanes + j] = baseline[k]                 when x_j == 0
    ///                            baseline[k] * exp(x_j)      otherwise
    ///
    /// Rows before k0 are not written. A zero deviation thus gives exactly the
    /// baseline.
    void (*partialAdjustment)(const double* lnP, const double* baseline, size_t k0, size_t months, size_t lanes,
                              double eps, double lambda, double* xs, double* units) = nullptr;
    /// y[i] = ln(x[i]) for i < n (x[i] > 0). `x` and `y` may be the same array.
    void (*logs)(const double* x, double* y, size_t n) = nullptr;
    /// "avx2", "sse2" or "scalar".
    std::string_view isa;
};

/// The kernels for this processor (chosen once).
const VectorKernels& vectorKernels();

/// The kernels of one instruction set ("avx2", "sse2", "scalar"), or nullptr
/// when this build or processor cannot run them (for tests that compare them).
const VectorKernels* vectorKernelsFor(std::string_view isa);

} // namespace tariffsim::core::detail
