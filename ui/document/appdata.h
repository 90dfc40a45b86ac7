#pragma once

#include "core/dataset.h"
#include "core/presets.h"

#include <memory>

namespace tariffsim::ui {

/// The dataset and presets compiled into the program (resources/data and
/// resources/presets, read through Qt's resource system).
struct AppData {
    core::Dataset dataset;
    std::unique_ptr<core::PresetLibrary> presets;
};

/// Loads the bundled data. Throws core::DataError or core::ScenarioError if the
/// bundled files are broken (a build problem, not a user error).
const AppData& bundledData();

/// Contents of every file under a resource folder (":/data"), by file name.
core::DataFiles readResourceFolder(const char* folder);

} // namespace tariffsim::ui
