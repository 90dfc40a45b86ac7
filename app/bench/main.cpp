// tariffsim-bench: speed figures for the model and the window. One line per
// benchmark: "NAME p50_ms=X p95_ms=Y runs=N ...". Pass names to run a subset.

#include "exportbench.h"
#include "harness.h"
#include "projectionbench.h"
#include "synthetic.h"
#include "uibench.h"

#include "core/cpustate.h"
#include "core/schedule.h"

#include <QApplication>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace tariffsim;

namespace {

void scheduleBench()
{
    const core::Dataset ds = bench::syntheticDataset(5000);
    const core::Scenario scenario;
    const core::YearMonth first{2020, 1};
    double checksum = 0;
    const auto build = bench::measure([&] { core::TariffSchedule s(ds, scenario); checksum += s.baseYear(); }, 20);
    const auto stats = bench::measure(
        [&] {
            const core::TariffSchedule s(ds, scenario);
            for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs})
                checksum += s.monthlySectorRatesPct(d, first, 120)[4999];
        },
        30);
    char extra[128];
    std::snprintf(extra, sizeof extra, "sectors=5000 months=120 directions=2 build_p50_ms=%.3f target_p50_ms=8",
                  build.p50Ms);
    bench::report("schedule_5000", stats, extra);
    if (checksum < 0)
        std::puts("");
}

// One slider step: the schedule built from the previous one with one override's
// rate changed, and the monthly sector rates it reports (as schedule_5000).
void scheduleOverrideBench()
{
    const core::Dataset ds = bench::syntheticDatasetWithNarrowMeasure(5000);
    core::Scenario scenario;
    scenario.overrides.push_back({"us_narrow", *core::Date::fromYmd(2025, 6, 1), 25.0});
    const core::YearMonth first{2020, 1};
    auto previous = std::make_shared<const core::TariffSchedule>(ds, scenario);
    int step = 0;
    double checksum = 0;
    const auto nextStep = [&] {
        scenario.overrides.back().ratePct = 20.0 + (++step % 40);
        previous = std::make_shared<const core::TariffSchedule>(*previous, scenario);
    };
    const auto build = bench::measure([&] { nextStep(); checksum += previous->baseYear(); }, 30);
    const auto stats = bench::measure(
        [&] {
            nextStep();
            for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs})
                checksum += previous->monthlySectorRatesPct(d, first, 120)[4999];
        },
        30);
    char extra[160];
    std::snprintf(extra, sizeof extra,
                  "sectors=5000 months=120 directions=2 slider=us_narrow build_p50_ms=%.3f target_p50_ms=8",
                  build.p50Ms);
    bench::report("schedule_5000_override", stats, extra);
    if (checksum < 0)
        std::puts("");
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && std::string(argv[1]) == "--startup-child")
        return bench::startupChild(argc, argv);
    // The window benchmarks run on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tariffsim-bench"));
    core::prepareForModelWork();
    const std::vector<std::pair<std::string, std::function<void()>>> benches = {
        {"schedule_5000", scheduleBench},
        {"schedule_5000_override", scheduleOverrideBench},
        {"project_default", bench::projectDefault},
        {"project_5000", bench::project5000},
        {"project_5000_override", bench::project5000Override},
        {"montecarlo_1000", bench::monteCarlo1000},
        {"slider_to_paint", bench::sliderToPaint},
        {"truce_drag_to_paint", bench::truceDragToPaint},
        {"slider_to_paint_5000", bench::sliderToPaint5000},
        {"truce_drag_to_paint_5000", bench::truceDragToPaint5000},
        {"language_switch_to_paint", bench::languageSwitchToPaint},
        {"startup_to_first_paint", [self = argv[0]] { bench::startupToFirstPaint(self); }},
        {"export_png_1080p", bench::exportPng1080p},
        {"briefing_pdf", bench::briefingPdf},
    };
    std::vector<std::string> wanted(argv + 1, argv + argc);
    for (const auto& [name, fn] : benches)
        if (wanted.empty() || std::find(wanted.begin(), wanted.end(), name) != wanted.end())
            fn();
    return 0;
}
