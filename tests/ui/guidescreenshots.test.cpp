// The screenshots of the user guide (docs/guide.md), taken from the real window
// so they show the program as it is. Hidden from the default run by its tag;
// scripts/guide-screenshots runs it with TARIFFSIM_GUIDE_IMAGES naming the folder
// to write to (docs/images).
#include "ui/comparison/comparisonpanel.h"
#include "ui/document/scenariodocument.h"
#include "ui/charts/chartview.h"
#include "ui/export/exportdialog.h"
#include "ui/document/language.h"
#include "ui/mainwindow.h"
#include "ui/widgets/headlinestrip.h"
#include "ui/widgets/tariffcontrols.h"
#include "ui/widgets/timelinewidget.h"
#include "windowtest.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QScrollArea>
#include <QSettings>
#include <QTest>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

// Lets timers (previews, refreshes) run for `ms` milliseconds.
void wait(MainWindow& window, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    test::settle(window);
}

// The image in 256 colours: the most frequent ones, each other pixel (the edges of
// anti-aliased text and lines) given the nearest of them. A window has few large
// areas of colour, so this keeps them exact and the files small; Qt's own
// conversion uses a fixed palette that shifts the chart colours.
QImage quantize(const QImage& rgb)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x] | 0xff000000u];
    }
    std::vector<std::pair<int, QRgb>> byCount;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount.emplace_back(it.value(), it.key());
    // Ties broken by colour, so that the same image gives the same file.
    std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    // Near-duplicates (the shades of anti-aliasing) only once palette room is left,
    // so that a colour of a small area (a green line) keeps its own entry.
    QList<QRgb> palette;
    const auto distance = [](QRgb a, QRgb b) {
        const long dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
        return dr * dr + dg * dg + db * db;
    };
    for (const long minDistance : {3L * 10 * 10, 0L})
        for (const auto& [count, c] : byCount) {
            if (palette.size() == 256)
                break;
            bool distinct = !palette.contains(c);
            for (int i = 0; distinct && minDistance > 0 && i < palette.size(); ++i)
                distinct = distance(c, palette[i]) >= minDistance;
            if (distinct)
                palette << c;
        }
    QHash<QRgb, uchar> index;
    const auto nearest = [&palette](QRgb c) {
        int best = 0;
        long bestDistance = -1;
        for (int i = 0; i < palette.size(); ++i) {
            const long dr = qRed(c) - qRed(palette[i]), dg = qGreen(c) - qGreen(palette[i]),
                       db = qBlue(c) - qBlue(palette[i]);
            const long d = dr * dr + dg * dg + db * db;
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return static_cast<uchar>(best);
    };
    QImage out(rgb.size(), QImage::Format_Indexed8);
    out.setColorTable(palette);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb c = line[x] | 0xff000000u;
            auto it = index.constFind(c);
            if (it == index.constEnd())
                it = index.insert(c, nearest(c));
            dst[x] = it.value();
        }
    }
    return out;
}

// Writes a grab as docs/images/guide-NAME.png, scaled down to `maxWidth` at most.
void save(const QPixmap& grab, const QString& name, int maxWidth)
{
    REQUIRE_FALSE(grab.isNull());
    QImage image = grab.toImage().convertToFormat(QImage::Format_RGB32);
    if (image.width() > maxWidth)
        image = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    image = quantize(image);
    const QString path = QDir(qEnvironmentVariable("TARIFFSIM_GUIDE_IMAGES")).filePath(QStringLiteral("guide-%1.png").arg(name));
    INFO(path.toStdString());
    REQUIRE(image.save(path, "PNG", 0));
}

// The window's area covering two of its widgets.
QRect areaOf(QWidget* window, QWidget* a, QWidget* b)
{
    const QRect ra(a->mapTo(window, QPoint(0, 0)), a->size());
    const QRect rb(b->mapTo(window, QPoint(0, 0)), b->size());
    return ra.united(rb);
}

} // namespace

TEST_CASE("Screenshots of the user guide", "[.guide-screenshots]")
{
    REQUIRE_FALSE(qEnvironmentVariable("TARIFFSIM_GUIDE_IMAGES").isEmpty());
    QSettings().clear();
    // TARIFFSIM_GUIDE_LANG=zh_CN: the Chinese guide's images (docs/images/zh_CN).
    const QString language = qEnvironmentVariable("TARIFFSIM_GUIDE_LANG", QStringLiteral("en"));
    const ScopedLanguage inLanguage(language);
    REQUIRE(inLanguage.applied());
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    wait(window, 500);

    // Read the present: the whole window on the as-enacted scenario.
    save(window.grab(), QStringLiteral("window"), 1366);

    // Build a scenario: the reciprocal duty brought back at 34% from the effective date.
    TariffControls* controls = window.tariffControls();
    QDoubleSpinBox* reciprocal = controls->spinBox("us_reciprocal");
    REQUIRE(reciprocal);
    reciprocal->setValue(34);
    wait(window, 300);
    auto* tariffDock = window.findChild<QDockWidget*>(QStringLiteral("dock-tariffs"));
    REQUIRE(tariffDock);
    if (auto* scroll = tariffDock->findChild<QScrollArea*>()) {
        scroll->ensureWidgetVisible(reciprocal, 0, 120);
        QCoreApplication::processEvents();
    }
    save(tariffDock->grab(), QStringLiteral("tariffs"), 900);

    // The China side's truce selected and extended by 90 days with the E key.
    TimelineWidget* timeline = window.timeline();
    timeline->selectTruce(1);
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_E);
    wait(window, 300);
    save(window.grab(areaOf(&window, window.headlineStrip(), timeline)), QStringLiteral("timeline"), 1000);

    // Compare: the Geneva-lapses preset pinned beside the edited scenario.
    REQUIRE(window.comparisonPanel()->pinPreset("geneva-snapback"));
    window.comparisonPanel()->show();
    wait(window, 500);
    save(window.comparisonPanel()->grab(), QStringLiteral("compare"), 1366);
    // The tariff chart with its legend (the pin's dotted line keyed), the dock
    // kept low enough to leave the chart its height.
    window.resizeDocks({window.comparisonPanel()}, {170}, Qt::Vertical);
    wait(window, 300);
    save(window.chartView(ChartId::Tariffs)->parentWidget()->grab(), QStringLiteral("compare-chart"), 1000);

    // Brief: the Export dialog on the tariff chart.
    ExportDialog dialog(
        window.document(),
        [&window](ChartId id) {
            window.flushRefresh();
            return window.chartView(id)->model();
        },
        ChartId::Tariffs, &window);
    dialog.show();
    wait(window, 800);
    save(dialog.grab(), QStringLiteral("export"), 1000);
}
