// Briefing export: PNG, SVG, PDF and CSV of a chart, the briefing pack,
// the window and the command line giving the same image.

#include "support/testsupport.h"

#include "cli/cli.h"
#include "ui/document/appdata.h"
#include "ui/charts/chartview.h"
#include "ui/export/briefingpack.h"
#include "ui/export/chartexport.h"
#include "ui/mainwindow.h"
#include "windowtest.h"
#include "ui/document/scenariodocument.h"
#include "ui/export/exportactions.h"
#include "ui/export/exportdialog.h"

#include "core/csv.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QMimeData>
#include <QPrinter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSet>
#include <QTemporaryDir>
#include <QTransform>
#include <QXmlStreamReader>

#include <charconv>
#include <sstream>

using namespace tariffsim;
using namespace tariffsim::ui;
using Catch::Matchers::WithinAbs;

namespace {

const QDate kExportDate(2026, 1, 15);

// A document on the as-enacted preset with a fixed as-of date.
struct Doc {
    Doc() { doc.setAsOfDate(test::day("2026-01-15")); }
    ScenarioDocument doc{bundledData()};
};

double msOf(const char* day)
{
    return static_cast<double>(QDateTime(QDate::fromString(QString::fromLatin1(day), Qt::ISODate), QTime(12, 0), Qt::UTC)
                                   .toMSecsSinceEpoch());
}

int nonWhitePixels(const QImage& image, const QRect& area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += (image.pixel(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
    return n;
}

// Pixels within 40 of a colour on each channel (antialiased lines are rarely exact).
int pixelsNear(const QImage& image, const QRect& area, QRgb colour)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            n += std::abs(qRed(p) - qRed(colour)) < 40 && std::abs(qGreen(p) - qGreen(colour)) < 40
                    && std::abs(qBlue(p) - qBlue(colour)) < 40
                ? 1
                : 0;
        }
    return n;
}

// Whether `inner` lies within `outer`, edges included (QRectF::contains refuses
// rectangles of no height, such as a horizontal line).
bool within(const QRectF& inner, const QRectF& outer)
{
    return inner.left() >= outer.left() && inner.right() <= outer.right() && inner.top() >= outer.top()
        && inner.bottom() <= outer.bottom();
}

// Drawing elements of an SVG written by QSvgGenerator, in user units: their
// colour (stroke, else fill; inherited from the enclosing groups) and bounds.
struct SvgShape {
    QString element;
    QString colour;
    QRectF bounds;
};

QTransform parseMatrix(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("matrix\\(([^)]*)\\)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QStringList v = m.captured(1).split(QLatin1Char(','));
    if (v.size() != 6)
        return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(),
                      v[5].toDouble());
}

std::vector<SvgShape> svgShapes(const QByteArray& svg, QString* error)
{
    struct State {
        QTransform transform;
        QString stroke, fill;
    };
    std::vector<SvgShape> shapes;
    std::vector<State> stack{State{}};
    QXmlStreamReader xml(svg);
    static const QRegularExpression number(QStringLiteral("-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("g"))
            stack.pop_back();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        State s = stack.back();
        if (a.hasAttribute(QLatin1String("transform")))
            s.transform = parseMatrix(a.value(QLatin1String("transform")).toString()) * stack.front().transform;
        if (a.hasAttribute(QLatin1String("stroke")))
            s.stroke = a.value(QLatin1String("stroke")).toString().toLower();
        if (a.hasAttribute(QLatin1String("fill")))
            s.fill = a.value(QLatin1String("fill")).toString().toLower();
        const QString name = xml.name().toString();
        if (name == QLatin1String("g")) {
            stack.push_back(s);
            continue;
        }
        QVector<QPointF> points;
        if (name == QLatin1String("path") || name == QLatin1String("polyline") || name == QLatin1String("polygon")) {
            const QString data = a.value(name == QLatin1String("path") ? QLatin1String("d") : QLatin1String("points")).toString();
            QVector<double> v;
            for (auto it = number.globalMatch(data); it.hasNext();)
                v << it.next().captured().toDouble();
            for (qsizetype i = 0; i + 1 < v.size(); i += 2)
                points << QPointF(v[i], v[i + 1]);
        } else if (name == QLatin1String("rect")) {
            const double x = a.value(QLatin1String("x")).toDouble(), y = a.value(QLatin1String("y")).toDouble();
            points << QPointF(x, y)
                   << QPointF(x + a.value(QLatin1String("width")).toDouble(), y + a.value(QLatin1String("height")).toDouble());
        } else if (name == QLatin1String("circle") || name == QLatin1String("ellipse")) {
            const double cx = a.value(QLatin1String("cx")).toDouble(), cy = a.value(QLatin1String("cy")).toDouble();
            const double rx = a.hasAttribute(QLatin1String("r")) ? a.value(QLatin1String("r")).toDouble()
                                                                  : a.value(QLatin1String("rx")).toDouble();
            const double ry = a.hasAttribute(QLatin1String("r")) ? rx : a.value(QLatin1String("ry")).toDouble();
            points << QPointF(cx - rx, cy - ry) << QPointF(cx + rx, cy + ry);
        } else {
            continue;
        }
        if (points.isEmpty())
            continue;
        QRectF bounds = s.transform.map(QPolygonF(points)).boundingRect();
        const QString colour = s.stroke != QLatin1String("none") && !s.stroke.isEmpty() ? s.stroke : s.fill;
        shapes.push_back({name, colour, bounds});
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return shapes;
}

int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

ChartSeries series(const char* name, SeriesStyle style, QVector<QPointF> points)
{
    ChartSeries s;
    s.name = QString::fromUtf8(name);
    s.style = style;
    s.color = Qt::blue;
    s.points = std::move(points);
    return s;
}

double parseDouble(const std::string& text)
{
    double v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    REQUIRE(r.ec == std::errc());
    return v;
}

} // namespace

TEST_CASE("Export helpers: formats, sizes, trimming and downsampling", "[ui][export]")
{
    SECTION("formats by name and by file suffix")
    {
        CHECK(exportFormatFromName(QStringLiteral("PNG")) == ExportFormat::Png);
        CHECK(exportFormatFromName(QStringLiteral(".svg")) == ExportFormat::Svg);
        CHECK_FALSE(exportFormatFromName(QStringLiteral("gif")).has_value());
        CHECK(exportFormatFromPath(QStringLiteral("/tmp/a.b/chart.pdf")) == ExportFormat::Pdf);
        CHECK_FALSE(exportFormatFromPath(QStringLiteral("chart")).has_value());
    }
    SECTION("sizes WxH within bounds")
    {
        CHECK(parseExportSize(QStringLiteral("1920x1080")) == QSize(1920, 1080));
        CHECK(parseExportSize(QStringLiteral("800 × 600")) == QSize(800, 600));
        CHECK_FALSE(parseExportSize(QStringLiteral("100x100")).has_value()); // below 320
        CHECK_FALSE(parseExportSize(QStringLiteral("1920")).has_value());
        CHECK(checkExportSize(QSize(1920, 1080), 3).isEmpty()); // 18.7 million pixels
        CHECK_FALSE(checkExportSize(QSize(8000, 8000), 2).isEmpty()); // 256 million
        CHECK_FALSE(checkExportSize(QSize(1920, 1080), 4).isEmpty());
    }
    SECTION("the design zoom: 1 at 1280x720, 1.5 at 1920x1080, never below 0.75")
    {
        CHECK(exportZoom(QSizeF(1280, 720)) == 1.0);
        CHECK(exportZoom(QSizeF(1920, 1080)) == 1.5);
        CHECK(exportZoom(QSizeF(1920, 720)) == 1.0); // the height limits
        CHECK(exportZoom(QSizeF(400, 400)) == 0.75);
    }
    SECTION("lines are cut at the axis range, points outside it dropped")
    {
        ChartModel m;
        m.xMinMs = 5;
        m.xMaxMs = 25;
        m.series.push_back(series("line", SeriesStyle::Line, {{0, 0}, {10, 10}, {20, 0}, {30, 10}}));
        m.series.push_back(series("span", SeriesStyle::Line, {{0, 0}, {100, 100}}));
        m.series.push_back(series("back", SeriesStyle::Line, {{30, 0}, {0, 30}}));
        m.series.push_back(series("dots", SeriesStyle::Points, {{0, 1}, {5, 2}, {25, 3}, {26, 4}}));
        const ChartModel t = exportReadyModel(m);
        // (0,0)-(10,10) enters at x=5, y=5; (20,0)-(30,10) leaves at x=25, y=5
        CHECK(t.series[0].points == QVector<QPointF>({{5, 5}, {10, 10}, {20, 0}, {25, 5}}));
        // one segment across the whole range gives both edges: (5,5) and (25,25)
        CHECK(t.series[1].points == QVector<QPointF>({{5, 5}, {25, 25}}));
        // right to left: (30,0)-(0,30) crosses x=25 at y=5 first, then x=5 at y=25
        CHECK(t.series[2].points == QVector<QPointF>({{25, 5}, {5, 25}}));
        CHECK(t.series[3].points == QVector<QPointF>({{5, 2}, {25, 3}}));
    }
    SECTION("long series keep each bucket's first, lowest, highest and last point")
    {
        ChartModel m;
        m.xMinMs = 0;
        m.xMaxMs = 99;
        QVector<QPointF> points;
        for (int i = 0; i < 100; ++i)
            points << QPointF(i, i == 30 ? -5 : (i == 70 ? 50 : i % 7));
        m.series.push_back(series("long", SeriesStyle::Line, points));
        // 8 points allowed: 2 buckets of 50; the first keeps x = 0, 6 (highest, 6 % 7 = 6), 30 (lowest)
        // and 49; the second 50, 56 (lowest, 56 % 7 = 0), 70 (highest) and 99
        const QVector<QPointF> kept = exportReadyModel(m, 8).series[0].points;
        CHECK(kept == QVector<QPointF>({{0, 0}, {6, 6}, {30, -5}, {49, 0}, {50, 1}, {56, 0}, {70, 50}, {99, 1}}));
    }
    SECTION("nice ticks and aligned left and right axes")
    {
        CHECK(niceTickCount(0, 200) == 5);  // 0, 50, ..., 200
        CHECK(niceTickCount(-30, 0) == 7);  // -30, -25, ..., 0
        CHECK(niceTickCount(0, 60) == 7);   // 0, 10, ..., 60
        CHECK(niceTickCount(0, 800) == 5);  // 0, 200, ..., 800
        // duties 0..40 and prices -10..70: zero one tick up on both, five steps of 10 and 20
        const AlignedRanges r = alignedRanges(0, 40, -10, 70);
        CHECK(r.lo1 == -10);
        CHECK(r.hi1 == 40);
        CHECK(r.lo2 == -20);
        CHECK(r.hi2 == 80);
        CHECK(r.ticks == 6);
        const AlignedRanges plain = alignedRanges(0, 40, 0, 80);
        CHECK((plain.lo1 == 0 && plain.hi1 == 40 && plain.lo2 == 0 && plain.hi2 == 80 && plain.ticks == 5));
    }
}

TEST_CASE("PNG export has the asked size and draws the chart", "[ui][export]")
{
    Doc d;
    const auto [id, size, scale] = GENERATE(table<ChartId, QSize, int>({
        {ChartId::Tariffs, QSize(1920, 1080), 1},
        {ChartId::Volumes, QSize(1280, 720), 2},
        {ChartId::Sectors, QSize(1000, 1000), 3},
        {ChartId::RareEarths, QSize(640, 480), 1},
    }));
    const ChartModel model = chartModel(d.doc, id);
    const BriefingLayout layout = defaultBriefingLayout(d.doc, model, kExportDate);
    ExportGeometry g;
    const QImage image = renderPng(model, size, scale, layout, &g);
    INFO(chartName(id).toStdString() << " at " << size.width() << "x" << size.height() << " x" << scale);
    REQUIRE(image.size() == size * scale);
    CHECK(image.dotsPerMeterX() == qRound(96.0 * scale / 0.0254));
    CHECK(g.page == QRectF(0, 0, size.width() * scale, size.height() * scale));
    // the plot area lies inside the chart, which lies inside the page
    CHECK(g.page.contains(g.chart));
    CHECK(g.chart.contains(g.plotArea));
    CHECK(g.plotArea.width() > 0.5 * g.page.width());
    // not blank: the title's dark pixels above the chart, the series' colour in the plot
    const QRect top(0, 0, image.width(), static_cast<int>(g.chart.top()));
    CHECK(nonWhitePixels(image, top) > 200 * scale * scale);
    const QRect plot = g.plotArea.toAlignedRect().intersected(image.rect());
    const QRgb seriesColour = id == ChartId::Sectors ? palette::chinaOnUs.rgb()
                              : id == ChartId::RareEarths ? palette::green.rgb()
                                                          : palette::usOnChina.rgb();
    CHECK(pixelsNear(image, plot, seriesColour) > 100 * scale);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20); // text antialiasing, grid, series, legend
    // the encoded file reads back at the same size
    CHECK(QImage::fromData(encodePng(image), "PNG").size() == size * scale);
}

TEST_CASE("SVG export is well-formed, keeps text as text and draws series only in the plot area", "[ui][export]")
{
    Doc d;
    ChartModel model = chartModel(d.doc, ChartId::Tariffs);
    SECTION("zoomed in as the window does: the step lines start in 2018 and run to 2030")
    {
        model.xMinMs = msOf("2024-07-01");
        model.xMaxMs = msOf("2026-06-30");
    }
    SECTION("volumes with band and observed points") { model = chartModel(d.doc, ChartId::Volumes); }
    SECTION("revenue with a right-hand axis") { model = chartModel(d.doc, ChartId::Revenue); }
    const BriefingLayout layout = defaultBriefingLayout(d.doc, model, kExportDate);
    ExportGeometry g;
    const QByteArray svg = renderSvg(model, QSize(1920, 1080), layout, &g);
    QString error;
    const std::vector<SvgShape> shapes = svgShapes(svg, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK(svg.contains("viewBox=\"0 0 1920 1080\""));
    CHECK(svg.contains("font-family=\"DejaVu Sans\""));
    CHECK(svg.contains(("<title>" + model.title + "</title>").toUtf8()));
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    CHECK(texts.contains(layout.title));

    QSet<QString> seriesColours;
    for (const ChartSeries& s : model.series)
        seriesColours.insert(s.color.name());
    // Pens are at most 2.2 layout pixels wide and observed points 7 across: at
    // 1.5 times, nothing of a series may reach further than 6 units past the plot.
    const QRectF allowed = g.plotArea.adjusted(-6, -6, 6, 6);
    int seriesShapes = 0;
    double left = 1e9, right = -1e9;
    for (const SvgShape& s : shapes) {
        if (!seriesColours.contains(s.colour) || within(s.bounds, g.legend))
            continue;
        ++seriesShapes;
        INFO(s.element.toStdString() << " " << s.colour.toStdString() << " at " << s.bounds.left() << ","
                                     << s.bounds.top() << " " << s.bounds.width() << "x" << s.bounds.height()
                                     << "; plot " << g.plotArea.left() << "," << g.plotArea.top() << " "
                                     << g.plotArea.width() << "x" << g.plotArea.height());
        CHECK(within(s.bounds, allowed));
        if (s.element == QLatin1String("path") || s.element == QLatin1String("polyline")) {
            left = std::min(left, s.bounds.left());
            right = std::max(right, s.bounds.right());
        }
    }
    CHECK(seriesShapes >= 2);
    // the lines reach both edges of the plot: the recorded plot area is where they are drawn
    CHECK_THAT(left, WithinAbs(g.plotArea.left(), 1.5));
    CHECK(right > g.plotArea.right() - 30); // monthly series end a month before the edge at most
}

TEST_CASE("PDF export is one vector page of the asked size with embedded fonts", "[ui][export]")
{
    Doc d;
    const ChartModel model = chartModel(d.doc, ChartId::Volumes);
    const QByteArray pdf = renderPdf(model, QSize(1920, 1080), defaultBriefingLayout(d.doc, model, kExportDate));
    CHECK(pdf.startsWith("%PDF-1."));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pdfPages(pdf) == 1);
    // 1920 x 1080 pixels at 96 dpi are 1440 x 810 points
    CHECK(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 1440(\\.0+)? 810(\\.0+)?\\]")).match(QString::fromLatin1(pdf)).hasMatch());
    CHECK(pdf.contains("/FontFile2")); // TrueType font programs embedded
    CHECK(pdf.contains("DejaVuSans"));
}

TEST_CASE("CSV export holds exactly the numbers behind the chart", "[ui][export]")
{
    Doc d;
    const core::Projection& p = d.doc.projection();
    SECTION("volumes: every month of the scenario, baseline, band and observed values")
    {
        const auto rows = core::parseCsv(chartCsv(chartModel(d.doc, ChartId::Volumes)).toStdString());
        REQUIRE(rows.front() == std::vector<std::string>{"series", "date", "value", "unit"});
        std::map<std::string, std::vector<std::pair<std::string, double>>> bySeries;
        for (size_t i = 1; i < rows.size(); ++i) {
            REQUIRE(rows[i].size() == 4);
            CHECK(rows[i][3] == "$bn");
            bySeries[rows[i][0]].emplace_back(rows[i][1], parseDouble(rows[i][2]));
        }
        const auto& scenario = bySeries["China's exports to the US — scenario"];
        REQUIRE(scenario.size() == static_cast<size_t>(p.months)); // 2024-01 to 2030-12: 84 months
        CHECK(p.months == 84);
        int observed = 0;
        for (int k = 0; k < p.months; ++k) {
            const auto& r = p.total(core::Flow::ChinaToUs)[static_cast<size_t>(k)];
            CHECK(scenario[static_cast<size_t>(k)].first == p.first.addMonths(k).firstDay().toString());
            CHECK(scenario[static_cast<size_t>(k)].second == r.scenarioUsdBn); // exact: shortest round-trip text
            CHECK(bySeries["China's exports to the US — baseline"][static_cast<size_t>(k)].second == r.baselineUsdBn);
            CHECK(bySeries["China's exports to the US — range (low)"][static_cast<size_t>(k)].second == r.lowUsdBn);
            CHECK(bySeries["China's exports to the US — range (high)"][static_cast<size_t>(k)].second == r.highUsdBn);
            observed += r.actualUsdBn ? 1 : 0;
        }
        CHECK(bySeries["China's exports to the US — observed"].size() == static_cast<size_t>(observed));
        CHECK(bySeries["US exports to China — scenario"].back().second
              == p.total(core::Flow::UsToChina).back().scenarioUsdBn);
        CHECK(bySeries.size() == 10); // 2 flows x (low, high, baseline, scenario, observed)
    }
    SECTION("tariffs: the step path, from the first day to the last")
    {
        const auto rows = core::parseCsv(chartCsv(chartModel(d.doc, ChartId::Tariffs)).toStdString());
        std::vector<std::vector<std::string>> us, assumed;
        for (const auto& r : rows) {
            if (r[0] == "US tariffs on Chinese goods")
                us.push_back(r);
            if (r[0] == "US tariffs, assumed after 9 Nov 2026")
                assumed.push_back(r);
        }
        REQUIRE(us.size() >= 4);
        REQUIRE(assumed.size() >= 2);
        // solid to the day after the legal record (measures.json vintage: 2026-11-09), dashed from there
        CHECK(us.front()[1] == "2018-01-01");
        CHECK(us.back()[1] == "2026-11-10");
        CHECK(assumed.front()[1] == "2026-11-10");
        CHECK(assumed.back()[1] == "2030-12-31");
        CHECK(parseDouble(us.front()[2]) == d.doc.schedule().averageRatePct(core::Direction::UsOnChina, test::day("2018-01-01")));
        CHECK(parseDouble(assumed.back()[2]) == d.doc.schedule().averageRatePct(core::Direction::UsOnChina, test::day("2030-12-31")));
        // on 2025-05-14 (Geneva) the rate steps down: the day appears twice, before and after
        int geneva = 0;
        for (const auto& r : us)
            geneva += r[1] == "2025-05-14" ? 1 : 0;
        CHECK(geneva == 2);
    }
    SECTION("sectors: one row per bar in display order, largest loss first")
    {
        const ChartModel m = chartModel(d.doc, ChartId::Sectors);
        const auto rows = core::parseCsv(chartCsv(m).toStdString());
        REQUIRE(rows.front() == std::vector<std::string>{"category", "value", "unit"});
        REQUIRE(rows.size() == static_cast<size_t>(m.categories.size()) + 1);
        for (qsizetype i = 0; i < m.categories.size(); ++i) {
            CHECK(rows[static_cast<size_t>(i) + 1][0] == m.categories[i].toStdString());
            CHECK(parseDouble(rows[static_cast<size_t>(i) + 1][1]) == m.barValues[i]);
        }
        CHECK(parseDouble(rows[1][1]) <= parseDouble(rows.back()[1]));
    }
    SECTION("fields with commas are quoted")
    {
        ChartModel m;
        m.timeAxis = false;
        m.categories << QStringLiteral("Steel, aluminium") << QStringLiteral("Toys \"and games\"");
        m.barValues << -12.5 << 0.1;
        m.barUnit = QStringLiteral("%");
        CHECK(chartCsv(m) == QStringLiteral("category,value,unit\r\n\"Steel, aluminium\",-12.5,%\r\n"
                                            "\"Toys \"\"and games\"\"\",0.1,%\r\n"));
    }
}

TEST_CASE("Clipboard and printer get the same layout", "[ui][export]")
{
    Doc d;
    const ChartModel model = chartModel(d.doc, ChartId::RareEarths);
    const BriefingLayout layout = defaultBriefingLayout(d.doc, model, kExportDate);
    SECTION("the clipboard holds the 1920x1080 image, PNG and SVG data")
    {
        copyChartToClipboard(model, layout);
        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        REQUIRE(data);
        CHECK(qvariant_cast<QImage>(data->imageData()).size() == QSize(1920, 1080));
        CHECK(QImage::fromData(data->data(QStringLiteral("image/png")), "PNG").size() == QSize(1920, 1080));
        CHECK(data->data(QStringLiteral("image/svg+xml")).contains("<svg"));
    }
    SECTION("printing to a PDF printer gives one landscape page")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("print.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Landscape);
        printChartPage(&printer, model, layout);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        CHECK(pdf.startsWith("%PDF-"));
        CHECK(pdfPages(pdf) == 1);
        // A4 landscape: 842 x 595 points
        CHECK(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 841\\.[0-9]+ 595\\.[0-9]+\\]|/MediaBox \\[0 0 842(\\.0+)? 595(\\.0+)?\\]"))
                  .match(QString::fromLatin1(pdf))
                  .hasMatch());
    }
}

TEST_CASE("Briefing layout: source line, caption and tables come from the data", "[ui][export]")
{
    Doc d;
    const ChartModel model = chartModel(d.doc, ChartId::Tariffs);
    const BriefingLayout layout = defaultBriefingLayout(d.doc, model, kExportDate);
    CHECK(layout.title == QStringLiteral("Average tariff rates"));
    CHECK(layout.subtitle.contains(QStringLiteral("“As enacted”")));
    CHECK(layout.source.startsWith(QStringLiteral("Source: ")));
    CHECK(layout.source.contains(QStringLiteral("“As enacted”")));
    CHECK(layout.caption.startsWith(QStringLiteral("Assumptions: ")));
    CHECK(layout.caption.contains(QStringLiteral("exported 15 Jan 2026")));
    CHECK(layout.caption.contains(QStringLiteral("Geneva truce (US side) 14 May 2025")));
    // the vintage and the assumption past it are named in every caption
    CHECK(layout.caption.contains(QStringLiteral("data: legal record to 9 Nov 2026; trade observed to Dec 2025 (China customs)")));
    CHECK(layout.caption.contains(QStringLiteral("Geneva truce (China side) 14 May 2025 – 9 Nov 2026")));
    CHECK(layout.caption.contains(
        QStringLiteral("assumed: Geneva truce (China side) continues after 9 Nov 2026 (not in the data)")));
    // the default elasticity, as the caption rounds it
    CHECK(layout.caption.contains(
        QStringLiteral("elasticity %1").arg(d.doc.parameters().flow(core::Flow::ChinaToUs).elasticity.value, 0, 'f', 1)));
    const auto rows = assumptionTable(d.doc, kExportDate);
    CHECK(std::any_of(rows.begin(), rows.end(), [](const AssumptionRow& r) { return r.section == QStringLiteral("Truces"); }));
    CHECK(std::any_of(rows.begin(), rows.end(), [](const AssumptionRow& r) {
        return r.name == QStringLiteral("Assumed past the record") && r.note.contains(QStringLiteral("ended 10 Nov 2026"));
    }));
    CHECK(std::any_of(rows.begin(), rows.end(), [](const AssumptionRow& r) {
        return r.name == QStringLiteral("Legal record to") && r.value == QStringLiteral("9 Nov 2026");
    }));
    // every source is listed once (instrument and address), with what it supports
    QSet<QString> keys;
    int entries = 0, laws = 0, reposted = 0;
    bool customs = false;
    for (const SourceGroup& g : datasetSources(d.doc))
        for (const SourceEntry& e : g.entries) {
            keys.insert(e.citation + QLatin1Char('|') + e.url);
            ++entries;
            CHECK_FALSE(e.citedFor.isEmpty());
            CHECK_FALSE(e.url.startsWith(QStringLiteral("http")));
            CHECK_FALSE((e.url.isEmpty() && e.citation.isEmpty()));
            laws += e.kind == QStringLiteral("law") ? 1 : 0;
            reposted += e.reportedBy.isEmpty() ? 0 : 1;
            // China customs' figures are listed under the agency, with the pages they were read on
            if (e.citation == QStringLiteral("General Administration of Customs of China (GACC)")) {
                customs = true;
                CHECK(e.kind == QStringLiteral("official statistics"));
                CHECK(e.reportedBy.size() > 3);
            }
        }
    CHECK(entries == keys.size());
    CHECK(entries > 50);
    CHECK(laws > 40);
    CHECK(reposted > 10);
    CHECK(customs);
}

TEST_CASE("Briefing pack: key findings, headline figures, every chart, assumptions, glossary and sources", "[ui][export]")
{
    Doc d;
    BriefingPackInfo info;
    BriefingPackOptions options = defaultBriefingPackOptions(d.doc, kExportDate);
    options.marks = {};
    const QByteArray pdf = renderBriefingPack(d.doc, options, &info);
    CHECK(pdf.startsWith("%PDF-1."));
    REQUIRE(info.pages.size() >= 10);
    CHECK(info.pages.mid(0, 8)
          == QStringList({QStringLiteral("Key findings"), QStringLiteral("Headline figures"),
                          QStringLiteral("Figure 1: Average tariff rates"), QStringLiteral("Figure 2: Monthly export volumes"),
                          QStringLiteral("Figure 3: Change against baseline by sector"),
                          QStringLiteral("Figure 4: Duties collected and import prices"),
                          QStringLiteral("Figure 5: Rare-earth magnet exports to the US"),
                          QStringLiteral("Figure 6: Where the trade went")}));
    const auto assumptions = info.pages.count(QStringLiteral("Assumptions"));
    const auto sources = info.pages.count(QStringLiteral("Sources"));
    CHECK(assumptions >= 1);
    CHECK(sources >= 1);
    CHECK(info.pages.size() == 8 + assumptions + 1 + sources);
    CHECK(pdfPages(pdf) == info.pages.size());
    // A4 portrait text pages (595 x 842 points) and landscape figures
    CHECK(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 595(\\.[0-9]+)? 842(\\.[0-9]+)?\\]")).match(QString::fromLatin1(pdf)).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 842(\\.[0-9]+)? 595(\\.[0-9]+)?\\]")).match(QString::fromLatin1(pdf)).hasMatch());
    CHECK(pdf.contains("/FontFile2"));
}

TEST_CASE("The window and the command line export the same image", "[ui][export][cli]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    // the window's export actions, as File > Export and the chart menus use them
    const auto* actions = window.findChild<ExportActions*>();
    REQUIRE(actions);
    const auto id = GENERATE(ChartId::Sectors, ChartId::Tariffs, ChartId::Volumes);
    ExportDialog dialog(window.document(), actions->models(), id, &window);
    dialog.setFormat(ExportFormat::Png);
    dialog.setCustomSize(QSize(1280, 720));
    dialog.setScale(2);
    const QImage fromWindow = QImage::fromData(dialog.renderBytes(), "PNG");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    std::ostringstream out, err;
    std::vector<std::string> args = {"export", "--chart", chartName(id).toStdString(), "--format", "png", "--out",
                                     path.toStdString(), "--size", "1280x720", "--scale", "2"};
    if (id == ChartId::Sectors) {
        // The window's sector chart covers the months its edits move, from the
        // month they take effect to the horizon's end; the command line says so.
        const SectorPeriod period = window.sectorPeriod();
        args.insert(args.end(), {"--from", period.first.toString(), "--to", period.last.toString()});
    }
    const int code = cli::run(args, out, err);
    INFO(err.str());
    REQUIRE(code == 0);
    const QImage fromCli(path);
    REQUIRE(fromCli.size() == QSize(2560, 1440));
    REQUIRE(fromWindow.size() == fromCli.size());
    CHECK(fromWindow.convertToFormat(QImage::Format_RGB32) == fromCli.convertToFormat(QImage::Format_RGB32));

    SECTION("an edited title changes only the window's export")
    {
        dialog.titleEdit()->setText(QStringLiteral("Tariffs since 2018"));
        CHECK(dialog.request().layout.title == QStringLiteral("Tariffs since 2018"));
        CHECK(QImage::fromData(dialog.renderBytes(), "PNG") != fromCli);
    }
}

TEST_CASE("tariffsim-cli export and briefing", "[ui][export][cli]")
{
    QTemporaryDir dir;
    const auto run = [](std::vector<std::string> args, std::string* errText = nullptr) {
        std::ostringstream out, err;
        const int code = cli::run(args, out, err);
        if (errText)
            *errText = err.str();
        return code;
    };
    const std::string base = dir.path().toStdString() + "/";
    SECTION("formats from --format or from the suffix")
    {
        REQUIRE(run({"export", "--chart", "rare-earths", "--out", base + "re.svg"}) == 0);
        QFile svg(QString::fromStdString(base + "re.svg"));
        REQUIRE(svg.open(QIODevice::ReadOnly));
        CHECK(svg.read(5) == "<?xml");
        // --format and the file name must agree: a .txt is not named after its format.
        REQUIRE(run({"export", "--chart", "revenue", "--format", "csv", "--out", base + "rev.txt"}) == 2);
        CHECK_FALSE(QFile::exists(QString::fromStdString(base + "rev.txt")));
        REQUIRE(run({"export", "--chart", "revenue", "--format", "csv", "--out", base + "rev.csv"}) == 0);
        QFile csv(QString::fromStdString(base + "rev.csv"));
        REQUIRE(csv.open(QIODevice::ReadOnly));
        CHECK(csv.readLine() == "series,date,value,unit\r\n");
        REQUIRE(run({"export", "--chart", "tariffs", "--out", base + "t.png", "--size", "640x360", "--title", "Hi"}) == 0);
        CHECK(QImage(QString::fromStdString(base + "t.png")).size() == QSize(640, 360));
    }
    SECTION("--from, --to and --flow: a time chart's range, the sector chart's period and flow")
    {
        // volumes over 2025: twelve monthly rows of the scenario, January to December
        REQUIRE(run({"export", "--chart", "volumes", "--out", base + "v.csv", "--from", "2025-01", "--to", "2025-12"}) == 0);
        QFile file(QString::fromStdString(base + "v.csv"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto rows = core::parseCsv(file.readAll().toStdString());
        std::vector<std::string> dates;
        for (const auto& r : rows)
            if (r[0] == "China's exports to the US — scenario")
                dates.push_back(r[1]);
        REQUIRE(dates.size() == 12);
        CHECK(dates.front() == "2025-01-01");
        CHECK(dates.back() == "2025-12-01");
        // US exports to China by sector over 2025-2030, as the window's chooser gives it
        REQUIRE(run({"export", "--chart", "sectors", "--out", base + "s.csv", "--flow", "us_to_china", "--from", "2025-01",
                     "--to", "2030-12"}) == 0);
        Doc d;
        SectorPeriod period;
        period.first = {2025, 1};
        period.last = {2030, 12};
        period.chinaToUs = false;
        const ChartModel expected = chartModel(d.doc, ChartId::Sectors, period);
        QFile sectors(QString::fromStdString(base + "s.csv"));
        REQUIRE(sectors.open(QIODevice::ReadOnly));
        const auto bars = core::parseCsv(sectors.readAll().toStdString());
        REQUIRE(bars.size() == static_cast<size_t>(expected.categories.size()) + 1);
        CHECK(bars[1][0] == expected.categories.front().toStdString());
        CHECK(parseDouble(bars[1][1]) == expected.barValues.front());
        std::string err;
        CHECK(run({"export", "--chart", "tariffs", "--out", base + "x.png", "--flow", "us_to_china"}, &err) == 2);
        CHECK(run({"export", "--chart", "volumes", "--out", base + "x.png", "--from", "2026-05", "--to", "2026-01"}, &err) == 1);
        CHECK(err.find("before --from") != std::string::npos);
        CHECK(run({"export", "--chart", "sectors", "--out", base + "x.png", "--from", "2019-01"}) == 1);
    }
    SECTION("usage errors exit 2, bad values exit 1")
    {
        std::string err;
        CHECK(run({"export", "--format", "png", "--out", base + "x.png"}, &err) == 2);
        CHECK(err.find("--chart") != std::string::npos);
        CHECK(run({"export", "--chart", "nope", "--out", base + "x.png"}, &err) == 2);
        CHECK(err.find("tariffs|volumes|sectors|revenue|rare-earths") != std::string::npos);
        CHECK(run({"export", "--chart", "tariffs", "--out", base + "x"}, &err) == 2);
        CHECK(run({"export", "--chart", "tariffs", "--format", "gif", "--out", base + "x.gif"}) == 2);
        CHECK(run({"export", "--chart", "tariffs", "--out", base + "x.png", "--size", "10x10"}, &err) == 1);
        CHECK(err.find("--size") != std::string::npos);
        CHECK(run({"export", "--chart", "tariffs", "--out", base + "x.png", "--scale", "4"}) == 1);
        CHECK(run({"export", "--chart", "tariffs", "--out", base + "x.png", "--preset", "nope"}) == 1);
        CHECK(run({"briefing", "--out", base + "pack.png"}) == 2);
        CHECK(run({"briefing", "--out", base + "pack.pdf", "--as-of", "2026-02-30"}) == 1);
        CHECK_FALSE(QFile::exists(QString::fromStdString(base + "x.png")));
    }
    SECTION("the briefing pack of a preset")
    {
        REQUIRE(run({"briefing", "--preset", "geneva-snapback", "--out", base + "pack.pdf", "--as-of", "2026-01-15"}) == 0);
        QFile pdf(QString::fromStdString(base + "pack.pdf"));
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        CHECK(bytes.startsWith("%PDF-"));
        CHECK(pdfPages(bytes) >= 9);
    }
}
