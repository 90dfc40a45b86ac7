#include "exportbench.h"

#include "harness.h"

#include "ui/document/appdata.h"
#include "ui/export/briefingpack.h"
#include "ui/export/chartexport.h"
#include "ui/document/scenariodocument.h"

#include <QDate>

#include <cstdio>

namespace tariffsim::bench {

void exportPng1080p()
{
    ui::ScenarioDocument doc(ui::bundledData());
    const ui::ChartModel model = ui::chartModel(doc, ui::ChartId::Volumes);
    const ui::BriefingLayout layout = ui::defaultBriefingLayout(doc, model, QDate::currentDate());
    qsizetype bytes = 0;
    const auto stats = measure([&] { bytes = ui::encodePng(ui::renderPng(model, QSize(1920, 1080), 1, layout)).size(); },
                               20);
    char extra[128];
    std::snprintf(extra, sizeof extra, "chart=volumes size=1920x1080 png_kb=%lld target_p50_ms=200",
                  static_cast<long long>(bytes / 1024));
    report("export_png_1080p", stats, extra);
}

void briefingPdf()
{
    ui::ScenarioDocument doc(ui::bundledData());
    const ui::BriefingPackOptions options = ui::defaultBriefingPackOptions(doc, QDate::currentDate());
    ui::BriefingPackInfo info;
    qsizetype bytes = 0;
    const auto stats = measure([&] { bytes = ui::renderBriefingPack(doc, options, &info).size(); }, 10, 1);
    char extra[128];
    std::snprintf(extra, sizeof extra, "pages=%lld pdf_kb=%lld target_p50_ms=2000",
                  static_cast<long long>(info.pages.size()), static_cast<long long>(bytes / 1024));
    report("briefing_pdf", stats, extra);
}

} // namespace tariffsim::bench
