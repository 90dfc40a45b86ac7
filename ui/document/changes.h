#pragma once

// What a change to the document touched, so that each view updates only for what
// it shows: a parameter edit leaves the truce timeline alone, an as-of date
// change recomputes nothing.

#include <QFlags>

namespace tariffsim::ui {

enum class Change : unsigned {
    Rates = 1u << 0,         ///< the user's rate overrides or the day they take effect from
    Truces = 1u << 1,        ///< the scenario's truces
    Parameters = 1u << 2,    ///< the model parameters
    Description = 1u << 3,   ///< title, notes and the briefing's key findings
    Scenario = 1u << 4,      ///< the rest of the scenario: base preset, held rates, dropped steps, assumptions
    AsOfDate = 1u << 5,      ///< the day the headline and countdown refer to (nothing is recomputed)
    FilePath = 1u << 6,      ///< the file the scenario belongs to
    Modified = 1u << 7,      ///< the undo stack's clean state
    View = 1u << 8,          ///< not the document: a view setting (date range, sector chart period, pins)
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

/// Changes after which the schedule and the projection were recomputed.
inline constexpr Changes kModelChanges =
    Changes(Change::Rates) | Change::Truces | Change::Parameters | Change::Scenario;

} // namespace tariffsim::ui
