#pragma once

// What the command actions of tariffsim-cli share: the failures they throw (run()
// in cli.cpp turns them into the exit status and the message on stderr), the
// parsed options, and the readers of dates and months and the writer of outputs
// that every command uses, so that each option means the same everywhere.

#include "core/date.h"

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
/// over an input), then one line "wrote PATH (what)" on `out`. A failed write
/// throws InputFailure naming the path and the reason.
void writeOutput(const CommandOptions& opts, const std::string& path, std::string_view bytes, std::ostream& out,
                 const std::string& what);

} // namespace tariffsim::cli
