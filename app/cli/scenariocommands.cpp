#include "scenariocommands.h"

#include "core/fileio.h"
#include "core/scenario.h"
#include "ui/document/appdata.h"

#include <charconv>
#include <cmath>
#include <ostream>

namespace tariffsim::cli {

namespace {

std::string plural(size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO] as a measure that adds on top of
// everything in force; `n` numbers it among the measures the scenario already has.
core::ScenarioMeasure parseAddMeasure(const std::string& spec, const core::Scenario& scenario, size_t n)
{
    const std::string where = "--add-measure '" + core::printable(spec) + "': ";
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t colon = spec.find(':', start);
        parts.push_back(spec.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
    if (parts.size() != 4 && parts.size() != 5)
        throw InputFailure{where + "expected DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO] (" + std::to_string(parts.size())
                           + " parts separated by ':')"};
    core::ScenarioMeasure m;
    const auto direction = core::parseDirection(parts[0]);
    if (!direction)
        throw InputFailure{where + "DIRECTION: '" + core::printable(parts[0]) + "' is not us_on_china or china_on_us"};
    m.direction = *direction;
    const auto from = core::Date::parse(parts[1]);
    if (!from)
        throw InputFailure{where + "FROM: '" + core::printable(parts[1]) + "' is not a valid date (YYYY-MM-DD)"};
    // from_chars: the C locale's decimal point whatever the user's locale.
    double rate = 0;
    const char* first = parts[2].data();
    const char* last = first + parts[2].size();
    const auto [end, ec] = std::from_chars(first, last, rate);
    if (parts[2].empty() || ec != std::errc() || end != last || !std::isfinite(rate))
        throw InputFailure{where + "RATE_PCT: '" + core::printable(parts[2]) + "' is not a number of percent"};
    core::MeasureStep step{*from, std::nullopt, rate, false};
    if (parts.size() == 5) {
        const auto to = core::Date::parse(parts[4]);
        if (!to)
            throw InputFailure{where + "TO: '" + core::printable(parts[4]) + "' is not a valid date (YYYY-MM-DD)"};
        step.to = *to;
    }
    m.steps.push_back(step);
    std::string list;
    start = 0;
    for (;;) {
        const size_t comma = parts[3].find(',', start);
        const std::string hs = parts[3].substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        m.coverage.push_back({hs, {}, 1.0});
        list += (list.empty() ? "" : ", ") + hs;
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    // An id no shipped or earlier measure has.
    for (size_t k = n + 1;; ++k) {
        m.id = "added_" + std::to_string(k);
        if (!core::measureDirection(commandData().dataset, scenario.measures, m.id))
            break;
    }
    m.name = "Added: " + core::printable(parts[2]) + "% on HS " + list + " from " + from->toString();
    m.legalBasis = "added with tariffsim-cli scenario --add-measure";
    if (const auto problem = core::findScenarioMeasureProblem(m, commandData().dataset, scenario.measures)) {
        const std::string& f = problem->field;
        const std::string part = f.starts_with("steps[0].ratePct") ? "RATE_PCT"
            : f.starts_with("steps[0].from")                         ? "FROM"
            : f.starts_with("steps[0].to")                           ? "TO"
            : f.starts_with("coverage")                              ? "HS"
                                                                     : f;
        throw InputFailure{where + part + ": " + problem->message};
    }
    return m;
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
    for (const std::string& spec : repeatedOption(opts, "--add-measure"))
        scenario.measures.push_back(parseAddMeasure(spec, scenario, scenario.measures.size()));
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
        s = core::readScenarioFile(path, commandData().dataset);
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
    out << ", " << (s.parameters.empty() ? "default parameters" : "own parameters");
    if (!s.measures.empty())
        out << ", " << plural(s.measures.size(), "measure of its own", "measures of its own");
    out << "\n";
}

} // namespace tariffsim::cli
