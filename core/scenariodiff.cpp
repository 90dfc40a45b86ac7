#include "scenariodiff.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tariffsim::core {

namespace {

std::string number(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) { // 125.0 -> 125, 2.50 -> 2.5
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s;
}

std::string measureName(const Dataset& ds, const std::string& id)
{
    const Measure* m = ds.measure(id);
    return m ? m->name : id;
}

const Truce* findTruce(const std::vector<Truce>& truces, const std::string& id)
{
    for (const auto& t : truces)
        if (t.id == id)
            return &t;
    return nullptr;
}

void compareParameter(std::vector<std::string>& out, const std::string& name, const Parameter& base,
                      const Parameter& edited, int decimals)
{
    if (std::abs(base.value - edited.value) > 1e-12)
        out.push_back(name + " " + number(edited.value, decimals) + " (preset: " + number(base.value, decimals) + ")");
}

// "30 Nov 2026", as the window writes days.
std::string formatDayLong(Date d)
{
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(d.day()) + " " + kMonths[d.month() - 1] + " " + std::to_string(d.year());
}

} // namespace


std::vector<std::string> describeDifferences(const Dataset& ds, const Scenario& base, const ModelParameters& baseParams,
                                             const Scenario& edited, const ModelParameters& params)
{
    std::vector<std::string> out;
    // Rate overrides the preset does not have (presets carry none in practice).
    for (const auto& o : edited.overrides)
        if (std::find(base.overrides.begin(), base.overrides.end(), o) == base.overrides.end())
            out.push_back(measureName(ds, o.measureId) + " set to " + number(o.ratePct, 1) + "% from "
                          + formatDayLong(o.from));
    for (const auto& o : base.overrides)
        if (std::none_of(edited.overrides.begin(), edited.overrides.end(),
                         [&](const RateOverride& e) { return e.measureId == o.measureId; }))
            out.push_back(measureName(ds, o.measureId) + " back to the enacted rate");
    // US tariffs on the other suppliers.
    for (const auto& r : edited.partnerRates)
        if (std::find(base.partnerRates.begin(), base.partnerRates.end(), r) == base.partnerRates.end())
            out.push_back("US tariff on " + r.partner + " set to " + number(r.ratePct, 1) + "% from "
                          + formatDayLong(r.from));

    const auto& baseTruces = base.effectiveTruces(ds);
    const auto& truces = edited.effectiveTruces(ds);
    for (const auto& t : truces) {
        const Truce* b = findTruce(baseTruces, t.id);
        if (!b) {
            out.push_back(t.name + " added: " + number(t.suspendedPct, 1) + " points suspended from "
                          + formatDayLong(t.start) + " to " + formatDayLong(t.end()));
            continue;
        }
        if (*b == t)
            continue;
        if (b->start != t.start)
            out.push_back(t.name + " starts " + formatDayLong(t.start) + " (preset: " + formatDayLong(b->start) + ")");
        if (b->end() != t.end())
            out.push_back(t.name + " ends " + formatDayLong(t.end()) + " (preset: " + formatDayLong(b->end()) + ")");
        if (b->suspendedPct != t.suspendedPct)
            out.push_back(t.name + " suspends " + number(t.suspendedPct, 1) + " points (preset: "
                          + number(b->suspendedPct, 1) + ")");
    }
    for (const auto& b : baseTruces)
        if (!findTruce(truces, b.id))
            out.push_back(b.name + " removed");

    for (const auto& id : edited.dropSteps)
        if (std::find(base.dropSteps.begin(), base.dropSteps.end(), id) == base.dropSteps.end())
            out.push_back("Recorded step " + id + " left out");
    if (edited.freezeAfter != base.freezeAfter)
        out.push_back(edited.freezeAfter ? "Rates held from " + formatDayLong(*edited.freezeAfter)
                                         : std::string("Rates no longer held"));

    const char* const flowNames[] = {"China → US", "US → China"};
    for (int f = 0; f < 2; ++f) {
        compareParameter(out, std::string("Elasticity, ") + flowNames[f], baseParams.flows[static_cast<size_t>(f)].elasticity,
                         params.flows[static_cast<size_t>(f)].elasticity, 2);
        compareParameter(out, std::string("Adjustment speed, ") + flowNames[f],
                         baseParams.flows[static_cast<size_t>(f)].adjustmentSpeed,
                         params.flows[static_cast<size_t>(f)].adjustmentSpeed, 2);
    }
    compareParameter(out, "Pass-through", baseParams.passThrough, params.passThrough, 2);
    compareParameter(out, "Front-loading", baseParams.frontLoadingShare, params.frontLoadingShare, 2);
    compareParameter(out, "Rare-earth licence approval", baseParams.rareEarthApproval, params.rareEarthApproval, 2);
    return out;
}

} // namespace tariffsim::core
