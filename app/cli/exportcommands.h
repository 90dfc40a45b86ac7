#pragma once

// The export commands of tariffsim-cli (docs/export.md). They render through the
// same code as the window's Export dialog (ui/export/), so the window and the
// command line produce the same image for the same inputs.
//
//   export [--preset ID | --scenario FILE] --chart NAME --format png|svg|pdf|csv --out FILE
//          [--size WxH] [--scale N] [--title TEXT] [--subtitle TEXT] [--caption TEXT] [--source TEXT]
//          [--from YYYY-MM] [--to YYYY-MM] [--flow china_to_us|us_to_china]
//   briefing [--preset ID | --scenario FILE] --out FILE.pdf [--brief] [--paper a4|letter] [--slides DIR]
//            [--title TEXT] [--as-of YYYY-MM-DD] [--organisation TEXT] [--author TEXT] [--marking TEXT] [--logo FILE]

#include "commandsupport.h"

#include "core/scenario.h"

#include <iosfwd>

namespace tariffsim::cli {

/// Exports one chart. `scenario` is the one --preset or --scenario chose. The
/// format comes from --format, else from the suffix of --out. --from and --to
/// narrow a time chart's range (as the window's timeline zoom does) or set the
/// sector chart's period (default 2025-01..2025-12); --flow picks the sector
/// chart's flow. `--out -` writes
/// the bytes to `out`; otherwise the file is replaced atomically and one line
/// naming it is printed. Usage errors throw UsageFailure, bad values InputFailure.
void exportCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out);

/// Writes the briefing pack (a multi-page PDF), or with --brief the one-page
/// brief, of the chosen scenario on A4 (default) or US Letter; with --slides
/// also one 1920x1080 PNG and SVG per chart into DIR (created when missing).
void briefingCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out);

} // namespace tariffsim::cli
