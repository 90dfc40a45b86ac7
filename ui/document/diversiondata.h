#pragma once

#include "core/diversion.h"

namespace tariffsim::ui {

/// The diversion data compiled into the program (partner_tariffs.csv,
/// diversion_trade.csv, us_imports_monthly_by_partner.csv and
/// diversion_parameters.csv under resources/data). Loads them once. Throws
/// core::DataError if the bundled files are broken (a build problem).
const core::DiversionData& bundledDiversionData();

class ScenarioDocument;

/// The diversion of a scenario over its projection's months, with the default
/// diversion parameters over the model parameters (the model computer runs it
/// with each new projection).
core::Diversion computeDiversion(const core::Dataset& ds, const core::TariffSchedule& schedule,
                                 const core::ModelParameters& params, const core::Projection& projection);

/// The diversion of a document's scenario, as computed with its projection.
const core::Diversion& documentDiversion(const ScenarioDocument& doc);

} // namespace tariffsim::ui
