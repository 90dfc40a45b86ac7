#pragma once

// The briefing pack: one multi-page PDF of 16:9 pages (1280x720 pixels at 96 dpi,
// 13.33 x 7.5 inches, the widescreen slide size) with a cover (title, scenario,
// date), the headline figures, every chart in its briefing layout, the table of
// assumptions and the list of sources. A pure function of the document and the
// options, shared by the window and `tariffsim-cli briefing`.

#include "briefinglayout.h"
#include "ui/charts/chartmodels.h"

#include <QByteArray>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <map>

namespace tariffsim::ui {

class ScenarioDocument;

/// Page size of the pack, pixels at 96 dpi.
constexpr QSize kBriefingPageSize{1280, 720};

struct BriefingPackOptions {
    QString title;      ///< cover title
    QString subtitle;   ///< under the cover title (default: the scenario's name)
    QDate exportDate;   ///< printed on the cover, in every caption and footer
    SectorPeriod sectorPeriod; ///< period and flow of the sector chart
    /// Layouts of the chart pages; a chart without one gets defaultBriefingLayout().
    std::map<ChartId, BriefingLayout> layouts;
};

/// Default options: a title naming the scenario, today's sector period default.
BriefingPackOptions defaultBriefingPackOptions(const ScenarioDocument& doc, const QDate& exportDate);

/// What the pack holds, page by page: "Cover", "Headline figures", each chart's
/// title, "Assumptions" (one entry per page) and "Sources" (one per page).
struct BriefingPackInfo {
    QStringList pages;
};

/// The pack as PDF bytes. Fills `info` when given.
QByteArray renderBriefingPack(const ScenarioDocument& doc, const BriefingPackOptions& options,
                              BriefingPackInfo* info = nullptr);

} // namespace tariffsim::ui
