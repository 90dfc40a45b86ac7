// The legal layers of the shipped dataset (measures.json and its product lists) on
// a hand-made trade basket: every rate below is worked out by hand from the law's
// rates and the lists' shares, which the comments quote from resources/data/lists.
#include "support/testsupport.h"

#include "core/schedule.h"

#include <numeric>

using namespace tariffsim;
using namespace tariffsim::core;
using Catch::Matchers::WithinAbs;
using test::day;

namespace {

// US imports from China (one product per chapter, so one sector each):
//   870380 battery-electric cars  1   (ch.87)
//   940161 upholstered wooden seats 2 (ch.94)
//   850760 lithium-ion batteries  3   (ch.85)
//   841810 refrigerator-freezers  4   (ch.84)
// US exports to China:
//   020329 pork 1 (ch.02), 080212 almonds 1 (ch.08), 120190 soybeans 2 (ch.12)
const Dataset& basket()
{
    static const Dataset ds = test::basketDataset({
        {Flow::ChinaToUs, "870380", 1.0},
        {Flow::ChinaToUs, "940161", 2.0},
        {Flow::ChinaToUs, "850760", 3.0},
        {Flow::ChinaToUs, "841810", 4.0},
        {Flow::UsToChina, "020329", 1.0},
        {Flow::UsToChina, "080212", 1.0},
        {Flow::UsToChina, "120190", 2.0},
    });
    return ds;
}

} // namespace

TEST_CASE("US legal layers on a hand-made basket", "[schedule][legal]")
{
    const TariffSchedule s(basket(), test::preset("as-enacted"));
    const Direction us = Direction::UsOnChina;
    const size_t ev = test::sectorIndex(s, us, "87");
    const size_t seats = test::sectorIndex(s, us, "94");
    const size_t batteries = test::sectorIndex(s, us, "85");
    const size_t fridges = test::sectorIndex(s, us, "84");

    SECTION("a vehicle: List 1, then the review's 100%, then Section 232 autos, which the reciprocal duty yields to")
    {
        // 870380 sat on List 1 (25%) before the review (us_s301_prereview_25.csv, share 1): 3.1 + 25 = 28.1
        CHECK_THAT(s.sectorRatePct(us, ev, day("2024-06-01")), WithinAbs(28.1, 1e-9));
        // from 27 Sep 2024 the review's 100% replaces the list rate (List 1 yields to it): 3.1 + 100 = 103.1
        CHECK_THAT(s.sectorRatePct(us, ev, day("2024-10-01")), WithinAbs(103.1, 1e-9));
        // 12 Apr 2025: + autos 25 (from 3 Apr) + fentanyl 20; the reciprocal duty yields to autos: 148.1
        CHECK_THAT(s.sectorRatePct(us, ev, day("2025-04-12")), WithinAbs(148.1, 1e-9));
        // 1 Mar 2026: IEEPA ended; Section 122 yields to Section 232: 3.1 + 100 + 25 = 128.1
        CHECK_THAT(s.sectorRatePct(us, ev, day("2026-03-01")), WithinAbs(128.1, 1e-9));
        // 1 Aug 2026: the forced-labour action yields to the passenger-vehicle action: still 128.1
        CHECK_THAT(s.sectorRatePct(us, ev, day("2026-08-01")), WithinAbs(128.1, 1e-9));
    }
    SECTION("a wood product: List 3 on 8 of 9 lines, Section 232 on the upholstered statistical lines")
    {
        // 940161: List 3 share 0.888889 (2 2/3 of 3 HTS8 lines), wood 0.388889 (1 1/6 of 3).
        // 14 May 2025: 3.1 + 25 * 0.888889 + fentanyl 20 + reciprocal 10 = 3.1 + 22.222225 + 30 = 55.322225
        CHECK_THAT(s.sectorRatePct(us, seats, day("2025-05-14")), WithinAbs(55.322225, 1e-6));
        // 15 Oct 2025: + wood 25 * 0.388889 = 9.722225; the reciprocal duty yields to it on that share:
        // 10 * (1 - 0.388889) = 6.11111. 3.1 + 22.222225 + 9.722225 + 20 + 6.11111 = 61.15556
        CHECK_THAT(s.sectorRatePct(us, seats, day("2025-10-15")), WithinAbs(61.15556, 1e-5));
        // 1 Jan 2027 (scheduled rise to 30%): 3.1 + 22.222225 + 30 * 0.388889 (11.66667) + forced labour 12.5 = 49.48889
        CHECK_THAT(s.sectorRatePct(us, seats, day("2027-01-01")), WithinAbs(49.48889, 1e-5));
    }
    SECTION("an HS-6 review item: lithium-ion batteries, EV cells first and all cells from 2026")
    {
        // 850760: List 4A 7.5% before the review (prereview_4a); the review covers the EV line (share 0.5)
        // from 27 Sep 2024 and yields the list's share there: 3.1 + 7.5 * 0.5 + 25 * 0.5 = 19.35
        CHECK_THAT(s.sectorRatePct(us, batteries, day("2024-10-01")), WithinAbs(19.35, 1e-9));
        // 14 May 2025: + auto parts 25 * 0.5 (batteries for vehicles, estimate) + fentanyl 20
        // + reciprocal 10 * (1 - 0.5), as it yields to auto parts: 19.35 + 12.5 + 20 + 5 = 56.85
        CHECK_THAT(s.sectorRatePct(us, batteries, day("2025-05-14")), WithinAbs(56.85, 1e-9));
        // 1 Jan 2026: the review covers all of 8507.60, so List 4A no longer applies: 3.1 + 25 + 12.5
        // + fentanyl 10 (cut on 10 Nov 2025) + reciprocal 5 = 55.6
        CHECK_THAT(s.sectorRatePct(us, batteries, day("2026-01-01")), WithinAbs(55.6, 1e-9));
    }
    SECTION("a derivative on its metal content, then on its full value")
    {
        // 841810 refrigerators: appliances became steel derivatives on 23 Jun 2025, charged on their steel
        // and aluminium content, 0.10327 + 0.02348 = 0.12675 (lists/metal_content_shares.csv).
        // 1 Jul 2025: 3.1 + List 3 25 + fentanyl 20 + 50 * 0.12675 (6.3375) + reciprocal 10 * (1 - 0.12675)
        // (8.7325) = 63.17
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2025-07-01")), WithinAbs(63.17, 1e-9));
        // 1 Mar 2026: IEEPA ended; Section 122 on the non-metal value: 3.1 + 25 + 6.3375 + 8.7325 = 43.17
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2026-03-01")), WithinAbs(43.17, 1e-9));
        // 1 May 2026: Annex I-B of Proclamation 11021, 25% on the full value; Section 122 yields to it:
        // 3.1 + 25 + 25 = 53.1
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2026-05-01")), WithinAbs(53.1, 1e-9));
        // 1 Aug 2026: the forced-labour action yields to the metals actions: still 53.1
        CHECK_THAT(s.sectorRatePct(us, fridges, day("2026-08-01")), WithinAbs(53.1, 1e-9));
    }
    SECTION("the trade-weighted average of the basket")
    {
        // 14 May 2025: EV 148.1 (weight 1), seats 55.322225 (2), batteries 56.85 (3), fridges 3.1 + 25 + 20
        // + 10 = 58.1 (4; before the appliance derivatives). (148.1 + 110.64445 + 170.55 + 232.4) / 10 = 66.169445
        CHECK_THAT(s.averageRatePct(us, day("2025-05-14")), WithinAbs(66.169445, 1e-6));
        const auto parts = s.layerBreakdown(us, day("2025-05-14"));
        const double sum = std::accumulate(parts.begin(), parts.end(), 0.0,
                                           [](double a, const LayerShare& p) { return a + p.pct; });
        CHECK_THAT(sum, WithinAbs(66.169445, 1e-6));
    }
}

TEST_CASE("China's legal layers on a hand-made basket", "[schedule][legal]")
{
    const TariffSchedule s(basket(), test::preset("as-enacted"));
    const Direction cn = Direction::ChinaOnUs;
    const size_t pork = test::sectorIndex(s, cn, "02");
    const size_t almonds = test::sectorIndex(s, cn, "08");
    const size_t soy = test::sectorIndex(s, cn, "12");

    SECTION("China's 2018 list against Section 232")
    {
        // pork 020329: 25% from 2 Apr 2018 on MFN 8.0: 33.0; almonds 080212 at 15%: 23.0
        CHECK_THAT(s.sectorRatePct(cn, pork, day("2018-04-05")), WithinAbs(33.0, 1e-9));
        CHECK_THAT(s.sectorRatePct(cn, almonds, day("2018-04-05")), WithinAbs(23.0, 1e-9));
        CHECK_THAT(s.sectorRatePct(cn, pork, day("2018-03-30")), WithinAbs(8.0, 1e-9));
    }
    SECTION("the Sep 2019 batch, product by product, and its halving")
    {
        // 1 Oct 2019 (MFN 6.7 since 1 Nov 2018): pork 6.7 + 232 25 + List 1 25 + batch 10 = 66.7;
        // almonds 6.7 + 15 + 25 + 10 * 0.75 (estimate for other farm goods) = 54.2; soybeans 6.7 + 25 + 10 * 0.5 = 36.7
        CHECK_THAT(s.sectorRatePct(cn, pork, day("2019-10-01")), WithinAbs(66.7, 1e-9));
        CHECK_THAT(s.sectorRatePct(cn, almonds, day("2019-10-01")), WithinAbs(54.2, 1e-9));
        CHECK_THAT(s.sectorRatePct(cn, soy, day("2019-10-01")), WithinAbs(36.7, 1e-9));
        // after 14 Feb 2020 the batch's rates halve: soybeans 6.7 + 25 + 2.5 = 34.2
        CHECK_THAT(s.sectorRatePct(cn, soy, day("2020-03-01")), WithinAbs(34.2, 1e-9));
    }
    SECTION("2025: the farm tariffs stopped on 10 Nov 2025, the counter-tariff kept at 10%")
    {
        // 12 Apr 2025: pork 6.7 + 25 + 25 + 5 + Mar 2025 10 + counter 125 = 196.7
        CHECK_THAT(s.sectorRatePct(cn, pork, day("2025-04-12")), WithinAbs(196.7, 1e-9));
        // 15 Nov 2025: 6.7 + 25 + 25 + 5 + counter 34 - 24 = 71.7
        CHECK_THAT(s.sectorRatePct(cn, pork, day("2025-11-15")), WithinAbs(71.7, 1e-9));
        // soybeans 12 Apr 2025: 6.7 + 25 + 2.5 + 10 + 125 = 169.2
        CHECK_THAT(s.sectorRatePct(cn, soy, day("2025-04-12")), WithinAbs(169.2, 1e-9));
        // average (weights 1, 1, 2): almonds 6.7 + 15 + 25 + 3.75 + 125 = 175.45;
        // (196.7 + 175.45 + 2 * 169.2) / 4 = 177.6375
        CHECK_THAT(s.averageRatePct(cn, day("2025-04-12")), WithinAbs(177.6375, 1e-9));
    }
}

TEST_CASE("Products within a sector and exemption measures", "[schedule]")
{
    // One sector "84" worth 10 of two products: 841810 (share 0.4) and 842952 (0.6).
    // Duty "d" of 20% covers both; measure "e" is an exemption on 842952 that "d" yields to.
    Dataset ds;
    Sector s;
    s.id = "84";
    s.hs = {"84"};
    s.chapter = "84";
    s.flow = Flow::UsToChina;
    s.valueUsdBn[2024] = 10.0;
    s.products = {{"841810", 0.4}, {"842952", 0.6}};
    ds.sectors.push_back(s);
    Sector us = s;
    us.flow = Flow::ChinaToUs;
    us.products.clear();
    ds.sectors.push_back(us);
    const Date apr1 = *Date::fromYmd(2025, 4, 1);
    Measure d{"d", "Duty", "Layer", Direction::ChinaOnUs, {}, {}, {"e"}, {}};
    d.steps = {{"", apr1, 20.0, "enacted", {}}};
    d.coverage = {{"84", 1.0, {}, {}, {}}};
    Measure e{"e", "Exemption", "Layer", Direction::ChinaOnUs, {}, {}, {}, {}};
    e.exemption = true;
    e.steps = {{"", apr1, 0.0, "enacted", {}}};
    e.coverage = {{"842952", 1.0, {}, {}, {}}};
    Measure p{"p", "Product duty", "Layer", Direction::ChinaOnUs, {}, {}, {}, {}};
    p.steps = {{"", apr1, 50.0, "enacted", {}}};
    p.coverage = {{"841810", 1.0, {}, {}, {}}};
    ds.measures = {d, e, p};
    ds.defaultBaseYear = 2024;
    const Direction cn = Direction::ChinaOnUs;

    // A rule on one product covers its share of the sector: 20 + 50 * 0.4 = 40
    const TariffSchedule none(ds, Scenario{});
    CHECK_THAT(none.sectorRatePct(cn, 0, day("2025-05-01")), WithinAbs(40.0, 1e-9));
    // The exemption charges nothing itself; at 50% it exempts half of its product from "d":
    // d covers 0.4 + 0.6 * (1 - 0.5) = 0.7 -> 20 * 0.7 + 20 = 34
    Scenario half;
    half.overrides.push_back({"e", day("2025-05-01"), 50.0});
    const TariffSchedule partly(ds, half);
    CHECK_THAT(partly.sectorRatePct(cn, 0, day("2025-04-30")), WithinAbs(40.0, 1e-9));
    CHECK_THAT(partly.sectorRatePct(cn, 0, day("2025-05-01")), WithinAbs(34.0, 1e-9));
    // at 100%: 20 * 0.4 + 20 = 28
    Scenario full;
    full.overrides.push_back({"e", day("2025-05-01"), 100.0});
    CHECK_THAT(TariffSchedule(ds, full).sectorRatePct(cn, 0, day("2025-05-01")), WithinAbs(28.0, 1e-9));
    // the two products form two classes; a model built once serves every schedule of the dataset
    const auto model = std::make_shared<const CoverageModel>(ds);
    CHECK(model->classCount(cn) == 2);
    CHECK_THAT(TariffSchedule(ds, full, 0, model).sectorRatePct(cn, 0, day("2025-05-01")), WithinAbs(28.0, 1e-9));
}
