#include "userdata.h"

#include "csv.h"
#include "fileio.h"
#include "horizon.h"
#include "jsonutil.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace tariffsim::core {

namespace {

constexpr std::size_t kMaxUserFileBytes = 16 * 1024 * 1024;

// A value's check: empty when it is fine, else the reason.
using Check = std::function<std::string(const std::string&)>;

struct Column {
    std::string name;
    bool required = true;  ///< the header must name it
    bool mayBeEmpty = false;
    Check check;
};

struct FileSpec {
    std::vector<Column> columns;
    std::vector<std::string> key; ///< columns whose values identify a row
    /// Files that, as the shipped ones, may hold rows that are not a flow
    /// (totals, balances, growth rates; ignored): the value of a flow's row must
    /// not be negative.
    bool otherRows = false;
    /// The source may be given as reported_by alone (events.csv).
    bool reportedByServes = false;
};

std::optional<double> number(const std::string& text)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

Check numberIn(double lo, double hi)
{
    return [lo, hi](const std::string& text) -> std::string {
        const auto v = number(text);
        if (!v)
            return "'" + printable(text) + "' is not a number";
        if (*v < lo || *v > hi)
            return "'" + printable(text) + "' is outside " + printable(std::to_string(lo)) + " to "
                + printable(std::to_string(hi));
        return {};
    };
}

std::string nonNegative(const std::string& text)
{
    const auto v = number(text);
    if (!v)
        return "'" + printable(text) + "' is not a number";
    if (*v < 0)
        return "'" + printable(text) + "' is negative";
    return {};
}

std::string anyNumber(const std::string& text)
{
    return number(text) ? std::string() : "'" + printable(text) + "' is not a number";
}

std::string flowValue(const std::string& text)
{
    return parseFlow(text) ? std::string() : "'" + printable(text) + "' is not china_to_us or us_to_china";
}

std::string reporterValue(const std::string& text)
{
    return text == "GACC" || text == "USCensus" ? std::string()
                                                : "'" + printable(text) + "' is not GACC (China customs) or USCensus";
}

std::string monthValue(const std::string& text)
{
    const auto m = YearMonth::parse(text);
    if (!m)
        return "'" + printable(text) + "' is not a month (YYYY-MM)";
    if (!inHorizon(*m))
        return m->toString() + " is outside " + kHorizonFirstMonth.toString() + " to " + kHorizonLastMonth.toString();
    return {};
}

std::string periodValue(const std::string& text)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos)
        return monthValue(text);
    const std::string a = text.substr(0, slash), b = text.substr(slash + 1);
    if (const std::string p = monthValue(a); !p.empty())
        return p;
    if (const std::string p = monthValue(b); !p.empty())
        return p;
    if (*YearMonth::parse(b) < *YearMonth::parse(a))
        return "the period '" + printable(text) + "' ends before it starts";
    return {};
}

std::string dateValue(const std::string& text)
{
    const auto d = Date::parse(text);
    if (!d)
        return "'" + printable(text) + "' is not a date (YYYY-MM-DD)";
    if (!inHorizon(*d))
        return d->toString() + " is outside " + kHorizonFirstDay.toString() + " to " + kHorizonLastDay.toString();
    return {};
}

std::string urlValue(const std::string& text)
{
    if (!text.starts_with("https://") && !text.starts_with("http://"))
        return "'" + printable(text) + "' is not a web address (http:// or https://): every figure needs its source";
    return {};
}

std::string basisValue(const std::string& text)
{
    return text == "stated" || text == "derived" ? std::string() : "'" + printable(text) + "' is not stated or derived";
}

std::string anyText(const std::string&) { return {}; }

const std::map<std::string, FileSpec>& specs()
{
    static const std::map<std::string, FileSpec> s = {
        {"trade_monthly.csv",
         {{{"month", true, false, monthValue},
           {"flow", true, false, flowValue},
           {"value_usd_bn", true, false, nonNegative},
           {"reporter", true, false, reporterValue},
           {"source_url", true, false, urlValue},
           {"kind", false, true, basisValue},
           {"note", false, true, anyText}},
          {"month", "flow", "reporter"}}},
        {"trade_monthly_supplementary.csv",
         {{{"period", true, false, periodValue},
           {"flow", true, false, anyText},
           {"value_usd_bn", true, false, anyNumber},
           {"reporter", true, false, reporterValue},
           {"source_url", true, false, urlValue},
           {"kind", false, true, basisValue},
           {"note", false, true, anyText}},
          {"period", "flow", "reporter"},
          true}},
        {"trade_annual.csv",
         {{{"year", true, false, numberIn(2000, 2100)},
           {"flow", true, false, anyText},
           {"value_usd_bn", true, false, anyNumber},
           {"reporter", true, false, reporterValue},
           {"kind", true, true, basisValue},
           {"note", true, true, anyText},
           {"source_url", true, false, urlValue}},
          {"year", "flow", "reporter"},
          true}},
        {"events.csv",
         {{{"date", true, false, dateValue},
           {"actor", true, false, anyText},
           {"kind", true, false, anyText},
           {"label", true, true, anyText},
           {"measure", true, false, anyText},
           {"target", true, true, anyText},
           {"rate_pct", true, true, numberIn(0, 1000)},
           {"note", true, true, anyText},
           {"source_url", true, true, urlValue},
           {"status", false, true,
            [](const std::string& t) {
                return isEventStatus(t) ? std::string()
                                        : "'" + printable(t) + "' is not confirmed, scheduled, not_enacted or unverified";
            }},
           {"source_kind", false, true,
            [](const std::string& t) {
                return isSourceKind(t) ? std::string() : "'" + printable(t) + "' is not law, statistics, research or press";
            }},
           {"citation", false, true, anyText},
           {"reported_by", false, true, urlValue}},
          {"date", "measure"},
          false,
          true}},
        {"elasticities.csv",
         {{{"parameter", true, false, anyText},
           {"value", true, true, anyNumber},
           {"range_low", true, true, anyNumber},
           {"range_high", true, true, anyNumber},
           {"paper", true, false, anyText},
           {"source_url", true, false, urlValue}},
          {"parameter", "paper"}}},
        {"rare_earth_magnets_2025.csv",
         {{{"month", true, false, periodValue},
           {"destination", true, false, anyText},
           {"tonnes", true, false, nonNegative},
           {"mom_pct", true, true, anyNumber},
           {"yoy_pct", true, true, anyNumber},
           {"note", true, true, anyText},
           {"source_url", true, false, urlValue}},
          {"month", "destination"}}},
        {"calibration.csv",
         {{{"flow", true, false, flowValue},
           {"reporter", true, false, reporterValue},
           {"elasticity", true, false, numberIn(0.001, 99.999)},
           {"adjustment_speed", true, false, numberIn(0.0001, 1)},
           {"first_month", true, false, monthValue},
           {"last_month", true, false, monthValue},
           {"observations", true, false,
            [](const std::string& t) {
                const auto v = number(t);
                return v && *v >= 1 && *v <= 1000 && *v == std::floor(*v)
                    ? std::string()
                    : "'" + printable(t) + "' is not a whole number from 1 to 1000";
            }},
           {"rmse_log", true, false, nonNegative},
           {"note", true, true, anyText}},
          {"flow", "reporter"}}},
    };
    return s;
}

std::string userNote(const std::string& file, const std::string& note)
{
    return "your own data (" + file + ")" + (note.empty() ? std::string() : "; " + note);
}

void markUser(Provenance& p, const std::string& file)
{
    p.kind = std::string(kUserSourceKind);
    p.note = userNote(file, p.note);
}

// Replaces the rows of `into` with the key of a row of `from`, appends the rest.
template <typename T, typename Key>
void mergeRows(std::vector<T>& into, std::vector<T>& from, Key key)
{
    for (auto& row : from) {
        const auto it = std::find_if(into.begin(), into.end(), [&](const T& r) { return key(r) == key(row); });
        if (it != into.end())
            *it = std::move(row);
        else
            into.push_back(std::move(row));
    }
}

} // namespace

std::string DataProblem::toString() const
{
    return file + ":" + std::to_string(line) + ": " + field + ": " + reason;
}

const std::vector<std::string>& userDataFileNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const auto& [name, spec] : specs())
            n.push_back(name);
        return n;
    }();
    return names;
}

std::vector<std::string> userDataColumns(const std::string& name, bool requiredOnly)
{
    std::vector<std::string> out;
    const auto spec = specs().find(name);
    if (spec != specs().end())
        for (const Column& c : spec->second.columns)
            if (c.required || !requiredOnly)
                out.push_back(c.name);
    return out;
}

namespace {

// A CSV field, quoted when it has to be.
std::string csvField(const std::string& v)
{
    if (v.find_first_of(",\"\r\n") == std::string::npos)
        return v;
    std::string q = "\"";
    for (char c : v)
        q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

} // namespace

std::string mergeUserCsv(const std::string& name, std::string_view existing, std::string_view added)
{
    const auto spec = specs().find(name);
    if (spec == specs().end())
        throw DataError(name + ": not a file of a user data folder that rows can be added to");
    const CsvTable old(existing, name), add(added, name);
    // Every column either file has, in the shipped order.
    std::vector<std::string> columns;
    for (const Column& c : spec->second.columns)
        if (old.hasColumn(c.name) || add.hasColumn(c.name))
            columns.push_back(c.name);
    const auto row = [&](const CsvTable& t, size_t r) {
        std::vector<std::string> out;
        for (const auto& c : columns)
            out.push_back(t.hasColumn(c) ? t.at(r, c) : std::string());
        return out;
    };
    const auto key = [&](const CsvTable& t, size_t r) {
        std::vector<std::string> k;
        for (const auto& c : spec->second.key)
            k.push_back(t.hasColumn(c) ? t.at(r, c) : std::string());
        return k;
    };
    std::vector<std::vector<std::string>> rows;
    std::map<std::vector<std::string>, size_t> where;
    for (size_t r = 0; r < old.rowCount(); ++r) {
        where[key(old, r)] = rows.size();
        rows.push_back(row(old, r));
    }
    for (size_t r = 0; r < add.rowCount(); ++r) {
        const auto k = key(add, r);
        if (const auto it = where.find(k); it != where.end())
            rows[it->second] = row(add, r);
        else {
            where[k] = rows.size();
            rows.push_back(row(add, r));
        }
    }
    std::string out;
    for (size_t k = 0; k < columns.size(); ++k)
        out += (k ? "," : "") + csvField(columns[k]);
    out += "\n";
    for (const auto& values : rows) {
        for (size_t k = 0; k < values.size(); ++k)
            out += (k ? "," : "") + csvField(values[k]);
        out += "\n";
    }
    return out;
}

std::string remapCsvColumns(std::string_view text, const std::vector<std::string>& columns,
                            const std::vector<int>& sourceColumn)
{
    const auto field = csvField;
    const auto rows = parseCsv(text);
    std::string out;
    for (size_t k = 0; k < columns.size(); ++k)
        out += (k ? "," : "") + field(columns[k]);
    out += "\n";
    for (size_t r = 1; r < rows.size(); ++r) {
        for (size_t k = 0; k < columns.size(); ++k) {
            const int from = k < sourceColumn.size() ? sourceColumn[k] : -1;
            const bool has = from >= 0 && static_cast<size_t>(from) < rows[r].size();
            out += (k ? "," : "") + (has ? field(rows[r][static_cast<size_t>(from)]) : std::string());
        }
        out += "\n";
    }
    return out;
}

namespace {

// The shape of a user measures file: what loadWithUserMeasures needs to merge it.
std::vector<DataProblem> checkMeasuresShape(std::string_view text)
{
    const std::string file(kUserMeasuresFile);
    std::vector<DataProblem> problems;
    try {
        const detail::Json root = detail::requireObject(detail::parseJson(text), "(file)");
        for (const auto& [key, value] : root.items())
            if (key != "format" && key != "version" && key != "description" && key != "vintage" && key != "profiles"
                && key != "measures" && key != "truces")
                problems.push_back({file, 1, key, "not a key of a measures file (profiles, measures, truces)"});
        if (const detail::Json* profiles = detail::find(root, "profiles"))
            detail::requireObject(*profiles, "profiles");
        for (const char* list : {"measures", "truces"}) {
            const detail::Json* items = detail::find(root, list);
            if (!items)
                continue;
            detail::requireArray(*items, list);
            std::map<std::string, size_t> ids;
            for (size_t i = 0; i < items->size(); ++i) {
                const std::string path = detail::indexPath(list, i);
                const std::string id = detail::readString(detail::requireObject((*items)[i], path), "id", path);
                if (const auto [it, added] = ids.emplace(id, i); !added)
                    problems.push_back({file, 1, path + ".id",
                                        "'" + printable(id) + "' is given twice (also " + detail::indexPath(list, it->second) + ")"});
            }
        }
    } catch (const detail::FieldError& e) {
        std::string reason = e.what();
        if (reason.starts_with(e.field() + ": "))
            reason = reason.substr(e.field().size() + 2);
        problems.push_back({file, 1, e.field().empty() ? "(file)" : e.field(), reason});
    }
    return problems;
}

// Replaces the objects of `into` with the id of an object of `from`, appends the rest.
void mergeById(detail::Json& into, const detail::Json& from)
{
    for (const auto& item : from) {
        const std::string id = item.at("id").get<std::string>();
        auto it = std::find_if(into.begin(), into.end(), [&](const detail::Json& x) {
            return x.contains("id") && x.at("id").is_string() && x.at("id").get<std::string>() == id;
        });
        if (it != into.end())
            *it = item;
        else
            into.push_back(item);
    }
}

} // namespace

std::optional<Dataset> loadWithUserMeasures(DataFiles shipped, std::string_view userMeasures,
                                            std::vector<DataProblem>& problems)
{
    const std::string file(kUserMeasuresFile);
    if (auto shape = checkMeasuresShape(userMeasures); !shape.empty()) {
        problems.insert(problems.end(), shape.begin(), shape.end());
        return std::nullopt;
    }
    const detail::Json user = detail::parseJson(userMeasures);
    detail::Json merged = detail::parseJson(shipped.at(file));
    if (const detail::Json* profiles = detail::find(user, "profiles"))
        for (const auto& [name, profile] : profiles->items())
            merged["profiles"][name] = profile;
    // Where each of the user's measures and truces lands in the merged lists, so
    // that a problem names the user's own index ("measures[0]", not "measures[46]").
    std::map<std::string, std::map<size_t, size_t>> userIndex;
    for (const char* list : {"measures", "truces"})
        if (const detail::Json* items = detail::find(user, list)) {
            mergeById(merged[list], *items);
            for (size_t k = 0; k < items->size(); ++k) {
                const std::string id = (*items)[k].at("id").get<std::string>();
                for (size_t j = 0; j < merged[list].size(); ++j)
                    if (merged[list][j].value("id", std::string()) == id)
                        userIndex[list][j] = k;
            }
        }
    shipped[file] = merged.dump();
    Dataset ds;
    try {
        ds = loadDataset(shipped);
    } catch (const DataError& e) {
        // "measures.json: measures[40].steps[0].ratePct: must be ..."
        std::string text = e.what();
        if (text.starts_with(file + ": "))
            text = text.substr(file.size() + 2);
        std::string field = "(file)";
        if (const auto colon = text.find(": "); colon != std::string::npos && text.find(' ') > colon) {
            field = text.substr(0, colon);
            text = text.substr(colon + 2);
        }
        // measures[46].steps[0].ratePct -> measures[0].steps[0].ratePct (the user's own numbering);
        // a shipped entry a user profile broke is named by its id.
        for (const char* list : {"measures", "truces"}) {
            const std::string head = std::string(list) + "[";
            if (!field.starts_with(head))
                continue;
            const auto close = field.find(']');
            size_t merged = 0;
            const auto [end, ec] = std::from_chars(field.data() + head.size(), field.data() + close, merged);
            if (ec != std::errc() || close == std::string::npos)
                break;
            const auto& index = userIndex[list];
            if (const auto it = index.find(merged); it != index.end())
                field = head + std::to_string(it->second) + field.substr(close);
            else
                text += " (in the shipped " + std::string(list) + "[" + std::to_string(merged) + "], changed by this file)";
            (void)end;
            break;
        }
        problems.push_back({file, 1, field, text});
        return std::nullopt;
    }
    // What came from the user's file is the user's own.
    std::set<std::string> measures, truces;
    if (const detail::Json* items = detail::find(user, "measures"))
        for (const auto& m : *items)
            measures.insert(m.at("id").get<std::string>());
    if (const detail::Json* items = detail::find(user, "truces"))
        for (const auto& t : *items)
            truces.insert(t.at("id").get<std::string>());
    for (Measure& m : ds.measures)
        if (measures.count(m.id))
            for (RateStep& step : m.steps)
                markUser(step.provenance, file);
    for (Truce& t : ds.truces)
        if (truces.count(t.id)) {
            markUser(t.provenance, file);
            for (TruceExtension& x : t.extensions)
                markUser(x.provenance, file);
        }
    return ds;
}

std::vector<DataProblem> checkUserFile(const std::string& name, std::string_view text)
{
    if (name == kUserMeasuresFile)
        return checkMeasuresShape(text);
    std::vector<DataProblem> problems;
    const auto spec = specs().find(name);
    if (spec == specs().end()) {
        std::string known;
        for (const auto& n : userDataFileNames())
            known += (known.empty() ? "" : ", ") + n;
        known += ", " + std::string(kUserMeasuresFile);
        problems.push_back({name, 1, "(file)", "not a file the data folder can hold (it may hold " + known + ")"});
        return problems;
    }
    std::optional<CsvTable> table;
    try {
        table.emplace(text, name);
    } catch (const CsvError& e) {
        std::string reason = e.what();
        // CsvError's message starts with the file and line; keep the reason alone.
        if (const auto colon = reason.find(": "); colon != std::string::npos && reason.starts_with(name))
            reason = reason.substr(colon + 2);
        problems.push_back({name, std::max(1, e.line()), "(syntax)", reason});
        return problems;
    }
    const CsvTable& t = *table;
    bool columnsMissing = false;
    for (const Column& c : spec->second.columns)
        if (c.required && !t.hasColumn(c.name)) {
            problems.push_back({name, 1, c.name, "missing column (the header must name it, as the shipped file does)"});
            columnsMissing = true;
        }
    if (columnsMissing)
        return problems;
    std::map<std::vector<std::string>, int> keys;
    for (size_t r = 0; r < t.rowCount(); ++r) {
        const int line = t.lineOf(r);
        for (const Column& c : spec->second.columns) {
            if (!t.hasColumn(c.name))
                continue;
            const std::string& value = t.at(r, c.name);
            if (value.empty()) {
                if (!c.mayBeEmpty)
                    problems.push_back({name, line, c.name, "empty; a value is required"});
                continue;
            }
            if (const std::string reason = c.check(value); !reason.empty())
                problems.push_back({name, line, c.name, reason});
        }
        if (spec->second.reportedByServes && t.at(r, "source_url").empty()
            && (!t.hasColumn("reported_by") || t.at(r, "reported_by").empty()))
            problems.push_back({name, line, "source_url", "empty, and no reported_by: every event needs its source"});
        if (spec->second.otherRows && parseFlow(t.at(r, "flow")))
            if (const auto v = number(t.at(r, "value_usd_bn")); v && *v < 0)
                problems.push_back({name, line, "value_usd_bn", "'" + t.at(r, "value_usd_bn") + "' is negative"});
        std::vector<std::string> key;
        for (const auto& k : spec->second.key)
            key.push_back(t.at(r, k));
        const auto [it, added] = keys.emplace(key, line);
        if (!added)
            problems.push_back({name, line, spec->second.key.front(),
                                "the same row key as line " + std::to_string(it->second) + " (each key once per file)"});
    }
    return problems;
}

DataFiles readUserDirectory(const std::filesystem::path& folder, std::vector<DataProblem>& problems)
{
    DataFiles files;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return files;
    std::vector<std::filesystem::path> entries;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        entries.push_back(it->path());
    if (ec) {
        problems.push_back({folder.string(), 1, "(file)", "the folder cannot be listed: " + ec.message()});
        return files;
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& path : entries) {
        const std::string name = path.filename().string();
        if (name.starts_with("."))
            continue; // hidden files (editors' backups, .directory)
        std::error_code typeError;
        if (std::filesystem::is_directory(path, typeError))
            continue;
        try {
            files[name] = readFileLimited(path.string(), kMaxUserFileBytes);
        } catch (const FileError& e) {
            problems.push_back({name, 1, "(file)", e.reason()});
        }
    }
    return files;
}

void mergeUserFiles(Dataset& ds, const DataFiles& user, std::vector<DataProblem>& skipped)
{
    for (const auto& [name, text] : user) {
        if (name == kUserMeasuresFile)
            continue; // read with the shipped measures (loadWithUserMeasures)
        auto problems = checkUserFile(name, text);
        Dataset rows;
        if (problems.empty()) {
            try {
                loadCsvFile(rows, name, text);
            } catch (const DataError& e) {
                // Not expected after checkUserFile; the file is skipped all the same.
                problems.push_back({name, 1, "(file)", e.what()});
            }
        }
        if (!problems.empty()) {
            skipped.insert(skipped.end(), problems.begin(), problems.end());
            continue;
        }
        for (auto& o : rows.observedTrade)
            markUser(o.provenance, name);
        for (auto& a : rows.annualTotals)
            markUser(a.provenance, name);
        for (auto& e : rows.events)
            markUser(e.provenance, name);
        for (auto& r : rows.rareEarthMagnets)
            markUser(r.provenance, name);
        for (auto& e : rows.elasticities)
            e.paper += " (your own data, " + name + ")";
        for (auto& c : rows.calibration)
            c.note = userNote(name, c.note);
        mergeRows(ds.observedTrade, rows.observedTrade,
                  [](const ObservedTrade& o) { return std::tuple(o.first, o.last, o.flow, o.reporter); });
        mergeRows(ds.annualTotals, rows.annualTotals,
                  [](const AnnualTotal& a) { return std::tuple(a.year, a.flow, a.reporter); });
        mergeRows(ds.events, rows.events, [](const TimelineEvent& e) { return std::tuple(e.date, e.title); });
        std::stable_sort(ds.events.begin(), ds.events.end(),
                         [](const TimelineEvent& a, const TimelineEvent& b) { return a.date < b.date; });
        // Elasticities keep the user's paper name without the mark as the key.
        for (auto& e : rows.elasticities) {
            const std::string paper = e.paper.substr(0, e.paper.rfind(" (your own data, "));
            const auto it = std::find_if(ds.elasticities.begin(), ds.elasticities.end(), [&](const LiteratureEstimate& x) {
                return x.parameter == e.parameter && x.paper == paper;
            });
            if (it != ds.elasticities.end())
                *it = std::move(e);
            else
                ds.elasticities.push_back(std::move(e));
        }
        mergeRows(ds.rareEarthMagnets, rows.rareEarthMagnets,
                  [](const RareEarthExports& r) { return std::tuple(r.first, r.last, r.destination); });
        mergeRows(ds.calibration, rows.calibration,
                  [](const CalibratedResponse& c) { return std::tuple(c.flow, c.reporter); });
    }
    updateVintage(ds);
}

} // namespace tariffsim::core
