#include "ui/widgets/committedundo.h"

#include <QAbstractSpinBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSpinBox>
#include <QWidget>

namespace tariffsim::ui {

namespace {

// Whether the box shows its committed value (nothing typed since).
bool showsCommittedValue(const QAbstractSpinBox* box)
{
    if (const auto* d = qobject_cast<const QDoubleSpinBox*>(box))
        return d->cleanText() == d->textFromValue(d->value());
    if (const auto* i = qobject_cast<const QSpinBox*>(box))
        return i->cleanText() == i->locale().toString(i->value());
    if (const auto* t = qobject_cast<const QDateTimeEdit*>(box))
        return t->text() == t->locale().toString(t->dateTime(), t->displayFormat());
    return true;
}

class CommittedUndoFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
            return false;
        // The box's line edit has the focus; the box is its parent.
        const auto* box = qobject_cast<const QAbstractSpinBox*>(watched);
        if (!box && watched)
            box = qobject_cast<const QAbstractSpinBox*>(watched->parent());
        if (!box || !showsCommittedValue(box))
            return false;
        event->ignore(); // not the box's: the window's Undo and Redo actions take it
        return true;
    }
};

} // namespace

QObject* letDocumentUndoWinInSpinBoxes(QWidget* root)
{
    auto* filter = new CommittedUndoFilter(root);
    for (QAbstractSpinBox* box : root->findChildren<QAbstractSpinBox*>()) {
        box->installEventFilter(filter);
        for (QLineEdit* edit : box->findChildren<QLineEdit*>(Qt::FindDirectChildrenOnly))
            edit->installEventFilter(filter);
    }
    return filter;
}

} // namespace tariffsim::ui
