// The analyst's own data folder: --data DIR on the commands, tariffsim-cli data
// check, and what the window is given when a file is bad.
#include "support/testsupport.h"

#include "clirunner.h"
#include "ui/document/appdata.h"
#include "ui/document/scenariodocument.h"
#include "ui/export/briefingdialogs.h"
#include "ui/export/briefinglayout.h"

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>

namespace {

using tariffsim::test::runCli;

void writeText(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The fields of the row of `csv` that starts with `prefix`.
std::vector<std::string> rowStarting(const std::string& csv, const std::string& prefix)
{
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line))
        if (line.starts_with(prefix)) {
            std::vector<std::string> fields;
            std::istringstream parts(line);
            std::string f;
            while (std::getline(parts, f, ','))
                fields.push_back(f);
            if (line.ends_with(","))
                fields.emplace_back();
            return fields;
        }
    FAIL("no row starting with " << prefix);
    return {};
}

const std::string kMonthlyHeader = "month,flow,value_usd_bn,reporter,source_url\n";

} // namespace

TEST_CASE("tariffsim-cli --data DIR and data check", "[cli][userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.path();
    const std::string folderText = folder.toStdString();

    SECTION("a month the shipped data lack becomes the actual value of project")
    {
        writeText(QDir(folder).filePath("trade_monthly.csv"),
                  kMonthlyHeader + "2026-05,china_to_us,40.0,GACC,https://example.org/x\n");
        const auto shipped = runCli({"project", "--from", "2026-05", "--to", "2026-05"});
        REQUIRE(shipped.code == 0);
        // Column 9 (index 8) is actual_usd_bn: empty without the user's row.
        CHECK(rowStarting(shipped.out, "2026-05,china_to_us,total,").at(8).empty());

        const auto r = runCli({"project", "--data", folderText, "--from", "2026-05", "--to", "2026-05"});
        REQUIRE(r.code == 0);
        CHECK(contains(r.out, "month,flow,sector,avg_tariff_pct,baseline_usd_bn,scenario_usd_bn,low_usd_bn,high_usd_bn,"
                              "actual_usd_bn,"));
        const auto row = rowStarting(r.out, "2026-05,china_to_us,total,");
        CHECK(std::stod(row.at(8)) == 40.0);
        // The other flow has no observation for the month.
        CHECK(rowStarting(r.out, "2026-05,us_to_china,total,").at(8).empty());

        // The observations CSV marks the row as the user's own.
        const auto obs = runCli({"calibrate", "--observations", "--data=" + folderText});
        REQUIRE(obs.code == 0);
        CHECK(contains(obs.out, "china_to_us,2026-05,GACC,40.0000,"));
        CHECK(contains(obs.out, ",https://example.org/x,user,"));

        const auto check = runCli({"data", "check", folderText});
        CHECK(check.code == 0);
        CHECK(check.out == "data folder: " + folderText + "\nno problems in 1 file: trade_monthly.csv\n");
    }

    SECTION("a replaced shipped month")
    {
        // Shipped 2025-09 china_to_us GACC: 34.3 (trade_monthly.csv); the user's 30.0 replaces it.
        writeText(QDir(folder).filePath("trade_monthly.csv"),
                  kMonthlyHeader + "2025-09,china_to_us,30.0,GACC,https://example.org/rev\n");
        const auto before = runCli({"project", "--from", "2025-09", "--to", "2025-09"});
        const auto after = runCli({"project", "--data", folderText, "--from", "2025-09", "--to", "2025-09"});
        REQUIRE(after.code == 0);
        CHECK(std::stod(rowStarting(before.out, "2025-09,china_to_us,total,").at(8)) == 34.3);
        CHECK(std::stod(rowStarting(after.out, "2025-09,china_to_us,total,").at(8)) == 30.0);
    }

    SECTION("every problem is printed as FILE:LINE: field: reason, exit 1")
    {
        writeText(QDir(folder).filePath("trade_monthly.csv"),
                  kMonthlyHeader + "2026-05,china_to_us,forty,GACC,https://example.org/x\n"
                                   "2026-06,china_to_us,41,GACC,\n");
        writeText(QDir(folder).filePath("notes.txt"), "my notes\n");
        const auto r = runCli({"data", "check", folderText});
        CHECK(r.code == 1);
        CHECK(r.out == "data folder: " + folderText + "\n"
                       "notes.txt:1: (file): not a file the data folder can hold (it may hold calibration.csv, "
                       "elasticities.csv, events.csv, rare_earth_magnets_2025.csv, trade_annual.csv, trade_monthly.csv, "
                       "trade_monthly_supplementary.csv, measures.json)\n"
                       "trade_monthly.csv:2: value_usd_bn: 'forty' is not a number\n"
                       "trade_monthly.csv:3: source_url: empty; a value is required\n");
        CHECK(contains(r.err, ": 3 problems"));

        // A command given the folder refuses it rather than run on other figures.
        const auto p = runCli({"project", "--data", folderText, "--from", "2026-05", "--to", "2026-05"});
        CHECK(p.code == 1);
        CHECK(contains(p.err, "trade_monthly.csv:2: value_usd_bn: 'forty' is not a number"));
        CHECK(p.out.empty());
    }

    SECTION("a measures file of the user's adds a layer for every command")
    {
        writeText(QDir(folder).filePath("measures.json"), R"J({"measures": [{
            "id": "user_toys_2027", "direction": "us_on_china", "layer": "Section 301",
            "name": "Toys and consoles (assumed)", "coverage": [{"hs": "95", "share": 1}],
            "steps": [{"date": "2027-01-01", "ratePct": 25, "basis": "estimate", "note": "an assumption"}]}]})J");
        const auto check = runCli({"data", "check", folderText});
        CHECK(check.code == 0);
        CHECK(contains(check.out, "no problems in 1 file: measures.json"));
        // 25 * 30.0333 / 438.9292 = 1.71060 points on the US average from 1 Jan
        // 2027 (chapter 95's 2024 weight), printed to two decimals.
        const auto with = runCli({"rates", "--date", "2027-01-01", "--data", folderText});
        const auto without = runCli({"rates", "--date", "2027-01-01"});
        REQUIRE(with.code == 0);
        REQUIRE(without.code == 0);
        const auto average = [](const std::string& csv, const std::string& direction) {
            const auto at = csv.find("," + direction + ",");
            REQUIRE(at != std::string::npos);
            return std::stod(csv.substr(at + direction.size() + 2));
        };
        CHECK_THAT(average(with.out, "us_on_china") - average(without.out, "us_on_china"),
                   Catch::Matchers::WithinAbs(1.7106, 0.01));
        // The layer is listed, and marked as the user's own where sources are shown.
        const auto layers = runCli({"rates", "--date", "2027-01-01", "--layers", "--data", folderText});
        CHECK(contains(layers.out, "Section 301"));

        // A bad one: named in the file's own numbering, and the commands refuse the folder.
        writeText(QDir(folder).filePath("measures.json"), R"J({"measures": [{
            "id": "user_toys_2027", "direction": "us_on_china", "layer": "Section 301",
            "name": "Toys", "coverage": [{"hs": "95", "share": 1}],
            "steps": [{"date": "2027-01-01", "ratePct": -5}]}]})J");
        const auto bad = runCli({"data", "check", folderText});
        CHECK(bad.code == 1);
        CHECK(contains(bad.out, "measures.json:1: measures[0].steps[0].ratePct: "));
        CHECK(runCli({"rates", "--date", "2027-01-01", "--data", folderText}).code == 1);
    }

    SECTION("not a folder")
    {
        const auto r = runCli({"data", "check", folderText + "/missing"});
        CHECK(r.code == 1);
        CHECK(contains(r.err, "/missing: not a folder"));
        const auto p = runCli({"rates", "--date", "2025-05-14", "--data", folderText + "/missing"});
        CHECK(p.code == 1);
        CHECK(contains(p.err, "--data: "));
        CHECK(runCli({"rates", "--date", "2025-05-14", "--data"}).code == 2);
    }
}

TEST_CASE("The window's data: a bad user file is skipped and named", "[userdata]")
{
    using namespace tariffsim;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeText(QDir(dir.path()).filePath("trade_monthly.csv"),
              kMonthlyHeader + "2026-05,china_to_us,40.0,GACC,https://example.org/x\n");
    writeText(QDir(dir.path()).filePath("events.csv"), "date,actor\n2026-01-01,US\n");

    std::vector<core::DataProblem> problems;
    const auto data = ui::loadWithUserData(dir.path(), problems);
    REQUIRE(data);
    // The good file is in, the bad one skipped with its problems.
    CHECK(data->dataset.vintage.lastObserved.at({core::Flow::ChinaToUs, "GACC"}) == core::YearMonth{2026, 5});
    CHECK(data->dataset.events.size() == ui::bundledData().dataset.events.size());
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().file == "events.csv");
    const QString text = ui::skippedFilesText(problems);
    CHECK(text.startsWith(QStringLiteral("events.csv skipped: line 1, kind: missing column")));
    CHECK(text.contains(QStringLiteral("more problems")));

    // Only bad files: nothing to add, the bundled data serve.
    QTemporaryDir bad;
    writeText(QDir(bad.path()).filePath("trade_monthly.csv"), "nonsense\n");
    problems.clear();
    CHECK_FALSE(ui::loadWithUserData(bad.path(), problems));
    CHECK(problems.size() >= 1);
    // No folder: nothing, no problem.
    problems.clear();
    CHECK_FALSE(ui::loadWithUserData(bad.path() + QStringLiteral("/none"), problems));
    CHECK(problems.empty());
    CHECK(ui::defaultUserDataFolder().endsWith(QStringLiteral("/tariffsim/tariffsim/data")));
}

TEST_CASE("The user's layers and rows are listed as their own in the briefing's sources", "[userdata][briefing]")
{
    using namespace tariffsim;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeText(QDir(dir.path()).filePath("trade_monthly.csv"),
              kMonthlyHeader + "2026-05,china_to_us,40.0,GACC,https://example.org/x\n");
    writeText(QDir(dir.path()).filePath("measures.json"), R"J({"measures": [{
        "id": "user_toys_2027", "direction": "us_on_china", "layer": "Section 301",
        "name": "Toys and consoles (assumed)", "coverage": [{"hs": "95", "share": 1}],
        "steps": [{"date": "2027-01-01", "ratePct": 25, "basis": "estimate", "note": "an assumption"}]}]})J");
    std::vector<core::DataProblem> problems;
    const auto data = ui::loadWithUserData(dir.path(), problems);
    REQUIRE(data);
    CHECK(problems.empty());
    REQUIRE(data->dataset.measure("user_toys_2027"));
    ui::ScenarioDocument doc(*data);
    std::vector<ui::Citation> own;
    for (const auto& c : ui::numberedCitations(doc))
        if (c.entry.kind == QStringLiteral("your own data"))
            own.push_back(c);
    // The layer (no address: its note names the file) and the month (its address).
    REQUIRE(own.size() == 2);
    CHECK(own[0].entry.citation == QStringLiteral("Your own data (measures.json); an assumption"));
    CHECK(own[0].entry.citedFor.contains(QStringLiteral("Toys and consoles (assumed): 25% from 1 Jan 2027")));
    // The month: China customs' figure as the user's file gives it, read at the file's address.
    CHECK(own[1].entry.citation
          == QStringLiteral("General Administration of Customs of China (GACC) (Your own data (trade_monthly.csv))"));
    CHECK(own[1].entry.reportedBy == QStringList{QStringLiteral("example.org/x")});
    // Listed after the shipped kinds: the last numbers, before any "other".
    CHECK(ui::citationKinds().indexOf(QStringLiteral("your own data")) == 4);
}

TEST_CASE("Captions say when a chart's figures include the user's own data; Preferences shows the folder",
          "[userdata][briefing]")
{
    using namespace tariffsim;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeText(QDir(dir.path()).filePath("trade_monthly.csv"),
              kMonthlyHeader + "2026-05,china_to_us,40.0,GACC,https://example.org/x\n");
    std::vector<core::DataProblem> problems;
    const auto data = ui::loadWithUserData(dir.path(), problems);
    REQUIRE(data);
    ui::ScenarioDocument doc(*data);
    // The volume chart's figures include the month; the tariff chart's do not.
    CHECK(ui::sourceLine(doc, ui::ChartId::Volumes).endsWith(QStringLiteral(" Includes your own data (trade_monthly.csv).")));
    CHECK_FALSE(ui::sourceLine(doc, ui::ChartId::Tariffs).contains(QStringLiteral("your own data")));
    // The shipped data alone: no such sentence.
    ui::ScenarioDocument shipped(ui::bundledData());
    CHECK_FALSE(ui::sourceLine(shipped, ui::ChartId::Volumes).contains(QStringLiteral("your own data")));

    ui::BriefingPreferencesDialog preferences;
    REQUIRE(preferences.dataFolderLabel());
    CHECK(preferences.dataFolderLabel()->text() == ui::defaultUserDataFolder());
}
