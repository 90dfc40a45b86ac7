#pragma once

#include "dataset.h"
#include "scenario.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// The preset scenarios shipped in resources/presets, in display order.
class PresetLibrary {
public:
    /// The preset every command and the window open on.
    static constexpr std::string_view kDefaultId = "as-enacted";

    /// Parses every "<id>.tariffsim.json" in `files` (file name -> contents).
    /// Throws ScenarioError naming the file and field.
    PresetLibrary(const DataFiles& files, const Dataset& ds);

    const std::vector<Scenario>& presets() const { return m_presets; }
    /// nullptr when there is no such preset.
    const Scenario* find(std::string_view id) const;
    std::vector<std::string> ids() const;

private:
    std::vector<Scenario> m_presets;
};

/// Reads the preset files of a folder (resources/presets).
DataFiles readPresetDirectory(const std::filesystem::path& folder);

} // namespace tariffsim::core
