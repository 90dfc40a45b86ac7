// The briefing pack as a reader gets it: key findings from the projection's own
// numbers, page order and paper sizes, the one-page brief, slides, the text a
// PDF reader extracts (pdftotext, poppler-utils) and its metadata (pdfinfo),
// the marks from Preferences, and the window's dialog with its preview.

#include "support/testsupport.h"

#include "cli/cli.h"
#include "ui/document/appdata.h"
#include "ui/document/diversiondata.h"
#include "ui/document/scenariodocument.h"
#include "ui/export/briefingdialogs.h"
#include "ui/export/briefinglayout.h"
#include "ui/export/briefingpack.h"

#include "core/figures.h"
#include "core/keyfindings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sstream>

using namespace tariffsim;
using namespace tariffsim::ui;
using Catch::Matchers::Contains;

namespace {

const QDate kExportDate(2026, 1, 15);

struct Doc {
    Doc() { doc.setAsOfDate(test::day("2026-01-15")); }
    ScenarioDocument doc{bundledData()};
};

BriefingPackOptions plainOptions(const ScenarioDocument& doc)
{
    BriefingPackOptions o = defaultBriefingPackOptions(doc, kExportDate);
    o.marks = {}; // independent of the machine's preferences
    return o;
}

int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

// The page sizes in points, in page order.
std::vector<QSize> mediaBoxes(const QByteArray& pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    std::vector<QSize> out;
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto m = it.next();
        out.emplace_back(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble()));
    }
    return out;
}

// Runs a poppler tool on a PDF; fails the test when the tool is missing.
QString poppler(const char* tool, const QByteArray& pdf, const QStringList& extra = {})
{
    const QString exe = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    INFO("install poppler-utils for " << tool);
    REQUIRE_FALSE(exe.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(exe, extra + QStringList{path, QStringLiteral("-")}.mid(0, QString::fromLatin1(tool) == QLatin1String("pdfinfo") ? 1 : 2));
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Whitespace folded to single spaces, so that wrapped lines compare as sentences.
QString folded(QString text) { return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")); }


} // namespace

TEST_CASE("Briefing pack: key findings, headline figures, numbered figures, assumptions, glossary, sources", "[ui][briefing]")
{
    Doc d;
    BriefingPackInfo info;
    const QByteArray pdf = renderBriefingPack(d.doc, plainOptions(d.doc), &info);
    REQUIRE(info.pages.size() >= 10);
    CHECK(info.pages.mid(0, 8)
          == QStringList({QStringLiteral("Key findings"), QStringLiteral("Headline figures"),
                          QStringLiteral("Figure 1: Average tariff rates"), QStringLiteral("Figure 2: Monthly export volumes"),
                          QStringLiteral("Figure 3: Change against baseline by sector"),
                          QStringLiteral("Figure 4: Duties collected and import prices"),
                          QStringLiteral("Figure 5: Rare-earth magnet exports to the US"),
                          QStringLiteral("Figure 6: Where the trade went")}));
    const auto assumptions = info.pages.count(QStringLiteral("Assumptions"));
    const auto sources = info.pages.count(QStringLiteral("Sources"));
    CHECK(assumptions >= 1);
    CHECK(sources >= 1);
    // Assumptions, then the glossary, then the sources, nothing else.
    CHECK(info.pages.size() == 8 + assumptions + 1 + sources);
    CHECK(info.pages[8 + assumptions] == QStringLiteral("Glossary"));
    CHECK(info.pages.back() == QStringLiteral("Sources"));
    CHECK(pdfPages(pdf) == info.pages.size());
    // A4: text pages portrait (595 x 842 pt), figures landscape (842 x 595).
    const auto boxes = mediaBoxes(pdf);
    REQUIRE(boxes.size() == static_cast<size_t>(info.pages.size()));
    for (qsizetype i = 0; i < info.pages.size(); ++i) {
        INFO(info.pages[i].toStdString());
        CHECK(info.landscape[static_cast<size_t>(i)] == info.pages[i].startsWith(QStringLiteral("Figure")));
        CHECK(boxes[static_cast<size_t>(i)] == (info.landscape[static_cast<size_t>(i)] ? QSize(842, 595) : QSize(595, 842)));
    }
    // Three to five findings.
    CHECK(info.findings.size() >= 3);
    CHECK(info.findings.size() <= 5);

    SECTION("US Letter: 612 x 792 points")
    {
        BriefingPackOptions o = plainOptions(d.doc);
        o.paper = PaperSize::Letter;
        const auto letter = mediaBoxes(renderBriefingPack(d.doc, o));
        REQUIRE(letter.size() >= 3);
        CHECK(letter[0] == QSize(612, 792));
        CHECK(letter[2] == QSize(792, 612));
    }
}

TEST_CASE("The pack's key findings are the projection's numbers, and an edit changes them", "[ui][briefing]")
{
    Doc d;
    BriefingPackInfo before;
    renderBriefingPack(d.doc, plainOptions(d.doc), &before);
    // The as-enacted preset changes no rate: China's exports over 2025 against the
    // no-change baseline, straight from the document's projection.
    const core::PeriodChange c0 = core::periodChange(d.doc.projection(), core::Flow::ChinaToUs, {2025, 1}, {2025, 12});
    CHECK(test::findingOf(before.findings, core::kFindingChinaExports).value == c0.changeUsdBn());
    CHECK(test::findingOf(before.findings, core::kFindingChinaExports).period == "2025");

    // A 60% fentanyl duty from 1 March 2026: the first full year becomes
    // 2026-03..2027-02 and the findings are compared with the preset.
    d.doc.setEffectiveDate(test::day("2026-03-01"));
    d.doc.setOverride("us_fentanyl", 60.0);
    BriefingPackInfo after;
    const QByteArray pdf = renderBriefingPack(d.doc, plainOptions(d.doc), &after);
    const core::PeriodChange c1 = core::periodChange(d.doc.projection(), core::Flow::ChinaToUs, {2026, 3}, {2027, 2});
    const core::KeyFinding& k = test::findingOf(after.findings, core::kFindingChinaExports);
    CHECK(k.value == c1.changeUsdBn());
    CHECK(k.period == "Mar 2026\u2013Feb 2027");
    CHECK_THAT(k.text, Contains(" less than under the "));
    CHECK(test::findingOf(after.findings, core::kFindingDuties).value
          > test::findingOf(before.findings, core::kFindingDuties).value);

    // What a reader extracts: the heading, each finding with its figure
    // reference, every figure's number and caption.
    const QString text = folded(poppler("pdftotext", pdf, {QStringLiteral("-enc"), QStringLiteral("UTF-8")}));
    CHECK(text.contains(QStringLiteral("Key findings")));
    const std::map<ChartId, int> figures = packFigureNumbers();
    for (const core::KeyFinding& f : after.findings) {
        // The sentence up to its first figure: wrapping may hyphenate nothing, so it reads back whole.
        const QString sentence = folded(findingSentence(f, figures));
        INFO(sentence.toStdString());
        CHECK(text.contains(sentence.left(60)));
    }
    CHECK(text.contains(QStringLiteral("(Figure 2)")));
    for (const QString& caption : {QStringLiteral("Figure 1: Average tariff rates"), QStringLiteral("Figure 2: Monthly export volumes"),
                                   QStringLiteral("Figure 3: Change against baseline by sector"),
                                   QStringLiteral("Figure 4: Duties collected and import prices"),
                                   QStringLiteral("Figure 5: Rare-earth magnet exports to the US")})
        CHECK(text.contains(caption));
    CHECK(text.contains(QStringLiteral("No-change baseline:")));
    CHECK(text.contains(QStringLiteral("edits take effect 1 Mar 2026")));
    CHECK(text.contains(QStringLiteral("Glossary")));
    CHECK(text.contains(QStringLiteral("Page 1 of ")));
}

TEST_CASE("Marks from Preferences: header, footer and the PDF's metadata", "[ui][briefing]")
{
    QSettings().clear();
    {
        BriefingPreferencesDialog prefs;
        prefs.organisationEdit()->setText(QStringLiteral("Trade Policy Unit"));
        prefs.authorEdit()->setText(QStringLiteral("A. Analyst"));
        prefs.markingBox()->setCurrentText(QStringLiteral("OFFICIAL"));
        prefs.accept();
    }
    // Remembered: a new dialog and the default options read them back.
    BriefingPreferencesDialog again;
    CHECK(again.marks() == BriefingMarks{QStringLiteral("Trade Policy Unit"), QStringLiteral("A. Analyst"),
                                         QStringLiteral("OFFICIAL"), QString()});
    Doc d;
    const BriefingPackOptions o = defaultBriefingPackOptions(d.doc, kExportDate);
    CHECK(o.marks.organisation == QStringLiteral("Trade Policy Unit"));
    BriefingPackInfo info;
    const QByteArray pdf = renderBriefingPack(d.doc, o, &info);
    const QString text = poppler("pdftotext", pdf, {QStringLiteral("-enc"), QStringLiteral("UTF-8")});
    // The marking in the header and the footer of every page.
    CHECK(text.count(QStringLiteral("OFFICIAL")) >= 2 * info.pages.size());
    CHECK(text.contains(QStringLiteral("Trade Policy Unit")));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(info.pages.size())));
    const QString meta = poppler("pdfinfo", pdf);
    CHECK(meta.contains(QRegularExpression(QStringLiteral("Title:\\s+US–China tariffs: scenario briefing"))));
    CHECK(meta.contains(QRegularExpression(QStringLiteral("Author:\\s+A. Analyst"))));
    CHECK(meta.contains(QRegularExpression(QStringLiteral("Subject:\\s+Briefing on scenario"))));
    CHECK(meta.contains(QRegularExpression(QStringLiteral("Creator:\\s+tariffsim"))));
    CHECK(meta.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(info.pages.size()))));
    QSettings().clear();
}

TEST_CASE("The one-page brief fits one page and slides have the size asked", "[ui][briefing]")
{
    Doc d;
    BriefingPackOptions o = plainOptions(d.doc);
    o.brief = true;
    BriefingPackInfo info;
    const QByteArray pdf = renderBriefingPack(d.doc, o, &info);
    CHECK(info.pages == QStringList{QStringLiteral("Brief")});
    CHECK(pdfPages(pdf) == 1);
    const QString text = folded(poppler("pdftotext", pdf, {QStringLiteral("-enc"), QStringLiteral("UTF-8")}));
    CHECK(text.contains(QStringLiteral("Key findings")));
    CHECK(text.contains(QStringLiteral("Figure 1: Average tariff rates")));
    CHECK(text.contains(QStringLiteral("Figure 2: Monthly export volumes")));
    CHECK_FALSE(text.contains(QStringLiteral("Figure 3")));
    // Every finding is on the page.
    for (const core::KeyFinding& f : info.findings)
        CHECK(text.contains(folded(QString::fromStdString(f.text)).left(50)));

    const auto slides = renderBriefingSlides(d.doc, o, QSize(1280, 720));
    REQUIRE(slides.size() == allCharts().size());
    CHECK(slides[0].baseName == QStringLiteral("figure-1-tariffs"));
    for (const BriefingSlide& s : slides) {
        CHECK(QImage::fromData(s.png, "PNG").size() == QSize(1280, 720));
        CHECK(s.svg.contains("viewBox=\"0 0 1280 720\""));
        CHECK(s.svg.contains("Figure "));
    }
}

TEST_CASE("tariffsim-cli briefing --brief --paper --slides", "[ui][briefing][cli]")
{
    QTemporaryDir dir;
    const std::string base = dir.path().toStdString() + "/";
    const auto run = [](std::vector<std::string> args, std::string* errText = nullptr) {
        std::ostringstream out, err;
        const int code = cli::run(args, out, err);
        if (errText)
            *errText = err.str();
        return code;
    };
    const auto read = [](const std::string& path) {
        QFile f(QString::fromStdString(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    REQUIRE(run({"briefing", "--out", base + "brief.pdf", "--brief", "--paper", "letter", "--as-of", "2026-01-15",
                 "--marking", "OFFICIAL", "--author", "Desk"}) == 0);
    const QByteArray brief = read(base + "brief.pdf");
    CHECK(pdfPages(brief) == 1);
    CHECK(mediaBoxes(brief) == std::vector<QSize>{QSize(612, 792)});
    CHECK(poppler("pdfinfo", brief).contains(QRegularExpression(QStringLiteral("Author:\\s+Desk"))));

    REQUIRE(run({"briefing", "--out", base + "pack.pdf", "--slides", base + "slides", "--as-of", "2026-01-15"}) == 0);
    CHECK(pdfPages(read(base + "pack.pdf")) >= 10);
    CHECK(mediaBoxes(read(base + "pack.pdf")).front() == QSize(595, 842));
    const QDir slides(QString::fromStdString(base + "slides"));
    CHECK(slides.entryList({QStringLiteral("*.png")}).size() == static_cast<qsizetype>(allCharts().size()));
    CHECK(slides.entryList({QStringLiteral("*.svg")}).size() == static_cast<qsizetype>(allCharts().size()));
    CHECK(QImage(slides.filePath(QStringLiteral("figure-2-volumes.png"))).size() == QSize(1920, 1080));
    CHECK(read(slides.filePath(QStringLiteral("figure-2-volumes.svg")).toStdString()).contains("viewBox=\"0 0 1920 1080\""));

    std::string err;
    CHECK(run({"briefing", "--out", base + "x.pdf", "--paper", "a3"}, &err) == 2);
    CHECK(err.find("--paper") != std::string::npos);
    CHECK(run({"briefing", "--out", base + "x.pdf", "--slides", base + "brief.pdf"}, &err) == 1);
    CHECK(err.find("--slides") != std::string::npos);
    CHECK(run({"briefing", "--out", base + "x.pdf", "--logo", base + "brief.pdf"}, &err) == 1);
    CHECK(err.find("--logo") != std::string::npos);
    CHECK_FALSE(QFile::exists(QString::fromStdString(base + "x.pdf")));
}

TEST_CASE("The briefing dialog: findings reordered and reworded, kept with the scenario, previewed", "[ui][briefing]")
{
    QSettings().clear();
    Doc d;
    BriefingPackDialog dialog(&d.doc, plainOptions(d.doc), {});
    QListWidget* list = dialog.findingsList();
    REQUIRE(list->count() >= 3);
    // The preview shows the first two pages: portrait A4 at three quarters
    // (793.7 x 1122.5 px x 0.75 = 595 x 842).
    REQUIRE(dialog.previewImages().size() == 2);
    CHECK(dialog.previewImages()[0].size() == QSize(595, 842));
    const QImage firstPreview = dialog.previewImages()[0];

    const QString second = list->item(1)->text();
    list->setCurrentRow(1);
    dialog.moveFinding(-1);
    CHECK(list->item(0)->text() == second);
    list->item(0)->setText(QStringLiteral("US exports to China fall sharply in 2025."));
    const core::BriefingNotes edits = dialog.findingEdits();
    REQUIRE(edits.keyFindings.size() == static_cast<size_t>(list->count()));
    CHECK(edits.keyFindings[0].id == core::kFindingUsExports);
    CHECK(edits.keyFindings[0].text == "US exports to China fall sharply in 2025.");
    CHECK(edits.keyFindings[1].id == core::kFindingChinaExports);
    CHECK(edits.keyFindings[1].text.empty()); // unchanged: its figures follow the scenario
    dialog.refreshPreview();
    CHECK(dialog.previewImages()[0] != firstPreview);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    REQUIRE(dialog.save(path));
    // Kept with the scenario: one undo step, and in the file the window saves.
    CHECK(d.doc.scenario().briefing == edits);
    CHECK(d.doc.isModified());
    CHECK_THAT(core::serializeScenario(d.doc.toScenario()), Contains("\"keyFindings\""));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = folded(poppler("pdftotext", f.readAll(), {QStringLiteral("-enc"), QStringLiteral("UTF-8")}));
    // The analyst's words, numbered first, with the reference to the figure that
    // shows its numbers added.
    CHECK(text.contains(QStringLiteral("1. US exports to China fall sharply in 2025 (Figure 2).")));

    SECTION("Regenerate goes back to the generated findings")
    {
        dialog.resetFindings();
        CHECK(dialog.findingEdits().empty());
        CHECK(list->item(0)->data(Qt::UserRole).toString().toStdString() == core::kFindingChinaExports);
    }
    SECTION("a brief on Letter previews one page")
    {
        dialog.briefBox()->setChecked(true);
        dialog.paperBox()->setCurrentIndex(1);
        dialog.refreshPreview();
        REQUIRE(dialog.previewImages().size() == 1);
        CHECK(dialog.previewImages()[0].size() == QSize(612, 792)); // 816 x 1056 x 0.75
    }
}

TEST_CASE("The briefing says where the trade went: headline figures and the diversion parameters", "[ui][briefing][diversion]")
{
    QSettings().clear();
    Doc d;
    const QByteArray pdf = renderBriefingPack(d.doc, plainOptions(d.doc));
    const QString text = folded(poppler("pdftotext", pdf, {QStringLiteral("-enc"), QStringLiteral("UTF-8")}));
    // The headline page gives the strip's figures, summed over 2025-2030.
    const core::DiversionFigures f = core::diversionFigures(documentDiversion(d.doc));
    CHECK(text.contains(QStringLiteral("Where the trade went")));
    CHECK(text.contains(QStringLiteral("Trade diverted to the other suppliers")));
    const QString rerouted = QStringLiteral("%1").arg(f.reroutedUsdBn, 0, 'f', 1);
    INFO(rerouted.toStdString());
    CHECK(text.contains(QStringLiteral("Trade rerouted")));
    CHECK(text.contains(rerouted));
    // The assumptions list every diversion parameter with its range and source.
    const core::DiversionParameters dp =
        core::defaultDiversionParameters(bundledDiversionData(), d.doc.parameters());
    int rows = 0;
    for (const AssumptionRow& r : assumptionTable(d.doc, QDate(2026, 11, 30))) {
        if (r.section != QStringLiteral("Where the trade went"))
            continue;
        ++rows;
        CHECK_FALSE(r.note.isEmpty());
        if (r.name.contains(QStringLiteral("(σ)")))
            CHECK(r.value == QLocale::c().toString(dp.substitution.value, 'f', 2));
        if (r.name == QStringLiteral("Rerouting share (θ)")) {
            // 0.161 of the rise in imports from the others, within the studies' 0.018-0.40
            CHECK(r.value == QStringLiteral("%1%").arg(QLocale::c().toString(100 * dp.reroutingShare.value, 'f', 0)));
            CHECK(r.range == QStringLiteral("%1–%2%").arg(QLocale::c().toString(100 * dp.reroutingShare.low, 'f', 0),
                                                           QLocale::c().toString(100 * dp.reroutingShare.high, 'f', 0)));
        }
    }
    CHECK(rows == 6);
    CHECK(text.contains(QStringLiteral("Rerouting share")));
}
