// tariffsim-cli scenario and validate, and --scenario FILE honoured by
// the other commands.
#include "support/testsupport.h"

#include "clirunner.h"
#include "core/scenario.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>

namespace {

using Result = tariffsim::test::CliResult;
using tariffsim::test::runCli;

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("tariffsim-cli scenario and validate", "[cli][scenario]")
{
    using namespace tariffsim;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = QDir(dir.path()).filePath(QStringLiteral("pre.tariffsim.json")).toStdString();

    SECTION("scenario --preset writes a user scenario based on the preset, which validates")
    {
        auto r = runCli({"scenario", "--preset", "pre-2025", "--title", "Held at January 2025", "--out", path});
        REQUIRE(r.code == 0);
        CHECK(r.out == "wrote " + path + " ('Held at January 2025', format version 5)\n");
        const core::Scenario s = core::parseScenario(readAll(path), test::dataset());
        CHECK(s.basePreset == "pre-2025");
        CHECK(s.id.empty());
        CHECK(s.title == "Held at January 2025");
        CHECK(s.freezeAfter == test::preset("pre-2025").freezeAfter);

        r = runCli({"validate", path});
        CHECK(r.code == 0);
        CHECK(r.out == path + ": valid scenario 'Held at January 2025' based on pre-2025; 0 overrides, "
                              "0 truces, default parameters\n");
        CHECK(r.err.empty());
    }
    SECTION("--out - prints the file; without --out it is a usage error")
    {
        auto r = runCli({"scenario", "--preset", "geneva-snapback", "--out", "-"});
        REQUIRE(r.code == 0);
        core::Scenario expected = test::preset("geneva-snapback");
        expected.basePreset = expected.id;
        expected.id.clear();
        CHECK(r.out == core::serializeScenario(expected));
        r = runCli({"scenario", "--preset", "geneva-snapback"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "--out"));
        r = runCli({"scenario", "--preset", "nope", "--out", "-"});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "unknown preset 'nope'"));
    }
    SECTION("--scenario FILE: a file the scenario command wrote gives the same rates as its preset")
    {
        REQUIRE(runCli({"scenario", "--preset", "geneva-snapback", "--out", path}).code == 0);
        const auto fromFile = runCli({"rates", "--from", "2025-08-10", "--to", "2025-08-14", "--scenario", path});
        const auto fromPreset = runCli({"rates", "--from", "2025-08-10", "--to", "2025-08-14", "--preset", "geneva-snapback"});
        REQUIRE(fromFile.code == 0);
        CHECK(fromFile.out == fromPreset.out);
        // And it differs from the default scenario (the truce was extended there).
        CHECK(fromFile.out != runCli({"rates", "--from", "2025-08-10", "--to", "2025-08-14"}).out);
    }
    SECTION("rewriting a file keeps its parameters and overrides")
    {
        writeText(path, R"({"format": "tariffsim-scenario", "version": 2,
            "overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": 50}],
            "effectiveDate": "2025-06-01",
            "parameters": {"passThrough": 0.75, "chinaToUs": {"elasticity": 3}}})");
        const std::string out = QDir(dir.path()).filePath(QStringLiteral("out.tariffsim.json")).toStdString();
        REQUIRE(runCli({"scenario", "--scenario", path, "--out", out}).code == 0);
        const core::Scenario s = core::parseScenario(readAll(out), test::dataset());
        CHECK(s.parameters.passThrough == 0.75);
        CHECK(s.parameters.flow(core::Flow::ChinaToUs).elasticity == 3.0);
        REQUIRE(s.overrides.size() == 1);
        CHECK(s.overrides[0].ratePct == 50.0);
        CHECK(s.effectiveDate == test::day("2025-06-01"));
    }
    SECTION("validate: invalid files exit 1 with the file, the field and the problem")
    {
        writeText(path, R"({"format": "tariffsim-scenario", "version": 2,
  "overrides": [{"measure": "us_reciprocal", "from": "2025-06-01", "ratePct": -3}]})");
        auto r = runCli({"validate", path});
        CHECK(r.code == 1);
        CHECK(r.err == "tariffsim-cli validate: " + path
                           + ": overrides[0].ratePct: value -3 is out of range [0, 1000]\n");
        CHECK(r.out.empty());

        // Truncated after "version": 2, (46 characters): the end of input is line 1, column 47.
        writeText(path, R"({"format": "tariffsim-scenario", "version": 2,)");
        r = runCli({"validate", path});
        CHECK(r.code == 1);
        CHECK(contains(r.err, path + ": (syntax): line 1, column 47: "));

        writeText(path, R"({"format": "tariffsim-scenario", "version": 7})");
        r = runCli({"validate", path});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "version: file is format version 7; this program reads up to version 5"));

        // The same refusal through --scenario of another command.
        r = runCli({"events", "--scenario", path});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "version"));

        r = runCli({"validate", QDir(dir.path()).filePath(QStringLiteral("missing.json")).toStdString()});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "no such file"));
        r = runCli({"validate", dir.path().toStdString()});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "not a regular file"));
    }
    SECTION("validate: usage errors exit 2")
    {
        auto r = runCli({"validate"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "needs a FILE"));
        r = runCli({"validate", "a.json", "b.json"});
        CHECK(r.code == 2);
        CHECK(contains(r.err, "unexpected argument 'b.json'"));
        r = runCli({"rates", "2025-01-01"});
        CHECK(r.code == 2);
    }
    SECTION("every preset file validates")
    {
        for (const auto& id : test::presets().ids()) {
            const std::string file = std::string(TARIFFSIM_PRESET_DIR) + "/" + id + ".tariffsim.json";
            const auto r = runCli({"validate", file});
            INFO(r.err);
            CHECK(r.code == 0);
        }
    }
}
