#include "synthetic.h"

#include <random>
#include <string>

namespace tariffsim::bench {

core::Dataset syntheticDataset(int sectorsPerFlow)
{
    using namespace tariffsim::core;
    Dataset ds;
    std::mt19937 rng(20250514);
    std::uniform_real_distribution<double> value(0.01, 5.0);
    std::uniform_real_distribution<double> share(0.0, 1.0);
    for (Flow flow : {Flow::ChinaToUs, Flow::UsToChina}) {
        for (int i = 0; i < sectorsPerFlow; ++i) {
            Sector s;
            char code[16];
            std::snprintf(code, sizeof code, "%02d%04d", 1 + i % 97, i);
            s.id = code;
            s.hs = {s.id};
            s.chapter = s.id.substr(0, 2);
            s.flow = flow;
            s.name = "Synthetic " + s.id;
            s.groupId = "other";
            s.valueUsdBn[2024] = value(rng);
            ds.sectors.push_back(std::move(s));
        }
        ds.groups.push_back({"other", flow, "All other goods", {}, true});
    }
    const auto date = [](int y, int m, int d) { return *Date::fromYmd(y, m, d); };
    for (Direction dir : {Direction::UsOnChina, Direction::ChinaOnUs}) {
        const std::string p = dir == Direction::UsOnChina ? "us_" : "cn_";
        // 12 measures; each covers every chapter with its own share, some with a dated change.
        for (int k = 0; k < 12; ++k) {
            Measure m;
            m.id = p + "m" + std::to_string(k);
            m.name = m.id;
            m.layer = "Layer " + std::to_string(k % 5);
            m.direction = dir;
            m.steps.push_back({"", date(2018 + k % 7, 1 + k % 12, 1), 5.0 + k, "enacted", {}});
            m.steps.push_back({"", date(2025, 4, 1 + k), 20.0 + 10 * k, "enacted", {}});
            m.steps.push_back({"", date(2026, 2, 24), k % 3 == 0 ? 0.0 : 10.0, "enacted", {}});
            for (int ch = 1; ch <= 97; ++ch) {
                char hs[8];
                std::snprintf(hs, sizeof hs, "%02d", ch);
                CoverageRule r;
                r.hs = hs;
                r.share = share(rng);
                if (ch % 10 == k % 10)
                    r.to = date(2025, 11, 13);
                m.coverage.push_back(r);
            }
            if (k == 11)
                m.yieldsTo = {p + "m10"};
            ds.measures.push_back(std::move(m));
        }
        Truce t;
        t.id = p + "truce";
        t.measureId = p + "m11";
        t.start = date(2025, 5, 14);
        t.days = 90;
        t.suspendedPct = 24;
        ds.truces.push_back(t);
    }
    return ds;
}

core::Dataset syntheticDatasetWithNarrowMeasure(int sectorsPerFlow)
{
    using namespace tariffsim::core;
    Dataset ds = syntheticDataset(sectorsPerFlow);
    for (Direction dir : {Direction::UsOnChina, Direction::ChinaOnUs}) {
        Measure m;
        m.id = dir == Direction::UsOnChina ? "us_narrow" : "cn_narrow";
        m.name = m.id;
        m.layer = "Narrow";
        m.direction = dir;
        m.steps.push_back({"", *Date::fromYmd(2025, 3, 12), 25.0, "enacted", {}});
        for (int ch = 72; ch <= 81; ++ch)
            m.coverage.push_back({std::to_string(ch), 1.0, {}, {}, {}});
        ds.measures.push_back(std::move(m));
    }
    return ds;
}

} // namespace tariffsim::bench
