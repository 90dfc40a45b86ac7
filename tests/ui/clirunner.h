#pragma once

// Runs tariffsim-cli in-process for the command-line tests.

#include "cli/cli.h"

#include <sstream>
#include <string>
#include <vector>

namespace tariffsim::test {

/// What one tariffsim-cli invocation returned and printed.
struct CliResult {
    int code = 0;
    std::string out;
    std::string err;
};

inline CliResult runCli(const std::vector<std::string>& args)
{
    std::ostringstream out, err;
    const int code = cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace tariffsim::test
