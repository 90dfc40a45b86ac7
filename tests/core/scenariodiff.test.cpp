// The differences between a scenario and its preset, in words.

#include "support/testsupport.h"

#include "core/scenariodiff.h"
#include "core/truceedit.h"

using namespace tariffsim;
using namespace tariffsim::core;
using test::day;

TEST_CASE("Differences from the preset name each change with its value and the preset's", "[scenariodiff]")
{
    const Dataset& ds = test::dataset();
    const Scenario& base = test::preset("as-enacted");
    const ModelParameters params = defaultParameters(ds);
    CHECK(describeDifferences(ds, base, params, base, params).empty());

    Scenario edited = base;
    edited.title = "Another title"; // titles and notes are not compared
    edited.notes = "Other notes";
    CHECK(describeDifferences(ds, base, params, edited, params).empty());

    edited.overrides.push_back({"us_reciprocal", day("2027-01-01"), 60.0});
    // The US Geneva truce ends on 10 Nov 2026 in the preset; 90 more days: 8 Feb 2027.
    std::vector<Truce> truces = base.effectiveTruces(ds);
    REQUIRE(truces.front().id == "geneva_us");
    REQUIRE(truces.front().end() == day("2026-11-10"));
    truces.front() = std::get<Truce>(extendTruce(truces.front(), 90));
    edited.truces = truces;
    ModelParameters changed = params;
    changed.flows[0].elasticity.value = 3.0;

    const auto lines = describeDifferences(ds, base, params, edited, changed);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "IEEPA 'reciprocal' duty set to 60% from 1 Jan 2027");
    CHECK(lines[1] == truces.front().name + " ends 8 Feb 2027 (preset: 10 Nov 2026)");
    // the fitted default elasticity China -> US is 2.217 (calibration.csv): shown to 2 decimals
    CHECK(lines[2] == "Elasticity, China → US 3 (preset: 2.22)");
}
