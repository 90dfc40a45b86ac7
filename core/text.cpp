#include "text.h"

#include <cmath>
#include <cstdio>
#include <mutex>
#include <shared_mutex>

namespace tariffsim::core {

namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

std::shared_mutex& localeMutex()
{
    static std::shared_mutex m;
    return m;
}

TextLocale& current()
{
    static TextLocale locale = englishTextLocale();
    return locale;
}

} // namespace

std::string groupedNumber(double v, int decimals)
{
    char buf[64];
    const double limit = 0.5 * std::pow(10.0, -decimals);
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::abs(v) < limit ? 0.0 : std::abs(v));
    std::string s = buf;
    const auto point = s.find('.');
    for (auto at = static_cast<long>(point == std::string::npos ? s.size() : point) - 3; at > 0; at -= 3)
        s.insert(static_cast<size_t>(at), ",");
    return s;
}

TextLocale englishTextLocale()
{
    TextLocale l;
    l.translate = [](const char*, const char* source) { return std::string(source); };
    l.usdBn = [](double v, int decimals) { return "$" + groupedNumber(v, decimals) + " bn"; };
    l.longDate = [](Date d) {
        return std::to_string(d.day()) + " " + kMonthNames[d.month() - 1] + " " + std::to_string(d.year());
    };
    l.shortDate = [](Date d) {
        return std::to_string(d.day()) + " " + std::string(kMonthNames[d.month() - 1]).substr(0, 3) + " "
            + std::to_string(d.year());
    };
    l.month = [](YearMonth m) {
        return std::string(kMonthNames[m.month - 1]).substr(0, 3) + " " + std::to_string(m.year);
    };
    return l;
}

void setTextLocale(TextLocale locale)
{
    const TextLocale english = englishTextLocale();
    if (!locale.translate)
        locale.translate = english.translate;
    if (!locale.usdBn)
        locale.usdBn = english.usdBn;
    if (!locale.longDate)
        locale.longDate = english.longDate;
    if (!locale.shortDate)
        locale.shortDate = english.shortDate;
    if (!locale.month)
        locale.month = english.month;
    std::unique_lock lock(localeMutex());
    current() = std::move(locale);
}

// Each call holds the lock while it runs, so that the locale is never replaced
// under a call. The program writes text on its window's thread; the model's
// background computations write none.
std::string translate(const char* context, const char* source)
{
    std::shared_lock lock(localeMutex());
    return current().translate(context, source);
}

std::string dataText(const std::string& name) { return translate("Data", name.c_str()); }

std::string format(std::string_view pattern, std::initializer_list<std::string_view> args)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size()) {
            const char n = pattern[i + 1];
            if (n >= '1' && n <= '9' && static_cast<size_t>(n - '1') < args.size()) {
                out += *(args.begin() + (n - '1'));
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string usdText(double usdBn, int decimals)
{
    std::shared_lock lock(localeMutex());
    return current().usdBn(usdBn, decimals);
}

std::string longDateText(Date d)
{
    std::shared_lock lock(localeMutex());
    return current().longDate(d);
}

std::string shortDateText(Date d)
{
    std::shared_lock lock(localeMutex());
    return current().shortDate(d);
}

std::string monthText(YearMonth m)
{
    std::shared_lock lock(localeMutex());
    return current().month(m);
}

} // namespace tariffsim::core
