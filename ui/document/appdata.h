#pragma once

#include "core/dataset.h"
#include "core/presets.h"
#include "core/schedule.h"
#include "core/userdata.h"

#include <QString>

#include <memory>
#include <vector>

namespace tariffsim::ui {

/// A dataset with its presets and the coverage model every schedule of it shares.
struct AppData {
    core::Dataset dataset;
    std::unique_ptr<core::PresetLibrary> presets;
    /// Built once (which share of each sector every measure covers): schedules
    /// built on it skip that work. Set by makeAppData().
    std::shared_ptr<const core::CoverageModel> coverage;
};

/// AppData of a dataset and its preset files ("<id>.tariffsim.json" -> contents).
/// Throws core::ScenarioError for a broken preset.
std::unique_ptr<AppData> makeAppData(core::Dataset dataset, const core::DataFiles& presetFiles);

/// The dataset and presets compiled into the program (resources/data and
/// resources/presets, read through Qt's resource system).

/// Loads them once. Throws core::DataError or core::ScenarioError if the
/// bundled files are broken (a build problem, not a user error).
const AppData& bundledData();

/// Contents of every file under a resource folder (":/data"), by file name.
core::DataFiles readResourceFolder(const char* folder);

/// The user data folder the window reads at start: the platform's application
/// data location of tariffsim (QStandardPaths::AppDataLocation with organisation
/// and application "tariffsim") + "/data", e.g. ~/.local/share/tariffsim/tariffsim/data.
/// The same path whatever the calling program's own names.
QString defaultUserDataFolder();
/// The user data folder this program reads: the one it was started on
/// (tariffsim --data DIR, the application's "tariffsimDataFolder" property),
/// else defaultUserDataFolder().
QString currentUserDataFolder();

/// The bundled data with the files of a user data folder merged
/// (core::mergeUserFiles), or nullptr when the folder adds nothing (it does not
/// exist, holds no file, or every file was skipped): then the bundled data
/// serve. A file with problems, or one that cannot be read, is skipped and its
/// problems appended to `problems`. Never throws for bad user files.
std::unique_ptr<AppData> loadWithUserData(const QString& folder, std::vector<core::DataProblem>& problems);

/// What the window says about skipped user files: one line per file, naming it
/// and its first problem ("trade_monthly.csv skipped: line 3, value_usd_bn:
/// 'abc' is not a number (and 2 more problems)"). Empty when there are none.
QString skippedFilesText(const std::vector<core::DataProblem>& problems);

} // namespace tariffsim::ui
