#include "truceedit.h"

#include <algorithm>

namespace tariffsim::core {

std::optional<TruceProblem> findTruceProblem(const Truce& t)
{
    if (t.days < 1)
        return TruceProblem{"days", "a truce lasts at least one day"};
    Date previous = t.originalEnd();
    for (size_t i = 0; i < t.extensions.size(); ++i) {
        const auto& x = t.extensions[i];
        const std::string field = "extensions[" + std::to_string(i) + "].end";
        if (x.end <= t.start)
            return TruceProblem{field, "a truce cannot end before it starts (" + x.end.toString() + " is not after "
                                           + t.start.toString() + ")"};
        if (x.end <= previous)
            return TruceProblem{field, "an extension must end after " + previous.toString() + " (it ends "
                                           + x.end.toString() + "; extensions are listed in order, each ending "
                                             "later than the one before)"};
        previous = x.end;
    }
    if (t.end().daysSince(t.start) > kMaxTruceDays)
        return TruceProblem{t.extensions.empty() ? "days"
                                                 : "extensions[" + std::to_string(t.extensions.size() - 1) + "].end",
                            "a truce cannot last more than " + std::to_string(kMaxTruceDays) + " days"};
    if (t.suspendedPct < 0)
        return TruceProblem{"suspendedPct", "suspended points cannot be negative"};
    return std::nullopt;
}

std::string checkTruce(const Truce& t)
{
    const auto problem = findTruceProblem(t);
    return problem ? problem->message : std::string();
}

namespace {
TruceEdit checked(Truce t)
{
    std::string error = checkTruce(t);
    if (!error.empty())
        return error;
    return t;
}
} // namespace

TruceEdit moveTruce(const Truce& truce, int days)
{
    Truce t = truce;
    t.start = t.start.addDays(days);
    for (auto& x : t.extensions) {
        x.end = x.end.addDays(days);
        if (x.decided)
            x.decided = x.decided->addDays(days);
    }
    return checked(std::move(t));
}

TruceEdit setTruceEnd(const Truce& truce, Date end)
{
    Truce t = truce;
    if (end <= t.start)
        return "a truce cannot end before it starts (" + end.toString() + " is not after " + t.start.toString() + ")";
    if (t.extensions.empty()) {
        t.days = end.daysSince(t.start);
    } else {
        const Date previous = t.extensions.size() > 1 ? t.extensions[t.extensions.size() - 2].end : t.originalEnd();
        if (end <= previous)
            return "the extension must end after " + previous.toString() + "; remove it to end the truce earlier";
        t.extensions.back().end = end;
    }
    return checked(std::move(t));
}

TruceEdit extendTruce(const Truce& truce, int days, std::optional<Date> decided)
{
    if (days < 1)
        return std::string("an extension lasts at least one day");
    Truce t = truce;
    TruceExtension x;
    x.id = "extension_" + std::to_string(t.extensions.size() + 1);
    x.end = t.end().addDays(days);
    x.decided = decided ? std::min(*decided, t.end().addDays(-1)) : t.end().addDays(-1);
    x.assumption = true;
    x.provenance.basis = "estimate";
    x.provenance.note = "scenario edit";
    t.extensions.push_back(std::move(x));
    return checked(std::move(t));
}

TruceEdit removeLastExtension(const Truce& truce)
{
    if (truce.extensions.empty())
        return std::string("the truce has no extension to remove");
    Truce t = truce;
    t.extensions.pop_back();
    return checked(std::move(t));
}

TruceEdit lapseTruce(const Truce& truce)
{
    Truce t = truce;
    t.extensions.clear();
    return checked(std::move(t));
}

} // namespace tariffsim::core
