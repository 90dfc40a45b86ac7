// The Help menu: the user guide, the glossary and the keyboard shortcuts shown
// from the program's resources in the interface's language, and About with the
// version, licence and data vintage.
#include "ui/document/language.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/helpbrowser.h"
#include "ui/help/helpmenu.h"
#include "ui/help/helppages.h"
#include "ui/help/helpwindow.h"
#include "ui/mainwindow.h"
#include "windowtest.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFormat>
#include <QTreeWidget>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

struct Fixture {
    Fixture()
    {
        QSettings().clear();
        window.show();
        test::settle(window);
    }
    MainWindow window;

    QAction* action(const char* name) const
    {
        auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(a);
        return a;
    }
    HelpWindow* helpWindow() const
    {
        auto* w = window.findChild<HelpWindow*>();
        REQUIRE(w);
        return w;
    }
};

// The headings of the page a browser shows, by level.
QStringList headings(const QTextDocument* doc, int level)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == level)
            out << b.text();
    return out;
}

// Every image and every link of a shown page.
struct PageRefs {
    QStringList images;
    std::vector<QTextImageFormat> imageFormats;
    QStringList links;
    QStringList anchorNames;
};
PageRefs refs(const QTextDocument* doc)
{
    PageRefs r;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat()) {
                r.images << f.toImageFormat().name();
                r.imageFormats.push_back(f.toImageFormat());
            }
            if (f.isAnchor() && !f.anchorHref().isEmpty() && !r.links.contains(f.anchorHref()))
                r.links << f.anchorHref();
            r.anchorNames << f.anchorNames();
        }
    return r;
}

QImage loadedImage(HelpBrowser* browser, const QString& name)
{
    const QVariant v = browser->document()->resource(QTextDocument::ImageResource, QUrl(name));
    return v.value<QImage>();
}

} // namespace

TEST_CASE("Help anchors follow GitHub's heading ids", "[ui][help]")
{
    CHECK(helpAnchor(QStringLiteral("Build a scenario")) == QStringLiteral("build-a-scenario"));
    CHECK(helpAnchor(QStringLiteral("Section 232")) == QStringLiteral("section-232"));
    CHECK(helpAnchor(QStringLiteral("pp (percentage points)")) == QStringLiteral("pp-percentage-points"));
    CHECK(helpAnchor(QStringLiteral("GACC vs US Census records")) == QStringLiteral("gacc-vs-us-census-records"));
    CHECK(helpAnchor(QStringLiteral("Snap-back")) == QStringLiteral("snap-back"));
    // "`tariffsim-cli`, briefly" -> markup and the comma dropped
    const auto hs = markdownHeadings(QStringLiteral("# Top\n```\n# not a heading\n```\n## `tariffsim-cli`, briefly\n"));
    REQUIRE(hs.size() == 2);
    CHECK(hs[1].level == 2);
    CHECK(hs[1].text == QStringLiteral("tariffsim-cli, briefly"));
    CHECK(hs[1].anchor == QStringLiteral("tariffsim-cli-briefly"));
}

TEST_CASE("The Help menu has the user guide, glossary, keyboard shortcuts and About", "[ui][help]")
{
    Fixture f;
    QMenu* help = nullptr;
    for (QAction* a : f.window.menuBar()->actions())
        if (a->menu() && a->text() == QStringLiteral("&Help"))
            help = a->menu();
    REQUIRE(help);
    QStringList entries;
    for (QAction* a : help->actions())
        if (!a->isSeparator())
            entries << a->text();
    CHECK(entries
          == QStringList{QStringLiteral("&User guide"), QStringLiteral("&Glossary"), QStringLiteral("&Keyboard shortcuts"),
                         QStringLiteral("&About tariffsim")});
    CHECK(f.action("helpUserGuide")->shortcut() == QKeySequence(QKeySequence::HelpContents));
}

TEST_CASE("Help > User guide opens the guide from the resources with its headings and images", "[ui][help]")
{
    Fixture f;
    CHECK_FALSE(f.window.findChild<HelpWindow*>());
    f.action("helpUserGuide")->trigger();
    HelpWindow* help = f.helpWindow();
    CHECK(help->isVisible());
    CHECK(help->currentPage() == QStringLiteral("guide.md"));
    CHECK(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/guide.md")));
    const QTextDocument* doc = help->browser()->document();
    const QStringList sections = headings(doc, 2);
    for (const char* s : {"Read the present", "Build a scenario", "Compare", "Brief"})
        CHECK(sections.contains(QString::fromLatin1(s)));

    // The screenshots come from the resources, at their own size or scaled down to
    // the page's width.
    const PageRefs r = refs(doc);
    REQUIRE(r.images.size() >= 4);
    for (const QTextImageFormat& format : r.imageFormats) {
        INFO(format.name().toStdString());
        CHECK(format.name().startsWith(QStringLiteral("images/guide-")));
        const QImage image = loadedImage(help->browser(), format.name());
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() >= 300); // a real grab: the narrowest, the tariff dock, is 300 px or more
        CHECK(format.width() == std::min(image.width(), help->browser()->maxImageWidth()));
    }
    // A narrower window scales them down further.
    help->resize(700, 600);
    QCoreApplication::processEvents();
    const int narrow = help->browser()->maxImageWidth();
    REQUIRE(narrow < 700);
    for (const QTextImageFormat& format : refs(doc).imageFormats)
        CHECK(format.width() <= narrow);

    // The contents: every page by its title, the guide's sections under it.
    QTreeWidget* contents = help->contents();
    REQUIRE(contents->topLevelItemCount() >= 3);
    CHECK(contents->topLevelItem(0)->text(0) == headings(doc, 1).value(0));
    QStringList guideSections;
    for (int i = 0; i < contents->topLevelItem(0)->childCount(); ++i)
        guideSections << contents->topLevelItem(0)->child(i)->text(0);
    CHECK(guideSections == sections);
}

TEST_CASE("Links between help pages open the page at the heading", "[ui][help]")
{
    Fixture f;
    f.action("helpUserGuide")->trigger();
    HelpWindow* help = f.helpWindow();
    help->resize(900, 600);
    QCoreApplication::processEvents();
    REQUIRE(help->browser()->openLink(QUrl(QStringLiteral("glossary.md#section-232"))));
    CHECK(help->currentPage() == QStringLiteral("glossary.md"));
    CHECK(refs(help->browser()->document()).anchorNames.contains(QStringLiteral("section-232")));
    // Section 232 is not the glossary's first entry, so the page has scrolled to it.
    CHECK(help->browser()->verticalScrollBar()->value() > 0);

    // A page the program does not ship is refused, and the page stays.
    CHECK_FALSE(help->browser()->openLink(QUrl(QStringLiteral("../README.md"))));
    CHECK(help->currentPage() == QStringLiteral("glossary.md"));
    help->browser()->backward();
    CHECK(help->currentPage() == QStringLiteral("guide.md"));
}

TEST_CASE("Every link and image of every help page resolves inside the help", "[ui][help]")
{
    Fixture f;
    f.action("helpUserGuide")->trigger();
    HelpWindow* help = f.helpWindow();
    const QStringList files = helpPageFiles();
    REQUIRE(files.size() >= 3);
    CHECK(files.mid(0, 3) == QStringList{QStringLiteral("guide.md"), QStringLiteral("glossary.md"), QStringLiteral("shortcuts.md")});
    for (const QString& file : files) {
        help->showPage(file);
        REQUIRE(help->currentPage() == file);
        const PageRefs r = refs(help->browser()->document());
        for (const QString& name : r.images) {
            INFO(file.toStdString() << ": image " << name.toStdString());
            CHECK_FALSE(loadedImage(help->browser(), name).isNull());
        }
        for (const QString& link : r.links) {
            const QUrl url(link);
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                continue;
            INFO(file.toStdString() << ": link " << link.toStdString());
            const QUrl target = help->browser()->source().resolved(url);
            const QString targetFile = target.path().section(QLatin1Char('/'), -1);
            REQUIRE(files.contains(targetFile));
            if (target.hasFragment()) {
                QStringList anchors;
                for (const HelpHeading& h : helpPage(targetFile).headings)
                    anchors << h.anchor;
                CHECK(anchors.contains(target.fragment()));
            }
        }
    }
}

TEST_CASE("Help > Glossary defines the terms the window uses", "[ui][help]")
{
    Fixture f;
    f.action("helpGlossary")->trigger();
    HelpWindow* help = f.helpWindow();
    CHECK(help->currentPage() == QStringLiteral("glossary.md"));
    const QStringList terms = headings(help->browser()->document(), 2);
    for (const char* term : {"IEEPA", "Section 122", "Section 232", "Section 301", "Reciprocal tariff", "Fentanyl duty",
                             "pp (percentage points)", "Trade-weighted average", "Elasticity", "Adjustment speed",
                             "Snap-back", "Truce", "Baseline (no-change baseline)", "Band (range)",
                             "GACC vs US Census records", "HS codes"}) {
        INFO(term);
        CHECK(terms.contains(QString::fromLatin1(term)));
    }
}

TEST_CASE("Help > Keyboard shortcuts lists every shortcut of the window", "[ui][help]")
{
    Fixture f;
    f.action("helpShortcuts")->trigger();
    HelpWindow* help = f.helpWindow();
    CHECK(help->currentPage() == QStringLiteral("shortcuts.md"));
    const QString text = help->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Ctrl+Z")));
    // Each action's shortcut as the menus show it must be on the page. Some keys
    // follow the platform's conventions (Redo is Ctrl+Shift+Z or Ctrl+Y, Quit and
    // Save As have none on some), so the set is read from the window.
    QStringList shown;
    for (QAction* a : f.window.findChildren<QAction*>())
        for (const QKeySequence& key : a->shortcuts()) {
            shown << key.toString(QKeySequence::NativeText);
            INFO(a->text().toStdString() << ": " << shown.back().toStdString());
            CHECK(text.contains(shown.back()));
        }
    // Set in ui/ on every platform: File > New, Open, Save, Export > Briefing pack,
    // Edit > Undo, Help > User guide, and Delete on the pinned scenarios.
    for (const char* key : {"Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+E", "Ctrl+Z", "F1", "Del"}) {
        INFO(key);
        CHECK(shown.contains(QString::fromLatin1(key)));
    }
}

TEST_CASE("Help > About shows the version, the licence and the data vintage", "[ui][help]")
{
    Fixture f;
    f.action("helpAbout")->trigger();
    auto* about = f.window.findChild<AboutDialog*>();
    REQUIRE(about);
    CHECK(about->isVisible());
    const QString text = about->text();
    // The project version of CMakeLists.txt, e.g. "0.2.0".
    CHECK(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(QStringLiteral(TARIFFSIM_VERSION)).hasMatch());
    CHECK(text.contains(QStringLiteral("version " TARIFFSIM_VERSION)));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    // measures.json: "legalRecordThrough": "2026-11-09"; the last observed month of
    // both trade series (trade_monthly*.csv) is December 2025.
    CHECK(text.contains(QStringLiteral("legal record to 9 Nov 2026")));
    CHECK(text.contains(QStringLiteral("Dec 2025 (China customs)")));
    CHECK(text.contains(QStringLiteral("Dec 2025 (US Census)")));
    // No path into the source tree: the sources are a page of the built-in help.
    CHECK_FALSE(text.contains(QStringLiteral("docs/")));
    auto* label = about->findChild<QLabel*>(QStringLiteral("aboutText"));
    REQUIRE(label);
    emit label->linkActivated(QStringLiteral("help:data.md"));
    CHECK(f.helpWindow()->currentPage() == QStringLiteral("data.md"));
}

TEST_CASE("Help search goes on to the page that has the word", "[ui][help]")
{
    Fixture f;
    f.action("helpUserGuide")->trigger();
    HelpWindow* help = f.helpWindow();
    // "19 USC 2132", the Section 122 time limit, is in the glossary and not in the guide.
    REQUIRE_FALSE(help->browser()->toPlainText().contains(QStringLiteral("19 USC 2132")));
    CHECK(help->findText(QStringLiteral("19 usc 2132")));
    CHECK(help->currentPage() == QStringLiteral("glossary.md"));
    CHECK(help->browser()->textCursor().selectedText() == QStringLiteral("19 USC 2132"));
    CHECK_FALSE(help->findText(QStringLiteral("xylophone")));
}

TEST_CASE("Every help page has a Chinese translation with the same headings, images and working links", "[ui][help]")
{
    const QString zh = QStringLiteral("zh_CN");
    HelpBrowser browser;
    browser.resize(900, 600);
    const QStringList files = helpPageFiles();
    REQUIRE(files.size() >= 3);
    for (const QString& file : files) {
        INFO(file.toStdString());
        // docs/zh_CN/<page>, compiled in under qrc:/help/zh_CN/.
        REQUIRE(helpPagePath(file, zh) == QStringLiteral(":/help/zh_CN/") + file);
        const HelpPage english = helpPage(file, QStringLiteral("en"));
        const HelpPage chinese = helpPage(file, zh);
        REQUIRE_FALSE(chinese.markdown.isEmpty());
        CHECK(chinese.markdown != english.markdown);
        // The same headings in the same order: a link's anchor is found by position.
        REQUIRE(chinese.headings.size() == english.headings.size());
        for (size_t i = 0; i < chinese.headings.size(); ++i)
            CHECK(chinese.headings[i].level == english.headings[i].level);

        browser.setSource(QUrl(QStringLiteral("qrc:/help/zh_CN/") + file));
        const PageRefs r = refs(browser.document());
        // The browser names each heading as a link to it names it.
        for (const HelpHeading& h : chinese.headings) {
            INFO("heading " << h.text.toStdString());
            CHECK(r.anchorNames.contains(h.anchor));
        }
        // The images of docs/images/ (../images/...).
        for (const QString& name : r.images) {
            INFO("image " << name.toStdString());
            CHECK(name.startsWith(QStringLiteral("../images/")));
            CHECK_FALSE(loadedImage(&browser, name).isNull());
        }
        for (const QString& link : r.links) {
            const QUrl url(link);
            if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                continue;
            INFO("link " << link.toStdString());
            const QUrl target = browser.source().resolved(url);
            // Another Chinese page, at one of its headings.
            REQUIRE(target.path().startsWith(QStringLiteral("/help/zh_CN/")));
            const QString targetFile = target.path().section(QLatin1Char('/'), -1);
            REQUIRE(files.contains(targetFile));
            if (target.hasFragment()) {
                QStringList anchors;
                for (const HelpHeading& h : helpPage(targetFile, zh).headings)
                    anchors << h.anchor;
                CHECK(anchors.contains(target.fragment()));
            }
        }
    }
    // An English anchor asks for the same heading of the Chinese page.
    CHECK(helpPageAnchor(QStringLiteral("glossary.md"), QStringLiteral("section-232"), zh) == QStringLiteral("232条款"));
    CHECK(helpPageAnchor(QStringLiteral("glossary.md"), QStringLiteral("232条款"), zh) == QStringLiteral("232条款"));
    CHECK(helpPageAnchor(QStringLiteral("glossary.md"), QStringLiteral("section-232"), QStringLiteral("en"))
          == QStringLiteral("section-232"));
}

TEST_CASE("The help window follows the interface's language while it is open", "[ui][help]")
{
    Fixture f;
    f.action("helpUserGuide")->trigger();
    HelpWindow* help = f.helpWindow();
    // Low enough that the heading asked for is at the top of the view.
    help->resize(900, 360);
    QCoreApplication::processEvents();
    REQUIRE(help->browser()->openLink(QUrl(QStringLiteral("glossary.md#section-232"))));
    REQUIRE(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/glossary.md#section-232")));
    const QString englishTitle = help->windowTitle();

    const ScopedLanguage chinese(QStringLiteral("zh_CN")); // English again however the test ends
    REQUIRE(chinese.applied());
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // The Chinese page at the same heading, the contents in Chinese, no way back to English pages.
    CHECK(help->currentPage() == QStringLiteral("glossary.md"));
    CHECK(help->browser()->source().path() == QStringLiteral("/help/zh_CN/glossary.md"));
    CHECK(help->browser()->source().fragment() == QStringLiteral("232条款"));
    CHECK(help->browser()->verticalScrollBar()->value() > 0);
    CHECK(help->contents()->topLevelItem(0)->text(0) == helpPage(QStringLiteral("guide.md"), QStringLiteral("zh_CN")).title);
    CHECK(help->contents()->topLevelItem(0)->text(0) != helpPage(QStringLiteral("guide.md"), QStringLiteral("en")).title);
    CHECK_FALSE(help->browser()->isBackwardAvailable());
    CHECK_FALSE(help->windowTitle().isEmpty());
    // Pages and headings asked for by their English names open in Chinese.
    help->showPage(QStringLiteral("guide.md"), QStringLiteral("compare"));
    CHECK(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/zh_CN/guide.md#对比情景")));
    REQUIRE(help->browser()->openLink(QUrl(QStringLiteral("glossary.md#truce"))));
    CHECK(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/zh_CN/glossary.md#关税休战")));
    // The window's menus were built again; they open the same help window.
    f.action("helpUserGuide")->trigger();
    CHECK(f.window.findChildren<HelpWindow*>().size() == 1);
    CHECK(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/zh_CN/guide.md")));
    // Search reads the Chinese pages.
    CHECK(help->findText(QStringLiteral("19 USC 2132")));
    CHECK(help->currentPage() == QStringLiteral("glossary.md"));

    REQUIRE(applyLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(help->browser()->source().path() == QStringLiteral("/help/glossary.md"));
    CHECK(help->contents()->topLevelItemCount() == static_cast<int>(helpPageFiles().size()));
    CHECK(help->contents()->topLevelItem(0)->text(0) == helpPage(QStringLiteral("guide.md"), QStringLiteral("en")).title);
    CHECK(help->windowTitle() == englishTitle);
}
