// The shipped dataset's sources, statuses and vintage: every figure says where it
// comes from, events agree with the layers' steps, nothing past the legal record
// is called confirmed.
#include "support/testsupport.h"

#include "core/dataset.h"

#include <set>

using namespace tariffsim;
using namespace tariffsim::core;
using test::day;

namespace {

bool isWeb(const std::string& url) { return url.starts_with("https://") || url.starts_with("http://"); }

} // namespace

TEST_CASE("Every legal step cites its instrument, reposts only as reported-by", "[dataset][sources]")
{
    const Dataset& ds = test::dataset();
    int steps = 0, official = 0;
    for (const auto& m : ds.measures) {
        for (const auto& s : m.steps) {
            INFO(m.id << " " << s.date.toString());
            ++steps;
            CHECK(isSourceKind(s.provenance.kind));
            CHECK_FALSE(s.provenance.citation.empty());
            CHECK((isWeb(s.provenance.source) || isWeb(s.provenance.reportedBy)));
            // a news repost is never the source of a legal step
            if (s.provenance.kind == "law" && isWeb(s.provenance.source))
                ++official;
        }
    }
    CHECK(steps > 80);
    // most steps link to the instrument itself (federalregister.gov, whitehouse.gov, ...)
    CHECK(official * 10 >= steps * 6);
    for (const auto& t : ds.truces) {
        INFO(t.id);
        CHECK(t.provenance.kind == "law");
        CHECK_FALSE(t.provenance.citation.empty());
        for (const auto& x : t.extensions)
            CHECK_FALSE(x.provenance.citation.empty());
    }
}

TEST_CASE("Events carry a status and a source, and nothing after the record is confirmed", "[dataset][sources]")
{
    const Dataset& ds = test::dataset();
    REQUIRE(ds.vintage.legalRecordThrough == day("2026-11-09"));
    std::map<std::string, int> statuses;
    for (const auto& e : ds.events) {
        INFO(e.date.toString() << " " << e.title);
        CHECK(isEventStatus(e.status));
        CHECK(isSourceKind(e.provenance.kind));
        CHECK((isWeb(e.provenance.source) || isWeb(e.provenance.reportedBy)));
        if (e.provenance.kind == "law")
            CHECK_FALSE(e.provenance.citation.empty());
        if (ds.vintage.legalRecordThrough < e.date)
            CHECK_FALSE(e.confirmed());
        ++statuses[e.status];
    }
    CHECK(statuses["confirmed"] > 80);
    CHECK(statuses["scheduled"] >= 5);
    CHECK(statuses["not_enacted"] >= 2);
    // The Section 122 surcharge lapsed by law on 24 Jul 2026: confirmed, no longer scheduled.
    bool lapse = false;
    for (const auto& e : ds.events)
        if (e.date == day("2026-07-24") && e.title.find("Section 122") != std::string::npos) {
            lapse = true;
            CHECK(e.confirmed());
        }
    CHECK(lapse);
}

TEST_CASE("Every dated step of a US or Chinese layer has an event on its day", "[dataset]")
{
    const Dataset& ds = test::dataset();
    std::set<int> eventDays;
    for (const auto& e : ds.events)
        eventDays.insert(e.date.daysSinceEpoch());
    for (const auto& m : ds.measures) {
        if (m.id == "us_mfn" || m.id == "cn_whitelist_unverified")
            continue; // MFN is the starting level; the whitelist is a scenario option
        for (const auto& s : m.steps) {
            INFO(m.id << " " << s.date.toString());
            if (s.date <= day("2017-01-01"))
                continue;
            CHECK(eventDays.count(s.date.daysSinceEpoch()) == 1);
        }
    }
}

TEST_CASE("Observed trade names its agency, and the vintage knows the last months", "[dataset][sources]")
{
    const Dataset& ds = test::dataset();
    for (const auto& o : ds.observedTrade) {
        INFO(toString(o.flow) << " " << o.first.toString() << " " << o.reporter);
        CHECK(o.provenance.kind == "statistics");
        CHECK((o.provenance.citation.find("Customs") != std::string::npos
               || o.provenance.citation.find("Census") != std::string::npos));
        CHECK((isWeb(o.provenance.source) || isWeb(o.provenance.reportedBy)));
    }
    const auto gacc = ds.vintage.lastObservedMonth("GACC");
    REQUIRE(gacc);
    CHECK(*gacc == YearMonth{2025, 12});
    // 2024 Census months of US imports from China (us_imports_monthly_by_partner.csv):
    // January 35.78, December 37.55
    int census2024 = 0;
    for (const auto& o : ds.observedTrade)
        if (o.reporter == "USCensus" && o.singleMonth() && o.first.year == 2024 && o.flow == Flow::ChinaToUs) {
            ++census2024;
            if (o.first.month == 1)
                CHECK(o.valueUsdBn == 35.78);
            if (o.first.month == 12)
                CHECK(o.valueUsdBn == 37.55);
        }
    CHECK(census2024 == 12);
}

TEST_CASE("sourceLine puts the primary source first and the repost last", "[dataset][sources]")
{
    Provenance p;
    CHECK(sourceLine(p).empty());
    p.kind = "statistics";
    p.citation = "General Administration of Customs of China (GACC)";
    p.reportedBy = "https://example.org/news";
    CHECK(sourceLine(p) == "Official statistics: General Administration of Customs of China (GACC) (reported by https://example.org/news)");
    p.source = "https://www.customs.gov.cn/";
    CHECK(sourceLine(p)
          == "Official statistics: General Administration of Customs of China (GACC), https://www.customs.gov.cn/ (reported by https://example.org/news)");
    Provenance q;
    q.reportedBy = "https://example.org/x";
    CHECK(sourceLine(q) == "reported by https://example.org/x");
    CHECK(sourceUrl(q) == "https://example.org/x");
}
