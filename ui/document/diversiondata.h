#pragma once

#include "core/diversion.h"

namespace tariffsim::ui {

/// The diversion data compiled into the program (partner_tariffs.csv,
/// diversion_trade.csv, us_imports_monthly_by_partner.csv and
/// diversion_parameters.csv under resources/data). Loads them once. Throws
/// core::DataError if the bundled files are broken (a build problem).
const core::DiversionData& bundledDiversionData();

class ScenarioDocument;

/// The diversion of a document's scenario over its projection's months, with the
/// default diversion parameters over the document's model parameters.
core::Diversion documentDiversion(const ScenarioDocument& doc);

} // namespace tariffsim::ui
