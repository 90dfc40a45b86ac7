#pragma once

#include "dataset.h"
#include "presets.h"
#include "scenario.h"
#include "schedule.h"

#include <string>

namespace tariffsim::core {

/// Formats a number with a fixed count of decimals ("-0.00" is written "0.00").
std::string formatFixed(double value, int decimals);
/// Quotes a CSV field when it holds a comma, quote or line break.
std::string csvField(const std::string& text);

/// CSV of the trade-weighted average tariff of both directions for every day in
/// [from, to]: header `date,direction,avg_tariff_pct`. With `layers`, header
/// `date,direction,layer,avg_tariff_pct`, one row per layer and a `total` row.
std::string ratesCsv(const TariffSchedule& schedule, Date from, Date to, bool layers);

/// CSV of the timeline: the dataset's dated events plus the scenario's truce
/// starts, extensions and snap-backs and its overrides. Header
/// `date,actor,kind,label,title,rate_pct,status,source,source_kind,citation,reported_by`.
/// status: recorded, scheduled (a date fixed in advance whose outcome the data do
/// not hold), not enacted, unverified, scenario or assumed. source: where the
/// event can be read (the official page, else the repost); source_kind: law,
/// statistics, research or press; citation: the instrument; reported_by: the
/// repost the event was read from, if any.
std::string eventsCsv(const Dataset& ds, const Scenario& scenario);

/// CSV list of presets: `id,title,notes`.
std::string presetsCsv(const PresetLibrary& presets);

} // namespace tariffsim::core
