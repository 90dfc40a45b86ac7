#include "commandsupport.h"

#include "core/fileio.h"
#include "core/horizon.h"
#include "core/text.h"
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
        throw InputFailure{core::format(core::translate("tariffsim-cli", "%1: '%2' is not a valid date (YYYY-MM-DD)"),
                                        {name, core::printable(it->second)})};
    if (!core::inHorizon(*d))
        throw InputFailure{core::format(
            core::translate("tariffsim-cli", "%1: %2 is outside the span the data and the model cover, %3 to %4"),
            {name, d->toString(), core::kHorizonFirstDay.toString(), core::kHorizonLastDay.toString()})};
    return d;
}

std::optional<core::YearMonth> monthOption(const CommandOptions& opts, const std::string& name)
{
    const auto it = opts.find(name);
    if (it == opts.end())
        return std::nullopt;
    const auto m = core::YearMonth::parse(it->second);
    if (!m)
        throw InputFailure{core::format(core::translate("tariffsim-cli", "%1: '%2' is not a valid month (YYYY-MM)"),
                                        {name, core::printable(it->second)})};
    if (!core::inHorizon(*m))
        throw InputFailure{core::format(core::translate("tariffsim-cli", "%1: %2 is outside the model's range %3..%4"),
                                        {name, m->toString(), core::kHorizonFirstMonth.toString(),
                                         core::kHorizonLastMonth.toString()})};
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
                 const std::function<std::string(const std::string& shownPath)>& confirmation)
{
    if (path == "-") {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        return;
    }
    try {
        core::writeFileAtomically(path, bytes, inputFiles(opts));
    } catch (const core::FileError& e) {
        throw InputFailure{core::format(core::translate("tariffsim-cli", "--out: cannot write %1"), {e.what()})};
    }
    out << confirmation(core::printable(path, 4096)) << "\n";
}

std::string indentFollowingLines(const std::string& text, size_t columns)
{
    std::string result;
    for (const char c : text) {
        result += c;
        if (c == '\n')
            result.append(columns, ' ');
    }
    return result;
}

} // namespace tariffsim::cli
