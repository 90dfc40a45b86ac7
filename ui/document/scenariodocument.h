#pragma once

#include "core/dataset.h"
#include "core/diversion.h"
#include "core/horizon.h"
#include "core/projection.h"
#include "core/scenario.h"
#include "core/schedule.h"

#include "ui/document/changes.h"

#include <QObject>

#include <functional>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

class QUndoStack;

namespace tariffsim::ui {

struct AppData;

/// Everything the user edits, as one value: undo commands swap whole states.
struct ScenarioState {
    core::Scenario scenario;
    core::ModelParameters parameters;
    core::Date effectiveDate; ///< "Changes take effect on": the date of the user's rate overrides

    bool operator==(const ScenarioState&) const = default;
};

/// What differs between two states.
Changes changesBetween(const ScenarioState& before, const ScenarioState& after);

class StateCommand;
class BackgroundComputer;
struct ModelResults;

/// The open scenario: its state, the undo stack, and the schedule and projection
/// computed from it. Widgets never change the model directly; they call the
/// setters below, which push undo commands (only when the value really changes).
/// After every change the document recomputes what the change touched (a pure
/// function of the state) and emits changed() once, saying what changed.
class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    /// Months of the projection the window shows (core/horizon.h).
    static constexpr core::YearMonth kFirstMonth = core::kDisplayFirstMonth;
    static constexpr core::YearMonth kLastMonth = core::kHorizonLastMonth;

    /// Where the schedules and the projection are computed after a change.
    enum class Computation {
        Immediate,  ///< before the setter returns (the command line, scripts)
        Background, ///< on a worker thread; changed() follows when the results are in (the window)
    };

    explicit ScenarioDocument(const AppData& data, QObject* parent = nullptr,
                              Computation computation = Computation::Immediate);
    ~ScenarioDocument() override;

    /// Whether results of a change are still being computed (Background only):
    /// until then schedule() and projection() are those of the previous state.
    bool isComputing() const { return m_computing; }

    const core::Dataset& dataset() const;
    const AppData& appData() const { return m_data; }
    const ScenarioState& state() const { return m_state; }
    const core::Scenario& scenario() const { return m_state.scenario; }
    const core::ModelParameters& parameters() const { return m_state.parameters; }
    core::Date effectiveDate() const { return m_state.effectiveDate; }
    const core::TariffSchedule& schedule() const { return *m_schedule; }
    /// The schedule of the base preset, without the user's overrides ("enacted").
    const core::TariffSchedule& baseSchedule() const { return *m_baseSchedule; }
    const core::Projection& projection() const { return *m_projection; }
    /// Where the trade went, computed with the projection.
    const core::Diversion& diversion() const { return *m_diversion; }
    QUndoStack* undoStack() const { return m_undo; }

    /// History as enacted (the as-enacted preset's schedule).
    const core::TariffSchedule& historySchedule() const { return *m_history; }
    /// The day before which the scenario rewrites history if it changes anything:
    /// the later of the day its edits take effect and the day after the legal
    /// record ends.
    core::Date historyBoundary() const;
    /// The first day before historyBoundary() on which the scenario's average
    /// tariffs differ from history's (a truce moved or lapsed in 2025, a rate
    /// edited from a past date, a counterfactual preset): nullopt when it leaves
    /// history alone.
    std::optional<core::Date> counterfactualFrom() const { return m_counterfactualFrom; }

    /// The day the headline and truce countdown refer to (default: today).
    core::Date asOfDate() const { return m_asOf; }
    void setAsOfDate(core::Date day);

    /// The user's rate for a measure from the effective date, if any.
    std::optional<double> overrideRatePct(const std::string& measureId) const;

    /// The preset the scenario started from (nullptr for a scenario of its own).
    const core::Scenario* basePresetScenario() const;
    /// What the scenario changes against that preset and its parameters, one
    /// line each (empty when nothing, or without a base preset).
    QStringList differencesFromBase() const;
    /// Whether the scenario still carries its preset's title while it models
    /// something else: the window then shows "Title (modified)" and the first
    /// save asks for a title.
    bool needsOwnTitle() const;
    /// The title to show everywhere (window, captions, briefing, comparison).
    QString displayTitle() const;
    /// The rate the base preset charges on the effective date (shown beside the control).
    double enactedRatePct(const std::string& measureId) const;
    /// The rate in force on the effective date in the current scenario.
    double currentRatePct(const std::string& measureId) const;

    /// Sets (or, with nullopt, removes) the user's rate for a measure. Calls with
    /// the same non-zero `mergeId` merge into one undo step (a whole slider drag).
    void setOverride(const std::string& measureId, std::optional<double> ratePct, int mergeId = 0);
    /// Sets (or, with nullopt, removes) the scenario's US tariff on one of the other
    /// suppliers from the effective date (core::PartnerRate).
    void setPartnerRate(const std::string& partner, std::optional<double> ratePct, int mergeId = 0);
    /// The scenario's US tariff on a partner, if it sets one.
    std::optional<double> partnerRatePct(const std::string& partner) const;
    /// Moves every override to a new effective date.
    void setEffectiveDate(core::Date day, int mergeId = 0);
    /// An undo step's name, made again when the interface's language changes.
    using UndoText = std::function<QString()>;
    void setParameters(const core::ModelParameters& params, const UndoText& what, int mergeId = 0);
    void setParameters(const core::ModelParameters& params, const QString& what, int mergeId = 0);
    /// Replaces the scenario's truces (truce editor).
    void setTruces(const std::vector<core::Truce>& truces, const UndoText& what, int mergeId = 0);
    void setTruces(const std::vector<core::Truce>& truces, const QString& what, int mergeId = 0);
    /// Names every undo step again in the interface's language.
    void retranslateHistory();
    /// Adds a measure of the scenario's own, or replaces the one with its id (one
    /// undo step). The caller checks it (core::findScenarioMeasureProblem).
    void setMeasure(const core::ScenarioMeasure& measure);
    /// Removes a measure of the scenario's own with the overrides and truces
    /// that name it (one undo step).
    void removeMeasure(const std::string& measureId);
    /// The dated events of the timeline: the dataset's, and the start and end of
    /// every step of the scenario's own measures (status "scheduled", basis
    /// "estimate", noted as the scenario's), by date.
    const std::vector<core::TimelineEvent>& timelineEvents() const;
    /// Starts over from a preset: clears the undo history and the file path.
    void loadPreset(const std::string& presetId);
    /// Starts over from a scenario read from a file (or recovered): the model
    /// parameters are the file's over the defaults, the effective date is the
    /// file's (else its earliest override's, else today); clears the undo history
    /// (the document is then unmodified) and sets the file path.
    void loadScenario(const core::Scenario& scenario, const QString& filePath);
    /// The scenario to save: the state with its parameters (all values) and
    /// effective date, as a user scenario (no preset id).
    core::Scenario toScenario() const;
    /// Sets the scenario's title and notes (one undo step).
    void setDescription(const QString& title, const QString& notes);
    /// Sets the analyst's arrangement of the briefing's key findings (one undo
    /// step; saved with the scenario). Empty notes mean the generated findings.
    void setBriefing(const core::BriefingNotes& notes);

    /// The file the scenario was read from or last saved to; empty for a preset
    /// or a new scenario.
    const QString& filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    /// Whether there are changes since the scenario was opened or saved (the undo
    /// stack is not at its clean index).
    bool isModified() const;

    /// A fresh id for a group of edits that should merge into one undo step.
    static int newMergeId();

signals:
    /// Something changed; `what` says which parts (kModelChanges: the schedule
    /// and the projection were recomputed before the signal).
    void changed(tariffsim::ui::Changes what);

private:
    mutable std::vector<core::TimelineEvent> m_events;           ///< timelineEvents()
    mutable std::vector<core::ScenarioMeasure> m_eventsMeasures; ///< the measures m_events holds
    mutable bool m_eventsBuilt = false;
    mutable QString m_eventsLanguage; ///< the language m_events is written in
    friend class StateCommand;
    /// Replaces the whole state (undo and redo).
    void applyState(const ScenarioState& state);
    void push(const ScenarioState& next, UndoText text, int mergeId);
    void recompute(Changes what);
    void install(ModelResults results, Changes what);
    core::Scenario baseScenario() const;

    const AppData& m_data;
    ScenarioState m_state;
    core::Date m_asOf;
    QUndoStack* m_undo = nullptr;
    std::shared_ptr<const core::TariffSchedule> m_schedule;
    /// Shares m_schedule when the scenario has no overrides (the two are then equal).
    std::shared_ptr<const core::TariffSchedule> m_baseSchedule;
    std::shared_ptr<const core::Projection> m_projection;
    std::shared_ptr<const core::Diversion> m_diversion;
    std::shared_ptr<const core::TariffSchedule> m_history;
    std::optional<core::Date> m_counterfactualFrom;
    core::ProjectionCache m_cache; ///< for the projections computed on this thread
    std::unique_ptr<BackgroundComputer> m_computer; ///< Background only
    quint64 m_generation = 0;  ///< of the latest request
    Changes m_pending;         ///< what the requests since the last results changed
    bool m_computing = false;
    QString m_filePath;
};

} // namespace tariffsim::ui
