#include "chartexport.h"

#include "ui/charts/chartlegend.h"
#include "ui/charts/chartstyle.h"

#include "core/fileio.h"

#include "exportpainting.h"
#include "ui/charts/chartview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tariffsim::ui {

namespace {

struct ChartExport {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::ChartExport)
};

// The part of a polyline inside [lo, hi] on x, cut at the edges.
QVector<QPointF> trimLine(const QVector<QPointF>& points, double lo, double hi)
{
    QVector<QPointF> out;
    out.reserve(points.size() + 2);
    const auto at = [](const QPointF& a, const QPointF& b, double x) {
        return QPointF(x, a.y() + (x - a.x()) / (b.x() - a.x()) * (b.y() - a.y()));
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF& p = points[i];
        if (i > 0) {
            // where the segment from q to p crosses an edge, in the direction of travel
            const QPointF& q = points[i - 1];
            const double x0 = std::min(q.x(), p.x());
            const double x1 = std::max(q.x(), p.x());
            double cuts[2];
            int n = 0;
            if (x0 < lo && lo < x1)
                cuts[n++] = lo;
            if (x0 < hi && hi < x1)
                cuts[n++] = hi;
            if (n == 2 && q.x() > p.x())
                std::swap(cuts[0], cuts[1]);
            for (int k = 0; k < n; ++k)
                out << at(q, p, cuts[k]);
        }
        if (p.x() >= lo && p.x() <= hi)
            out << p;
    }
    return out;
}

QVector<QPointF> trimPoints(const QVector<QPointF>& points, double lo, double hi)
{
    QVector<QPointF> out;
    for (const QPointF& p : points)
        if (p.x() >= lo && p.x() <= hi)
            out << p;
    return out;
}

// Keeps the first, lowest, highest and last point of each bucket, in order, so
// peaks and steps survive.
QVector<QPointF> downsample(const QVector<QPointF>& points, int maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 8)
        return points;
    const qsizetype buckets = maxPoints / 4;
    QVector<QPointF> out;
    out.reserve(maxPoints);
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype from = b * points.size() / buckets;
        const qsizetype to = (b + 1) * points.size() / buckets;
        if (from >= to)
            continue;
        qsizetype lo = from, hi = from;
        for (qsizetype i = from; i < to; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        qsizetype keep[] = {from, std::min(lo, hi), std::max(lo, hi), to - 1};
        qsizetype last = -1;
        for (qsizetype k : keep)
            if (k != last) {
                out << points[k];
                last = k;
            }
    }
    return out;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Shortest text that reads back to the same double.
QString csvNumber(double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, static_cast<qsizetype>(r.ptr - buf));
}

QString csvDate(double ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC).date().toString(Qt::ISODate);
}

// The legend of an export: chartlegend.h at the export canvas' sizes.
LegendMetrics exportLegendMetrics()
{
    LegendMetrics m;
    m.font = exportpaint::font(15);
    m.groupFont = exportpaint::font(15, true);
    m.groupText = exportpaint::kText;
    return m;
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    QString n = name.trimmed().toLower();
    if (n.startsWith(QLatin1Char('.')))
        n.remove(0, 1);
    for (auto f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv})
        if (n == exportFormatName(f))
            return f;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : exportFormatFromName(suffix);
}

std::vector<ExportSizePreset> exportSizePresets()
{
    return {
        {QStringLiteral("1920x1080"), ChartExport::tr("1920 × 1080 (Full HD slide)"), QSize(1920, 1080)},
        {QStringLiteral("1280x720"), ChartExport::tr("1280 × 720 (HD slide)"), QSize(1280, 720)},
    };
}

std::optional<QSize> parseExportSize(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (!checkExportSize(size, 1).isEmpty())
        return std::nullopt;
    return size;
}

QString checkExportSize(QSize size, int scale)
{
    if (size.width() < kMinExportSide || size.height() < kMinExportSide || size.width() > kMaxExportSide
        || size.height() > kMaxExportSide)
        return ChartExport::tr("each side must be %1 to %2 pixels").arg(kMinExportSide).arg(kMaxExportSide);
    if (scale < 1 || scale > kMaxExportScale)
        return ChartExport::tr("scale must be 1 to %1").arg(kMaxExportScale);
    if (qint64(size.width()) * size.height() * scale * scale > kMaxExportPixels)
        return ChartExport::tr("the image would exceed %1 million pixels").arg(kMaxExportPixels / 1'000'000);
    return {};
}

double exportZoom(const QSizeF& size) { return std::max(0.75, std::min(size.width() / 1280.0, size.height() / 720.0)); }

ChartModel exportReadyModel(const ChartModel& model, int maxPoints)
{
    if (!model.timeAxis)
        return model;
    ChartModel out = model;
    for (ChartSeries& s : out.series) {
        if (s.style == SeriesStyle::Points) {
            s.points = downsample(trimPoints(s.points, model.xMinMs, model.xMaxMs), maxPoints);
        } else {
            s.points = downsample(trimLine(s.points, model.xMinMs, model.xMaxMs), maxPoints);
            s.upper = downsample(trimLine(s.upper, model.xMinMs, model.xMaxMs), maxPoints);
        }
    }
    return out;
}

void paintChartPage(QPainter& painter, const QRectF& target, const ChartModel& model, const BriefingLayout& layout,
                    ExportGeometry* geometry)
{
    const double zoom = exportZoom(target.size());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(zoom, zoom);
    const QRectF canvas(QPointF(0, 0), target.size() / zoom);
    painter.fillRect(canvas, Qt::white);
    QRectF chartRect = exportpaint::paintLayoutFrame(painter, canvas, layout);
    const std::vector<LegendRow> rows = legendRows(model);
    const LegendMetrics metrics = exportLegendMetrics();
    const LegendPlacement legend = layoutLegend(rows, chartRect.width() - 20, metrics, painter.device());
    const QRectF legendRect(chartRect.left() + 10, chartRect.bottom() - legend.height, chartRect.width() - 20,
                            legend.height);
    if (legend.height > 0) {
        chartRect.setBottom(legendRect.top() - 8);
        paintLegend(painter, legendRect.topLeft(), legend, metrics);
    }

    ChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setExportStyle(true);
    view.setModel(exportReadyModel(model));
    view.layoutForExport(chartRect.size());
    view.renderChart(&painter, chartRect);

    if (geometry) {
        const QTransform t = painter.deviceTransform();
        const QPointF origin = chartRect.topLeft();
        geometry->page = t.mapRect(canvas);
        geometry->chart = t.mapRect(chartRect);
        geometry->plotArea = t.mapRect(view.plotAreaRect().translated(origin));
        geometry->legend = legend.height > 0 ? t.mapRect(legendRect) : QRectF();
    }
    painter.restore();
}

QImage renderPng(const ChartModel& model, QSize size, int scale, const BriefingLayout& layout, ExportGeometry* geometry)
{
    scale = std::clamp(scale, 1, kMaxExportScale);
    QImage image(size * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = static_cast<int>(std::lround(96.0 * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintChartPage(painter, QRectF(QPointF(0, 0), QSizeF(size)), model, layout, geometry);
    return image;
}

QByteArray encodePng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 60); // zlib level 3: a third faster than the default, files 3% larger
    return bytes;
}

QByteArray renderSvg(const ChartModel& model, QSize size, const BriefingLayout& layout, ExportGeometry* geometry)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(layout.title);
    svg.setDescription(layout.source);
    {
        QPainter painter(&svg);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintChartPage(painter, QRectF(QPointF(0, 0), QSizeF(size)), model, layout, geometry);
    }
    // Qt names a text's first font family only: Chinese text (UTF-8 lead bytes of
    // U+3000 to U+9FFF) names the CJK font after it, as the other formats use it.
    const bool cjk = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0xE3 && b <= 0xE9;
    });
    if (cjk) {
        const QByteArray family = chartFontFamily().toUtf8();
        bytes.replace("font-family=\"" + family + '"', "font-family=\"" + family + ", " + cjkFontFamily().toUtf8() + '"');
    }
    return bytes;
}

QByteArray renderPdf(const ChartModel& model, QSize size, const BriefingLayout& layout)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        exportpaint::setUpPdfWriter(pdf, size, layout.title);
        QPainter painter(&pdf);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintChartPage(painter, QRectF(QPointF(0, 0), QSizeF(size)), model, layout);
    }
    exportpaint::stampPdfCreationDate(bytes);
    return bytes;
}

QString chartCsv(const ChartModel& model)
{
    QString out;
    const QString nl = QStringLiteral("\r\n");
    if (!model.timeAxis) {
        out += QStringLiteral("category,value,unit") + nl;
        for (qsizetype i = 0; i < model.categories.size() && i < model.barValues.size(); ++i)
            out += csvField(model.categories[i]) + QLatin1Char(',') + csvNumber(model.barValues[i]) + QLatin1Char(',')
                + csvField(model.barUnit) + nl;
        return out;
    }
    out += QStringLiteral("series,date,value,unit") + nl;
    const auto rows = [&](const QString& name, const QString& unit, const QVector<QPointF>& points) {
        for (const QPointF& p : points)
            if (p.x() >= model.xMinMs && p.x() <= model.xMaxMs) // what the chart shows
                out += csvField(name) + QLatin1Char(',') + csvDate(p.x()) + QLatin1Char(',') + csvNumber(p.y())
                    + QLatin1Char(',') + csvField(unit) + nl;
    };
    for (const ChartSeries& s : model.series) {
        if (s.style == SeriesStyle::Band) {
            rows(ChartExport::tr("%1 (low)").arg(s.name), s.unit, s.points);
            rows(ChartExport::tr("%1 (high)").arg(s.name), s.unit, s.upper);
        } else {
            rows(s.name, s.unit, s.points);
        }
    }
    return out;
}

QByteArray renderExport(const ChartModel& model, const ExportRequest& request)
{
    switch (request.format) {
    case ExportFormat::Png: return encodePng(renderPng(model, request.size, request.scale, request.layout));
    case ExportFormat::Svg: return renderSvg(model, request.size, request.layout);
    case ExportFormat::Pdf: return renderPdf(model, request.size, request.layout);
    case ExportFormat::Csv: return chartCsv(model).toUtf8();
    }
    return {};
}

QString writeExportFile(const QString& path, const QByteArray& bytes, const QStringList& inputs)
{
    std::vector<std::string> inputPaths;
    for (const QString& input : inputs)
        inputPaths.push_back(input.toStdString());
    try {
        core::writeFileAtomically(path.toStdString(), std::string_view(bytes.constData(), bytes.size()), inputPaths);
    } catch (const core::FileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace tariffsim::ui
