#include "projectcommands.h"

#include "core/diversion.h"
#include "core/fileio.h"
#include "core/horizon.h"
#include "core/projection.h"
#include "core/projectionreport.h"
#include "core/scenarioparameters.h"
#include "core/text.h"
#include "ui/document/appdata.h"
#include "ui/document/diversiondata.h"

#include <cstdio>
#include <ostream>

namespace tariffsim::cli {

namespace {

core::ModelParameters parametersOf(const core::Scenario& scenario)
{
    return core::resolveParameters(scenario.parameters, core::defaultParameters(commandData().dataset));
}

} // namespace

void projectCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    const core::YearMonth from = monthOption(opts, "--from", core::kDisplayFirstMonth);
    const core::YearMonth to = monthOption(opts, "--to", core::kHorizonLastMonth);
    if (to < from)
        throw InputFailure{
            core::format(core::translate("tariffsim-cli", "--to: %1 is before --from %2"), {to.toString(), from.toString()})};
    const auto& ds = commandData().dataset;
    const core::TariffSchedule schedule(ds, scenario);
    core::ProjectionOptions options;
    options.perSector = opts.count("--sectors") > 0;
    const auto params = parametersOf(scenario);
    const auto projection = core::project(ds, schedule, params, from, to, options);
    if (!opts.count("--flows")) {
        out << core::projectionCsv(projection, options.perSector);
        return;
    }
    if (opts.at("--flows") != "all")
        throw InputFailure{core::format(core::translate("tariffsim-cli", "--flows: '%1' is not 'all'"),
                                        {core::printable(opts.at("--flows"))})};
    const auto& data = ui::bundledDiversionData();
    const auto diversion = core::projectDiversion(ds, data, schedule, params,
                                                  core::defaultDiversionParameters(data, params), from, to);
    out << core::projectionCsv(projection, options.perSector, diversion);
}

void calibrateCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    const auto& ds = commandData().dataset;
    const core::TariffSchedule schedule(ds, scenario);
    const auto params = parametersOf(scenario);
    std::string reporter = "GACC";
    if (opts.count("--reporter")) {
        reporter = opts.at("--reporter");
        if (reporter != "GACC" && reporter != "USCensus")
            throw InputFailure{core::format(core::translate("tariffsim-cli", "--reporter: '%1' is not GACC or USCensus"),
                                            {core::printable(reporter)})};
    }
    if (opts.count("--diversion")) {
        if (opts.count("--observations") || opts.count("--by-half") || opts.count("--reporter"))
            throw UsageFailure{core::translate("tariffsim-cli",
                                               "--diversion cannot be combined with --observations, --by-half or --reporter")};
        const auto& data = ui::bundledDiversionData();
        out << core::diversionFitCsv(
            core::calibrateDiversion(ds, data, schedule, params, core::defaultDiversionParameters(data, params)));
        return;
    }
    if (opts.count("--observations")) {
        if (opts.count("--by-half"))
            throw UsageFailure{core::translate("tariffsim-cli", "--observations and --by-half cannot be combined")};
        const auto rows = core::compareWithObservations(ds, schedule, params, core::kHorizonFirstMonth,
                                                        core::kHorizonLastMonth, reporter);
        out << core::observationsCsv(rows, reporter);
        return;
    }
    const auto fitted = core::calibrate(ds, schedule, params, reporter);
    if (opts.count("--by-half")) {
        // The fit by half-year, for the default and the fitted parameters.
        out << "flow,fit,period,observations,rmse_usd_bn,mape_pct,mean_error_pct\n";
        core::ModelParameters best = params;
        for (const auto& c : fitted) {
            best.flow(c.flow).elasticity.value = c.elasticity;
            best.flow(c.flow).adjustmentSpeed.value = c.adjustmentSpeed;
        }
        // The literature's values, with the scenario's own settings over them.
        const core::ModelParameters literature =
            core::resolveParameters(scenario.parameters, core::defaultParameters(ds, false));
        for (const auto& [label, p] :
             {std::pair{"literature", literature}, std::pair{"default", params}, std::pair{"fitted", best}})
            for (const auto& f : core::fitByHalfYear(ds, schedule, p, reporter)) {
                char line[160];
                std::snprintf(line, sizeof line, "%s,%s,%s,%d,%.4f,%.2f,%.2f\n", std::string(core::toString(f.flow)).c_str(),
                              label, f.period.c_str(), f.observations, f.rmseUsdBn, f.mapePct, f.meanErrorPct);
                out << line;
            }
        return;
    }
    out << core::calibrationCsv(core::fitStatistics(ds, schedule, params, reporter), fitted);
}

} // namespace tariffsim::cli
