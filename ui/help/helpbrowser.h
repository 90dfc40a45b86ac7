#pragma once

// The viewer of the built-in help: markdown pages from the resources, with
// anchors on their headings (so "glossary.md#section-232" scrolls to the
// heading, as on GitHub), images from the resources scaled to fit, and links
// that leave the help opened outside the program.

#include <QTextBrowser>

namespace tariffsim::ui {

class HelpBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget* parent = nullptr);

    /// Follows a link as a click does: another help page or a heading of one (in
    /// the help's language, helpPageUrl()), a web address in the desktop's
    /// browser. False (and linkUnavailable) for a page the program does not ship.
    bool openLink(const QUrl& url);

    /// The widest an image is shown, in pixels: wider ones are scaled down to fit
    /// the view (and follow its width).
    int maxImageWidth() const;

signals:
    void linkUnavailable(const QUrl& url);

protected:
    void doSetSource(const QUrl& name, QTextDocument::ResourceType type) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void addHeadingAnchors();
    void fitImages();
};

} // namespace tariffsim::ui
