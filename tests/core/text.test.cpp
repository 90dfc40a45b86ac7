// Text for people to read: patterns with numbered places, and key findings and
// differences written in another language through the text locale.

#include "support/testsupport.h"

#include "core/keyfindings.h"
#include "core/scenariodiff.h"
#include "core/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

using namespace tariffsim;
using namespace tariffsim::core;
using test::day;

namespace {

// Puts English back when the test ends, even when an assertion fails.
struct EnglishAfterwards {
    EnglishAfterwards() = default;
    EnglishAfterwards(const EnglishAfterwards&) = delete;
    EnglishAfterwards& operator=(const EnglishAfterwards&) = delete;
    ~EnglishAfterwards() { setTextLocale(englishTextLocale()); }
};

// A pseudo-Chinese locale: the patterns in `translations`, money in 亿美元 (the
// figure in billions times ten, one decimal fewer), days and months written
// year first.
TextLocale pseudoChinese(std::map<std::pair<std::string, std::string>, std::string> translations)
{
    TextLocale l;
    l.translate = [translations = std::move(translations)](const char* context, const char* source) {
        const auto it = translations.find({context, source});
        return it == translations.end() ? std::string(source) : it->second;
    };
    l.usdBn = [](double v, int decimals) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*f", std::max(decimals - 1, 0), std::abs(v) * 10.0);
        return std::string(buf) + "亿美元";
    };
    l.shortDate = [](Date d) {
        return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
    };
    l.longDate = l.shortDate;
    l.month = [](YearMonth m) { return std::to_string(m.year) + "年" + std::to_string(m.month) + "月"; };
    return l;
}

// 2025-01..2025-12. China to US: baseline 40 a month, scenario 35, band 30-38,
// duties 5. US to China at its baseline of 10, duties 1.
Projection year2025()
{
    Projection p;
    p.first = {2025, 1};
    p.months = 12;
    for (int k = 0; k < 12; ++k) {
        p.totals[0].push_back(test::monthValues(40, 35, 30, 38, 5));
        p.totals[1].push_back(test::monthValues(10, 10, 10, 10, 1));
    }
    return p;
}

} // namespace

TEST_CASE("format fills numbered places, in any order, as QString::arg does", "[text]")
{
    CHECK(format("%2 %1", {"a", "b"}) == "b a");
    CHECK(format("%1, %1", {"x"}) == "x, x");
    // A place without an argument is left as it is.
    CHECK(format("%1 and %3", {"x", "y"}) == "x and %3");
    CHECK(format("no places", {"x"}) == "no places");
    // A percent sign after a place stays: "%1%" of 12.5.
    CHECK(format("%1%", {"12.5"}) == "12.5%");
    CHECK(format("100%", {}) == "100%");
    // An argument is not filled in again: "%2" inside the first stays.
    CHECK(format("%1 %2", {"%2", "y"}) == "%2 y");
}

TEST_CASE("The English text locale writes money, days and months", "[text]")
{
    CHECK(usdText(61.2) == "$61.2 bn");
    CHECK(usdText(-1314.04) == "$1,314.0 bn");
    CHECK(usdText(-0.04) == "$0.0 bn");
    CHECK(usdText(1234567.0, 0) == "$1,234,567 bn");
    CHECK(longDateText(day("2025-04-12")) == "12 April 2025");
    CHECK(shortDateText(day("2026-11-30")) == "30 Nov 2026");
    CHECK(monthText({2026, 3}) == "Mar 2026");
    CHECK(translate("KeyFindings", "in %1") == "in %1");
    CHECK(dataText("Geneva truce (US side)") == "Geneva truce (US side)");
}

TEST_CASE("Key findings and differences follow the text locale", "[text][keyfindings][scenariodiff]")
{
    const Dataset& ds = test::dataset();
    const Scenario& sc = test::preset("as-enacted");
    const TariffSchedule s(ds, sc);
    const Projection p = year2025();
    EnglishAfterwards english;
    setTextLocale(pseudoChinese({
        {{"KeyFindings", "%1"}, "%1年"},
        {{"KeyFindings", "in %1"}, "%1"},
        {{"KeyFindings", "China's exports to the US %1 are %2%3."}, "%1中国对美出口%2%3。"},
        {{"KeyFindings", "%1 (%2) below the no-change baseline %3"}, "比不变基准低%1（%2）%3"},
        {{"KeyFindings", "(range %1 to %2 below)"}, "（区间：低%1至%2）"},
        {{"KeyFindings", "USD bn"}, "十亿美元"},
        {{"ScenarioDiff", "%1 set to %2% from %3"}, "自%3起%1调整为%2%"},
        {{"Data", "IEEPA 'reciprocal' duty"}, "IEEPA对等关税"},
    }));

    SECTION("China's exports in 2025")
    {
        // Baseline 12 x 40 = 480, scenario 12 x 35 = 420: 60 below (-12.5%), $60.0 bn
        // -> 600亿美元. Band 12 x 30 = 360 to 12 x 38 = 456: 120 and 24 below, written
        // from the smaller, 240亿美元 to 1200亿美元. The year is "2025年", "in %1"
        // adds nothing, and the sentence opens with it.
        const auto list = keyFindings(ds, sc, s, p, day("2025-06-01"));
        const KeyFinding& k = test::findingOf(list, kFindingChinaExports);
        CHECK(k.text == "2025年中国对美出口比不变基准低600亿美元（12.5%）（区间：低240亿美元至1200亿美元）。");
        CHECK(k.period == "2025年");
        CHECK(k.unit == "十亿美元");
        CHECK(k.id == "china-exports-first-year");
        CHECK(k.chart == "volumes");
    }
    SECTION("period labels: whole years take 年 once, months are the locale's")
    {
        CHECK(periodLabel({2025, 1}, {2030, 12}) == "2025\u20132030年");
        CHECK(periodLabel({2026, 3}, {2027, 2}) == "2026年3月\u20132027年2月");
        CHECK(longDate(day("2025-04-12")) == "2025年4月12日");
    }
    SECTION("a rate override among the differences")
    {
        // The measure's name from the data, the rate as written, the day year first.
        Scenario edited = sc;
        edited.overrides.push_back({"us_reciprocal", day("2027-01-01"), 60.0});
        const ModelParameters params = defaultParameters(ds);
        const auto lines = describeDifferences(ds, sc, params, edited, params);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] == "自2027年1月1日起IEEPA对等关税调整为60%");
    }
}

TEST_CASE("English is back after a test that changed the text locale", "[text][keyfindings]")
{
    {
        EnglishAfterwards english;
        setTextLocale(pseudoChinese({{{"KeyFindings", "in %1"}, "%1"}}));
        CHECK(usdText(61.2) == "612亿美元");
    }
    // The same projection as above, in English.
    const Dataset& ds = test::dataset();
    const Scenario& sc = test::preset("as-enacted");
    const TariffSchedule s(ds, sc);
    const auto list = keyFindings(ds, sc, s, year2025(), day("2025-06-01"));
    CHECK(test::findingOf(list, kFindingChinaExports).text
          == "China's exports to the US in 2025 are $60.0 bn (12.5%) below the no-change baseline (range $24.0 bn to "
             "$120.0 bn below).");
    CHECK(usdText(61.2) == "$61.2 bn");
}
