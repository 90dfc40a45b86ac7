#include "exportcommands.h"

#include "ui/document/language.h"

#include "core/fileio.h"
#include "core/projection.h"
#include "core/scenarioparameters.h"
#include "core/text.h"
#include "ui/document/appdata.h"
#include "ui/document/language.h"
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
        throw UsageFailure{core::translate("tariffsim-cli", "export needs --chart NAME")};
    std::string known;
    for (ui::ChartId id : ui::allCharts()) {
        if (text(ui::chartName(id)) == opts.at("--chart"))
            return id;
        if (!known.empty())
            known += '|';
        known += text(ui::chartName(id));
    }
    throw UsageFailure{core::format(core::translate("tariffsim-cli", "--chart: unknown chart '%1' (one of %2)"),
                                    {core::printable(opts.at("--chart")), known})};
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
            throw UsageFailure{
                core::format(core::translate("tariffsim-cli", "--format: unknown format '%1' (one of png|svg|pdf|csv)"),
                             {core::printable(opts.at("--format"))})};
        if (toFile && !(fromSuffix && *fromSuffix == *f))
            throw UsageFailure{core::format(
                core::translate("tariffsim-cli",
                                "--format %1 does not match the file name '%2'; name it .%1 or leave --format out"),
                {text(ui::exportFormatName(*f)), core::printable(outPath)})};
        return *f;
    }
    if (toFile && fromSuffix)
        return *fromSuffix;
    if (!toFile)
        throw UsageFailure{core::translate("tariffsim-cli", "export to standard output needs --format png|svg|pdf|csv")};
    throw UsageFailure{core::format(
        core::translate("tariffsim-cli",
                        "--out: '%1' does not end in .png, .svg, .pdf or .csv; name the file after its format"),
        {core::printable(outPath)})};
}

// The chart's data for --from, --to and --flow: the sector chart's period and
// flow, or a time chart's date range (first day of --from to the end of --to).
ui::ChartModel chartFor(const ui::ScenarioDocument& doc, ui::ChartId chart, const CommandOptions& opts)
{
    const auto from = monthOption(opts, "--from");
    const auto to = monthOption(opts, "--to");
    if (from && to && *to < *from)
        throw InputFailure{core::format(core::translate("tariffsim-cli", "--to: %1 is before --from %2"),
                                        {to->toString(), from->toString()})};
    ui::SectorPeriod period;
    if (opts.count("--flow")) {
        if (chart != ui::ChartId::Sectors)
            throw UsageFailure{core::translate("tariffsim-cli", "--flow applies to the sectors chart only")};
        const auto flow = core::parseFlow(opts.at("--flow"));
        if (!flow)
            throw InputFailure{
                core::format(core::translate("tariffsim-cli", "--flow: '%1' is not china_to_us or us_to_china"),
                             {core::printable(opts.at("--flow"))})};
        period.chinaToUs = *flow == core::Flow::ChinaToUs;
    }
    if (chart == ui::ChartId::Sectors) {
        const core::YearMonth first = ui::ScenarioDocument::kFirstMonth;
        const core::YearMonth last = ui::ScenarioDocument::kLastMonth;
        period.first = from.value_or(period.first);
        period.last = to.value_or(from && !to ? last : period.last);
        if (period.last < period.first)
            throw InputFailure{core::format(core::translate("tariffsim-cli", "--from: %1 is after the period's end %2"),
                                            {period.first.toString(), period.last.toString()})};
        if (period.first < first || last < period.last)
            throw InputFailure{
                core::format(core::translate("tariffsim-cli", "--from/--to: the sector period must lie within %1..%2"),
                             {first.toString(), last.toString()})};
        return ui::chartModel(doc, chart, period);
    }
    ui::ChartModel model = ui::chartModel(doc, chart, period);
    const double lo = from ? ui::toMs(*from) : model.xMinMs;
    const double hi = to ? ui::toMs(to->addMonths(1).firstDay().addDays(-1)) : model.xMaxMs;
    if (hi <= model.xMinMs || lo >= model.xMaxMs || hi <= lo)
        throw InputFailure{
            core::format(core::translate("tariffsim-cli", "--from/--to: the range has no data of the %1 chart"),
                         {text(ui::chartName(chart))})};
    model.xMinMs = std::max(model.xMinMs, lo);
    model.xMaxMs = std::min(model.xMaxMs, hi);
    return model;
}

int parseScale(const CommandOptions& opts, ui::ExportFormat format)
{
    if (!opts.count("--scale"))
        return 1;
    if (format != ui::ExportFormat::Png)
        throw UsageFailure{core::translate("tariffsim-cli",
                                           "--scale applies to PNG only (SVG and PDF are vectors; --size sets their size)")};
    const std::string& s = opts.at("--scale");
    if (s.size() != 1 || s[0] < '1' || s[0] > '0' + ui::kMaxExportScale)
        throw InputFailure{
            core::format(core::translate("tariffsim-cli", "--scale: '%1' is not 1, 2 or 3"), {core::printable(s)})};
    return s[0] - '0';
}

} // namespace

void exportCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    const ui::ChartId chart = parseChart(opts);
    if (!opts.count("--out"))
        throw UsageFailure{core::translate("tariffsim-cli", "export needs --out FILE (or --out - for standard output)")};
    const std::string path = opts.at("--out");
    ui::ExportRequest request;
    request.format = parseFormat(opts, path);
    if (opts.count("--size")) {
        const auto size = ui::parseExportSize(QString::fromStdString(opts.at("--size")));
        if (!size)
            throw InputFailure{
                core::format(core::translate("tariffsim-cli", "--size: '%1' is not WxH with each side %2 to %3"),
                             {core::printable(opts.at("--size")), std::to_string(ui::kMinExportSide),
                              std::to_string(ui::kMaxExportSide)})};
        request.size = *size;
    }
    request.scale = parseScale(opts, request.format);
    if (const QString problem = ui::checkExportSize(request.size, request.scale); !problem.isEmpty())
        throw InputFailure{"--size/--scale: " + text(problem)};

    QByteArray bytes;
    {
        // A CSV is read by scripts: its columns, names and numbers are the same in
        // every language, so it is made in English whatever --lang says.
        std::optional<ui::ScopedLanguage> english;
        if (request.format == ui::ExportFormat::Csv)
            english.emplace(QStringLiteral("en"));
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
        bytes = ui::renderExport(model, request);
    }
    const std::string chartName = text(ui::chartName(chart));
    const std::string formatName = text(ui::exportFormatName(request.format));
    const int scale = request.format == ui::ExportFormat::Png ? request.scale : 1;
    const std::string width = std::to_string(request.size.width() * scale);
    const std::string height = std::to_string(request.size.height() * scale);
    writeOutput(opts, path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), out,
                [&](const std::string& shown) {
                    if (request.format == ui::ExportFormat::Png)
                        return core::format(core::translate("tariffsim-cli", "wrote %1 (%2, %3, %4x%5 px)"),
                                            {shown, chartName, formatName, width, height});
                    if (request.format == ui::ExportFormat::Csv)
                        return core::format(core::translate("tariffsim-cli", "wrote %1 (%2, %3)"),
                                            {shown, chartName, formatName});
                    return core::format(core::translate("tariffsim-cli", "wrote %1 (%2, %3, %4x%5)"),
                                        {shown, chartName, formatName, width, height});
                });
}

void briefingCommand(const CommandOptions& opts, const core::Scenario& scenario, std::ostream& out)
{
    if (!opts.count("--out"))
        throw UsageFailure{
            core::translate("tariffsim-cli", "briefing needs --out FILE.pdf (or --out - for standard output)")};
    const std::string path = opts.at("--out");
    if (path != "-" && QFileInfo(QString::fromStdString(path)).suffix().toLower() != QLatin1String("pdf"))
        throw UsageFailure{core::translate("tariffsim-cli", "--out: the briefing pack is a PDF; name the file FILE.pdf")};
    std::optional<ui::PaperSize> paper = ui::PaperSize::A4;
    if (opts.count("--paper")) {
        paper = ui::paperSizeFromName(QString::fromStdString(opts.at("--paper")));
        if (!paper)
            throw UsageFailure{core::format(core::translate("tariffsim-cli", "--paper: '%1' is not a4 or letter"),
                                            {core::printable(opts.at("--paper"))})};
    }
    std::string slideDir;
    if (opts.count("--slides")) {
        slideDir = opts.at("--slides");
        const QFileInfo dir(QString::fromStdString(slideDir));
        if (slideDir.empty() || (dir.exists() && !dir.isDir()))
            throw InputFailure{core::format(core::translate("tariffsim-cli", "--slides: '%1' is not a folder"),
                                            {core::printable(slideDir)})};
        if (!dir.exists() && !QDir().mkpath(dir.filePath()))
            throw InputFailure{core::format(core::translate("tariffsim-cli", "--slides: cannot create the folder '%1'"),
                                            {core::printable(slideDir)})};
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
        throw InputFailure{
            core::format(core::translate("tariffsim-cli", "--logo: '%1' is not an image this program reads"),
                         {core::printable(opts.at("--logo"))})};
    options.paper = *paper;
    options.brief = opts.count("--brief") > 0;
    ui::BriefingPackInfo info;
    const QByteArray bytes = ui::renderBriefingPack(doc, options, &info);
    const std::string paperName = text(ui::paperSizeName(options.paper));
    const std::string pages = std::to_string(info.pages.size());
    const bool onePage = info.pages.size() == 1;
    writeOutput(opts, path, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), out,
                [&](const std::string& shown) {
                    if (options.brief && onePage)
                        return core::format(core::translate("tariffsim-cli", "wrote %1 (one-page brief, 1 page, %2)"),
                                            {shown, paperName});
                    if (options.brief)
                        return core::format(
                            core::translate("tariffsim-cli", "wrote %1 (one-page brief, %2 pages, %3)"),
                            {shown, pages, paperName});
                    if (onePage)
                        return core::format(core::translate("tariffsim-cli", "wrote %1 (briefing pack, 1 page, %2)"),
                                            {shown, paperName});
                    return core::format(core::translate("tariffsim-cli", "wrote %1 (briefing pack, %2 pages, %3)"),
                                        {shown, pages, paperName});
                });
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
                throw InputFailure{
                    core::format(core::translate("tariffsim-cli", "--slides: cannot write %1"), {e.what()})};
            }
            if (path != "-")
                out << core::format(core::translate("tariffsim-cli", "wrote %1 (slide, 1920x1080)"),
                                    {core::printable(file, 4096)})
                    << "\n";
        }
    }
}

} // namespace tariffsim::cli
