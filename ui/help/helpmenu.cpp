#include "ui/help/helpmenu.h"

#include "ui/help/aboutdialog.h"
#include "ui/help/helpwindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace tariffsim::ui {

HelpMenu::HelpMenu(QMainWindow* window, const core::Dataset& dataset)
    : QObject(window)
    , m_window(window)
    , m_dataset(dataset)
{
    m_menu = window->menuBar()->addMenu(tr("&Help"));
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    m_guide = m_menu->addAction(tr("&User guide"), this, [this] { showHelp(QStringLiteral("guide.md")); });
    m_guide->setObjectName(QStringLiteral("helpUserGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setToolTip(tr("How to read the present, build a scenario, compare and brief"));
    m_glossary = m_menu->addAction(tr("&Glossary"), this, [this] { showHelp(QStringLiteral("glossary.md")); });
    m_glossary->setObjectName(QStringLiteral("helpGlossary"));
    m_glossary->setToolTip(tr("The legal and economic terms the window uses"));
    m_shortcuts =
        m_menu->addAction(tr("&Keyboard shortcuts"), this, [this] { showHelp(QStringLiteral("shortcuts.md")); });
    m_shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    m_menu->addSeparator();
    m_about = m_menu->addAction(tr("&About tariffsim"), this, &HelpMenu::showAbout);
    m_about->setObjectName(QStringLiteral("helpAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    // The help window and About of the menu this one replaces (the window builds
    // its menus again when the language changes) stay open and are used again.
    m_helpWindow = window->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
    m_aboutDialog = window->findChild<AboutDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (m_aboutDialog)
        connectAbout();
}

void HelpMenu::connectAbout()
{
    connect(m_aboutDialog, &AboutDialog::helpPageRequested, this, [this](const QString& file) { showHelp(file); });
}

HelpWindow* HelpMenu::helpWindow() const
{
    return m_helpWindow;
}

AboutDialog* HelpMenu::aboutDialog() const
{
    return m_aboutDialog;
}

void HelpMenu::showHelp(const QString& file, const QString& anchor)
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(m_window);
    m_helpWindow->showPage(file, anchor);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void HelpMenu::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(m_dataset, m_window);
        connectAbout();
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

} // namespace tariffsim::ui
