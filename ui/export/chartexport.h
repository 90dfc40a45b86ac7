#pragma once

// Rendering a chart for a briefing: PNG, SVG, PDF and CSV, as pure functions of
// the chart's data, the size and the words around it. Nothing here opens a
// dialog or touches a file chooser, so the window, tariffsim-cli and the tests
// call the same code and get the same image. Every format draws through an
// offscreen ChartView (ui/charts/) in its export style.
//
// Sizes are in pixels at 96 dpi. The layout is designed on a 1280x720 canvas and
// scaled to the requested size (zoom = min(width / 1280, height / 720), at least
// 0.75), so a 1920x1080 export is the 1280x720 one at 1.5 times, text included.

#include "briefinglayout.h"
#include "ui/charts/chartmodels.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace tariffsim::ui {

enum class ExportFormat { Png, Svg, Pdf, Csv };

/// "png", "svg", "pdf", "csv" (also the file suffix).
QString exportFormatName(ExportFormat format);
/// From "png", "PNG" or ".png"; nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(const QString& name);
/// From a file name's suffix; nullopt when it is not one of the four.
std::optional<ExportFormat> exportFormatFromPath(const QString& path);

/// A named export size.
struct ExportSizePreset {
    QString id;    ///< "1920x1080"
    QString label; ///< "1920 × 1080 (Full HD slide)"
    QSize size;
};
/// 1920x1080 and 1280x720, the slide sizes, labelled in the interface's language.
std::vector<ExportSizePreset> exportSizePresets();

/// Bounds of an export: each side in [kMinExportSide, kMaxExportSide] pixels,
/// scale 1 to kMaxExportScale, and at most kMaxExportPixels in the PNG.
constexpr int kMinExportSide = 320;
constexpr int kMaxExportSide = 8000;
constexpr int kMaxExportScale = 3;
constexpr qint64 kMaxExportPixels = 80'000'000;
/// Parses "WxH" (also "W×H"); nullopt for anything else or a side out of bounds.
std::optional<QSize> parseExportSize(const QString& text);
/// Empty when size and scale are within bounds, else the reason.
QString checkExportSize(QSize size, int scale);

/// The design scale of a page of `size` pixels: min(w / 1280, h / 720), at least 0.75.
double exportZoom(const QSizeF& size);

/// Where the parts of an export landed, in the output's coordinates (PNG pixels,
/// SVG user units, PDF pixels at 96 dpi).
struct ExportGeometry {
    QRectF page;
    QRectF chart;    ///< the whole chart, axes and legend included
    QRectF plotArea; ///< inside the axes: series are drawn only here
    QRectF legend;   ///< empty when there is no legend
};

/// The model as exported: every series trimmed to the time axis range (points
/// interpolated at the edges) and downsampled to at most `maxPoints` points a
/// series (keeping each bucket's first, lowest, highest and last point), because
/// QSvgGenerator in Qt 6.4 drops clipping and writes one element per segment.
ChartModel exportReadyModel(const ChartModel& model, int maxPoints = 2000);

/// Draws the layout and the chart into `target` (the painter's coordinates). The
/// layout: title and subtitle on top, the chart, then caption and source line.
void paintChartPage(QPainter& painter, const QRectF& target, const ChartModel& model, const BriefingLayout& layout,
                    ExportGeometry* geometry = nullptr);

/// A PNG-ready image of size * scale pixels on white, tagged 96 * scale dpi.
QImage renderPng(const ChartModel& model, QSize size, int scale, const BriefingLayout& layout,
                 ExportGeometry* geometry = nullptr);
/// PNG file contents.
QByteArray encodePng(const QImage& image);
/// An SVG document with a viewBox of `size`; text stays text in DejaVu Sans
/// (and WenQuanYi Micro Hei for Chinese).
QByteArray renderSvg(const ChartModel& model, QSize size, const BriefingLayout& layout,
                     ExportGeometry* geometry = nullptr);
/// A one-page vector PDF whose page is `size` pixels at 96 dpi; fonts embedded.
QByteArray renderPdf(const ChartModel& model, QSize size, const BriefingLayout& layout);
/// Exactly the numbers behind the chart, RFC 4180 CSV with the shortest decimal
/// text that reads back to the same double.
///   time charts: series,date,value,unit (a band gives "NAME (low)" and "NAME (high)"),
///                the points within the chart's date range
///   bar charts:  category,value,unit   (in display order)
QString chartCsv(const ChartModel& model);

/// One export request.
struct ExportRequest {
    ExportFormat format = ExportFormat::Png;
    QSize size{1920, 1080};
    int scale = 1; ///< PNG only
    BriefingLayout layout;
};
/// The file contents for a request.
QByteArray renderExport(const ChartModel& model, const ExportRequest& request);
/// Writes `bytes` to `path` atomically (core::writeFileAtomically: complete, or
/// the previous file untouched), refusing a path that is not a regular file or that
/// is one of `inputs`. Returns an empty string on success, else "PATH: reason".
QString writeExportFile(const QString& path, const QByteArray& bytes, const QStringList& inputs = {});

} // namespace tariffsim::ui
