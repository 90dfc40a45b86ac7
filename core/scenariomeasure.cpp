#include "scenariomeasure.h"

#include "horizon.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace tariffsim::core {

namespace {

std::string digitsOf(std::string_view code)
{
    std::string out;
    for (char c : code)
        if (c != '.')
            out += c;
    return out;
}

// Numbers in messages as a person writes them: "25", "12.5".
std::string formatNumber(double v)
{
    std::string text = std::to_string(v);
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

const Sector* findSector(const Dataset& ds, Flow flow, std::string_view id)
{
    for (const auto& s : ds.sectors)
        if (s.flow == flow && s.id == id)
            return &s;
    return nullptr;
}

} // namespace

bool isHsPrefixSyntax(std::string_view prefix)
{
    if (prefix.empty() || prefix.front() == '.' || prefix.back() == '.')
        return false;
    size_t digits = 0;
    for (size_t i = 0; i < prefix.size(); ++i) {
        const char c = prefix[i];
        if (c == '.') {
            if (prefix[i - 1] == '.')
                return false;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
        ++digits;
    }
    return digits == 2 || digits == 4 || digits == 6;
}

bool hsPrefixKnown(const Dataset& ds, Flow flow, std::string_view prefix)
{
    for (const auto& s : ds.sectors) {
        if (s.flow != flow)
            continue;
        for (const auto& p : s.products)
            if (hsMatches(prefix, p.hs))
                return true;
        // A sector known only as a whole (no products) holds every code under its own.
        for (const auto& code : s.hs)
            if (hsMatches(prefix, code) || (s.products.empty() && hsMatches(code, digitsOf(prefix))))
                return true;
    }
    return false;
}

double scenarioMeasureRatePct(const ScenarioMeasure& m, Date day)
{
    std::vector<const MeasureStep*> order;
    for (const auto& s : m.steps)
        order.push_back(&s);
    std::stable_sort(order.begin(), order.end(), [](const MeasureStep* a, const MeasureStep* b) { return a->from < b->from; });
    double r = 0.0;
    for (const MeasureStep* s : order) {
        if (day < s->from || (s->to && day >= *s->to))
            continue;
        r = s->setTo ? s->ratePct : r + s->ratePct;
    }
    return r;
}

Measure compileScenarioMeasure(const ScenarioMeasure& m, const Dataset& ds)
{
    Measure out;
    out.id = m.id;
    out.name = m.name;
    out.layer = m.name;
    out.direction = m.direction;
    out.yieldsTo = m.yieldsTo;
    out.coverageNote = m.legalBasis;
    Provenance prov;
    prov.basis = "estimate";
    prov.note = "a measure of the scenario" + (m.legalBasis.empty() ? std::string() : ": " + m.legalBasis);

    std::set<Date> days;
    for (const auto& s : m.steps) {
        days.insert(s.from);
        if (s.to)
            days.insert(*s.to);
    }
    double last = 0.0;
    for (Date day : days) {
        const double r = scenarioMeasureRatePct(m, day);
        if (out.steps.empty() ? r == 0.0 : r == last)
            continue;
        RateStep step;
        step.date = day;
        step.ratePct = r;
        step.status = "assumed";
        step.provenance = prov;
        out.steps.push_back(std::move(step));
        last = r;
    }

    const Flow flow = flowOf(m.direction);
    for (const auto& c : m.coverage) {
        CoverageRule rule;
        rule.share = c.share;
        rule.provenance = prov;
        if (!c.hs.empty()) {
            rule.hs = c.hs;
            out.coverage.push_back(rule);
            continue;
        }
        const Sector* s = findSector(ds, flow, c.sector);
        if (!s)
            continue;
        if (s->products.empty()) {
            for (const auto& code : s->hs) {
                rule.hs = code;
                out.coverage.push_back(rule);
            }
        } else {
            for (const auto& p : s->products) {
                rule.hs = p.hs;
                out.coverage.push_back(rule);
            }
        }
    }
    return out;
}

std::vector<Measure> compileScenarioMeasures(const std::vector<ScenarioMeasure>& measures, const Dataset& ds)
{
    std::vector<Measure> out;
    out.reserve(measures.size());
    for (const auto& m : measures)
        out.push_back(compileScenarioMeasure(m, ds));
    return out;
}

std::optional<Direction> measureDirection(const Dataset& ds, const std::vector<ScenarioMeasure>& measures,
                                          std::string_view id)
{
    if (const Measure* m = ds.measure(id))
        return m->direction;
    for (const auto& m : measures)
        if (m.id == id)
            return m.direction;
    return std::nullopt;
}

std::optional<ScenarioMeasureProblem> findScenarioMeasureProblem(const ScenarioMeasure& m, const Dataset& ds,
                                                                 const std::vector<ScenarioMeasure>& earlier)
{
    using P = ScenarioMeasureProblem;
    if (m.id.empty())
        return P{"id", "a measure needs an id"};
    if (ds.measure(m.id))
        return P{"id", "'" + m.id + "' is already a measure of the dataset; choose another id"};
    for (const auto& e : earlier)
        if (e.id == m.id)
            return P{"id", "duplicate measure id '" + m.id + "'"};
    if (m.name.empty())
        return P{"name", "a measure needs a name (the layer it is shown under)"};
    if (m.steps.empty())
        return P{"steps", "a measure needs at least one rate step"};
    for (size_t i = 0; i < m.steps.size(); ++i) {
        const MeasureStep& s = m.steps[i];
        const std::string p = "steps[" + std::to_string(i) + "]";
        if (!std::isfinite(s.ratePct) || s.ratePct < 0)
            return P{p + ".ratePct", "rate " + formatNumber(s.ratePct) + " is negative; a rate is 0 to 1000 percent"};
        if (s.ratePct > 1000)
            return P{p + ".ratePct", "rate " + formatNumber(s.ratePct) + " is above 1000 percent"};
        if (!inHorizon(s.from))
            return P{p + ".from", s.from.toString() + " is outside the span the data and the model cover, "
                                      + kHorizonFirstDay.toString() + " to " + kHorizonLastDay.toString()};
        if (s.to && !(s.from < *s.to))
            return P{p + ".to", "the end " + s.to->toString() + " is not after the start " + s.from.toString()};
        if (s.to && *s.to > Date{47846})
            return P{p + ".to", s.to->toString() + " is after 2100-12-31"};
    }
    std::set<Date> days;
    for (const auto& s : m.steps) {
        days.insert(s.from);
        if (s.to)
            days.insert(*s.to);
    }
    for (Date day : days)
        if (const double r = scenarioMeasureRatePct(m, day); r > 1000)
            return P{"steps", "the steps add up to " + formatNumber(r) + " percent on " + day.toString()
                                  + "; a rate is at most 1000 percent"};
    if (m.coverage.empty())
        return P{"coverage", "a measure needs at least one coverage entry (HS prefixes or sectors)"};
    const Flow flow = flowOf(m.direction);
    for (size_t i = 0; i < m.coverage.size(); ++i) {
        const MeasureCoverage& c = m.coverage[i];
        const std::string p = "coverage[" + std::to_string(i) + "]";
        if (c.hs.empty() == c.sector.empty())
            return P{p, "give either hs (an HS prefix) or sector (a sector id), not both or neither"};
        if (!c.hs.empty()) {
            if (!isHsPrefixSyntax(c.hs))
                return P{p + ".hs", "'" + c.hs + "' is not an HS prefix of 2, 4 or 6 digits"};
            if (!hsPrefixKnown(ds, flow, c.hs))
                return P{p + ".hs", "unknown HS prefix '" + c.hs + "': no goods of " + std::string(toString(flow))
                                        + " in the data fall under it"};
        } else if (!findSector(ds, flow, c.sector)) {
            return P{p + ".sector", "unknown sector '" + c.sector + "' of " + std::string(toString(flow))};
        }
        if (!std::isfinite(c.share) || c.share < 0 || c.share > 1)
            return P{p + ".share", "share " + formatNumber(c.share) + " is outside 0 to 1"};
    }
    for (size_t i = 0; i < m.yieldsTo.size(); ++i) {
        const auto d = measureDirection(ds, earlier, m.yieldsTo[i]);
        if (!d || *d != m.direction)
            return P{"yieldsTo[" + std::to_string(i) + "]",
                     "'" + m.yieldsTo[i] + "' is not a measure of the same direction (" + std::string(toString(m.direction)) + ")"};
    }
    return std::nullopt;
}

} // namespace tariffsim::core
