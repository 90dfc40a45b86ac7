#pragma once

// What each chart shows, as plain data: series of points, shaded spans and event
// markers. Built from the document by pure functions, so the window, the export
// code and the tests share them; only ui/charts/ turns them into Qt Charts items.

#include "core/date.h"
#include "core/figures.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace tariffsim::core {
class TariffSchedule;
struct Projection;
} // namespace tariffsim::core

namespace tariffsim::ui {

class ScenarioDocument;

/// Identifies a chart (also the `--chart` names of the command line).
enum class ChartId { Tariffs, Volumes, Sectors, Revenue, RareEarths, Diversion };
QString chartName(ChartId id);  ///< "tariffs", "volumes", ...
QString chartTitle(ChartId id); ///< "Average tariff rates", ...
const std::vector<ChartId>& allCharts();

enum class SeriesStyle {
    Line,    ///< solid line
    Dashed,  ///< dashed line (baselines, secondary quantities)
    Step,    ///< step line: points already hold the steps
    Band,    ///< filled band between `points` (lower) and `upper`
    Points,  ///< markers only (observed values)
    // Line styles of the scenarios pinned for comparison, one per pin.
    Dotted,     ///< dotted line
    DashDot,    ///< dash-dot line
    DashDotDot, ///< dash-dot-dot line
    LongDash,   ///< long dashes
};

/// The unit of a money series shown in a Chinese interface: hundreds of millions
/// of US dollars (money.h). The chart builders write money in "$bn"; chartModel
/// converts it (toDisplayMoney).
inline const QString kUsdHundredMillions = QStringLiteral("亿美元");

struct ChartSeries {
    QString name;      ///< full name: hover text, CSV column
    QString unit;      ///< for hover text: "%", "$bn" (kUsdHundredMillions in Chinese), "t"
    SeriesStyle style = SeriesStyle::Line;
    QColor color;
    bool secondaryAxis = false; ///< plotted against the right-hand axis
    QVector<QPointF> points;    ///< x: ms since epoch (time charts) or category index
    QVector<QPointF> upper;     ///< Band only
    QString legend;             ///< shorter legend text; empty means `name`

    bool operator==(const ChartSeries&) const = default;
};

/// A shaded period (a truce).
struct ChartSpan {
    double fromMs = 0;
    double toMs = 0;
    QString label;
    QColor color;
    bool assumed = false; ///< past the recorded end: drawn hatched, not filled
    QString legend;       ///< the legend's key for this kind of shading; empty means `label`

    bool operator==(const ChartSpan&) const = default;
};

/// A dated event marker.
struct ChartMarker {
    double xMs = 0;
    QString label;
    QString tooltip; ///< date, title and source

    bool operator==(const ChartMarker&) const = default;
};

/// A value written on a time chart beside its point (a peak, the last observed
/// month, an end value): a dot and the text.
struct ChartValueLabel {
    double xMs = 0;
    double y = 0;
    QString text;
    QColor color;
    bool secondaryAxis = false; ///< y is on the right-hand axis

    bool operator==(const ChartValueLabel&) const = default;
};

struct ChartModel {
    ChartId id = ChartId::Tariffs;
    QString title;
    QString yTitle;
    QString y2Title;         ///< right-hand axis title; empty for none
    bool timeAxis = true;
    double xMinMs = 0;
    double xMaxMs = 0;
    std::vector<ChartSeries> series;
    std::vector<ChartSpan> spans;
    std::vector<ChartMarker> markers;
    std::vector<ChartValueLabel> valueLabels; ///< time charts; none unless a caller adds them
    /// Time charts: where the data end (the last observed month, the legal
    /// record's last day), drawn as a marker in the window; xMs 0 for none.
    ChartMarker dataEdge;
    QStringList categories;  ///< bar charts: one per bar, in display order
    QVector<double> barValues; ///< bar charts: value per category
    QString barUnit;

    bool operator==(const ChartModel&) const = default;
};

/// Okabe–Ito colour-blind-safe palette.
namespace palette {
inline const QColor usOnChina{0x00, 0x72, 0xB2};   ///< blue: US duties / China's exports to the US
inline const QColor chinaOnUs{0xD5, 0x5E, 0x00};   ///< vermillion: China's duties / US exports to China
inline const QColor green{0x00, 0x9E, 0x73};
inline const QColor orange{0xE6, 0x9F, 0x00};
inline const QColor sky{0x56, 0xB4, 0xE9};
inline const QColor purple{0xCC, 0x79, 0xA7};
inline const QColor grey{0x66, 0x66, 0x66};
} // namespace palette

/// Milliseconds since the epoch at midnight UTC of a day (the time axis unit).
double toMs(core::Date day);
double toMs(core::YearMonth month);

/// Period over which the sector chart compares scenario with baseline.
struct SectorPeriod {
    core::YearMonth first = core::kHeadlineFirstMonth;
    core::YearMonth last{2025, 12};
    bool chinaToUs = true;
};

ChartModel tariffChart(const ScenarioDocument& doc);
ChartModel volumeChart(const ScenarioDocument& doc);
ChartModel sectorChart(const ScenarioDocument& doc, const SectorPeriod& period);
ChartModel revenueChart(const ScenarioDocument& doc);
ChartModel rareEarthChart(const ScenarioDocument& doc);
/// Where the trade went, month by month over the projection, as changes against
/// the no-change baseline (USD bn a month): China's exports to the US and to the
/// rest of the world, US imports from China and from the other suppliers, each
/// with its observed months, and the estimated rerouted trade with its band
/// (core/diversion.h).
ChartModel diversionChart(const ScenarioDocument& doc);
/// The source line of the diversion chart for exports.
QString diversionSourceLine(const ScenarioDocument& doc);
/// The chart `id` as the window and the exports show it: money in the interface's
/// unit (toDisplayMoney).
ChartModel chartModel(const ScenarioDocument& doc, ChartId id, const SectorPeriod& period = {});

/// Money series ("$bn") in the interface's unit: in Chinese their values (points
/// and band tops) times usdBnScale() and their unit kUsdHundredMillions, which
/// the axis titles (usdBnUnit()) and formatChartValue follow; in English as they
/// are. A series already converted is left alone.
void toDisplayMoney(ChartSeries& series);
void toDisplayMoney(ChartModel& model);

/// The headline figures (core::scenarioFigures) and the truce on the as-of date.
struct Headline : core::ScenarioFigures {
    bool truceRunning = false;
    int truceDaysLeft = 0;
    core::Date truceEnd;
    bool truceEndAssumed = false; ///< the end is a scenario assumption, not a recorded decision
    /// The truce runs past its recorded end only by assumption: no countdown.
    bool trucePastRecord = false;
    core::Date truceRecordedEnd;  ///< the truce's last end a source (or the user) gives
    QString truceSide;            ///< "US" or "China": whose suspension it is
};
/// Over the projection from 2025-01 to the horizon's end.
Headline headline(const ScenarioDocument& doc);

/// A scenario pinned for comparison (ui/comparison/), as the time charts overlay
/// it: its schedule and projection drawn in the pin's line style.
struct PinnedOverlay {
    QString label;                           ///< "Pin 1": starts each series name ("Pin 1: US tariffs")
    SeriesStyle style = SeriesStyle::Dotted; ///< Dotted, DashDot, DashDotDot or LongDash
    const core::TariffSchedule* schedule = nullptr;
    const core::Projection* projection = nullptr;
};
/// The series a pinned scenario adds to a chart: both average tariffs (tariffs),
/// both flows' scenario volumes (volumes), both sides' duties (revenue), magnet
/// exports (rare-earths); none for the sector bars. Names start with the label:
/// short, so that legends stay readable; the comparison dock says which is which.
std::vector<ChartSeries> pinnedSeries(ChartId id, const PinnedOverlay& pin);
/// Appends the pins' series to a time chart's model, money in the interface's unit.
void addPinnedSeries(ChartModel& model, const std::vector<PinnedOverlay>& pins);

} // namespace tariffsim::ui
