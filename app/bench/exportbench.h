#pragma once

namespace tariffsim::bench {

/// export_png_1080p: the volumes chart (band, lines, observed points) rendered to
/// a 1920x1080 PNG through the export path, encoding included; target p50 <= 200 ms.
void exportPng1080p();
/// briefing_pdf: the whole briefing pack of the as-enacted scenario as PDF bytes;
/// target p50 <= 2000 ms.
void briefingPdf();

} // namespace tariffsim::bench
