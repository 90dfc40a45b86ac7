#include "uibench.h"

#include "harness.h"

#include "synthetic.h"

#include "ui/charts/chartview.h"
#include "ui/document/appdata.h"
#include "ui/document/language.h"
#include "ui/mainwindow.h"
#include "ui/widgets/tariffcontrols.h"
#include "ui/widgets/timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QProcess>
#include <QSlider>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <set>

namespace tariffsim::bench {

namespace {

// Processes events until every chart has painted since `before`. With `updates`,
// only the charts whose content changed since then (a chart whose data did not
// move is not repainted) are waited for.
void waitForPaints(const std::vector<ui::ChartView*>& views, const std::vector<int>& before,
                   const std::vector<int>* updates = nullptr)
{
    QElapsedTimer guard;
    guard.start();
    for (;;) {
        bool all = true;
        for (size_t i = 0; i < views.size(); ++i)
            if (!updates || views[i]->modelUpdates() > (*updates)[i])
                all = all && views[i]->paintCount() > before[i];
        if (all || guard.elapsed() > 5000)
            return;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

} // namespace

namespace {

constexpr int kInputIntervalMs = 20;

// The synthetic dataset of 5,000 sectors a flow (synthetic.h) with one preset.
const ui::AppData& synthetic5000()
{
    static const std::unique_ptr<ui::AppData> data = ui::makeAppData(
        syntheticDataset(5000),
        {{"as-enacted.tariffsim.json",
          R"({"format": "tariffsim-scenario", "version": 3, "id": "as-enacted", "title": "Synthetic, 5,000 sectors a flow"})"}});
    return *data;
}

// Opens the 1600x1000 window on `data` with every chart visible, calls `begin`,
// then times 200 calls of `step`, each to the end of the repaint of every chart
// whose content it changed, calls `end` and prints the figures under `name`.
void timeWindowSteps(const char* name, const ui::AppData& data, const std::function<void(ui::MainWindow&)>& begin,
                     const std::function<void(ui::MainWindow&, int)>& step,
                     const std::function<void(ui::MainWindow&)>& end)
{
    // The waits below sleep until an event comes (results from the worker thread,
    // a timer, a paint) rather than spin, so that the worker has the cores; this
    // timer bounds each sleep.
    QTimer wake;
    wake.start(50);
    ui::MainWindow window(data);
    window.resize(1600, 1000);
    window.show();
    std::vector<ui::ChartView*> views;
    for (ui::ChartId id : ui::allCharts())
        views.push_back(window.chartView(id));
    std::vector<int> counts(views.size());
    for (size_t i = 0; i < views.size(); ++i)
        counts[i] = views[i]->paintCount();
    waitForPaints(views, counts);

    begin(window);
    std::vector<double> samples;
    std::vector<int> updates(views.size());
    int repainted = 0;
    QElapsedTimer pace;
    pace.start();
    for (int k = 0; k < 200; ++k) {
        // Steps come as a drag's mouse events do, one per kInputIntervalMs at
        // most: the window refreshes at most once a frame, so steps closer than
        // a frame would time the frame pacing instead of the work.
        while (pace.elapsed() < kInputIntervalMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            QThread::usleep(200);
        }
        pace.start();
        for (size_t i = 0; i < views.size(); ++i) {
            counts[i] = views[i]->paintCount();
            updates[i] = views[i]->modelUpdates();
        }
        QElapsedTimer t;
        t.start();
        step(window, k);
        // The model is computed off the window's thread and the views refresh
        // once per frame: wait for both, then for the repaints they caused.
        QElapsedTimer guard;
        guard.start();
        while (window.refreshPending() && guard.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        waitForPaints(views, counts, &updates);
        samples.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        for (size_t i = 0; i < views.size(); ++i)
            repainted += views[i]->modelUpdates() > updates[i] ? 1 : 0;
    }
    end(window);
    char extra[200];
    std::snprintf(extra, sizeof extra,
                  "window=1600x1000 charts=%zu sectors_per_flow=%zu steps=200 input_interval_ms=%d "
                  "charts_repainted_per_step=%.2f target_p95_ms=16",
                  views.size(), data.dataset.sectorsOf(core::Flow::ChinaToUs).size(), kInputIntervalMs,
                  repainted / 200.0);
    report(name, summarize(samples), extra);
}

} // namespace

namespace {

void sliderSteps(const char* name, const ui::AppData& data, const std::string& measure)
{
    timeWindowSteps(
        name, data, [&](ui::MainWindow& w) { w.tariffControls()->slider(measure)->setSliderDown(true); },
        [&](ui::MainWindow& w, int k) { w.tariffControls()->slider(measure)->setValue((k * 7) % 200); },
        [&](ui::MainWindow& w) { w.tariffControls()->slider(measure)->setSliderDown(false); });
}

void truceDragSteps(const char* name, const ui::AppData& data)
{
    QPoint start;
    timeWindowSteps(
        name, data,
        [&start](ui::MainWindow& w) {
            const QRectF band = w.timeline()->truceRect(0);
            start = QPoint(static_cast<int>(band.left() + 20), static_cast<int>(band.center().y()));
            QTest::mousePress(w.timeline(), Qt::LeftButton, {}, start);
        },
        [&start](ui::MainWindow& w, int k) {
            // back and forth over about 100 px, so every step moves the truce by whole days
            const int step = k + 1;
            const int dx = (step % 100) < 50 ? (step % 50) * 2 : 100 - (step % 50) * 2;
            QTest::mouseMove(w.timeline(), start + QPoint(dx + 1, 0));
        },
        [&start](ui::MainWindow& w) { QTest::mouseRelease(w.timeline(), Qt::LeftButton, {}, start); });
}

} // namespace

void sliderToPaint() { sliderSteps("slider_to_paint", ui::bundledData(), "us_reciprocal"); }

void truceDragToPaint() { truceDragSteps("truce_drag_to_paint", ui::bundledData()); }

// us_m11 is the synthetic layer with the truce; us_m5 covers every sector.
void sliderToPaint5000() { sliderSteps("slider_to_paint_5000", synthetic5000(), "us_m5"); }

void truceDragToPaint5000() { truceDragSteps("truce_drag_to_paint_5000", synthetic5000()); }

void languageSwitchToPaint()
{
    QTimer wake; // bounds each sleep of the waits below
    wake.start(50);
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    const auto rebuiltAndPainted = [&window] {
        // The window rebuilds from the event loop: its new File menu is in the
        // language, and every new chart has painted.
        const QString file = QCoreApplication::translate("tariffsim::ui::MainWindow", "&File");
        if (window.menuBar()->actions().value(0)->text() != file || window.refreshPending())
            return false;
        for (ui::ChartId id : ui::allCharts())
            if (window.chartView(id)->paintCount() == 0)
                return false;
        return true;
    };
    std::vector<double> samples;
    for (int k = 0; k < 22; ++k) {
        QElapsedTimer t;
        t.start();
        ui::applyLanguage(k % 2 == 0 ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        QElapsedTimer guard;
        guard.start();
        while (!rebuiltAndPainted() && guard.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (k >= 2) // the first two warm Qt's font and glyph caches
            samples.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    ui::applyLanguage(QStringLiteral("en"));
    report("language_switch_to_paint", summarize(samples), "window=1600x1000 switches=20 languages=en,zh_CN charts=6");
}

int startupChild(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tariffsim-bench"));
    ui::MainWindow window;
    window.resize(1600, 1000);
    for (ui::ChartId id : ui::allCharts())
        QObject::connect(window.chartView(id), &ui::ChartView::painted, &app, [] {
            std::puts("painted");
            std::fflush(stdout);
            std::_Exit(0);
        });
    window.show();
    return QApplication::exec();
}

void startupToFirstPaint(const char* self)
{
    std::vector<double> samples;
    for (int run = 0; run < 12; ++run) {
        QProcess child;
        QElapsedTimer t;
        t.start();
        child.start(QString::fromLocal8Bit(self), {QStringLiteral("--startup-child")});
        if (!child.waitForReadyRead(20000))
            break;
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        child.waitForFinished(5000);
        if (run > 1) // the first runs warm the file cache
            samples.push_back(ms);
    }
    report("startup_to_first_paint", summarize(samples), "window=1600x1000 target_p50_ms=500");
}

} // namespace tariffsim::bench
