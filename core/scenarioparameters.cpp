#include "scenarioparameters.h"

namespace tariffsim::core {

ModelParameters resolveParameters(const ScenarioParameters& values, ModelParameters out)
{
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        if (values.flow(f).elasticity)
            out.flow(f).elasticity.value = *values.flow(f).elasticity;
        if (values.flow(f).adjustmentSpeed)
            out.flow(f).adjustmentSpeed.value = *values.flow(f).adjustmentSpeed;
    }
    if (values.passThrough)
        out.passThrough.value = *values.passThrough;
    if (values.frontLoadingShare)
        out.frontLoadingShare.value = *values.frontLoadingShare;
    if (values.frontLoadingMonths)
        out.frontLoadingMonths = *values.frontLoadingMonths;
    if (values.trendGrowthPerYear)
        out.trendGrowthPerYear = *values.trendGrowthPerYear;
    if (values.rareEarthApproval)
        out.rareEarthApproval.value = *values.rareEarthApproval;
    if (values.referenceDate)
        out.referenceDate = *values.referenceDate;
    return out;
}

ScenarioParameters captureParameters(const ModelParameters& params)
{
    ScenarioParameters out;
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        out.flow(f).elasticity = params.flow(f).elasticity.value;
        out.flow(f).adjustmentSpeed = params.flow(f).adjustmentSpeed.value;
    }
    out.passThrough = params.passThrough.value;
    out.frontLoadingShare = params.frontLoadingShare.value;
    out.frontLoadingMonths = params.frontLoadingMonths;
    out.trendGrowthPerYear = params.trendGrowthPerYear;
    out.rareEarthApproval = params.rareEarthApproval.value;
    out.referenceDate = params.referenceDate;
    return out;
}

} // namespace tariffsim::core
