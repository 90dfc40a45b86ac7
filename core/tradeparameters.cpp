// Default model parameters, each with the source it comes from. Numbers are read
// from elasticities.csv and rare_earth_magnets_2025.csv; the fallbacks below are
// the same figures, used only when a dataset lacks those rows (synthetic test and
// benchmark datasets). docs/model.md explains every choice.

#include "projection.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace tariffsim::core {

namespace {

struct Cited {
    double value;
    std::string cite; // "paper (url)"
};

std::string fmt(double v, int decimals = 3)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// A number from an elasticities.csv row (value, low or high), with its citation.
Cited literature(const Dataset& ds, std::string_view prefix, std::optional<double> LiteratureEstimate::*field,
                 double fallback, std::string_view fallbackCite)
{
    const LiteratureEstimate* e = ds.estimate(prefix);
    if (e && (e->*field))
        return {*(e->*field), e->paper + " (" + e->source + ")"};
    return {fallback, std::string(fallbackCite)};
}

constexpr std::string_view kBlp = "trade_elasticity_long_run (7-10 years)";
constexpr std::string_view kBlpShort = "trade_elasticity_short_run (1 year";
constexpr std::string_view kTamberiLong = "trade_elasticity_long_run (2018 US trade war";
constexpr std::string_view kTamberiShort = "trade_elasticity_short_run (2018 US trade war";
constexpr std::string_view kPassThrough = "tariff_passthrough_to_duty_inclusive_import_price";
constexpr std::string_view kBlpCite = "Boehm, Levchenko & Pandalai-Nayar, CEPR DP14645 (https://new.cepr.org/publications/dp14645)";
constexpr std::string_view kTamberiCite = "Tamberi (2025) CITP Working Paper 027 (https://citp.ac.uk/publications/the-dynamics-of-the-trade-elasticity-evidence-from-the-2018-us-trade-war)";
constexpr std::string_view kFgkkCite = "Fajgelbaum, Goldberg, Kennedy & Khandelwal (2020 QJE) (https://nber.org/papers/25638)";

// Tamberi: the elasticity "stabilises within ~15 months" (the row's label).
constexpr double kTamberiMonths = 15.0;
// Read "stabilises" as 95% of the long-run response reached.
constexpr double kStabilisedShare = 0.95;

FlowParameters flowDefaults(const Dataset& ds)
{
    FlowParameters fp;
    const Cited mid = literature(ds, kBlp, &LiteratureEstimate::value, 2.0, kBlpCite);
    const Cited low = literature(ds, kBlp, &LiteratureEstimate::low, 1.75, kBlpCite);
    const Cited high = literature(ds, kTamberiLong, &LiteratureEstimate::value, 3.7, kTamberiCite);
    fp.elasticity.value = mid.value;
    fp.elasticity.low = low.value;
    fp.elasticity.high = high.value;
    fp.elasticity.source = "Long-run trade elasticity (elasticities.csv). Default " + fmt(mid.value, 2)
        + ", midpoint of the long-run (7-10 years) range, and low " + fmt(low.value, 2) + ": " + mid.cite
        + ". High " + fmt(high.value, 2) + ", long run in the 2018 US-China trade war: " + high.cite + ".";

    // lambda is the monthly share of the gap to the long-run target that closes.
    const Cited blpShort = literature(ds, kBlpShort, &LiteratureEstimate::value, 0.76, kBlpCite);
    const Cited tShort = literature(ds, kTamberiShort, &LiteratureEstimate::value, 1.4, kTamberiCite);
    const Cited tLong = literature(ds, kTamberiLong, &LiteratureEstimate::value, 3.7, kTamberiCite);
    fp.adjustmentSpeed.value = 1.0 - std::pow(1.0 - kStabilisedShare, 1.0 / kTamberiMonths);
    fp.adjustmentSpeed.low = 1.0 - std::pow(1.0 - blpShort.value / mid.value, 1.0 / 12.0);
    fp.adjustmentSpeed.high = tShort.value / tLong.value;
    fp.adjustmentSpeed.source = "Monthly partial-adjustment speed (elasticities.csv). Default "
        + fmt(fp.adjustmentSpeed.value) + ": 95% of the long-run response within 15 months, where the trade-war "
        "elasticity stabilises: " + tLong.cite + ". Low " + fmt(fp.adjustmentSpeed.low) + ": the 1-year elasticity "
        + fmt(blpShort.value, 2) + " is " + fmt(100 * blpShort.value / mid.value, 0)
        + "% of the long-run " + fmt(mid.value, 2) + " after 12 months: " + blpShort.cite + ". High "
        + fmt(fp.adjustmentSpeed.high) + ": short-run " + fmt(tShort.value, 2) + " / long-run "
        + fmt(tLong.value, 2) + " read as the first month's share (MODEL.md: short-run elasticity = lambda * eps): "
        + tShort.cite + ".";
    return fp;
}

// kappa: the change of one flow from the year before the reference date to its
// year, in logs, as China customs recorded it over the same as US statistics
// recorded it. Both agencies count the same goods; their records part when
// duties rise (customs values declared on entry to the US, goods sold from
// bonded stock or shipped before and entered after, small parcels), so the
// literature's elasticities, estimated on US records, overstate the fall that
// China's records show.
Parameter customsResponse(const Dataset& ds, Flow flow, int year)
{
    Parameter k{1.0, 1.0, 1.0, "No annual totals on both bases: 1 (the same response on both records)."};
    const AnnualTotal* g0 = ds.annualTotal(flow, year - 1, "GACC");
    const AnnualTotal* g1 = ds.annualTotal(flow, year, "GACC");
    const AnnualTotal* c0 = ds.annualTotal(flow, year - 1, "USCensus");
    const AnnualTotal* c1 = ds.annualTotal(flow, year, "USCensus");
    if (!g0 || !g1 || !c0 || !c1 || g0->valueUsdBn <= 0 || g1->valueUsdBn <= 0 || c0->valueUsdBn <= 0
        || c1->valueUsdBn <= 0)
        return k;
    const double lg = std::log(g1->valueUsdBn / g0->valueUsdBn);
    const double lc = std::log(c1->valueUsdBn / c0->valueUsdBn);
    if (!(lc < -0.02) || !(lg < 0.0)) // no fall on the US record to compare with
        return k;
    k.value = std::clamp(lg / lc, 0.05, 1.5);
    k.low = k.high = k.value;
    const std::string y0 = std::to_string(year - 1), y1 = std::to_string(year);
    k.source = "Derived from official statistics (trade_annual.csv), not fitted: China customs recorded " + fmt(g0->valueUsdBn, 1)
        + " then " + fmt(g1->valueUsdBn, 1) + " USD bn in " + y0 + " and " + y1 + " (" + fmt(100 * std::expm1(lg), 1)
        + "%), US statistics " + fmt(c0->valueUsdBn, 1) + " then " + fmt(c1->valueUsdBn, 1) + " (" + fmt(100 * std::expm1(lc), 1)
        + "%); ln ratio " + fmt(lg, 4) + " / " + fmt(lc, 4) + " = " + fmt(k.value)
        + ". The elasticities are estimated on US records; China's record of the same flow moved by this share of "
          "their response. Used only on the China-customs basis; no range (one year of both records).";
    return k;
}

} // namespace

ModelParameters defaultParameters(const Dataset& ds, bool calibrated)
{
    ModelParameters p;
    p.flows[0] = flowDefaults(ds);
    p.flows[1] = p.flows[0];
    // No China-side estimates exist in the data (unverified.csv): US exports to
    // China use the same trade-elasticity literature.
    p.flows[1].elasticity.source += " Applied to China's imports from the US as well: the data hold no China-side estimate.";

    const Cited pass = literature(ds, kPassThrough, &LiteratureEstimate::value, 1.0, kFgkkCite);
    p.passThrough = {pass.value, pass.value, pass.value,
                     "Complete pass-through of tariffs to duty-inclusive import prices (elasticities.csv): " + pass.cite
                         + "; also Amiti, Redding & Weinstein (2019). No range is reported."};

    p.frontLoadingShare = {0.5, 0.2, 0.8,
                           "Assumption (no estimate in the data). December 2024 exports to the US ran 15% above a year "
                           "earlier (trade_monthly_supplementary.csv) against about 3% for 2024 as a whole "
                           "(trade_annual.csv, US Census), ahead of announced duties: about 0.12 of a month pulled "
                           "forward. Against the expected long-run reduction of a 10-point rise (0.15 at eps 2) that is "
                           "phi = 0.8; against the threatened 60 points (0.56) phi = 0.2. Default: the middle, 0.5."};
    p.frontLoadingMonths = 3;
    p.trendGrowthPerYear = 0.0;
    p.referenceDate = *Date::fromYmd(2025, 1, 20);
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        FlowParameters& fp = p.flow(f);
        fp.chinaCustomsResponse = customsResponse(ds, f, p.referenceDate.year());
        // The response fitted to the observed months replaces the literature's
        // default when it lies inside the literature's range; the range stays.
        for (const auto& c : ds.calibration) {
            if (!calibrated || c.flow != f)
                continue;
            const std::string fitted = "Fitted to " + std::to_string(c.observations) + " " + c.reporter
                + " observations of " + c.first.toString() + " to " + c.last.toString()
                + " (calibration.csv, tariffsim-cli calibrate; log RMSE " + fmt(c.rmseLog, 4) + ")";
            if (c.elasticity >= fp.elasticity.low && c.elasticity <= fp.elasticity.high) {
                fp.elasticity.source = fitted + ": " + fmt(c.elasticity, 3) + ", inside the literature's range. "
                    + fp.elasticity.source + " Literature default " + fmt(fp.elasticity.value, 2) + ".";
                fp.elasticity.value = c.elasticity;
            }
            if (c.adjustmentSpeed >= fp.adjustmentSpeed.low && c.adjustmentSpeed <= fp.adjustmentSpeed.high) {
                fp.adjustmentSpeed.source = fitted + ": " + fmt(c.adjustmentSpeed) + ", inside the literature's range. "
                    + fp.adjustmentSpeed.source + " Literature default " + fmt(fp.adjustmentSpeed.value) + ".";
                fp.adjustmentSpeed.value = c.adjustmentSpeed;
            }
            break;
        }
    }

    // Rare earths. Pre-control level: the H1 2025 US tonnage and its year-on-year
    // change give the H1 2024 monthly level; single months with a y/y change give
    // the range of 2024 monthly levels.
    Parameter level{0.0, 0.0, 0.0, "No rare-earth data in the dataset."};
    std::vector<double> monthly;
    for (const auto& e : ds.rareEarthMagnets) {
        if (e.destination != "United States" || !e.yoyPct)
            continue;
        const double months = e.last.monthsSince(e.first) + 1;
        const double prior = e.tonnes / (1.0 + *e.yoyPct / 100.0) / months;
        if (!e.singleMonth() && level.value == 0.0) {
            level.value = prior;
            level.source = "Derived: " + fmt(e.tonnes, 0) + " t to the US in " + e.first.toString() + ".."
                + e.last.toString() + " at " + fmt(*e.yoyPct, 1) + "% y/y gives " + fmt(prior, 1)
                + " t a month a year earlier, before licensing (" + e.provenance.source + ").";
        }
        if (e.singleMonth())
            monthly.push_back(prior);
    }
    if (level.value > 0.0) {
        monthly.push_back(level.value);
        level.low = *std::min_element(monthly.begin(), monthly.end());
        level.high = *std::max_element(monthly.begin(), monthly.end());
        level.source += " Range: the 2024 monthly levels implied by the single months' y/y changes, "
            + fmt(level.low, 0) + " to " + fmt(level.high, 0) + " t (rare_earth_magnets_2025.csv).";
    }
    p.rareEarthPreControlTonnes = level;

    p.rareEarthControlDate = *Date::fromYmd(2025, 4, 4);
    std::string controlSource = "2025-04-04";
    for (const auto& ev : ds.events) {
        std::string title = ev.title;
        std::transform(title.begin(), title.end(), title.begin(), [](unsigned char c) { return std::tolower(c); });
        if (ev.kind == "export_control" && title.find("rare earth") != std::string::npos) {
            p.rareEarthControlDate = ev.date;
            controlSource = ev.date.toString() + " (" + sourceLine(ev.provenance) + ")";
            break;
        }
    }

    // Approval share: observed US tonnage over the pre-control level, averaged over
    // the observed months under licensing; the range runs from the worst month to 1.
    Parameter approval{1.0, 1.0, 1.0, "No observed months under licensing: approval share 1."};
    if (level.value > 0.0) {
        double sum = 0.0, worst = 1.0;
        int n = 0;
        for (const auto& e : ds.rareEarthMagnets) {
            if (e.destination != "United States" || !e.singleMonth() || e.first.firstDay() < p.rareEarthControlDate)
                continue;
            const double r = e.tonnes / level.value;
            sum += r;
            worst = std::min(worst, r);
            ++n;
        }
        if (n > 0) {
            approval.value = std::min(1.0, sum / n);
            approval.low = std::min(worst, approval.value);
            approval.high = 1.0;
            approval.source = "Derived (an estimate, not a literature value): observed US tonnage over the pre-control "
                "level, mean of the " + std::to_string(n) + " observed months since licensing began on "
                + controlSource + " (rare_earth_magnets_2025.csv). Low: the worst month, " + fmt(approval.low, 3)
                + "; high: every licence approved, 1.";
        }
    }
    p.rareEarthApproval = approval;
    return p;
}

} // namespace tariffsim::core
