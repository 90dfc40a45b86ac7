#pragma once

// The scenario-file commands of tariffsim-cli (docs/scenario-format.md):
//
//   scenario [--preset ID | --scenario FILE] [--title TEXT] [--notes TEXT] --out FILE
//   validate FILE

#include "commandsupport.h"
#include "core/scenario.h"

#include <iosfwd>

namespace tariffsim::cli {

/// Writes a scenario file: the chosen preset (default as-enacted) as the starting
/// point of a user scenario, or the chosen file rewritten in the current format
/// version (never over itself).
/// `--out -` writes to standard output; otherwise the file is replaced atomically
/// (it is either the old or the complete new file, never a partial one). Prints
/// one line naming the file written.
void writeScenarioCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out);

/// Checks a scenario file. Valid: prints a one-line summary and returns (exit 0).
/// Invalid: throws InputFailure with "FILE: FIELD: problem" (line and column for a
/// syntax error), exit 1.
void validateCommand(const CommandOptions& opts, std::ostream& out);

} // namespace tariffsim::cli
