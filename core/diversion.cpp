#include "diversion.h"

#include "csv.h"
#include "ratesreport.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <tuple>

namespace tariffsim::core {

namespace {

std::string where(const CsvTable& t, size_t row, std::string_view column)
{
    return t.name() + " line " + std::to_string(t.lineOf(row)) + ", column " + std::string(column) + ": ";
}

std::optional<double> optionalNumber(const CsvTable& t, size_t row, std::string_view column)
{
    const std::string& text = t.at(row, column);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value))
        throw DataError(where(t, row, column) + "'" + text + "' is not a number");
    return value;
}

double number(const CsvTable& t, size_t row, std::string_view column)
{
    const auto v = optionalNumber(t, row, column);
    if (!v)
        throw DataError(where(t, row, column) + "a number is required");
    return *v;
}

Date dateField(const CsvTable& t, size_t row, std::string_view column)
{
    const auto d = Date::parse(t.at(row, column));
    if (!d)
        throw DataError(where(t, row, column) + "'" + t.at(row, column) + "' is not a date YYYY-MM-DD");
    return *d;
}

// "2025", "2025-03" or "2025-01/2025-06".
std::pair<YearMonth, YearMonth> periodField(const CsvTable& t, size_t row, std::string_view column)
{
    const std::string& text = t.at(row, column);
    if (text.size() == 4) {
        int year = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + 4, year);
        if (ec == std::errc() && ptr == text.data() + 4 && year >= 1990 && year <= 2100)
            return {YearMonth{year, 1}, YearMonth{year, 12}};
    } else if (const auto slash = text.find('/'); slash != std::string::npos) {
        const auto a = YearMonth::parse(std::string_view(text).substr(0, slash));
        const auto b = YearMonth::parse(std::string_view(text).substr(slash + 1));
        if (a && b && *a <= *b)
            return {*a, *b};
    } else if (const auto m = YearMonth::parse(text)) {
        return {*m, *m};
    }
    throw DataError(where(t, row, column) + "'" + text + "' is not a year, a month YYYY-MM or a period YYYY-MM/YYYY-MM");
}

Provenance provenanceOf(const CsvTable& t, size_t row)
{
    Provenance p;
    p.basis = t.hasColumn("basis") ? t.at(row, "basis") : "stated";
    if (p.basis.empty())
        p.basis = "stated";
    if (p.basis != "stated" && p.basis != "derived" && p.basis != "estimate" && p.basis != "calibrated")
        throw DataError(where(t, row, "basis") + "must be stated, derived, estimate or calibrated");
    p.note = t.at(row, "note");
    p.kind = t.at(row, "source_kind");
    if (!p.kind.empty() && !isSourceKind(p.kind))
        throw DataError(where(t, row, "source_kind") + "must be law, statistics, research or press");
    p.citation = t.at(row, "citation");
    p.source = t.at(row, "source_url");
    p.reportedBy = t.at(row, "reported_by");
    return p;
}

void loadLayers(DiversionData& d, const std::string& text)
{
    const CsvTable t(text, "partner_tariffs.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        PartnerLayer l;
        l.partner = t.at(r, "partner");
        l.layer = t.at(r, "layer");
        l.from = dateField(t, r, "from");
        if (!t.at(r, "to").empty()) {
            l.to = dateField(t, r, "to");
            if (!(l.from < *l.to))
                throw DataError(where(t, r, "to") + "must be after from");
        }
        l.ratePct = number(t, r, "rate_pct");
        if (!(l.ratePct >= 0.0 && l.ratePct <= 1000.0))
            throw DataError(where(t, r, "rate_pct") + "must be in 0-1000");
        l.chargedShare = number(t, r, "charged_share");
        if (!(l.chargedShare >= 0.0 && l.chargedShare <= 1.0))
            throw DataError(where(t, r, "charged_share") + "must be in 0-1");
        l.coverageMeasure = t.at(r, "coverage_measure");
        if (!t.at(r, "coverage_day").empty())
            l.coverageDay = dateField(t, r, "coverage_day");
        if (!l.coverageMeasure.empty() && !l.coverageDay)
            throw DataError(where(t, r, "coverage_day") + "a day is required with a coverage_measure");
        l.status = t.at(r, "status");
        if (l.status != "enacted" && l.status != "assumed")
            throw DataError(where(t, r, "status") + "must be enacted or assumed");
        l.provenance = provenanceOf(t, r);
        if (l.partner == "transshipped goods")
            d.transshipmentPenalty = l;
        else if (std::find(d.partners.begin(), d.partners.end(), l.partner) == d.partners.end())
            throw DataError(where(t, r, "partner") + "'" + l.partner
                            + "' is not an alternative supplier of us_imports_monthly_by_partner.csv");
        else
            d.layers.push_back(std::move(l));
    }
}

void loadPartners(DiversionData& d, const std::string& text)
{
    const CsvTable t(text, "us_imports_monthly_by_partner.csv");
    std::map<std::string, std::map<YearMonth, double>> months;
    for (size_t r = 0; r < t.rowCount(); ++r) {
        const std::string country = t.at(r, "Country");
        const double y = number(t, r, "Year");
        if (!(y >= 1990 && y <= 2100 && y == std::floor(y)))
            throw DataError(where(t, r, "Year") + "not a year");
        const int year = static_cast<int>(y);
        for (int m = 1; m <= 12; ++m) {
            const auto v = optionalNumber(t, r, std::to_string(m));
            if (!v)
                continue;
            if (*v < 0)
                throw DataError(where(t, r, std::to_string(m)) + "must not be negative");
            if (country == "China") {
                if (year == d.baseYear)
                    d.chinaBaseUsdBn += *v;
                continue;
            }
            if (country == "Canada")
                continue;
            months[country][YearMonth{year, m}] = *v;
            if (std::find(d.partners.begin(), d.partners.end(), country) == d.partners.end())
                d.partners.push_back(country);
        }
    }
    for (const auto& p : d.partners) {
        double total = 0;
        for (int m = 1; m <= 12; ++m) {
            const auto it = months[p].find(YearMonth{d.baseYear, m});
            if (it == months[p].end())
                throw DataError("us_imports_monthly_by_partner.csv: " + p + " has no figure for "
                                + YearMonth{d.baseYear, m}.toString() + " (the base year needs every month)");
            total += it->second;
            d.othersBaseMonthsUsdBn[static_cast<size_t>(m - 1)] += it->second;
        }
        d.partnerBaseUsdBn[p] = total;
    }
    // A month counts as observed only when every partner has it.
    if (!d.partners.empty()) {
        for (const auto& entry : months[d.partners.front()]) {
            const YearMonth month = entry.first;
            double sum = 0;
            bool all = true;
            for (const auto& p : d.partners) {
                const auto it = months[p].find(month);
                if (it == months[p].end()) {
                    all = false;
                    break;
                }
                sum += it->second;
            }
            if (all)
                d.othersObservedUsdBn[month] = sum;
        }
    }
}

void loadObservations(DiversionData& d, const std::string& text)
{
    const CsvTable t(text, "diversion_trade.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        DiversionObservation o;
        o.series = t.at(r, "series");
        if (o.series != "china_to_world" && o.series != "china_to_us" && o.series != "china_to_others")
            throw DataError(where(t, r, "series") + "must be china_to_world, china_to_us or china_to_others");
        std::tie(o.first, o.last) = periodField(t, r, "period");
        o.reporter = t.at(r, "reporter");
        o.valueUsdBn = number(t, r, "value_usd_bn");
        if (!(o.valueUsdBn > 0))
            throw DataError(where(t, r, "value_usd_bn") + "must be positive");
        o.provenance = provenanceOf(t, r);
        d.observations.push_back(std::move(o));
    }
}

void loadParameters(DiversionData& d, const std::string& text)
{
    const CsvTable t(text, "diversion_parameters.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        Parameter p;
        p.value = number(t, r, "value");
        p.low = number(t, r, "low");
        p.high = number(t, r, "high");
        if (!(p.low <= p.value && p.value <= p.high))
            throw DataError(where(t, r, "value") + "must lie in [low, high]");
        const Provenance pv = provenanceOf(t, r);
        p.source = pv.note + (pv.citation.empty() ? "" : " (" + pv.citation + ")");
        d.parameters[t.at(r, "parameter")] = p;
    }
}

// Share of China's goods a measure is charged on, on a day (trade weighted).
double chinaCoverage(const TariffSchedule& schedule, const std::string& measure, Date day)
{
    if (!schedule.dataset().measure(measure))
        return 1.0;
    const auto shares = schedule.coverageShares(measure, day);
    const auto& w = schedule.weights(Direction::UsOnChina);
    double c = 0;
    for (size_t s = 0; s < shares.size() && s < w.size(); ++s)
        c += w[s] * shares[s];
    return c;
}

// The layers' charged shares times coverage, worked out once per call.
struct LayerRates {
    std::vector<double> effectivePct; ///< per layer: rate * charged share * coverage
    std::vector<double> weight;       ///< per layer: the partner's base-year weight
};

LayerRates layerRates(const DiversionData& d, const TariffSchedule& schedule)
{
    LayerRates lr;
    std::map<std::pair<std::string, int>, double> cache;
    double total = 0;
    for (const auto& [p, v] : d.partnerBaseUsdBn)
        total += v;
    for (const auto& l : d.layers) {
        double cov = 1.0;
        if (!l.coverageMeasure.empty()) {
            const auto key = std::make_pair(l.coverageMeasure, l.coverageDay->daysSinceEpoch());
            auto it = cache.find(key);
            if (it == cache.end())
                it = cache.emplace(key, chinaCoverage(schedule, l.coverageMeasure, *l.coverageDay)).first;
            cov = it->second;
        }
        lr.effectivePct.push_back(l.ratePct * l.chargedShare * cov);
        const auto w = d.partnerBaseUsdBn.find(l.partner);
        lr.weight.push_back(total > 0 && w != d.partnerBaseUsdBn.end() ? w->second / total : 0.0);
    }
    return lr;
}

double averageOn(const DiversionData& d, const LayerRates& lr, Date day)
{
    double sum = 0;
    for (size_t i = 0; i < d.layers.size(); ++i)
        if (d.layers[i].inForce(day))
            sum += lr.weight[i] * lr.effectivePct[i];
    return sum;
}

// Share of a month's days on which a layer is in force.
double shareOfMonth(const PartnerLayer& l, YearMonth m)
{
    int in = 0;
    const Date first = m.firstDay();
    for (int i = 0; i < m.dayCount(); ++i)
        in += l.inForce(first.addDays(i)) ? 1 : 0;
    return static_cast<double>(in) / m.dayCount();
}

// What every run of the model over a span of months shares.
struct Inputs {
    YearMonth start;
    int months = 0;
    int t0 = 0;                     ///< index of the reference month
    std::vector<double> pChina;     ///< ln((1 + tau_C) / (1 + tau_C0)), 0 before t0
    std::vector<double> pOthers;
    std::vector<double> tauOthersPct;
    double tauOthers0Pct = 0.0;
    std::vector<double> othersBase; ///< the partners' base-year month, before growth
    std::vector<double> growthYears; ///< exponent of (1 + g): 0 up to the base year, 1 from the year after
    std::vector<double> chinaOthersBase;
    std::vector<double> lostUsSales; ///< China's exports to the US, baseline - scenario
    std::vector<double> penalty;     ///< share of the month under the transshipment penalty
    double s = 0.0;
    double eps = 0.0;
    double lambda = 0.0;
    double passThrough = 1.0;
};

Inputs prepare(const Dataset& ds, const DiversionData& d, const TariffSchedule& schedule,
               const ModelParameters& params, YearMonth from, YearMonth to, const Projection* given = nullptr)
{
    Inputs in;
    const YearMonth t0 = YearMonth::of(params.referenceDate);
    in.start = std::min(from, t0);
    in.months = to.monthsSince(in.start) + 1;
    in.t0 = t0.monthsSince(in.start);
    in.s = d.chinaShare();
    in.eps = params.flow(Flow::ChinaToUs).elasticity.value;
    in.lambda = params.flow(Flow::ChinaToUs).adjustmentSpeed.value;
    in.passThrough = params.passThrough.value;

    const LayerRates lr = layerRates(d, schedule);
    in.tauOthers0Pct = averageOn(d, lr, params.referenceDate);
    const double tauChina0 = schedule.averageRatePct(Direction::UsOnChina, params.referenceDate) / 100.0;

    // The bilateral projection: the one given when it covers the months, else one without bands.
    Projection own;
    const bool covers = given && given->first <= in.start && to < given->first.addMonths(given->months);
    if (!covers) {
        ProjectionOptions options;
        options.bands = false;
        own = project(ds, schedule, params, in.start, to, options);
    }
    const Projection& bilateral = covers ? *given : own;
    const auto& cusAll = bilateral.total(Flow::ChinaToUs);
    const std::vector<MonthValues> cus(cusAll.begin() + in.start.monthsSince(bilateral.first), cusAll.end());

    const DiversionObservation* base = d.observation("china_to_others", {d.baseYear, 1}, {d.baseYear, 12});
    const double chinaOthersMonth = base ? base->valueUsdBn / 12.0 : 0.0;

    for (int k = 0; k < in.months; ++k) {
        const YearMonth m = in.start.addMonths(k);
        double tauO = 0;
        for (size_t i = 0; i < d.layers.size(); ++i)
            if (lr.weight[i] > 0)
                tauO += lr.weight[i] * lr.effectivePct[i] * shareOfMonth(d.layers[i], m);
        in.tauOthersPct.push_back(tauO);
        const auto& row = cus[static_cast<size_t>(k)];
        const bool responding = k >= in.t0;
        // An unchanged tariff (within 1e-12) gives exactly 0, as in the bilateral model.
        const auto logPrice = [&](double tau, double tau0) {
            return responding && std::abs(tau - tau0) > 1e-12 ? std::log((1.0 + tau) / (1.0 + tau0)) : 0.0;
        };
        in.pChina.push_back(logPrice(row.avgTariffPct / 100.0, tauChina0));
        in.pOthers.push_back(logPrice(tauO / 100.0, in.tauOthers0Pct / 100.0));
        in.othersBase.push_back(d.othersBaseMonthsUsdBn[static_cast<size_t>(m.month - 1)]);
        in.growthYears.push_back(std::clamp(static_cast<double>(m.year - d.baseYear), 0.0, 1.0));
        in.chinaOthersBase.push_back(chinaOthersMonth);
        in.lostUsSales.push_back(responding ? row.baselineUsdBn - row.scenarioUsdBn : 0.0);
        in.penalty.push_back(d.transshipmentPenalty ? shareOfMonth(*d.transshipmentPenalty, m) : 0.0);
    }
    return in;
}

// US imports from the others per month for (sigma, g_O).
void runOthers(const Inputs& in, double sigma, double g, std::vector<double>& baseline, std::vector<double>& volume)
{
    const double eta = importPriceElasticity(in.eps, sigma, in.s);
    baseline.assign(static_cast<size_t>(in.months), 0.0);
    volume.assign(static_cast<size_t>(in.months), 0.0);
    double x = 0;
    for (size_t k = 0; k < static_cast<size_t>(in.months); ++k) {
        baseline[k] = in.othersBase[k] * std::pow(1.0 + g, in.growthYears[k]);
        if (static_cast<int>(k) >= in.t0) {
            const double target = cesTarget(in.s, sigma, eta, in.pChina[k], in.pOthers[k]).xOthers;
            x += in.lambda * (target - x);
        }
        volume[k] = baseline[k] * std::exp(x);
    }
}

// China's exports to others per month for (rho, mu, g_C).
void runChinaOthers(const Inputs& in, double rho, double mu, double g, std::vector<double>& baseline,
                    std::vector<double>& volume)
{
    baseline.assign(static_cast<size_t>(in.months), 0.0);
    volume.assign(static_cast<size_t>(in.months), 0.0);
    double r = 0;
    for (size_t k = 0; k < static_cast<size_t>(in.months); ++k) {
        baseline[k] = in.chinaOthersBase[k] * std::pow(1.0 + g, in.growthYears[k]);
        if (static_cast<int>(k) >= in.t0)
            r += mu * (rho * in.lostUsSales[k] - r);
        volume[k] = baseline[k] + r;
    }
}

double reroutedAt(const Inputs& in, size_t k, double theta, double e, double baseline, double volume)
{
    return theta * (1.0 - e * in.penalty[k]) * std::max(0.0, volume - baseline);
}

struct Fit {
    int n = 0;
    double rmse = 0, mape = 0, meanError = 0, sse = 0;
};

Fit fitOf(const std::vector<std::pair<double, double>>& modelObserved)
{
    Fit f;
    for (const auto& [model, obs] : modelObserved) {
        ++f.n;
        f.rmse += (model - obs) * (model - obs);
        f.mape += std::abs(model - obs) / obs;
        f.meanError += (model - obs) / obs;
        f.sse += std::pow(std::log(obs / model), 2);
    }
    if (f.n > 0) {
        f.rmse = std::sqrt(f.rmse / f.n);
        f.mape *= 100.0 / f.n;
        f.meanError *= 100.0 / f.n;
    }
    return f;
}

std::vector<std::pair<double, double>> othersPairs(const DiversionData& d, const Inputs& in,
                                                   const std::vector<double>& volume)
{
    std::vector<std::pair<double, double>> out;
    for (const auto& [month, value] : d.othersObservedUsdBn) {
        const int k = month.monthsSince(in.start);
        if (k >= in.t0 && k < in.months && value > 0)
            out.emplace_back(volume[static_cast<size_t>(k)], value);
    }
    return out;
}

std::vector<std::pair<double, double>> chinaOthersPairs(const DiversionData& d, const Inputs& in,
                                                        const std::vector<double>& volume)
{
    std::vector<std::pair<double, double>> out;
    for (const auto& o : d.observations) {
        if (o.series != "china_to_others")
            continue;
        const int a = o.first.monthsSince(in.start);
        const int b = o.last.monthsSince(in.start);
        if (a < in.t0 || b >= in.months)
            continue;
        double sum = 0;
        for (int k = a; k <= b; ++k)
            sum += volume[static_cast<size_t>(k)];
        out.emplace_back(sum, o.valueUsdBn);
    }
    return out;
}

} // namespace

double DiversionData::chinaShare() const
{
    double others = 0;
    for (const auto& [p, v] : partnerBaseUsdBn)
        others += v;
    return chinaBaseUsdBn + others > 0 ? chinaBaseUsdBn / (chinaBaseUsdBn + others) : 0.0;
}

const DiversionObservation* DiversionData::observation(std::string_view series, YearMonth first, YearMonth last) const
{
    for (const auto& o : observations)
        if (o.series == series && o.first == first && o.last == last)
            return &o;
    return nullptr;
}

const std::vector<std::string>& diversionFileNames()
{
    static const std::vector<std::string> names = {"partner_tariffs.csv", "diversion_trade.csv",
                                                   "us_imports_monthly_by_partner.csv", "diversion_parameters.csv"};
    return names;
}

DataFiles readDiversionDirectory(const std::filesystem::path& folder)
{
    DataFiles files;
    for (const auto& name : diversionFileNames()) {
        std::ifstream in(folder / name, std::ios::binary);
        if (!in)
            continue;
        std::ostringstream ss;
        ss << in.rdbuf();
        files[name] = ss.str();
    }
    return files;
}

DiversionData loadDiversionData(const DataFiles& files)
{
    DiversionData d;
    try {
        loadPartners(d, dataFileText(files, "us_imports_monthly_by_partner.csv"));
        loadLayers(d, dataFileText(files, "partner_tariffs.csv"));
        loadObservations(d, dataFileText(files, "diversion_trade.csv"));
        if (files.count("diversion_parameters.csv"))
            loadParameters(d, files.at("diversion_parameters.csv"));
    } catch (const CsvError& e) {
        throw DataError(e.what());
    }
    if (!(d.chinaBaseUsdBn > 0))
        throw DataError("us_imports_monthly_by_partner.csv: no US imports from China in " + std::to_string(d.baseYear));
    return d;
}

double importPriceElasticity(double eps, double sigma, double chinaShare)
{
    return (eps - (1.0 - chinaShare) * sigma) / chinaShare;
}

CesResponse cesTarget(double s, double sigma, double eta, double pChina, double pOthers)
{
    const double z = -sigma * (pChina - pOthers);
    // China's share at base prices, written so that e^z cannot overflow.
    const double sC = z > 0 ? s / (s + (1.0 - s) * std::exp(-z)) : s * std::exp(z) / (s * std::exp(z) + 1.0 - s);
    const double y = -eta * (s * pChina + (1.0 - s) * pOthers);
    return {y + std::log(sC / s), y + std::log((1.0 - sC) / (1.0 - s))};
}

namespace {

// The data with the scenario's partner rates applied (withPartnerRates), held in
// `own` when there are any; the data themselves otherwise.
const DiversionData& withScenarioRates(const DiversionData& data, const TariffSchedule& schedule,
                                       std::optional<DiversionData>& own)
{
    if (schedule.scenario().partnerRates.empty())
        return data;
    own = withPartnerRates(data, schedule.scenario().partnerRates);
    return *own;
}

} // namespace

DiversionData withPartnerRates(const DiversionData& data, const std::vector<PartnerRate>& rates)
{
    DiversionData out = data;
    for (size_t k = 0; k < rates.size(); ++k) {
        const PartnerRate& r = rates[k];
        // The share of the partner's goods its layers are charged on (Mexico's
        // USMCA goods stay exempt): that of the layers in force the day before,
        // else of its last layer, else all.
        double share = -1;
        for (const auto& l : out.layers)
            if (l.partner == r.partner && l.inForce(r.from.addDays(-1)))
                share = std::max(share, l.chargedShare);
        if (share < 0)
            for (const auto& l : out.layers)
                if (l.partner == r.partner)
                    share = l.chargedShare;
        if (share < 0)
            share = 1.0;
        std::erase_if(out.layers, [&](const PartnerLayer& l) { return l.partner == r.partner && !(l.from < r.from); });
        for (auto& l : out.layers)
            if (l.partner == r.partner && (!l.to || r.from < *l.to))
                l.to = r.from;
        PartnerLayer set;
        set.partner = r.partner;
        set.layer = "Scenario rate";
        set.from = r.from;
        for (size_t j = k + 1; j < rates.size(); ++j)
            if (rates[j].partner == r.partner) {
                set.to = rates[j].from;
                break;
            }
        set.ratePct = r.ratePct;
        set.chargedShare = share;
        set.status = "scenario";
        set.provenance.basis = "estimate";
        set.provenance.note = "set by the scenario";
        out.layers.push_back(std::move(set));
    }
    return out;
}

double partnerRatePct(const DiversionData& data, const TariffSchedule& schedule, const std::string& partner, Date day)
{
    std::optional<DiversionData> own;
    const DiversionData& d = withScenarioRates(data, schedule, own);
    double sum = 0;
    for (const auto& l : d.layers)
        if (l.partner == partner && l.inForce(day))
            sum += l.ratePct * l.chargedShare
                   * (l.coverageMeasure.empty() ? 1.0 : chinaCoverage(schedule, l.coverageMeasure, *l.coverageDay));
    return sum;
}

double partnerAverageRatePct(const DiversionData& data, const TariffSchedule& schedule, Date day)
{
    std::optional<DiversionData> own;
    const DiversionData& d = withScenarioRates(data, schedule, own);
    return averageOn(d, layerRates(d, schedule), day);
}

std::vector<std::pair<Date, double>> partnerRateSteps(const DiversionData& data, const TariffSchedule& schedule)
{
    std::optional<DiversionData> own;
    const DiversionData& d = withScenarioRates(data, schedule, own);
    std::vector<Date> days;
    for (const auto& l : d.layers) {
        days.push_back(l.from);
        if (l.to)
            days.push_back(*l.to);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const LayerRates lr = layerRates(d, schedule);
    std::vector<std::pair<Date, double>> steps;
    for (Date day : days)
        steps.emplace_back(day, averageOn(d, lr, day));
    return steps;
}

std::vector<double> partnerMonthlyRatesPct(const DiversionData& data, const TariffSchedule& schedule, YearMonth first,
                                           int count)
{
    std::optional<DiversionData> own;
    const DiversionData& d = withScenarioRates(data, schedule, own);
    const LayerRates lr = layerRates(d, schedule);
    std::vector<double> out;
    for (int k = 0; k < count; ++k) {
        const YearMonth m = first.addMonths(k);
        double tau = 0;
        for (size_t i = 0; i < d.layers.size(); ++i)
            tau += lr.weight[i] * lr.effectivePct[i] * shareOfMonth(d.layers[i], m);
        out.push_back(tau);
    }
    return out;
}

DiversionParameters defaultDiversionParameters(const DiversionData& d, const ModelParameters& params)
{
    DiversionParameters p;
    const double s = d.chinaShare();
    const auto& china = params.flow(Flow::ChinaToUs);
    const double eps = china.elasticity.value;
    const auto row = [&](const char* name) -> const Parameter* {
        const auto it = d.parameters.find(name);
        return it == d.parameters.end() ? nullptr : &it->second;
    };

    char range[200];
    std::snprintf(range, sizeof range,
                  "range: %.3f (eta = eps, the others gain nothing) to %.3f (eta = 0) for eps = %.3f and China's share "
                  "s = %.4f of 2024 US imports from China and the partners",
                  eps, eps / (1.0 - s), eps, s);
    p.substitution = {eps, eps, eps / (1.0 - s), ""};
    if (const Parameter* r = row("substitution_elasticity")) {
        p.substitution.value = std::clamp(r->value, p.substitution.low, p.substitution.high);
        p.substitution.source = r->source + "; " + range;
    } else {
        p.substitution.source = std::string("Not calibrated: the low end, no diversion; ") + range;
    }

    if (const Parameter* r = row("others_growth_2025"))
        p.othersGrowth2025 = *r;
    else
        p.othersGrowth2025 = {0.0, 0.0, 0.0, "Not calibrated: 0 (assumption)"};

    if (const Parameter* r = row("redirection_share"))
        p.redirectionShare = *r;
    else
        p.redirectionShare = {0.0, 0.0, 1.0, "Not calibrated: 0 (assumption)"};

    p.redirectionSpeed = china.adjustmentSpeed;
    p.redirectionSpeed.source = "Assumption: the bilateral adjustment speed of China's exports to the US ("
                                + china.adjustmentSpeed.source + ")";

    const auto* a = d.observation("china_to_others", {d.baseYear - 1, 1}, {d.baseYear - 1, 12});
    const auto* b = d.observation("china_to_others", {d.baseYear, 1}, {d.baseYear, 12});
    const double g = a && b ? b->valueUsdBn / a->valueUsdBn - 1.0 : 0.0;
    p.chinaOthersGrowth = {g, g, g,
                           a && b ? "Derived: growth of China's exports to all but the US from " + std::to_string(d.baseYear - 1)
                                        + " to " + std::to_string(d.baseYear) + " (GACC), held for " + std::to_string(d.baseYear + 1)
                                  : "No figures for the two years: 0"};

    if (const Parameter* r = row("rerouting_share"))
        p.reroutingShare = *r;
    else
        p.reroutingShare = {0.0, 0.0, 0.0, "No benchmark in the data: 0"};
    if (const Parameter* r = row("enforcement_effect"))
        p.enforcementEffect = *r;
    else
        p.enforcementEffect = {0.0, 0.0, 0.0, "No benchmark in the data: 0"};
    return p;
}

Diversion projectDiversion(const Dataset& ds, const DiversionData& data, const TariffSchedule& schedule,
                           const ModelParameters& params, const DiversionParameters& dp, YearMonth from, YearMonth to,
                           const Projection* bilateral)
{
    std::optional<DiversionData> own;
    const DiversionData& d = withScenarioRates(data, schedule, own);
    if (to < from)
        throw std::invalid_argument("diversion: the range ends before it starts");
    const Inputs in = prepare(ds, d, schedule, params, from, to, bilateral);
    Diversion out;
    out.first = from;
    out.months = to.monthsSince(from) + 1;
    out.chinaShare = in.s;
    out.importPriceElasticity = importPriceElasticity(in.eps, dp.substitution.value, in.s);

    std::vector<double> ob, ov, cb, cv;
    runOthers(in, dp.substitution.value, dp.othersGrowth2025.value, ob, ov);
    runChinaOthers(in, dp.redirectionShare.value, dp.redirectionSpeed.value, dp.chinaOthersGrowth.value, cb, cv);

    // Band runs: sigma at both ends; rho at both ends; theta and e at the ends
    // that give the least and the most rerouting.
    std::vector<std::vector<double>> othersRuns, chinaRuns;
    for (double sigma : {dp.substitution.low, dp.substitution.high}) {
        std::vector<double> b, v;
        runOthers(in, sigma, dp.othersGrowth2025.value, b, v);
        othersRuns.push_back(v);
    }
    for (double rho : {dp.redirectionShare.low, dp.redirectionShare.high}) {
        std::vector<double> b, v;
        runChinaOthers(in, rho, dp.redirectionSpeed.value, dp.chinaOthersGrowth.value, b, v);
        chinaRuns.push_back(v);
    }

    const int offset = from.monthsSince(in.start);
    for (int i = 0; i < out.months; ++i) {
        const size_t k = static_cast<size_t>(offset + i);
        const YearMonth m = from.addMonths(i);

        MonthValues o;
        o.avgTariffPct = in.tauOthersPct[k];
        o.baselineUsdBn = ob[k];
        o.scenarioUsdBn = ov[k];
        o.lowUsdBn = o.highUsdBn = ov[k];
        for (const auto& run : othersRuns) {
            o.lowUsdBn = std::min(o.lowUsdBn, run[k]);
            o.highUsdBn = std::max(o.highUsdBn, run[k]);
        }
        if (const auto it = d.othersObservedUsdBn.find(m); it != d.othersObservedUsdBn.end())
            o.actualUsdBn = it->second;
        const double tau = in.tauOthersPct[k] / 100.0;
        const double tau0 = in.tauOthers0Pct / 100.0;
        o.revenueUsdBn = tau * ov[k];
        o.priceChangePct = in.passThrough * ((1.0 + tau) / (1.0 + tau0) - 1.0) * 100.0;
        o.deadweightUsdBn = 0.5 * (tau - tau0) * (ob[k] - ov[k]);
        out.usFromOthers.push_back(o);

        MonthValues c;
        c.baselineUsdBn = cb[k];
        c.scenarioUsdBn = cv[k];
        c.lowUsdBn = c.highUsdBn = cv[k];
        for (const auto& run : chinaRuns) {
            c.lowUsdBn = std::min(c.lowUsdBn, run[k]);
            c.highUsdBn = std::max(c.highUsdBn, run[k]);
        }
        out.chinaToOthers.push_back(c);

        MonthValues r;
        r.scenarioUsdBn = reroutedAt(in, k, dp.reroutingShare.value, dp.enforcementEffect.value, ob[k], ov[k]);
        r.lowUsdBn = r.highUsdBn = r.scenarioUsdBn;
        for (const auto& run : othersRuns) {
            r.lowUsdBn = std::min({r.lowUsdBn, reroutedAt(in, k, dp.reroutingShare.low, dp.enforcementEffect.high, ob[k], run[k]),
                                   reroutedAt(in, k, dp.reroutingShare.low, dp.enforcementEffect.high, ob[k], ov[k])});
            r.highUsdBn = std::max({r.highUsdBn, reroutedAt(in, k, dp.reroutingShare.high, dp.enforcementEffect.low, ob[k], run[k]),
                                    reroutedAt(in, k, dp.reroutingShare.high, dp.enforcementEffect.low, ob[k], ov[k])});
        }
        out.rerouted.push_back(r);
    }
    return out;
}

DiversionTotals diversionTotals(const Diversion& d, YearMonth first, YearMonth last)
{
    DiversionTotals t;
    for (int i = 0; i < d.months; ++i) {
        const YearMonth m = d.first.addMonths(i);
        if (m < first || last < m)
            continue;
        const size_t k = static_cast<size_t>(i);
        t.chinaToOthersBaselineUsdBn += d.chinaToOthers[k].baselineUsdBn;
        t.chinaToOthersScenarioUsdBn += d.chinaToOthers[k].scenarioUsdBn;
        t.usFromOthersBaselineUsdBn += d.usFromOthers[k].baselineUsdBn;
        t.usFromOthersScenarioUsdBn += d.usFromOthers[k].scenarioUsdBn;
        t.reroutedUsdBn += d.rerouted[k].scenarioUsdBn;
        t.reroutedLowUsdBn += d.rerouted[k].lowUsdBn;
        t.reroutedHighUsdBn += d.rerouted[k].highUsdBn;
    }
    return t;
}

std::vector<DiversionFitRow> calibrateDiversion(const Dataset& ds, const DiversionData& d,
                                                const TariffSchedule& schedule, const ModelParameters& params,
                                                const DiversionParameters& dp)
{
    // The observations reach to the end of the base year after next at most.
    const YearMonth t0 = YearMonth::of(params.referenceDate);
    YearMonth last = t0;
    for (const auto& [m, v] : d.othersObservedUsdBn)
        last = std::max(last, m);
    for (const auto& o : d.observations)
        if (o.series == "china_to_others")
            last = std::max(last, o.last);
    const Inputs in = prepare(ds, d, schedule, params, t0, last);

    std::vector<DiversionFitRow> rows;
    const auto addRow = [&](const char* series, const char* fit, const char* parameter, std::vector<double> values,
                            const Fit& f) {
        rows.push_back({series, fit, parameter, std::move(values), f.n, f.rmse, f.mape, f.meanError});
    };

    // sigma and g_O: a grid over sigma's range and g in [-0.3, 0.6], refined twice
    // around the best point.
    std::vector<double> b, v;
    runOthers(in, dp.substitution.value, dp.othersGrowth2025.value, b, v);
    addRow("us_from_others", "default", "sigma;g_O", {dp.substitution.value, dp.othersGrowth2025.value},
           fitOf(othersPairs(d, in, v)));
    double sLo = dp.substitution.low, sHi = dp.substitution.high, gLo = -0.3, gHi = 0.6;
    double bestS = dp.substitution.value, bestG = dp.othersGrowth2025.value, bestSse = HUGE_VAL;
    for (int pass = 0; pass < 3; ++pass) {
        const int n = 40;
        for (int i = 0; i <= n; ++i) {
            for (int j = 0; j <= n; ++j) {
                const double sigma = sLo + (sHi - sLo) * i / n;
                const double g = gLo + (gHi - gLo) * j / n;
                runOthers(in, sigma, g, b, v);
                const Fit f = fitOf(othersPairs(d, in, v));
                if (f.n > 0 && f.sse < bestSse) {
                    bestSse = f.sse;
                    bestS = sigma;
                    bestG = g;
                }
            }
        }
        const double dSigma = (sHi - sLo) / 10, dg = (gHi - gLo) / 10;
        sLo = std::max(dp.substitution.low, bestS - dSigma);
        sHi = std::min(dp.substitution.high, bestS + dSigma);
        gLo = bestG - dg;
        gHi = bestG + dg;
    }
    runOthers(in, bestS, bestG, b, v);
    addRow("us_from_others", "fitted", "sigma;g_O", {bestS, bestG}, fitOf(othersPairs(d, in, v)));

    // rho: the model is linear in rho, V = B + rho * R1 (R1: the redirected sales
    // at rho = 1), so the least-squares rho on the periods' sums is closed-form.
    std::vector<double> cb, cv;
    runChinaOthers(in, dp.redirectionShare.value, dp.redirectionSpeed.value, dp.chinaOthersGrowth.value, cb, cv);
    addRow("china_to_others", "default", "rho", {dp.redirectionShare.value}, fitOf(chinaOthersPairs(d, in, cv)));
    std::vector<double> zb, zv, ub, uv;
    runChinaOthers(in, 0.0, dp.redirectionSpeed.value, dp.chinaOthersGrowth.value, zb, zv);
    runChinaOthers(in, 1.0, dp.redirectionSpeed.value, dp.chinaOthersGrowth.value, ub, uv);
    const auto base = chinaOthersPairs(d, in, zv);
    const auto unit = chinaOthersPairs(d, in, uv);
    double num = 0, den = 0;
    for (size_t i = 0; i < base.size(); ++i) {
        const double r1 = unit[i].first - base[i].first;
        num += (base[i].second - base[i].first) * r1;
        den += r1 * r1;
    }
    const double rho = den > 0 ? std::clamp(num / den, 0.0, 1.0) : 0.0;
    runChinaOthers(in, rho, dp.redirectionSpeed.value, dp.chinaOthersGrowth.value, cb, cv);
    addRow("china_to_others", "fitted", "rho", {rho}, fitOf(chinaOthersPairs(d, in, cv)));
    return rows;
}

std::string diversionFitCsv(const std::vector<DiversionFitRow>& rows)
{
    std::ostringstream out;
    out << "series,fit,parameter,value,observations,rmse_usd_bn,mape_pct,mean_error_pct\n";
    for (const auto& r : rows) {
        std::string values;
        for (double v : r.values)
            values += (values.empty() ? "" : ";") + formatFixed(v, 4);
        out << r.series << ',' << r.fit << ',' << r.parameter << ',' << values << ',' << r.observations << ','
            << formatFixed(r.rmseUsdBn, 4) << ',' << formatFixed(r.mapePct, 2) << ',' << formatFixed(r.meanErrorPct, 2)
            << '\n';
    }
    return out.str();
}

} // namespace tariffsim::core
