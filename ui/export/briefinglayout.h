#pragma once

// The words around an exported chart and the briefing pack's reference pages:
// title, subtitle, the "Source:" line, the caption of key assumptions, the table
// of assumptions and the list of sources. Plain data built from the document by
// pure functions, so the window, the command line and the tests share them; all
// of it is editable before export.

#include "ui/charts/chartmodels.h"
#include "ui/document/dates.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace tariffsim::ui {

class ScenarioDocument;

/// The text drawn around a chart. Plain text; an empty field is left out.
struct BriefingLayout {
    QString title;    ///< large and bold, top left ("Average tariff rates")
    QString subtitle; ///< under the title: what is measured, in which scenario
    QString caption;  ///< footer: key assumptions ("Assumptions: elasticity 2.0 ...")
    QString source;   ///< footer, last line: "Source: ..."

    bool operator==(const BriefingLayout&) const = default;
};

/// The day exports are dated with: the day of SOURCE_DATE_EPOCH when it is set
/// (reproducible output), otherwise today.
QDate exportDay();
/// The moment PDFs are stamped with: SOURCE_DATE_EPOCH when it is set, otherwise
/// the start of exportDay() (UTC).
QDateTime exportTimestamp();

/// The scenario's name as shown to readers: its title, or "Untitled scenario".
QString scenarioDisplayName(const ScenarioDocument& doc);

/// "Source: ..." for a chart: where its numbers come from in the dataset
/// (reporters of the trade figures, how many cited tariff actions, ...) and the
/// scenario's name, and "Includes your own data (FILE, ...)." when figures of
/// the chart come from the user's data folder.
QString sourceLine(const ScenarioDocument& doc, ChartId id);
/// sourceLine() without the user-data sentence.
QString sourceLineOfData(const ScenarioDocument& doc, ChartId id);

/// One or two sentences of key assumptions: elasticities and adjustment speed,
/// the user's rate changes, the truces and their end dates, the data vintage
/// and the export date.
QString assumptionCaption(const ScenarioDocument& doc, const QDate& exportDate);

/// The default layout of a chart: its title, the measure and the scenario as
/// subtitle, the assumption caption and the source line.
BriefingLayout defaultBriefingLayout(const ScenarioDocument& doc, const ChartModel& model, const QDate& exportDate);

/// One row of the briefing pack's table of assumptions.
struct AssumptionRow {
    QString section; ///< "Model parameters", "Truces", "Rate changes", "Scenario", "Data"
    QString name;
    QString value;
    QString range;   ///< literature range, when there is one
    QString note;    ///< source or explanation
};
/// Every assumption behind the projection, in reading order.
std::vector<AssumptionRow> assumptionTable(const ScenarioDocument& doc, const QDate& exportDate);

/// A source the dataset cites: the instrument or release, its kind, its address,
/// the reposts its figures were read from and what it is cited for.
struct SourceEntry {
    QString kind;           ///< "law", "official statistics", "research", "press", "your own data" or empty (a key, untranslated)
    QString citation;       ///< the instrument or release, e.g. "Proclamation 10896 (90 FR 9817)"; may be empty
    QString url;            ///< its address without the scheme; may be empty when only the citation is known
    QStringList reportedBy; ///< reposts (without the scheme) the figures were read from
    QStringList citedFor; ///< short descriptions, in dataset order, without duplicates
    /// Trade figures of a chart of their own it is cited for: "sectors" (base-year
    /// trade by sector), "rare earths" (keys, untranslated; see chartCitations()).
    QStringList topics;
};
/// Sources by theme. A source cited under several themes is listed under the first.
struct SourceGroup {
    QString title;
    std::vector<SourceEntry> entries;
};
/// Every distinct source of the dataset and the scenario's truces: tariff
/// measures and truces, timeline events, trade figures, model parameters.
std::vector<SourceGroup> datasetSources(const ScenarioDocument& doc);


/// A source with its number in the briefing pack's list of sources.
struct Citation {
    int number = 0;    ///< from 1
    QString theme;     ///< the SourceGroup it came from
    SourceEntry entry;
};
/// Every source of datasetSources() numbered from 1, grouped by kind in the
/// order of citationKinds(), in dataset order within a kind.
std::vector<Citation> numberedCitations(const ScenarioDocument& doc);
/// The kinds sources are grouped by, in order: "law", "official statistics",
/// "research", "press", "your own data" (a user data folder's files), and
/// "other" for a source without a kind. Keys, untranslated.
QStringList citationKinds();
/// The kind a citation is listed under (one of citationKinds()).
QString citationKind(const SourceEntry& e);
/// A kind as the list of sources heads it, in the interface's language: "Law",
/// "Official statistics"...
QString citationKindTitle(const QString& kind);
/// The numbers of the sources a chart's figures come from: tariff measures and
/// truces (tariffs), trade figures and model parameters (volumes), base-year
/// trade by sector (sectors), both (revenue), rare-earth figures (rare earths).
std::vector<int> chartCitations(const std::vector<Citation>& citations, ChartId id);
/// Numbers as a reference: "[1–4, 9]"; empty for none.
QString formatCitationRefs(std::vector<int> numbers);
/// One source as a citation: the instrument or release, its address, and the
/// pages its figures were read from.
QString citationText(const SourceEntry& e);

} // namespace tariffsim::ui
