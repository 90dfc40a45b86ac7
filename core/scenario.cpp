#include "scenario.h"

#include "jsonutil.h"

#include <set>

namespace tariffsim::core {

namespace detail {
Truce readTruce(const Json& o, const std::string& path);
}

using detail::FieldError;
using detail::Json;

namespace {

bool stepExists(const Dataset& ds, const std::string& id)
{
    for (const auto& m : ds.measures)
        for (const auto& s : m.steps)
            if (s.id == id)
                return true;
    return false;
}

Json provenanceJson(const Provenance& p)
{
    Json o = Json::object();
    if (!p.source.empty())
        o["source"] = p.source;
    if (p.basis != "stated")
        o["basis"] = p.basis;
    if (!p.note.empty())
        o["note"] = p.note;
    return o;
}

} // namespace

Scenario parseScenario(std::string_view text, const Dataset& ds)
{
    if (text.size() > kMaxScenarioBytes)
        throw ScenarioError("(file)", "file is larger than " + std::to_string(kMaxScenarioBytes / (1024 * 1024))
                                          + " MiB; not a scenario file");
    try {
        const Json root = detail::parseJson(text);
        detail::requireObject(root, "");
        const std::string format = detail::readString(root, "format", "");
        if (format != "tariffsim-scenario")
            throw FieldError("format", "expected \"tariffsim-scenario\", found \"" + format + "\"");
        const int version = detail::readInt(root, "version", "", 1, 1000000);
        if (version > Scenario::kFormatVersion)
            throw FieldError("version", "file is format version " + std::to_string(version)
                                            + "; this program reads up to version "
                                            + std::to_string(Scenario::kFormatVersion) + " (a newer tariffsim wrote it)");
        Scenario s;
        s.id = detail::readStringOr(root, "id", "");
        s.basePreset = detail::readStringOr(root, "basePreset", "");
        s.title = detail::readStringOr(root, "title", "");
        s.notes = detail::readStringOr(root, "notes", "");
        if (const Json* a = detail::find(root, "assumptions")) {
            detail::requireArray(*a, "assumptions");
            for (size_t i = 0; i < a->size(); ++i) {
                if (!(*a)[i].is_string())
                    throw FieldError(detail::indexPath("assumptions", i), "expected a string");
                s.assumptions.push_back((*a)[i].get<std::string>());
            }
        }
        s.freezeAfter = detail::readOptionalDate(root, "freezeAfter", "");
        if (const Json* d = detail::find(root, "dropSteps")) {
            detail::requireArray(*d, "dropSteps");
            for (size_t i = 0; i < d->size(); ++i) {
                const std::string p = detail::indexPath("dropSteps", i);
                if (!(*d)[i].is_string())
                    throw FieldError(p, "expected a step id");
                const std::string id = (*d)[i].get<std::string>();
                if (!stepExists(ds, id))
                    throw FieldError(p, "no recorded rate step with id '" + id + "'");
                s.dropSteps.push_back(id);
            }
        }
        if (const Json* t = detail::find(root, "truces")) {
            detail::requireArray(*t, "truces");
            std::vector<Truce> truces;
            std::set<std::string> ids;
            for (size_t i = 0; i < t->size(); ++i) {
                const std::string p = detail::indexPath("truces", i);
                Truce truce = detail::readTruce((*t)[i], p);
                if (!ds.measure(truce.measureId))
                    throw FieldError(p + ".measure", "unknown measure '" + truce.measureId + "'");
                if (!ids.insert(truce.id).second)
                    throw FieldError(p + ".id", "duplicate truce id '" + truce.id + "'");
                truces.push_back(std::move(truce));
            }
            s.truces = std::move(truces);
        }
        if (const Json* o = detail::find(root, "overrides")) {
            detail::requireArray(*o, "overrides");
            for (size_t i = 0; i < o->size(); ++i) {
                const std::string p = detail::indexPath("overrides", i);
                const Json& e = detail::requireObject((*o)[i], p);
                RateOverride r;
                r.measureId = detail::readString(e, "measure", p);
                if (!ds.measure(r.measureId))
                    throw FieldError(p + ".measure", "unknown measure '" + r.measureId + "'");
                r.from = detail::readDate(e, "from", p);
                r.ratePct = detail::readNumber(e, "ratePct", p, 0, 1000);
                s.overrides.push_back(std::move(r));
            }
        }
        return s;
    } catch (const FieldError& e) {
        std::string message = e.what();
        throw ScenarioError(e.field(), message);
    }
}

std::string serializeScenario(const Scenario& s)
{
    Json root = Json::object();
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
        Json list = Json::array();
        for (const auto& t : *s.truces) {
            Json o = provenanceJson(t.provenance);
            o["id"] = t.id;
            o["name"] = t.name;
            o["measure"] = t.measureId;
            o["start"] = t.start.toString();
            o["days"] = t.days;
            o["suspendedPct"] = t.suspendedPct;
            Json ext = Json::array();
            for (const auto& x : t.extensions) {
                Json e = provenanceJson(x.provenance);
                if (!x.id.empty())
                    e["id"] = x.id;
                e["end"] = x.end.toString();
                if (x.decided)
                    e["decided"] = x.decided->toString();
                if (x.assumption)
                    e["assumption"] = true;
                ext.push_back(std::move(e));
            }
            o["extensions"] = std::move(ext);
            list.push_back(std::move(o));
        }
        root["truces"] = std::move(list);
    }
    Json overrides = Json::array();
    for (const auto& o : s.overrides)
        overrides.push_back({{"measure", o.measureId}, {"from", o.from.toString()}, {"ratePct", o.ratePct}});
    root["overrides"] = std::move(overrides);
    return root.dump(2) + "\n";
}

} // namespace tariffsim::core
