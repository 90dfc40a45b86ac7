#include "scenariodocument.h"

#include "appdata.h"

#include "core/scenarioparameters.h"

#include <QDate>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <atomic>

namespace tariffsim::ui {

namespace {

bool sameTruces(const std::optional<std::vector<core::Truce>>& a, const std::optional<std::vector<core::Truce>>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    if (a->size() != b->size())
        return false;
    for (size_t i = 0; i < a->size(); ++i) {
        const auto& x = (*a)[i];
        const auto& y = (*b)[i];
        if (x.id != y.id || x.measureId != y.measureId || x.start != y.start || x.days != y.days
            || x.suspendedPct != y.suspendedPct || x.extensions.size() != y.extensions.size())
            return false;
        for (size_t k = 0; k < x.extensions.size(); ++k)
            if (x.extensions[k].end != y.extensions[k].end)
                return false;
    }
    return true;
}

bool sameParameter(const core::Parameter& a, const core::Parameter& b)
{
    return a.value == b.value && a.low == b.low && a.high == b.high;
}

bool sameParameters(const core::ModelParameters& a, const core::ModelParameters& b)
{
    for (int f = 0; f < 2; ++f)
        if (!sameParameter(a.flows[f].elasticity, b.flows[f].elasticity)
            || !sameParameter(a.flows[f].adjustmentSpeed, b.flows[f].adjustmentSpeed))
            return false;
    return sameParameter(a.passThrough, b.passThrough) && sameParameter(a.frontLoadingShare, b.frontLoadingShare)
        && a.frontLoadingMonths == b.frontLoadingMonths && a.trendGrowthPerYear == b.trendGrowthPerYear
        && sameParameter(a.rareEarthApproval, b.rareEarthApproval) && a.referenceDate == b.referenceDate;
}

// Swaps whole states; consecutive commands with the same non-zero merge id merge,
// so a slider drag is one undo step.
class StateCommand : public QUndoCommand {
public:
    StateCommand(ScenarioDocument* doc, ScenarioState before, ScenarioState after, const QString& text, int mergeId)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }
    void undo() override { m_doc->applyState(m_before); }
    void redo() override { m_doc->applyState(m_after); }
    int id() const override { return m_mergeId == 0 ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const StateCommand*>(other);
        if (o->m_mergeId != m_mergeId)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    ScenarioDocument* m_doc;
    ScenarioState m_before;
    ScenarioState m_after;
    int m_mergeId;
};

core::Date today()
{
    const QDate d = QDate::currentDate();
    return *core::Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

bool ScenarioState::operator==(const ScenarioState& o) const
{
    if (effectiveDate != o.effectiveDate || scenario.overrides.size() != o.scenario.overrides.size())
        return false;
    for (size_t i = 0; i < scenario.overrides.size(); ++i) {
        const auto& a = scenario.overrides[i];
        const auto& b = o.scenario.overrides[i];
        if (a.measureId != b.measureId || a.from != b.from || a.ratePct != b.ratePct)
            return false;
    }
    return scenario.id == o.scenario.id && scenario.basePreset == o.scenario.basePreset
        && scenario.title == o.scenario.title && scenario.notes == o.scenario.notes
        && scenario.freezeAfter == o.scenario.freezeAfter && scenario.dropSteps == o.scenario.dropSteps
        && sameTruces(scenario.truces, o.scenario.truces) && sameParameters(parameters, o.parameters);
}

ScenarioDocument::ScenarioDocument(const AppData& data, QObject* parent)
    : QObject(parent)
    , m_data(data)
    , m_asOf(today())
    , m_undo(new QUndoStack(this))
{
    m_state.parameters = core::defaultParameters(data.dataset);
    m_state.effectiveDate = m_asOf;
    loadPreset(std::string(core::PresetLibrary::kDefaultId));
}

ScenarioDocument::~ScenarioDocument() = default;

const core::Dataset& ScenarioDocument::dataset() const { return m_data.dataset; }

int ScenarioDocument::newMergeId()
{
    static std::atomic<int> next{1};
    return next++;
}

void ScenarioDocument::setAsOfDate(core::Date day)
{
    if (day == m_asOf)
        return;
    m_asOf = day;
    emit asOfDateChanged();
}

void ScenarioDocument::loadPreset(const std::string& presetId)
{
    const core::Scenario* preset = m_data.presets->find(presetId);
    if (!preset)
        return;
    ScenarioState s = m_state;
    s.scenario = *preset;
    s.scenario.basePreset = preset->id;
    s.scenario.overrides.clear();
    m_undo->clear();
    m_state = s;
    setFilePath({});
    recompute(true);
}

void ScenarioDocument::loadScenario(const core::Scenario& scenario, const QString& filePath)
{
    ScenarioState s;
    s.scenario = scenario;
    // The document keeps parameters and the effective date in the state, not in
    // the scenario (toScenario() puts them back).
    s.scenario.parameters = {};
    s.scenario.effectiveDate.reset();
    s.parameters = core::resolveParameters(scenario.parameters, core::defaultParameters(m_data.dataset));
    s.effectiveDate = m_asOf;
    if (scenario.effectiveDate) {
        s.effectiveDate = *scenario.effectiveDate;
    } else if (!scenario.overrides.empty()) {
        s.effectiveDate = scenario.overrides.front().from;
        for (const auto& o : scenario.overrides)
            s.effectiveDate = std::min(s.effectiveDate, o.from);
    }
    m_undo->clear();
    m_state = s;
    setFilePath(filePath);
    recompute(true);
}

core::Scenario ScenarioDocument::toScenario() const
{
    core::Scenario s = m_state.scenario;
    s.id.clear(); // only the shipped presets have ids
    s.effectiveDate = m_state.effectiveDate;
    s.parameters = core::captureParameters(m_state.parameters);
    return s;
}

void ScenarioDocument::setDescription(const QString& title, const QString& notes)
{
    ScenarioState next = m_state;
    next.scenario.title = title.toStdString();
    next.scenario.notes = notes.toStdString();
    push(next, tr("Edit title and notes"), 0);
}

void ScenarioDocument::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

bool ScenarioDocument::isModified() const { return !m_undo->isClean(); }

void ScenarioDocument::applyState(const ScenarioState& state)
{
    const bool baseChanged = !sameTruces(state.scenario.truces, m_state.scenario.truces)
        || state.scenario.basePreset != m_state.scenario.basePreset
        || state.scenario.freezeAfter != m_state.scenario.freezeAfter
        || state.scenario.dropSteps != m_state.scenario.dropSteps;
    m_state = state;
    recompute(baseChanged || !m_baseSchedule);
}

void ScenarioDocument::push(const ScenarioState& next, const QString& text, int mergeId)
{
    if (next == m_state)
        return; // check before pushing: no empty undo steps
    m_undo->push(new StateCommand(this, m_state, next, text, mergeId));
}

core::Scenario ScenarioDocument::baseScenario() const
{
    core::Scenario base = m_state.scenario;
    base.overrides.clear();
    return base;
}

void ScenarioDocument::recompute(bool baseChanged)
{
    m_schedule = std::make_shared<const core::TariffSchedule>(m_data.dataset, m_state.scenario);
    if (m_state.scenario.overrides.empty())
        m_baseSchedule = m_schedule; // without overrides the base is the scenario itself
    else if (baseChanged || !m_baseSchedule)
        m_baseSchedule = std::make_shared<const core::TariffSchedule>(m_data.dataset, baseScenario());
    core::ProjectionOptions options;
    options.perSector = true;
    m_projection = core::project(m_data.dataset, *m_schedule, m_state.parameters, kFirstMonth, kLastMonth, options);
    emit changed();
}

std::optional<double> ScenarioDocument::overrideRatePct(const std::string& measureId) const
{
    for (const auto& o : m_state.scenario.overrides)
        if (o.measureId == measureId)
            return o.ratePct;
    return std::nullopt;
}

double ScenarioDocument::enactedRatePct(const std::string& measureId) const
{
    return m_baseSchedule->measureRatePct(measureId, m_state.effectiveDate);
}

double ScenarioDocument::currentRatePct(const std::string& measureId) const
{
    return m_schedule->measureRatePct(measureId, m_state.effectiveDate);
}

void ScenarioDocument::setOverride(const std::string& measureId, std::optional<double> ratePct, int mergeId)
{
    ScenarioState next = m_state;
    auto& list = next.scenario.overrides;
    std::erase_if(list, [&](const core::RateOverride& o) { return o.measureId == measureId; });
    if (ratePct)
        list.push_back({measureId, next.effectiveDate, *ratePct});
    const core::Measure* m = m_data.dataset.measure(measureId);
    const QString name = m ? QString::fromStdString(m->name) : QString::fromStdString(measureId);
    push(next, ratePct ? tr("Set %1 to %2%").arg(name).arg(*ratePct) : tr("Reset %1").arg(name), mergeId);
}

void ScenarioDocument::setEffectiveDate(core::Date day, int mergeId)
{
    ScenarioState next = m_state;
    next.effectiveDate = day;
    for (auto& o : next.scenario.overrides)
        o.from = day;
    push(next, tr("Changes take effect on %1").arg(QString::fromStdString(day.toString())), mergeId);
}

void ScenarioDocument::setParameters(const core::ModelParameters& params, const QString& what, int mergeId)
{
    ScenarioState next = m_state;
    next.parameters = params;
    push(next, what, mergeId);
}

void ScenarioDocument::setTruces(const std::vector<core::Truce>& truces, const QString& what, int mergeId)
{
    ScenarioState next = m_state;
    next.scenario.truces = truces;
    push(next, what, mergeId);
}

} // namespace tariffsim::ui
