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

void sliderToPaint()
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

    QSlider* slider = window.tariffControls()->slider("us_reciprocal");
    slider->setSliderDown(true);
    std::vector<double> samples;
    std::vector<int> updates(views.size());
    int repainted = 0;
    for (int step = 0; step < 200; ++step) {
        for (size_t i = 0; i < views.size(); ++i) {
            counts[i] = views[i]->paintCount();
            updates[i] = views[i]->modelUpdates();
        }
        QElapsedTimer t;
        t.start();
        slider->setValue((step * 7) % 200);
        waitForPaints(views, counts, &updates);
        for (size_t i = 0; i < views.size(); ++i)
            repainted += views[i]->modelUpdates() > updates[i] ? 1 : 0;
        samples.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    slider->setSliderDown(false);
    char extra[160];
    std::snprintf(extra, sizeof extra, "window=1600x1000 charts=%zu steps=200 charts_repainted_per_step=%.2f target_p95_ms=16",
                  views.size(), repainted / 200.0);
    report("slider_to_paint", summarize(samples), extra);
}

void truceDragToPaint()
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

    ui::TimelineWidget* timeline = window.timeline();
    const QRectF band = timeline->truceRect(0);
    const QPoint start(static_cast<int>(band.left() + 20), static_cast<int>(band.center().y()));
    QTest::mousePress(timeline, Qt::LeftButton, {}, start);
    std::vector<double> samples;
    std::vector<int> updates(views.size());
    int repainted = 0;
    for (int step = 1; step <= 200; ++step) {
        for (size_t i = 0; i < views.size(); ++i) {
            counts[i] = views[i]->paintCount();
            updates[i] = views[i]->modelUpdates();
        }
        // back and forth over about 100 px, so every step moves the truce by whole days
        const int dx = (step % 100) < 50 ? (step % 50) * 2 : 100 - (step % 50) * 2;
        QElapsedTimer t;
        t.start();
        QTest::mouseMove(timeline, start + QPoint(dx + 1, 0));
        waitForPaints(views, counts, &updates);
        for (size_t i = 0; i < views.size(); ++i)
            repainted += views[i]->modelUpdates() > updates[i] ? 1 : 0;
        samples.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, start);
    char extra[160];
    std::snprintf(extra, sizeof extra, "window=1600x1000 charts=%zu steps=200 charts_repainted_per_step=%.2f target_p95_ms=16",
                  views.size(), repainted / 200.0);
    report("truce_drag_to_paint", summarize(samples), extra);
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
