#include "commandsupport.h"

#include "core/fileio.h"
#include "core/horizon.h"
#include "ui/document/appdata.h"

#include <ostream>

namespace tariffsim::cli {

namespace {
const ui::AppData* g_commandData = nullptr;
}

const ui::AppData& commandData() { return g_commandData ? *g_commandData : ui::bundledData(); }

CommandDataScope::CommandDataScope(const ui::AppData* data)
    : m_previous(g_commandData)
{
    g_commandData = data;
}

CommandDataScope::~CommandDataScope() { g_commandData = m_previous; }

std::optional<core::Date> dateOption(const CommandOptions& opts, const std::string& name)
{
    const auto it = opts.find(name);
    if (it == opts.end())
        return std::nullopt;
    const auto d = core::Date::parse(it->second);
    if (!d)
        throw InputFailure{name + ": '" + core::printable(it->second) + "' is not a valid date (YYYY-MM-DD)"};
    if (!core::inHorizon(*d))
        throw InputFailure{name + ": " + d->toString() + " is outside the span the data and the model cover, "
                           + core::kHorizonFirstDay.toString() + " to " + core::kHorizonLastDay.toString()};
    return d;
}

std::optional<core::YearMonth> monthOption(const CommandOptions& opts, const std::string& name)
{
    const auto it = opts.find(name);
    if (it == opts.end())
        return std::nullopt;
    const auto m = core::YearMonth::parse(it->second);
    if (!m)
        throw InputFailure{name + ": '" + core::printable(it->second) + "' is not a valid month (YYYY-MM)"};
    if (!core::inHorizon(*m))
        throw InputFailure{name + ": " + m->toString() + " is outside the model's range "
                           + core::kHorizonFirstMonth.toString() + ".." + core::kHorizonLastMonth.toString()};
    return m;
}

core::YearMonth monthOption(const CommandOptions& opts, const std::string& name, core::YearMonth fallback)
{
    return monthOption(opts, name).value_or(fallback);
}

std::vector<std::string> repeatedOption(const CommandOptions& opts, const std::string& name)
{
    std::vector<std::string> values;
    const auto it = opts.find(name);
    if (it == opts.end())
        return values;
    size_t start = 0;
    for (;;) {
        const size_t end = it->second.find(kRepeatSeparator, start);
        values.push_back(it->second.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return values;
        start = end + 1;
    }
}

std::vector<std::string> inputFiles(const CommandOptions& opts)
{
    std::vector<std::string> files;
    if (const auto it = opts.find("--scenario"); it != opts.end())
        files.push_back(it->second);
    return files;
}

void writeOutput(const CommandOptions& opts, const std::string& path, std::string_view bytes, std::ostream& out,
                 const std::string& what)
{
    if (path == "-") {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        return;
    }
    try {
        core::writeFileAtomically(path, bytes, inputFiles(opts));
    } catch (const core::FileError& e) {
        throw InputFailure{"--out: cannot write " + std::string(e.what())};
    }
    out << "wrote " << core::printable(path, 4096) << " (" << what << ")\n";
}

} // namespace tariffsim::cli
