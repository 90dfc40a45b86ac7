#pragma once

// A small timing harness: runs a body repeatedly and prints one line per
// benchmark, "NAME p50_ms=X p95_ms=Y runs=N" plus any extra fields.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace tariffsim::bench {

struct Stats {
    double p50Ms = 0;
    double p95Ms = 0;
    double minMs = 0;
    int runs = 0;
};

inline Stats summarize(std::vector<double> samplesMs)
{
    Stats s;
    if (samplesMs.empty())
        return s;
    std::sort(samplesMs.begin(), samplesMs.end());
    const auto at = [&](double q) {
        const size_t i = static_cast<size_t>(q * static_cast<double>(samplesMs.size() - 1) + 0.5);
        return samplesMs[std::min(i, samplesMs.size() - 1)];
    };
    s.p50Ms = at(0.50);
    s.p95Ms = at(0.95);
    s.minMs = samplesMs.front();
    s.runs = static_cast<int>(samplesMs.size());
    return s;
}

/// Times `body` `runs` times after `warmup` untimed runs.
inline Stats measure(const std::function<void()>& body, int runs, int warmup = 2)
{
    for (int i = 0; i < warmup; ++i)
        body();
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        body();
        const auto t1 = std::chrono::steady_clock::now();
        samples.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return summarize(std::move(samples));
}

inline void report(const std::string& name, const Stats& s, const std::string& extra = {})
{
    std::printf("%s p50_ms=%.3f p95_ms=%.3f runs=%d%s%s\n", name.c_str(), s.p50Ms, s.p95Ms, s.runs,
                extra.empty() ? "" : " ", extra.c_str());
    std::fflush(stdout);
}

} // namespace tariffsim::bench
