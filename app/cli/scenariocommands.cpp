#include "scenariocommands.h"

#include "core/fileio.h"
#include "core/scenario.h"
#include "ui/document/appdata.h"

#include <ostream>

namespace tariffsim::cli {

namespace {

std::string plural(size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

void writeScenarioCommand(const CommandOptions& opts, const core::Scenario& chosen, std::ostream& out)
{
    if (!opts.count("--out"))
        throw UsageFailure{"scenario needs --out FILE (or --out - for standard output)"};
    core::Scenario scenario = chosen;
    if (!scenario.id.empty()) {
        // A user scenario that starts from the preset: the id names presets only.
        scenario.basePreset = scenario.id;
        scenario.id.clear();
    }
    if (opts.count("--title"))
        scenario.title = opts.at("--title");
    if (opts.count("--notes"))
        scenario.notes = opts.at("--notes");
    writeOutput(opts, opts.at("--out"), core::serializeScenario(scenario), out,
                (scenario.title.empty() ? std::string("untitled") : "'" + core::printable(scenario.title) + "'")
                    + ", format version " + std::to_string(core::Scenario::kFormatVersion));
}

void validateCommand(const CommandOptions& opts, std::ostream& out)
{
    if (!opts.count("FILE"))
        throw UsageFailure{"validate needs a FILE"};
    const std::string path = opts.at("FILE");
    core::Scenario s;
    try {
        s = core::readScenarioFile(path, ui::bundledData().dataset);
    } catch (const core::ScenarioError& e) {
        throw InputFailure{core::printable(path, 4096) + ": " + e.what()};
    }
    out << core::printable(path, 4096) << ": valid scenario";
    if (!s.title.empty())
        out << " '" << core::printable(s.title) << "'";
    if (!s.basePreset.empty())
        out << " based on " << core::printable(s.basePreset);
    out << "; " << plural(s.overrides.size(), "override", "overrides");
    if (s.truces)
        out << ", " << plural(s.truces->size(), "truce", "truces");
    else
        out << ", the recorded truces";
    out << ", " << (s.parameters.empty() ? "default parameters" : "own parameters") << "\n";
}

} // namespace tariffsim::cli
