#include "scenariodiff.h"

#include "text.h"

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
    return m ? dataText(m->name) : id;
}

const Truce* findTruce(const std::vector<Truce>& truces, const std::string& id)
{
    for (const auto& t : truces)
        if (t.id == id)
            return &t;
    return nullptr;
}

// `pattern` has the parameter's new value as %1 and the preset's as %2.
void compareParameter(std::vector<std::string>& out, const std::string& pattern, const Parameter& base,
                      const Parameter& edited, int decimals)
{
    if (std::abs(base.value - edited.value) > 1e-12)
        out.push_back(format(pattern, {number(edited.value, decimals), number(base.value, decimals)}));
}

} // namespace


std::vector<std::string> describeDifferences(const Dataset& ds, const Scenario& base, const ModelParameters& baseParams,
                                             const Scenario& edited, const ModelParameters& params)
{
    std::vector<std::string> out;
    // Rate overrides the preset does not have (presets carry none in practice).
    for (const auto& o : edited.overrides)
        if (std::find(base.overrides.begin(), base.overrides.end(), o) == base.overrides.end())
            out.push_back(format(translate("ScenarioDiff", "%1 set to %2% from %3"),
                                 {measureName(ds, o.measureId), number(o.ratePct, 1), shortDateText(o.from)}));
    for (const auto& o : base.overrides)
        if (std::none_of(edited.overrides.begin(), edited.overrides.end(),
                         [&](const RateOverride& e) { return e.measureId == o.measureId; }))
            out.push_back(format(translate("ScenarioDiff", "%1 back to the enacted rate"), {measureName(ds, o.measureId)}));
    // US tariffs on the other suppliers.
    for (const auto& r : edited.partnerRates)
        if (std::find(base.partnerRates.begin(), base.partnerRates.end(), r) == base.partnerRates.end())
            out.push_back(format(translate("ScenarioDiff", "US tariff on %1 set to %2% from %3"),
                                 {dataText(r.partner), number(r.ratePct, 1), shortDateText(r.from)}));

    const auto& baseTruces = base.effectiveTruces(ds);
    const auto& truces = edited.effectiveTruces(ds);
    for (const auto& t : truces) {
        const std::string name = dataText(t.name);
        const Truce* b = findTruce(baseTruces, t.id);
        if (!b) {
            out.push_back(format(translate("ScenarioDiff", "%1 added: %2 points suspended from %3 to %4"),
                                 {name, number(t.suspendedPct, 1), shortDateText(t.start), shortDateText(t.end())}));
            continue;
        }
        if (*b == t)
            continue;
        if (b->start != t.start)
            out.push_back(format(translate("ScenarioDiff", "%1 starts %2 (preset: %3)"),
                                 {name, shortDateText(t.start), shortDateText(b->start)}));
        if (b->end() != t.end())
            out.push_back(format(translate("ScenarioDiff", "%1 ends %2 (preset: %3)"),
                                 {name, shortDateText(t.end()), shortDateText(b->end())}));
        if (b->suspendedPct != t.suspendedPct)
            out.push_back(format(translate("ScenarioDiff", "%1 suspends %2 points (preset: %3)"),
                                 {name, number(t.suspendedPct, 1), number(b->suspendedPct, 1)}));
    }
    for (const auto& b : baseTruces)
        if (!findTruce(truces, b.id))
            out.push_back(format(translate("ScenarioDiff", "%1 removed"), {dataText(b.name)}));

    for (const auto& id : edited.dropSteps)
        if (std::find(base.dropSteps.begin(), base.dropSteps.end(), id) == base.dropSteps.end())
            out.push_back(format(translate("ScenarioDiff", "Recorded step %1 left out"), {id}));
    if (edited.freezeAfter != base.freezeAfter)
        out.push_back(edited.freezeAfter
                          ? format(translate("ScenarioDiff", "Rates held from %1"), {shortDateText(*edited.freezeAfter)})
                          : translate("ScenarioDiff", "Rates no longer held"));

    // Each parameter's line as a whole pattern: %1 the new value, %2 the preset's.
    const FlowParameters& b0 = baseParams.flow(Flow::ChinaToUs);
    const FlowParameters& f0 = params.flow(Flow::ChinaToUs);
    const FlowParameters& b1 = baseParams.flow(Flow::UsToChina);
    const FlowParameters& f1 = params.flow(Flow::UsToChina);
    compareParameter(out, translate("ScenarioDiff", "Elasticity, China → US %1 (preset: %2)"), b0.elasticity,
                     f0.elasticity, 2);
    compareParameter(out, translate("ScenarioDiff", "Adjustment speed, China → US %1 (preset: %2)"),
                     b0.adjustmentSpeed, f0.adjustmentSpeed, 2);
    compareParameter(out, translate("ScenarioDiff", "Elasticity, US → China %1 (preset: %2)"), b1.elasticity,
                     f1.elasticity, 2);
    compareParameter(out, translate("ScenarioDiff", "Adjustment speed, US → China %1 (preset: %2)"),
                     b1.adjustmentSpeed, f1.adjustmentSpeed, 2);
    compareParameter(out, translate("ScenarioDiff", "Pass-through %1 (preset: %2)"), baseParams.passThrough,
                     params.passThrough, 2);
    compareParameter(out, translate("ScenarioDiff", "Front-loading %1 (preset: %2)"), baseParams.frontLoadingShare,
                     params.frontLoadingShare, 2);
    compareParameter(out, translate("ScenarioDiff", "Rare-earth licence approval %1 (preset: %2)"),
                     baseParams.rareEarthApproval, params.rareEarthApproval, 2);
    return out;
}

} // namespace tariffsim::core
