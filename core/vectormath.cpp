#include "vectormath.h"

#include <algorithm>
#include <cmath>

#if defined(__x86_64__) && defined(__GNUC__)
#define TARIFFSIM_X86_KERNELS 1
#include <immintrin.h>
#endif

namespace tariffsim::core::detail {

namespace {

void adjustScalar(const double* lnP, const double* baseline, size_t k0, size_t months, size_t lanes, double eps,
                  double lambda, double* xs, double* units)
{
    for (size_t j = 0; j < lanes; ++j) {
        double x = 0.0;
        for (size_t k = k0; k < months; ++k) {
            x += lambda * (-eps * lnP[k * lanes + j] - x);
            xs[k * lanes + j] = x;
            units[k * lanes + j] = x == 0.0 ? baseline[k] : baseline[k] * std::exp(x);
        }
    }
}

void logsScalar(const double* x, double* y, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        y[i] = std::log(x[i]);
}

#ifdef TARIFFSIM_X86_KERNELS

} // namespace

// glibc's vector ABI (libmvec): 'b' is the SSE variant of 2 doubles, 'd' the
// AVX2 variant of 4. The AVX2 declarations need AVX enabled to name __m256d
// arguments without an ABI warning.
extern "C" __m128d _ZGVbN2v_exp(__m128d);
extern "C" __m128d _ZGVbN2v_log(__m128d);
#pragma GCC push_options
#pragma GCC target("avx2,fma")
extern "C" __m256d _ZGVdN4v_exp(__m256d);
extern "C" __m256d _ZGVdN4v_log(__m256d);
#pragma GCC pop_options

namespace {

// The recurrence runs month by month across all lanes, so that consecutive
// operations are independent (a series alone is one long dependency chain); the
// exponentials then run over the contiguous result.
void adjustSse2(const double* lnP, const double* baseline, size_t k0, size_t months, size_t lanes, double eps,
                double lambda, double* xs, double* units)
{
    const __m128d l = _mm_set1_pd(lambda);
    const __m128d e = _mm_set1_pd(-eps);
    const __m128d zero = _mm_setzero_pd();
    for (size_t k = k0; k < months; ++k) {
        const double* p = lnP + k * lanes;
        const double* prev = k > k0 ? xs + (k - 1) * lanes : nullptr;
        double* out = xs + k * lanes;
        for (size_t j = 0; j < lanes; j += 2) {
            const __m128d x = prev ? _mm_loadu_pd(prev + j) : zero;
            const __m128d t = _mm_mul_pd(e, _mm_loadu_pd(p + j));
            _mm_storeu_pd(out + j, _mm_add_pd(x, _mm_mul_pd(l, _mm_sub_pd(t, x))));
        }
    }
    for (size_t k = k0; k < months; ++k) {
        const __m128d b = _mm_set1_pd(baseline[k]);
        const double* x = xs + k * lanes;
        double* u = units + k * lanes;
        for (size_t j = 0; j < lanes; j += 2) {
            const __m128d v = _mm_loadu_pd(x + j);
            const __m128d scaled = _mm_mul_pd(b, _ZGVbN2v_exp(v));
            const __m128d isZero = _mm_cmpeq_pd(v, zero);
            _mm_storeu_pd(u + j, _mm_or_pd(_mm_and_pd(isZero, b), _mm_andnot_pd(isZero, scaled)));
        }
    }
}

void logsSse2(const double* x, double* y, size_t n)
{
    size_t i = 0;
    for (; i + 2 <= n; i += 2)
        _mm_storeu_pd(y + i, _ZGVbN2v_log(_mm_loadu_pd(x + i)));
    if (i < n) {
        alignas(16) double tail[2] = {x[i], 1.0};
        _mm_store_pd(tail, _ZGVbN2v_log(_mm_load_pd(tail)));
        y[i] = tail[0];
    }
}

__attribute__((target("avx2,fma"))) void adjustAvx2(const double* lnP, const double* baseline, size_t k0,
                                                    size_t months, size_t lanes, double eps, double lambda,
                                                    double* xs, double* units)
{
    const __m256d l = _mm256_set1_pd(lambda);
    const __m256d e = _mm256_set1_pd(-eps);
    const __m256d zero = _mm256_setzero_pd();
    for (size_t k = k0; k < months; ++k) {
        const double* p = lnP + k * lanes;
        const double* prev = k > k0 ? xs + (k - 1) * lanes : nullptr;
        double* out = xs + k * lanes;
        for (size_t j = 0; j < lanes; j += 4) {
            const __m256d x = prev ? _mm256_loadu_pd(prev + j) : zero;
            const __m256d t = _mm256_mul_pd(e, _mm256_loadu_pd(p + j));
            _mm256_storeu_pd(out + j, _mm256_add_pd(x, _mm256_mul_pd(l, _mm256_sub_pd(t, x))));
        }
    }
    for (size_t k = k0; k < months; ++k) {
        const __m256d b = _mm256_set1_pd(baseline[k]);
        const double* x = xs + k * lanes;
        double* u = units + k * lanes;
        for (size_t j = 0; j < lanes; j += 4) {
            const __m256d v = _mm256_loadu_pd(x + j);
            const __m256d scaled = _mm256_mul_pd(b, _ZGVdN4v_exp(v));
            _mm256_storeu_pd(u + j, _mm256_blendv_pd(scaled, b, _mm256_cmp_pd(v, zero, _CMP_EQ_OQ)));
        }
    }
}

__attribute__((target("avx2,fma"))) void logsAvx2(const double* x, double* y, size_t n)
{
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(y + i, _ZGVdN4v_log(_mm256_loadu_pd(x + i)));
    if (i < n) {
        alignas(32) double tail[4] = {1.0, 1.0, 1.0, 1.0};
        for (size_t j = i; j < n; ++j)
            tail[j - i] = x[j];
        _mm256_store_pd(tail, _ZGVdN4v_log(_mm256_load_pd(tail)));
        for (size_t j = i; j < n; ++j)
            y[j] = tail[j - i];
    }
}

bool hasAvx2()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

#endif // TARIFFSIM_X86_KERNELS

const VectorKernels kScalar{adjustScalar, logsScalar, "scalar"};
#ifdef TARIFFSIM_X86_KERNELS
const VectorKernels kSse2{adjustSse2, logsSse2, "sse2"};
const VectorKernels kAvx2{adjustAvx2, logsAvx2, "avx2"};
#endif

} // namespace

const VectorKernels* vectorKernelsFor(std::string_view isa)
{
#ifdef TARIFFSIM_X86_KERNELS
    if (isa == kAvx2.isa)
        return hasAvx2() ? &kAvx2 : nullptr;
    if (isa == kSse2.isa)
        return &kSse2;
#endif
    return isa == kScalar.isa ? &kScalar : nullptr;
}

const VectorKernels& vectorKernels()
{
    static const VectorKernels& chosen = [] () -> const VectorKernels& {
#ifdef TARIFFSIM_X86_KERNELS
        return hasAvx2() ? kAvx2 : kSse2;
#else
        return kScalar;
#endif
    }();
    return chosen;
}

} // namespace tariffsim::core::detail
