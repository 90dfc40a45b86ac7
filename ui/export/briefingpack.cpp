#include "briefingpack.h"

#include "chartexport.h"
#include "exportpainting.h"
#include "ui/document/scenariodocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <functional>

namespace tariffsim::ui {

using namespace exportpaint;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("tariffsim::ui::Briefing", text); }

QString signedText(double v, const QString& body)
{
    const QString sign = v < -0.05 ? QStringLiteral("−") : (v > 0.05 ? QStringLiteral("+") : QString());
    return sign + body;
}

QString usdBn(double v, bool sign)
{
    const QString body = QStringLiteral("$%1bn").arg(QLocale::c().toString(std::abs(v), 'f', 1));
    return sign ? signedText(v, body) : body;
}

QString pct(double v, bool sign)
{
    const QString body = QLocale::c().toString(std::abs(v), 'f', 1) + QLatin1Char('%');
    return sign ? signedText(v, body) : (v < 0 ? QStringLiteral("−") + body : body);
}

constexpr double kMargin = 40;
constexpr double kFooter = 24;
const QRectF kPage(QPointF(0, 0), QSizeF(kBriefingPageSize));
const QRectF kBody(QPointF(0, 0), QSizeF(kBriefingPageSize.width(), kBriefingPageSize.height() - kFooter));

using PagePainter = std::function<void(QPainter&)>;

struct Page {
    QString title;
    PagePainter paint;
};

// Title and subtitle of a text page; returns the y below them.
double pageHeading(QPainter& p, const QString& title, const QString& subtitle)
{
    double y = 28;
    y += drawWrapped(p, QRectF(kMargin, y, kPage.width() - 2 * kMargin, 0), title, font(30, true), kText, 1) + 2;
    if (!subtitle.isEmpty())
        y += drawWrapped(p, QRectF(kMargin, y, kPage.width() - 2 * kMargin, 0), subtitle, font(17), kSecondary, 2);
    return y + 16;
}

void pageFooter(QPainter& p, const QString& left, int number, int count)
{
    const QFont f = font(11);
    const QFontMetricsF fm(f, p.device());
    const double baseline = kPage.height() - 12;
    p.save();
    p.setFont(f);
    p.setPen(kMuted);
    p.drawText(QPointF(kMargin, baseline), fm.elidedText(left, Qt::ElideRight, kPage.width() - 2 * kMargin - 80));
    const QString right = tr("%1 / %2").arg(number).arg(count);
    p.drawText(QPointF(kPage.width() - kMargin - fm.horizontalAdvance(right), baseline), right);
    p.restore();
}

void coverPage(QPainter& p, const ScenarioDocument& doc, const BriefingPackOptions& o)
{
    const double left = 110;
    const double width = kPage.width() - left - 120;
    constexpr double top = 150;
    double y = top;
    y += drawWrapped(p, QRectF(left, y, width, 0), tr("BRIEFING"), font(16, true), kAccent, 1) + 10;
    y += drawWrapped(p, QRectF(left, y, width, 0), o.title, font(44, true), kText, 3) + 8;
    y += drawWrapped(p, QRectF(left, y, width, 0), o.subtitle, font(24), kSecondary, 2) + 22;
    y += drawWrapped(p, QRectF(left, y, std::min(width, 900.0), 0), QString::fromStdString(doc.scenario().notes),
                     font(16), kSecondary, std::max(1, static_cast<int>((500 - y) / lineHeight(font(16), p.device()))));
    p.fillRect(QRectF(70, top, 8, y - top), kAccent);
    drawWrapped(p, QRectF(left, 560, width, 0),
                tr("Exported %1 · current figures as of %2").arg(formatDay(o.exportDate), formatDay(doc.asOfDate())),
                font(16), kText, 1);
    drawWrapped(p, QRectF(left, 588, width, 0),
                tr("tariffsim: US–China tariff scenarios from dated legal layers, truces and the trade response. "
                   "Assumptions and sources at the end of this pack."),
                font(13), kMuted, 2);
}

struct Card {
    QString label;
    QString value;
    QString note;
};

void headlinePage(QPainter& p, const ScenarioDocument& doc, const BriefingPackOptions& o)
{
    const Headline h = headline(doc);
    const QString period = tr("%1–%2").arg(formatMonth(h.first), formatMonth(h.last));
    double y = pageHeading(p, tr("Headline figures"),
                           tr("Scenario “%1” against the no-change baseline, %2")
                               .arg(scenarioDisplayName(doc), period));
    const QString asOf = formatDay(doc.asOfDate());
    std::vector<Card> cards = {
        {tr("China's exports to the US"), usdBn(h.changeChinaToUsUsdBn, true),
         tr("%1 against baseline over %2").arg(pct(h.changeChinaToUsPct, true), period)},
        {tr("US exports to China"), usdBn(h.changeUsToChinaUsdBn, true),
         tr("%1 against baseline over %2").arg(pct(h.changeUsToChinaPct, true), period)},
        {tr("Duties collected by the US"), usdBn(h.dutiesUsUsdBn, false), tr("on Chinese goods over %1").arg(period)},
        {tr("Duties collected by China"), usdBn(h.dutiesChinaUsdBn, false), tr("on US goods over %1").arg(period)},
        {tr("US tariff on Chinese goods"), pct(h.usRatePct, false), tr("trade-weighted average on %1").arg(asOf)},
        {tr("China's tariff on US goods"), pct(h.chinaRatePct, false), tr("trade-weighted average on %1").arg(asOf)},
        h.truceRunning && h.trucePastRecord
            ? Card{h.truceSide.isEmpty() ? tr("Truce") : tr("Truce (%1 side)").arg(h.truceSide),
                   tr("Ended %1").arg(formatDay(h.truceRecordedEnd)),
                   tr("what followed is not in the data; the scenario assumes the suspension continues")}
        : h.truceRunning
            ? Card{h.truceSide.isEmpty() ? tr("Truce") : tr("Truce (%1 side)").arg(h.truceSide),
                   tr("%1 days left").arg(h.truceDaysLeft),
                   (h.truceEndAssumed ? tr("suspended points return on %1 (end assumed by the scenario)")
                                      : tr("suspended points return on %1"))
                       .arg(formatDay(h.truceEnd))}
            : Card{tr("Truce"), tr("None running"), tr("on %1").arg(asOf)},
    };
    const core::DataVintage& v = doc.dataset().vintage;
    if (const auto trade = v.lastObservedMonth("GACC"))
        cards.push_back({tr("Trade observed to"), formatMonth(*trade),
                         v.legalRecordThrough > core::Date{}
                             ? tr("China customs; legal record to %1").arg(formatDay(v.legalRecordThrough))
                             : tr("China customs")});
    constexpr int columns = 4;
    constexpr double gap = 18;
    const double cardWidth = (kPage.width() - 2 * kMargin - gap * (columns - 1)) / columns;
    constexpr double cardHeight = 170;
    for (size_t i = 0; i < cards.size(); ++i) {
        const double x = kMargin + static_cast<double>(i % columns) * (cardWidth + gap);
        const double top = y + static_cast<double>(i / columns) * (cardHeight + gap);
        const QRectF r(x, top, cardWidth, cardHeight);
        p.save();
        p.setPen(QPen(kRule, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        p.fillRect(QRectF(x, top, 4, cardHeight), kAccent);
        p.restore();
        const double inner = cardWidth - 32;
        double cy = top + 16;
        cy += drawWrapped(p, QRectF(x + 18, cy, inner, 0), cards[i].label, font(15, true), kSecondary, 2) + 8;
        // the largest size up to 32 px at which the value fits on one line
        double size = 32;
        while (size > 18 && QFontMetricsF(font(size, true), p.device()).horizontalAdvance(cards[i].value) > inner)
            size -= 2;
        cy += drawWrapped(p, QRectF(x + 18, cy, inner, 0), cards[i].value, font(size, true), kText, 2) + 6;
        drawWrapped(p, QRectF(x + 18, cy, inner, 0), cards[i].note, font(13), kMuted, 3);
    }
    y += 2 * cardHeight + gap + 26;
    const double width = kPage.width() - 2 * kMargin;
    const auto& assumptions = doc.scenario().assumptions;
    if (!assumptions.empty()) {
        y += drawWrapped(p, QRectF(kMargin, y, width, 0), tr("What the scenario assumes"), font(15, true), kText, 1) + 4;
        for (const auto& a : assumptions) {
            p.save();
            p.setBrush(kAccent);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPointF(kMargin + 4, y + lineHeight(font(14), p.device()) / 2), 2.5, 2.5);
            p.restore();
            y += drawWrapped(p, QRectF(kMargin + 16, y, width - 16, 0), QString::fromStdString(a), font(14),
                             kSecondary, 2) + 3;
        }
        y += 12;
    }
    drawWrapped(p, QRectF(kMargin, y, width, 0), assumptionCaption(doc, o.exportDate), font(13), kText,
                std::max(1, static_cast<int>((kBody.height() - 10 - y) / lineHeight(font(13), p.device()))));
}

// Rows of the assumptions table split into pages.
std::vector<PagePainter> assumptionPages(const ScenarioDocument& doc, const BriefingPackOptions& o, QPaintDevice* device)
{
    struct Row {
        bool heading = false;
        QString section;
        QStringList name, value, range, note;
        double height = 0;
    };
    const QFont cell = font(12);
    const QFont head = font(12, true);
    const QFont section = font(14, true);
    const double lh = lineHeight(cell, device);
    const double cols[] = {kMargin, kMargin + 300, kMargin + 470, kMargin + 590, kPage.width() - kMargin};
    std::vector<Row> rows;
    QString current;
    for (const AssumptionRow& a : assumptionTable(doc, o.exportDate)) {
        if (a.section != current) {
            current = a.section;
            Row h;
            h.heading = true;
            h.section = a.section;
            h.height = lineHeight(section, device) + 10;
            rows.push_back(h);
        }
        Row r;
        r.name = wrapLines(a.name, cell, cols[1] - cols[0] - 12, device, 3);
        r.value = wrapLines(a.value, cell, cols[2] - cols[1] - 12, device, 3);
        r.range = wrapLines(a.range, cell, cols[3] - cols[2] - 12, device, 2);
        r.note = wrapLines(a.note, cell, cols[4] - cols[3], device, 12);
        const qsizetype lines = std::max({r.name.size(), r.value.size(), r.range.size(), r.note.size(), qsizetype(1)});
        r.height = static_cast<double>(lines) * lh + 8;
        rows.push_back(r);
    }
    const double top = 120;
    const double bottom = kBody.height() - 12;
    std::vector<std::vector<Row>> pages(1);
    double y = top;
    for (const Row& r : rows) {
        // a heading never ends a page
        const double need = r.heading ? r.height + lh + 8 : r.height;
        if (y + need > bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = top;
        }
        pages.back().push_back(r);
        y += r.height;
    }
    std::vector<PagePainter> out;
    for (size_t i = 0; i < pages.size(); ++i) {
        out.push_back([=, rows = pages[i]](QPainter& p) {
            const QString title = i == 0 ? tr("Assumptions") : tr("Assumptions (continued)");
            pageHeading(p, title, tr("Model parameters with their literature ranges, truces, rate changes and data"));
            double y = top - 26;
            p.save();
            p.setFont(head);
            p.setPen(kSecondary);
            const QString headers[] = {tr("Assumption"), tr("Value"), tr("Range"), tr("Source or note")};
            for (int c = 0; c < 4; ++c)
                p.drawText(QPointF(cols[c], y + QFontMetricsF(head, p.device()).ascent()), headers[c]);
            p.setPen(QPen(kRule, 1));
            p.drawLine(QPointF(kMargin, top - 4), QPointF(kPage.width() - kMargin, top - 4));
            p.restore();
            y = top;
            for (const Row& r : rows) {
                if (r.heading) {
                    drawLines(p, QPointF(kMargin, y + 6), {r.section}, section, kAccent);
                } else {
                    drawLines(p, QPointF(cols[0], y + 4), r.name, cell, kText);
                    drawLines(p, QPointF(cols[1], y + 4), r.value, cell, kText);
                    drawLines(p, QPointF(cols[2], y + 4), r.range, cell, kSecondary);
                    drawLines(p, QPointF(cols[3], y + 4), r.note, cell, kMuted);
                    p.save();
                    p.setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 1));
                    p.drawLine(QPointF(kMargin, y + r.height), QPointF(kPage.width() - kMargin, y + r.height));
                    p.restore();
                }
                y += r.height;
            }
        });
    }
    return out;
}

std::vector<PagePainter> sourcePages(const ScenarioDocument& doc, QPaintDevice* device)
{
    struct Line {
        bool heading = false;
        QString text;
        QString note;
    };
    const QFont url = font(11.5);
    const QFont section = font(14, true);
    const double lh = lineHeight(url, device) + 2;
    const double headingHeight = lineHeight(section, device) + 10;
    std::vector<Line> lines;
    int total = 0;
    for (const SourceGroup& g : datasetSources(doc)) {
        lines.push_back({true, tr("%1 (%2)").arg(g.title).arg(g.entries.size()), {}});
        for (const SourceEntry& e : g.entries) {
            // First line: [kind] the instrument, its address. Second: what it is
            // cited for and the reposts the figures were read from.
            QString head = e.kind.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(e.kind);
            head += e.citation;
            if (!e.url.isEmpty())
                head += (e.citation.isEmpty() ? QString() : QStringLiteral(" · ")) + e.url;
            QString note = e.citedFor.mid(0, 2).join(QStringLiteral("; "));
            if (e.citedFor.size() > 2)
                note += tr(" and %1 more").arg(e.citedFor.size() - 2);
            if (!e.reportedBy.isEmpty())
                note += tr("; reported by %1").arg(e.reportedBy.mid(0, 2).join(QStringLiteral(", ")))
                    + (e.reportedBy.size() > 2 ? tr(" and %1 more").arg(e.reportedBy.size() - 2) : QString());
            lines.push_back({false, head, note});
            ++total;
        }
    }
    const double top = 112;
    const double bottom = kBody.height() - 12;
    std::vector<std::vector<Line>> pages(1);
    double y = top;
    for (const Line& l : lines) {
        const double h = l.heading ? headingHeight : l.note.isEmpty() ? lh : 2 * lh;
        const double need = l.heading ? h + 2 * lh : h;
        if (y + need > bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = top;
        }
        pages.back().push_back(l);
        y += h;
    }
    std::vector<PagePainter> out;
    const double width = kPage.width() - 2 * kMargin;
    for (size_t i = 0; i < pages.size(); ++i) {
        out.push_back([=, page = pages[i]](QPainter& p) {
            pageHeading(p, i == 0 ? tr("Sources") : tr("Sources (continued)"),
                        tr("Every source the dataset cites (%1): its kind, the instrument or release, its address, "
                           "what it is cited for and any repost it was read from").arg(total));
            const QFontMetricsF fm(url, p.device());
            double y = top;
            for (const Line& l : page) {
                if (l.heading) {
                    drawLines(p, QPointF(kMargin, y + 4), {l.text}, section, kAccent);
                    y += headingHeight;
                    continue;
                }
                // The source on its line; what it is cited for (and where it was
                // read) on the next, indented.
                drawLines(p, QPointF(kMargin, y), {fm.elidedText(l.text, Qt::ElideMiddle, width)}, url, kText);
                if (!l.note.isEmpty())
                    drawLines(p, QPointF(kMargin + 14, y + lh), {fm.elidedText(l.note, Qt::ElideRight, width - 14)}, url,
                              kMuted);
                y += l.note.isEmpty() ? lh : 2 * lh;
            }
        });
    }
    return out;
}

} // namespace

BriefingPackOptions defaultBriefingPackOptions(const ScenarioDocument& doc, const QDate& exportDate)
{
    BriefingPackOptions o;
    o.title = tr("US–China tariffs: scenario briefing");
    o.subtitle = tr("Scenario: %1").arg(scenarioDisplayName(doc));
    o.exportDate = exportDate;
    return o;
}

QByteArray renderBriefingPack(const ScenarioDocument& doc, const BriefingPackOptions& options, BriefingPackInfo* info)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    setUpPdfWriter(pdf, kBriefingPageSize, options.title);

    std::vector<Page> pages;
    pages.push_back({tr("Cover"), [&](QPainter& p) { coverPage(p, doc, options); }});
    pages.push_back({tr("Headline figures"), [&](QPainter& p) { headlinePage(p, doc, options); }});
    for (ChartId id : allCharts()) {
        const ChartModel model = chartModel(doc, id, options.sectorPeriod);
        const auto it = options.layouts.find(id);
        const BriefingLayout layout =
            it != options.layouts.end() ? it->second : defaultBriefingLayout(doc, model, options.exportDate);
        pages.push_back({model.title, [model, layout](QPainter& p) { paintChartPage(p, kBody, model, layout); }});
    }
    for (auto& paint : assumptionPages(doc, options, &pdf))
        pages.push_back({tr("Assumptions"), std::move(paint)});
    for (auto& paint : sourcePages(doc, &pdf))
        pages.push_back({tr("Sources"), std::move(paint)});

    const QString footer = tr("%1 · %2 · exported %3")
                               .arg(options.title, scenarioDisplayName(doc), formatDay(options.exportDate));
    QPainter painter(&pdf);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const int count = static_cast<int>(pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            pdf.newPage();
        painter.fillRect(kPage, Qt::white);
        pages[static_cast<size_t>(i)].paint(painter);
        if (i > 0)
            pageFooter(painter, footer, i + 1, count);
    }
    painter.end();
    stampPdfCreationDate(bytes);
    if (info) {
        info->pages.clear();
        for (const Page& page : pages)
            info->pages << page.title;
    }
    return bytes;
}

} // namespace tariffsim::ui
