#include "exportcommands.h"

#include "core/fileio.h"
#include "core/projection.h"
#include "core/scenarioparameters.h"
#include "ui/document/appdata.h"
#include "ui/charts/chartmodels.h"
#include "ui/export/briefingpack.h"
#include "ui/export/chartexport.h"
#include "ui/document/scenariodocument.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include <optional>
#include <ostream>

namespace tariffsim::cli {

namespace {

std::string text(const QString& s) { return s.toStdString(); }

// The document the window would show for the scenario the command chose: a
// preset (it has an id) loaded as the window loads it, or a file's scenario with
// its parameters.
void showScenario(ui::ScenarioDocument& doc, const core::Scenario& scenario)
{
    if (scenario.id.empty())
        doc.loadScenario(scenario, {});
    else if (doc.scenario().id != scenario.id || !doc.scenario().overrides.empty())
        doc.loadPreset(scenario.id);
}

void setAsOf(ui::ScenarioDocument& doc, const CommandOptions& opts)
{
    if (const auto day = dateOption(opts, "--as-of"))
        doc.setAsOfDate(*day);
}

ui::ChartId parseChart(const CommandOptions& opts)
{
    if (!opts.count("--chart"))
        throw UsageFailure{"export needs --chart NAME"};
    std::string known;
    for (ui::ChartId id : ui::allCharts()) {
        if (text(ui::chartName(id)) == opts.at("--chart"))
            return id;
        if (!known.empty())
            known += '|';
        known += text(ui::chartName(id));
    }
    throw UsageFailure{"--chart: unknown chart '" + core::printable(opts.at("--chart")) + "' (one of " + known + ")"};
}

// The format from --format and the suffix of --out, which must agree; without
// --format the suffix decides. Standard output ("-") takes --format alone.
ui::ExportFormat parseFormat(const CommandOptions& opts, const std::string& outPath)
{
    const bool toFile = outPath != "-";
    const auto fromSuffix = ui::exportFormatFromPath(QString::fromStdString(outPath));
    if (opts.count("--format")) {
        const auto f = ui::exportFormatFromName(QString::fromStdString(opts.at("--format")));
        if (!f)
            throw UsageFailure{"--format: unknown format '" + core::printable(opts.at("--format"))
                               + "' (one of png|svg|pdf|csv)"};
        if (toFile && !(fromSuffix && *fromSuffix == *f))
            throw UsageFailure{"--format " + text(ui::exportFormatName(*f)) + " does not match the file name '"
                               + core::printable(outPath) + "'; name it ." + text(ui::exportFormatName(*f))
                               + " or leave --format out"};
        return *f;
    }
    if (toFile && fromSuffix)
        return *fromSuffix;
    if (!toFile)
        throw UsageFailure{"export to standard output needs --format png|svg|pdf|csv"};
    throw UsageFailure{"--out: '" + core::printable(outPath)
                       + "' does not end in .png, .svg, .pdf or .csv; name the file after its format"};
}

// The chart's data for --from, --to and --flow: the sector chart's period and
// flow, or a time chart's date range (first day of --from to the end of --to).
ui::ChartModel chartFor(const ui::ScenarioDocument& doc, ui::ChartId chart, const CommandOptions& opts)
{
    const auto from = monthOption(opts, "--from");
    const auto to = monthOption(opts, "--to");
    if (from && to && *to < *from)
        throw InputFailure{"--to: " + to->toString() + " is before --from " + from->toString()};
    ui::SectorPeriod period;
    if (opts.count("--flow")) {
        if (chart != ui::ChartId::Sectors)
            throw UsageFailure{"--flow applies to the sectors chart only"};
        const auto flow = core::parseFlow(opts.at("--flow"));
        if (!flow)
            throw InputFailure{"--flow: '" + core::printable(opts.at("--flow")) + "' is not china_to_us or us_to_china"};
        period.chinaToUs = *flow == core::Flow::ChinaToUs;
    }
    if (chart == ui::ChartId::Sectors) {
        const core::YearMonth first = ui::ScenarioDocument::kFirstMonth;
        const core::YearMonth last = ui::ScenarioDocument::kLastMonth;
        period.first = from.value_or(period.first);
        period.last = to.value_or(from && !to ? last : period.last);
        if (period.last < period.first)
            throw InputFailure{"--from: " + period.first.toString() + " is after the period's end "
                               + period.last.toString()};
        if (period.first < first || last < period.last)
            throw InputFailure{"--from/--to: the sector period must lie within " + first.toString() + ".."
                               + last.toString()};
        return ui::chartModel(doc, chart, period);
    }
    ui::ChartModel model = ui::chartModel(doc, chart, period);
    const double lo = from ? ui::toMs(*from) : model.xMinMs;
    const double hi = to ? ui::toMs(to->addMonths(1).firstDay().addDays(-1)) : model.xMaxMs;
    if (hi <= model.xMinMs || lo >= model.xMaxMs || hi <= lo)
        throw InputFailure{"--from/--to: the range has no data of the " + text(ui::chartName(chart)) + " chart"};
    model.xMinMs = std::max(model.xMinMs, lo);
    model.xMaxMs = std::min(model.xMaxMs, hi);
    return model;
}

int parseScale(const CommandOptions& opts, ui::ExportFormat format)
{
    if (!opts.count("--scale"))
        return 1;
    if (format != ui::ExportFormat::Png)
        throw UsageFailure{"--scale applies to PNG only (SVG and PDF are vectors; --size sets their size)"};
    const std::string& s = opts.at("--scale");
    if (s.size() != 1 || s[0] < '1' || s[0] > '0' + ui::kMaxExportScale)
        throw InputFailure{"--scale: '" + core::printable(s) + "' is not 1, 2 or 3"};
    return s[0] - '0';
}

} // namespace

void exportCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    const ui::ChartId chart = parseChart(opts);
    if (!opts.count("--out"))
        throw UsageFailure{"export needs --out FILE (or --out - for standard output)"};
    const std::string path = opts.at("--out");
    ui::ExportRequest request;
    request.format = parseFormat(opts, path);
    if (opts.count("--size")) {
        const auto size = ui::parseExportSize(QString::fromStdString(opts.at("--size")));
        if (!size)
            throw InputFailure{"--size: '" + core::printable(opts.at("--size")) + "' is not WxH with each side "
                               + std::to_string(ui::kMinExportSide) + " to " + std::to_string(ui::kMaxExportSide)};
        request.size = *size;
    }
    request.scale = parseScale(opts, request.format);
    if (const QString problem = ui::checkExportSize(request.size, request.scale); !problem.isEmpty())
        throw InputFailure{"--size/--scale: " + text(problem)};

    ui::ScenarioDocument doc(commandData());
    showScenario(doc, scenario);
    const ui::ChartModel model = chartFor(doc, chart, opts);
    request.layout = ui::defaultBriefingLayout(doc, model, ui::exportDay());
    const std::pair<const char*, QString*> fields[] = {{"--title", &request.layout.title},
                                                       {"--subtitle", &request.layout.subtitle},
                                                       {"--caption", &request.layout.caption},
                                                       {"--source", &request.layout.source}};
    for (const auto& [name, field] : fields)
        if (opts.count(name))
            *field = QString::fromStdString(opts.at(name));

    const QByteArray bytes = ui::renderExport(model, request);
    std::string what = text(ui::chartName(chart)) + ", " + text(ui::exportFormatName(request.format));
    if (request.format == ui::ExportFormat::Png)
        what += ", " + std::to_string(request.size.width() * request.scale) + "x"
            + std::to_string(request.size.height() * request.scale) + " px";
    else if (request.format != ui::ExportFormat::Csv)
        what += ", " + std::to_string(request.size.width()) + "x" + std::to_string(request.size.height());
    writeOutput(opts, path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), out, what);
}

void briefingCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    if (!opts.count("--out"))
        throw UsageFailure{"briefing needs --out FILE.pdf (or --out - for standard output)"};
    const std::string path = opts.at("--out");
    if (path != "-" && QFileInfo(QString::fromStdString(path)).suffix().toLower() != QLatin1String("pdf"))
        throw UsageFailure{"--out: the briefing pack is a PDF; name the file FILE.pdf"};
    std::optional<ui::PaperSize> paper = ui::PaperSize::A4;
    if (opts.count("--paper")) {
        paper = ui::paperSizeFromName(QString::fromStdString(opts.at("--paper")));
        if (!paper)
            throw UsageFailure{"--paper: '" + core::printable(opts.at("--paper")) + "' is not a4 or letter"};
    }
    std::string slideDir;
    if (opts.count("--slides")) {
        slideDir = opts.at("--slides");
        const QFileInfo dir(QString::fromStdString(slideDir));
        if (slideDir.empty() || (dir.exists() && !dir.isDir()))
            throw InputFailure{"--slides: '" + core::printable(slideDir) + "' is not a folder"};
        if (!dir.exists() && !QDir().mkpath(dir.filePath()))
            throw InputFailure{"--slides: cannot create the folder '" + core::printable(slideDir) + "'"};
    }
    ui::ScenarioDocument doc(commandData());
    showScenario(doc, scenario);
    setAsOf(doc, opts);
    ui::BriefingPackOptions options = ui::defaultBriefingPackOptions(doc, ui::exportDay());
    // The command line's marks are its options alone, never the window's preferences.
    options.marks = {};
    const std::pair<const char*, QString*> marks[] = {{"--organisation", &options.marks.organisation},
                                                      {"--author", &options.marks.author},
                                                      {"--marking", &options.marks.marking},
                                                      {"--logo", &options.marks.logoPath},
                                                      {"--title", &options.title}};
    for (const auto& [name, field] : marks)
        if (opts.count(name))
            *field = QString::fromStdString(opts.at(name));
    if (!options.marks.logoPath.isEmpty() && QImageReader(options.marks.logoPath).size().isEmpty())
        throw InputFailure{"--logo: '" + core::printable(opts.at("--logo")) + "' is not an image this program reads"};
    options.paper = *paper;
    options.brief = opts.count("--brief") > 0;
    ui::BriefingPackInfo info;
    const QByteArray bytes = ui::renderBriefingPack(doc, options, &info);
    writeOutput(opts, path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), out,
                std::string(options.brief ? "one-page brief" : "briefing pack") + ", "
                    + std::to_string(info.pages.size()) + (info.pages.size() == 1 ? " page, " : " pages, ")
                    + text(ui::paperSizeName(options.paper)));
    if (slideDir.empty())
        return;
    for (const ui::BriefingSlide& slide : ui::renderBriefingSlides(doc, options)) {
        const QDir dir(QString::fromStdString(slideDir));
        for (const auto& [suffix, data] : {std::pair{".png", &slide.png}, std::pair{".svg", &slide.svg}}) {
            const std::string file = dir.filePath(slide.baseName + QLatin1String(suffix)).toStdString();
            try {
                core::writeFileAtomically(file, std::string_view(data->constData(), static_cast<size_t>(data->size())),
                                          inputFiles(opts));
            } catch (const core::FileError& e) {
                throw InputFailure{"--slides: cannot write " + std::string(e.what())};
            }
            if (path != "-")
                out << "wrote " << core::printable(file, 4096) << " (slide, 1920x1080)\n";
        }
    }
}

} // namespace tariffsim::cli
