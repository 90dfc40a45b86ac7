#pragma once

// What the command actions of tariffsim-cli share: the failures they throw (run()
// in cli.cpp turns them into the exit status and the message on stderr), the
// parsed options, and the readers of dates and months and the writer of outputs
// that every command uses, so that each option means the same everywhere.
//
// Messages for people (errors, "wrote ..." lines, help) are whole patterns under
// the translation context "tariffsim-cli", in the language --lang chose:
//     core::format(core::translate("tariffsim-cli", "option %1 given twice"), {name})
// What scripts read (CSV, identifiers, option and command names) is never translated.

#include "core/date.h"

#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::ui {
struct AppData;
}

namespace tariffsim::cli {

/// The data every command of this run reads: the bundled data, or with
/// `--data DIR` the bundled data with the folder's files merged (run() sets it).
const ui::AppData& commandData();
/// Makes `data` the data of commandData() until the scope ends (nullptr: the
/// bundled data).
class CommandDataScope {
public:
    explicit CommandDataScope(const ui::AppData* data);
    ~CommandDataScope();
    CommandDataScope(const CommandDataScope&) = delete;
    CommandDataScope& operator=(const CommandDataScope&) = delete;

private:
    const ui::AppData* m_previous;
};

/// A usage error: exit status 2, the message and the command's synopsis on stderr.
struct UsageFailure {
    std::string message;
};

/// Invalid input (a bad value, an unreadable or invalid file): exit status 1, the
/// message on stderr.
struct InputFailure {
    std::string message;
};

/// Parsed options of one command: option name ("--out", or an operand's name such
/// as "FILE") -> value ("" for flags). A repeatable option holds its values in
/// the order given, joined by kRepeatSeparator (repeatedOption splits them).
using CommandOptions = std::map<std::string, std::string>;

/// Joins the values of a repeatable option in CommandOptions.
constexpr char kRepeatSeparator = '\x1f';
/// The values of a repeatable option, in the order given (empty when absent).
std::vector<std::string> repeatedOption(const CommandOptions& opts, const std::string& name);

/// The day an option names (YYYY-MM-DD), refused outside the span the data and the
/// model cover (core/horizon.h). nullopt when the option is absent.
std::optional<core::Date> dateOption(const CommandOptions& opts, const std::string& name);
/// The month an option names (YYYY-MM), refused outside the model's span; `fallback`
/// when the option is absent.
std::optional<core::YearMonth> monthOption(const CommandOptions& opts, const std::string& name);
core::YearMonth monthOption(const CommandOptions& opts, const std::string& name, core::YearMonth fallback);

/// The files the command reads (--scenario): an output may not replace one of them.
std::vector<std::string> inputFiles(const CommandOptions& opts);

/// Writes a command's result: to `out` for "-", else atomically to the file
/// (complete, or the old file untouched; never over a folder, FIFO or device, nor
/// over an input), then one line on `out`: what `confirmation` makes of the path
/// as shown ("wrote PATH (what)", one whole translatable pattern). A failed write
/// throws InputFailure naming the path and the reason.
void writeOutput(const CommandOptions& opts, const std::string& path, std::string_view bytes, std::ostream& out,
                 const std::function<std::string(const std::string& shownPath)>& confirmation);

/// `text` with every line after the first indented by `columns` spaces: a
/// translated help text that runs over several lines, under its first.
std::string indentFollowingLines(const std::string& text, size_t columns);

} // namespace tariffsim::cli
