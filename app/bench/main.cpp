// tariffsim-bench: speed figures for the model and the window. One line per
// benchmark: "NAME p50_ms=X p95_ms=Y runs=N ...". Pass names to run a subset.

#include "exportbench.h"
#include "harness.h"
#include "projectionbench.h"
#include "synthetic.h"
#include "uibench.h"

#include "core/schedule.h"

#include <QApplication>

#include <cstdio>
#include <functional>
#include <map>
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
    std::snprintf(extra, sizeof extra, "sectors=5000 months=120 directions=2 build_p50_ms=%.3f target_p50_ms=10",
                  build.p50Ms);
    bench::report("schedule_5000", stats, extra);
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
    const std::vector<std::pair<std::string, std::function<void()>>> benches = {
        {"schedule_5000", scheduleBench},
        {"project_default", bench::projectDefault},
        {"project_5000", bench::project5000},
        {"montecarlo_1000", bench::monteCarlo1000},
        {"slider_to_paint", bench::sliderToPaint},
        {"truce_drag_to_paint", bench::truceDragToPaint},
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
