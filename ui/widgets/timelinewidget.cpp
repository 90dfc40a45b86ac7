#include "timelinewidget.h"

#include "core/truceedit.h"
#include "ui/charts/chartmodels.h"
#include "ui/charts/chartstyle.h"
#include "ui/document/dates.h"
#include "ui/document/language.h"
#include "ui/document/scenariodocument.h"
#include "ui/document/vintage.h"

#include <QContextMenuEvent>
#include <QDate>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tariffsim::ui {

namespace {

constexpr int kLabelRowHeight = 13;
constexpr int kMaxLabelRows = 3;
constexpr int kBandHeight = 20;
constexpr int kBandGap = 5;
constexpr int kAxisHeight = 18;
constexpr double kEdgeGrab = 6.0;


QColor kindColor(const std::string& kind)
{
    if (kind == "threat" || kind == "announcement")
        return palette::orange;
    if (kind == "ruling")
        return palette::purple;
    if (kind == "truce")
        return palette::green;
    if (kind == "export_control")
        return palette::sky.darker(130);
    return QColor(70, 70, 70);
}

QFont smallFont(int pt, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"), pt);
    // Chinese text from the CJK font (DejaVu Sans has no Han characters).
    f.setFamilies({chartFontFamily(), cjkFontFamily()});
    f.setBold(bold);
    return f;
}

// A month's tick label on the axis: "Mar", or "Mar 25" with its year; 3月, 25年3月.
QString monthTick(const QDate& month, bool withYear)
{
    const QString format = chineseInterface() ? (withYear ? QStringLiteral("yy年M月") : QStringLiteral("M月"))
                                              : (withYear ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
    return QLocale::c().toString(month, format);
}

} // namespace

core::Date TimelineWidget::horizonStart() { return *core::Date::fromYmd(2018, 1, 1); }
core::Date TimelineWidget::horizonEnd() { return core::kHorizonLastDay; }

TimelineWidget::TimelineWidget(ScenarioDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_from(horizonStart())
    , m_to(horizonEnd())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Truce timeline"));
    setAccessibleDescription(tr("Dated events and truce periods. Drag a truce to move it, drag its end to change its "
                                "length; arrows move the selected truce by a day, Shift+arrows by a week, Delete "
                                "removes an extension, E extends by 90 days."));
    setToolTip(QString());
    connect(doc, &ScenarioDocument::changed, this, [this](Changes what) {
        if (what & Change::AsOfDate)
            update();
        if (!(what & kModelChanges))
            return;
        if (m_selected >= static_cast<int>(truces().size()))
            m_selected = truces().empty() ? -1 : 0;
        // A tariff slider changes nothing drawn here unless it ends a truce early
        // (the countdown): repaint only when what is drawn changes.
        const QString key = paintKey();
        if (key == m_paintKey)
            return;
        m_paintKey = key;
        layoutLabels();
        update();
    });
    if (!truces().empty())
        m_selected = 0;
}

QString TimelineWidget::paintKey() const
{
    QString key;
    for (const auto& t : truces()) {
        key += QStringLiteral("%1:%2:%3:%4;").arg(QString::fromStdString(t.id)).arg(t.start.daysSinceEpoch())
                   .arg(t.days).arg(t.suspendedPct);
        for (const auto& x : t.extensions)
            key += QStringLiteral("%1%2,").arg(x.end.daysSinceEpoch()).arg(x.assumption ? QStringLiteral("a") : QString());
    }
    for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs}) {
        const auto st = m_doc->schedule().truceStatus(d, m_doc->asOfDate());
        key += QStringLiteral("|%1,%2").arg(st.running).arg(st.daysLeft);
    }
    key += QStringLiteral("|cf") + counterfactualLabel();
    for (int i = 0; i < static_cast<int>(truces().size()); ++i)
        key += QStringLiteral("|e") + truceEffectNote(i);
    return key;
}

QSize TimelineWidget::sizeHint() const
{
    const int bands = std::max<int>(1, static_cast<int>(truces().size()));
    return {800, 6 + kMaxLabelRows * kLabelRowHeight + 8 + bands * (kBandHeight + kBandGap) + kAxisHeight + 6};
}

QSize TimelineWidget::minimumSizeHint() const { return {300, sizeHint().height()}; }

const std::vector<core::Truce>& TimelineWidget::truces() const { return m_doc->scenario().effectiveTruces(m_doc->dataset()); }

double TimelineWidget::plotLeft() const { return m_marginLeft; }
double TimelineWidget::plotRight() const { return width() - m_marginRight; }

void TimelineWidget::setPlotMargins(int left, int right)
{
    left = std::max(0, left);
    right = std::max(0, right);
    if (left == m_marginLeft && right == m_marginRight)
        return;
    m_marginLeft = left;
    m_marginRight = right;
    layoutLabels();
    update();
}

double TimelineWidget::xOf(core::Date day) const
{
    const double span = std::max(1, m_to.daysSince(m_from) + 1);
    return plotLeft() + (plotRight() - plotLeft()) * static_cast<double>(day.daysSince(m_from)) / span;
}

core::Date TimelineWidget::dateAt(double x) const
{
    const double span = std::max(1, m_to.daysSince(m_from) + 1);
    const double frac = (x - plotLeft()) / std::max(1.0, plotRight() - plotLeft());
    return m_from.addDays(static_cast<int>(std::lround(frac * span)));
}

void TimelineWidget::setViewRange(core::Date from, core::Date to)
{
    const int minSpan = 60;
    if (to.daysSince(from) < minSpan)
        to = from.addDays(minSpan);
    const int span = to.daysSince(from);
    if (from < horizonStart()) {
        from = horizonStart();
        to = from.addDays(span);
    }
    if (to > horizonEnd()) {
        to = horizonEnd();
        from = std::max(horizonStart(), to.addDays(-span));
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    layoutLabels();
    update();
    emit viewRangeChanged(m_from, m_to);
}

double TimelineWidget::bandTop(int index) const
{
    return 6 + m_labelRows * kLabelRowHeight + 8 + index * (kBandHeight + kBandGap);
}

QRectF TimelineWidget::truceRect(int index) const
{
    const auto& list = truces();
    if (index < 0 || index >= static_cast<int>(list.size()))
        return {};
    const auto& t = list[static_cast<size_t>(index)];
    const double x0 = xOf(t.start);
    const double x1 = xOf(t.end());
    return {x0, bandTop(index), std::max(2.0, x1 - x0), static_cast<double>(kBandHeight)};
}

void TimelineWidget::selectTruce(int index)
{
    if (index < -1 || index >= static_cast<int>(truces().size()))
        return;
    m_selected = index;
    update();
}

void TimelineWidget::layoutLabels()
{
    m_labels.clear();
    const QFontMetricsF fm(smallFont(7));
    std::vector<double> rowRight(kMaxLabelRows, -1e9);
    int used = 1;
    const auto& events = m_doc->timelineEvents();
    for (size_t i = 0; i < events.size(); ++i) {
        const auto& e = events[i];
        if (e.label.empty() || e.date < m_from || e.date > m_to)
            continue;
        const QString text = dataText(e.label);
        const double x = xOf(e.date);
        const double w = fm.horizontalAdvance(text) + 2;
        double left = x + 2;
        if (left + w > plotRight())
            left = x - 2 - w;
        for (int row = 0; row < kMaxLabelRows; ++row) {
            if (left > rowRight[static_cast<size_t>(row)] + 3) {
                rowRight[static_cast<size_t>(row)] = left + w;
                m_labels.push_back({QRectF(left, 4 + row * kLabelRowHeight, w, kLabelRowHeight), static_cast<int>(i)});
                used = std::max(used, row + 1);
                break;
            }
        }
    }
    m_labelRows = kMaxLabelRows; // keep the bands in place whatever the zoom
    (void)used;
}

QString TimelineWidget::truceDescription(int index) const
{
    const auto& list = truces();
    if (index < 0 || index >= static_cast<int>(list.size()))
        return {};
    const auto& t = list[static_cast<size_t>(index)];
    const core::Date end = t.end();
    const int days = end.daysSince(t.start);
    QString text = QStringLiteral("<b>%1</b><br>").arg(dataText(t.name).toHtmlEscaped())
        + tr("%1 to %2 (%3 days)").arg(formatDay(t.start), formatDay(end.addDays(-1))).arg(days) + QStringLiteral("<br>");
    const core::Measure* m = m_doc->dataset().measure(t.measureId);
    const QString measure = m ? dataText(m->name) : QString::fromStdString(t.measureId);
    text += tr("Suspends %1 points of %2").arg(t.suspendedPct, 0, 'f', 0).arg(measure.toHtmlEscaped());
    if (const QString effect = truceEffectNote(index); !effect.isEmpty()) {
        QString why = tr("the suspension lowers no rate there: the measure is not in force, or the scenario sets "
                         "its rate, which is then charged in full");
        QString sentence = tr("%1: %2.").arg(effect, why);
        sentence[0] = sentence[0].toUpper();
        text += QStringLiteral("<br><b>%1</b>").arg(sentence.toHtmlEscaped());
    }
    if (!t.extensions.empty()) {
        QStringList ends;
        for (const auto& x : t.extensions)
            ends << formatDay(x.end) + (x.assumption ? tr(" (assumed)") : QString());
        text += QStringLiteral("<br>") + tr("Extended to %1").arg(ends.join(QStringLiteral(", ")));
    }
    if (t.continuesByAssumption())
        text += QStringLiteral("<br><b>%1</b>").arg(tr("Recorded to %1: %2. Beyond that the suspension is a scenario assumption.")
                                                       .arg(formatDay(t.recordedEnd().addDays(-1)),
                                                            recordEndText(t.recordedEnd()).toHtmlEscaped()));
    const auto& schedule = m_doc->schedule();
    const double statutory = schedule.statutoryRatePct(t.measureId, end);
    if (statutory <= 0.0) {
        text += QStringLiteral("<br>") + tr("No snap-back: the measure is no longer in force on %1").arg(formatDay(end));
    } else if (end <= horizonEnd()) {
        const core::Direction dir = m ? m->direction : core::Direction::UsOnChina;
        const double before = schedule.measureRatePct(t.measureId, end.addDays(-1));
        const double after = schedule.measureRatePct(t.measureId, end);
        const double avgBefore = schedule.averageRatePct(dir, end.addDays(-1));
        const double avgAfter = schedule.averageRatePct(dir, end);
        text += QStringLiteral("<br>")
            + tr("Snap-back on %1: %2 %3% → %4%; average %5 tariff %6% → %7%")
                  .arg(formatDay(end), measure.toHtmlEscaped())
                  .arg(before, 0, 'f', 1)
                  .arg(after, 0, 'f', 1)
                  .arg(dir == core::Direction::UsOnChina ? tr("US") : tr("Chinese"))
                  .arg(avgBefore, 0, 'f', 1)
                  .arg(avgAfter, 0, 'f', 1);
    }
    if (const std::string line = core::sourceLine(t.provenance); !line.empty())
        text += QStringLiteral("<br>") + tr("Source: %1").arg(QString::fromStdString(line).toHtmlEscaped());
    for (const auto& x : t.extensions) {
        if (x.assumption)
            continue;
        if (const std::string line = core::sourceLine(x.provenance); !line.empty())
            text += QStringLiteral("<br>") + tr("Extension to %1: %2").arg(formatDay(x.end), QString::fromStdString(line).toHtmlEscaped());
    }
    return text;
}

QString TimelineWidget::truceEffectNote(int index) const
{
    const auto& list = truces();
    if (index < 0 || index >= static_cast<int>(list.size()))
        return {};
    const auto& t = list[static_cast<size_t>(index)];
    const core::Date last = std::min(t.end().addDays(-1), horizonEnd());
    const auto lowered = core::lastSuspendedDay(m_doc->schedule(), t, last);
    if (!lowered)
        return tr("no effect");
    if (*lowered < last)
        return tr("no effect from %1").arg(formatDay(lowered->addDays(1)));
    return {};
}

QString TimelineWidget::counterfactualLabel() const
{
    const QString text = counterfactualShort(*m_doc);
    if (text.isEmpty())
        return text;
    return tr("Counterfactual history, %1 to %2").arg(formatDay(*m_doc->counterfactualFrom()),
                                                      formatDay(m_doc->historyBoundary().addDays(-1)));
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const double left = plotLeft(), right = plotRight();
    const double axisY = height() - kAxisHeight;
    p.save();
    p.setClipRect(QRectF(left, 0, right - left, height()));

    // Year and month grid.
    p.setFont(smallFont(7));
    const int span = m_to.daysSince(m_from);
    for (int y = m_from.year(); y <= m_to.year() + 1; ++y) {
        for (int mo = 1; mo <= 12; ++mo) {
            const auto d = core::Date::fromYmd(y, mo, 1);
            if (!d || *d < m_from || *d > m_to)
                continue;
            const double x = xOf(*d);
            const bool yearLine = mo == 1;
            if (!yearLine && span > 3 * 365)
                continue;
            p.setPen(QPen(yearLine ? QColor(190, 190, 190) : QColor(228, 228, 228), 1));
            p.drawLine(QPointF(x, 0), QPointF(x, axisY));
            p.setPen(QColor(80, 80, 80));
            const QString label = yearLine ? QString::number(y) : monthTick(QDate(y, mo, 1), span <= 365);
            if (yearLine || span <= 3 * 365)
                p.drawText(QRectF(x + 2, axisY + 2, 60, kAxisHeight - 2), Qt::AlignLeft | Qt::AlignTop, label);
        }
    }

    // Event ticks and labels.
    const auto& events = m_doc->timelineEvents();
    const double ticksBottom = bandTop(0) - 3;
    for (const auto& e : events) {
        if (e.date < m_from || e.date > m_to)
            continue;
        const double x = xOf(e.date);
        QPen pen(kindColor(e.kind), 1);
        if (!e.confirmed()) // scheduled, not enacted or unverified: dashed
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, ticksBottom - 8), QPointF(x, ticksBottom));
    }
    p.setFont(smallFont(7));
    for (const auto& slot : m_labels) {
        const auto& e = events[static_cast<size_t>(slot.eventIndex)];
        const double x = xOf(e.date);
        p.setPen(QPen(QColor(150, 150, 150), 1, Qt::DotLine));
        p.drawLine(QPointF(x, slot.rect.bottom()), QPointF(x, ticksBottom));
        p.setPen(kindColor(e.kind).darker(120));
        p.drawText(slot.rect, Qt::AlignLeft | Qt::AlignVCenter, dataText(e.label));
    }

    // Truce bands.
    const auto& list = truces();
    for (int i = 0; i < static_cast<int>(list.size()); ++i) {
        const auto& t = list[static_cast<size_t>(i)];
        const core::Measure* m = m_doc->dataset().measure(t.measureId);
        const QColor base = m && m->direction == core::Direction::ChinaOnUs ? palette::chinaOnUs : palette::usOnChina;
        const double top = bandTop(i);
        const double x0 = xOf(t.start);
        const double xOrig = xOf(t.originalEnd());
        const double x1 = xOf(t.end());
        QColor fill = base;
        fill.setAlpha(150);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRect(QRectF(x0, top, std::max(2.0, std::min(xOrig, x1) - x0), kBandHeight));
        // Recorded extensions: lighter, hatched. Extensions that are assumptions
        // (past the last end a source gives): pale grey, cross-hatched, dashed.
        core::Date segStart = t.originalEnd();
        for (const auto& x : t.extensions) {
            if (x.end <= segStart)
                continue;
            const QRectF r(xOf(segStart), top, xOf(x.end) - xOf(segStart), kBandHeight);
            p.setPen(Qt::NoPen);
            if (x.assumption) {
                p.setBrush(QColor(238, 238, 238));
                p.drawRect(r);
                p.setBrush(QBrush(QColor(150, 150, 150), Qt::DiagCrossPattern));
                p.drawRect(r);
            } else {
                QColor light = base;
                light.setAlpha(70);
                p.setBrush(light);
                p.drawRect(r);
                p.setBrush(QBrush(base, Qt::BDiagPattern));
                p.drawRect(r);
                p.setPen(QPen(base, 1));
                p.setBrush(Qt::NoBrush);
                p.drawLine(r.topLeft(), r.bottomLeft());
            }
            segStart = x.end;
        }
        // Outline (dashed where the truce runs on by assumption) and end handle.
        const QRectF band(x0, top, std::max(2.0, x1 - x0), kBandHeight);
        const double xRecorded = std::min(xOf(t.recordedEnd()), x1);
        const QPen outline(i == m_selected ? QColor(20, 20, 20) : base.darker(130), i == m_selected ? 2 : 1);
        p.setBrush(Qt::NoBrush);
        p.setPen(outline);
        p.drawRect(QRectF(x0, top, std::max(2.0, xRecorded - x0), kBandHeight));
        if (t.continuesByAssumption()) {
            QPen dashed = outline;
            dashed.setStyle(Qt::DashLine);
            p.setPen(dashed);
            p.drawLine(QPointF(xRecorded, top), QPointF(x1, top));
            p.drawLine(QPointF(xRecorded, top + kBandHeight), QPointF(x1, top + kBandHeight));
            p.drawLine(QPointF(x1, top), QPointF(x1, top + kBandHeight));
            // Where the record stops, in words, inside the assumed part.
            const QString gap = recordEndText(t.recordedEnd()) + tr(" · assumed: continues");
            p.setFont(smallFont(7));
            const QFontMetricsF gm(p.font());
            const QRectF gapRect(xRecorded + 6, top + 3, x1 - xRecorded - 12, kBandHeight - 6);
            if (gapRect.width() > 40) {
                const QString shown = gm.elidedText(gap, Qt::ElideRight, gapRect.width() - 6);
                const QRectF plate(gapRect.left(), gapRect.top(), gm.horizontalAdvance(shown) + 6, gapRect.height());
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(255, 255, 255, 225));
                p.drawRoundedRect(plate, 3, 3);
                p.setPen(QColor(70, 70, 70));
                p.drawText(plate.adjusted(3, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shown);
            }
        }
        p.setBrush(base.darker(140));
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(band.right() - 3, top + 3, 3, kBandHeight - 6));
        // Label: name and length (shown beside the band when it does not fit); a
        // truce that runs on by assumption counts only its recorded days.
        const int days = t.end().daysSince(t.start);
        const int recordedDays = t.recordedEnd().daysSince(t.start);
        QString label = (m_drag == Drag::End && m_dragIndex == i) ? tr("%1 days").arg(days)
            : t.continuesByAssumption()
            ? tr("%1 · %2 days recorded").arg(dataText(t.name)).arg(recordedDays)
            : tr("%1 · %2 days").arg(dataText(t.name)).arg(days);
        // A suspension the scenario has made pointless says so.
        if (const QString note = truceEffectNote(i); !note.isEmpty())
            label += QStringLiteral(" · ") + note;
        p.setFont(smallFont(7, m_drag != Drag::None && m_dragIndex == i));
        const QFontMetricsF fm(p.font());
        const double w = fm.horizontalAdvance(label) + 8;
        QRectF labelRect(x0 + 4, top + 3, w, kBandHeight - 6);
        const double roomInside = t.continuesByAssumption() ? xRecorded - x0 : band.width();
        if (w > roomInside - 8) {
            labelRect.moveLeft(x1 + 6);
            if (labelRect.right() > right)
                labelRect.moveRight(x0 - 4);
        }
        // Dark text on a pale plate stays readable over the band and its hatching.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 215));
        p.drawRoundedRect(labelRect.adjusted(-3, 0, 0, 0), 3, 3);
        p.setPen(QColor(30, 30, 30));
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // Where the scenario rewrites history: hatched across the bands, labelled.
    if (const auto from = m_doc->counterfactualFrom()) {
        const double x0 = std::max(left, xOf(*from));
        const double x1 = std::min(right, xOf(m_doc->historyBoundary()));
        if (x1 > x0) {
            const double top = bandTop(0) - 2;
            const QRectF area(x0, top, x1 - x0, axisY - top);
            QColor ink = palette::purple;
            ink.setAlpha(120);
            p.setPen(Qt::NoPen);
            p.setBrush(QBrush(ink, Qt::FDiagPattern));
            p.drawRect(area);
            p.setPen(QPen(palette::purple.darker(130), 1, Qt::DashLine));
            p.drawLine(area.topLeft(), area.bottomLeft());
            p.drawLine(area.topRight(), area.bottomRight());
            p.setFont(smallFont(7, true));
            const QFontMetricsF cm(p.font());
            const QString text = cm.elidedText(counterfactualLabel(), Qt::ElideRight, std::max(40.0, right - x0 - 8));
            const QRectF plate(x0 + 3, axisY - 28, cm.horizontalAdvance(text) + 8, 13);
            p.setBrush(QColor(255, 255, 255, 230));
            p.setPen(QPen(palette::purple.darker(130), 1));
            p.drawRoundedRect(plate, 3, 3);
            p.setPen(palette::purple.darker(170));
            p.drawText(plate.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    p.restore();

    // Axis line and the as-of date with the countdown.
    p.setPen(QColor(120, 120, 120));
    p.drawLine(QPointF(left, axisY), QPointF(right, axisY));
    const core::Date asOf = m_doc->asOfDate();
    if (asOf >= m_from && asOf <= m_to) {
        const double x = xOf(asOf);
        p.setPen(QPen(palette::purple.darker(120), 1.5));
        p.drawLine(QPointF(x, bandTop(0) - 4), QPointF(x, axisY));
        QString text = tr("as of %1").arg(formatDay(asOf));
        for (auto d : {core::Direction::UsOnChina, core::Direction::ChinaOnUs}) {
            const auto st = m_doc->schedule().truceStatus(d, asOf);
            const QString side = d == core::Direction::UsOnChina ? tr("US") : tr("China");
            if (st.running && st.pastRecord)
                text += tr(" · %1: truce ended %2, then assumed").arg(side, formatDay(st.recordedEnd));
            else if (st.running)
                text += tr(" · %1: %2 days left").arg(side).arg(st.daysLeft);
        }
        p.setFont(smallFont(7, true));
        const QFontMetricsF fm(p.font());
        const double w = fm.horizontalAdvance(text) + 6;
        double lx = x + 4;
        if (lx + w > right)
            lx = x - 4 - w;
        p.setPen(palette::purple.darker(150));
        p.drawText(QRectF(lx, axisY - 14, w, 13), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

int TimelineWidget::truceAt(const QPointF& pos, bool* onEndEdge) const
{
    const int n = static_cast<int>(truces().size());
    for (int i = 0; i < n; ++i) {
        const QRectF r = truceRect(i);
        if (pos.y() < r.top() || pos.y() > r.bottom())
            continue;
        if (std::abs(pos.x() - r.right()) <= kEdgeGrab) {
            if (onEndEdge)
                *onEndEdge = true;
            return i;
        }
        if (pos.x() >= r.left() && pos.x() <= r.right()) {
            if (onEndEdge)
                *onEndEdge = false;
            return i;
        }
    }
    return -1;
}

int TimelineWidget::eventAt(const QPointF& pos) const
{
    for (const auto& slot : m_labels)
        if (slot.rect.adjusted(-2, -1, 2, 1).contains(pos))
            return slot.eventIndex;
    const auto& events = m_doc->timelineEvents();
    const double ticksBottom = bandTop(0) - 3;
    if (pos.y() > ticksBottom + 1 || pos.y() < ticksBottom - 10)
        return -1;
    for (size_t i = 0; i < events.size(); ++i)
        if (events[i].date >= m_from && events[i].date <= m_to && std::abs(xOf(events[i].date) - pos.x()) <= 3)
            return static_cast<int>(i);
    return -1;
}

bool TimelineWidget::applyEdit(int index, const std::variant<core::Truce, std::string>& edit,
                               const std::function<QString()>& what, int mergeId)
{
    if (const auto* error = std::get_if<std::string>(&edit)) {
        const QString message = tr("Edit refused: %1").arg(QString::fromStdString(*error));
        if (message != m_lastRefusal) {
            m_lastRefusal = message;
            emit editRefused(message);
        }
        return false;
    }
    m_lastRefusal.clear();
    std::vector<core::Truce> list = truces();
    list[static_cast<size_t>(index)] = std::get<core::Truce>(edit);
    m_doc->setTruces(list, what, mergeId);
    return true;
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    bool edge = false;
    const int index = truceAt(event->position(), &edge);
    m_pressX = event->position().x();
    m_pressDay = dateAt(event->position().x());
    m_lastRefusal.clear();
    if (index >= 0) {
        m_selected = index;
        m_dragIndex = index;
        m_drag = edge ? Drag::End : Drag::Move;
        m_original = truces()[static_cast<size_t>(index)];
        m_mergeId = ScenarioDocument::newMergeId();
        setCursor(Qt::SizeHorCursor);
        emit dragActive(true);
    } else {
        m_drag = Drag::Pan;
        m_pressFrom = m_from;
        m_pressTo = m_to;
        setCursor(Qt::ClosedHandCursor);
    }
    update();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        bool edge = false;
        const int index = truceAt(pos, &edge);
        setCursor(index >= 0 ? (edge ? Qt::SizeHorCursor : Qt::OpenHandCursor) : Qt::ArrowCursor);
        return;
    }
    if (m_drag == Drag::Pan) {
        const double perDay = (plotRight() - plotLeft()) / std::max(1, m_pressTo.daysSince(m_pressFrom) + 1);
        const int shift = static_cast<int>(std::lround((m_pressX - pos.x()) / std::max(1e-9, perDay)));
        setViewRange(m_pressFrom.addDays(shift), m_pressTo.addDays(shift));
        return;
    }
    if (!m_original)
        return;
    const core::Date day = dateAt(pos.x());
    if (m_drag == Drag::Move) {
        const int delta = day.daysSince(m_pressDay);
        applyEdit(m_dragIndex, core::moveTruce(*m_original, delta),
                  [name = m_original->name] { return tr("Move %1").arg(dataText(name)); }, m_mergeId);
    } else {
        applyEdit(m_dragIndex, core::setTruceEnd(*m_original, day),
                  [name = m_original->name] { return tr("Change the length of %1").arg(dataText(name)); }, m_mergeId);
    }
    update();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event)
{
    Q_UNUSED(event);
    const bool wasEditing = m_drag == Drag::Move || m_drag == Drag::End;
    m_drag = Drag::None;
    m_dragIndex = -1;
    m_mergeId = 0;
    m_original.reset();
    setCursor(Qt::ArrowCursor);
    update();
    if (wasEditing)
        emit dragActive(false);
}

void TimelineWidget::zoom(double factor, double anchorX)
{
    const core::Date anchor = dateAt(anchorX);
    const double before = anchor.daysSince(m_from);
    const double after = m_to.daysSince(anchor);
    const core::Date from = anchor.addDays(-static_cast<int>(std::lround(before * factor)));
    const core::Date to = anchor.addDays(static_cast<int>(std::lround(after * factor)));
    setViewRange(from, to);
}

void TimelineWidget::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier) {
        const int shift = -steps * std::max(7, m_to.daysSince(m_from) / 10);
        setViewRange(m_from.addDays(shift), m_to.addDays(shift));
    } else {
        zoom(std::pow(0.8, steps), event->position().x());
    }
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent* event)
{
    const int n = static_cast<int>(truces().size());
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        zoom(0.8, (plotLeft() + plotRight()) / 2);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        zoom(1.25, (plotLeft() + plotRight()) / 2);
        return;
    }
    if (m_selected < 0 || m_selected >= n) {
        QWidget::keyPressEvent(event);
        return;
    }
    const core::Truce t = truces()[static_cast<size_t>(m_selected)]; // a copy: the edit replaces the list
    const std::string name = t.name;
    const int step = (event->modifiers() & Qt::ShiftModifier) ? 7 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        applyEdit(m_selected, core::moveTruce(t, -step), [name] { return tr("Move %1").arg(dataText(name)); }, 0);
        break;
    case Qt::Key_Right:
        applyEdit(m_selected, core::moveTruce(t, step), [name] { return tr("Move %1").arg(dataText(name)); }, 0);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        applyEdit(m_selected, core::removeLastExtension(t),
                  [name] { return tr("Remove an extension of %1").arg(dataText(name)); }, 0);
        break;
    case Qt::Key_E:
        applyEdit(m_selected, core::extendTruce(t, 90, m_doc->asOfDate()),
                  [name] { return tr("Extend %1 by 90 days").arg(dataText(name)); }, 0);
        break;
    case Qt::Key_Tab:
        selectTruce((m_selected + 1) % n);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent* event)
{
    const int index = truceAt(event->pos());
    QMenu menu(this);
    if (index >= 0) {
        selectTruce(index);
        const core::Truce t = truces()[static_cast<size_t>(index)];
        const std::string name = t.name;
        menu.addAction(tr("Extend by 90 days"), this, [this, index, t, name] {
            applyEdit(index, core::extendTruce(t, 90, m_doc->asOfDate()),
                      [name] { return tr("Extend %1 by 90 days").arg(dataText(name)); }, 0);
        });
        menu.addAction(tr("Extend by…"), this, [this, index, t, name] {
            bool ok = false;
            const int days = QInputDialog::getInt(this, tr("Extend truce"), tr("Extend %1 by (days):").arg(dataText(name)),
                                                  90, 1, core::kMaxTruceDays, 1, &ok);
            if (ok)
                applyEdit(index, core::extendTruce(t, days, m_doc->asOfDate()),
                          [name, days] { return tr("Extend %1 by %2 days").arg(dataText(name)).arg(days); }, 0);
        });
        auto* remove = menu.addAction(tr("Remove last extension"), this, [this, index, t, name] {
            applyEdit(index, core::removeLastExtension(t),
                      [name] { return tr("Remove an extension of %1").arg(dataText(name)); }, 0);
        });
        remove->setEnabled(!t.extensions.empty());
        auto* lapse = menu.addAction(tr("Lapse at the original end (snap back)"), this, [this, index, t, name] {
            applyEdit(index, core::lapseTruce(t), [name] { return tr("Let %1 lapse").arg(dataText(name)); }, 0);
        });
        lapse->setEnabled(!t.extensions.empty());
        menu.addSeparator();
    }
    menu.addAction(tr("Zoom to 2025–2026"), this, [this] {
        setViewRange(*core::Date::fromYmd(2025, 1, 1), *core::Date::fromYmd(2026, 12, 31));
    });
    menu.addAction(tr("Show the whole horizon"), this, [this] { setViewRange(horizonStart(), horizonEnd()); });
    menu.exec(event->globalPos());
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF pos = help->pos();
        QString text;
        const int t = truceAt(pos);
        if (t >= 0) {
            text = truceDescription(t);
        } else if (const int e = eventAt(pos); e >= 0) {
            const auto& ev = m_doc->timelineEvents()[static_cast<size_t>(e)];
            text = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(formatDay(ev.date), (ev.label.empty() ? QString::fromStdString(ev.kind) : dataText(ev.label)).toHtmlEscaped(),
                            dataText(ev.title).toHtmlEscaped());
            if (!ev.note.empty())
                text += QStringLiteral("<br><i>%1</i>").arg(QString::fromStdString(ev.note).toHtmlEscaped());
            if (!ev.confirmed())
                text += QStringLiteral("<br><b>%1</b>").arg(eventStatusText(ev).toHtmlEscaped());
            if (const std::string line = core::sourceLine(ev.provenance); !line.empty())
                text += QStringLiteral("<br>") + tr("Source: %1").arg(QString::fromStdString(line).toHtmlEscaped());
        }
        if (text.isEmpty() && m_doc->counterfactualFrom() && pos.x() >= xOf(*m_doc->counterfactualFrom())
            && pos.x() < xOf(m_doc->historyBoundary()) && pos.y() >= bandTop(0) - 2)
            text = counterfactualSentence(*m_doc).toHtmlEscaped();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tariffsim::ui
