#include "ratesreport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace tariffsim::core {

std::string formatFixed(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0.00"
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
    return buf;
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string ratesCsv(const TariffSchedule& schedule, Date from, Date to, bool layers)
{
    std::ostringstream out;
    out << (layers ? "date,direction,layer,avg_tariff_pct\n" : "date,direction,avg_tariff_pct\n");
    for (Date day = from; day <= to; day = day.addDays(1)) {
        for (Direction d : {Direction::UsOnChina, Direction::ChinaOnUs}) {
            const std::string prefix = day.toString() + "," + std::string(toString(d)) + ",";
            if (layers) {
                for (const auto& part : schedule.layerBreakdown(d, day))
                    out << prefix << csvField(part.layer) << "," << formatFixed(part.pct, 2) << "\n";
                out << prefix << "total," << formatFixed(schedule.averageRatePct(d, day), 2) << "\n";
            } else {
                out << prefix << formatFixed(schedule.averageRatePct(d, day), 2) << "\n";
            }
        }
    }
    return out.str();
}

namespace {

struct Row {
    Date date;
    std::string actor, kind, label, title, rate, status;
    Provenance source;
};

std::string actorOf(const Dataset& ds, const std::string& measureId)
{
    const Measure* m = ds.measure(measureId);
    return m && m->direction == Direction::ChinaOnUs ? "China" : "US";
}

} // namespace

std::string eventsCsv(const Dataset& ds, const Scenario& scenario)
{
    std::vector<Row> rows;
    for (const auto& e : ds.events) {
        const std::string status = e.status == "confirmed" ? "recorded"
            : e.status == "not_enacted"                    ? "not enacted"
                                                           : e.status; // scheduled, unverified
        rows.push_back({e.date, e.actor, e.kind, e.label, e.title,
                        e.ratePct ? formatFixed(*e.ratePct, 2) : std::string(), status, e.provenance});
    }
    for (const auto& t : scenario.effectiveTruces(ds)) {
        const std::string actor = actorOf(ds, t.measureId);
        rows.push_back({t.start, actor, "truce_start", t.name, "Truce suspends " + formatFixed(t.suspendedPct, 0)
                            + " points of " + t.measureId + " for " + std::to_string(t.days) + " days",
                        formatFixed(t.suspendedPct, 2), "scenario", t.provenance});
        for (const auto& x : t.extensions)
            rows.push_back({x.decided.value_or(t.start), actor, "truce_extension", t.name,
                            "Truce extended to " + x.end.toString(), "",
                            x.assumption ? "assumed" : "scenario", x.provenance});
        rows.push_back({t.end(), actor, "truce_end", t.name,
                        "Truce ends; " + formatFixed(t.suspendedPct, 0) + " points of " + t.measureId + " return",
                        "", "scenario", {}});
    }
    for (const auto& o : scenario.overrides)
        rows.push_back({o.from, actorOf(ds, o.measureId), "override", "", "User rate for " + o.measureId,
                        formatFixed(o.ratePct, 2), "scenario", {}});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });

    std::ostringstream out;
    out << "date,actor,kind,label,title,rate_pct,status,source,source_kind,citation,reported_by\n";
    for (const auto& r : rows)
        out << r.date.toString() << "," << csvField(r.actor) << "," << r.kind << "," << csvField(r.label) << ","
            << csvField(r.title) << "," << r.rate << "," << r.status << "," << csvField(sourceUrl(r.source)) << ","
            << csvField(r.source.kind) << "," << csvField(r.source.citation) << "," << csvField(r.source.reportedBy)
            << "\n";
    return out.str();
}

std::string presetsCsv(const PresetLibrary& presets)
{
    std::ostringstream out;
    out << "id,title,notes\n";
    for (const auto& s : presets.presets())
        out << csvField(s.id) << "," << csvField(s.title) << "," << csvField(s.notes) << "\n";
    return out.str();
}

} // namespace tariffsim::core
