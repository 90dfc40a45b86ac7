#pragma once

// Ctrl+Z and Ctrl+Shift+Z in a spin box or date box undo the document's last
// step once the box's value is committed. A spin box otherwise takes the
// shortcut for its own text, which after Enter has nothing left to undo, so the
// key seemed to do nothing. While the user is still typing, the box keeps the
// shortcut and undoes the typing.

class QObject;
class QWidget;

namespace tariffsim::ui {

/// Installs the behaviour on every spin box and date box under `root`. Returns
/// the filter (a child of `root`); deleting it removes the behaviour.
QObject* letDocumentUndoWinInSpinBoxes(QWidget* root);

} // namespace tariffsim::ui
