#include "scenariocommands.h"

#include "core/fileio.h"
#include "core/scenario.h"
#include "core/text.h"
#include "ui/document/appdata.h"

#include <charconv>
#include <cmath>
#include <ostream>
#include <string>
#include <vector>

namespace tariffsim::cli {

namespace {

// `n` things: `one` (a pattern for 1) or `many` (a pattern with %1 for the number),
// both already translated.
std::string counted(size_t n, const std::string& one, const std::string& many)
{
    return n == 1 ? one : core::format(many, {std::to_string(n)});
}

// DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO] as a measure that adds on top of
// everything in force; `n` numbers it among the measures the scenario already has.
core::ScenarioMeasure parseAddMeasure(const std::string& spec, const core::Scenario& scenario, size_t n)
{
    const std::string shown = core::printable(spec);
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
        throw InputFailure{core::format(
            core::translate("tariffsim-cli",
                            "--add-measure '%1': expected DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO] (%2 parts separated "
                            "by ':')"),
            {shown, std::to_string(parts.size())})};
    core::ScenarioMeasure m;
    const auto direction = core::parseDirection(parts[0]);
    if (!direction)
        throw InputFailure{core::format(
            core::translate("tariffsim-cli", "--add-measure '%1': DIRECTION: '%2' is not us_on_china or china_on_us"),
            {shown, core::printable(parts[0])})};
    m.direction = *direction;
    const auto from = core::Date::parse(parts[1]);
    if (!from)
        throw InputFailure{core::format(
            core::translate("tariffsim-cli", "--add-measure '%1': FROM: '%2' is not a valid date (YYYY-MM-DD)"),
            {shown, core::printable(parts[1])})};
    // from_chars: the C locale's decimal point whatever the user's locale.
    double rate = 0;
    const char* first = parts[2].data();
    const char* last = first + parts[2].size();
    const auto [end, ec] = std::from_chars(first, last, rate);
    if (parts[2].empty() || ec != std::errc() || end != last || !std::isfinite(rate))
        throw InputFailure{core::format(
            core::translate("tariffsim-cli", "--add-measure '%1': RATE_PCT: '%2' is not a number of percent"),
            {shown, core::printable(parts[2])})};
    core::MeasureStep step{*from, std::nullopt, rate, false};
    if (parts.size() == 5) {
        const auto to = core::Date::parse(parts[4]);
        if (!to)
            throw InputFailure{core::format(
                core::translate("tariffsim-cli", "--add-measure '%1': TO: '%2' is not a valid date (YYYY-MM-DD)"),
                {shown, core::printable(parts[4])})};
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
        // The problem is the core's own text; the part is a name from the option's syntax.
        throw InputFailure{"--add-measure '" + shown + "': " + part + ": " + problem->message};
    }
    return m;
}

} // namespace

void writeScenarioCommand(const CommandOptions& opts, const core::Scenario& chosen, std::ostream& out)
{
    if (!opts.count("--out"))
        throw UsageFailure{core::translate("tariffsim-cli", "scenario needs --out FILE (or --out - for standard output)")};
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
    const std::string version = std::to_string(core::Scenario::kFormatVersion);
    writeOutput(opts, opts.at("--out"), core::serializeScenario(scenario), out, [&](const std::string& shown) {
        if (scenario.title.empty())
            return core::format(core::translate("tariffsim-cli", "wrote %1 (untitled, format version %2)"),
                                {shown, version});
        return core::format(core::translate("tariffsim-cli", "wrote %1 ('%2', format version %3)"),
                            {shown, core::printable(scenario.title), version});
    });
}

void validateCommand(const CommandOptions& opts, std::ostream& out)
{
    if (!opts.count("FILE"))
        throw UsageFailure{core::translate("tariffsim-cli", "validate needs a FILE")};
    const std::string path = opts.at("FILE");
    core::Scenario s;
    try {
        s = core::readScenarioFile(path, commandData().dataset);
    } catch (const core::ScenarioError& e) {
        throw InputFailure{core::printable(path, 4096) + ": " + e.what()};
    }
    // What the scenario sets, each a whole phrase, in a list.
    std::vector<std::string> parts;
    parts.push_back(counted(s.overrides.size(), core::translate("tariffsim-cli", "1 override"),
                            core::translate("tariffsim-cli", "%1 overrides")));
    parts.push_back(s.truces ? counted(s.truces->size(), core::translate("tariffsim-cli", "1 truce"),
                                       core::translate("tariffsim-cli", "%1 truces"))
                             : core::translate("tariffsim-cli", "the recorded truces"));
    parts.push_back(s.parameters.empty() ? core::translate("tariffsim-cli", "default parameters")
                                         : core::translate("tariffsim-cli", "own parameters"));
    if (!s.measures.empty())
        parts.push_back(counted(s.measures.size(), core::translate("tariffsim-cli", "1 measure of its own"),
                                core::translate("tariffsim-cli", "%1 measures of its own")));
    std::string list = parts.front();
    for (size_t i = 1; i < parts.size(); ++i)
        list = core::format(core::translate("tariffsim-cli", "%1, %2"), {list, parts[i]});
    const std::string file = core::printable(path, 4096);
    const std::string title = core::printable(s.title);
    const std::string base = core::printable(s.basePreset);
    if (!s.title.empty() && !s.basePreset.empty())
        out << core::format(core::translate("tariffsim-cli", "%1: valid scenario '%2' based on %3; %4"),
                            {file, title, base, list});
    else if (!s.title.empty())
        out << core::format(core::translate("tariffsim-cli", "%1: valid scenario '%2'; %3"), {file, title, list});
    else if (!s.basePreset.empty())
        out << core::format(core::translate("tariffsim-cli", "%1: valid scenario based on %2; %3"), {file, base, list});
    else
        out << core::format(core::translate("tariffsim-cli", "%1: valid scenario; %2"), {file, list});
    out << "\n";
}

} // namespace tariffsim::cli
