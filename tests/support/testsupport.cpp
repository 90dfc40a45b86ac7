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

core::Dataset basketDataset(const std::vector<BasketItem>& items)
{
    core::DataFiles files = core::readDataDirectory(TARIFFSIM_DATA_DIR);
    std::string chapters = "year,flow,hs_chapter,description,value_usd_bn,reporter,source_url\n";
    std::string products = "flow,hs,value_usd_bn,basis,note,source_url\n";
    for (const auto& item : items) {
        const std::string flow(core::toString(item.flow));
        for (int year : {2022, 2023, 2024})
            chapters += std::to_string(year) + "," + flow + "," + item.hs.substr(0, 2) + ",test chapter,"
                + std::to_string(item.valueUsdBn) + ",test,\n";
        products += flow + "," + item.hs + "," + std::to_string(item.valueUsdBn) + ",stated,,\n";
    }
    files["trade_by_chapter.csv"] = chapters;
    files["trade_by_chapter_history.csv"] = "year,flow,hs_chapter,description,value_usd_bn,reporter,source_url\n";
    files["trade_by_hs6.csv"] = products;
    files["sectors.json"] = R"({"format": "tariffsim-sectors", "version": 1, "defaultBaseYear": 2024, "splits": [],
        "groups": [{"flow": "china_to_us", "id": "all", "name": "All", "remainder": true},
                   {"flow": "us_to_china", "id": "all", "name": "All", "remainder": true}]})";
    return core::loadDataset(files);
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

core::Dataset oneSector(double stepPct)
{
    using namespace core;
    Dataset ds;
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        Sector s;
        s.id = "01";
        s.hs = {"01"};
        s.chapter = "01";
        s.flow = f;
        s.groupId = "other";
        s.valueUsdBn[2024] = f == Flow::ChinaToUs ? 120.0 : 12.0;
        ds.sectors.push_back(s);
        ds.groups.push_back({"other", f, "All other goods", {}, true});
    }
    Measure x{"x", "X", "Layer X", Direction::UsOnChina, {}, {}, {}, {}};
    x.steps = {{"", day("2020-01-01"), 10.0, "enacted", {}}, {"", day("2025-03-01"), stepPct, "enacted", {}}};
    x.coverage = {{"*", 1.0, {}, {}, {}}};
    ds.measures = {x};
    ds.defaultBaseYear = 2024;
    return ds;
}

core::ModelParameters handParameters(double lambda, double phi)
{
    core::ModelParameters p;
    for (auto& f : p.flows) {
        f.elasticity = {1.5, 1.5, 1.5, "test"};
        f.adjustmentSpeed = {lambda, lambda, lambda, "test"};
    }
    p.passThrough = {1.0, 1.0, 1.0, "test"};
    p.frontLoadingShare = {phi, phi, phi, "test"};
    p.frontLoadingMonths = 3;
    p.trendGrowthPerYear = 0.0;
    p.rareEarthApproval = {1.0, 1.0, 1.0, "test"};
    p.referenceDate = day("2025-01-20");
    return p;
}

core::MonthValues monthValues(double baseline, double scenario, double low, double high, double revenue)
{
    core::MonthValues v;
    v.baselineUsdBn = baseline;
    v.scenarioUsdBn = scenario;
    v.lowUsdBn = low;
    v.highUsdBn = high;
    v.revenueUsdBn = revenue;
    return v;
}

const core::KeyFinding& findingOf(const std::vector<core::KeyFinding>& list, std::string_view id)
{
    for (const auto& k : list)
        if (k.id == id)
            return k;
    FAIL("no finding " << id);
    return list.front();
}

} // namespace tariffsim::test
