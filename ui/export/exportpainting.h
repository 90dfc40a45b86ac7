#pragma once

// Drawing helpers shared by the chart export and the briefing pack (internal to
// ui/export/): fonts, colours, wrapped text and the title and footer frame. All
// lengths are logical pixels of the 1280x720 design canvas.

#include "briefinglayout.h"

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <QStringList>

class QPainter;
class QPaintDevice;
class QPdfWriter;

namespace tariffsim::ui::exportpaint {

/// DejaVu Sans at a pixel size (independent of the device's resolution), WenQuanYi
/// Micro Hei for the characters it lacks (Chinese).
QFont font(double pixelSize, bool bold = false);

/// The print-friendly text colours.
inline const QColor kText{0x1a, 0x1a, 0x1a};
inline const QColor kSecondary{0x4d, 0x4d, 0x4d};
inline const QColor kMuted{0x6b, 0x6b, 0x6b};
inline const QColor kRule{0xc8, 0xc8, 0xc8};
inline const QColor kAccent{0x00, 0x72, 0xB2};

/// `text` broken into lines of at most `width` with `device`'s metrics; when it
/// needs more than `maxLines` lines the last one is elided.
QStringList wrapLines(const QString& text, const QFont& font, double width, QPaintDevice* device, int maxLines = 1000);
/// Line spacing of `font` on `device`.
double lineHeight(const QFont& font, QPaintDevice* device);
/// Draws lines from `topLeft` down; returns the height used.
double drawLines(QPainter& painter, const QPointF& topLeft, const QStringList& lines, const QFont& font,
                 const QColor& color);
/// Wraps and draws; returns the height used.
double drawWrapped(QPainter& painter, const QRectF& area, const QString& text, const QFont& font, const QColor& color,
                   int maxLines = 1000);

/// Draws the title and subtitle at the top of `canvas` and the caption and
/// source line at its bottom; returns the rectangle left for the chart.
QRectF paintLayoutFrame(QPainter& painter, const QRectF& canvas, const BriefingLayout& layout);

/// Resolution 96 dpi, a page of `pagePx` pixels without margins, title and creator.
void setUpPdfWriter(QPdfWriter& pdf, QSize pagePx, const QString& title);

/// Sets the creation date QPdfWriter wrote into `pdf` (it writes the current time)
/// to exportTimestamp(), in place and at the same length, so the file's offsets
/// hold. With the hash seed fixed at start (QHashSeed) the same input then gives
/// the same bytes.
void stampPdfCreationDate(QByteArray& pdf);

} // namespace tariffsim::ui::exportpaint
