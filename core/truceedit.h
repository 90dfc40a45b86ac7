#pragma once

// Edits of a truce as an analyst makes them on the timeline, as pure functions
// that either return the edited truce or say why the edit is refused.

#include "dataset.h"

#include <optional>
#include <string>
#include <variant>

namespace tariffsim::core {

/// Longest truce accepted, in days (ten years).
constexpr int kMaxTruceDays = 3650;

/// The edited truce, or the reason the edit is refused.
using TruceEdit = std::variant<Truce, std::string>;

/// Moves the whole truce (start, and every extension's end) by `days`.
TruceEdit moveTruce(const Truce& truce, int days);
/// Sets the day the truce ends (the first day without the suspension). Without
/// extensions this sets the length; with extensions it moves the last one.
/// Refused when the end would not be after the start (or the previous end).
TruceEdit setTruceEnd(const Truce& truce, Date end);
/// Extends the truce by `days` from its current end ("extend by N days"). The
/// extension is the scenario's assumption, decided on `decided` (a scenario's
/// as-of day, so that countdowns on that day count to the new end) or, without
/// it or when it falls later, on the day before the current end.
TruceEdit extendTruce(const Truce& truce, int days, std::optional<Date> decided = std::nullopt);
/// Removes the last extension (the truce then ends at the previous end).
TruceEdit removeLastExtension(const Truce& truce);
/// Removes every extension: the truce lapses at its original end ("lapse").
TruceEdit lapseTruce(const Truce& truce);
/// What is wrong with a truce: the field at fault, relative to the truce
/// ("extensions[1].end", "days"), and the reason.
struct TruceProblem {
    std::string field;
    std::string message;
};
/// Checks a truce: at least one day, at most kMaxTruceDays in all, each extension
/// ending after the end before it (so in order, and after the start). The same
/// rules hold for the timeline's edits and for scenario files.
std::optional<TruceProblem> findTruceProblem(const Truce& truce);
/// findTruceProblem's message, or an empty string when the truce is valid.
std::string checkTruce(const Truce& truce);

} // namespace tariffsim::core
