#include "date.h"

#include <chrono>
#include <cstdio>

namespace tariffsim::core {

namespace {

std::chrono::year_month_day ymdOf(int days)
{
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}

// Reads exactly `width` ASCII digits; -1 on anything else.
int readDigits(std::string_view text, size_t pos, size_t width)
{
    int value = 0;
    for (size_t i = pos; i < pos + width; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<Date> Date::fromYmd(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{year},
                                          std::chrono::month{static_cast<unsigned>(month)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok())
        return std::nullopt;
    return Date(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

std::optional<Date> Date::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const int y = readDigits(text, 0, 4);
    const int m = readDigits(text, 5, 2);
    const int d = readDigits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    return fromYmd(y, m, d);
}

int Date::year() const { return static_cast<int>(ymdOf(m_days).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(ymdOf(m_days).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(ymdOf(m_days).day())); }

std::string Date::toString() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
    return buf;
}

std::optional<YearMonth> YearMonth::parse(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    const int y = readDigits(text, 0, 4);
    const int m = readDigits(text, 5, 2);
    if (y < 1 || m < 1 || m > 12)
        return std::nullopt;
    return YearMonth{y, m};
}

Date YearMonth::firstDay() const { return *Date::fromYmd(year, month, 1); }

int YearMonth::dayCount() const { return addMonths(1).firstDay().daysSince(firstDay()); }

YearMonth YearMonth::addMonths(int n) const
{
    const int index = year * 12 + (month - 1) + n;
    return YearMonth{index / 12, index % 12 + 1};
}

std::string YearMonth::toString() const
{
    char buf[12];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

} // namespace tariffsim::core
