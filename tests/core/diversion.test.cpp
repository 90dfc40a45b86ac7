// Where the trade went: the nested response of US imports from China and the
// other suppliers, China's redirected exports and rerouting, worked by hand on
// tiny datasets; then the shipped partner tariffs.

#include "support/testsupport.h"

#include "core/diversion.h"
#include "core/projection.h"

#include <cmath>

using namespace tariffsim;
using namespace tariffsim::core;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using test::day;

namespace {

using test::oneSector;

// Parameters with no range: eps 1.5, lambda 1, no front-loading.
ModelParameters handParameters() { return test::handParameters(1.0); }

// One partner "P" with US imports of 30 a month in 2024 (360 a year) beside
// China's 120: China's share s = 120 / 480 = 0.25. Its tariff is 10% from 2020
// and `stepPct` from 2025-03-01. China's exports to others: 1200 in 2024 (100 a month).
DiversionData onePartner(double stepPct)
{
    DiversionData d;
    d.partners = {"P"};
    d.partnerBaseUsdBn["P"] = 360.0;
    d.othersBaseMonthsUsdBn.fill(30.0);
    d.chinaBaseUsdBn = 120.0;
    PartnerLayer a;
    a.partner = "P";
    a.layer = "L";
    a.from = day("2020-01-01");
    a.to = day("2025-03-01");
    a.ratePct = 10.0;
    PartnerLayer b = a;
    b.from = day("2025-03-01");
    b.to.reset();
    b.ratePct = stepPct;
    d.layers = {a, b};
    d.observations.push_back({"china_to_others", {2024, 1}, {2024, 12}, "GACC", 1200.0, {}});
    return d;
}

DiversionParameters handDiversion(double sigma)
{
    DiversionParameters p;
    p.substitution = {sigma, sigma, sigma, "test"};
    p.othersGrowth2025 = {0.0, 0.0, 0.0, "test"};
    p.redirectionShare = {1.0, 1.0, 1.0, "test"};
    p.redirectionSpeed = {1.0, 1.0, 1.0, "test"};
    p.chinaOthersGrowth = {0.0, 0.0, 0.0, "test"};
    p.reroutingShare = {0.2, 0.2, 0.2, "test"};
    p.enforcementEffect = {0.0, 0.0, 0.0, "test"};
    return p;
}

const MonthValues& at(const std::vector<MonthValues>& rows, YearMonth first, YearMonth m)
{
    return rows[static_cast<size_t>(m.monthsSince(first))];
}

} // namespace

TEST_CASE("Nested response of US imports from China and the others", "[diversion]")
{
    SECTION("a tariff rise on China with the others' tariff unchanged shifts the shares by sigma")
    {
        // s = 0.25, sigma = 3, eta = 1; China 10% -> 32%, others unchanged:
        //   pC = ln(1.32 / 1.10) = ln 1.2 = 0.182322, pO = 0
        //   z  = -3 * 0.182322 = -0.546965: the China/others ratio falls to e^z = 1.2^-3 = 0.578704
        //   sC = 0.25 * 0.578704 / (0.25 * 0.578704 + 0.75) = 0.161708
        //   y  = -1 * 0.25 * 0.182322 = -0.045580
        //   xChina  = y + ln(0.161708 / 0.25) = -0.481251
        //   xOthers = y + ln(0.838292 / 0.75) = +0.065713
        const double pC = std::log(1.32 / 1.10);
        const CesResponse r = cesTarget(0.25, 3.0, 1.0, pC, 0.0);
        CHECK_THAT(r.xChina, WithinAbs(-0.481251, 1e-6));
        CHECK_THAT(r.xOthers, WithinAbs(0.065713, 1e-6));
        CHECK_THAT(std::exp(r.xChina - r.xOthers), WithinRel(1.0 / 1.728, 1e-12));
    }
    SECTION("no change in relative tariffs: no diversion, both fall by eta times the price change")
    {
        // pC = pO = 0.1: z = 0, shares unchanged; y = -1.2 * 0.1 = -0.12 for both
        const CesResponse r = cesTarget(0.3, 4.0, 1.2, 0.1, 0.1);
        CHECK_THAT(r.xChina, WithinAbs(-0.12, 1e-12));
        CHECK_THAT(r.xOthers, WithinAbs(-0.12, 1e-12));
    }
    SECTION("eta = 0: the volume of China and the others together is conserved at base prices")
    {
        // s e^xC + (1 - s) e^xO = sC + (1 - sC) = 1 for any price change
        for (double pC : {0.05, 0.3, 1.2}) {
            const CesResponse r = cesTarget(0.2925, 3.1, 0.0, pC, 0.04);
            CHECK_THAT(0.2925 * std::exp(r.xChina) + 0.7075 * std::exp(r.xOthers), WithinAbs(1.0, 1e-12));
        }
    }
    SECTION("eta keeps the nested own-price response equal to the bilateral elasticity")
    {
        // eps = s eta + (1 - s) sigma: eps 2.2, sigma 2.5, s 0.25 -> eta = (2.2 - 1.875) / 0.25 = 1.3
        CHECK_THAT(importPriceElasticity(2.2, 2.5, 0.25), WithinAbs(1.3, 1e-12));
        // sigma = eps: eta = eps, the others gain nothing
        CHECK_THAT(importPriceElasticity(2.2, 2.2, 0.25), WithinAbs(2.2, 1e-12));
    }
}

TEST_CASE("Diversion projection on a one-partner dataset", "[diversion]")
{
    const YearMonth from{2024, 1}, to{2026, 12};
    const ModelParameters params = handParameters();

    SECTION("China 10% -> 35%, the partner held at 10%: the partner gains, China redirects its lost sales")
    {
        // s = 0.25, eps = 1.5, sigma = 2 -> eta = (1.5 - 0.75 * 2) / 0.25 = 0; lambda = 1.
        // March 2025: pC = ln(1.35 / 1.10) = 0.204794, z = -0.409589, e^z = 0.663923
        //   sC = 0.25 * 0.663923 / (0.165981 + 0.75) = 0.181206
        //   others: 30 * (1 - 0.181206) / 0.75 = 32.75178
        //   rerouted: 0.2 * (32.75178 - 30) = 0.550356
        // China's exports to the US (bilateral): 10 * exp(-1.5 * 0.204794) = 7.355097, lost 2.644903;
        // rho = mu = 1: exports to others 100 + 2.644903.
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        const DiversionData data = onePartner(10.0);
        const Diversion d = projectDiversion(ds, data, s, params, handDiversion(2.0), from, to);
        CHECK_THAT(d.chinaShare, WithinAbs(0.25, 1e-12));
        CHECK_THAT(d.importPriceElasticity, WithinAbs(0.0, 1e-12));
        const YearMonth march{2025, 3};
        CHECK_THAT(at(d.usFromOthers, from, march).baselineUsdBn, WithinAbs(30.0, 1e-12));
        CHECK_THAT(at(d.usFromOthers, from, march).scenarioUsdBn, WithinRel(32.75178, 1e-6));
        CHECK_THAT(at(d.usFromOthers, from, march).avgTariffPct, WithinAbs(10.0, 1e-12));
        CHECK_THAT(at(d.rerouted, from, march).scenarioUsdBn, WithinRel(0.550356, 1e-5));
        CHECK_THAT(at(d.chinaToOthers, from, march).scenarioUsdBn, WithinRel(102.644903, 1e-7));
        // February: no tariff change yet, nothing moves
        CHECK_THAT(at(d.usFromOthers, from, {2025, 2}).scenarioUsdBn, WithinAbs(30.0, 1e-12));
        CHECK_THAT(at(d.rerouted, from, {2025, 2}).scenarioUsdBn, WithinAbs(0.0, 1e-12));
    }
    SECTION("rho = 1 and mu = 1: China's total exports are conserved every month")
    {
        // exports to others gain exactly what exports to the US lose
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        const Diversion d = projectDiversion(ds, onePartner(10.0), s, params, handDiversion(2.0), from, to);
        ProjectionOptions options;
        options.bands = false;
        const Projection p = project(ds, s, params, from, to, options);
        for (int k = 0; k < d.months; ++k) {
            const auto& us = p.total(Flow::ChinaToUs)[static_cast<size_t>(k)];
            const auto& others = d.chinaToOthers[static_cast<size_t>(k)];
            CHECK_THAT(us.scenarioUsdBn + others.scenarioUsdBn, WithinRel(us.baselineUsdBn + others.baselineUsdBn, 1e-12));
        }
    }
    SECTION("the same rise on China and on the partner: no diversion and no rerouting")
    {
        // Both 10% -> 35%: pC = pO = 0.204794, z = 0. sigma = eps = 1.5 gives eta = 1.5, so the partner
        // falls by the same exp(-1.5 * 0.204794) = 0.735510 as China: 22.06529 of 30, shares unchanged.
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        const Diversion d = projectDiversion(ds, onePartner(35.0), s, params, handDiversion(1.5), from, to);
        const YearMonth march{2025, 3};
        CHECK_THAT(at(d.usFromOthers, from, march).avgTariffPct, WithinAbs(35.0, 1e-12));
        CHECK_THAT(at(d.usFromOthers, from, march).scenarioUsdBn, WithinRel(22.06529, 1e-6));
        for (const auto& r : d.rerouted)
            CHECK(r.scenarioUsdBn == 0.0);
        ProjectionOptions options;
        options.bands = false;
        const Projection p = project(ds, s, params, from, to, options);
        const auto& china = p.total(Flow::ChinaToUs)[static_cast<size_t>(march.monthsSince(from))];
        CHECK_THAT(at(d.usFromOthers, from, march).scenarioUsdBn / 30.0,
                   WithinRel(china.scenarioUsdBn / china.baselineUsdBn, 1e-9));
    }
    SECTION("no tariff change anywhere: every flow stays on its baseline")
    {
        const Dataset ds = oneSector(10.0);
        const TariffSchedule s(ds, Scenario{});
        const Diversion d = projectDiversion(ds, onePartner(10.0), s, params, handDiversion(2.0), from, to);
        for (int k = 0; k < d.months; ++k) {
            CHECK(d.usFromOthers[static_cast<size_t>(k)].scenarioUsdBn == d.usFromOthers[static_cast<size_t>(k)].baselineUsdBn);
            CHECK(d.chinaToOthers[static_cast<size_t>(k)].scenarioUsdBn == d.chinaToOthers[static_cast<size_t>(k)].baselineUsdBn);
            CHECK(d.rerouted[static_cast<size_t>(k)].scenarioUsdBn == 0.0);
        }
    }
    SECTION("the transshipment penalty deters the share e of rerouting in the months it is in force")
    {
        // Penalty in force from 2025-03-01: March rerouting 0.2 * (1 - 0.5) * 2.75178 = 0.275178
        const Dataset ds = oneSector(35.0);
        const TariffSchedule s(ds, Scenario{});
        DiversionData data = onePartner(10.0);
        PartnerLayer pen;
        pen.partner = "transshipped goods";
        pen.from = day("2025-03-01");
        pen.ratePct = 40.0;
        data.transshipmentPenalty = pen;
        DiversionParameters dp = handDiversion(2.0);
        dp.enforcementEffect = {0.5, 0.0, 1.0, "test"};
        const Diversion d = projectDiversion(ds, data, s, params, dp, from, to);
        const auto& r = at(d.rerouted, from, {2025, 3});
        CHECK_THAT(r.scenarioUsdBn, WithinRel(0.275178, 1e-5));
        // band: e = 1 deters all, e = 0 none (theta has no range here)
        CHECK_THAT(r.lowUsdBn, WithinAbs(0.0, 1e-12));
        CHECK_THAT(r.highUsdBn, WithinRel(0.550356, 1e-5));
    }
}

TEST_CASE("Shipped diversion data", "[diversion]")
{
    const DiversionData data = loadDiversionData(readDiversionDirectory(TARIFFSIM_DATA_DIR));
    const TariffSchedule schedule(test::dataset(), test::preset("as-enacted"));

    SECTION("the partners and China's share of 2024 US imports from them")
    {
        // Mexico, Vietnam, Taiwan, Thailand, India, Malaysia, Indonesia, Cambodia, Philippines,
        // Singapore, Laos, Myanmar, Brunei; China 438.72 against 1061.24: s = 0.292488
        CHECK(data.partners.size() == 13);
        CHECK_THAT(data.chinaShare(), WithinAbs(438.72 / (438.72 + 1061.24), 1e-9));
        // January 2025, the thirteen partners: 41.68 + 12.99 + 11.07 + 5.63 + 8.15 + 4.66 + 2.64
        // + 1.03 + 1.16 + 4.37 + 0.09 + 0.05 + 0.00 = 93.52
        CHECK_THAT(data.othersObservedUsdBn.at({2025, 1}), WithinAbs(93.52, 1e-9));
        CHECK(data.othersObservedUsdBn.count({2025, 11}) == 0);
        REQUIRE(data.transshipmentPenalty);
        CHECK(data.transshipmentPenalty->ratePct == 40.0);
    }
    SECTION("partner tariffs by hand")
    {
        // Mexico: 25% on all goods 4-6 Mar 2025, then on the 51.1% not claimed under USMCA: 12.775
        CHECK_THAT(partnerRatePct(data, schedule, "Mexico", day("2025-03-05")), WithinAbs(25.0, 1e-12));
        CHECK_THAT(partnerRatePct(data, schedule, "Mexico", day("2025-06-01")), WithinAbs(12.775, 1e-12));
        CHECK(partnerRatePct(data, schedule, "Vietnam", day("2024-06-01")) == 0.0);
        // The reciprocal layers share one coverage (China's on 2025-08-15): Vietnam 10 -> 20 doubles,
        // India 10 -> 50 (Annex I 25 plus 25) is five times, Singapore stays at 10.
        const double vn = partnerRatePct(data, schedule, "Vietnam", day("2025-06-01"));
        CHECK(vn > 0.0);
        CHECK(vn <= 10.0);
        CHECK_THAT(partnerRatePct(data, schedule, "Vietnam", day("2025-09-01")), WithinRel(2.0 * vn, 1e-12));
        CHECK_THAT(partnerRatePct(data, schedule, "India", day("2025-09-01")), WithinRel(5.0 * vn, 1e-12));
        CHECK_THAT(partnerRatePct(data, schedule, "Singapore", day("2025-09-01")), WithinRel(vn, 1e-12));
        // after the IEEPA duties end (24 Feb 2026) only Section 122 is left
        CHECK(partnerRatePct(data, schedule, "Vietnam", day("2026-03-01")) > 0.0);
        CHECK(partnerRatePct(data, schedule, "Vietnam", day("2026-03-01")) <= 10.0);
    }
    SECTION("a malformed row names its file, line and column")
    {
        DataFiles files = readDiversionDirectory(TARIFFSIM_DATA_DIR);
        files["partner_tariffs.csv"] += "Vietnam,X,2025-01-01,,10,1.5,,,enacted,,law,,,\n";
        CHECK_THROWS_WITH(loadDiversionData(files), Contains("partner_tariffs.csv line") && Contains("charged_share"));
        files = readDiversionDirectory(TARIFFSIM_DATA_DIR);
        files["partner_tariffs.csv"] += "Atlantis,X,2025-01-01,,10,1,,,enacted,,law,,,\n";
        CHECK_THROWS_WITH(loadDiversionData(files), Contains("Atlantis"));
        files = readDiversionDirectory(TARIFFSIM_DATA_DIR);
        files["diversion_trade.csv"] += "china_to_others,2025-13,5,GACC,stated,,statistics,,,\n";
        CHECK_THROWS_WITH(loadDiversionData(files), Contains("diversion_trade.csv line") && Contains("period"));
    }
}

TEST_CASE("A scenario's US tariff on one of the other suppliers", "[diversion][scenario]")
{
    const DiversionData data = loadDiversionData(readDiversionDirectory(TARIFFSIM_DATA_DIR));
    Scenario enacted = test::preset("as-enacted");
    const TariffSchedule recorded(test::dataset(), enacted);
    Scenario edited = enacted;
    edited.partnerRates = {{"Vietnam", day("2027-01-01"), 40.0}, {"Mexico", day("2026-03-01"), 40.0}};
    const TariffSchedule schedule(test::dataset(), edited);

    // Vietnam: 40% on all its goods from 1 Jan 2027; the day before, its recorded
    // forced-labour rate (12.5% on the goods that duty covers on China's side).
    CHECK(partnerRatePct(data, schedule, "Vietnam", day("2027-01-01")) == 40.0);
    CHECK(partnerRatePct(data, schedule, "Vietnam", day("2026-12-31"))
          == partnerRatePct(data, recorded, "Vietnam", day("2026-12-31")));
    CHECK(partnerRatePct(data, recorded, "Vietnam", day("2027-01-01")) < 12.5);
    // Mexico from 1 Mar 2026, while the Section 122 surcharge spared its USMCA
    // goods: on the 51.1% not claimed under USMCA, as that layer, 40 * 0.511 =
    // 20.44 on average, and on to the horizon (the rate replaces the later layers).
    CHECK_THAT(partnerRatePct(data, schedule, "Mexico", day("2026-03-01")), WithinAbs(20.44, 1e-9));
    CHECK_THAT(partnerRatePct(data, schedule, "Mexico", day("2027-01-01")), WithinAbs(20.44, 1e-9));
    // Others are untouched.
    CHECK(partnerRatePct(data, schedule, "India", day("2027-06-01")) == partnerRatePct(data, recorded, "India", day("2027-06-01")));

    // Dearer goods from the others: less of the shift from China to them. US
    // imports from the others fall against the recorded rates in 2027, and
    // imports from China fall less (they gain back share).
    const Projection base = project(test::dataset(), recorded, defaultParameters(test::dataset()), {2025, 1}, {2028, 12});
    const Projection withRate = project(test::dataset(), schedule, defaultParameters(test::dataset()), {2025, 1}, {2028, 12});
    const DiversionParameters dp = defaultDiversionParameters(data, defaultParameters(test::dataset()));
    const Diversion a = projectDiversion(test::dataset(), data, recorded, defaultParameters(test::dataset()), dp, {2025, 1},
                                         {2028, 12}, &base);
    const Diversion b = projectDiversion(test::dataset(), data, schedule, defaultParameters(test::dataset()), dp, {2025, 1},
                                         {2028, 12}, &withRate);
    const size_t june2027 = static_cast<size_t>(YearMonth{2027, 6}.monthsSince({2025, 1}));
    CHECK(b.usFromOthers[june2027].scenarioUsdBn < a.usFromOthers[june2027].scenarioUsdBn);
    // Before the rates (Mexico's from March 2026), the two agree.
    const size_t jan2026 = static_cast<size_t>(YearMonth{2026, 1}.monthsSince({2025, 1}));
    CHECK_THAT(b.usFromOthers[jan2026].scenarioUsdBn, WithinAbs(a.usFromOthers[jan2026].scenarioUsdBn, 1e-9));
}
