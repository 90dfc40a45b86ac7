#pragma once

// The window's Help menu: User guide, Glossary, Keyboard shortcuts (each opens
// the help window on its page) and About tariffsim.

#include "core/dataset.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace tariffsim::ui {

class AboutDialog;
class HelpWindow;

class HelpMenu : public QObject {
    Q_OBJECT
public:
    /// Adds "&Help" to the window's menu bar. `dataset` (for About) must outlive
    /// the window.
    HelpMenu(QMainWindow* window, const core::Dataset& dataset);

    QMenu* menu() const { return m_menu; }
    QAction* userGuideAction() const { return m_guide; }
    QAction* glossaryAction() const { return m_glossary; }
    QAction* shortcutsAction() const { return m_shortcuts; }
    QAction* aboutAction() const { return m_about; }

    /// Opens (or raises) the help window on a page: "guide.md", "glossary.md"...
    void showHelp(const QString& file, const QString& anchor = {});
    void showAbout();

    /// Null until first opened.
    HelpWindow* helpWindow() const;
    AboutDialog* aboutDialog() const;

private:
    void connectAbout();

    QMainWindow* m_window;
    const core::Dataset& m_dataset;
    QMenu* m_menu = nullptr;
    QAction* m_guide = nullptr;
    QAction* m_glossary = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_about = nullptr;
    QPointer<HelpWindow> m_helpWindow;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace tariffsim::ui
