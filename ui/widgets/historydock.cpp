#include "ui/widgets/historydock.h"

#include <QEvent>
#include <QStyle>
#include <QUndoView>

namespace tariffsim::ui {

HistoryDock::HistoryDock(QUndoStack* stack, QWidget* parent)
    : QDockWidget(parent)
    , m_view(new QUndoView(stack, this))
{
    setObjectName(QStringLiteral("dock-history"));
    m_view->setCleanIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    setWidget(m_view);
    retranslate();
}

void HistoryDock::retranslate()
{
    setWindowTitle(tr("History"));
    m_view->setEmptyLabel(tr("<scenario as opened>"));
    m_view->setAccessibleName(tr("Undo history"));
    m_view->setAccessibleDescription(tr("Every edit as one step; click a step to go back to it"));
    m_view->setToolTip(tr("Every change, oldest first; click one to return to it (the disk icon marks the saved state)"));
}

void HistoryDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace tariffsim::ui
