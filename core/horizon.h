#pragma once

// The span of time the program models, defined once.

#include "date.h"

namespace tariffsim::core {

/// First day the dataset describes: the legal layers and trade series start in 2017.
constexpr Date kHorizonFirstDay{17167}; ///< 2017-01-01
/// Last day the model projects.
constexpr Date kHorizonLastDay{22279}; ///< 2030-12-31
/// The same span in months.
constexpr YearMonth kHorizonFirstMonth{2017, 1};
constexpr YearMonth kHorizonLastMonth{2030, 12};

/// First month of the tariff chart and of the window's date controls: the
/// measures of 2018.
constexpr YearMonth kTariffChartFirstMonth{2018, 1};
/// First month the window and the exports show (2024 gives the year before the
/// 2025 escalation as a visible baseline).
constexpr YearMonth kDisplayFirstMonth{2024, 1};
/// First month of the headline period (trade change, duties collected): the year
/// the 2025 measures began.
constexpr YearMonth kHeadlineFirstMonth{2025, 1};

/// Whether a day lies in [kHorizonFirstDay, kHorizonLastDay].
constexpr bool inHorizon(Date d) { return d >= kHorizonFirstDay && d <= kHorizonLastDay; }
constexpr bool inHorizon(YearMonth m) { return m >= kHorizonFirstMonth && m <= kHorizonLastMonth; }

} // namespace tariffsim::core
