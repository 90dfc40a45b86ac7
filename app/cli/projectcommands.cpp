#include "projectcommands.h"

#include "core/projection.h"
#include "core/projectionreport.h"
#include "core/scenarioparameters.h"
#include "ui/appdata.h"

#include <ostream>

namespace tariffsim::cli {

namespace {

core::YearMonth monthOption(const CommandOptions& opts, const std::string& name, core::YearMonth fallback)
{
    const auto it = opts.find(name);
    if (it == opts.end())
        return fallback;
    const auto m = core::YearMonth::parse(it->second);
    if (!m)
        throw InputFailure{name + ": '" + it->second + "' is not a valid month (YYYY-MM)"};
    if (*m < core::kProjectionEarliest || core::kProjectionHorizonEnd < *m)
        throw InputFailure{name + ": " + m->toString() + " is outside the model's range "
                           + core::kProjectionEarliest.toString() + ".." + core::kProjectionHorizonEnd.toString()};
    return *m;
}

core::ModelParameters parametersOf(const core::Scenario& scenario)
{
    return core::resolveParameters(scenario.parameters, core::defaultParameters(ui::bundledData().dataset));
}

} // namespace

void projectCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    const core::YearMonth from = monthOption(opts, "--from", core::YearMonth{2024, 1});
    const core::YearMonth to = monthOption(opts, "--to", core::kProjectionHorizonEnd);
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
