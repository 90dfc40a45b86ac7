#pragma once

// Computing the tariff schedules and the projection of a scenario state, on the
// calling thread or on a worker thread that keeps the window's thread free.
// The worker computes only the latest request: a request made while it is busy
// replaces any request still waiting, so a fast slider drag skips the steps the
// user has already moved past, and the document drops results older than its
// latest request.

#include "ui/document/changes.h"

#include "core/dataset.h"
#include "core/diversion.h"
#include "core/projection.h"
#include "core/scenario.h"
#include "core/schedule.h"

#include <QObject>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace tariffsim::ui {

/// What a computation starts from: the state to compute and the previous
/// results it may reuse.
struct ModelInputs {
    core::Scenario scenario;
    core::ModelParameters parameters;
    Changes what;           ///< what changed since `previous`
    core::YearMonth first;  ///< months of the projection
    core::YearMonth last;
    std::shared_ptr<const core::TariffSchedule> previous;
    std::shared_ptr<const core::TariffSchedule> previousBase;
    std::shared_ptr<const core::Projection> previousProjection;
    std::shared_ptr<const core::Diversion> previousDiversion;
    /// Shared by the first schedule when there is no previous one.
    std::shared_ptr<const core::CoverageModel> coverage;
    /// History as enacted, and the day before which the scenario should leave it
    /// alone (ModelResults::counterfactualFrom); none to compare with when null.
    std::shared_ptr<const core::TariffSchedule> history;
    core::Date historyFrom;
    core::Date historyBefore;
};

/// The schedule of the scenario, the schedule of its base (without the user's
/// overrides; the same object when there are none) and the projection.
struct ModelResults {
    std::shared_ptr<const core::TariffSchedule> schedule;
    std::shared_ptr<const core::TariffSchedule> base;
    std::shared_ptr<const core::Projection> projection;
    std::shared_ptr<const core::Diversion> diversion; ///< where the trade went, with the projection
    /// The first day before ModelInputs::historyBefore on which the scenario's
    /// average tariffs differ from history's: from there on it is a counterfactual.
    std::optional<core::Date> counterfactualFrom;
};

/// Computes the results, reusing what `in.what` leaves untouched: the previous
/// schedules when only parameters changed, the previous projection when nothing
/// the model reads changed. The projection goes through `cache` when one is
/// given (the runs of sector groups whose tariff path did not change are
/// copied; same results), which must not be shared between threads. Without a
/// cache, a pure function of its inputs (thread-safe).
ModelResults computeModel(const core::Dataset& ds, const ModelInputs& in, core::ProjectionCache* cache = nullptr);

/// A worker thread that runs computeModel() for the latest request only and
/// hands each result to the receiver's thread.
class BackgroundComputer {
public:
    using Done = std::function<void(quint64 generation, ModelResults results)>;

    /// `done` runs on the thread of `receiver` (a queued call). The receiver must
    /// own the computer (its destructor stops the thread), and `ds` outlive it.
    BackgroundComputer(const core::Dataset& ds, QObject* receiver, Done done);
    ~BackgroundComputer();
    BackgroundComputer(const BackgroundComputer&) = delete;
    BackgroundComputer& operator=(const BackgroundComputer&) = delete;

    /// Queues a request, replacing any request not yet started.
    void submit(quint64 generation, ModelInputs inputs);

private:
    void run();

    const core::Dataset& m_ds;
    QObject* m_receiver;
    Done m_done;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<std::pair<quint64, ModelInputs>> m_next;
    bool m_stop = false;
    core::ProjectionCache m_cache; ///< used on the worker thread only
    std::thread m_thread;
};

} // namespace tariffsim::ui
