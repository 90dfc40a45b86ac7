#pragma once

#include "core/dataset.h"
#include "core/presets.h"
#include "core/schedule.h"

#include <memory>

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

} // namespace tariffsim::ui
