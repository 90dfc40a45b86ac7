#include "presets.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace tariffsim::core {

namespace {
constexpr std::string_view kSuffix = ".tariffsim.json";
// Display order of the shipped presets; others follow alphabetically.
constexpr std::array<std::string_view, 4> kOrder = {"as-enacted", "pre-2025", "liberation-day-peak", "geneva-snapback"};

size_t rank(std::string_view id)
{
    const auto it = std::find(kOrder.begin(), kOrder.end(), id);
    return static_cast<size_t>(it - kOrder.begin());
}
} // namespace

PresetLibrary::PresetLibrary(const DataFiles& files, const Dataset& ds)
{
    for (const auto& [name, text] : files) {
        if (name.size() <= kSuffix.size() || !name.ends_with(kSuffix))
            continue;
        Scenario s;
        try {
            s = parseScenario(text, ds);
        } catch (const ScenarioError& e) {
            throw ScenarioError(e.field(), name + ": " + e.what());
        }
        const std::string id = name.substr(0, name.size() - kSuffix.size());
        if (s.id.empty())
            s.id = id;
        if (s.id != id)
            throw ScenarioError("id", name + ": id '" + s.id + "' does not match the file name");
        m_presets.push_back(std::move(s));
    }
    std::sort(m_presets.begin(), m_presets.end(), [](const Scenario& a, const Scenario& b) {
        return std::make_pair(rank(a.id), a.id) < std::make_pair(rank(b.id), b.id);
    });
}

const Scenario* PresetLibrary::find(std::string_view id) const
{
    for (const auto& s : m_presets)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::vector<std::string> PresetLibrary::ids() const
{
    std::vector<std::string> out;
    for (const auto& s : m_presets)
        out.push_back(s.id);
    return out;
}

DataFiles readPresetDirectory(const std::filesystem::path& folder)
{
    DataFiles files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(kSuffix))
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        files[name] = ss.str();
    }
    return files;
}

} // namespace tariffsim::core
