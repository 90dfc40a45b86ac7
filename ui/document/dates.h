#pragma once

// The one conversion between the model's days and Qt's, and the one way days and
// months are written for readers, in the interface's language ("10 Mar 2026",
// "Mar 2026"; 2026年3月10日, 2026年3月).

#include "core/date.h"

#include <QDate>
#include <QString>

namespace tariffsim::ui {

QDate toQDate(core::Date day);
/// `day` must be valid (a QDateEdit's date always is).
core::Date fromQDate(const QDate& day);
/// Today's date on this machine.
core::Date today();

/// The QDate formats of formatDay and formatMonth, for date editors and axes.
QString dayFormat();
QString monthFormat();

/// "10 Mar 2026".
QString formatDay(const QDate& day);
QString formatDay(core::Date day);
/// "Mar 2026".
QString formatMonth(core::YearMonth month);

} // namespace tariffsim::ui
