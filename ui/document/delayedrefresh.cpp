#include "ui/document/delayedrefresh.h"

#include <algorithm>

namespace tariffsim::ui {

DelayedRefresh::DelayedRefresh(std::function<void(Changes)> refresh, QObject* parent)
    : QObject(parent)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DelayedRefresh::run);
}

void DelayedRefresh::mark(Changes what)
{
    m_dirty |= what;
    if (m_timer.isActive())
        return;
    const qint64 since = m_since.isValid() ? m_since.elapsed() : kFrameMs;
    m_timer.start(static_cast<int>(std::max<qint64>(0, kFrameMs - since)));
}

void DelayedRefresh::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        run();
    }
}

void DelayedRefresh::run()
{
    const Changes what = m_dirty;
    m_dirty = {};
    m_since.start();
    ++m_refreshes;
    m_refresh(what);
}

} // namespace tariffsim::ui
