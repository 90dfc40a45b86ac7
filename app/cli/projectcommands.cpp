#include "projectcommands.h"

#include "core/horizon.h"
#include "core/projection.h"
#include "core/projectionreport.h"
#include "core/scenarioparameters.h"
#include "ui/appdata.h"

#include <ostream>

namespace tariffsim::cli {

namespace {

core::ModelParameters parametersOf(const core::Scenario& scenario)
{
    return core::resolveParameters(scenario.parameters, core::defaultParameters(ui::bundledData().dataset));
}

} // namespace

void projectCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    const core::YearMonth from = monthOption(opts, "--from", core::kDisplayFirstMonth);
    const core::YearMonth to = monthOption(opts, "--to", core::kHorizonLastMonth);
    if (to < from)
        throw InputFailure{"--to: " + to.toString() + " is before --from " + from.toString()};
    const auto& ds = ui::bundledData().dataset;
    const core::TariffSchedule schedule(ds, scenario);
    core::ProjectionOptions options;
    options.perSector = opts.count("--sectors") > 0;
    const auto projection = core::project(ds, schedule, parametersOf(scenario), from, to, options);
    out << core::projectionCsv(projection, options.perSector);
}

void calibrateCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    const auto& ds = ui::bundledData().dataset;
    const core::TariffSchedule schedule(ds, scenario);
    const auto params = parametersOf(scenario);
    if (opts.count("--observations")) {
        const auto rows = core::compareWithObservations(ds, schedule, params, core::kProjectionEarliest,
                                                        core::kProjectionHorizonEnd);
        out << core::observationsCsv(rows, "GACC");
        return;
    }
    out << core::calibrationCsv(core::fitStatistics(ds, schedule, params), core::calibrate(ds, schedule, params));
}

} // namespace tariffsim::cli
