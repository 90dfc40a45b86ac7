#pragma once

// Coalesces bursts of changes into one refresh per frame: every change marks the
// view dirty with what changed; a single-shot timer, started only when it is not
// already running, calls the refresh once with everything marked since the last
// one, and never sooner than one frame (16 ms) after it.

#include "ui/document/changes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace tariffsim::ui {

class DelayedRefresh : public QObject {
    Q_OBJECT
public:
    static constexpr int kFrameMs = 16;

    /// `refresh` is called with the changes marked since its last call.
    DelayedRefresh(std::function<void(Changes)> refresh, QObject* parent = nullptr);

    /// Marks `what` dirty and schedules the refresh.
    void mark(Changes what);
    /// Runs a scheduled refresh now (before a grab or an export).
    void flush();
    /// Whether a refresh is scheduled.
    bool pending() const { return m_timer.isActive(); }
    /// Refreshes run so far.
    int refreshes() const { return m_refreshes; }

private:
    void run();

    std::function<void(Changes)> m_refresh;
    QTimer m_timer;
    QElapsedTimer m_since; ///< since the last refresh
    Changes m_dirty;
    int m_refreshes = 0;
};

} // namespace tariffsim::ui
