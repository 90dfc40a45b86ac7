#include "projectionbench.h"

#include "harness.h"
#include "synthetic.h"

#include "core/presets.h"
#include "core/horizon.h"
#include "core/projection.h"
#include "ui/document/appdata.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace tariffsim::bench {

namespace {

using core::YearMonth;
constexpr YearMonth kFirst = core::kDisplayFirstMonth; // the months the window projects
constexpr YearMonth kLast = core::kHorizonLastMonth;

// Keeps results alive so the optimiser cannot drop the work.
double g_sink = 0;

} // namespace

void projectDefault()
{
    const auto& data = ui::bundledData();
    const core::TariffSchedule schedule(data.dataset, *data.presets->find(core::PresetLibrary::kDefaultId));
    const auto params = core::defaultParameters(data.dataset);
    core::ProjectionOptions options;
    options.perSector = true;
    const auto stats = measure(
        [&] { g_sink += core::project(data.dataset, schedule, params, kFirst, kLast, options).totals[0][0].scenarioUsdBn; },
        200, 10);
    options.perSector = false;
    const auto totalsOnly = measure(
        [&] { g_sink += core::project(data.dataset, schedule, params, kFirst, kLast, options).totals[0][0].scenarioUsdBn; },
        200, 10);
    char extra[160];
    std::snprintf(extra, sizeof extra, "months=84 sectors=%zu+%zu totals_only_p50_ms=%.3f target_p50_ms=1",
                  schedule.sectors(core::Direction::UsOnChina).size(), schedule.sectors(core::Direction::ChinaOnUs).size(),
                  totalsOnly.p50Ms);
    report("project_default", stats, extra);
}

void project5000()
{
    const core::Dataset ds = syntheticDataset(5000);
    const core::Scenario scenario;
    const core::TariffSchedule schedule(ds, scenario);
    const auto params = core::defaultParameters(ds);
    core::ProjectionOptions options;
    const auto stats = measure(
        [&] { g_sink += core::project(ds, schedule, params, kFirst, kLast, options).totals[0][0].scenarioUsdBn; }, 30);
    report("project_5000", stats, "sectors=5000x2 months=84 bands=yes per_sector=no target_p50_ms=2");
}

void project5000Override()
{
    const core::Dataset ds = syntheticDatasetWithNarrowMeasure(5000);
    const auto params = core::defaultParameters(ds);
    const core::ProjectionOptions options;
    // The slider's steps, each schedule built from the one before.
    const auto steps = [&](const std::string& measureId) {
        core::Scenario scenario;
        scenario.overrides.push_back({measureId, *core::Date::fromYmd(2025, 6, 1), 20.0});
        std::vector<std::shared_ptr<const core::TariffSchedule>> out{
            std::make_shared<const core::TariffSchedule>(ds, scenario)};
        for (int i = 1; i < 40; ++i) {
            scenario.overrides.back().ratePct = 20.0 + i;
            out.push_back(std::make_shared<const core::TariffSchedule>(*out.back(), scenario));
        }
        return out;
    };
    const auto run = [&](const std::vector<std::shared_ptr<const core::TariffSchedule>>& schedules, size_t* reused,
                         size_t* ran) {
        core::ProjectionCache cache;
        size_t i = 0;
        const auto stats = measure(
            [&] {
                const auto& s = *schedules[i++ % schedules.size()];
                g_sink += core::project(ds, s, params, kFirst, kLast, options, cache).totals[0][0].scenarioUsdBn;
                if (reused) {
                    *reused = cache.lastReusedGroups();
                    *ran = cache.lastRunGroups();
                }
            },
            30);
        return stats;
    };
    size_t reused = 0, ran = 0;
    const auto stats = run(steps("us_narrow"), &reused, &ran);
    // A layer on every sector (every group reruns): the incremental path's worst case.
    const auto wide = run(steps("us_m3"), nullptr, nullptr);
    char extra[200];
    std::snprintf(extra, sizeof extra,
                  "sectors=5000x2 months=84 bands=yes slider=us_narrow groups_reused=%zu groups_run=%zu "
                  "wide_slider_p50_ms=%.3f target_p50_ms=2",
                  reused, ran, wide.p50Ms);
    report("project_5000_override", stats, extra);
}

void monteCarlo1000()
{
    const auto& data = ui::bundledData();
    const core::TariffSchedule schedule(data.dataset, *data.presets->find(core::PresetLibrary::kDefaultId));
    const auto params = core::defaultParameters(data.dataset);
    const auto stats = measure(
        [&] { g_sink += core::monteCarlo(data.dataset, schedule, params, kFirst, kLast, 1000, 42).values[0][1][0]; }, 20);
    report("montecarlo_1000", stats, "draws=1000 months=84 threads=2 target_p50_ms=100");
}

} // namespace tariffsim::bench
