#include "uibench.h"

#include "harness.h"

#include "ui/charts/chartview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/tariffcontrols.h"
#include "ui/widgets/timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSlider>
#include <QTest>

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
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

} // namespace

namespace {

// Opens the 1600x1000 window with every chart visible, calls `begin`, then times
// 200 calls of `step`, each to the end of the repaint of every chart whose content
// it changed, calls `end` and prints the figures under `name`.
void timeWindowSteps(const char* name, const std::function<void(ui::MainWindow&)>& begin,
                     const std::function<void(ui::MainWindow&, int)>& step,
                     const std::function<void(ui::MainWindow&)>& end)
{
    ui::MainWindow window;
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
    for (int k = 0; k < 200; ++k) {
        for (size_t i = 0; i < views.size(); ++i) {
            counts[i] = views[i]->paintCount();
            updates[i] = views[i]->modelUpdates();
        }
        QElapsedTimer t;
        t.start();
        step(window, k);
        waitForPaints(views, counts, &updates);
        samples.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        for (size_t i = 0; i < views.size(); ++i)
            repainted += views[i]->modelUpdates() > updates[i] ? 1 : 0;
    }
    end(window);
    char extra[160];
    std::snprintf(extra, sizeof extra, "window=1600x1000 charts=%zu steps=200 charts_repainted_per_step=%.2f target_p95_ms=16",
                  views.size(), repainted / 200.0);
    report(name, summarize(samples), extra);
}

} // namespace

void sliderToPaint()
{
    timeWindowSteps(
        "slider_to_paint",
        [](ui::MainWindow& w) { w.tariffControls()->slider("us_reciprocal")->setSliderDown(true); },
        [](ui::MainWindow& w, int k) { w.tariffControls()->slider("us_reciprocal")->setValue((k * 7) % 200); },
        [](ui::MainWindow& w) { w.tariffControls()->slider("us_reciprocal")->setSliderDown(false); });
}

void truceDragToPaint()
{
    QPoint start;
    timeWindowSteps(
        "truce_drag_to_paint",
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
