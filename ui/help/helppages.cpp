#include "ui/help/helppages.h"

#include "ui/document/language.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

namespace tariffsim::ui {

namespace {

QString readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

const QString kEnglish = QStringLiteral("en");

} // namespace

QStringList helpPageFiles()
{
    QStringList files;
    const QStringList lines = readResource(QStringLiteral(":/help/contents.txt")).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString file = line.trimmed();
        if (!file.isEmpty() && !file.startsWith(QLatin1Char('#')))
            files << file;
    }
    return files;
}

QString helpLanguage() { return currentLanguage(); }

QString helpPagePath(const QString& file, const QString& language)
{
    if (!language.isEmpty() && language != kEnglish) {
        const QString translated = QStringLiteral(":/help/%1/%2").arg(language, file);
        if (QFile::exists(translated))
            return translated;
    }
    return QStringLiteral(":/help/") + file;
}

HelpPage helpPage(const QString& file) { return helpPage(file, helpLanguage()); }

HelpPage helpPage(const QString& file, const QString& language)
{
    HelpPage page;
    page.file = file;
    page.markdown = readResource(helpPagePath(file, language));
    page.headings = markdownHeadings(page.markdown);
    for (const HelpHeading& h : page.headings)
        if (h.level == 1) {
            page.title = h.text;
            break;
        }
    if (page.title.isEmpty() && !page.markdown.isEmpty())
        page.title = file;
    return page;
}

std::vector<HelpPage> helpPages()
{
    std::vector<HelpPage> pages;
    for (const QString& file : helpPageFiles())
        pages.push_back(helpPage(file));
    return pages;
}

QUrl helpPageUrl(const QString& file, const QString& anchor)
{
    const QString language = helpLanguage();
    QUrl url(QStringLiteral("qrc") + helpPagePath(file, language));
    if (!anchor.isEmpty())
        url.setFragment(helpPageAnchor(file, anchor, language));
    return url;
}

QString helpPageAnchor(const QString& file, const QString& anchor, const QString& language)
{
    if (language.isEmpty() || language == kEnglish || helpPagePath(file, language) == helpPagePath(file, kEnglish))
        return anchor;
    const std::vector<HelpHeading> shown = helpPage(file, language).headings;
    for (const HelpHeading& h : shown)
        if (h.anchor == anchor)
            return anchor;
    const std::vector<HelpHeading> english = helpPage(file, kEnglish).headings;
    for (size_t i = 0; i < english.size() && i < shown.size(); ++i)
        if (english[i].anchor == anchor)
            return shown[i].anchor;
    return anchor;
}

std::vector<HelpHeading> markdownHeadings(const QString& markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    std::vector<HelpHeading> out;
    bool inFence = false;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        const auto m = heading.match(line);
        if (!m.hasMatch())
            continue;
        // Inline markup as it shows: `code`, *emphasis* and **strong** lose their marks.
        QString text = m.captured(2);
        text.remove(QLatin1Char('`'));
        text.remove(QLatin1Char('*'));
        out.push_back({static_cast<int>(m.captured(1).size()), text, helpAnchor(text)});
    }
    return out;
}

QString helpAnchor(const QString& headingText)
{
    QString out;
    for (const QChar c : headingText.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

QString helpPlainText(const HelpPage& page)
{
    QTextDocument doc;
    doc.setMarkdown(page.markdown);
    return doc.toPlainText();
}

} // namespace tariffsim::ui
