// The arithmetic of chart axes (ui/charts/chartaxes.h), worked out by hand.
#include "qtprinters.h"

#include "ui/charts/chartaxes.h"

using namespace tariffsim::ui;
using Catch::Matchers::WithinAbs;

TEST_CASE("Axis bounds, tick counts and tick formats", "[ui][charts][axes]")
{
    SECTION("niceRange: a fifth of the span rounded up to 1, 2, 2.5, 5 or 10 x 10^k")
    {
        // 0..137: a fifth is 27.4 -> step 50 -> 0..150
        auto [lo, hi] = niceRange(0, 137);
        CHECK(lo == 0.0);
        CHECK(hi == 150.0);
        // -3.2..12: 15.2 / 5 = 3.04 -> step 5 -> -5..15
        std::tie(lo, hi) = niceRange(-3.2, 12);
        CHECK(lo == -5.0);
        CHECK(hi == 15.0);
        // an empty range is widened to one unit: 5..6, step 0.2
        std::tie(lo, hi) = niceRange(5, 5);
        CHECK_THAT(lo, WithinAbs(5.0, 1e-12));
        CHECK_THAT(hi, WithinAbs(6.0, 1e-12));
    }
    SECTION("niceTickCount: the fewest ticks with a 1, 2, 2.5 or 5 x 10^k step, at most 6 steps")
    {
        CHECK(niceTickCount(0, 200) == 5);  // step 50
        CHECK(niceTickCount(-30, 0) == 7);  // step 5
        CHECK(niceTickCount(0, 0.25) == 6); // step 0.05
        CHECK(niceTickCount(0, 7) == 6);    // no such step divides 7: six ticks
        CHECK(niceTickCount(3, 3) == 2);    // an empty range
    }
    SECTION("tickFormat: as many decimals as the step needs")
    {
        CHECK(tickFormat(0, 1, 6) == QStringLiteral("%.1f"));        // step 0.2
        CHECK(tickFormat(0, 200, 5, "%%") == QStringLiteral("%.0f%%")); // step 50
        CHECK(tickFormat(0, 0.25, 2) == QStringLiteral("%.2f"));     // step 0.25
        CHECK(tickFormat(0, 1, 4) == QStringLiteral("%.3f"));        // step 1/3: at most three
    }
    SECTION("alignedRanges: both axes on the same gridlines, zero on the same tick")
    {
        // 0..100 and 0..10: four steps of 25 and 2.5 fill both exactly (waste 0 + 0
        // + 0.02 x 4), better than five of 20 and 2 (0.10) or three of 50 and 5.
        AlignedRanges r = alignedRanges(0, 100, 0, 10);
        CHECK(r.ticks == 5);
        CHECK(r.lo1 == 0.0);
        CHECK(r.hi1 == 100.0);
        CHECK(r.lo2 == 0.0);
        CHECK(r.hi2 == 10.0);
        // -20..60 and 0..10: zero on the second of six ticks, steps 20 and 2.5:
        // -20..80 (waste 0.2) and -2.5..10 (0.2), plus 0.1, beats four steps of 20
        // and 5 (-20..60, -5..15: 0 + 0.5 + 0.08).
        r = alignedRanges(-20, 60, 0, 10);
        CHECK(r.ticks == 6);
        CHECK(r.lo1 == -20.0);
        CHECK(r.hi1 == 80.0);
        CHECK(r.lo2 == -2.5);
        CHECK(r.hi2 == 10.0);
    }
}

TEST_CASE("A short axis gets fewer ticks on whole steps", "[ui][charts][axes]")
{
    // 0..40 in 4 steps of 10 on 200 px: 50 px apart, all kept.
    CHECK(fitTickCount(5, 200, 22) == 5);
    // on 60 px: 4 steps would be 15 px apart; 2 steps of 20 are 30 px apart.
    CHECK(fitTickCount(5, 60, 22) == 3);
    // -30..0 in 6 steps of 5 on 60 px: 2 steps (of 15) would be 30 px, 3 (of 10) 20 px: 2 steps.
    CHECK(fitTickCount(7, 60, 22) == 3);
    // 5 steps join only as one: the two ends.
    CHECK(fitTickCount(6, 40, 22) == 2);
    // not laid out yet: unchanged
    CHECK(fitTickCount(7, 0, 22) == 7);
}
