#include "ui/document/dates.h"

#include "ui/document/language.h"

#include <QLocale>

namespace tariffsim::ui {

QDate toQDate(core::Date day) { return QDate(day.year(), day.month(), day.day()); }

core::Date fromQDate(const QDate& day) { return *core::Date::fromYmd(day.year(), day.month(), day.day()); }

core::Date today() { return fromQDate(QDate::currentDate()); }

QString dayFormat() { return chineseInterface() ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMM yyyy"); }

QString monthFormat() { return chineseInterface() ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy"); }

QString formatDay(const QDate& day) { return QLocale::c().toString(day, dayFormat()); }

QString formatDay(core::Date day) { return formatDay(toQDate(day)); }

QString formatMonth(core::YearMonth month)
{
    return QLocale::c().toString(QDate(month.year, month.month, 1), monthFormat());
}

} // namespace tariffsim::ui
