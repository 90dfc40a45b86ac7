#pragma once

#include "core/dataset.h"
#include "core/presets.h"
#include "core/schedule.h"

#include <catch2/catch.hpp>

#include <string>

namespace tariffsim::test {

/// The shipped dataset, read from resources/data on disk.
const core::Dataset& dataset();
/// The shipped presets, read from resources/presets on disk.
const core::PresetLibrary& presets();
/// A preset by id; fails the test when absent.
const core::Scenario& preset(const std::string& id);
/// A date from "YYYY-MM-DD"; fails the test when malformed.
core::Date day(const char* text);
/// Index of a sector (by id) among the sectors a schedule uses for a direction.
size_t sectorIndex(const core::TariffSchedule& s, core::Direction d, const std::string& id);

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
