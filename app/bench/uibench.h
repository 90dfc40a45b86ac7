#pragma once

namespace tariffsim::bench {

/// slider_to_paint: 1600x1000 window with every chart visible; 200 slider steps;
/// time from the value change to the end of the last chart's paint.
void sliderToPaint();
/// truce_drag_to_paint: drag a truce on the timeline of a 1600x1000 window; time
/// from each drag step to the end of the last chart's paint.
void truceDragToPaint();
/// slider_to_paint_5000 and truce_drag_to_paint_5000: the same window and steps on
/// the synthetic dataset of 5,000 sectors a flow (synthetic.h).
void sliderToPaint5000();
void truceDragToPaint5000();
/// language_switch_to_paint: a 1600x1000 window switched between English and
/// Chinese 20 times; time from the change of language to every chart of the
/// rebuilt window painted.
void languageSwitchToPaint();
/// startup_to_first_paint: process start to the first painted chart, measured by
/// starting this program as a child (`--startup-child`) and waiting for its signal.
void startupToFirstPaint(const char* self);
/// The child side of startup_to_first_paint: opens the window and exits after
/// the first chart paint, printing "painted".
int startupChild(int argc, char* argv[]);

} // namespace tariffsim::bench
