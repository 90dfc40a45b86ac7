#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tariffsim::cli {

/// Exit codes of tariffsim-cli.
enum ExitCode { Ok = 0, InvalidInput = 1, UsageError = 2 };

/// Runs one tariffsim-cli invocation. `args` excludes the program name. Results
/// go to `out`, messages to `err`. Returns the exit code.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace tariffsim::cli
