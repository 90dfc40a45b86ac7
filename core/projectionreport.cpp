#include "projectionreport.h"

#include "ratesreport.h"

#include <sstream>

namespace tariffsim::core {

namespace {

std::string period(YearMonth a, YearMonth b)
{
    return a == b ? a.toString() : a.toString() + "/" + b.toString();
}

void writeRow(std::ostream& out, const std::string& month, Flow flow, const std::string& sector, const MonthValues& v)
{
    out << month << ',' << toString(flow) << ',' << csvField(sector) << ',' << formatFixed(v.avgTariffPct, 2) << ','
        << formatFixed(v.baselineUsdBn, 4) << ',' << formatFixed(v.scenarioUsdBn, 4) << ','
        << formatFixed(v.lowUsdBn, 4) << ',' << formatFixed(v.highUsdBn, 4) << ','
        << (v.actualUsdBn ? formatFixed(*v.actualUsdBn, 4) : std::string()) << ','
        << formatFixed(v.revenueUsdBn, 4) << ',' << formatFixed(v.priceChangePct, 3) << ','
        << formatFixed(v.deadweightUsdBn, 4) << '\n';
}

// A diversion row: the tariff, revenue, price and deadweight columns only with `tariffs`.
void writeDiversionRow(std::ostream& out, const std::string& month, const char* flow, const MonthValues& v, bool tariffs)
{
    const auto opt = [&](double value, int decimals) { return tariffs ? formatFixed(value, decimals) : std::string(); };
    out << month << ',' << flow << ",total," << opt(v.avgTariffPct, 2) << ',' << formatFixed(v.baselineUsdBn, 4) << ','
        << formatFixed(v.scenarioUsdBn, 4) << ',' << formatFixed(v.lowUsdBn, 4) << ',' << formatFixed(v.highUsdBn, 4)
        << ',' << (v.actualUsdBn ? formatFixed(*v.actualUsdBn, 4) : std::string()) << ',' << opt(v.revenueUsdBn, 4)
        << ',' << opt(v.priceChangePct, 3) << ',' << opt(v.deadweightUsdBn, 4) << '\n';
}

std::string writeProjection(const Projection& p, bool sectors, const Diversion* diversion)
{
    std::ostringstream out;
    out << "month,flow,sector,avg_tariff_pct,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,actual_usd_bn,"
           "revenue_usd_bn,price_change_pct,deadweight_usd_bn\n";
    for (int k = 0; k < p.months; ++k) {
        const std::string month = p.first.addMonths(k).toString();
        for (Flow flow : {Flow::ChinaToUs, Flow::UsToChina}) {
            const size_t f = static_cast<size_t>(flow);
            writeRow(out, month, flow, "total", p.totals[f][static_cast<size_t>(k)]);
            if (!sectors || p.sectors[f].empty())
                continue;
            const auto& list = p.sectorList[f];
            for (size_t s = 0; s < list.size(); ++s)
                writeRow(out, month, flow, list[s]->id, p.sectors[f][static_cast<size_t>(k) * list.size() + s]);
        }
        if (!diversion)
            continue;
        const int i = p.first.addMonths(k).monthsSince(diversion->first);
        if (i < 0 || i >= diversion->months)
            continue;
        const size_t j = static_cast<size_t>(i);
        writeDiversionRow(out, month, "china_to_others", diversion->chinaToOthers[j], false);
        writeDiversionRow(out, month, "us_from_others", diversion->usFromOthers[j], true);
        writeDiversionRow(out, month, "rerouted_from_china", diversion->rerouted[j], false);
    }
    return out.str();
}

} // namespace

std::string projectionCsv(const Projection& p, bool sectors)
{
    return writeProjection(p, sectors, nullptr);
}

std::string projectionCsv(const Projection& p, bool sectors, const Diversion& diversion)
{
    return writeProjection(p, sectors, &diversion);
}

std::string calibrationCsv(const std::vector<FlowCalibration>& defaults, const std::vector<FlowCalibration>& fitted)
{
    std::ostringstream out;
    out << "flow,fit,elasticity,adjustment_speed,observations,rmse_usd_bn,mape_pct,rmse_log\n";
    const auto row = [&](const FlowCalibration& c, const char* fit) {
        out << toString(c.flow) << ',' << fit << ',' << formatFixed(c.elasticity, 4) << ','
            << formatFixed(c.adjustmentSpeed, 4) << ',' << c.observations << ',' << formatFixed(c.rmseUsdBn, 4) << ','
            << formatFixed(c.mapePct, 2) << ',' << formatFixed(c.rmseLog, 4) << '\n';
    };
    for (Flow flow : {Flow::ChinaToUs, Flow::UsToChina}) {
        for (const auto& c : defaults)
            if (c.flow == flow)
                row(c, "default");
        for (const auto& c : fitted)
            if (c.flow == flow)
                row(c, "fitted");
    }
    return out.str();
}

std::string observationsCsv(const std::vector<ObservationComparison>& rows, const std::string& reporter)
{
    std::ostringstream out;
    out << "flow,period,reporter_basis,actual_usd_bn,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,error_pct,"
           "in_seasonal_profile,basis,source,source_kind,citation,reported_by\n";
    for (const auto& r : rows) {
        out << toString(r.flow) << ',' << period(r.first, r.last) << ',' << reporter << ','
            << formatFixed(r.actualUsdBn, 4) << ',' << formatFixed(r.baselineUsdBn, 4) << ','
            << formatFixed(r.scenarioUsdBn, 4) << ',' << formatFixed(r.lowUsdBn, 4) << ','
            << formatFixed(r.highUsdBn, 4) << ','
            << formatFixed(100.0 * (r.scenarioUsdBn / r.actualUsdBn - 1.0), 2) << ','
            << (r.inSeasonalProfile ? "yes" : "no") << ',' << r.provenance.basis << ','
            << csvField(sourceUrl(r.provenance)) << ',' << csvField(r.provenance.kind) << ','
            << csvField(r.provenance.citation) << ',' << csvField(r.provenance.reportedBy) << '\n';
    }
    return out.str();
}

} // namespace tariffsim::core
