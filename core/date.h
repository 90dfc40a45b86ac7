#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tariffsim::core {

/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
/// Tariff law takes effect on whole days (12:01am), so the schedule never needs
/// anything finer.
class Date {
public:
    constexpr Date() = default;
    constexpr explicit Date(int daysSinceEpoch) : m_days(daysSinceEpoch) {}

    /// Builds a date from year, month (1-12) and day; nullopt when the day does
    /// not exist (e.g. 2025-02-30).
    static std::optional<Date> fromYmd(int year, int month, int day);
    /// Parses exactly "YYYY-MM-DD"; nullopt for anything else or an impossible day.
    static std::optional<Date> parse(std::string_view text);

    constexpr int daysSinceEpoch() const { return m_days; }
    int year() const;
    int month() const;
    int day() const;
    /// "YYYY-MM-DD".
    std::string toString() const;

    constexpr Date addDays(int n) const { return Date(m_days + n); }
    /// Whole days from `other` to this date (positive when this date is later).
    constexpr int daysSince(Date other) const { return m_days - other.m_days; }

    // Written out rather than defaulted with <=>: Qt 6.4's moc cannot parse <compare>,
    // and this header reaches moc through the ui headers.
    constexpr bool operator==(const Date& o) const { return m_days == o.m_days; }
    constexpr bool operator!=(const Date& o) const { return m_days != o.m_days; }
    constexpr bool operator<(const Date& o) const { return m_days < o.m_days; }
    constexpr bool operator<=(const Date& o) const { return m_days <= o.m_days; }
    constexpr bool operator>(const Date& o) const { return m_days > o.m_days; }
    constexpr bool operator>=(const Date& o) const { return m_days >= o.m_days; }

private:
    int m_days = 0;
};

/// A calendar month, the resolution of the trade model.
struct YearMonth {
    int year = 1970;
    int month = 1; ///< 1-12

    /// Parses exactly "YYYY-MM"; nullopt otherwise.
    static std::optional<YearMonth> parse(std::string_view text);
    static YearMonth of(Date d) { return {d.year(), d.month()}; }

    Date firstDay() const;
    int dayCount() const;
    YearMonth addMonths(int n) const;
    /// Months from `other` to this month.
    int monthsSince(YearMonth other) const { return (year - other.year) * 12 + (month - other.month); }
    std::string toString() const;

    constexpr int index() const { return year * 12 + (month - 1); }
    constexpr bool operator==(const YearMonth& o) const { return index() == o.index(); }
    constexpr bool operator!=(const YearMonth& o) const { return index() != o.index(); }
    constexpr bool operator<(const YearMonth& o) const { return index() < o.index(); }
    constexpr bool operator<=(const YearMonth& o) const { return index() <= o.index(); }
    constexpr bool operator>(const YearMonth& o) const { return index() > o.index(); }
    constexpr bool operator>=(const YearMonth& o) const { return index() >= o.index(); }
};

} // namespace tariffsim::core
