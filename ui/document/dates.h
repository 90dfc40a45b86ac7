#pragma once

// The one conversion between the model's days and Qt's, and the one way days and
// months are written for readers ("10 Mar 2026", "Mar 2026").

#include "core/date.h"

#include <QDate>
#include <QString>

namespace tariffsim::ui {

QDate toQDate(core::Date day);
/// `day` must be valid (a QDateEdit's date always is).
core::Date fromQDate(const QDate& day);
/// Today's date on this machine.
core::Date today();

/// "10 Mar 2026".
QString formatDay(const QDate& day);
QString formatDay(core::Date day);
/// "Mar 2026".
QString formatMonth(core::YearMonth month);

} // namespace tariffsim::ui
