#include "exportpainting.h"

#include "ui/charts/chartstyle.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <utility>

namespace tariffsim::ui::exportpaint {

QFont font(double pixelSize, bool bold)
{
    QFont f(chartFontFamily());
    // Chinese text from the CJK font (DejaVu Sans has no Han characters); PDFs embed it.
    f.setFamilies({chartFontFamily(), cjkFontFamily()});
    f.setPixelSize(static_cast<int>(std::lround(pixelSize)));
    f.setBold(bold);
    f.setKerning(true);
    // Any letter spacing turns Qt's ligatures off (Qt 6.4 has no QFont::setFeature):
    // with "fi" and "ff" drawn as one glyph, text extracted from a PDF reads
    // "Key ﬁndings" and searching it for "findings" fails. 0.02 px is invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

double lineHeight(const QFont& font, QPaintDevice* device) { return QFontMetricsF(font, device).lineSpacing(); }

QStringList wrapLines(const QString& text, const QFont& font, double width, QPaintDevice* device, int maxLines)
{
    QStringList lines;
    if (text.trimmed().isEmpty())
        return lines;
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int restStart = -1;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines) {
            restStart = line.textStart();
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (restStart >= 0 && !lines.isEmpty()) {
        const QFontMetricsF fm(font, device);
        lines.back() = fm.elidedText(lines.back() + QLatin1Char(' ') + text.mid(restStart), Qt::ElideRight, width);
    }
    return lines;
}

double drawLines(QPainter& painter, const QPointF& topLeft, const QStringList& lines, const QFont& font,
                 const QColor& color)
{
    const QFontMetricsF fm(font, painter.device());
    painter.save();
    painter.setFont(font);
    painter.setPen(color);
    double y = topLeft.y();
    for (const QString& line : lines) {
        painter.drawText(QPointF(topLeft.x(), y + fm.ascent()), line);
        y += fm.lineSpacing();
    }
    painter.restore();
    return y - topLeft.y();
}

double drawWrapped(QPainter& painter, const QRectF& area, const QString& text, const QFont& font, const QColor& color,
                   int maxLines)
{
    return drawLines(painter, area.topLeft(), wrapLines(text, font, area.width(), painter.device(), maxLines), font,
                     color);
}

QRectF paintLayoutFrame(QPainter& painter, const QRectF& canvas, const BriefingLayout& layout)
{
    constexpr double marginX = 40, marginTop = 28, marginBottom = 22;
    QPaintDevice* device = painter.device();
    const double width = canvas.width() - 2 * marginX;
    const double left = canvas.left() + marginX;
    double top = canvas.top() + marginTop;
    if (!layout.title.trimmed().isEmpty()) {
        top += drawWrapped(painter, QRectF(left, top, width, 0), layout.title, font(30, true), kText, 2);
        top += 2;
    }
    if (!layout.subtitle.trimmed().isEmpty())
        top += drawWrapped(painter, QRectF(left, top, width, 0), layout.subtitle, font(17), kSecondary, 2);
    top += 12;

    const QFont small = font(13);
    const QStringList source = wrapLines(layout.source, small, width, device, 3);
    const QStringList caption = wrapLines(layout.caption, small, width, device, 4);
    const double line = lineHeight(small, device);
    double bottom = canvas.bottom() - marginBottom;
    const double sourceTop = bottom - line * static_cast<double>(source.size());
    const double captionTop = sourceTop - line * static_cast<double>(caption.size()) - (source.isEmpty() ? 0 : 3);
    if (!source.isEmpty() || !caption.isEmpty()) {
        drawLines(painter, QPointF(left, captionTop), caption, small, kText);
        drawLines(painter, QPointF(left, sourceTop), source, small, kMuted);
        bottom = captionTop - 10;
        painter.save();
        painter.setPen(QPen(kRule, 1));
        painter.drawLine(QPointF(left, bottom), QPointF(left + width, bottom));
        painter.restore();
        bottom -= 8;
    }
    // The chart keeps a little of the margin: its own axis labels have padding.
    return QRectF(left - 10, top, width + 20, std::max(40.0, bottom - top));
}

void setUpPdfWriter(QPdfWriter& pdf, QSize pagePx, const QString& title)
{
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(pagePx) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("tariffsim"));
}

void stampPdfCreationDate(QByteArray& pdf)
{
    static const QByteArray key = QByteArrayLiteral("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(key);
    if (at < 0)
        return;
    const QByteArray stamp = exportTimestamp().toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    const qsizetype digits = at + key.size();
    if (digits + stamp.size() <= pdf.size())
        pdf.replace(digits, stamp.size(), stamp);
}

} // namespace tariffsim::ui::exportpaint
