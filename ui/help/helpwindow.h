#pragma once

// The help window: the contents (every page of the built-in help and its
// sections), a search field and the page itself. Pages come from the program's
// resources, so the help works offline and shows the docs/ of the same version,
// in the interface's language; it follows a change of language while open.

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tariffsim::ui {

class HelpBrowser;

class HelpWindow : public QWidget {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    /// Shows a page ("guide.md"), at a heading's anchor when given.
    void showPage(const QString& file, const QString& anchor = {});
    /// The file of the page shown ("glossary.md"); empty before the first.
    QString currentPage() const;

    /// Finds the next occurrence of `text` (case-insensitive) from the cursor,
    /// going on to the following pages of the contents; false when no page has it.
    bool findText(const QString& text);

    HelpBrowser* browser() const { return m_browser; }
    QTreeWidget* contents() const { return m_contents; }
    QLineEdit* searchField() const { return m_search; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets the window's own texts in the interface's language.
    void retranslate();
    /// After a change of language: the texts, the contents and the page shown.
    void followLanguage();
    /// The heading at the top of the view, counted from 0 in the page's order;
    /// -1 at the top of the page.
    int headingInView() const;
    void buildContents();
    /// Selects the page's entry in the contents.
    void syncContents(const QString& file);
    void showMessage(const QString& text);

    QTreeWidget* m_contents = nullptr;
    QLineEdit* m_search = nullptr;
    HelpBrowser* m_browser = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    QLabel* m_message = nullptr;
    QStringList m_files;
    QString m_language; ///< of the pages in the contents
    bool m_reloadPending = false;
};

} // namespace tariffsim::ui
