// Scenario files: the format round-trips, and malformed or hostile
// files are refused with a message naming the field, never a crash or a hang.
#include "support/testsupport.h"

#include "core/scenario.h"
#include "core/scenarioparameters.h"

#include <cmath>
#include <fstream>
#include <iterator>
#include <string>

using namespace tariffsim;
using namespace tariffsim::core;
using test::day;

namespace {

// A complete version-2 file, as the window writes it.
const char* const kFull = R"json({
  "format": "tariffsim-scenario",
  "version": 2,
  "basePreset": "as-enacted",
  "title": "Reciprocal at 50% from June — ½ step",
  "notes": "Line one\nline two",
  "assumptions": ["none"],
  "truces": [
    {"id": "geneva_us", "name": "Geneva truce (US side)", "measure": "us_reciprocal", "start": "2025-05-20",
     "days": 120, "suspendedPct": 24, "source": "https://example.org/geneva",
     "extensions": [{"id": "ext", "end": "2025-12-01", "decided": "2025-08-01", "assumption": true}]}
  ],
  "overrides": [
    {"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 50},
    {"measure": "cn_counter", "from": "2025-06-01", "ratePct": 12.345678901234567}
  ],
  "effectiveDate": "2025-06-01",
  "parameters": {
    "chinaToUs": {"elasticity": 2.25, "adjustmentSpeed": 0.3},
    "usToChina": {"elasticity": 1.1},
    "passThrough": 0.85,
    "frontLoadingShare": 0.4,
    "frontLoadingMonths": 2,
    "trendGrowthPerYear": -0.01,
    "rareEarthApproval": 0.6,
    "referenceDate": "2025-01-20"
  }
}
)json";

// A minimal valid file with `body` added after the version.
std::string withBody(const std::string& body, int version = 2)
{
    return "{\"format\": \"tariffsim-scenario\", \"version\": " + std::to_string(version)
           + (body.empty() ? "" : ", " + body) + "}";
}

struct Refusal {
    std::string field;
    std::string message;
};

Refusal refusal(const std::string& text)
{
    try {
        parseScenario(text, test::dataset());
    } catch (const ScenarioError& e) {
        return {e.field(), e.what()};
    }
    FAIL("accepted: " << text.substr(0, 200));
    return {};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("Scenario files round-trip", "[scenario][file]")
{
    const Dataset& ds = test::dataset();

    SECTION("every field of a version-2 file is read")
    {
        const Scenario s = parseScenario(kFull, ds);
        CHECK(s.basePreset == "as-enacted");
        CHECK(s.title == "Reciprocal at 50% from June — ½ step");
        CHECK(s.notes == "Line one\nline two");
        REQUIRE(s.overrides.size() == 2);
        CHECK(s.overrides[0].measureId == "us_reciprocal");
        CHECK(s.overrides[0].from == day("2025-06-01"));
        CHECK(s.overrides[0].ratePct == 50.0);
        CHECK(s.overrides[1].ratePct == 12.345678901234567);
        REQUIRE(s.truces);
        REQUIRE(s.truces->size() == 1);
        const Truce& t = s.truces->front();
        CHECK(t.start == day("2025-05-20"));
        CHECK(t.days == 120);
        REQUIRE(t.extensions.size() == 1);
        CHECK(t.extensions[0].end == day("2025-12-01"));
        CHECK(t.extensions[0].assumption);
        CHECK(s.effectiveDate == day("2025-06-01"));
        CHECK(s.parameters.flow(Flow::ChinaToUs).elasticity == 2.25);
        CHECK(s.parameters.flow(Flow::ChinaToUs).adjustmentSpeed == 0.3);
        CHECK(s.parameters.flow(Flow::UsToChina).elasticity == 1.1);
        CHECK_FALSE(s.parameters.flow(Flow::UsToChina).adjustmentSpeed);
        CHECK(s.parameters.passThrough == 0.85);
        CHECK(s.parameters.frontLoadingShare == 0.4);
        CHECK(s.parameters.frontLoadingMonths == 2);
        CHECK(s.parameters.trendGrowthPerYear == -0.01);
        CHECK(s.parameters.rareEarthApproval == 0.6);
        CHECK(s.parameters.referenceDate == day("2025-01-20"));
    }

    SECTION("serialize then parse gives the same scenario, and serializing again the same text")
    {
        const Scenario s = parseScenario(kFull, ds);
        const std::string once = serializeScenario(s);
        const Scenario back = parseScenario(once, ds);
        CHECK(serializeScenario(back) == once);
        CHECK(back.parameters == s.parameters);
        CHECK(back.effectiveDate == s.effectiveDate);
        CHECK(back.overrides[1].ratePct == 12.345678901234567); // shortest round-trip form of a double
        CHECK(back.truces->front().provenance.source == "https://example.org/geneva");
        // The format and version lead the file.
        CHECK(once.rfind("{\n  \"format\": \"tariffsim-scenario\",\n  \"version\": 5,\n", 0) == 0);
    }

    SECTION("every shipped preset (format version 1) reads, and round-trips as version 5")
    {
        for (const Scenario& preset : test::presets().presets()) {
            INFO(preset.id);
            const std::string text = serializeScenario(preset);
            CHECK(contains(text, "\"version\": 5"));
            const Scenario back = parseScenario(text, ds);
            CHECK(serializeScenario(back) == text);
            CHECK(back.parameters.empty());
            CHECK_FALSE(back.effectiveDate);
        }
    }

    SECTION("a file without parameters has empty parameters; the largest allowed tariff is 1000%")
    {
        const Scenario s = parseScenario(
            withBody(R"("overrides": [{"measure": "us_fentanyl", "from": "2025-03-04", "ratePct": 1000}])"), ds);
        CHECK(s.parameters.empty());
        CHECK(s.overrides.at(0).ratePct == 1000.0);
        CHECK(s.title.empty());
    }

    SECTION("a measure may have several overrides in date order")
    {
        const Scenario s = parseScenario(withBody(R"("overrides": [
            {"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 50},
            {"measure": "us_reciprocal", "from": "2026-01-01", "ratePct": 0}])"),
                                         ds);
        CHECK(s.overrides.size() == 2);
    }
}

TEST_CASE("Scenario parameters resolve over the defaults and are captured whole", "[scenario][parameters]")
{
    // Hand-made defaults (the model's own come from elasticities.csv).
    ModelParameters defaults;
    defaults.flow(Flow::ChinaToUs).elasticity = {2.0, 1.5, 3.5, "A"};
    defaults.flow(Flow::ChinaToUs).adjustmentSpeed = {0.2, 0.1, 0.4, "B"};
    defaults.flow(Flow::UsToChina).elasticity = {1.5, 1.0, 2.5, "C"};
    defaults.flow(Flow::UsToChina).adjustmentSpeed = {0.25, 0.1, 0.5, "D"};
    defaults.passThrough = {1.0, 0.8, 1.0, "E"};
    defaults.frontLoadingShare = {0.3, 0.1, 0.5, "F"};
    defaults.frontLoadingMonths = 3;
    defaults.trendGrowthPerYear = 0.02;
    defaults.rareEarthApproval = {0.5, 0.3, 0.7, "G"};
    defaults.referenceDate = day("2025-01-20");

    const Scenario s = parseScenario(kFull, test::dataset());
    const ModelParameters p = resolveParameters(s.parameters, defaults);
    CHECK(p.flow(Flow::ChinaToUs).elasticity.value == 2.25);
    CHECK(p.flow(Flow::ChinaToUs).elasticity.low == 1.5); // ranges and sources stay the defaults'
    CHECK(p.flow(Flow::ChinaToUs).elasticity.source == "A");
    CHECK(p.flow(Flow::UsToChina).elasticity.value == 1.1);
    CHECK(p.flow(Flow::UsToChina).adjustmentSpeed.value == 0.25); // not in the file: default
    CHECK(p.passThrough.value == 0.85);
    CHECK(p.frontLoadingMonths == 2);
    CHECK(p.trendGrowthPerYear == -0.01);
    CHECK(p.rareEarthApproval.value == 0.6);

    // Empty values change nothing; captured values resolve back to the same numbers.
    const ModelParameters same = resolveParameters({}, defaults);
    CHECK(same.passThrough.value == 1.0);
    const ScenarioParameters captured = captureParameters(p);
    CHECK(captured.flow(Flow::UsToChina).adjustmentSpeed == 0.25);
    CHECK(captured.referenceDate == day("2025-01-20"));
    const ModelParameters again = resolveParameters(captured, defaults);
    CHECK(captureParameters(again) == captured);
}

TEST_CASE("Malformed and hostile scenario files are refused naming the field", "[scenario][file][hostile]")
{
    SECTION("truncated: a syntax error with line and column")
    {
        // Cut after the comma of line 3: the parser meets the end of input at
        // line 3, column 16 (15 characters on the line, then the end).
        const auto r = refusal("{\n  \"format\": \"tariffsim-scenario\",\n  \"version\": 2,");
        CHECK(r.field == "(syntax)");
        CHECK(contains(r.message, "line 3, column 16"));
    }
    SECTION("half of a real file")
    {
        const std::string full = kFull;
        const auto r = refusal(full.substr(0, full.size() / 2));
        CHECK(r.field == "(syntax)");
        CHECK(contains(r.message, "line "));
    }
    SECTION("not JSON at all")
    {
        auto r = refusal("hello");
        CHECK(r.field == "(syntax)");
        CHECK(contains(r.message, "line 1, column 1"));
        r = refusal("");
        CHECK(r.field == "(syntax)");
        // Bytes that are not UTF-8 text are named as an encoding problem.
        r = refusal(std::string("\x00\xff\xfe{", 4));
        CHECK(r.field == "(file)");
        CHECK(contains(r.message, "save it as UTF-8"));
        // A second line starting with garbage: line 2, column 1.
        r = refusal("{\n@}");
        CHECK(contains(r.message, "line 2, column 1"));
    }
    SECTION("wrong top-level type")
    {
        for (const char* text : {"[1, 2, 3]", "\"a string\"", "42", "null", "true"}) {
            const auto r = refusal(text);
            CHECK(r.field == "(top level)");
            CHECK(contains(r.message, "expected an object"));
        }
    }
    SECTION("deep nesting stops at the depth limit, long before the stack")
    {
        const std::string deep(100000, '[');
        const auto r = refusal(deep);
        CHECK(r.field == "(syntax)");
        // The 33rd bracket is one level too many.
        CHECK(contains(r.message, "line 1, column 33: nesting deeper than 32 levels"));
        // Nesting inside a field, inside otherwise valid text.
        const auto r2 = refusal(withBody("\"notes\": " + std::string(40, '[') + std::string(40, ']')));
        CHECK(r2.field == "(syntax)");
    }
    SECTION("very large files are refused before parsing")
    {
        const std::string big = withBody("\"notes\": \"" + std::string(kMaxScenarioBytes, 'x') + "\"");
        const auto r = refusal(big);
        CHECK(r.field == "(file)");
        CHECK(contains(r.message, "larger than 4 MiB"));
    }
    SECTION("too many entries in a list")
    {
        std::string list;
        for (size_t i = 0; i <= kMaxScenarioListSize; ++i)
            list += std::string(i ? "," : "") + "\"a\"";
        const auto r = refusal(withBody("\"assumptions\": [" + list + "]"));
        CHECK(r.field == "assumptions");
        CHECK(contains(r.message, "more than 1000 entries"));
    }
    SECTION("wrong types name the field")
    {
        struct Case {
            std::string body;
            std::string field;
            std::string message;
        };
        const Case cases[] = {
            {R"("title": 5)", "title", "expected a string"},
            {R"("overrides": {})", "overrides", "expected an array"},
            {R"("overrides": [7])", "overrides[0]", "expected an object"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": "50"}])",
             "overrides[0].ratePct", "expected a number"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": 20250601, "ratePct": 50}])", "overrides[0].from",
             "expected a date string"},
            {R"("overrides": [{"measure": 3, "from": "2025-06-01", "ratePct": 50}])", "overrides[0].measure",
             "expected a string"},
            {R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14", "days": "90", "suspendedPct": 24}])",
             "truces[0].days", "expected a whole number"},
            {R"("parameters": [])", "parameters", "expected an object"},
            {R"("parameters": {"chinaToUs": 2})", "parameters.chinaToUs", "expected an object"},
            {R"("parameters": {"frontLoadingMonths": 2.5})", "parameters.frontLoadingMonths", "expected a whole number"},
            {R"("dropSteps": "busan_fentanyl_cut")", "dropSteps", "expected an array"},
        };
        for (const Case& c : cases) {
            INFO(c.body);
            const auto r = refusal(withBody(c.body));
            CHECK(r.field == c.field);
            CHECK(contains(r.message, c.message));
            CHECK(r.message.rfind(c.field + ": ", 0) == 0); // the message starts with the field
        }
        // The version itself as a string.
        const auto r = refusal(R"({"format": "tariffsim-scenario", "version": "2"})");
        CHECK(r.field == "version");
    }
    SECTION("out-of-range values: negative and above 1000% tariffs, parameters")
    {
        struct Case {
            std::string body;
            std::string field;
        };
        const Case cases[] = {
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": -5}])", "overrides[0].ratePct"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 1000.5}])", "overrides[0].ratePct"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 1e308}])", "overrides[0].ratePct"},
            {R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 1500}])",
             "truces[0].suspendedPct"},
            {R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14", "days": 0, "suspendedPct": 24}])",
             "truces[0].days"},
            {R"("parameters": {"chinaToUs": {"elasticity": -1}})", "parameters.chinaToUs.elasticity"},
            {R"("parameters": {"usToChina": {"adjustmentSpeed": 0}})", "parameters.usToChina.adjustmentSpeed"},
            {R"("parameters": {"passThrough": 1.5})", "parameters.passThrough"},
            {R"("parameters": {"frontLoadingMonths": 100})", "parameters.frontLoadingMonths"},
            {R"("parameters": {"rareEarthApproval": -0.1})", "parameters.rareEarthApproval"},
            {R"("version2": 1)", "version2"},
        };
        for (const Case& c : cases) {
            INFO(c.body);
            CHECK(refusal(withBody(c.body)).field == c.field);
        }
        CHECK(contains(refusal(withBody(cases[0].body)).message, "out of range [0, 1000]"));
    }
    SECTION("infinite numbers")
    {
        // JSON has no infinity literal; 1e999 overflows to infinity when read.
        auto r = refusal(withBody(R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 1e999}])"));
        CHECK(r.field == "overrides[0].ratePct");
        CHECK(contains(r.message, "finite"));
        r = refusal(withBody(R"("parameters": {"passThrough": -1e999})"));
        CHECK(r.field == "parameters.passThrough");
        // The non-standard literals are syntax errors.
        r = refusal(withBody(R"("parameters": {"passThrough": Infinity})"));
        CHECK(r.field == "(syntax)");
        r = refusal(withBody(R"("parameters": {"passThrough": NaN})"));
        CHECK(r.field == "(syntax)");
    }
    SECTION("impossible and out-of-range dates")
    {
        struct Case {
            std::string body;
            std::string field;
            std::string message;
        };
        const Case cases[] = {
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-02-30", "ratePct": 5}])", "overrides[0].from",
             "'2025-02-30' is not a valid date"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-13-01", "ratePct": 5}])", "overrides[0].from",
             "not a valid date"},
            {R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-02-29", "days": 90, "suspendedPct": 24}])",
             "truces[0].start", "not a valid date"},
            {R"("freezeAfter": "2025-6-1")", "freezeAfter", "not a valid date"},
            {R"("effectiveDate": "1800-01-01")", "effectiveDate",
             "outside the span the data and the model cover, 2017-01-01 to 2030-12-31"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "9999-12-31", "ratePct": 5}])", "overrides[0].from",
             "outside the span the data and the model cover"},
            {R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24,
                "extensions": [{"end": "2025-05-01"}]}])",
             "truces[0].extensions[0].end", "cannot end before it starts"},
            {R"("parameters": {"referenceDate": "0000-01-01"})", "parameters.referenceDate", "not a valid date"},
        };
        for (const Case& c : cases) {
            INFO(c.body);
            const auto r = refusal(withBody(c.body));
            CHECK(r.field == c.field);
            CHECK(contains(r.message, c.message));
        }
        // 2024 was a leap year.
        CHECK_NOTHROW(parseScenario(withBody(R"("effectiveDate": "2024-02-29")"), test::dataset()));
    }
    SECTION("unknown newer version, wrong format, fields from a later version")
    {
        auto r = refusal(withBody("", 6));
        CHECK(r.field == "version");
        CHECK(contains(r.message, "format version 6; this program reads up to version 5"));
        r = refusal(R"({"format": "something-else", "version": 1})");
        CHECK(r.field == "format");
        r = refusal(R"({"version": 1})");
        CHECK(r.field == "format");
        CHECK(contains(r.message, "missing"));
        r = refusal(withBody(R"("parameters": {})", 1));
        CHECK(r.field == "parameters");
        CHECK(contains(r.message, "not part of format version 1"));
        // a truce source's citation came in version 3
        r = refusal(withBody(R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90,
                                             "suspendedPct": 24, "citation": "EO 14298"}])", 2));
        CHECK(r.field == "truces[0].citation");
        CHECK(contains(r.message, "not part of format version 2 (it came in version 3)"));
        const Scenario v3 = parseScenario(withBody(R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14",
            "days": 90, "suspendedPct": 24, "kind": "law", "citation": "EO 14298, 90 FR 21831",
            "reportedBy": "https://example.org/news"}])", 3), test::dataset());
        CHECK(v3.truces->front().provenance.citation == "EO 14298, 90 FR 21831");
        CHECK(v3.truces->front().provenance.kind == "law");
        CHECK(contains(serializeScenario(v3), "\"reportedBy\": \"https://example.org/news\""));
    }
    SECTION("unknown fields, unknown ids, duplicates")
    {
        struct Case {
            std::string body;
            std::string field;
            std::string message;
        };
        const Case cases[] = {
            {R"("titel": "x")", "titel", "unknown field"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratepct": 5}])", "overrides[0].ratepct",
             "unknown field"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01"}])", "overrides[0].ratePct", "missing"},
            {R"("overrides": [{"measure": "no_such_measure", "from": "2025-06-01", "ratePct": 5}])",
             "overrides[0].measure", "unknown measure 'no_such_measure'"},
            {R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 5},
                              {"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 9}])",
             "overrides[1].from", "must be in date order"},
            {R"("dropSteps": ["no_such_step"])", "dropSteps[0]", "no recorded rate step"},
            {R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24},
                           {"id": "t", "measure": "cn_counter", "start": "2025-05-14", "days": 90, "suspendedPct": 24}])",
             "truces[1].id", "duplicate truce id"},
            {R"("truces": [{"id": "t", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24,
                "extensions": [{"end": "2025-09-01", "extra": 1}]}])",
             "truces[0].extensions[0].extra", "unknown field"},
            {R"("parameters": {"chinaToUs": {"elasticty": 2}})", "parameters.chinaToUs.elasticty", "unknown field"},
        };
        for (const Case& c : cases) {
            INFO(c.body);
            const auto r = refusal(withBody(c.body));
            CHECK(r.field == c.field);
            CHECK(contains(r.message, c.message));
        }
    }
}

TEST_CASE("The example in docs/scenario-format.md is a valid scenario file", "[scenario][file][docs]")
{
    std::ifstream in(std::string(TARIFFSIM_DATA_DIR) + "/../../docs/scenario-format.md");
    REQUIRE(in);
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto begin = doc.find("```json\n");
    REQUIRE(begin != std::string::npos);
    const auto end = doc.find("```", begin + 8);
    REQUIRE(end != std::string::npos);
    const Scenario s = parseScenario(doc.substr(begin + 8, end - begin - 8), test::dataset());
    CHECK(s.overrides.size() == 1);
    CHECK(s.truces->size() == 2);
    CHECK(s.parameters.frontLoadingMonths == 3);
}

TEST_CASE("The scenario reader refuses ambiguous, mis-encoded and nonsensical files in words", "[scenario][file]")
{
    SECTION("a key given twice, at any depth, naming the key and its path")
    {
        auto r = refusal(withBody(R"("overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 5000,
                                                    "ratePct": 10}])"));
        CHECK(r.field == "overrides[0].ratePct");
        CHECK(contains(r.message, "the key \"ratePct\" appears twice in the same object"));
        r = refusal(withBody(R"("overrides": [], "overrides": [])"));
        CHECK(r.field == "overrides");
        r = refusal(withBody(R"("title": "a", "title": "a")"));
        CHECK(r.field == "title");
        // The same key in two different objects is fine.
        CHECK_NOTHROW(parseScenario(withBody(R"("overrides": [
            {"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 5},
            {"measure": "cn_counter", "from": "2025-06-01", "ratePct": 5}])"),
                                    test::dataset()));
    }
    SECTION("what people write by hand, in words")
    {
        struct Case {
            std::string text;
            std::string message;
        };
        const Case cases[] = {
            {withBody(R"("title": "x", "parameters": {"passThrough": NaN})"), "NaN is not allowed"},
            {withBody(R"("parameters": {"passThrough": -Infinity})"), "Infinity is not allowed"},
            {withBody(R"("parameters": {"passThrough": Infinity})"), "Infinity is not allowed"},
            {"{\"format\": \"tariffsim-scenario\", // a comment\n\"version\": 2}", "comments (// or /* */) are not allowed"},
            {"{\"format\": \"tariffsim-scenario\", /* a comment */ \"version\": 2}", "comments (// or /* */) are not allowed"},
            {"{'format': 'tariffsim-scenario'}", "strings need double quotes"},
            {withBody(R"("assumptions": ["a",])"), "a comma before ']' (trailing commas are not allowed)"},
            {"{\"format\": \"tariffsim-scenario\", \"version\": 2,}", "a comma before '}'"},
            {"{\"format\": \"tariffsim-scenario\", \"version\": 2", "the file ends too early"},
        };
        for (const Case& c : cases) {
            INFO(c.text);
            const auto r = refusal(c.text);
            CHECK(r.field == "(syntax)");
            CHECK(contains(r.message, c.message));
            CHECK((contains(r.message, "line 1, column") || contains(r.message, "line 2, column")));
        }
    }
    SECTION("files that are not UTF-8")
    {
        const std::string utf16le("\xff\xfe{\0\"\0", 6);
        auto r = refusal(utf16le);
        CHECK(r.field == "(file)");
        CHECK(contains(r.message, "the file is UTF-16; save it as UTF-8"));
        r = refusal(std::string("\xfe\xff\0{", 4));
        CHECK(contains(r.message, "the file is UTF-16; save it as UTF-8"));
        r = refusal(std::string("\xff\xfe\0\0{\0\0\0", 8));
        CHECK(contains(r.message, "the file is UTF-32; save it as UTF-8"));
        // UTF-16 without a byte-order mark: '{' then NUL.
        r = refusal(std::string("{\0\"\0", 4));
        CHECK(contains(r.message, "UTF-16 or UTF-32"));
        // Latin-1 "Genève": byte 0xe8 on line 2, column 15 (a space, "title": and " take 11 columns, Gen 3).
        r = refusal("{\"format\": \"tariffsim-scenario\", \"version\": 2,\n \"title\": \"Gen\xe8ve\"}");
        CHECK(r.field == "(syntax)");
        CHECK(contains(r.message, "line 2, column 15: byte 0xe8 is not UTF-8; save the file as UTF-8"));
        // A UTF-8 byte-order mark is accepted.
        CHECK_NOTHROW(parseScenario("\xef\xbb\xbf" + withBody(""), test::dataset()));
    }
    SECTION("echoed names are cut and escaped")
    {
        // A one-megabyte unknown key: the message stays short.
        auto r = refusal(withBody("\"" + std::string(1 << 20, 'k') + "\": 1"));
        CHECK(contains(r.message, "unknown field"));
        CHECK(r.message.size() < 300);
        CHECK(contains(r.message, "… (1048576 bytes)"));
        // Escape codes and a newline in a measure id cannot forge a line of output.
        r = refusal(withBody(R"("overrides": [{"measure": "x\u001b[31m\nERROR: fake", "from": "2025-06-01", "ratePct": 5}])"));
        CHECK(r.field == "overrides[0].measure");
        CHECK(contains(r.message, "unknown measure 'x\\x1b[31m\\nERROR: fake'"));
        CHECK_FALSE(contains(r.message, "\n"));
        CHECK_FALSE(contains(r.message, "\x1b"));
    }
    SECTION("truces that would do nothing real, or something nobody meant")
    {
        struct Case {
            std::string body;
            std::string field;
            std::string message;
        };
        const Case cases[] = {
            // Two truces at once on one measure (they would add up).
            {R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24},
                           {"id": "b", "measure": "us_reciprocal", "start": "2025-07-01", "days": 90, "suspendedPct": 10}])",
             "truces[1].start",
             "truce 'b' (2025-07-01 to 2025-09-29) overlaps truce 'a' (2025-05-14 to 2025-08-12) on the same measure"},
            // An "extension" ending before the truce's own end (2025-05-14 + 90 days = 2025-08-12).
            {R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24,
                            "extensions": [{"end": "2025-07-01"}]}])",
             "truces[0].extensions[0].end", "an extension must end after 2025-08-12"},
            // Extensions out of order: the second ends before the first.
            {R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24,
                            "extensions": [{"end": "2025-11-10"}, {"end": "2025-10-01"}]}])",
             "truces[0].extensions[1].end", "an extension must end after 2025-11-10"},
            // Running past the limit: 2025-05-14 to 2100-12-31 is far more than 3650 days.
            {R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24,
                            "extensions": [{"end": "2100-12-31"}]}])",
             "truces[0].extensions[0].end", "cannot last more than 3650 days"},
            // 1000 points of a duty whose highest recorded rate is 125%.
            {R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 1000}])",
             "truces[0].suspendedPct", "1000 points is more than 'us_reciprocal' ever charges (125%)"},
            // A truce starting before the data do.
            {R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "1995-01-01", "days": 90, "suspendedPct": 24}])",
             "truces[0].start", "outside the span the data and the model cover"},
            // Freezing every rate, MFN included, before the data start would zero them all.
            {R"("freezeAfter": "1990-01-01")", "freezeAfter", "1990-01-01 is outside the span the data and the model cover"},
        };
        for (const Case& c : cases) {
            INFO(c.body);
            const auto r = refusal(withBody(c.body));
            CHECK(r.field == c.field);
            CHECK(contains(r.message, c.message));
        }
        // An override that raises the measure makes room for a larger suspension:
        // 145% from 2025-04-10, so 130 suspended points are within the rate.
        CHECK_NOTHROW(parseScenario(
            withBody(R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 130}],
                        "overrides": [{"measure": "us_reciprocal", "from": "2025-04-10", "ratePct": 145}])"),
            test::dataset()));
        // Back to back is not overlapping: b starts on a's end day.
        CHECK_NOTHROW(parseScenario(
            withBody(R"("truces": [{"id": "a", "measure": "us_reciprocal", "start": "2025-05-14", "days": 90, "suspendedPct": 24},
                                   {"id": "b", "measure": "us_reciprocal", "start": "2025-08-12", "days": 30, "suspendedPct": 24}])"),
            test::dataset()));
    }
}

TEST_CASE("readScenarioFile is the one reader of files", "[scenario][file]")
{
    const std::string folder = std::string(TARIFFSIM_PRESET_DIR);
    const Scenario s = readScenarioFile(folder + "/geneva-snapback.tariffsim.json", test::dataset());
    CHECK(s.id == "geneva-snapback");
    try {
        readScenarioFile(folder + "/missing.tariffsim.json", test::dataset());
        FAIL("a missing file was read");
    } catch (const ScenarioError& e) {
        CHECK(e.field() == "(file)");
        CHECK(std::string(e.what()) == "no such file");
    }
    try {
        readScenarioFile(folder, test::dataset());
        FAIL("a folder was read");
    } catch (const ScenarioError& e) {
        CHECK(std::string(e.what()) == "is a folder, not a regular file");
    }
}

TEST_CASE("US tariffs on the other suppliers in scenario files (version 5)", "[scenario][file][diversion]")
{
    const Dataset& ds = test::dataset();
    const Scenario s = parseScenario(withBody(R"("partnerRates": [
        {"partner": "Vietnam", "from": "2027-01-01", "ratePct": 40},
        {"partner": "Vietnam", "from": "2028-01-01", "ratePct": 20},
        {"partner": "Mexico", "from": "2027-01-01", "ratePct": 0}])", 5), ds);
    REQUIRE(s.partnerRates.size() == 3);
    CHECK(s.partnerRates[0] == PartnerRate{"Vietnam", day("2027-01-01"), 40.0});
    CHECK(s.partnerRates[2].ratePct == 0.0);
    const std::string text = serializeScenario(s);
    CHECK(contains(text, "\"partnerRates\": ["));
    CHECK(parseScenario(text, ds) == s);
    // The thirteen other suppliers are the partners of us_imports_monthly_by_partner.csv but China and Canada.
    CHECK(ds.partners.size() == 13);

    auto r = refusal(withBody(R"("partnerRates": [{"partner": "Atlantis", "from": "2027-01-01", "ratePct": 40}])", 5));
    CHECK(r.field == "partnerRates[0].partner");
    CHECK(contains(r.message, "'Atlantis' is not one of the other suppliers (Mexico, "));
    r = refusal(withBody(R"("partnerRates": [{"partner": "Vietnam", "from": "2027-01-01", "ratePct": -1}])", 5));
    CHECK(r.field == "partnerRates[0].ratePct");
    r = refusal(withBody(R"("partnerRates": [{"partner": "Vietnam", "from": "2028-01-01", "ratePct": 1},
                                              {"partner": "Vietnam", "from": "2027-01-01", "ratePct": 2}])", 5));
    CHECK(r.field == "partnerRates[1].from");
    // Not part of version 4.
    r = refusal(withBody(R"("partnerRates": [])", 4));
    CHECK(r.field == "partnerRates");
    CHECK(contains(r.message, "it came in version 5"));
}
