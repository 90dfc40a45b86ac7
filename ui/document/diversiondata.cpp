#include "ui/document/diversiondata.h"

#include "ui/document/appdata.h"
#include "ui/document/scenariodocument.h"

namespace tariffsim::ui {

const core::DiversionData& bundledDiversionData()
{
    static const core::DiversionData data = core::loadDiversionData(readResourceFolder(":/data"));
    return data;
}

core::Diversion documentDiversion(const ScenarioDocument& doc)
{
    const auto& p = doc.projection();
    if (p.months <= 0)
        return {};
    const auto& data = bundledDiversionData();
    const auto& params = doc.parameters();
    return core::projectDiversion(doc.dataset(), data, doc.schedule(), params,
                                  core::defaultDiversionParameters(data, params), p.first,
                                  p.first.addMonths(p.months - 1), &p);
}

} // namespace tariffsim::ui
