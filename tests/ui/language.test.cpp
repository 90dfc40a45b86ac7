// The interface in Simplified Chinese: the language setting, money and dates in the
// language's form, the translation of every shipped name, switching the window's
// language while it is open, and Chinese exports whose text can be extracted.
#include "support/testsupport.h"

#include "clirunner.h"
#include "windowtest.h"

#include "core/keyfindings.h"
#include "core/text.h"
#include "ui/charts/chartview.h"
#include "ui/document/appdata.h"
#include "ui/document/dates.h"
#include "ui/document/language.h"
#include "ui/document/money.h"
#include "ui/document/scenariodocument.h"
#include "ui/mainwindow.h"
#include "ui/widgets/headlinestrip.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <functional>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

// The test's language, and English again when it ends (whatever it asserts).
struct LanguageGuard : ScopedLanguage {
    explicit LanguageGuard(const QString& code)
        : ScopedLanguage(code)
    {
        REQUIRE(applied());
    }
};

bool hasHan(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

QString translated(const char* context, const char* source) { return QCoreApplication::translate(context, source); }

// What a program prints, standard output and error together.
QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAll());
}

} // namespace

TEST_CASE("The language follows the system's locale unless the user chose one", "[ui][language]")
{
    const QLocale china(QLocale::Chinese, QLocale::China);
    const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale germany(QLocale::German, QLocale::Germany);
    CHECK(resolveLanguage(QString(), china) == QStringLiteral("zh_CN"));
    // The one Chinese translation serves every Chinese locale.
    CHECK(resolveLanguage(QString(), taiwan) == QStringLiteral("zh_CN"));
    CHECK(resolveLanguage(QString(), germany) == QStringLiteral("en"));
    // A choice wins over the system; an unknown one is ignored.
    CHECK(resolveLanguage(QStringLiteral("en"), china) == QStringLiteral("en"));
    CHECK(resolveLanguage(QStringLiteral("zh_CN"), germany) == QStringLiteral("zh_CN"));
    CHECK(resolveLanguage(QStringLiteral("fr"), germany) == QStringLiteral("en"));
    // A language without a translation is refused and the one in force stays.
    LanguageGuard zh(QStringLiteral("zh_CN"));
    CHECK_FALSE(applyLanguage(QStringLiteral("fr")));
    CHECK(currentLanguage() == QStringLiteral("zh_CN"));
}

TEST_CASE("Money, days and months are written the language's way", "[ui][language]")
{
    SECTION("English: USD billions, day month year")
    {
        CHECK(formatUsdBn(33.0) == QStringLiteral("$33.0bn"));
        CHECK(formatUsdBn(-3.14) == QStringLiteral("\u2212$3.1bn"));
        CHECK(formatUsdBn(2.0, 1, true) == QStringLiteral("+$2.0bn"));
        CHECK(formatUsdBn(1314.04) == QStringLiteral("$1,314.0bn"));
        CHECK(formatDay(*core::Date::fromYmd(2025, 5, 14)) == QStringLiteral("14 May 2025"));
        CHECK(formatMonth({2026, 3}) == QStringLiteral("Mar 2026"));
    }
    SECTION("Chinese: hundreds of millions (亿), one decimal fewer; 年月日")
    {
        LanguageGuard zh(QStringLiteral("zh_CN"));
        // $33.0bn = 330 x 100 million, written to 0 places.
        CHECK(formatUsdBn(33.0) == QStringLiteral("330亿美元"));
        // -3.14bn = -31.4 x 100 million -> "−31".
        CHECK(formatUsdBn(-3.14) == QStringLiteral("\u221231亿美元"));
        // 1.25bn to 2 places = 12.5 x 100 million to 1 place.
        CHECK(formatUsdBn(1.25, 2) == QStringLiteral("12.5亿美元"));
        CHECK(formatUsdBn(2.0, 1, true) == QStringLiteral("+20亿美元"));
        // 0.04bn = 0.4 x 100 million rounds to 0: no sign.
        CHECK(formatUsdBn(-0.04) == QStringLiteral("0亿美元"));
        CHECK(usdBnUnit() == QStringLiteral("亿美元"));
        CHECK(formatDay(*core::Date::fromYmd(2025, 5, 14)) == QStringLiteral("2025年5月14日"));
        CHECK(formatMonth({2026, 3}) == QStringLiteral("2026年3月"));
        // The core writes its sentences through the same forms.
        CHECK(core::usdText(61.2) == "612亿美元");
        CHECK(core::longDateText(*core::Date::fromYmd(2025, 4, 12)) == "2025年4月12日");
    }
    // English again: the core's forms too.
    CHECK(core::usdText(61.2) == "$61.2 bn");
}

TEST_CASE("Every name in the shipped data has its Chinese translation", "[ui][language]")
{
    const AppData& data = bundledData();
    LanguageGuard zh(QStringLiteral("zh_CN"));
    std::vector<std::string> names;
    for (const auto& m : data.dataset.measures)
        names.push_back(m.name);
    for (const auto& t : data.dataset.truces)
        names.push_back(t.name);
    for (const auto& s : data.dataset.sectors)
        names.push_back(s.name);
    for (const auto& g : data.dataset.groups)
        names.push_back(g.name);
    for (const auto& e : data.dataset.events) {
        if (!e.label.empty())
            names.push_back(e.label);
        names.push_back(e.title);
    }
    for (const auto& p : data.dataset.partners)
        names.push_back(p);
    for (const auto& s : data.presets->presets()) {
        names.push_back(s.title);
        names.push_back(s.notes);
    }
    REQUIRE(names.size() > 300);
    QStringList missing;
    for (const std::string& n : names)
        if (!hasHan(dataText(n)))
            missing << QString::fromStdString(n);
    INFO("untranslated (scripts/data-names, then update_translations): " << missing.join(QStringLiteral(" | ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("View > Language switches the open window at once, keeps the work and is remembered", "[ui][language]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    ScenarioDocument* doc = window.document();
    test::settle(window);
    // Work that must survive the switch: an edit (undoable, unsaved).
    doc->setOverride("us_reciprocal", 50.0);
    test::settle(window);
    const int undoSteps = doc->undoStack()->count();
    REQUIRE(undoSteps == 1);
    REQUIRE(doc->isModified());
    REQUIRE(doc->undoStack()->undoText() == QStringLiteral("Set IEEPA 'reciprocal' duty to 50%"));

    const QList<QAction*> languages = window.languageActions();
    REQUIRE(languages.size() == 3); // the system's, English, 简体中文
    CHECK(languages[0]->isChecked());
    QAction* chinese = languages[2];
    REQUIRE(chinese->text() == QStringLiteral("简体中文"));
    chinese->trigger();
    test::settle(window);
    QCoreApplication::processEvents(); // the rebuild runs from the event loop
    test::settle(window);

    CHECK(currentLanguage() == QStringLiteral("zh_CN"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("zh_CN"));
    // Menus, charts and headline in Chinese.
    const QString file = window.menuBar()->actions().value(0)->text();
    CHECK(file == translated("tariffsim::ui::MainWindow", "&File"));
    CHECK(hasHan(file));
    CHECK(hasHan(window.chartView(ChartId::Tariffs)->model().title));
    CHECK(window.chartView(ChartId::Volumes)->model().yTitle.contains(QStringLiteral("亿美元")));
    // The volume chart counts in 亿: ten times its English figures.
    const auto& volumes = window.chartView(ChartId::Volumes)->model().series;
    REQUIRE_FALSE(volumes.empty());
    CHECK(volumes.front().unit == QStringLiteral("亿美元"));
    // The work is as it was.
    CHECK(doc->undoStack()->count() == undoSteps);
    CHECK(doc->isModified());
    CHECK(doc->overrideRatePct("us_reciprocal") == std::optional<double>(50.0));
    CHECK(window.windowTitle().contains(translated("Data", "As enacted")));
    // The step made in English is named in Chinese now, the measure too.
    CHECK(doc->undoStack()->undoText()
          == translated("tariffsim::ui::ScenarioDocument", "Set %1 to %2%")
                 .arg(translated("Data", "IEEPA 'reciprocal' duty"))
                 .arg(50));
    CHECK(hasHan(doc->undoStack()->undoText()));

    // And back, by the English entry.
    window.languageActions()[1]->trigger();
    test::settle(window);
    QCoreApplication::processEvents();
    test::settle(window);
    CHECK(currentLanguage() == QStringLiteral("en"));
    CHECK(window.menuBar()->actions().value(0)->text() == QStringLiteral("&File"));
    CHECK(window.chartView(ChartId::Volumes)->model().series.front().unit == QStringLiteral("$bn"));
    CHECK(doc->undoStack()->count() == undoSteps);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Set IEEPA 'reciprocal' duty to 50%"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    QSettings().clear();
}

TEST_CASE("Key findings read in Chinese with amounts in 亿美元", "[ui][language]")
{
    const AppData& data = bundledData();
    ScenarioDocument doc(data);
    LanguageGuard zh(QStringLiteral("zh_CN"));
    const auto findings = core::keyFindings(doc.dataset(), doc.scenario(), doc.schedule(), doc.projection(),
                                            *core::Date::fromYmd(2026, 11, 30));
    REQUIRE_FALSE(findings.empty());
    bool money = false;
    for (const auto& f : findings) {
        const QString text = QString::fromStdString(f.text);
        INFO(text.toStdString());
        CHECK(hasHan(text));
        CHECK_FALSE(text.contains(QStringLiteral(" bn")));
        money = money || text.contains(QStringLiteral("亿美元"));
    }
    CHECK(money);
}

TEST_CASE("tariffsim-cli --lang changes messages and chart text, never the output columns", "[ui][language][cli]")
{
    const auto english = test::runCli({"rates", "--date", "2025-05-14"});
    const auto chinese = test::runCli({"rates", "--date", "2025-05-14", "--lang", "zh_CN"});
    REQUIRE(english.code == 0);
    CHECK(chinese.code == 0);
    CHECK(chinese.out == english.out);
    const auto projection = test::runCli({"project", "--from", "2025-01", "--to", "2025-03", "--lang=zh_CN"});
    CHECK(projection.out == test::runCli({"project", "--from", "2025-01", "--to", "2025-03"}).out);
    // A chart's CSV is read by scripts: the same bytes in Chinese (names, USD bn).
    const auto csv = test::runCli({"export", "--chart", "volumes", "--format", "csv", "--out", "-"});
    REQUIRE(csv.code == 0);
    CHECK(test::runCli({"export", "--chart", "volumes", "--format", "csv", "--out", "-", "--lang", "zh_CN"}).out == csv.out);
    // English again after the command.
    CHECK(currentLanguage() == QStringLiteral("en"));

    // Messages for people are in Chinese; the option named stays as typed.
    const auto bogus = test::runCli({"rates", "--bogus", "--lang", "zh_CN"});
    CHECK(bogus.code == 2);
    CHECK(bogus.out.empty());
    CHECK(hasHan(QString::fromStdString(bogus.err)));
    CHECK(bogus.err.find("'--bogus'") != std::string::npos);
    CHECK(test::runCli({"rates", "--bogus"}).err.find("unknown option '--bogus' for rates") != std::string::npos);

    const auto unknown = test::runCli({"rates", "--date", "2025-05-14", "--lang", "fr"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("--lang: unknown language 'fr' (known: en, zh_CN)") != std::string::npos);
}

TEST_CASE("A Chinese chart and briefing page carry text a reader can extract", "[ui][language][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("volumes.pdf"));
    const QString svg = dir.filePath(QStringLiteral("volumes.svg"));
    const QString brief = dir.filePath(QStringLiteral("brief.pdf"));
    REQUIRE(test::runCli({"export", "--chart", "volumes", "--out", pdf.toStdString(), "--lang", "zh_CN"}).code == 0);
    REQUIRE(test::runCli({"export", "--chart", "volumes", "--out", svg.toStdString(), "--lang", "zh_CN"}).code == 0);
    const auto briefed = test::runCli(
        {"briefing", "--brief", "--as-of", "2026-11-30", "--out", brief.toStdString(), "--lang", "zh_CN"});
    REQUIRE(briefed.code == 0);
    // "wrote FILE (one-page brief, 1 page, a4)" for a person: in Chinese.
    CHECK(hasHan(QString::fromStdString(briefed.out)));

    QString chartTitle;
    QString findingsTitle;
    {
        LanguageGuard zh(QStringLiteral("zh_CN"));
        ScenarioDocument doc(bundledData());
        chartTitle = chartModel(doc, ChartId::Volumes, {}).title;
        findingsTitle = translated("tariffsim::ui::Briefing", "Key findings");
    }
    REQUIRE(hasHan(chartTitle));
    REQUIRE(hasHan(findingsTitle));

    // pdftotext reads the Chinese back as written: the font is embedded with its
    // Unicode map, and 月 is 月 (not the Kangxi radical ⽉ Noto CJK would give).
    const QString chartText = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    INFO(chartText.toStdString());
    CHECK(chartText.contains(chartTitle));
    CHECK(chartText.contains(QStringLiteral("亿美元")));
    CHECK(chartText.contains(QStringLiteral("月")));
    CHECK_FALSE(chartText.contains(QChar(0x2F49))); // ⽉
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QStringLiteral("WenQuanYiMicroHei")));
    const QString briefText = run(QStringLiteral("pdftotext"), {brief, QStringLiteral("-")});
    INFO(briefText.toStdString());
    CHECK(briefText.contains(findingsTitle));
    CHECK(briefText.contains(QStringLiteral("亿美元")));
    CHECK(run(QStringLiteral("pdffonts"), {brief}).contains(QStringLiteral("WenQuanYiMicroHei")));

    // The SVG holds the text itself and names the CJK font.
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(f.readAll());
    CHECK(svgText.contains(chartTitle.toHtmlEscaped()));
    CHECK(svgText.contains(QStringLiteral("WenQuanYi Micro Hei")));
}
