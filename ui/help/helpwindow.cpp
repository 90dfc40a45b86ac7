#include "ui/help/helpwindow.h"

#include "ui/help/helpbrowser.h"
#include "ui/help/helppages.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tariffsim::ui {

namespace {

constexpr int kFileRole = Qt::UserRole;
constexpr int kAnchorRole = Qt::UserRole + 1;

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(side);
    m_search->setClearButtonEnabled(true);
    sideLayout->addWidget(m_search);
    m_contents = new QTreeWidget(side);
    m_contents->setHeaderHidden(true);
    sideLayout->addWidget(m_contents);

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_back = new QToolButton(main);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setShortcut(QKeySequence::Back);
    m_forward = new QToolButton(main);
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setShortcut(QKeySequence::Forward);
    m_message = new QLabel(main);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_message, 1);
    mainLayout->addLayout(bar);
    m_browser = new HelpBrowser(main);
    mainLayout->addWidget(m_browser);

    auto* split = new QSplitter(this);
    split->addWidget(side);
    split->addWidget(main);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 760});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(1000, 720);

    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        m_message->clear();
        syncContents(url.path().section(QLatin1Char('/'), -1));
    });
    connect(m_browser, &HelpBrowser::linkUnavailable, this, [this](const QUrl& url) {
        showMessage(tr("“%1” is not part of the built-in help.").arg(url.toString()));
    });
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        showPage(item->data(0, kFileRole).toString(), item->data(0, kAnchorRole).toString());
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        showPage(item->data(0, kFileRole).toString(), item->data(0, kAnchorRole).toString());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty() && !findText(m_search->text().trimmed()))
            showMessage(tr("“%1” is not in the help.").arg(m_search->text().trimmed()));
    });

    retranslate();
    buildContents();
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("tariffsim Help"));
    setAccessibleName(tr("Help"));
    m_search->setPlaceholderText(tr("Search help"));
    m_search->setAccessibleName(tr("Search help"));
    m_search->setToolTip(tr("Type a word and press Enter; Enter again finds the next place"));
    m_contents->setAccessibleName(tr("Help contents"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setToolTip(tr("Back (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_forward->setAccessibleName(tr("Forward"));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    m_browser->setAccessibleName(tr("Help page"));
}

void HelpWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Each translator installed or removed sends the event: one reload for them all.
    if (event->type() == QEvent::LanguageChange && !m_reloadPending) {
        m_reloadPending = true;
        QTimer::singleShot(0, this, &HelpWindow::followLanguage);
    }
}

void HelpWindow::followLanguage()
{
    m_reloadPending = false;
    retranslate();
    if (m_language == helpLanguage())
        return;
    // The contents and the page shown in the new language, at the heading the
    // view is in (the same heading by its position in the page).
    const QString file = currentPage();
    QString anchor;
    if (const int heading = headingInView(); !file.isEmpty() && heading >= 0) {
        const std::vector<HelpHeading> next = helpPage(file).headings;
        if (heading < static_cast<int>(next.size()))
            anchor = next[static_cast<size_t>(heading)].anchor;
    }
    m_message->clear();
    m_contents->clear();
    m_files.clear();
    buildContents();
    if (!file.isEmpty()) {
        showPage(file, anchor);
        m_browser->clearHistory(); // the pages visited before are in the other language
    }
}

int HelpWindow::headingInView() const
{
    if (m_browser->verticalScrollBar()->value() == 0)
        return -1;
    const int top = m_browser->cursorForPosition(QPoint(0, 0)).blockNumber();
    int heading = -1;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid() && b.blockNumber() <= top; b = b.next())
        if (b.blockFormat().headingLevel() > 0 && b.length() > 1)
            ++heading;
    return heading;
}

void HelpWindow::buildContents()
{
    m_language = helpLanguage();
    for (const HelpPage& page : helpPages()) {
        if (page.markdown.isEmpty())
            continue;
        m_files << page.file;
        auto* top = new QTreeWidgetItem(m_contents, {page.title});
        top->setData(0, kFileRole, page.file);
        for (const HelpHeading& h : page.headings) {
            if (h.level != 2)
                continue;
            auto* item = new QTreeWidgetItem(top, {h.text});
            item->setData(0, kFileRole, page.file);
            item->setData(0, kAnchorRole, h.anchor);
        }
    }
}

void HelpWindow::showPage(const QString& file, const QString& anchor)
{
    const QUrl url = helpPageUrl(file, anchor);
    if (m_browser->source().path() == url.path() && !anchor.isEmpty()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    m_browser->setSource(url);
}

QString HelpWindow::currentPage() const
{
    const QString path = m_browser->source().path();
    return path.isEmpty() ? QString() : path.section(QLatin1Char('/'), -1);
}

bool HelpWindow::findText(const QString& text)
{
    m_message->clear();
    if (m_browser->find(text))
        return true;
    if (m_files.isEmpty())
        return false;
    // Not after the cursor: this page from the top, then the following pages.
    const qsizetype current = std::max<qsizetype>(0, m_files.indexOf(currentPage()));
    for (qsizetype i = 0; i <= m_files.size(); ++i) {
        const QString& file = m_files[(current + i) % m_files.size()];
        if (i > 0 && !helpPlainText(helpPage(file)).contains(text, Qt::CaseInsensitive))
            continue;
        if (file != currentPage())
            showPage(file);
        m_browser->moveCursor(QTextCursor::Start);
        if (m_browser->find(text))
            return true;
    }
    return false;
}

void HelpWindow::syncContents(const QString& file)
{
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_contents->topLevelItem(i);
        if (item->data(0, kFileRole).toString() == file) {
            const QSignalBlocker block(m_contents);
            m_contents->setCurrentItem(item);
            item->setExpanded(true);
            return;
        }
    }
}

void HelpWindow::showMessage(const QString& text)
{
    m_message->setText(text);
}

} // namespace tariffsim::ui
