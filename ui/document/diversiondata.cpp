#include "ui/document/diversiondata.h"

#include "ui/document/appdata.h"
#include "ui/document/scenariodocument.h"

namespace tariffsim::ui {

const core::DiversionData& bundledDiversionData()
{
    static const core::DiversionData data = core::loadDiversionData(readResourceFolder(":/data"));
    return data;
}

core::Diversion computeDiversion(const core::Dataset& ds, const core::TariffSchedule& schedule,
                                 const core::ModelParameters& params, const core::Projection& p)
{
    if (p.months <= 0)
        return {};
    const auto& data = bundledDiversionData();
    return core::projectDiversion(ds, data, schedule, params, core::defaultDiversionParameters(data, params), p.first,
                                  p.first.addMonths(p.months - 1), &p);
}

const core::Diversion& documentDiversion(const ScenarioDocument& doc) { return doc.diversion(); }

} // namespace tariffsim::ui
