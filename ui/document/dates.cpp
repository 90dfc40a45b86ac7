#include "ui/document/dates.h"

#include <QLocale>

namespace tariffsim::ui {

QDate toQDate(core::Date day) { return QDate(day.year(), day.month(), day.day()); }

core::Date fromQDate(const QDate& day) { return *core::Date::fromYmd(day.year(), day.month(), day.day()); }

core::Date today() { return fromQDate(QDate::currentDate()); }

QString formatDay(const QDate& day) { return QLocale::c().toString(day, QStringLiteral("d MMM yyyy")); }

QString formatDay(core::Date day) { return formatDay(toQDate(day)); }

QString formatMonth(core::YearMonth month)
{
    return QLocale::c().toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

} // namespace tariffsim::ui
