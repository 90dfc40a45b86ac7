#pragma once

// Reading and writing scenario files (.tariffsim.json) from the window: size
// checked before reading, parsed by core::parseScenario, written atomically.

#include "core/dataset.h"
#include "core/scenario.h"

#include <QString>

#include <optional>

namespace tariffsim::ui {

/// File name suffix of scenario files, and the filter of the file dialogs.
inline const QString kScenarioSuffix = QStringLiteral(".tariffsim.json");
QString scenarioFileFilter();

/// The outcome of reading a scenario file: the scenario, or a message that names
/// the problem (the field, with line and column for a syntax error).
struct ScenarioFileResult {
    std::optional<core::Scenario> scenario;
    QString error;
};

/// Reads and parses a scenario file with core::readScenarioFile (the reader the
/// command line uses too). Never throws; files that are missing, unreadable, not
/// regular files, larger than core::kMaxScenarioBytes or invalid give `error`.
ScenarioFileResult readScenarioFile(const QString& path, const core::Dataset& ds);

/// Writes a scenario file atomically (core::writeFileAtomically: the old file stays
/// exactly as it was unless the new one is complete on disk). Returns an empty
/// string on success, else "PATH: reason".
QString writeScenarioFile(const QString& path, const core::Scenario& scenario);

/// A file name for a scenario title: lowercase words joined by '-', plus the
/// suffix ("Geneva lapses!" -> "geneva-lapses.tariffsim.json").
QString suggestedFileName(const QString& title);

} // namespace tariffsim::ui
