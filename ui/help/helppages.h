#pragma once

// The pages of the built-in help: markdown files of docs/ compiled into the
// program under qrc:/help/ with their images (ui/CMakeLists.txt lists them, in
// the order of the contents, and writes that list to :/help/contents.txt), and
// their translations, docs/<language>/<page>, under qrc:/help/<language>/. A page
// is shown in the interface's language, in English where it has no translation.

#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace tariffsim::ui {

/// A heading of a help page: its level (1 for "#", 2 for "##"...), its text as
/// shown, and its anchor (helpAnchor() of the text).
struct HelpHeading {
    int level = 0;
    QString text;
    QString anchor;
};

/// One page of the help: its file name ("guide.md"), its title (the text of its
/// first level-1 heading, else the file name), its markdown text and its headings.
struct HelpPage {
    QString file;
    QString title;
    QString markdown;
    std::vector<HelpHeading> headings;
};

/// The file names of the pages, in the order of the contents; empty when the
/// help resources are not linked in.
QStringList helpPageFiles();

/// The language the help is shown in: currentLanguage() ("en", "zh_CN").
QString helpLanguage();

/// The resource path of a page in `language`: ":/help/guide.md" in English,
/// ":/help/zh_CN/guide.md" in Chinese; the English page's where the language
/// has no translation of it.
QString helpPagePath(const QString& file, const QString& language);

/// A page read from the resources in helpLanguage(), or in `language`; title and
/// markdown empty when it is missing.
HelpPage helpPage(const QString& file);
HelpPage helpPage(const QString& file, const QString& language);

/// Every page of helpPageFiles(), in order, in helpLanguage().
std::vector<HelpPage> helpPages();

/// The address of a page (and heading) in helpLanguage(): "qrc:/help/guide.md#compare",
/// "qrc:/help/zh_CN/guide.md#对比情景". An anchor of the English page becomes the
/// anchor of the same heading (by position) in the page shown.
QUrl helpPageUrl(const QString& file, const QString& anchor = {});

/// `anchor` of a heading of the English page as the page in `language` names
/// that heading (the same heading by position: translations keep the headings
/// and their order); `anchor` itself when the page has it or the English page
/// does not.
QString helpPageAnchor(const QString& file, const QString& anchor, const QString& language);

/// The headings of a markdown text, fenced code blocks left out.
std::vector<HelpHeading> markdownHeadings(const QString& markdown);

/// The anchor a heading gets, as on GitHub, so that links written for the
/// repository work in the program too: lower case, punctuation other than '-'
/// and '_' dropped, spaces made '-'. "Build a scenario" -> "build-a-scenario",
/// "Section 232" -> "section-232", "pp (percentage points)" -> "pp-percentage-points".
QString helpAnchor(const QString& headingText);

/// The markdown of `file` as plain text without its markup characters, for search.
QString helpPlainText(const HelpPage& page);

} // namespace tariffsim::ui
