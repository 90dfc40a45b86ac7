#include "ui/help/helpbrowser.h"

#include "ui/help/helppages.h"

#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>
#include <map>

namespace tariffsim::ui {

namespace {

bool isExternal(const QUrl& url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { openLink(url); });
}

bool HelpBrowser::openLink(const QUrl& url)
{
    if (isExternal(url)) {
        QDesktopServices::openUrl(url);
        return true;
    }
    QUrl target = source().resolved(url);
    // Another page of the help opens in the help's language (a translated page
    // links to the English one where it has no translation, and back).
    const QString file = target.path().section(QLatin1Char('/'), -1);
    if (target.scheme() == QLatin1String("qrc") && target.path() != source().path()
        && helpPageFiles().contains(file))
        target = helpPageUrl(file, target.fragment());
    if (target.scheme() == QLatin1String("qrc") && target.path() == source().path()) {
        scrollToAnchor(target.fragment());
        return true;
    }
    if (target.scheme() != QLatin1String("qrc") || !QFile::exists(QLatin1Char(':') + target.path())) {
        emit linkUnavailable(url);
        return false;
    }
    setSource(target);
    return true;
}

int HelpBrowser::maxImageWidth() const
{
    return std::max(320, viewport()->width() - 2 * static_cast<int>(document()->documentMargin()) - 8);
}

void HelpBrowser::doSetSource(const QUrl& name, QTextDocument::ResourceType type)
{
    // Pages are markdown whatever the platform's idea of the ".md" suffix.
    if (type == QTextDocument::UnknownResource && name.path().endsWith(QLatin1String(".md")))
        type = QTextDocument::MarkdownResource;
    QTextBrowser::doSetSource(name, type);
    addHeadingAnchors();
    fitImages();
    if (name.hasFragment())
        scrollToAnchor(name.fragment());
    else
        verticalScrollBar()->setValue(0);
}

void HelpBrowser::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitImages();
}

void HelpBrowser::fitImages()
{
    // Each image is shown at its own size, or scaled down to the view's width.
    const int maxWidth = maxImageWidth();
    const bool modified = document()->isModified();
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QVariant data = document()->resource(QTextDocument::ImageResource, QUrl(format.name()));
            const QImage image = data.typeId() == QMetaType::QPixmap ? data.value<QPixmap>().toImage()
                                                                      : data.value<QImage>();
            if (image.isNull() || image.width() <= 0)
                continue;
            const int width = std::min(image.width(), maxWidth);
            if (qFuzzyCompare(format.width(), width))
                continue;
            format.setWidth(width);
            format.setHeight(static_cast<double>(image.height()) * width / image.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
    document()->setModified(modified);
}

void HelpBrowser::addHeadingAnchors()
{
    // The markdown reader gives headings no names; give each the anchor a link
    // to it uses (a repeated heading gets "-1", "-2"... as on GitHub).
    std::map<QString, int> seen;
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || block.length() <= 1)
            continue;
        QString anchor = helpAnchor(block.text());
        const int n = seen[anchor]++;
        if (n > 0)
            anchor += QStringLiteral("-%1").arg(n);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
    }
    document()->setModified(false);
}

} // namespace tariffsim::ui
