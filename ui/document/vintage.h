#pragma once

// What the data know and what is assumed: the dataset's vintage (the last day of
// the legal record, the last observed month of each trade series), the status of
// timeline events, and the truces that run on only by assumption. One wording
// for the status bar, the About box, tooltips, export captions and the briefing
// pack.

#include "core/dataset.h"

#include <QString>
#include <QStringList>

namespace tariffsim::ui {

class ScenarioDocument;

/// "legal record to 9 Nov 2026; trade observed to Dec 2025 (China customs) and
/// Oct 2025 (US Census)". Empty parts are left out; empty for an empty vintage.
QString vintageSummary(const core::Dataset& ds);

/// The window's badge: "Data as of 9 Nov 2026 · trade to Dec 2025 (China customs),
/// Oct 2025 (US Census)"; empty for an empty vintage.
QString dataAsOfBadge(const core::Dataset& ds);

/// vintageSummary() and the dataset's note on what is not known after the legal
/// record, as sentences (About box, status-bar tooltip).
QString vintageDetail(const core::Dataset& ds);

/// What an event's status means, for tooltips: "Scheduled: ..."; empty for a
/// confirmed event.
QString eventStatusText(const core::TimelineEvent& e);

/// "ended 10 Nov 2026; what followed is not in the data".
QString recordEndText(core::Date recordedEnd);

/// One line per truce of the scenario that runs past its recorded end only by
/// assumption: "Geneva truce (China side): ended 10 Nov 2026; what followed is
/// not in the data. Assumed: the suspension of 24 points continues to 31 Dec 2030."
QStringList assumedContinuations(const ScenarioDocument& doc);

/// Where the scenario rewrites history (ScenarioDocument::counterfactualFrom):
/// "counterfactual from 12 Aug 2025"; empty when it leaves history alone.
QString counterfactualShort(const ScenarioDocument& doc);
/// The same as a sentence: "Counterfactual history: from 12 Aug 2025 the
/// scenario's tariffs differ from those enacted, before 30 Nov 2026 (when its
/// edits take effect)." Empty when it leaves history alone.
QString counterfactualSentence(const ScenarioDocument& doc);

} // namespace tariffsim::ui
