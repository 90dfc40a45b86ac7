#include "scenariocommands.h"

#include "core/presets.h"
#include "core/scenario.h"
#include "ui/appdata.h"

#include <QFileInfo>
#include <QSaveFile>

#include <fstream>
#include <ostream>

namespace tariffsim::cli {

namespace {

// Reads a scenario file, refusing what cannot be one before reading it all.
std::string readScenarioText(const std::string& path)
{
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        throw InputFailure{path + ": no such file"};
    if (!info.isFile())
        throw InputFailure{path + ": not a regular file"};
    if (static_cast<unsigned long long>(info.size()) > core::kMaxScenarioBytes)
        throw InputFailure{path + ": (file): file is larger than "
                           + std::to_string(core::kMaxScenarioBytes / (1024 * 1024)) + " MiB; not a scenario file"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputFailure{path + ": cannot open (permission denied?)"};
    // Read at most one byte past the limit: a file may grow, or report a size of 0
    // and stream on (files under /proc).
    std::string text(core::kMaxScenarioBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
    return text;
}

core::Scenario readScenarioFile(const std::string& path)
{
    const std::string text = readScenarioText(path);
    try {
        return core::parseScenario(text, ui::bundledData().dataset);
    } catch (const core::ScenarioError& e) {
        throw InputFailure{path + ": " + e.what()};
    }
}

std::string plural(size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

void writeScenarioCommand(const CommandOptions& opts, std::ostream& out)
{
    if (!opts.count("--out"))
        throw UsageFailure{"scenario needs --out FILE (or --out - for standard output)"};
    if (opts.count("--preset") && opts.count("--scenario"))
        throw UsageFailure{"--preset and --scenario cannot be combined"};
    const auto& data = ui::bundledData();
    core::Scenario scenario;
    if (opts.count("--scenario")) {
        scenario = readScenarioFile(opts.at("--scenario"));
    } else {
        const std::string id =
            opts.count("--preset") ? opts.at("--preset") : std::string(core::PresetLibrary::kDefaultId);
        const core::Scenario* preset = data.presets->find(id);
        if (!preset) {
            std::string known;
            for (const auto& p : data.presets->ids())
                known += (known.empty() ? "" : ", ") + p;
            throw InputFailure{"--preset: unknown preset '" + id + "' (known: " + known + ")"};
        }
        // A user scenario that starts from the preset: the id names presets only.
        scenario = *preset;
        scenario.basePreset = preset->id;
        scenario.id.clear();
    }
    if (opts.count("--title"))
        scenario.title = opts.at("--title");
    if (opts.count("--notes"))
        scenario.notes = opts.at("--notes");
    const std::string text = core::serializeScenario(scenario);

    const std::string path = opts.at("--out");
    if (path == "-") {
        out << text;
        return;
    }
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        throw InputFailure{"--out: cannot write '" + path + "': " + file.errorString().toStdString()};
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        throw InputFailure{"--out: cannot write '" + path + "': " + file.errorString().toStdString()};
    out << "wrote " << path << " (" << (scenario.title.empty() ? "untitled" : "'" + scenario.title + "'")
        << ", format version " << core::Scenario::kFormatVersion << ")\n";
}

void validateCommand(const CommandOptions& opts, std::ostream& out)
{
    if (!opts.count("FILE"))
        throw UsageFailure{"validate needs a FILE"};
    const std::string path = opts.at("FILE");
    const core::Scenario s = readScenarioFile(path);
    out << path << ": valid scenario";
    if (!s.title.empty())
        out << " '" << s.title << "'";
    if (!s.basePreset.empty())
        out << " based on " << s.basePreset;
    out << "; " << plural(s.overrides.size(), "override", "overrides");
    if (s.truces)
        out << ", " << plural(s.truces->size(), "truce", "truces");
    else
        out << ", the recorded truces";
    out << ", " << (s.parameters.empty() ? "default parameters" : "own parameters") << "\n";
}

} // namespace tariffsim::cli
