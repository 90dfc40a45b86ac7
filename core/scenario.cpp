#include "scenario.h"

#include "fileio.h"
#include "horizon.h"
#include "jsonutil.h"
#include "keyfindings.h"
#include "truceedit.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace tariffsim::core {

namespace detail {
Truce readTruce(const Json& o, const std::string& path);
}

using detail::FieldError;
using detail::Json;

namespace {

// "24", "12.5": a percentage as a person writes it.
std::string formatPct(double pct)
{
    std::string text = Json(pct).dump();
    if (text.size() > 2 && text.ends_with(".0"))
        text.resize(text.size() - 2);
    return text;
}

bool stepExists(const Dataset& ds, const std::string& id)
{
    for (const auto& m : ds.measures)
        for (const auto& s : m.steps)
            if (s.id == id)
                return true;
    return false;
}

// Output keeps the fields in the documented order (format and version first).
using OrderedJson = nlohmann::ordered_json;

void addProvenance(OrderedJson& o, const Provenance& p)
{
    if (!p.source.empty())
        o["source"] = p.source;
    if (p.basis != "stated")
        o["basis"] = p.basis;
    if (!p.note.empty())
        o["note"] = p.note;
    if (!p.kind.empty())
        o["kind"] = p.kind;
    if (!p.citation.empty())
        o["citation"] = p.citation;
    if (!p.reportedBy.empty())
        o["reportedBy"] = p.reportedBy;
}

constexpr std::string_view kTopLevelKeys[] = {"$schema", "format", "version", "id", "basePreset", "title", "notes",
                                              "assumptions", "freezeAfter", "dropSteps", "truces", "overrides",
                                              "effectiveDate", "parameters", "briefing", "measures", "partnerRates"};
constexpr std::string_view kTruceKeys[] = {"id", "name", "measure", "start", "days", "suspendedPct", "extensions",
                                           "source", "basis", "note", "kind", "citation", "reportedBy"};
constexpr std::string_view kExtensionKeys[] = {"id", "end", "decided", "assumption", "source",
                                               "basis", "note", "kind", "citation", "reportedBy"};
// Keys a version came in with, refused in files of an older version.
constexpr std::string_view kSourceKeysV3[] = {"kind", "citation", "reportedBy"};
constexpr std::string_view kOverrideKeys[] = {"measure", "from", "ratePct"};
constexpr std::string_view kParameterKeys[] = {"chinaToUs", "usToChina", "passThrough", "frontLoadingShare",
                                               "frontLoadingMonths", "trendGrowthPerYear", "rareEarthApproval",
                                               "referenceDate"};
constexpr std::string_view kFlowParameterKeys[] = {"elasticity", "adjustmentSpeed"};
constexpr std::string_view kBriefingKeys[] = {"keyFindings"};
constexpr std::string_view kBriefingFindingKeys[] = {"id", "text"};
constexpr std::string_view kMeasureKeys[] = {"id", "direction", "name", "legalBasis", "steps", "coverage", "yieldsTo"};
constexpr std::string_view kMeasureStepKeys[] = {"from", "to", "ratePct", "mode"};
constexpr std::string_view kMeasureCoverageKeys[] = {"hs", "sector", "share"};

// A misspelt field would otherwise be ignored silently and the scenario would
// not be the one its author meant.
template <size_t N>
void rejectUnknownKeys(const Json& object, const std::string& path, const std::string_view (&known)[N])
{
    for (const auto& item : object.items()) {
        if (std::find(std::begin(known), std::end(known), item.key()) == std::end(known))
            throw FieldError(detail::joinPath(path, item.key()), "unknown field (not part of the scenario format)");
    }
}

const Json& checkList(const Json& value, const std::string& path)
{
    detail::requireArray(value, path);
    if (value.size() > kMaxScenarioListSize)
        throw FieldError(path, "more than " + std::to_string(kMaxScenarioListSize) + " entries");
    return value;
}

void checkDateRange(Date d, const std::string& field)
{
    if (d < kEarliestScenarioDate || d > kLatestScenarioDate)
        throw FieldError(field, d.toString() + " is outside the supported range " + kEarliestScenarioDate.toString()
                                    + " to " + kLatestScenarioDate.toString());
}

// Days on which something takes effect (a rate, a truce, the freeze) must lie in
// the span the dataset and the model cover: before it there is nothing to change
// (a freeze on 1990-01-01 would zero every rate, MFN included), after it nothing
// is projected.
void checkInHorizon(Date d, const std::string& field)
{
    if (!inHorizon(d))
        throw FieldError(field, d.toString() + " is outside the span the data and the model cover, "
                                    + kHorizonFirstDay.toString() + " to " + kHorizonLastDay.toString());
}

Date readScenarioDate(const Json& object, std::string_view key, const std::string& path)
{
    const Date d = detail::readDate(object, key, path);
    checkInHorizon(d, detail::joinPath(path, key));
    return d;
}

std::optional<Date> readOptionalScenarioDate(const Json& object, std::string_view key, const std::string& path)
{
    const auto d = detail::readOptionalDate(object, key, path);
    if (d)
        checkInHorizon(*d, detail::joinPath(path, key));
    return d;
}

// The highest rate a measure is charged at any time: its recorded steps and the
// scenario's overrides of it.
double highestRatePct(const Measure& m, const std::vector<RateOverride>& overrides)
{
    double highest = 0;
    for (const auto& step : m.steps)
        highest = std::max(highest, step.ratePct);
    for (const auto& o : overrides)
        if (o.measureId == m.id)
            highest = std::max(highest, o.ratePct);
    return highest;
}

// Truces that suspend nothing real: two at once on one measure (they would add
// up), or more points than the measure ever charges (they would be cut to its rate
// without a word).
void checkTrucesAgainst(const std::vector<Truce>& truces, const std::vector<RateOverride>& overrides,
                        const Dataset& ds, const std::vector<ScenarioMeasure>& measures)
{
    const auto measureOf = [&](const std::string& id) {
        if (const Measure* m = ds.measure(id))
            return *m;
        for (const auto& m : measures)
            if (m.id == id)
                return compileScenarioMeasure(m, ds);
        return Measure{};
    };
    for (size_t i = 0; i < truces.size(); ++i) {
        const Truce& t = truces[i];
        const std::string p = detail::indexPath("truces", i);
        const double highest = highestRatePct(measureOf(t.measureId), overrides);
        if (t.suspendedPct > highest)
            throw FieldError(p + ".suspendedPct",
                             formatPct(t.suspendedPct) + " points is more than '" + printable(t.measureId)
                                 + "' ever charges (" + formatPct(highest)
                                 + "%); a truce cannot suspend more than the rate");
        for (size_t j = 0; j < i; ++j) {
            const Truce& u = truces[j];
            if (u.measureId == t.measureId && t.start < u.end() && u.start < t.end())
                throw FieldError(p + ".start", "truce '" + printable(t.id) + "' (" + t.start.toString() + " to "
                                                   + t.end().toString() + ") overlaps truce '" + printable(u.id)
                                                   + "' (" + u.start.toString() + " to " + u.end().toString()
                                                   + ") on the same measure; a measure is under one truce at a time");
        }
    }
}

std::vector<Truce> readTruces(const Json& list, const Dataset& ds, int version,
                              const std::vector<ScenarioMeasure>& measures)
{
    checkList(list, "truces");
    std::vector<Truce> truces;
    std::set<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string p = detail::indexPath("truces", i);
        const Json& o = detail::requireObject(list[i], p);
        rejectUnknownKeys(o, p, kTruceKeys);
        const auto rejectNewerKeys = [version](const Json& object, const std::string& path) {
            if (version >= 3)
                return;
            for (std::string_view key : kSourceKeysV3)
                if (detail::find(object, key))
                    throw FieldError(detail::joinPath(path, key), "not part of format version " + std::to_string(version)
                                                                      + " (it came in version 3)");
        };
        rejectNewerKeys(o, p);
        if (const Json* ext = detail::find(o, "extensions")) {
            checkList(*ext, p + ".extensions");
            for (size_t k = 0; k < ext->size(); ++k)
                if ((*ext)[k].is_object()) {
                    rejectUnknownKeys((*ext)[k], detail::indexPath(p + ".extensions", k), kExtensionKeys);
                    rejectNewerKeys((*ext)[k], detail::indexPath(p + ".extensions", k));
                }
        }
        Truce truce = detail::readTruce(o, p);
        checkInHorizon(truce.start, p + ".start");
        for (size_t k = 0; k < truce.extensions.size(); ++k) {
            const std::string ep = detail::indexPath(p + ".extensions", k);
            checkDateRange(truce.extensions[k].end, ep + ".end");
            if (truce.extensions[k].decided)
                checkDateRange(*truce.extensions[k].decided, ep + ".decided");
        }
        if (const auto problem = findTruceProblem(truce))
            throw FieldError(p + "." + problem->field, problem->message);
        if (!measureDirection(ds, measures, truce.measureId))
            throw FieldError(p + ".measure", "unknown measure '" + printable(truce.measureId) + "'");
        if (!ids.insert(truce.id).second)
            throw FieldError(p + ".id", "duplicate truce id '" + printable(truce.id) + "'");
        truces.push_back(std::move(truce));
    }
    return truces;
}

std::vector<RateOverride> readOverrides(const Json& list, const Dataset& ds,
                                        const std::vector<ScenarioMeasure>& measures)
{
    checkList(list, "overrides");
    std::vector<RateOverride> overrides;
    std::map<std::string, Date> lastFrom; // measure -> date of its latest override so far
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string p = detail::indexPath("overrides", i);
        const Json& e = detail::requireObject(list[i], p);
        rejectUnknownKeys(e, p, kOverrideKeys);
        RateOverride r;
        r.measureId = detail::readString(e, "measure", p);
        if (!measureDirection(ds, measures, r.measureId))
            throw FieldError(p + ".measure", "unknown measure '" + printable(r.measureId) + "'");
        r.from = readScenarioDate(e, "from", p);
        r.ratePct = detail::readNumber(e, "ratePct", p, 0, 1000);
        // Later overrides of a measure replace its rate from their own date on, so
        // their order matters: require it to be the date order.
        if (const auto it = lastFrom.find(r.measureId); it != lastFrom.end() && !(it->second < r.from))
            throw FieldError(p + ".from", "overrides of '" + printable(r.measureId) + "' must be in date order with distinct dates ("
                                              + r.from.toString() + " is not after " + it->second.toString() + ")");
        lastFrom[r.measureId] = r.from;
        overrides.push_back(std::move(r));
    }
    return overrides;
}

std::vector<PartnerRate> readPartnerRates(const Json& list, const Dataset& ds)
{
    checkList(list, "partnerRates");
    static constexpr std::string_view keys[] = {"partner", "from", "ratePct"};
    std::vector<PartnerRate> out;
    std::map<std::string, Date> lastFrom;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string p = detail::indexPath("partnerRates", i);
        const Json& e = detail::requireObject(list[i], p);
        rejectUnknownKeys(e, p, keys);
        PartnerRate r;
        r.partner = detail::readString(e, "partner", p);
        if (std::find(ds.partners.begin(), ds.partners.end(), r.partner) == ds.partners.end()) {
            std::string known;
            for (const auto& name : ds.partners)
                known += (known.empty() ? "" : ", ") + name;
            throw FieldError(p + ".partner", "'" + printable(r.partner) + "' is not one of the other suppliers (" + known + ")");
        }
        r.from = readScenarioDate(e, "from", p);
        r.ratePct = detail::readNumber(e, "ratePct", p, 0, 1000);
        if (const auto it = lastFrom.find(r.partner); it != lastFrom.end() && !(it->second < r.from))
            throw FieldError(p + ".from", "rates of '" + printable(r.partner) + "' must be in date order with distinct dates ("
                                              + r.from.toString() + " is not after " + it->second.toString() + ")");
        lastFrom[r.partner] = r.from;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<ScenarioMeasure> readMeasures(const Json& list, const Dataset& ds)
{
    checkList(list, "measures");
    std::vector<ScenarioMeasure> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string p = detail::indexPath("measures", i);
        const Json& o = detail::requireObject(list[i], p);
        rejectUnknownKeys(o, p, kMeasureKeys);
        ScenarioMeasure m;
        m.id = detail::readString(o, "id", p);
        const auto dir = parseDirection(detail::readString(o, "direction", p));
        if (!dir)
            throw FieldError(p + ".direction", "must be us_on_china or china_on_us");
        m.direction = *dir;
        m.name = detail::readString(o, "name", p);
        m.legalBasis = detail::readStringOr(o, "legalBasis", p);
        const Json& steps = checkList(detail::require(o, "steps", p), p + ".steps");
        for (size_t k = 0; k < steps.size(); ++k) {
            const std::string sp = detail::indexPath(p + ".steps", k);
            const Json& so = detail::requireObject(steps[k], sp);
            rejectUnknownKeys(so, sp, kMeasureStepKeys);
            MeasureStep step;
            step.from = readScenarioDate(so, "from", sp);
            step.to = detail::readOptionalDate(so, "to", sp);
            if (step.to)
                checkDateRange(*step.to, sp + ".to");
            const Json& rate = detail::require(so, "ratePct", sp);
            if (rate.is_number() && rate.get<double>() < 0)
                throw FieldError(sp + ".ratePct", "rate " + formatPct(rate.get<double>())
                                                      + " is negative; a rate is 0 to 1000 percent");
            step.ratePct = detail::readNumber(so, "ratePct", sp, 0, 1000);
            const std::string mode = detail::readStringOr(so, "mode", sp, "add");
            if (mode != "add" && mode != "set")
                throw FieldError(sp + ".mode", "must be add (adds to the steps before it) or set (sets the rate)");
            step.setTo = mode == "set";
            m.steps.push_back(step);
        }
        const Json& coverage = checkList(detail::require(o, "coverage", p), p + ".coverage");
        for (size_t k = 0; k < coverage.size(); ++k) {
            const std::string cp = detail::indexPath(p + ".coverage", k);
            const Json& co = detail::requireObject(coverage[k], cp);
            rejectUnknownKeys(co, cp, kMeasureCoverageKeys);
            MeasureCoverage c;
            c.hs = detail::readStringOr(co, "hs", cp);
            c.sector = detail::readStringOr(co, "sector", cp);
            c.share = detail::readOptionalNumber(co, "share", cp, 0, 1).value_or(1.0);
            m.coverage.push_back(std::move(c));
        }
        if (const Json* y = detail::find(o, "yieldsTo")) {
            checkList(*y, p + ".yieldsTo");
            for (size_t k = 0; k < y->size(); ++k) {
                if (!(*y)[k].is_string())
                    throw FieldError(detail::indexPath(p + ".yieldsTo", k), "expected a measure id");
                m.yieldsTo.push_back((*y)[k].get<std::string>());
            }
        }
        if (const auto problem = findScenarioMeasureProblem(m, ds, out))
            throw FieldError(p + "." + problem->field, problem->message);
        out.push_back(std::move(m));
    }
    return out;
}

OrderedJson measuresJson(const std::vector<ScenarioMeasure>& measures)
{
    OrderedJson list = OrderedJson::array();
    for (const auto& m : measures) {
        OrderedJson o = OrderedJson::object();
        o["id"] = m.id;
        o["direction"] = std::string(toString(m.direction));
        o["name"] = m.name;
        if (!m.legalBasis.empty())
            o["legalBasis"] = m.legalBasis;
        OrderedJson steps = OrderedJson::array();
        for (const auto& st : m.steps) {
            OrderedJson so = OrderedJson::object();
            so["from"] = st.from.toString();
            if (st.to)
                so["to"] = st.to->toString();
            so["ratePct"] = st.ratePct;
            so["mode"] = st.setTo ? "set" : "add";
            steps.push_back(std::move(so));
        }
        o["steps"] = std::move(steps);
        OrderedJson coverage = OrderedJson::array();
        for (const auto& c : m.coverage) {
            OrderedJson co = OrderedJson::object();
            if (!c.hs.empty())
                co["hs"] = c.hs;
            else
                co["sector"] = c.sector;
            co["share"] = c.share;
            coverage.push_back(std::move(co));
        }
        o["coverage"] = std::move(coverage);
        if (!m.yieldsTo.empty())
            o["yieldsTo"] = m.yieldsTo;
        list.push_back(std::move(o));
    }
    return list;
}

ScenarioParameters readParameters(const Json& p)
{
    const std::string path = "parameters";
    detail::requireObject(p, path);
    rejectUnknownKeys(p, path, kParameterKeys);
    ScenarioParameters out;
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        const std::string key = f == Flow::ChinaToUs ? "chinaToUs" : "usToChina";
        const Json* flow = detail::find(p, key);
        if (!flow || flow->is_null())
            continue;
        const std::string fp = detail::joinPath(path, key);
        detail::requireObject(*flow, fp);
        rejectUnknownKeys(*flow, fp, kFlowParameterKeys);
        out.flow(f).elasticity = detail::readOptionalNumber(*flow, "elasticity", fp, 0, 20);
        out.flow(f).adjustmentSpeed = detail::readOptionalNumber(*flow, "adjustmentSpeed", fp, 0, 1);
        if (out.flow(f).adjustmentSpeed && *out.flow(f).adjustmentSpeed <= 0)
            throw FieldError(fp + ".adjustmentSpeed", "must be greater than 0 (and at most 1)");
    }
    out.passThrough = detail::readOptionalNumber(p, "passThrough", path, 0, 1);
    out.frontLoadingShare = detail::readOptionalNumber(p, "frontLoadingShare", path, 0, 1);
    if (const Json* m = detail::find(p, "frontLoadingMonths"); m && !m->is_null())
        out.frontLoadingMonths = detail::readInt(p, "frontLoadingMonths", path, 0, 24);
    out.trendGrowthPerYear = detail::readOptionalNumber(p, "trendGrowthPerYear", path, -0.5, 0.5);
    out.rareEarthApproval = detail::readOptionalNumber(p, "rareEarthApproval", path, 0, 1);
    out.referenceDate = readOptionalScenarioDate(p, "referenceDate", path);
    return out;
}

OrderedJson parametersJson(const ScenarioParameters& p)
{
    OrderedJson o = OrderedJson::object();
    for (Flow f : {Flow::ChinaToUs, Flow::UsToChina}) {
        OrderedJson flow = OrderedJson::object();
        if (p.flow(f).elasticity)
            flow["elasticity"] = *p.flow(f).elasticity;
        if (p.flow(f).adjustmentSpeed)
            flow["adjustmentSpeed"] = *p.flow(f).adjustmentSpeed;
        if (!flow.empty())
            o[f == Flow::ChinaToUs ? "chinaToUs" : "usToChina"] = std::move(flow);
    }
    if (p.passThrough)
        o["passThrough"] = *p.passThrough;
    if (p.frontLoadingShare)
        o["frontLoadingShare"] = *p.frontLoadingShare;
    if (p.frontLoadingMonths)
        o["frontLoadingMonths"] = *p.frontLoadingMonths;
    if (p.trendGrowthPerYear)
        o["trendGrowthPerYear"] = *p.trendGrowthPerYear;
    if (p.rareEarthApproval)
        o["rareEarthApproval"] = *p.rareEarthApproval;
    if (p.referenceDate)
        o["referenceDate"] = p.referenceDate->toString();
    return o;
}

BriefingNotes readBriefing(const Json& b)
{
    const std::string path = "briefing";
    detail::requireObject(b, path);
    rejectUnknownKeys(b, path, kBriefingKeys);
    BriefingNotes out;
    const Json* list = detail::find(b, "keyFindings");
    if (!list || list->is_null())
        return out;
    const std::string lp = detail::joinPath(path, "keyFindings");
    detail::requireArray(*list, lp);
    if (list->size() > kMaxBriefingFindings)
        throw FieldError(lp, "more than " + std::to_string(kMaxBriefingFindings) + " key findings");
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string fp = detail::indexPath(lp, i);
        const Json& f = (*list)[i];
        detail::requireObject(f, fp);
        rejectUnknownKeys(f, fp, kBriefingFindingKeys);
        BriefingFinding finding;
        finding.id = detail::readStringOr(f, "id", fp);
        finding.text = detail::readStringOr(f, "text", fp);
        if (!finding.id.empty() && !isKeyFindingId(finding.id))
            throw FieldError(fp + ".id", "no key finding with id '" + printable(finding.id) + "' (one of "
                                             + keyFindingIdList() + ")");
        if (finding.text.size() > kMaxBriefingFindingBytes)
            throw FieldError(fp + ".text", "longer than " + std::to_string(kMaxBriefingFindingBytes) + " bytes");
        if (finding.id.empty() && finding.text.find_first_not_of(" \t\r\n") == std::string::npos)
            throw FieldError(fp, "needs an id or a text");
        out.keyFindings.push_back(std::move(finding));
    }
    return out;
}

OrderedJson briefingJson(const BriefingNotes& b)
{
    OrderedJson list = OrderedJson::array();
    for (const auto& f : b.keyFindings) {
        OrderedJson o = OrderedJson::object();
        if (!f.id.empty())
            o["id"] = f.id;
        if (!f.text.empty())
            o["text"] = f.text;
        list.push_back(std::move(o));
    }
    return OrderedJson{{"keyFindings", std::move(list)}};
}

} // namespace

Scenario parseScenario(std::string_view text, const Dataset& ds)
{
    if (text.size() > kMaxScenarioBytes)
        throw ScenarioError("(file)", "(file): file is larger than "
                                          + std::to_string(kMaxScenarioBytes / (1024 * 1024))
                                          + " MiB; not a scenario file");
    try {
        const Json root = detail::parseJson(text, kMaxScenarioDepth);
        detail::requireObject(root, "");
        const std::string format = detail::readString(root, "format", "");
        if (format != "tariffsim-scenario")
            throw FieldError("format", "expected \"tariffsim-scenario\", found \"" + printable(format) + "\"");
        const int version = detail::readInt(root, "version", "", 1, 1000000);
        if (version > Scenario::kFormatVersion)
            throw FieldError("version", "file is format version " + std::to_string(version)
                                            + "; this program reads up to version "
                                            + std::to_string(Scenario::kFormatVersion) + " (a newer tariffsim wrote it)");
        rejectUnknownKeys(root, "", kTopLevelKeys);
        if (version < 2)
            for (const char* key : {"parameters", "effectiveDate"})
                if (detail::find(root, key))
                    throw FieldError(key, "not part of format version " + std::to_string(version)
                                              + " (it came in version 2)");
        if (version < 4 && detail::find(root, "measures"))
            throw FieldError("measures", "not part of format version " + std::to_string(version)
                                             + " (it came in version 4)");
        if (version < 5 && detail::find(root, "partnerRates"))
            throw FieldError("partnerRates", "not part of format version " + std::to_string(version)
                                                 + " (it came in version 5)");
        Scenario s;
        s.id = detail::readStringOr(root, "id", "");
        s.basePreset = detail::readStringOr(root, "basePreset", "");
        s.title = detail::readStringOr(root, "title", "");
        s.notes = detail::readStringOr(root, "notes", "");
        detail::readStringOr(root, "$schema", "");
        if (const Json* a = detail::find(root, "assumptions")) {
            checkList(*a, "assumptions");
            for (size_t i = 0; i < a->size(); ++i) {
                if (!(*a)[i].is_string())
                    throw FieldError(detail::indexPath("assumptions", i), "expected a string");
                s.assumptions.push_back((*a)[i].get<std::string>());
            }
        }
        s.freezeAfter = readOptionalScenarioDate(root, "freezeAfter", "");
        if (const Json* d = detail::find(root, "dropSteps")) {
            checkList(*d, "dropSteps");
            for (size_t i = 0; i < d->size(); ++i) {
                const std::string p = detail::indexPath("dropSteps", i);
                if (!(*d)[i].is_string())
                    throw FieldError(p, "expected a step id");
                const std::string id = (*d)[i].get<std::string>();
                if (!stepExists(ds, id))
                    throw FieldError(p, "no recorded rate step with id '" + printable(id) + "'");
                s.dropSteps.push_back(id);
            }
        }
        if (const Json* m = detail::find(root, "measures"))
            s.measures = readMeasures(*m, ds);
        if (const Json* t = detail::find(root, "truces"))
            s.truces = readTruces(*t, ds, version, s.measures);
        if (const Json* o = detail::find(root, "overrides"))
            s.overrides = readOverrides(*o, ds, s.measures);
        if (const Json* r = detail::find(root, "partnerRates"))
            s.partnerRates = readPartnerRates(*r, ds);
        s.effectiveDate = readOptionalScenarioDate(root, "effectiveDate", "");
        if (const Json* p = detail::find(root, "parameters"))
            s.parameters = readParameters(*p);
        if (const Json* b = detail::find(root, "briefing"); b && !b->is_null())
            s.briefing = readBriefing(*b);
        if (s.truces)
            checkTrucesAgainst(*s.truces, s.overrides, ds, s.measures);
        return s;
    } catch (const FieldError& e) {
        throw ScenarioError(e.field(), e.what());
    } catch (const Json::exception& e) {
        // Not expected (every access above is type-checked); kept so that a bad
        // file can never end the program.
        throw ScenarioError("(file)", std::string("(file): ") + e.what());
    }
}

Scenario readScenarioFile(const std::string& path, const Dataset& ds)
{
    std::string text;
    try {
        text = readFileLimited(path, kMaxScenarioBytes);
    } catch (const FileError& e) {
        const std::string reason = e.reason().starts_with("the file is larger")
            ? e.reason() + "; not a scenario file"
            : e.reason();
        throw ScenarioError("(file)", reason);
    }
    return parseScenario(text, ds);
}

std::string serializeScenario(const Scenario& s)
{
    OrderedJson root = OrderedJson::object();
    root["format"] = "tariffsim-scenario";
    root["version"] = Scenario::kFormatVersion;
    if (!s.id.empty())
        root["id"] = s.id;
    if (!s.basePreset.empty())
        root["basePreset"] = s.basePreset;
    root["title"] = s.title;
    root["notes"] = s.notes;
    root["assumptions"] = s.assumptions;
    if (s.freezeAfter)
        root["freezeAfter"] = s.freezeAfter->toString();
    if (!s.dropSteps.empty())
        root["dropSteps"] = s.dropSteps;
    if (s.truces) {
        OrderedJson list = OrderedJson::array();
        for (const auto& t : *s.truces) {
            OrderedJson o = OrderedJson::object();
            o["id"] = t.id;
            o["name"] = t.name;
            o["measure"] = t.measureId;
            o["start"] = t.start.toString();
            o["days"] = t.days;
            o["suspendedPct"] = t.suspendedPct;
            addProvenance(o, t.provenance);
            OrderedJson ext = OrderedJson::array();
            for (const auto& x : t.extensions) {
                OrderedJson e = OrderedJson::object();
                if (!x.id.empty())
                    e["id"] = x.id;
                e["end"] = x.end.toString();
                if (x.decided)
                    e["decided"] = x.decided->toString();
                if (x.assumption)
                    e["assumption"] = true;
                addProvenance(e, x.provenance);
                ext.push_back(std::move(e));
            }
            o["extensions"] = std::move(ext);
            list.push_back(std::move(o));
        }
        root["truces"] = std::move(list);
    }
    OrderedJson overrides = OrderedJson::array();
    for (const auto& o : s.overrides)
        overrides.push_back({{"measure", o.measureId}, {"from", o.from.toString()}, {"ratePct", o.ratePct}});
    root["overrides"] = std::move(overrides);
    if (s.effectiveDate)
        root["effectiveDate"] = s.effectiveDate->toString();
    if (!s.parameters.empty())
        root["parameters"] = parametersJson(s.parameters);
    if (!s.briefing.empty())
        root["briefing"] = briefingJson(s.briefing);
    if (!s.measures.empty())
        root["measures"] = measuresJson(s.measures);
    if (!s.partnerRates.empty()) {
        OrderedJson rates = OrderedJson::array();
        for (const auto& r : s.partnerRates)
            rates.push_back({{"partner", r.partner}, {"from", r.from.toString()}, {"ratePct", r.ratePct}});
        root["partnerRates"] = std::move(rates);
    }
    // Strings come from parsed files or from the window (valid UTF-8); replacing
    // anything else keeps serialization from throwing.
    return root.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

} // namespace tariffsim::core
