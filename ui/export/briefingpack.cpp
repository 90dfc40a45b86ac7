#include "briefingpack.h"

#include "chartexport.h"
#include "exportpainting.h"
#include "ui/charts/chartstyle.h"
#include "ui/document/appdata.h"
#include "ui/document/diversiondata.h"
#include "ui/document/language.h"
#include "ui/document/money.h"
#include "ui/document/scenariodocument.h"

#include "core/figures.h"
#include "core/presets.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QImageReader>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>

#include <cmath>
#include <functional>

namespace tariffsim::ui {

using namespace exportpaint;

namespace {

struct Briefing {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::Briefing)
};

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString signedText(double v, const QString& body)
{
    const QString sign = v < -0.05 ? QStringLiteral("−") : (v > 0.05 ? QStringLiteral("+") : QString());
    return sign + body;
}

QString pct(double v, bool sign)
{
    const QString body = QLocale::c().toString(std::abs(v), 'f', 1) + QLatin1Char('%');
    return sign ? signedText(v, body) : (v < 0 ? QStringLiteral("−") + body : body);
}

// Page frame, in pixels at 96 dpi.
constexpr double kMarginX = 56;
constexpr double kHeader = 60;  // content starts below
constexpr double kFooter = 52;  // content ends above

QRectF contentRect(const QSizeF& page)
{
    return QRectF(kMarginX, kHeader, page.width() - 2 * kMarginX, page.height() - kHeader - kFooter);
}

using PagePainter = std::function<void(QPainter&, const QRectF& content)>;

struct Page {
    QString title;
    bool landscape = false;
    PagePainter paint;
};

struct FrameText {
    QString title;
    QString date;
    BriefingMarks marks;
    QImage logo;
};

void paintFrame(QPainter& p, const QSizeF& page, const FrameText& f, int number, int count)
{
    const QFont small = font(11);
    const QFont mark = font(12, true);
    const QFontMetricsF fm(small, p.device());
    const QFontMetricsF mm(mark, p.device());
    const double width = page.width() - 2 * kMarginX;
    p.save();
    // Header: logo and organisation left, marking centred, date right.
    double left = kMarginX;
    if (!f.logo.isNull()) {
        const double h = 26;
        const double w = h * f.logo.width() / std::max(1, f.logo.height());
        p.drawImage(QRectF(left, 14, std::min(w, 120.0), h), f.logo);
        left += std::min(w, 120.0) + 8;
    }
    p.setFont(small);
    p.setPen(kSecondary);
    const double headerBase = 32;
    const double sideWidth = width / 2 - mm.horizontalAdvance(f.marks.marking) / 2 - 12;
    if (!f.marks.organisation.isEmpty())
        p.drawText(QPointF(left, headerBase),
                   fm.elidedText(f.marks.organisation, Qt::ElideRight, sideWidth - (left - kMarginX)));
    p.drawText(QPointF(page.width() - kMarginX - fm.horizontalAdvance(f.date), headerBase), f.date);
    if (!f.marks.marking.isEmpty()) {
        p.setFont(mark);
        p.setPen(kText);
        p.drawText(QPointF((page.width() - mm.horizontalAdvance(f.marks.marking)) / 2, headerBase), f.marks.marking);
    }
    p.setPen(QPen(kRule, 1));
    p.drawLine(QPointF(kMarginX, 44), QPointF(page.width() - kMarginX, 44));
    // Footer: title left, marking centred, "Page n of N" right.
    const double footerBase = page.height() - 20;
    p.drawLine(QPointF(kMarginX, page.height() - 40), QPointF(page.width() - kMarginX, page.height() - 40));
    p.setFont(small);
    p.setPen(kMuted);
    const QString pageText = Briefing::tr("Page %1 of %2").arg(number).arg(count);
    p.drawText(QPointF(page.width() - kMarginX - fm.horizontalAdvance(pageText), footerBase), pageText);
    p.drawText(QPointF(kMarginX, footerBase), fm.elidedText(f.title, Qt::ElideRight, sideWidth));
    if (!f.marks.marking.isEmpty()) {
        p.setFont(mark);
        p.setPen(kText);
        p.drawText(QPointF((page.width() - mm.horizontalAdvance(f.marks.marking)) / 2, footerBase), f.marks.marking);
    }
    p.restore();
}

// Title and subtitle of a page; returns the y below them.
double pageHeading(QPainter& p, const QRectF& c, const QString& title, const QString& subtitle)
{
    double y = c.top() + 8;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), title, font(26, true), kText, 2) + 2;
    if (!subtitle.isEmpty())
        y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), subtitle, font(14), kSecondary, 3);
    return y + 14;
}

QString noChangeBaselineDefinition(const ScenarioDocument& doc)
{
    return Briefing::tr("No-change baseline: the trade the model projects had every tariff stayed at its level on %1, with "
              "the same seasonal pattern and trend; the figures are the scenario minus this baseline.")
        .arg(formatDay(doc.parameters().referenceDate));
}

QString comparisonNote(const ScenarioDocument& doc, const BriefingPackOptions& o)
{
    if (o.comparison)
        return Briefing::tr("Figures are for scenario “%1” against the no-change baseline, and against %2 where they differ.")
            .arg(scenarioDisplayName(doc), o.comparison->name);
    return Briefing::tr("Figures are for scenario “%1” against the no-change baseline.").arg(scenarioDisplayName(doc));
}

// Numbered findings from `y` down; returns the y below them.
double paintFindings(QPainter& p, const QRectF& c, double y, const std::vector<core::KeyFinding>& findings,
                     const std::map<ChartId, int>& figures, double size, double bottom)
{
    const QFont f = font(size);
    const QFont num = font(size, true);
    for (size_t i = 0; i < findings.size(); ++i) {
        const QString text = findingSentence(findings[i], figures);
        const QStringList lines = wrapLines(text, f, c.width() - 30, p.device(), 8);
        const double h = lineHeight(f, p.device()) * static_cast<double>(lines.size());
        if (y + h > bottom)
            break;
        drawLines(p, QPointF(c.left(), y), {QStringLiteral("%1.").arg(i + 1)}, num, kAccent);
        drawLines(p, QPointF(c.left() + 30, y), lines, f, kText);
        y += h + size * 0.6;
    }
    return y;
}

void keyFindingsPage(QPainter& p, const QRectF& c, const ScenarioDocument& doc, const BriefingPackOptions& o,
                     const std::vector<core::KeyFinding>& findings, const std::map<ChartId, int>& figures)
{
    double y = c.top() + 20;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), Briefing::tr("BRIEFING"), font(14, true), kAccent, 1) + 6;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), o.title, font(30, true), kText, 3) + 4;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), o.subtitle, font(18), kSecondary, 2) + 8;
    QStringList by;
    if (!o.marks.author.isEmpty())
        by << o.marks.author;
    if (!o.marks.organisation.isEmpty())
        by << o.marks.organisation;
    by << formatDay(o.exportDate);
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), by.join(QStringLiteral(" · ")), font(13), kSecondary, 2);
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0),
                     Briefing::tr("Current rates and truces as of %1").arg(formatDay(doc.asOfDate())), font(13), kMuted, 1);
    y += 18;
    p.fillRect(QRectF(c.left(), y, c.width(), 2), kAccent);
    y += 16;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), Briefing::tr("Key findings"), font(20, true), kText, 1) + 10;
    const double bottom = c.bottom() - 120;
    y = paintFindings(p, c, y, findings, figures, 15, bottom) + 8;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), comparisonNote(doc, o), font(12), kSecondary, 3) + 4;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), noChangeBaselineDefinition(doc), font(12), kSecondary, 4);
    const QString notes = dataText(doc.scenario().notes).trimmed();
    if (!notes.isEmpty() && y + 40 < c.bottom())
        drawWrapped(p, QRectF(c.left(), y + 10, c.width(), 0), Briefing::tr("About the scenario: %1").arg(notes), font(12), kMuted,
                    std::max(1, static_cast<int>((c.bottom() - y - 10) / lineHeight(font(12), p.device()))));
}

struct Band {
    double value = 0, low = 0, high = 0;
};

// "range −189.4 to −27.2" (in the unit of the amount above it, formatUsdBn's
// figure without its unit): short enough not to break inside a number in a
// narrow column.
QString bandText(const Band& b, bool sign)
{
    const auto n = [sign](double usdBn) {
        // signedText's ±0.05 bn is where the figure rounds to 0 in both units
        // (0.0 bn; 0 亿).
        const QString body = usdBnFigure(usdBn, 1);
        return sign ? signedText(usdBn, body) : body;
    };
    return Briefing::tr("range %1 to %2").arg(n(std::min(b.low, b.high)), n(std::max(b.low, b.high)));
}

void headlinePage(QPainter& p, const QRectF& c, const ScenarioDocument& doc, const QString& refs)
{
    const core::Projection& proj = doc.projection();
    const auto [firstM, lastM] = core::firstFullYear(doc.scenario(), proj);
    const core::YearMonth end = proj.first.addMonths(proj.months - 1);
    const QString yearLabel = qs(core::periodLabel(firstM, lastM));
    const QString allLabel = qs(core::periodLabel(core::kHeadlineFirstMonth, end));
    double y = pageHeading(p, c, Briefing::tr("Headline figures"),
                           Briefing::tr("Scenario “%1”: trade against the no-change baseline and duties collected, %2 on "
                              "the China-customs basis, each with its range")
                               .arg(scenarioDisplayName(doc), usdBnUnit()));
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), noChangeBaselineDefinition(doc), font(12), kSecondary, 4) + 12;

    struct Row {
        QString label;
        Band year, average, total;
        bool sign = true;
        QString pctNote;
    };
    std::vector<Row> rows;
    for (core::Flow f : {core::Flow::ChinaToUs, core::Flow::UsToChina}) {
        const core::PeriodChange a = core::periodChange(proj, f, firstM, lastM);
        const core::PeriodChange t = core::periodChange(proj, f, core::kHeadlineFirstMonth, end);
        const double years = t.months / 12.0;
        Row r;
        r.label = f == core::Flow::ChinaToUs ? Briefing::tr("China's exports to the US against the no-change baseline")
                                             : Briefing::tr("US exports to China against the no-change baseline");
        r.year = {a.changeUsdBn(), a.changeLowUsdBn(), a.changeHighUsdBn()};
        r.total = {t.changeUsdBn(), t.changeLowUsdBn(), t.changeHighUsdBn()};
        r.average = {r.total.value / years, r.total.low / years, r.total.high / years};
        r.pctNote = Briefing::tr("%1 in %2; %3 over %4").arg(pct(a.changePct(), true), yearLabel, pct(t.changePct(), true), allLabel);
        rows.push_back(r);
    }
    for (core::Flow f : {core::Flow::ChinaToUs, core::Flow::UsToChina}) {
        const core::PeriodChange a = core::periodChange(proj, f, firstM, lastM);
        const core::PeriodChange t = core::periodChange(proj, f, core::kHeadlineFirstMonth, end);
        const double years = t.months / 12.0;
        Row r;
        r.label = f == core::Flow::ChinaToUs ? Briefing::tr("Duties collected by the US on Chinese goods")
                                             : Briefing::tr("Duties collected by China on US goods");
        r.sign = false;
        r.year = {a.dutiesUsdBn, a.dutiesLowUsdBn, a.dutiesHighUsdBn};
        r.total = {t.dutiesUsdBn, t.dutiesLowUsdBn, t.dutiesHighUsdBn};
        r.average = {r.total.value / years, r.total.low / years, r.total.high / years};
        rows.push_back(r);
    }
    const double labelW = c.width() * 0.34;
    const double colW = (c.width() - labelW) / 3;
    const QFont head = font(12, true), value = font(17, true), small = font(11);
    const QString headers[] = {Briefing::tr("First full year (%1)").arg(yearLabel),
                               Briefing::tr("Average year (%1)").arg(allLabel), Briefing::tr("Cumulative (%1)").arg(allLabel)};
    double hy = 0;
    for (int k = 0; k < 3; ++k)
        hy = std::max(hy, drawWrapped(p, QRectF(c.left() + labelW + k * colW, y, colW - 10, 0), headers[k], head,
                                      kSecondary, 2));
    y += hy + 6;
    p.save();
    p.setPen(QPen(kRule, 1));
    p.drawLine(QPointF(c.left(), y), QPointF(c.right(), y));
    p.restore();
    y += 8;
    for (const Row& r : rows) {
        double h = drawWrapped(p, QRectF(c.left(), y, labelW - 12, 0), r.label, font(13, true), kText, 3);
        if (!r.pctNote.isEmpty())
            h += drawWrapped(p, QRectF(c.left(), y + h + 2, labelW - 12, 0), r.pctNote, small, kMuted, 2) + 2;
        const Band* cells[] = {&r.year, &r.average, &r.total};
        for (int k = 0; k < 3; ++k) {
            const double x = c.left() + labelW + k * colW;
            double ch = drawWrapped(p, QRectF(x, y, colW - 10, 0), formatUsdBn(cells[k]->value, 1, r.sign), value, kText, 1);
            ch += drawWrapped(p, QRectF(x, y + ch, colW - 10, 0), bandText(*cells[k], r.sign), small, kMuted, 2);
            h = std::max(h, ch);
        }
        y += h + 8;
        p.save();
        p.setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 1));
        p.drawLine(QPointF(c.left(), y), QPointF(c.right(), y));
        p.restore();
        y += 8;
    }
    // Where the trade went, over the whole projection (the headline strip's figures).
    const core::DiversionFigures d = core::diversionFigures(documentDiversion(doc));
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), Briefing::tr("Where the trade went"), font(13, true), kText, 1) + 2;
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0),
                     Briefing::tr("Trade diverted to the other suppliers (Mexico, Taiwan, India, ASEAN), %1: %2 (US imports from "
                        "them against their no-change baseline, US Census basis). China's exports to other markets: %3 "
                        "(China customs basis). Trade rerouted, the estimated Chinese goods or content in the diverted "
                        "trade: %4, %5 (an estimate).")
                         .arg(allLabel, formatUsdBn(d.divertedUsdBn, 1, true), formatUsdBn(d.redirectedUsdBn, 1, true),
                              formatUsdBn(d.reroutedUsdBn, 1, false),
                              bandText({d.reroutedUsdBn, d.reroutedLowUsdBn, d.reroutedHighUsdBn}, false)),
                     font(12), kText, 4)
        + 12;
    // Rates on the as-of day and the truce.
    const Headline h = headline(doc);
    QStringList facts;
    facts << Briefing::tr("Average US tariff on Chinese goods on %1: %2; China's on US goods: %3 (trade-weighted, set by law: "
                "no range).")
                 .arg(formatDay(doc.asOfDate()), pct(h.usRatePct, false), pct(h.chinaRatePct, false));
    if (h.truceRunning && !h.trucePastRecord)
        facts << Briefing::tr("Truce running: %1 days left; the suspended points return on %2%3.")
                     .arg(h.truceDaysLeft)
                     .arg(formatDay(h.truceEnd), h.truceEndAssumed ? Briefing::tr(" (end assumed by the scenario)") : QString());
    else if (h.truceRunning)
        facts << Briefing::tr("Truce: its recorded end was %1; the scenario assumes the suspension continues.")
                     .arg(formatDay(h.truceRecordedEnd));
    facts << Briefing::tr("Range: the lowest and highest projection with the elasticity and adjustment speed at the ends of "
                "their literature ranges (see “How to read these figures”). Duty ranges scale each month's duties "
                "with its trade (an estimate).");
    if (!refs.isEmpty())
        facts << Briefing::tr("Sources: %1.").arg(refs);
    for (const QString& f : facts)
        y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), f, font(12), kSecondary, 4) + 4;
    y += 14;

    // How to read these figures: the model in half a page.
    const core::ModelParameters& mp = doc.parameters();
    const auto& us = mp.flow(core::Flow::ChinaToUs);
    const auto& cn = mp.flow(core::Flow::UsToChina);
    const auto num = [](double v, int d) { return QLocale::c().toString(v, 'f', d); };
    y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), Briefing::tr("How to read these figures"), font(17, true), kText, 1) + 6;
    const QStringList paragraphs = {
        Briefing::tr("The model projects each flow month by month. Its long-run trade elasticity says how strongly trade "
           "responds to a tariff: with an elasticity of %1 for China's exports to the US (%2 to %3 in the literature) "
           "and %4 for US exports to China (%5 to %6), a duty that raises the duty-inclusive price by 1% lowers the "
           "flow in the long run by about %1% and %4%. Trade closes %7 and %8 of the gap to that long-run level each "
           "month, so most of the response comes within a year; importers pull orders forward in the %9 months "
           "before a scheduled rise.")
            .arg(num(us.elasticity.value, 2), num(us.elasticity.low, 1), num(us.elasticity.high, 1),
                 num(cn.elasticity.value, 2), num(cn.elasticity.low, 1), num(cn.elasticity.high, 1),
                 QStringLiteral("%1%").arg(num(100 * us.adjustmentSpeed.value, 0)),
                 QStringLiteral("%1%").arg(num(100 * cn.adjustmentSpeed.value, 0)))
            .arg(mp.frontLoadingMonths),
        Briefing::tr("Duties are the average tariff times the projected trade; import prices rise by %1 of the tariff "
           "(pass-through). Tariff rates come from the dated legal record and the scenario's changes; they are inputs, "
           "not estimates.")
            .arg(QStringLiteral("%1%").arg(num(100 * mp.passThrough.value, 0))),
        Briefing::tr("The range is not a confidence interval: it is the lowest and highest of the projections with the "
           "elasticity and the adjustment speed at the ends of their literature ranges. A wide range means the figure "
           "depends on how strongly trade responds; the central figure uses the values fitted to the months China "
           "customs has reported, drawn as points in Figure 2."),
    };
    for (const QString& para : paragraphs)
        y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), para, font(12.5), kText,
                         std::max(1, static_cast<int>((c.bottom() - y) / lineHeight(font(12.5), p.device())))) + 6;
}

// Rows of the assumptions table split into pages of `content`.
std::vector<PagePainter> assumptionPages(const ScenarioDocument& doc, const BriefingPackOptions& o, const QRectF& content,
                                         QPaintDevice* device)
{
    struct Row {
        bool heading = false;
        QString section;
        QStringList name, value, range, note;
        double height = 0;
    };
    const QFont cell = font(11);
    const QFont head = font(11, true);
    const QFont section = font(13, true);
    const double lh = lineHeight(cell, device);
    const double w = content.width();
    const double cols[] = {content.left(), content.left() + w * 0.27, content.left() + w * 0.45,
                           content.left() + w * 0.58, content.right()};
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
        r.name = wrapLines(a.name, cell, cols[1] - cols[0] - 10, device, 4);
        r.value = wrapLines(a.value, cell, cols[2] - cols[1] - 10, device, 4);
        r.range = wrapLines(a.range, cell, cols[3] - cols[2] - 10, device, 2);
        r.note = wrapLines(a.note, cell, cols[4] - cols[3], device, 10);
        const qsizetype lines = std::max({r.name.size(), r.value.size(), r.range.size(), r.note.size(), qsizetype(1)});
        r.height = static_cast<double>(lines) * lh + 8;
        rows.push_back(r);
    }
    const double top = content.top() + 92;
    const double bottom = content.bottom() - 4;
    std::vector<std::vector<Row>> pages(1);
    double y = top;
    for (const Row& r : rows) {
        const double need = r.heading ? r.height + lh + 8 : r.height; // a heading never ends a page
        if (y + need > bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = top;
        }
        pages.back().push_back(r);
        y += r.height;
    }
    std::vector<PagePainter> out;
    for (size_t i = 0; i < pages.size(); ++i) {
        out.push_back([=, rows = pages[i]](QPainter& p, const QRectF& c) {
            pageHeading(p, c, i == 0 ? Briefing::tr("Assumptions") : Briefing::tr("Assumptions (continued)"),
                        Briefing::tr("Model parameters with their literature ranges, truces, rate changes and data"));
            double y = top - 24;
            p.save();
            p.setFont(head);
            p.setPen(kSecondary);
            const QString headers[] = {Briefing::tr("Assumption"), Briefing::tr("Value"), Briefing::tr("Range"), Briefing::tr("Source or note")};
            for (int k = 0; k < 4; ++k)
                p.drawText(QPointF(cols[k], y + QFontMetricsF(head, p.device()).ascent()), headers[k]);
            p.setPen(QPen(kRule, 1));
            p.drawLine(QPointF(c.left(), top - 4), QPointF(c.right(), top - 4));
            p.restore();
            y = top;
            for (const Row& r : rows) {
                if (r.heading) {
                    drawLines(p, QPointF(c.left(), y + 6), {r.section}, section, kAccent);
                } else {
                    drawLines(p, QPointF(cols[0], y + 4), r.name, cell, kText);
                    drawLines(p, QPointF(cols[1], y + 4), r.value, cell, kText);
                    drawLines(p, QPointF(cols[2], y + 4), r.range, cell, kSecondary);
                    drawLines(p, QPointF(cols[3], y + 4), r.note, cell, kMuted);
                    p.save();
                    p.setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 1));
                    p.drawLine(QPointF(c.left(), y + r.height), QPointF(c.right(), y + r.height));
                    p.restore();
                }
                y += r.height;
            }
        });
    }
    return out;
}

void glossaryPage(QPainter& p, const QRectF& c)
{
    double y = pageHeading(p, c, Briefing::tr("Glossary"), Briefing::tr("The terms this briefing uses"));
    const std::pair<QString, QString> terms[] = {
        {Briefing::tr("Average tariff"), Briefing::tr("The duty on one side's goods averaged over products with weights from base-year "
                                  "trade (trade-weighted), in percent ad valorem.")},
        {Briefing::tr("No-change baseline"), Briefing::tr("The trade projected had every tariff stayed at its level on the reference day "
                                      "(20 January 2025 unless the scenario says otherwise).")},
        {Briefing::tr("Scenario"), Briefing::tr("The dated legal record of tariffs and truces with the analyst's changes: rates, truce "
                            "dates, model parameters.")},
        {Briefing::tr("Comparison"), Briefing::tr("What the key findings also measure the scenario against: the base preset (the scenario "
                              "without its rate changes) or a pinned scenario.")},
        {Briefing::tr("Range"), Briefing::tr("The lowest and highest projection with the trade elasticity and adjustment speed at the ends "
                         "of their literature ranges; not a confidence interval.")},
        {Briefing::tr("Elasticity"), Briefing::tr("How much trade falls in the long run when a tariff raises the duty-inclusive price by 1%.")},
        {Briefing::tr("Adjustment speed"), Briefing::tr("The share of the gap between current and long-run trade closed each month.")},
        {Briefing::tr("Pass-through"), Briefing::tr("The share of a tariff that shows in the duty-inclusive import price.")},
        {Briefing::tr("Front-loading"), Briefing::tr("Orders pulled forward ahead of a scheduled tariff rise, and the dip after it.")},
        {Briefing::tr("Truce"), Briefing::tr("A suspension of part of a tariff (points) for a fixed period, possibly extended.")},
        {Briefing::tr("Snap-back"), Briefing::tr("The suspended points returning on the day a truce ends.")},
        {Briefing::tr("MFN"), Briefing::tr("Most-favoured-nation duty: the ordinary tariff each side charges every WTO member.")},
        {Briefing::tr("Section 301"), Briefing::tr("US trade law under which the 2018–2019 tariffs on Chinese goods (Lists 1–4) and their "
                               "2024 review were imposed.")},
        {Briefing::tr("Section 232"), Briefing::tr("US law allowing duties on imports that threaten national security (steel, aluminium, "
                               "autos, and others).")},
        {Briefing::tr("IEEPA duties"), Briefing::tr("Duties under the International Emergency Economic Powers Act: the “fentanyl” and "
                                "“reciprocal” tariffs of 2025.")},
        {Briefing::tr("Counter-tariff"), Briefing::tr("China's additional duty on US goods in answer to US tariffs.")},
        {Briefing::tr("China-customs basis"), Briefing::tr("Trade as China's General Administration of Customs (GACC) records it; US "
                                       "Census figures for the same flow differ.")},
        {Briefing::tr("First full year, average year, cumulative"),
         Briefing::tr("The first twelve months from the start of the scenario's changes (2025 when it changes no rate), the "
            "yearly mean over 2025–2030, and the sum over 2025–2030.")},
        {usdBnUnit(), Briefing::tr("Billions of US dollars at current prices.")},
    };
    const QFont term = font(12.5, true), body = font(12.5);
    const double termW = c.width() * 0.26;
    for (const auto& [t, d] : terms) {
        const QStringList tl = wrapLines(t, term, termW - 10, p.device(), 3);
        const QStringList dl = wrapLines(d, body, c.width() - termW, p.device(), 4);
        drawLines(p, QPointF(c.left(), y), tl, term, kText);
        drawLines(p, QPointF(c.left() + termW, y), dl, body, kSecondary);
        y += std::max(tl.size(), dl.size()) * lineHeight(body, p.device()) + 7;
        if (y > c.bottom())
            break;
    }
}

std::vector<PagePainter> sourcePages(const std::vector<Citation>& citations, const QRectF& content, QPaintDevice* device)
{
    struct Line {
        bool heading = false;
        QString number;
        QStringList text;
        QStringList note;
        double height = 0;
    };
    const QFont body = font(10.5);
    const QFont section = font(13, true);
    const double lh = lineHeight(body, device);
    const double numW = 40;
    std::vector<Line> lines;
    for (const QString& kind : citationKinds()) {
        int count = 0;
        for (const Citation& c : citations)
            count += citationKind(c.entry) == kind ? 1 : 0;
        if (count == 0)
            continue;
        Line h;
        h.heading = true;
        h.text = {Briefing::tr("%1 (%2)").arg(citationKindTitle(kind)).arg(count)};
        h.height = lineHeight(section, device) + 10;
        lines.push_back(h);
        for (const Citation& c : citations) {
            if (citationKind(c.entry) != kind)
                continue;
            Line l;
            l.number = QStringLiteral("[%1]").arg(c.number);
            l.text = wrapLines(citationText(c.entry), body, content.width() - numW, device, 3);
            QString note = c.entry.citedFor.mid(0, 2).join(Briefing::tr("; "));
            if (c.entry.citedFor.size() > 2)
                note += Briefing::tr(" and %1 more").arg(c.entry.citedFor.size() - 2);
            if (!note.isEmpty())
                l.note = wrapLines(Briefing::tr("Cited for: %1").arg(note), body, content.width() - numW, device, 2);
            l.height = static_cast<double>(l.text.size() + l.note.size()) * lh + 5;
            lines.push_back(l);
        }
    }
    const double top = content.top() + 78;
    const double bottom = content.bottom() - 4;
    std::vector<std::vector<Line>> pages(1);
    double y = top;
    for (const Line& l : lines) {
        const double need = l.heading ? l.height + 2 * lh : l.height;
        if (y + need > bottom && !pages.back().empty()) {
            pages.emplace_back();
            y = top;
        }
        pages.back().push_back(l);
        y += l.height;
    }
    std::vector<PagePainter> out;
    const int total = static_cast<int>(citations.size());
    for (size_t i = 0; i < pages.size(); ++i) {
        out.push_back([=, page = pages[i]](QPainter& p, const QRectF& c) {
            pageHeading(p, c, i == 0 ? Briefing::tr("Sources") : Briefing::tr("Sources (continued)"),
                        Briefing::tr("The %1 sources the dataset cites, numbered as the figures and tables refer to them and "
                           "grouped by kind: law, official statistics, research, press")
                            .arg(total));
            double y = top;
            for (const Line& l : page) {
                if (l.heading) {
                    drawLines(p, QPointF(c.left(), y + 4), l.text, section, kAccent);
                } else {
                    drawLines(p, QPointF(c.left(), y), {l.number}, body, kText);
                    const double h = drawLines(p, QPointF(c.left() + numW, y), l.text, body, kText);
                    drawLines(p, QPointF(c.left() + numW, y + h), l.note, body, kMuted);
                }
                y += l.height;
            }
        });
    }
    return out;
}

QString shortDate(double ms, bool day)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), QTimeZone::utc()).date();
    return day ? formatDay(d) : formatMonth(core::YearMonth{d.year(), d.month()});
}

} // namespace

// ---------------------------------------------------------------------------

QString paperSizeName(PaperSize paper) { return paper == PaperSize::A4 ? QStringLiteral("a4") : QStringLiteral("letter"); }

std::optional<PaperSize> paperSizeFromName(const QString& name)
{
    if (name == QLatin1String("a4"))
        return PaperSize::A4;
    if (name == QLatin1String("letter"))
        return PaperSize::Letter;
    return std::nullopt;
}

QSizeF paperSizePx(PaperSize paper)
{
    return paper == PaperSize::A4 ? QSizeF(210.0 / 25.4 * 96.0, 297.0 / 25.4 * 96.0) : QSizeF(816, 1056);
}

BriefingMarks savedBriefingMarks()
{
    QSettings s;
    s.beginGroup(QStringLiteral("briefing"));
    BriefingMarks m;
    m.organisation = s.value(QStringLiteral("organisation")).toString();
    m.author = s.value(QStringLiteral("author")).toString();
    m.marking = s.value(QStringLiteral("marking")).toString();
    m.logoPath = s.value(QStringLiteral("logo")).toString();
    return m;
}

void saveBriefingMarks(const BriefingMarks& m)
{
    QSettings s;
    s.beginGroup(QStringLiteral("briefing"));
    s.setValue(QStringLiteral("organisation"), m.organisation);
    s.setValue(QStringLiteral("author"), m.author);
    s.setValue(QStringLiteral("marking"), m.marking);
    s.setValue(QStringLiteral("logo"), m.logoPath);
}

std::optional<BriefingComparison> basePresetComparison(const ScenarioDocument& doc)
{
    if (doc.scenario().overrides.empty())
        return std::nullopt;
    BriefingComparison c;
    const std::string& id = doc.scenario().basePreset.empty() ? doc.scenario().id : doc.scenario().basePreset;
    const core::Scenario* preset = doc.appData().presets ? doc.appData().presets->find(id) : nullptr;
    c.name = preset ? Briefing::tr("the “%1” preset").arg(dataText(preset->title))
                    : Briefing::tr("the scenario without its rate changes");
    // The base schedule belongs to the document; a copy of the pointer without ownership.
    c.schedule = std::shared_ptr<const core::TariffSchedule>(&doc.baseSchedule(), [](const core::TariffSchedule*) {});
    core::ProjectionOptions po;
    po.bands = false;
    c.projection = std::make_shared<const core::Projection>(core::project(doc.dataset(), doc.baseSchedule(),
                                                                          doc.parameters(), ScenarioDocument::kFirstMonth,
                                                                          ScenarioDocument::kLastMonth, po));
    return c;
}

std::vector<core::KeyFinding> briefingFindings(const ScenarioDocument& doc, const BriefingComparison* comparison)
{
    core::FindingsComparison cmp;
    if (comparison) {
        cmp.name = comparison->name.toStdString();
        cmp.projection = comparison->projection.get();
        cmp.schedule = comparison->schedule.get();
    }
    const auto generated = core::keyFindings(doc.dataset(), doc.scenario(), doc.schedule(), doc.projection(),
                                             doc.asOfDate(), comparison ? &cmp : nullptr);
    return core::applyFindingEdits(generated, doc.scenario().briefing);
}

std::map<ChartId, int> packFigureNumbers()
{
    std::map<ChartId, int> out;
    int n = 0;
    for (ChartId id : allCharts())
        out[id] = ++n;
    return out;
}

QString findingSentence(const core::KeyFinding& k, const std::map<ChartId, int>& figures)
{
    QString text = qs(k.text).trimmed();
    if (k.chart.empty() || text.contains(Briefing::tr("Figure")))
        return text;
    for (const auto& [id, number] : figures) {
        if (chartName(id) != qs(k.chart))
            continue;
        // Before the full stop, Western or Chinese: "... (Figure 2).", "……（见图2）。"
        const QString ref = Briefing::tr("(Figure %1)").arg(number);
        const bool stop = text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002));
        return Briefing::tr("%1 %2", "a finding, then its figure reference").arg(stop ? text.chopped(1) : text, ref)
            + (stop ? text.right(1) : QString());
    }
    return text;
}

BriefingPackOptions defaultBriefingPackOptions(const ScenarioDocument& doc, const QDate& exportDate)
{
    BriefingPackOptions o;
    o.title = Briefing::tr("US–China tariffs: scenario briefing");
    o.subtitle = Briefing::tr("Scenario: %1").arg(scenarioDisplayName(doc));
    o.exportDate = exportDate;
    o.marks = savedBriefingMarks();
    return o;
}

namespace {

// Labels a reader needs on a chart: each main series' peak and end value, the
// last observed month, and a marker on the day the scenario's edits take effect.
void addBriefingLabels(ChartModel& m, const ScenarioDocument& doc)
{
    const bool daily = m.id == ChartId::Tariffs;
    for (const ChartSeries& s : m.series) {
        // Not bands, baselines nor pinned scenarios (drawn in the pins' own styles).
        if (s.points.isEmpty() || s.style == SeriesStyle::Band || s.style == SeriesStyle::Dashed
            || s.style >= SeriesStyle::Dotted)
            continue;
        const auto inRange = [&](const QPointF& pt) { return pt.x() >= m.xMinMs && pt.x() <= m.xMaxMs; };
        if (s.style == SeriesStyle::Points) {
            for (auto it = s.points.crbegin(); it != s.points.crend(); ++it)
                if (inRange(*it)) {
                    m.valueLabels.push_back({it->x(), it->y(),
                                             Briefing::tr("last observed %1: %2").arg(shortDate(it->x(), false),
                                                                            formatChartValue(it->y(), s.unit)),
                                             s.color, s.secondaryAxis});
                    break;
                }
            continue;
        }
        const QPointF* peak = nullptr;
        const QPointF* last = nullptr;
        for (const QPointF& pt : s.points) {
            if (!inRange(pt))
                continue;
            if (!peak || pt.y() > peak->y() + 1e-9)
                peak = &pt;
            last = &pt;
        }
        if (!peak)
            continue;
        // Peaks where a reader looks for one: the tariff path, duties, magnets.
        if (m.id != ChartId::Volumes && peak->y() > last->y() + 1e-9)
            m.valueLabels.push_back({peak->x(), peak->y(),
                                     Briefing::tr("peak %1, %2").arg(formatChartValue(peak->y(), s.unit),
                                                           shortDate(peak->x(), daily)),
                                     s.color, s.secondaryAxis});
        m.valueLabels.push_back({last->x(), last->y(), formatChartValue(last->y(), s.unit), s.color, s.secondaryAxis});
    }
    if (!doc.scenario().overrides.empty() && m.timeAxis) {
        const core::Date day = doc.effectiveDate();
        m.markers.push_back({toMs(day), Briefing::tr("Edits take effect %1").arg(formatDay(day)),
                             Briefing::tr("The scenario's rate changes take effect")});
        // Marker labels give way to the events around them; on the tariff chart
        // the day is also a value label on the US tariff, which always shows.
        if (m.id == ChartId::Tariffs)
            m.valueLabels.push_back({toMs(day), doc.schedule().averageRatePct(core::Direction::UsOnChina, day),
                                     Briefing::tr("edits take effect %1: %2")
                                         .arg(formatDay(day),
                                              formatChartValue(doc.schedule().averageRatePct(
                                                                   core::Direction::UsOnChina, day),
                                                               QStringLiteral("%"))),
                                     palette::usOnChina, false});
    }
}

struct BuiltPack {
    std::vector<Page> pages;
    std::vector<core::KeyFinding> findings;
};

BriefingLayout figureLayout(const ScenarioDocument& doc, const BriefingPackOptions& o, const ChartModel& model,
                            int number, const std::vector<Citation>& citations)
{
    const auto it = o.layouts.find(model.id);
    BriefingLayout layout = it != o.layouts.end() ? it->second : defaultBriefingLayout(doc, model, o.exportDate);
    if (!layout.title.startsWith(Briefing::tr("Figure")))
        layout.title = Briefing::tr("Figure %1: %2").arg(number).arg(layout.title);
    if (const QString refs = formatCitationRefs(chartCitations(citations, model.id)); !refs.isEmpty())
        layout.source += Briefing::tr(" Sources %1 in the list of sources.").arg(refs);
    return layout;
}

BuiltPack buildPack(const ScenarioDocument& doc, const BriefingPackOptions& o, QPaintDevice* device)
{
    BuiltPack b;
    b.findings = o.findings ? *o.findings : briefingFindings(doc, o.comparison ? &*o.comparison : nullptr);
    const QSizeF portrait = paperSizePx(o.paper);
    const QRectF pc = contentRect(portrait);
    const std::vector<Citation> citations = numberedCitations(doc);
    const auto findings = b.findings;

    if (o.brief) {
        // Figures 1 and 2 of the brief: the tariff path and the trade it moves.
        std::map<ChartId, int> figures{{ChartId::Tariffs, 1}, {ChartId::Volumes, 2}};
        std::vector<std::pair<ChartModel, BriefingLayout>> charts;
        for (const auto& [id, number] : figures) {
            ChartModel m = chartModel(doc, id, o.sectorPeriod);
            addBriefingLabels(m, doc);
            BriefingLayout l;
            l.title = Briefing::tr("Figure %1: %2").arg(number).arg(m.title.isEmpty() ? chartTitle(id) : m.title);
            l.source = sourceLine(doc, id);
            charts.emplace_back(std::move(m), std::move(l));
        }
        b.pages.push_back({Briefing::tr("Brief"), false, [&doc, o, findings, figures, charts](QPainter& p, const QRectF& c) {
                               double y = c.top() + 4;
                               y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), o.title, font(22, true), kText, 2);
                               QStringList by{o.subtitle};
                               if (!o.marks.author.isEmpty())
                                   by << o.marks.author;
                               by << formatDay(o.exportDate);
                               y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), by.join(QStringLiteral(" · ")),
                                                font(12), kSecondary, 2) + 8;
                               y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), Briefing::tr("Key findings"),
                                                font(16, true), kText, 1) + 6;
                               y = paintFindings(p, c, y, findings, figures, 12, c.top() + c.height() * 0.48);
                               y += drawWrapped(p, QRectF(c.left(), y, c.width(), 0), noChangeBaselineDefinition(doc),
                                                font(10.5), kMuted, 3) + 6;
                               const double h = (c.bottom() - y) / 2;
                               for (size_t i = 0; i < charts.size(); ++i)
                                   paintChartPage(p, QRectF(c.left() - 8, y + static_cast<double>(i) * h, c.width() + 16, h),
                                                  charts[i].first, charts[i].second);
                           }});
        return b;
    }

    const std::map<ChartId, int> figures = packFigureNumbers();
    b.pages.push_back({Briefing::tr("Key findings"), false, [&doc, o, findings, figures](QPainter& p, const QRectF& c) {
                           keyFindingsPage(p, c, doc, o, findings, figures);
                       }});
    std::vector<int> tableRefs = chartCitations(citations, ChartId::Revenue);
    const QString refs = formatCitationRefs(tableRefs);
    b.pages.push_back({Briefing::tr("Headline figures"), false,
                       [&doc, refs](QPainter& p, const QRectF& c) { headlinePage(p, c, doc, refs); }});
    for (ChartId id : allCharts()) {
        ChartModel model = chartModel(doc, id, o.sectorPeriod);
        addBriefingLabels(model, doc);
        const int number = figures.at(id);
        const BriefingLayout layout = figureLayout(doc, o, model, number, citations);
        b.pages.push_back({layout.title, true, [model, layout](QPainter& p, const QRectF& c) {
                               paintChartPage(p, c, model, layout);
                           }});
    }
    for (auto& paint : assumptionPages(doc, o, pc, device))
        b.pages.push_back({Briefing::tr("Assumptions"), false, std::move(paint)});
    b.pages.push_back({Briefing::tr("Glossary"), false, [](QPainter& p, const QRectF& c) { glossaryPage(p, c); }});
    for (auto& paint : sourcePages(citations, pc, device))
        b.pages.push_back({Briefing::tr("Sources"), false, std::move(paint)});
    return b;
}

FrameText frameText(const BriefingPackOptions& o)
{
    FrameText f{o.title, formatDay(o.exportDate), o.marks, {}};
    if (!o.marks.logoPath.isEmpty()) {
        QImageReader reader(o.marks.logoPath);
        reader.setAutoTransform(true);
        f.logo = reader.read();
    }
    return f;
}

QSizeF pageSize(const BriefingPackOptions& o, bool landscape)
{
    const QSizeF portrait = paperSizePx(o.paper);
    return landscape ? portrait.transposed() : portrait;
}

QPageLayout pageLayout(const BriefingPackOptions& o, bool landscape)
{
    const QPageSize size(o.paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter);
    return QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

QByteArray pdfHexString(const QString& text)
{
    QByteArray out = "<FEFF";
    for (const QChar ch : text)
        out += QByteArray::number(ch.unicode() | 0x10000, 16).mid(1).toUpper();
    return out + '>';
}

} // namespace

QByteArray renderBriefingPack(const ScenarioDocument& doc, const BriefingPackOptions& options, BriefingPackInfo* info)
{
    BriefingPackOptions o = options;
    if (!o.comparison && !o.findings)
        o.comparison = basePresetComparison(doc);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(96);
    pdf.setTitle(o.title);
    pdf.setCreator(QStringLiteral("tariffsim"));

    const BuiltPack b = buildPack(doc, o, &pdf);
    const FrameText frame = frameText(o);
    const int count = static_cast<int>(b.pages.size());
    pdf.setPageLayout(pageLayout(o, count > 0 && b.pages.front().landscape));
    QPainter painter(&pdf);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (int i = 0; i < count; ++i) {
        const Page& page = b.pages[static_cast<size_t>(i)];
        if (i > 0) {
            pdf.setPageLayout(pageLayout(o, page.landscape));
            pdf.newPage();
        }
        const QSizeF size = pageSize(o, page.landscape);
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        paintFrame(painter, size, frame, i + 1, count);
        page.paint(painter, contentRect(size));
    }
    painter.end();
    stampPdfCreationDate(bytes);
    addPdfDocumentInfo(bytes, o.marks.author.isEmpty() ? o.marks.organisation : o.marks.author,
                       o.brief ? Briefing::tr("One-page brief on scenario “%1”: key findings and two charts")
                                     .arg(scenarioDisplayName(doc))
                               : Briefing::tr("Briefing on scenario “%1”: key findings, headline figures, charts, assumptions "
                                    "and sources")
                                     .arg(scenarioDisplayName(doc)));
    if (info) {
        info->pages.clear();
        info->landscape.clear();
        for (const Page& page : b.pages) {
            info->pages << page.title;
            info->landscape.push_back(page.landscape);
        }
        info->findings = b.findings;
    }
    return bytes;
}

std::vector<QImage> renderBriefingPreview(const ScenarioDocument& doc, const BriefingPackOptions& options, int count,
                                          double pixelsPerPx)
{
    BriefingPackOptions o = options;
    if (!o.comparison && !o.findings)
        o.comparison = basePresetComparison(doc);
    QImage metrics(8, 8, QImage::Format_RGB32);
    const BuiltPack b = buildPack(doc, o, &metrics);
    const FrameText frame = frameText(o);
    std::vector<QImage> out;
    const int total = static_cast<int>(b.pages.size());
    for (int i = 0; i < std::min(count, total); ++i) {
        const Page& page = b.pages[static_cast<size_t>(i)];
        const QSizeF size = pageSize(o, page.landscape);
        QImage image((size * pixelsPerPx).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        p.scale(pixelsPerPx, pixelsPerPx);
        paintFrame(p, size, frame, i + 1, total);
        page.paint(p, contentRect(size));
        p.end();
        out.push_back(std::move(image));
    }
    return out;
}

std::vector<BriefingSlide> renderBriefingSlides(const ScenarioDocument& doc, const BriefingPackOptions& o, QSize size)
{
    std::vector<BriefingSlide> out;
    const std::map<ChartId, int> figures = packFigureNumbers();
    for (ChartId id : allCharts()) {
        ChartModel model = chartModel(doc, id, o.sectorPeriod);
        addBriefingLabels(model, doc);
        const auto it = o.layouts.find(id);
        BriefingLayout layout = it != o.layouts.end() ? it->second : defaultBriefingLayout(doc, model, o.exportDate);
        layout.title = Briefing::tr("Figure %1: %2").arg(figures.at(id)).arg(layout.title);
        BriefingSlide s;
        s.baseName = QStringLiteral("figure-%1-%2").arg(figures.at(id)).arg(chartName(id));
        s.png = encodePng(renderPng(model, size, 1, layout));
        s.svg = renderSvg(model, size, layout);
        out.push_back(std::move(s));
    }
    return out;
}

void addPdfDocumentInfo(QByteArray& pdf, const QString& author, const QString& subject)
{
    // QPdfWriter writes one classic cross-reference table and an /Info
    // dictionary that starts "<<\n/Title ". The keys go in front of /Title and
    // every object after them moves by the inserted length.
    const qsizetype title = pdf.indexOf("<<\n/Title ");
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (title < 0 || xref < title || startxref < xref)
        return;
    QByteArray insert;
    if (!author.isEmpty())
        insert += "/Author " + pdfHexString(author) + '\n';
    if (!subject.isEmpty())
        insert += "/Subject " + pdfHexString(subject) + '\n';
    if (insert.isEmpty())
        return;
    const qsizetype at = title + 3;
    const qsizetype delta = insert.size();
    // The table: "xref\n0 N\n" then N entries of 20 bytes "oooooooooo ggggg n \n".
    qsizetype pos = xref + 6;
    const qsizetype lineEnd = pdf.indexOf('\n', pos);
    const QList<QByteArray> head = pdf.mid(pos, lineEnd - pos).split(' ');
    if (head.size() != 2)
        return;
    bool ok = false;
    const int entries = head[1].toInt(&ok);
    if (!ok || lineEnd + 1 + qsizetype(entries) * 20 > startxref)
        return;
    pos = lineEnd + 1;
    for (int i = 0; i < entries; ++i, pos += 20) {
        if (pdf.at(pos + 17) != 'n')
            continue;
        const qint64 offset = pdf.mid(pos, 10).toLongLong(&ok);
        if (ok && offset > at)
            pdf.replace(pos, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
    }
    const qsizetype numberStart = startxref + 10;
    const qsizetype numberEnd = pdf.indexOf('\n', numberStart);
    const qint64 oldStart = pdf.mid(numberStart, numberEnd - numberStart).toLongLong(&ok);
    if (!ok)
        return;
    pdf.replace(numberStart, numberEnd - numberStart, QByteArray::number(oldStart + delta));
    pdf.insert(at, insert);
}

} // namespace tariffsim::ui
