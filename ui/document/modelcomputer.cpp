#include "ui/document/modelcomputer.h"

#include "core/cpustate.h"
#include "ui/document/diversiondata.h"

#include <QMetaObject>

namespace tariffsim::ui {

ModelResults computeModel(const core::Dataset& ds, const ModelInputs& in, core::ProjectionCache* cache)
{
    // The window's thread runs graphics code that can leave the vector unit in
    // a state that slows the model's scalar code; a few cycles to clear it.
    core::prepareForModelWork();
    ModelResults out;
    const bool scheduleChanged = in.what & (Changes(Change::Rates) | Change::Truces | Change::Scenario);
    if (scheduleChanged || !in.previous) {
        // A slider step differs from the previous scenario in its overrides only:
        // the schedule then recompiles the measures they name and reuses the rest.
        out.schedule = in.previous ? std::make_shared<const core::TariffSchedule>(*in.previous, in.scenario)
                                   : std::make_shared<const core::TariffSchedule>(ds, in.scenario, 0, in.coverage);
        const bool baseChanged = in.what & (Changes(Change::Truces) | Change::Scenario);
        if (in.scenario.overrides.empty()) {
            out.base = out.schedule; // without overrides the base is the scenario itself
        } else if (baseChanged || !in.previousBase || in.previousBase == in.previous) {
            core::Scenario base = in.scenario;
            base.overrides.clear();
            out.base = std::make_shared<const core::TariffSchedule>(*out.schedule, base);
        } else {
            out.base = in.previousBase;
        }
    } else {
        out.schedule = in.previous;
        out.base = in.previousBase;
    }
    if (in.history)
        out.counterfactualFrom = core::firstAverageDifference(*out.schedule, *in.history, in.historyFrom, in.historyBefore);
    if (in.what & kModelChanges || !in.previousProjection) {
        core::ProjectionOptions options;
        options.perGroup = true; // the sector chart's bars
        out.projection = std::make_shared<const core::Projection>(
            cache ? core::project(ds, *out.schedule, in.parameters, in.first, in.last, options, *cache)
                  : core::project(ds, *out.schedule, in.parameters, in.first, in.last, options));
        out.diversion = std::make_shared<const core::Diversion>(
            computeDiversion(ds, *out.schedule, in.parameters, *out.projection));
    } else {
        out.projection = in.previousProjection;
        out.diversion = in.previousDiversion;
    }
    return out;
}

BackgroundComputer::BackgroundComputer(const core::Dataset& ds, QObject* receiver, Done done)
    : m_ds(ds)
    , m_receiver(receiver)
    , m_done(std::move(done))
    , m_thread([this] { run(); })
{
}

BackgroundComputer::~BackgroundComputer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_next.reset();
    }
    m_wake.notify_one();
    m_thread.join();
}

void BackgroundComputer::submit(quint64 generation, ModelInputs inputs)
{
    {
        const std::lock_guard lock(m_mutex);
        m_next.emplace(generation, std::move(inputs));
    }
    m_wake.notify_one();
}

void BackgroundComputer::run()
{
    for (;;) {
        std::pair<quint64, ModelInputs> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_next.has_value(); });
            if (m_stop)
                return;
            job = std::move(*m_next);
            m_next.reset();
        }
        ModelResults results = computeModel(m_ds, job.second, &m_cache);
        QMetaObject::invokeMethod(
            m_receiver, [done = m_done, generation = job.first, results = std::move(results)]() mutable {
                done(generation, std::move(results));
            },
            Qt::QueuedConnection);
    }
}

} // namespace tariffsim::ui
