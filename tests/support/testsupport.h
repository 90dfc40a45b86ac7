#pragma once

#include "core/dataset.h"
#include "core/keyfindings.h"
#include "core/presets.h"
#include "core/projection.h"
#include "core/schedule.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace tariffsim::test {

/// The shipped dataset, read from resources/data on disk.
const core::Dataset& dataset();
/// The shipped presets, read from resources/presets on disk.
const core::PresetLibrary& presets();
/// A preset by id; fails the test when absent.
const core::Scenario& preset(const std::string& id);
/// A date from "YYYY-MM-DD"; fails the test when malformed.
core::Date day(const char* text);
/// One product of a hand-made trade basket: flow, HS code (usually HS-6) and its
/// 2024 value in USD bn.
struct BasketItem {
    core::Flow flow;
    std::string hs;
    double valueUsdBn;
};
/// The shipped dataset (every measure, list, truce and series) on a hand-made trade
/// basket: each item is a sector of its own (its chapter; one item per chapter),
/// worth its value in 2022-2024, so averages can be worked out by hand.
core::Dataset basketDataset(const std::vector<BasketItem>& items);

/// One sector per flow, for hand-worked projections. china_to_us: "01", USD 120bn
/// in 2024, so with no observations and no China-customs total the baseline is a
/// flat 10 a month (US Census basis). us_to_china: "01", 12bn, untaxed. The US
/// measure "x" charges 10% from 2020 and `stepPct` from 2025-03-01 (stepPct = 10
/// for no change).
core::Dataset oneSector(double stepPct);
/// Model parameters with no range: elasticity 1.5, adjustment speed `lambda`,
/// front-loading share `phi` (over 3 months), full pass-through, no trend, every
/// rare-earth licence approved, tariffs measured from 20 Jan 2025.
core::ModelParameters handParameters(double lambda, double phi = 0.0);

/// Index of a sector (by id) among the sectors a schedule uses for a direction.
size_t sectorIndex(const core::TariffSchedule& s, core::Direction d, const std::string& id);

/// One month of a hand-made projection's flow total, USD bn.
core::MonthValues monthValues(double baseline, double scenario, double low, double high, double revenue);

/// The finding with `id` (the test fails when there is none).
const core::KeyFinding& findingOf(const std::vector<core::KeyFinding>& list, std::string_view id);

} // namespace tariffsim::test

namespace Catch {
template <>
struct StringMaker<tariffsim::core::Date> {
    static std::string convert(const tariffsim::core::Date& d) { return d.toString(); }
};
template <>
struct StringMaker<tariffsim::core::YearMonth> {
    static std::string convert(const tariffsim::core::YearMonth& m) { return m.toString(); }
};
} // namespace Catch
