// Where the trade went on the command line, in the chart and in the headline strip.

#include "support/testsupport.h"

#include "clirunner.h"

#include "core/csv.h"
#include "core/diversion.h"
#include "core/projection.h"
#include "core/projectionreport.h"
#include "ui/charts/chartmodels.h"
#include "ui/document/appdata.h"
#include "ui/document/diversiondata.h"
#include "ui/document/scenariodocument.h"
#include "ui/widgets/headlinestrip.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <sstream>

using namespace tariffsim;
using tariffsim::test::runCli;
using Catch::Matchers::WithinAbs;

namespace {

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

const char* const kNewFlows[] = {"china_to_others", "us_from_others", "rerouted_from_china"};

bool isNewFlow(const std::vector<std::string>& row)
{
    return row.size() > 1 && std::find(std::begin(kNewFlows), std::end(kNewFlows), row[1]) != std::end(kNewFlows);
}

} // namespace

TEST_CASE("tariffsim-cli project --flows all", "[cli][diversion]")
{
    const auto plain = runCli({"project"});
    const auto all = runCli({"project", "--flows", "all"});
    REQUIRE(plain.code == 0);
    REQUIRE(all.code == 0);
    const auto rows = core::parseCsv(all.out);

    SECTION("without --flows the output is the bilateral projection CSV, byte for byte")
    {
        // The same bytes as the report of the projection itself, and no diversion rows.
        const auto& data = ui::bundledData();
        const core::TariffSchedule schedule(data.dataset, *data.presets->find("as-enacted"));
        const auto projection = core::project(data.dataset, schedule, core::defaultParameters(data.dataset),
                                              {2024, 1}, {2030, 12});
        CHECK(plain.out == core::projectionCsv(projection, false));
        CHECK(plain.out.find("_others") == std::string::npos);
        CHECK(lines(plain.out).size() == 1 + 84 * 2);
    }
    SECTION("with --flows all: the plain rows unchanged, three more rows each month")
    {
        // Removing the three new flows' rows gives back the plain output exactly.
        std::string kept;
        for (const auto& line : lines(all.out))
            if (!isNewFlow(core::parseCsv(line).front()))
                kept += line + "\n";
        CHECK(kept == plain.out);
        REQUIRE(rows.size() == 1 + 84 * 5);
        for (size_t i = 1; i < rows.size(); i += 5) {
            INFO(rows[i][0]);
            CHECK(rows[i][1] == "china_to_us");
            CHECK(rows[i + 2][1] == "china_to_others");
            CHECK(rows[i + 3][1] == "us_from_others");
            CHECK(rows[i + 4][1] == "rerouted_from_china");
            for (size_t j = i + 2; j < i + 5; ++j) {
                CHECK(rows[j].size() == 12);
                CHECK(rows[j][0] == rows[i][0]);
                CHECK(rows[j][2] == "total");
                CHECK(std::stod(rows[j][6]) <= std::stod(rows[j][5]) + 1e-9);
                CHECK(std::stod(rows[j][5]) <= std::stod(rows[j][7]) + 1e-9);
            }
            // China's exports to others and the rerouted trade carry no US tariff columns
            CHECK(rows[i + 2][3].empty());
            CHECK(rows[i + 4][9].empty());
            // no tariff change, no rerouting: the rerouted baseline is 0, and the rerouted
            // trade is at most the high benchmark (0.40) of the rise in imports from the others
            CHECK(rows[i + 4][4] == "0.0000");
            const double rise = std::stod(rows[i + 3][5]) - std::stod(rows[i + 3][4]);
            CHECK(std::stod(rows[i + 4][5]) <= std::max(0.0, 0.40 * rise) + 1e-4);
        }
    }
    SECTION("observed US imports from the others: the sum of the thirteen partners' months")
    {
        // 2025-01 is row 1 + 12 * 5 (months from 2024-01) + 3 (us_from_others):
        // 41.68 + 12.99 + 11.07 + 5.63 + 8.15 + 4.66 + 2.64 + 1.03 + 1.16 + 4.37 + 0.09 + 0.05 + 0.00 = 93.52
        const auto& jan = rows[1 + 12 * 5 + 3];
        REQUIRE(jan[0] == "2025-01");
        REQUIRE(jan[1] == "us_from_others");
        CHECK(jan[8] == "93.5200");
        // November 2025 is not in the partners' file
        const auto& nov = rows[1 + 22 * 5 + 3];
        REQUIRE(nov[0] == "2025-11");
        CHECK(nov[8].empty());
        // before any tariff on the partners (2024) the flow is its baseline: the 2024 month itself
        const auto& jun24 = rows[1 + 5 * 5 + 3];
        CHECK(jun24[4] == jun24[5]);
        CHECK(jun24[4] == jun24[8]);
    }
    SECTION("--flows takes only 'all'")
    {
        const auto r = runCli({"project", "--flows", "some"});
        CHECK(r.code == 1);
        CHECK(r.err.find("--flows: 'some' is not 'all'") != std::string::npos);
    }
}

TEST_CASE("tariffsim-cli calibrate --diversion", "[cli][diversion]")
{
    const auto r = runCli({"calibrate", "--diversion"});
    REQUIRE(r.code == 0);
    const auto rows = core::parseCsv(r.out);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == std::vector<std::string>{"series", "fit", "parameter", "value", "observations", "rmse_usd_bn",
                                              "mape_pct", "mean_error_pct"});
    std::map<std::string, std::vector<std::string>> byKey;
    for (size_t i = 1; i < rows.size(); ++i)
        byKey[rows[i][0] + "/" + rows[i][1]] = rows[i];
    // 2025-01..2025-10 of the partners' imports; 2025 H1 and H2 of China's exports to others
    CHECK(byKey.at("us_from_others/fitted")[4] == "10");
    CHECK(byKey.at("china_to_others/fitted")[4] == "2");
    // The shipped defaults are the fit: a stale diversion_parameters.csv fails here.
    CHECK(byKey.at("us_from_others/default")[3] == byKey.at("us_from_others/fitted")[3]);
    CHECK(byKey.at("china_to_others/default")[3] == byKey.at("china_to_others/fitted")[3]);
    const auto bad = runCli({"calibrate", "--diversion", "--by-half"});
    CHECK(bad.code == 2);
}

TEST_CASE("Where the trade went: chart, export and headline", "[ui][diversion]")
{
    ui::ScenarioDocument doc(ui::bundledData());
    SECTION("the chart: four flows against baseline with their observations, and rerouting with its band")
    {
        const ui::ChartModel m = ui::chartModel(doc, ui::ChartId::Diversion);
        CHECK(m.title == QStringLiteral("Where the trade went"));
        CHECK(m.timeAxis);
        std::map<QString, const ui::ChartSeries*> byName;
        for (const auto& s : m.series)
            byName[s.name] = &s;
        REQUIRE(byName.count(QStringLiteral("Rerouted Chinese trade (estimate)")));
        REQUIRE(byName.count(QStringLiteral("Rerouted Chinese trade (estimate) — range")));
        const auto* us = byName[QStringLiteral("US imports from other suppliers (US Census) — observed against baseline")];
        REQUIRE(us);
        CHECK(us->points.size() == 22); // 2024-01..2025-10
        // 2024 months are the baseline itself
        CHECK_THAT(us->points.front().y(), WithinAbs(0.0, 1e-9));
        const auto* gacc = byName[QStringLiteral("China's exports to the US (China customs) — scenario against baseline")];
        REQUIRE(gacc);
        CHECK(gacc->points.size() == doc.projection().months);
        // The rerouted band holds the rerouted line.
        const auto* band = byName[QStringLiteral("Rerouted Chinese trade (estimate) — range")];
        const auto* line = byName[QStringLiteral("Rerouted Chinese trade (estimate)")];
        for (qsizetype k = 0; k < line->points.size(); ++k) {
            CHECK(band->points[k].y() <= line->points[k].y() + 1e-12);
            CHECK(line->points[k].y() <= band->upper[k].y() + 1e-12);
        }
    }
    SECTION("export --chart diversion in every format")
    {
        QTemporaryDir dir;
        const std::string base = dir.path().toStdString() + "/d.";
        const std::pair<const char*, QByteArray> formats[] = {
            {"png", QByteArray("\x89PNG")}, {"svg", QByteArray("<?xml")}, {"pdf", QByteArray("%PDF-")},
            {"csv", QByteArray("series,date,value,unit")}};
        for (const auto& [format, magic] : formats) {
            INFO(format);
            const auto r = runCli({"export", "--chart", "diversion", "--out", base + format, "--size", "800x450"});
            REQUIRE(r.code == 0);
            QFile f(QString::fromStdString(base + format));
            REQUIRE(f.open(QIODevice::ReadOnly));
            CHECK(f.read(magic.size()) == magic);
        }
        const auto r = runCli({"export", "--chart", "diversion", "--format", "csv", "--out", "-", "--from", "2025-01",
                               "--to", "2025-12"});
        REQUIRE(r.code == 0);
        CHECK(r.out.find("Rerouted Chinese trade (estimate),2025-06-01,") != std::string::npos);
        CHECK(r.out.find(",2024-12-01,") == std::string::npos);
    }
    SECTION("the headline strip: trade diverted and rerouted, with the figures of the model")
    {
        ui::HeadlineStrip strip(&doc);
        const auto& f = strip.diversionFigures();
        const core::DiversionFigures expected = core::diversionFigures(ui::documentDiversion(doc));
        CHECK(f == expected);
        CHECK(f.first == core::YearMonth{2025, 1});
        CHECK(f.reroutedLowUsdBn <= f.reroutedUsdBn);
        CHECK(f.reroutedUsdBn <= f.reroutedHighUsdBn);
        QLabel* diverted = strip.valueLabel(QStringLiteral("trade-diverted"));
        QLabel* rerouted = strip.valueLabel(QStringLiteral("trade-rerouted"));
        REQUIRE(diverted);
        REQUIRE(rerouted);
        // Signed, one decimal, thousands grouped: "+$195.4bn", "−$223.7bn".
        const QString sign = f.divertedUsdBn > 0.05 ? QStringLiteral("+")
            : f.divertedUsdBn < -0.05                ? QStringLiteral("\u2212")
                                                     : QString();
        CHECK(diverted->text()
              == sign + QStringLiteral("$") + QLocale(QLocale::English, QLocale::UnitedStates).toString(std::abs(f.divertedUsdBn), 'f', 1)
                  + QStringLiteral("bn"));
        CHECK(rerouted->text().startsWith(QStringLiteral("$%1bn").arg(f.reroutedUsdBn, 0, 'f', 1)));
    }
}

TEST_CASE("The tariff chart shows the average US tariff on the other suppliers", "[ui][diversion]")
{
    ui::ScenarioDocument doc(ui::bundledData());
    const ui::ChartModel m = ui::chartModel(doc, ui::ChartId::Tariffs);
    const auto it = std::find_if(m.series.begin(), m.series.end(), [](const ui::ChartSeries& s) {
        return s.name == QStringLiteral("US tariffs on other suppliers (Mexico, Taiwan, India, ASEAN)");
    });
    REQUIRE(it != m.series.end());
    CHECK(it->style == ui::SeriesStyle::Step);
    // Each level of the step line is the partners' average on a day inside that step.
    const auto& data = ui::bundledDiversionData();
    const auto valueOn = [&](const char* text) {
        const double x = ui::toMs(test::day(text));
        double v = 0;
        for (const QPointF& p : it->points)
            if (p.x() <= x)
                v = p.y();
        return v;
    };
    for (const char* d : {"2024-06-01", "2025-03-05", "2025-06-01", "2025-09-01", "2026-03-15", "2026-09-01"}) {
        INFO(d);
        CHECK_THAT(valueOn(d), WithinAbs(core::partnerAverageRatePct(data, doc.schedule(), test::day(d)), 1e-9));
    }
    CHECK(valueOn("2024-06-01") == 0.0);
}
