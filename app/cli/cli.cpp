#include "cli.h"

#include "core/ratesreport.h"
#include "exportcommands.h"
#include "projectcommands.h"
#include "scenariocommands.h"
#include "ui/document/appdata.h"
#include "ui/document/language.h"

#include "core/fileio.h"
#include "core/horizon.h"
#include "core/text.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <ostream>

#ifndef TARIFFSIM_VERSION
#define TARIFFSIM_VERSION "0.0.0"
#endif

namespace tariffsim::cli {

namespace {

using core::Date;

struct OptionSpec {
    std::string name;
    bool takesValue;
    std::string help;
    bool repeatable = false; ///< may be given more than once (repeatedOption)
};

struct Command {
    std::string name;
    std::string synopsis;
    std::string summary;
    std::vector<OptionSpec> options;
    std::function<void(const std::map<std::string, std::string>&, std::ostream&)> action;
};

const OptionSpec kPreset{"--preset", true,
                         QT_TRANSLATE_NOOP("tariffsim-cli", "preset scenario id (default as-enacted; see 'presets')")};
const OptionSpec kScenario{"--scenario", true,
                           QT_TRANSLATE_NOOP("tariffsim-cli", "scenario file (.tariffsim.json) instead of a preset")};

// The scenario chosen by --preset or --scenario (default: as-enacted): the one
// place every command gets its scenario from.
core::Scenario chosenScenario(const std::map<std::string, std::string>& opts)
{
    const auto& data = commandData();
    if (opts.count("--preset") && opts.count("--scenario"))
        throw UsageFailure{core::translate("tariffsim-cli", "--preset and --scenario cannot be combined")};
    if (opts.count("--scenario")) {
        const std::string path = opts.at("--scenario");
        try {
            return core::readScenarioFile(path, data.dataset);
        } catch (const core::ScenarioError& e) {
            throw InputFailure{"--scenario: " + core::printable(path, 4096) + ": " + e.what()};
        }
    }
    const std::string id = opts.count("--preset") ? opts.at("--preset") : std::string(core::PresetLibrary::kDefaultId);
    const core::Scenario* s = data.presets->find(id);
    if (!s) {
        std::string known;
        for (const auto& p : data.presets->ids())
            known += (known.empty() ? "" : ", ") + p;
        throw InputFailure{core::format(core::translate("tariffsim-cli", "--preset: unknown preset '%1' (known: %2)"),
                                        {core::printable(id), known})};
    }
    return *s;
}

void ratesCommand(const std::map<std::string, std::string>& opts, std::ostream& out)
{
    const bool single = opts.count("--date");
    const bool range = opts.count("--from") || opts.count("--to");
    if (single == range)
        throw UsageFailure{core::translate("tariffsim-cli", "rates needs either --date D or --from D --to D")};
    if (range && !(opts.count("--from") && opts.count("--to")))
        throw UsageFailure{core::translate("tariffsim-cli", "rates needs both --from and --to")};
    const Date from = *dateOption(opts, single ? "--date" : "--from");
    const Date to = single ? from : *dateOption(opts, "--to");
    if (to < from)
        throw InputFailure{
            core::format(core::translate("tariffsim-cli", "--to: %1 is before --from %2"), {to.toString(), from.toString()})};
    const auto scenario = chosenScenario(opts);
    const auto& ds = commandData().dataset;
    int weights = ds.defaultBaseYear;
    if (opts.count("--weights")) {
        const std::string& text = opts.at("--weights");
        const auto years = ds.baseYears();
        std::string known;
        for (int y : years)
            known += (known.empty() ? "" : ", ") + std::to_string(y);
        const bool digits = text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        weights = digits ? std::stoi(text) : 0;
        if (std::find(years.begin(), years.end(), weights) == years.end())
            throw InputFailure{core::format(
                core::translate("tariffsim-cli", "--weights: '%1' is not a year with trade weights (%2)"),
                {core::printable(text), known})};
    }
    const core::TariffSchedule schedule(ds, scenario, weights);
    out << core::ratesCsv(schedule, from, to, opts.count("--layers") > 0);
}

void presetsCommand(const std::map<std::string, std::string>&, std::ostream& out)
{
    out << core::presetsCsv(*commandData().presets);
}

void eventsCommand(const std::map<std::string, std::string>& opts, std::ostream& out)
{
    const auto scenario = chosenScenario(opts);
    out << core::eventsCsv(commandData().dataset, scenario);
}

// data check [DIR]: every problem of a user data folder, FILE:LINE: field: reason.
void dataCommand(const std::map<std::string, std::string>& opts, std::ostream& out)
{
    if (!opts.count("ACTION") || opts.at("ACTION") != "check")
        throw UsageFailure{core::translate("tariffsim-cli", "data needs the action 'check'")};
    const QString folder = opts.count("DIR") ? QString::fromStdString(opts.at("DIR")) : ui::defaultUserDataFolder();
    const std::string shown = core::printable(folder.toStdString(), 4096);
    if (!QFileInfo(folder).isDir()) {
        // The default folder may not exist yet: there is nothing in it to check.
        if (!opts.count("DIR") && !QFileInfo::exists(folder)) {
            out << core::format(core::translate("tariffsim-cli", "data folder: %1 (does not exist yet; no files)"),
                                {shown})
                << "\n";
            return;
        }
        throw InputFailure{core::format(core::translate("tariffsim-cli", "%1: not a folder"), {shown})};
    }
    std::vector<core::DataProblem> problems;
    const core::DataFiles files = core::readUserDirectory(folder.toStdString(), problems);
    for (const auto& [name, text] : files) {
        const auto found = core::checkUserFile(name, text);
        problems.insert(problems.end(), found.begin(), found.end());
        // A measures file is read with the shipped one: what its layers say is checked there.
        if (found.empty() && name == core::kUserMeasuresFile)
            core::loadWithUserMeasures(ui::readResourceFolder(":/data"), text, problems);
    }
    out << core::format(core::translate("tariffsim-cli", "data folder: %1"), {shown}) << "\n";
    for (const auto& p : problems)
        out << core::printable(p.toString(), 4096) << "\n";
    if (problems.size() == 1)
        throw InputFailure{core::format(core::translate("tariffsim-cli", "%1: 1 problem"), {shown})};
    if (!problems.empty())
        throw InputFailure{core::format(core::translate("tariffsim-cli", "%1: %2 problems"),
                                        {shown, std::to_string(problems.size())})};
    std::string names;
    for (const auto& [name, text] : files)
        names += (names.empty() ? "" : ", ") + core::printable(name);
    if (names.empty())
        out << core::format(core::translate("tariffsim-cli", "no problems in %1 files"), {std::to_string(files.size())});
    else if (files.size() == 1)
        out << core::format(core::translate("tariffsim-cli", "no problems in 1 file: %1"), {names});
    else
        out << core::format(core::translate("tariffsim-cli", "no problems in %1 files: %2"),
                            {std::to_string(files.size()), names});
    out << "\n";
}

// --data DIR: the bundled data with the folder's files merged; any problem in
// them stops the command (a script should not get the shipped figures silently).
std::unique_ptr<ui::AppData> userData(const std::string& dir)
{
    const QString folder = QString::fromStdString(dir);
    if (!QFileInfo(folder).isDir())
        throw InputFailure{core::format(core::translate("tariffsim-cli", "--data: %1: not a folder"),
                                        {core::printable(dir, 4096)})};
    std::vector<core::DataProblem> problems;
    auto data = ui::loadWithUserData(folder, problems); // nullptr: nothing to add, the bundled data serve
    if (!problems.empty()) {
        std::string text = core::format(core::translate("tariffsim-cli", "--data: %1: the folder's files have problems "
                                                                          "(tariffsim-cli data check lists them):"),
                                        {core::printable(dir, 4096)});
        for (const auto& p : problems)
            text += "\n" + core::printable(p.toString(), 4096);
        throw InputFailure{text};
    }
    return data;
}

// The summaries and option help texts are marked for the translation tools here
// (QT_TRANSLATE_NOOP) and translated where they are printed.
const std::vector<Command>& commands()
{
    static const std::vector<Command> list = {
        {"rates", "rates (--date D | --from D --to D) [--layers] [--weights YEAR] [--preset ID | --scenario FILE]",
         QT_TRANSLATE_NOOP("tariffsim-cli",
                           "Trade-weighted average tariff of each direction, CSV: date,direction,avg_tariff_pct"),
         {{"--date", true, QT_TRANSLATE_NOOP("tariffsim-cli", "a single day, YYYY-MM-DD")},
          {"--from", true, QT_TRANSLATE_NOOP("tariffsim-cli", "first day of a range")},
          {"--to", true, QT_TRANSLATE_NOOP("tariffsim-cli", "last day of a range (inclusive)")},
          {"--layers", false,
           QT_TRANSLATE_NOOP("tariffsim-cli", "add a 'layer' column with one row per legal layer and a total row")},
          {"--weights", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "base year of the trade weights (default 2024; 2015-2024)")},
          kPreset,
          kScenario},
         ratesCommand},
        {"scenario", "scenario [--preset ID | --scenario FILE] [--title TEXT] [--notes TEXT] "
                     "[--add-measure DIRECTION:FROM:RATE_PCT:HS[,HS...][:TO]]... --out FILE",
         QT_TRANSLATE_NOOP("tariffsim-cli", "Write a scenario file (.tariffsim.json) starting from a preset, or "
                                            "rewrite one in the current format"),
         {kPreset, kScenario,
          {"--title", true, QT_TRANSLATE_NOOP("tariffsim-cli", "the scenario's title")},
          {"--notes", true, QT_TRANSLATE_NOOP("tariffsim-cli", "the scenario's notes")},
          {"--add-measure", true,
           QT_TRANSLATE_NOOP("tariffsim-cli",
                             "add a measure (repeatable): DIRECTION us_on_china or china_on_us, FROM YYYY-MM-DD, "
                             "RATE_PCT points added on top of everything in force, HS 2-, 4- or 6-digit prefixes, "
                             "optional TO (first day no longer in force)"),
           true},
          {"--out", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "file to write (replaced atomically); - for standard output")}},
         [](const CommandOptions& opts, std::ostream& out) { writeScenarioCommand(opts, chosenScenario(opts), out); }},
        {"validate", "validate FILE",
         QT_TRANSLATE_NOOP("tariffsim-cli",
                           "Check a scenario file: exit 0 and a summary if valid, exit 1 and the field at fault if not"),
         {{"FILE", false, QT_TRANSLATE_NOOP("tariffsim-cli", "the scenario file to check")}},
         validateCommand},
        {"presets", "presets", QT_TRANSLATE_NOOP("tariffsim-cli", "List the preset scenarios, CSV: id,title,notes"), {},
         presetsCommand},
        {"events", "events [--preset ID | --scenario FILE]",
         QT_TRANSLATE_NOOP("tariffsim-cli", "Dated events with their sources and the scenario's truce dates, CSV"),
         {kPreset, kScenario}, eventsCommand},
        // export and briefing: app/cli/exportcommands.cpp, docs/export.md
        {"export",
         "export [--preset ID | --scenario FILE] --chart tariffs|volumes|sectors|revenue|rare-earths|diversion "
         "--format png|svg|pdf|csv --out FILE [--size WxH] [--scale N] [--title TEXT]",
         QT_TRANSLATE_NOOP("tariffsim-cli", "Export one chart for a briefing: PNG, SVG or PDF with title, caption and "
                                            "source line, or CSV of its numbers"),
         {{"--chart", true, QT_TRANSLATE_NOOP("tariffsim-cli", "tariffs, volumes, sectors, revenue or rare-earths")},
          {"--format", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "png, svg, pdf or csv (default: from the suffix of --out)")},
          {"--out", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "file to write (replaced atomically); - for standard output")},
          {"--size", true, QT_TRANSLATE_NOOP("tariffsim-cli", "WxH in pixels at 96 dpi (default 1920x1080)")},
          {"--scale", true, QT_TRANSLATE_NOOP("tariffsim-cli", "PNG pixel scale 1, 2 or 3 (default 1)")},
          {"--title", true, QT_TRANSLATE_NOOP("tariffsim-cli", "title above the chart (default: the chart's title)")},
          {"--subtitle", true, QT_TRANSLATE_NOOP("tariffsim-cli", "subtitle (default: the measure and the scenario)")},
          {"--caption", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "caption of key assumptions (default: built from the scenario)")},
          {"--source", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "source line (default: built from the dataset's sources)")},
          {"--from", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "YYYY-MM: start of a time chart's range, or of the sector chart's period")},
          {"--to", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "YYYY-MM: end of a time chart's range, or of the sector chart's period")},
          {"--flow", true, QT_TRANSLATE_NOOP("tariffsim-cli", "sector chart: china_to_us (default) or us_to_china")},
          kPreset,
          kScenario},
         [](const CommandOptions& opts, std::ostream& out) { exportCommand(opts, chosenScenario(opts), out); }},
        {"briefing",
         "briefing [--preset ID | --scenario FILE] --out FILE.pdf [--brief] [--paper a4|letter] [--slides DIR] "
         "[--title TEXT] [--as-of YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("tariffsim-cli",
                           "Write the briefing pack: one PDF with key findings, headline figures, every chart as a "
                           "numbered figure, assumptions, glossary and sources"),
         {{"--out", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "the PDF to write (replaced atomically); - for standard output")},
          {"--brief", false, QT_TRANSLATE_NOOP("tariffsim-cli", "one page: key findings and two charts")},
          {"--paper", true, QT_TRANSLATE_NOOP("tariffsim-cli", "a4 (default) or letter")},
          {"--slides", true,
           QT_TRANSLATE_NOOP("tariffsim-cli",
                             "also write one 16:9 PNG and SVG slide per chart (1920x1080) into this folder")},
          {"--title", true, QT_TRANSLATE_NOOP("tariffsim-cli", "title on the first page")},
          {"--as-of", true,
           QT_TRANSLATE_NOOP("tariffsim-cli",
                             "day the current rates and the truce countdown refer to (default today)")},
          {"--organisation", true, QT_TRANSLATE_NOOP("tariffsim-cli", "organisation named in every page's header")},
          {"--author", true, QT_TRANSLATE_NOOP("tariffsim-cli", "author on the first page and in the PDF's metadata")},
          {"--marking", true,
           QT_TRANSLATE_NOOP("tariffsim-cli", "handling marking in every page's header and footer, e.g. OFFICIAL")},
          {"--logo", true, QT_TRANSLATE_NOOP("tariffsim-cli", "image file drawn in every page's header")},
          kPreset,
          kScenario},
         [](const CommandOptions& opts, std::ostream& out) { briefingCommand(opts, chosenScenario(opts), out); }},
        {"project", "project [--from YYYY-MM] [--to YYYY-MM] [--sectors] [--flows all] [--preset ID | --scenario FILE]",
         QT_TRANSLATE_NOOP("tariffsim-cli",
                           "Monthly trade of both flows under the scenario (USD bn, China customs basis), CSV: "
                           "month,flow,sector,avg_tariff_pct,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,"
                           "actual_usd_bn,revenue_usd_bn,price_change_pct,deadweight_usd_bn"),
         {{"--from", true, QT_TRANSLATE_NOOP("tariffsim-cli", "first month (default 2024-01)")},
          {"--to", true, QT_TRANSLATE_NOOP("tariffsim-cli", "last month (default and latest 2030-12)")},
          {"--sectors", false,
           QT_TRANSLATE_NOOP("tariffsim-cli", "add one row per sector (sector = its HS code id) after each total row")},
          {"--flows", true,
           QT_TRANSLATE_NOOP("tariffsim-cli",
                             "all: add the rows china_to_others (GACC basis), us_from_others (Census basis) and "
                             "rerouted_from_china (the estimated Chinese part of us_from_others) each month")},
          kPreset,
          kScenario},
         [](const CommandOptions& opts, std::ostream& out) { projectCommand(opts, chosenScenario(opts), out); }},
        {"calibrate", "calibrate [--observations | --by-half | --diversion] [--reporter GACC|USCensus] [--preset ID | --scenario FILE]",
         QT_TRANSLATE_NOOP("tariffsim-cli",
                           "Least-squares fit of elasticity and adjustment speed per flow on the observed months, CSV: "
                           "flow,fit,elasticity,adjustment_speed,observations,rmse_usd_bn,mape_pct,rmse_log"),
         {{"--observations", false,
           QT_TRANSLATE_NOOP("tariffsim-cli", "instead, list every observed figure next to the default projection")},
          {"--by-half", false,
           QT_TRANSLATE_NOOP("tariffsim-cli", "instead, the fit of the default and fitted parameters by half-year: "
                                              "flow,fit,period,observations,rmse_usd_bn,mape_pct,mean_error_pct")},
          {"--reporter", true,
           QT_TRANSLATE_NOOP("tariffsim-cli",
                             "basis of the observations fitted: GACC (China customs, default) or USCensus")},
          {"--diversion", false,
           QT_TRANSLATE_NOOP("tariffsim-cli",
                             "instead, the fit of the diversion model (substitution, 2025 growth of the others, "
                             "redirection share): series,fit,parameter,value,observations,rmse_usd_bn,mape_pct,"
                             "mean_error_pct")},
          kPreset,
          kScenario},
         [](const CommandOptions& opts, std::ostream& out) { calibrateCommand(opts, chosenScenario(opts), out); }},
        // ACTION's help is the action's name: not translated.
        {"data", "data check [DIR]",
         QT_TRANSLATE_NOOP("tariffsim-cli", "Check a user data folder (default: the window's): exit 0, or exit 1 with "
                                            "FILE:LINE: field: reason for every problem"),
         {{"ACTION", false, "check"},
          {"DIR", false, QT_TRANSLATE_NOOP("tariffsim-cli", "the folder (default: the window's data folder)")}},
         dataCommand},
    };
    return list;
}

// A command's summary or an option's help text in the language of the run.
std::string helpText(const std::string& text) { return core::translate("tariffsim-cli", text.c_str()); }

// One option's line of help, under `indent` spaces.
void printOption(std::ostream& out, const OptionSpec& o, const char* indent)
{
    out << indent << o.name << (o.takesValue ? " VALUE" : "") << "  " << helpText(o.help) << "\n";
}

void printHelp(std::ostream& out)
{
    constexpr size_t kColumn = 13; // where the general options' help begins
    out << core::format(core::translate("tariffsim-cli", "Usage: tariffsim-cli %1"), {"COMMAND [OPTIONS]"}) << "\n\n"
        << core::translate("tariffsim-cli",
                           "Headless US-China tariff scenarios: rates, events, presets and the trade projection.")
        << "\n"
        << core::translate("tariffsim-cli", "The default scenario is the 'as-enacted' preset.") << "\n\n"
        << core::translate("tariffsim-cli", "Commands:") << "\n";
    for (const auto& c : commands()) {
        out << "  " << c.synopsis << "\n      " << helpText(c.summary) << "\n";
        for (const auto& o : c.options)
            printOption(out, o, "      ");
    }
    out << "\n" << core::translate("tariffsim-cli", "General options:") << "\n"
        << "  --help     " << core::translate("tariffsim-cli", "show this help (also COMMAND --help)") << "\n"
        << "  --version  " << core::translate("tariffsim-cli", "show the version") << "\n"
        << "  --data DIR "
        << indentFollowingLines(core::translate("tariffsim-cli", "the shipped data with the files of a user data "
                                                                 "folder added (every command;\ndocs/guide-data.md)"),
                                kColumn)
        << "\n"
        << "  --lang L   "
        << indentFollowingLines(core::translate("tariffsim-cli", "language of messages and of exported charts' text: "
                                                                 "en (default) or zh_CN;\noutput columns and "
                                                                 "machine-read values stay the same"),
                                kColumn)
        << "\n"
        << "  --         "
        << core::translate("tariffsim-cli", "end of options: what follows is an operand (validate -- -file.json)")
        << "\n\n"
        << core::format(core::translate("tariffsim-cli", "Dates and months must lie in %1 to %2."),
                        {core::kHorizonFirstDay.toString(), core::kHorizonLastDay.toString()})
        << "\n"
        << core::translate("tariffsim-cli", "Exit status: 0 success, 1 invalid input (or an output that could not be "
                                            "written), 2 usage error.")
        << "\n";
}

} // namespace

namespace {

// Takes an option every command has (`name VALUE` or `name=VALUE`) out of
// `args[first..]`, up to "--": its value, if given. UsageFailure when it is given
// twice or without a value.
std::optional<std::string> takeGlobalOption(std::vector<std::string>& args, size_t first, const std::string& name)
{
    std::optional<std::string> value;
    std::vector<std::string> rest(args.begin(), args.begin() + static_cast<long>(first));
    const std::string inlinePrefix = name + "=";
    for (size_t i = first; i < args.size(); ++i) {
        if (args[i] == "--") {
            rest.insert(rest.end(), args.begin() + static_cast<long>(i), args.end());
            break;
        }
        if (args[i] != name && !args[i].starts_with(inlinePrefix)) {
            rest.push_back(args[i]);
            continue;
        }
        if (value)
            throw UsageFailure{core::format(core::translate("tariffsim-cli", "option %1 given twice"), {name})};
        if (args[i] != name)
            value = args[i].substr(inlinePrefix.size());
        else if (i + 1 < args.size())
            value = args[++i];
        else
            throw UsageFailure{core::format(core::translate("tariffsim-cli", "option %1 needs a value"), {name})};
    }
    args = std::move(rest);
    return value;
}

// --lang L: the language of messages and of exported charts' text, taken out of the
// arguments wherever it stands (before "--"). English unless given, whatever the
// system's locale: scripts read the output. The language in force before is
// restored on return.
class LanguageScope {
public:
    explicit LanguageScope(std::vector<std::string>& args)
    {
        std::optional<std::string> lang;
        try {
            lang = takeGlobalOption(args, 0, "--lang");
        } catch (const UsageFailure& e) {
            m_error = e.message;
        }
        const QString code = QString::fromStdString(lang.value_or("en"));
        if (m_error.empty() && !ui::availableLanguages().contains(code))
            m_error = core::format(core::translate("tariffsim-cli", "--lang: unknown language '%1' (known: %2)"),
                                   {core::printable(*lang),
                                    ui::availableLanguages().join(QStringLiteral(", ")).toStdString()});
        if (m_error.empty())
            m_language.emplace(code);
    }

    /// A problem with the option ("" when none).
    const std::string& error() const { return m_error; }

private:
    std::string m_error;
    std::optional<ui::ScopedLanguage> m_language;
};

} // namespace

int run(const std::vector<std::string>& givenArgs, std::ostream& out, std::ostream& err)
{
    std::vector<std::string> args = givenArgs;
    const LanguageScope language(args);
    if (!language.error().empty()) {
        err << "tariffsim-cli: " << language.error() << "\n";
        return UsageError;
    }
    if (args.empty()) {
        printHelp(err);
        return UsageError;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp(out);
        return Ok;
    }
    if (args[0] == "--version") {
        out << "tariffsim-cli " << TARIFFSIM_VERSION << "\n";
        return Ok;
    }
    const Command* command = nullptr;
    for (const auto& c : commands())
        if (c.name == args[0])
            command = &c;
    if (!command) {
        err << "tariffsim-cli: "
            << core::format(core::translate("tariffsim-cli", "unknown command '%1' (try --help)"),
                            {core::printable(args[0])})
            << "\n";
        return UsageError;
    }
    try {
        // --data DIR is the same option for every command: taken out here.
        std::vector<std::string> words = args;
        const std::optional<std::string> dataDir = takeGlobalOption(words, 1, "--data");
        std::unique_ptr<ui::AppData> ownData;
        if (dataDir && !(words.size() > 1 && (words[1] == "--help" || words[1] == "-h")))
            ownData = userData(*dataDir);
        const CommandDataScope dataScope(ownData.get());
        const std::vector<std::string>& args = words;
        std::map<std::string, std::string> opts;
        bool optionsEnded = false; // after "--" every argument is an operand
        for (size_t i = 1; i < args.size(); ++i) {
            if (!optionsEnded && args[i] == "--") {
                optionsEnded = true;
                continue;
            }
            if (!optionsEnded && (args[i] == "--help" || args[i] == "-h")) {
                out << core::format(core::translate("tariffsim-cli", "Usage: tariffsim-cli %1"), {command->synopsis})
                    << "\n"
                    << helpText(command->summary) << "\n";
                for (const auto& o : command->options)
                    printOption(out, o, "  ");
                return Ok;
            }
            if (optionsEnded || !args[i].starts_with("-") || args[i] == "-") {
                // An operand (validate FILE) fills the command's spec named without dashes.
                const auto operand = std::find_if(command->options.begin(), command->options.end(),
                                                  [&](const OptionSpec& o) {
                                                      return !o.name.starts_with("-") && !opts.count(o.name);
                                                  });
                if (operand == command->options.end())
                    throw UsageFailure{core::format(core::translate("tariffsim-cli", "unexpected argument '%1' for %2"),
                                                    {core::printable(args[i]), command->name})};
                opts[operand->name] = args[i];
                continue;
            }
            std::string name = args[i];
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos && name.starts_with("--")) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            const OptionSpec* spec = nullptr;
            for (const auto& o : command->options)
                if (o.name == name)
                    spec = &o;
            if (!spec)
                throw UsageFailure{core::format(core::translate("tariffsim-cli", "unknown option '%1' for %2"),
                                                {core::printable(name), command->name})};
            const bool again = opts.count(name) > 0;
            if (again && !spec->repeatable)
                throw UsageFailure{core::format(core::translate("tariffsim-cli", "option %1 given twice"), {name})};
            if (spec->takesValue) {
                // A repeated value joins the earlier ones (repeatedOption splits them).
                const std::string before = again ? opts[name] + kRepeatSeparator : std::string();
                if (inlineValue)
                    opts[name] = before + *inlineValue;
                else if (i + 1 < args.size() && !args[i + 1].starts_with("--"))
                    opts[name] = before + args[++i];
                else if (i + 1 < args.size())
                    // "--scenario --sectors": the next word is an option, not this one's value
                    // (a value that starts with "--" can be given as NAME=VALUE).
                    throw UsageFailure{core::format(
                        core::translate("tariffsim-cli", "option %1 needs a value (found the option '%2')"),
                        {name, core::printable(args[i + 1])})};
                else
                    throw UsageFailure{core::format(core::translate("tariffsim-cli", "option %1 needs a value"), {name})};
            } else {
                if (inlineValue)
                    throw UsageFailure{core::format(core::translate("tariffsim-cli", "option %1 takes no value"), {name})};
                opts[name] = "";
            }
        }
        command->action(opts, out);
        return Ok;
    } catch (const UsageFailure& e) {
        err << "tariffsim-cli " << command->name << ": " << e.message << "\n"
            << core::format(core::translate("tariffsim-cli", "Usage: tariffsim-cli %1"), {command->synopsis}) << "\n";
        return UsageError;
    } catch (const InputFailure& e) {
        err << "tariffsim-cli " << command->name << ": " << e.message << "\n";
        return InvalidInput;
    } catch (const std::exception& e) {
        err << "tariffsim-cli " << command->name << ": " << e.what() << "\n";
        return InvalidInput;
    }
}

} // namespace tariffsim::cli
