#include "ui/charts/chartlegend.h"

#include "ui/charts/chartstyle.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace tariffsim::ui {

QString spanLegendKey(const ChartSpan& span)
{
    return QStringLiteral("span:%1%2").arg(span.color.name(QColor::HexArgb), span.assumed ? QStringLiteral("/a") : QString());
}

std::vector<LegendRow> legendRows(const ChartModel& model, bool compact)
{
    std::vector<LegendRow> rows;
    LegendRow loose;
    const QString sep = QStringLiteral(" — ");
    if (!model.timeAxis) {
        const bool loss = std::any_of(model.barValues.begin(), model.barValues.end(), [](double v) { return v < 0; });
        const bool gain = std::any_of(model.barValues.begin(), model.barValues.end(), [](double v) { return v > 0; });
        if (loss)
            loose.items.push_back({LegendEntry::Swatch, palette::chinaOnUs, ChartLegend::tr("Below baseline"),
                                   SeriesStyle::Line, QStringLiteral("bars:loss")});
        if (gain)
            loose.items.push_back({LegendEntry::Swatch, palette::green, ChartLegend::tr("Above baseline"),
                                   SeriesStyle::Line, QStringLiteral("bars:gain")});
    }
    for (const ChartSeries& s : model.series) {
        const LegendEntry::Kind kind = s.style == SeriesStyle::Band     ? LegendEntry::Band
                                       : s.style == SeriesStyle::Points ? LegendEntry::Point
                                                                        : LegendEntry::Line;
        // "China's exports to the US — scenario"; a pinned scenario's "1: Snap-back: US tariffs"
        const QString split = isPinStyle(s.style) ? QStringLiteral(": ") : sep;
        const qsizetype at = isPinStyle(s.style) ? s.name.lastIndexOf(split) : s.name.indexOf(split);
        if (compact && !s.legend.isEmpty()) {
            loose.items.push_back({kind, s.color, s.legend, s.style, s.name});
            continue;
        }
        if (at <= 0) {
            loose.items.push_back({kind, s.color, s.legend.isEmpty() ? s.name : s.legend, s.style, s.name});
            continue;
        }
        const QString group = s.name.left(at);
        auto row = std::find_if(rows.begin(), rows.end(), [&](const LegendRow& r) { return r.group == group; });
        if (row == rows.end())
            row = rows.insert(rows.end(), LegendRow{group, {}});
        row->items.push_back({kind, s.color, s.name.mid(at + split.size()), s.style, s.name});
    }
    // One key per kind of shading: every US truce shares one, however many there are.
    for (const ChartSpan& span : model.spans) {
        const QString key = spanLegendKey(span);
        const bool known = std::any_of(loose.items.begin(), loose.items.end(),
                                       [&](const LegendEntry& e) { return e.key == key; });
        if (!known)
            loose.items.push_back({span.assumed ? LegendEntry::Hatch : LegendEntry::Swatch, span.color,
                                   span.legend.isEmpty() ? span.label : span.legend, SeriesStyle::Line, key});
    }
    if (!loose.items.empty())
        rows.push_back(loose);
    return rows;
}

LegendPlacement layoutLegend(const std::vector<LegendRow>& rows, double width, const LegendMetrics& metrics,
                             QPaintDevice* device)
{
    LegendPlacement out;
    const QFontMetricsF fm(metrics.font, device);
    const QFontMetricsF gm(metrics.groupFont, device);
    const double line = fm.lineSpacing() + metrics.lineExtra;
    const double textGap = std::max(4.0, metrics.sampleWidth * 0.22);
    double y = 0;
    for (const LegendRow& row : rows) {
        // split the row into lines that fit
        struct Piece {
            bool group;
            double width;
            const LegendEntry* item;
        };
        std::vector<std::vector<Piece>> lines(1);
        double used = 0;
        const auto add = [&](const Piece& piece) {
            if (used > 0 && used + piece.width > width) {
                lines.emplace_back();
                used = 0;
            }
            lines.back().push_back(piece);
            used += piece.width;
        };
        if (!row.group.isEmpty())
            add({true, gm.horizontalAdvance(row.group + QLatin1Char(':')) + metrics.gap * 0.6, nullptr});
        for (const LegendEntry& item : row.items)
            add({false, metrics.sampleWidth + textGap + fm.horizontalAdvance(item.text) + metrics.gap, &item});
        for (const auto& pieces : lines) {
            double total = -metrics.gap;
            for (const Piece& p : pieces)
                total += p.width;
            double x = std::max(0.0, (width - total) / 2);
            for (const Piece& p : pieces) {
                if (p.group)
                    out.groups.push_back({QPointF(x, y), row.group + QLatin1Char(':')});
                else
                    out.items.push_back({QPointF(x, y), QRectF(x, y, p.width - metrics.gap, line), p.item});
                x += p.width;
            }
            y += line;
        }
    }
    out.height = y;
    return out;
}

void paintLegend(QPainter& painter, const QPointF& origin, const LegendPlacement& layout, const LegendMetrics& metrics,
                 const std::function<bool(const QString&)>& hidden)
{
    const QFontMetricsF fm(metrics.font, painter.device());
    const double textGap = std::max(4.0, metrics.sampleWidth * 0.22);
    const double half = std::max(3.0, fm.xHeight() * 0.55); // half the height of a swatch
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(origin);
    painter.setFont(metrics.groupFont);
    painter.setPen(metrics.groupText);
    for (const auto& g : layout.groups)
        painter.drawText(QPointF(g.at.x(), g.at.y() + fm.ascent()), g.text);
    const double mid = fm.ascent() - fm.xHeight() / 2;
    for (const auto& placed : layout.items) {
        const LegendEntry& item = *placed.item;
        const QPointF at = placed.at;
        const bool off = hidden && hidden(item.key);
        painter.save();
        if (off)
            painter.setOpacity(0.35);
        const double w = metrics.sampleWidth;
        switch (item.kind) {
        case LegendEntry::Line: {
            QPen pen = seriesPen(item.style, item.color);
            pen.setWidthF(pen.widthF() + 0.4); // a short sample reads thinner than a long line
            painter.setPen(pen);
            painter.drawLine(QPointF(at.x(), at.y() + mid), QPointF(at.x() + w, at.y() + mid));
            break;
        }
        case LegendEntry::Band:
        case LegendEntry::Swatch:
        case LegendEntry::Hatch: {
            QColor edge = item.color;
            edge.setAlpha(std::max(edge.alpha(), 140));
            painter.setPen(QPen(edge, 1));
            const QRectF box(at.x(), at.y() + mid - half, w, 2 * half);
            if (item.kind == LegendEntry::Hatch) {
                painter.setBrush(Qt::white);
                painter.drawRect(box);
                QColor ink = item.color;
                ink.setAlpha(std::max(ink.alpha(), 200));
                painter.setBrush(QBrush(ink, Qt::BDiagPattern));
            } else {
                painter.setBrush(item.color);
            }
            painter.drawRect(box);
            break;
        }
        case LegendEntry::Point:
            painter.setPen(QPen(Qt::white, 1));
            painter.setBrush(item.color);
            painter.drawEllipse(QPointF(at.x() + w / 2, at.y() + mid), half * 0.85 + 1, half * 0.85 + 1);
            break;
        }
        painter.setFont(metrics.font);
        if (off) {
            QFont struck = metrics.font;
            struck.setStrikeOut(true);
            painter.setFont(struck);
        }
        painter.setPen(metrics.text);
        painter.drawText(QPointF(at.x() + w + textGap, at.y() + fm.ascent()), item.text);
        painter.restore();
    }
    painter.restore();
}

ChartLegend::ChartLegend(QWidget* parent)
    : QWidget(parent)
{
    // The height follows the width (relayout sets the minimum a width needs), not
    // heightForWidth: a layout would ask it at the window's narrowest and open tall.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setFocusPolicy(Qt::NoFocus); // the chart's own data table (Show data) serves the keyboard
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click an entry to hide or show it"));
}

LegendMetrics ChartLegend::metrics() const
{
    LegendMetrics m;
    m.font = chartFont(7.5);
    m.groupFont = chartFont(7.5, true);
    m.sampleWidth = 18;
    m.gap = 10;
    m.lineExtra = 0;
    m.text = palette().color(QPalette::WindowText);
    m.groupText = m.text;
    return m;
}

void ChartLegend::setModel(const ChartModel& model)
{
    std::vector<LegendRow> rows = legendRows(model, true);
    // Equal rows leave the legend alone (a slider step changes points, not the legend).
    if (rows == m_rows)
        return;
    m_rows = std::move(rows);
    relayout();
    describe();
    updateGeometry();
    update();
}

std::vector<LegendEntry> ChartLegend::entries() const
{
    std::vector<LegendEntry> out;
    for (const auto& row : m_rows)
        for (const auto& item : row.items)
            out.push_back(item);
    return out;
}

QRectF ChartLegend::entryRect(const QString& key) const
{
    for (const auto& placed : m_layout.items)
        if (placed.item->key == key)
            return placed.box.translated(2, 1);
    return {};
}

QSize ChartLegend::sizeHint() const { return minimumSizeHint().expandedTo(QSize(200, minimumHeight())); }

QSize ChartLegend::minimumSizeHint() const
{
    // One line at least; relayout() sets the minimum height the width needs.
    return {0, m_rows.empty() ? 0 : static_cast<int>(std::ceil(QFontMetricsF(metrics().font).lineSpacing())) + 3};
}

void ChartLegend::relayout()
{
    m_layout = layoutLegend(m_rows, std::max(40, width() - 4), metrics(), this);
    // Every line the legend needs at its width, once the window has given it one
    // (before that, widths are placeholders and would ask for far too many lines).
    if (isVisible() && width() >= 120) {
        const int needed = m_rows.empty() ? 0 : static_cast<int>(std::ceil(m_layout.height)) + 2;
        if (minimumHeight() != needed)
            setMinimumHeight(needed);
    }
}

void ChartLegend::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    relayout();
}

void ChartLegend::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const double before = m_layout.height;
    relayout();
    if (m_layout.height != before)
        updateGeometry();
}

void ChartLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintLegend(painter, QPointF(2, 1), m_layout, metrics(), [this](const QString& key) { return m_hidden.contains(key); });
}

void ChartLegend::toggle(const QString& key)
{
    const bool visible = m_hidden.contains(key);
    if (visible)
        m_hidden.remove(key);
    else
        m_hidden.insert(key);
    update();
    describe();
    emit toggled(key, visible);
}

void ChartLegend::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    for (const auto& placed : m_layout.items)
        if (placed.box.translated(2, 1).contains(event->position())) {
            toggle(placed.item->key);
            event->accept();
            return;
        }
    QWidget::mousePressEvent(event);
}

void ChartLegend::describe()
{
    QStringList parts;
    for (const auto& row : m_rows) {
        QStringList names;
        for (const auto& item : row.items) {
            QString kind;
            switch (item.kind) {
            case LegendEntry::Line:
                kind = item.style == SeriesStyle::Dashed ? tr("dashed line")
                    : isPinStyle(item.style)             ? tr("patterned line")
                    : item.style == SeriesStyle::Step    ? tr("step line")
                                                         : tr("line");
                break;
            case LegendEntry::Band: kind = tr("shaded band"); break;
            case LegendEntry::Point: kind = tr("points"); break;
            case LegendEntry::Swatch: kind = tr("shading"); break;
            case LegendEntry::Hatch: kind = tr("hatched shading"); break;
            }
            names << tr("%1 (%2%3)").arg(item.text, kind, m_hidden.contains(item.key) ? tr(", hidden") : QString());
        }
        parts << (row.group.isEmpty() ? names.join(QStringLiteral(", "))
                                      : tr("%1: %2").arg(row.group, names.join(QStringLiteral(", "))));
    }
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace tariffsim::ui
