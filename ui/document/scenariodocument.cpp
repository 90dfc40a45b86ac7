#include "ui/document/scenariodocument.h"

#include "ui/document/language.h"

#include "core/scenariodiff.h"

#include "ui/document/appdata.h"
#include "ui/document/dates.h"
#include "ui/document/modelcomputer.h"

#include "core/scenarioparameters.h"

#include <QDate>
#include <QStringList>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <atomic>

namespace tariffsim::ui {

Changes changesBetween(const ScenarioState& a, const ScenarioState& b)
{
    Changes c;
    if (a.scenario.overrides != b.scenario.overrides || a.scenario.partnerRates != b.scenario.partnerRates
        || a.effectiveDate != b.effectiveDate)
        c |= Change::Rates;
    if (a.scenario.truces != b.scenario.truces)
        c |= Change::Truces;
    if (a.parameters != b.parameters)
        c |= Change::Parameters;
    if (a.scenario.title != b.scenario.title || a.scenario.notes != b.scenario.notes
        || a.scenario.briefing != b.scenario.briefing)
        c |= Change::Description;
    core::Scenario restA = a.scenario, restB = b.scenario;
    for (core::Scenario* s : {&restA, &restB}) {
        s->overrides.clear();
        s->partnerRates.clear();
        s->truces.reset();
        s->title.clear();
        s->notes.clear();
        s->briefing = {};
    }
    if (restA != restB)
        c |= Change::Scenario;
    return c;
}

// Swaps whole states. Consecutive commands with the same non-zero merge id merge,
// so a slider drag is one undo step named after where it ended; a drag that ends
// where it began leaves no step at all.
class StateCommand : public QUndoCommand {
public:
    StateCommand(ScenarioDocument* doc, ScenarioState before, ScenarioState after, ScenarioDocument::UndoText text,
                 int mergeId)
        : QUndoCommand(text())
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_text(std::move(text))
        , m_mergeId(mergeId)
    {
    }
    /// Names the step again (after a change of language).
    void retranslate() { setText(m_text()); }
    void undo() override { m_doc->applyState(m_before); }
    void redo() override { m_doc->applyState(m_after); }
    int id() const override { return m_mergeId == 0 ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const StateCommand*>(other);
        if (o->m_mergeId != m_mergeId)
            return false;
        m_after = o->m_after;
        m_text = o->m_text;
        setText(o->text());
        setObsolete(m_after == m_before);
        return true;
    }

private:
    ScenarioDocument* m_doc;
    ScenarioState m_before;
    ScenarioState m_after;
    ScenarioDocument::UndoText m_text;
    int m_mergeId;
};

ScenarioDocument::ScenarioDocument(const AppData& data, QObject* parent, Computation computation)
    : QObject(parent)
    , m_data(data)
    , m_asOf(today())
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { emit changed(Change::Modified); });
    if (computation == Computation::Background)
        m_computer = std::make_unique<BackgroundComputer>(data.dataset, this, [this](quint64 generation, ModelResults r) {
            if (generation == m_generation) // older results were overtaken by a later change
                install(std::move(r), m_pending);
        });
    m_state.parameters = core::defaultParameters(data.dataset);
    m_state.effectiveDate = m_asOf;
    // History: the as-enacted preset (the default), or the dataset's own layers and truces.
    const core::Scenario* enacted = data.presets ? data.presets->find(std::string(core::PresetLibrary::kDefaultId)) : nullptr;
    m_history = std::make_shared<const core::TariffSchedule>(data.dataset, enacted ? *enacted : core::Scenario{}, 0,
                                                             data.coverage);
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
    emit changed(Change::AsOfDate);
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
    const Changes what = changesBetween(m_state, s) | kModelChanges;
    m_state = s;
    setFilePath({});
    recompute(what);
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
    const Changes what = changesBetween(m_state, s) | kModelChanges;
    m_state = s;
    setFilePath(filePath);
    recompute(what);
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
    push(next, [] { return tr("Edit title and notes"); }, 0);
}

void ScenarioDocument::setBriefing(const core::BriefingNotes& notes)
{
    ScenarioState next = m_state;
    next.scenario.briefing = notes;
    push(next, [] { return tr("Edit key findings"); }, 0);
}

void ScenarioDocument::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit changed(Change::FilePath);
}

bool ScenarioDocument::isModified() const { return !m_undo->isClean(); }

void ScenarioDocument::applyState(const ScenarioState& state)
{
    const Changes what = changesBetween(m_state, state);
    m_state = state;
    recompute(what);
}

void ScenarioDocument::push(const ScenarioState& next, UndoText text, int mergeId)
{
    if (next == m_state)
        return; // check before pushing: no empty undo steps
    m_undo->push(new StateCommand(this, m_state, next, std::move(text), mergeId));
}

void ScenarioDocument::retranslateHistory()
{
    for (int i = 0; i < m_undo->count(); ++i)
        if (auto* command = dynamic_cast<StateCommand*>(const_cast<QUndoCommand*>(m_undo->command(i))))
            command->retranslate();
    // The undo and redo actions follow these signals.
    emit m_undo->undoTextChanged(m_undo->undoText());
    emit m_undo->redoTextChanged(m_undo->redoText());
}

core::Scenario ScenarioDocument::baseScenario() const
{
    core::Scenario base = m_state.scenario;
    base.overrides.clear();
    return base;
}

void ScenarioDocument::recompute(Changes what)
{
    if (!(what & kModelChanges) && m_projection) {
        emit changed(what); // a title or notes edit: nothing to compute
        return;
    }
    ModelInputs in;
    in.scenario = m_state.scenario;
    in.parameters = m_state.parameters;
    in.first = kFirstMonth;
    in.last = kLastMonth;
    in.previous = m_schedule;
    in.previousBase = m_baseSchedule;
    in.previousProjection = m_projection;
    in.previousDiversion = m_diversion;
    in.coverage = m_data.coverage;
    in.history = m_history;
    in.historyFrom = core::kTariffChartFirstMonth.firstDay();
    in.historyBefore = historyBoundary();
    if (!m_computer || !m_schedule) { // the first results are computed at once in either mode
        in.what = what;
        install(computeModel(m_data.dataset, in, &m_cache), what);
        return;
    }
    // The worker's previous results are the installed ones; what changed is
    // counted from them, over every request since.
    m_pending |= what;
    in.what = m_pending;
    m_computing = true;
    m_computer->submit(++m_generation, std::move(in));
}

void ScenarioDocument::install(ModelResults results, Changes what)
{
    m_schedule = std::move(results.schedule);
    m_baseSchedule = std::move(results.base);
    m_projection = std::move(results.projection);
    m_diversion = std::move(results.diversion);
    m_counterfactualFrom = results.counterfactualFrom;
    m_pending = {};
    m_computing = false;
    emit changed(what);
}

core::Date ScenarioDocument::historyBoundary() const
{
    return std::max(m_state.effectiveDate, m_data.dataset.vintage.legalRecordThrough.addDays(1));
}

const core::Scenario* ScenarioDocument::basePresetScenario() const
{
    const std::string& id = m_state.scenario.basePreset.empty() ? m_state.scenario.id : m_state.scenario.basePreset;
    return id.empty() ? nullptr : m_data.presets->find(id);
}

QStringList ScenarioDocument::differencesFromBase() const
{
    const core::Scenario* base = basePresetScenario();
    if (!base)
        return {};
    const core::ModelParameters baseParams =
        core::resolveParameters(base->parameters, core::defaultParameters(m_data.dataset));
    QStringList out;
    for (const auto& line :
         core::describeDifferences(m_data.dataset, *base, baseParams, m_state.scenario, m_state.parameters))
        out << QString::fromStdString(line);
    return out;
}

bool ScenarioDocument::needsOwnTitle() const
{
    const core::Scenario* base = basePresetScenario();
    return base && m_state.scenario.title == base->title && !differencesFromBase().isEmpty();
}

QString ScenarioDocument::displayTitle() const
{
    // A preset's title in the interface's language; the user's own as written.
    const QString title = dataText(m_state.scenario.title).trimmed();
    if (title.isEmpty())
        return tr("Untitled scenario");
    return needsOwnTitle() ? tr("%1 (modified)").arg(title) : title;
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
    const core::Measure* m = m_schedule ? m_schedule->measure(measureId) : m_data.dataset.measure(measureId);
    const std::string name = m ? m->name : measureId;
    push(next,
         [name, ratePct] {
             return ratePct ? tr("Set %1 to %2%").arg(dataText(name)).arg(*ratePct) : tr("Reset %1").arg(dataText(name));
         },
         mergeId);
}

void ScenarioDocument::setPartnerRate(const std::string& partner, std::optional<double> ratePct, int mergeId)
{
    ScenarioState next = m_state;
    auto& list = next.scenario.partnerRates;
    std::erase_if(list, [&](const core::PartnerRate& r) { return r.partner == partner; });
    if (ratePct)
        list.push_back({partner, next.effectiveDate, *ratePct});
    push(next,
         [partner, ratePct] {
             return ratePct ? tr("Set the US tariff on %1 to %2%").arg(dataText(partner)).arg(*ratePct)
                            : tr("Reset the US tariff on %1").arg(dataText(partner));
         },
         mergeId);
}

std::optional<double> ScenarioDocument::partnerRatePct(const std::string& partner) const
{
    for (const auto& r : m_state.scenario.partnerRates)
        if (r.partner == partner)
            return r.ratePct;
    return std::nullopt;
}

void ScenarioDocument::setMeasure(const core::ScenarioMeasure& measure)
{
    ScenarioState next = m_state;
    auto& list = next.scenario.measures;
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto& m) { return m.id == measure.id; });
    const bool added = it == list.end();
    if (added)
        list.push_back(measure);
    else
        *it = measure;
    const QString name = QString::fromStdString(measure.name); // the user's own, as typed
    push(next, [added, name] { return added ? tr("Add measure %1").arg(name) : tr("Change measure %1").arg(name); }, 0);
}

const std::vector<core::TimelineEvent>& ScenarioDocument::timelineEvents() const
{
    const auto& measures = m_state.scenario.measures;
    if (m_eventsBuilt && m_eventsMeasures == measures && m_eventsLanguage == currentLanguage())
        return m_events;
    m_events = m_data.dataset.events;
    for (const auto& m : measures) {
        QStringList codes;
        for (const auto& c : m.coverage)
            codes << QString::fromStdString(c.hs.empty() ? c.sector : c.hs);
        const bool us = m.direction == core::Direction::UsOnChina;
        for (const auto& s : m.steps) {
            core::TimelineEvent e;
            e.date = s.from;
            e.actor = us ? "US" : "China";
            e.kind = "tariff";
            e.label = m.name;
            e.title = (s.setTo ? tr("%1 set to %2%") : tr("%1: %2% added"))
                          .arg(QString::fromStdString(m.name))
                          .arg(s.ratePct)
                          .toStdString();
            e.target = tr("HS %1").arg(codes.join(QStringLiteral(", "))).toStdString();
            e.ratePct = s.ratePct;
            e.status = "scheduled";
            e.note = tr("A measure of this scenario, not of the record").toStdString()
                + (m.legalBasis.empty() ? std::string() : "; " + m.legalBasis);
            e.provenance.basis = "estimate";
            e.provenance.note = e.note;
            m_events.push_back(e);
            if (s.to) {
                e.date = *s.to;
                e.label = tr("%1 ends").arg(QString::fromStdString(m.name)).toStdString();
                e.title = e.label;
                e.ratePct.reset();
                m_events.push_back(e);
            }
        }
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const core::TimelineEvent& a, const core::TimelineEvent& b) { return a.date < b.date; });
    m_eventsMeasures = measures;
    m_eventsLanguage = currentLanguage();
    m_eventsBuilt = true;
    return m_events;
}

void ScenarioDocument::removeMeasure(const std::string& measureId)
{
    ScenarioState next = m_state;
    auto& list = next.scenario.measures;
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto& m) { return m.id == measureId; });
    if (it == list.end())
        return;
    const QString name = QString::fromStdString(it->name);
    list.erase(it);
    std::erase_if(next.scenario.overrides, [&](const core::RateOverride& o) { return o.measureId == measureId; });
    if (next.scenario.truces)
        std::erase_if(*next.scenario.truces, [&](const core::Truce& t) { return t.measureId == measureId; });
    push(next, [name] { return tr("Remove measure %1").arg(name); }, 0);
}

void ScenarioDocument::setEffectiveDate(core::Date day, int mergeId)
{
    ScenarioState next = m_state;
    next.effectiveDate = day;
    for (auto& o : next.scenario.overrides)
        o.from = day;
    for (auto& r : next.scenario.partnerRates)
        r.from = day;
    push(next, [day] { return tr("Changes take effect on %1").arg(formatDay(day)); }, mergeId);
}

void ScenarioDocument::setParameters(const core::ModelParameters& params, const UndoText& what, int mergeId)
{
    ScenarioState next = m_state;
    next.parameters = params;
    push(next, what, mergeId);
}

void ScenarioDocument::setParameters(const core::ModelParameters& params, const QString& what, int mergeId)
{
    setParameters(params, UndoText([what] { return what; }), mergeId);
}

void ScenarioDocument::setTruces(const std::vector<core::Truce>& truces, const UndoText& what, int mergeId)
{
    ScenarioState next = m_state;
    next.scenario.truces = truces;
    push(next, what, mergeId);
}

void ScenarioDocument::setTruces(const std::vector<core::Truce>& truces, const QString& what, int mergeId)
{
    setTruces(truces, UndoText([what] { return what; }), mergeId);
}

} // namespace tariffsim::ui
