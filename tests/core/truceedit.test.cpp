#include "support/testsupport.h"

#include "core/truceedit.h"

using namespace tariffsim::core;
using tariffsim::test::day;

namespace {
Truce geneva()
{
    Truce t;
    t.id = "g";
    t.name = "Geneva";
    t.measureId = "us_reciprocal";
    t.start = day("2025-05-14");
    t.days = 90;
    t.suspendedPct = 24;
    return t;
}
const Truce& ok(const TruceEdit& e)
{
    if (const auto* error = std::get_if<std::string>(&e))
        FAIL("edit refused: " << *error);
    return std::get<Truce>(e);
}
} // namespace

TEST_CASE("Truce edits", "[truce]")
{
    SECTION("moving shifts the start and every extension, keeping the length")
    {
        Truce t = geneva();
        t = ok(extendTruce(t, 90)); // 2025-08-12 + 90 = 2025-11-10
        REQUIRE(t.end() == day("2025-11-10"));
        const Truce moved = ok(moveTruce(t, 31));
        CHECK(moved.start == day("2025-06-14"));
        CHECK(moved.originalEnd() == day("2025-09-12"));
        CHECK(moved.end() == day("2025-12-11"));
    }
    SECTION("setting the end changes the length; with extensions it moves the last one")
    {
        const Truce longer = ok(setTruceEnd(geneva(), day("2025-09-11")));
        CHECK(longer.days == 120); // 14 May -> 11 Sep: 17 + 30 + 31 + 31 + 11 = 120
        const Truce extended = ok(extendTruce(geneva(), 90));
        const Truce shorter = ok(setTruceEnd(extended, day("2025-10-01")));
        CHECK(shorter.days == 90);
        CHECK(shorter.extensions.back().end == day("2025-10-01"));
    }
    SECTION("a truce cannot end before it starts")
    {
        const TruceEdit e = setTruceEnd(geneva(), day("2025-05-14"));
        REQUIRE(std::holds_alternative<std::string>(e));
        CHECK(std::get<std::string>(e).find("cannot end before it starts") != std::string::npos);
        // an extension cannot end before the end it extends
        const TruceEdit e2 = setTruceEnd(ok(extendTruce(geneva(), 30)), day("2025-08-01"));
        CHECK(std::holds_alternative<std::string>(e2));
    }
    SECTION("extensions are added and removed; lapse removes them all")
    {
        Truce t = ok(extendTruce(ok(extendTruce(geneva(), 90)), 365));
        CHECK(t.extensions.size() == 2);
        CHECK(t.end() == day("2026-11-10")); // 2025-11-10 + 365
        CHECK(ok(removeLastExtension(t)).end() == day("2025-11-10"));
        CHECK(ok(lapseTruce(t)).end() == day("2025-08-12"));
        CHECK(std::holds_alternative<std::string>(removeLastExtension(geneva())));
        CHECK(std::holds_alternative<std::string>(extendTruce(geneva(), 0)));
        CHECK(std::holds_alternative<std::string>(extendTruce(geneva(), kMaxTruceDays)));
    }
}
