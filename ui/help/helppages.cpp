#include "ui/help/helppages.h"

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

HelpPage helpPage(const QString& file)
{
    HelpPage page;
    page.file = file;
    page.markdown = readResource(QStringLiteral(":/help/") + file);
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
    QUrl url(QStringLiteral("qrc:/help/") + file);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
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
