#include "support/testsupport.h"

#include "core/date.h"

using tariffsim::core::Date;
using tariffsim::core::YearMonth;

TEST_CASE("Date", "[date]")
{
    SECTION("parses ISO dates and round-trips them")
    {
        const auto d = Date::parse("2025-05-14");
        REQUIRE(d);
        CHECK(d->year() == 2025);
        CHECK(d->month() == 5);
        CHECK(d->day() == 14);
        CHECK(d->toString() == "2025-05-14");
    }
    SECTION("rejects malformed and impossible dates")
    {
        for (const char* bad : {"2025-02-29", "2024-13-01", "2025-04-31", "2025-4-01", "20250401", "2025-04-01x",
                                "", "abcd-ef-gh", "0000-01-01"})
            CHECK_FALSE(Date::parse(bad));
        CHECK(Date::parse("2024-02-29")); // leap year
    }
    SECTION("day arithmetic: the Geneva truce's 90 days run from 14 May to 11 Aug, snap-back on 12 Aug")
    {
        // May has 17 days left after the 14th (14..31 = 18 days), June 30, July 31: 18+30+31 = 79;
        // 90 - 79 = 11 more days of August, so day 91 is 12 August.
        const Date start = *Date::parse("2025-05-14");
        CHECK(start.addDays(90).toString() == "2025-08-12");
        CHECK(Date::parse("2025-11-10")->daysSince(start) == 180);
    }
}

TEST_CASE("YearMonth", "[date]")
{
    SECTION("counts days and steps across years")
    {
        CHECK(YearMonth{2024, 2}.dayCount() == 29);
        CHECK(YearMonth{2025, 2}.dayCount() == 28);
        CHECK(YearMonth{2025, 12}.addMonths(1) == YearMonth{2026, 1});
        CHECK(YearMonth{2025, 1}.addMonths(-1) == YearMonth{2024, 12});
        CHECK(YearMonth{2030, 12}.monthsSince(YearMonth{2024, 1}) == 83);
    }
    SECTION("parses YYYY-MM only")
    {
        CHECK(YearMonth::parse("2025-04") == YearMonth{2025, 4});
        CHECK_FALSE(YearMonth::parse("2025-13"));
        CHECK_FALSE(YearMonth::parse("2025-4"));
    }
}
