#include "testsupport.h"

#include <stdexcept>

namespace tariffsim::test {

const core::Dataset& dataset()
{
    static const core::Dataset ds = core::loadDataset(core::readDataDirectory(TARIFFSIM_DATA_DIR));
    return ds;
}

const core::PresetLibrary& presets()
{
    static const core::PresetLibrary lib(core::readPresetDirectory(TARIFFSIM_PRESET_DIR), dataset());
    return lib;
}

const core::Scenario& preset(const std::string& id)
{
    const core::Scenario* s = presets().find(id);
    if (!s)
        FAIL("no preset " << id);
    return *s;
}

core::Date day(const char* text)
{
    const auto d = core::Date::parse(text);
    if (!d)
        FAIL("bad date in test: " << text);
    return *d;
}

size_t sectorIndex(const core::TariffSchedule& s, core::Direction d, const std::string& id)
{
    const auto& sectors = s.sectors(d);
    for (size_t i = 0; i < sectors.size(); ++i)
        if (sectors[i]->id == id)
            return i;
    FAIL("no sector " << id);
    return 0;
}

} // namespace tariffsim::test
