#pragma once

#include <QDockWidget>

class QUndoStack;
class QUndoView;

namespace tariffsim::ui {

/// A dock listing the undo history (QUndoView): click an entry to go back to it.
/// The first entry is the scenario as opened; the clean state (as saved) is marked.
class HistoryDock : public QDockWidget {
    Q_OBJECT
public:
    HistoryDock(QUndoStack* stack, QWidget* parent = nullptr);
    QUndoView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QUndoView* m_view;
};

} // namespace tariffsim::ui
