#pragma once

// Text the core composes for people to read (key findings, the differences from a
// preset) in the reader's language. The core has no translations of its own: the
// program installs a TextLocale that looks sentences up in its translation and
// writes money, dates and months the reader's way. Without one, English.
//
// A sentence is a pattern with numbered places, looked up whole so that a
// translation can order its parts as its language needs:
//     format(translate("KeyFindings", "%1 fall by %2"), {who, amount})
// The translation tools find translate("Context", "literal") calls in the source.

#include "date.h"

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace tariffsim::core {

struct TextLocale {
    /// The pattern's translation under `context`, or `source` itself.
    std::function<std::string(const char* context, const char* source)> translate;
    /// USD billions to `decimals` places without a sign: "$61.2 bn".
    std::function<std::string(double usdBn, int decimals)> usdBn;
    /// A day, the month written out: "12 April 2025".
    std::function<std::string(Date)> longDate;
    /// A day, the month abbreviated: "30 Nov 2026".
    std::function<std::string(Date)> shortDate;
    /// A month, abbreviated: "Mar 2026".
    std::function<std::string(YearMonth)> month;
};

/// English: the patterns as written, "$61.2 bn", "12 April 2025", "30 Nov 2026", "Mar 2026".
TextLocale englishTextLocale();

/// Replaces the text locale (the program does so when its language changes);
/// an empty function keeps English for that part.
void setTextLocale(TextLocale locale);

/// The pattern in the reader's language.
std::string translate(const char* context, const char* source);
/// A name from the shipped data (a measure, sector, partner or truce) in the
/// reader's language: looked up under the context "Data".
std::string dataText(const std::string& name);

/// `pattern` with %1..%9 replaced by `args` (the first is %1), as QString::arg does.
/// A place without an argument is left as it is.
std::string format(std::string_view pattern, std::initializer_list<std::string_view> args);

/// `v` to `decimals` places without a sign, thousands grouped: "1,314.0"; a value
/// that rounds to 0 is "0.0", never "-0.0".
std::string groupedNumber(double v, int decimals);

/// Money, days and months as the text locale writes them.
std::string usdText(double usdBn, int decimals = 1);
std::string longDateText(Date d);
std::string shortDateText(Date d);
std::string monthText(YearMonth m);

} // namespace tariffsim::core
