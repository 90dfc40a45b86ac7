#pragma once

// The briefing pack: one PDF on A4 or US Letter with the key findings first
// (generated from the scenario's numbers against its comparison, in the
// analyst's order and words), the headline figures (first full year, average
// year and cumulative, each with its range) and how to read them, every chart as
// a numbered figure on a landscape page, the table of assumptions, a glossary
// and the numbered sources grouped by kind. Every page carries the
// organisation, the handling marking, the date and "Page n of N". A one-page
// brief (key findings and two charts) and 16:9 slides (one per chart, PNG and
// SVG) come from the same code. Pure functions of the document and the options,
// shared by the window and `tariffsim-cli briefing`.

#include "briefinglayout.h"
#include "ui/charts/chartmodels.h"

#include "core/keyfindings.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tariffsim::ui {

class ScenarioDocument;

/// Paper sizes of the pack.
enum class PaperSize { A4, Letter };
/// "a4", "letter" (the command line's names).
QString paperSizeName(PaperSize paper);
std::optional<PaperSize> paperSizeFromName(const QString& name);
/// Portrait page size in pixels at 96 dpi: A4 is 210 x 297 mm (793.7 x 1122.5),
/// US Letter 8.5 x 11 inches (816 x 1056). Landscape pages swap the sides.
QSizeF paperSizePx(PaperSize paper);

/// Organisation and handling marks, set once in Preferences and remembered.
struct BriefingMarks {
    QString organisation; ///< top left of every page, and on the first page
    QString author;       ///< on the first page and in the PDF's metadata
    QString marking;      ///< handling marking ("OFFICIAL", "For internal use"): centred in header and footer
    QString logoPath;     ///< an image file drawn top left; empty for none

    bool operator==(const BriefingMarks&) const = default;
};
/// The marks remembered in QSettings (group "briefing").
BriefingMarks savedBriefingMarks();
void saveBriefingMarks(const BriefingMarks& marks);

/// What the key findings compare the scenario with.
struct BriefingComparison {
    QString name; ///< as a sentence names it: "the as-enacted preset"
    std::shared_ptr<const core::TariffSchedule> schedule;
    std::shared_ptr<const core::Projection> projection;
};
/// The base preset: the scenario without the user's rate changes (the document's
/// base schedule, projected with the same parameters). nullopt when the scenario
/// changes no rate: the comparison would equal the scenario.
std::optional<BriefingComparison> basePresetComparison(const ScenarioDocument& doc);

/// The key findings of the document: core::keyFindings against `comparison`
/// (none: against the no-change baseline only) with the scenario's saved edits
/// (Scenario::briefing) applied.
std::vector<core::KeyFinding> briefingFindings(const ScenarioDocument& doc, const BriefingComparison* comparison);

/// A finding as printed: its text with "(Figure N)" before the final full stop
/// when its chart is one of `figures` (chart -> figure number) and the text does
/// not already refer to a figure.
QString findingSentence(const core::KeyFinding& finding, const std::map<ChartId, int>& figures);

/// Figure numbers of the full pack: every chart in allCharts() order from 1.
std::map<ChartId, int> packFigureNumbers();

struct BriefingPackOptions {
    QString title;      ///< on the first page and in the PDF's metadata
    QString subtitle;   ///< under the title (default: the scenario's name)
    QDate exportDate;   ///< on every page, in every caption
    SectorPeriod sectorPeriod; ///< period and flow of the sector chart
    /// Layouts of the chart pages; a chart without one gets defaultBriefingLayout().
    std::map<ChartId, BriefingLayout> layouts;
    PaperSize paper = PaperSize::A4;
    bool brief = false; ///< one page: key findings and two charts
    BriefingMarks marks;
    /// What the findings compare with; unset: basePresetComparison().
    std::optional<BriefingComparison> comparison;
    /// The findings to print; unset: briefingFindings() of the comparison.
    std::optional<std::vector<core::KeyFinding>> findings;
};

/// Default options: a title naming the scenario, today's sector period default,
/// A4, the full pack, the remembered marks.
BriefingPackOptions defaultBriefingPackOptions(const ScenarioDocument& doc, const QDate& exportDate);

/// What the pack holds, page by page: "Key findings", "Headline figures",
/// "Figure 1: Average tariff rates"... (one per chart), "Assumptions" (one entry
/// per page), "Glossary", "Sources" (one per page); the brief has one page,
/// "Brief". `landscape` is aligned with `pages`.
struct BriefingPackInfo {
    QStringList pages;
    std::vector<bool> landscape;
    std::vector<core::KeyFinding> findings; ///< as printed, in order
};

/// The pack as PDF bytes, with title, author, subject and creator in its
/// document information. Fills `info` when given.
QByteArray renderBriefingPack(const ScenarioDocument& doc, const BriefingPackOptions& options,
                              BriefingPackInfo* info = nullptr);

/// The first `count` pages as images (the preview before saving), `pixelsPerPx`
/// image pixels per page pixel at 96 dpi.
std::vector<QImage> renderBriefingPreview(const ScenarioDocument& doc, const BriefingPackOptions& options, int count,
                                          double pixelsPerPx = 1.0);

/// One slide per chart: 16:9, the figure's title and its source line.
struct BriefingSlide {
    QString baseName; ///< "figure-1-tariffs"
    QByteArray png;   ///< `size` pixels
    QByteArray svg;   ///< viewBox of `size`
};
/// The slides of every chart at `size` (1920 x 1080 by default).
std::vector<BriefingSlide> renderBriefingSlides(const ScenarioDocument& doc, const BriefingPackOptions& options,
                                                QSize size = QSize(1920, 1080));

/// Adds the document information keys PDF readers show that QPdfWriter (Qt 6.4)
/// cannot set, /Author and /Subject, to a PDF that QPdfWriter wrote: inserted
/// into its /Info dictionary with the cross-reference offsets moved to match.
/// Leaves the bytes unchanged when the structure is not the one QPdfWriter writes.
void addPdfDocumentInfo(QByteArray& pdf, const QString& author, const QString& subject);

} // namespace tariffsim::ui
