// The window on small screens: it opens inside the screen, fits a 1366 x 768
// laptop, and its figures and titles are shortened visibly, never cut.

#include "support/testsupport.h"

#include "ui/mainwindow.h"
#include "ui/widgets/headlinestrip.h"
#include "windowtest.h"

#include <QLabel>
#include <QScreen>
#include <QSettings>

using namespace tariffsim;
using namespace tariffsim::ui;

namespace {

// Each line of a label's text fits the label's width in the label's font.
bool linesFit(const QLabel* label)
{
    const QFontMetrics fm(label->font());
    for (const QString& line : label->text().split(QLatin1Char('\n')))
        if (fm.horizontalAdvance(line) > label->width())
            return false;
    return true;
}

} // namespace

TEST_CASE("The window opens inside the screen's free area", "[ui][layout]")
{
    QSettings().clear();
    MainWindow window;
    window.show();
    test::settle(window);
    // The offscreen platform's screen is 800 x 600, smaller than the 1600 x 1000
    // default: the window takes the free area less room for a frame (16 x 40),
    // or its minimum size where that is larger.
    const QRect avail = window.screen()->availableGeometry();
    const QSize min = window.minimumSizeHint();
    CHECK(window.width() == std::max(avail.width() - 16, min.width()));
    CHECK(window.height() == std::max(avail.height() - 40, min.height()));
}

TEST_CASE("The window fits 1366 x 768 with every headline figure whole", "[ui][layout]")
{
    QSettings().clear();
    MainWindow window;
    // a laptop's free area under a 32-pixel panel, less the window frame
    window.resize(1366 - 16, 768 - 32 - 40);
    window.show();
    test::settle(window);
    const QSize min = window.minimumSizeHint();
    CHECK(min.width() <= 1366 - 16);
    CHECK(min.height() <= 768 - 32 - 40);
    CHECK(window.height() <= 768 - 32 - 40);
    HeadlineStrip* strip = window.headlineStrip();
    for (const char* card : {"trade", "trade-us", "duties", "rates", "truce"}) {
        const QLabel* label = strip->valueLabel(QString::fromLatin1(card));
        INFO(card << ": " << label->text().toStdString() << " in " << label->width() << " px");
        CHECK(linesFit(label));
        // the shown text is the whole figure, at most broken at a space
        QString shown = label->text();
        shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
        CHECK(shown == strip->figureText(QString::fromLatin1(card)));
        CHECK(label->toolTip().startsWith(strip->figureText(QString::fromLatin1(card))));
    }
    // Card titles are shortened with an ellipsis, never cut; the whole shows on hover.
    for (const char* card : {"trade", "trade-us", "duties", "rates", "truce"}) {
        const QLabel* title = strip->titleLabel(QString::fromLatin1(card));
        REQUIRE(title);
        INFO(card << ": " << title->text().toStdString());
        CHECK(QFontMetrics(title->font()).horizontalAdvance(title->text()) <= title->width());
        if (title->text() != title->toolTip())
            CHECK(title->text().endsWith(QChar(0x2026)));
    }
}
