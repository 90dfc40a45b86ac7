#include "dataset.h"

#include "csv.h"
#include "jsonutil.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

namespace tariffsim::core {

using detail::FieldError;
using detail::Json;

std::string_view toString(Direction d) { return d == Direction::UsOnChina ? "us_on_china" : "china_on_us"; }
std::string_view toString(Flow f) { return f == Flow::ChinaToUs ? "china_to_us" : "us_to_china"; }

std::optional<Direction> parseDirection(std::string_view text)
{
    if (text == "us_on_china")
        return Direction::UsOnChina;
    if (text == "china_on_us")
        return Direction::ChinaOnUs;
    return std::nullopt;
}

std::optional<Flow> parseFlow(std::string_view text)
{
    if (text == "china_to_us")
        return Flow::ChinaToUs;
    if (text == "us_to_china")
        return Flow::UsToChina;
    return std::nullopt;
}

Date Truce::end() const
{
    Date e = originalEnd();
    for (const auto& x : extensions)
        e = std::max(e, x.end);
    return e;
}

Date Truce::recordedEnd() const
{
    Date e = originalEnd();
    for (const auto& x : extensions)
        if (!x.assumption)
            e = std::max(e, x.end);
    return e;
}

bool hsMatches(std::string_view prefix, std::string_view code)
{
    if (prefix == "*")
        return true;
    size_t i = 0, j = 0;
    while (i < prefix.size()) {
        if (prefix[i] == '.') {
            ++i;
            continue;
        }
        while (j < code.size() && code[j] == '.')
            ++j;
        if (j >= code.size() || code[j] != prefix[i])
            return false;
        ++i;
        ++j;
    }
    return true;
}

const Measure* Dataset::measure(std::string_view id) const
{
    for (const auto& m : measures)
        if (m.id == id)
            return &m;
    return nullptr;
}

const SectorGroup* Dataset::group(Flow flow, std::string_view id) const
{
    for (const auto& g : groups)
        if (g.flow == flow && g.id == id)
            return &g;
    return nullptr;
}

std::optional<YearMonth> DataVintage::lastObservedMonth(std::string_view reporter) const
{
    std::optional<YearMonth> last;
    for (const auto& [key, month] : lastObserved)
        if (key.second == reporter && (!last || *last < month))
            last = month;
    return last;
}

bool isSourceKind(std::string_view kind)
{
    return kind == "law" || kind == "statistics" || kind == "research" || kind == "press";
}

std::string_view sourceKindLabel(std::string_view kind)
{
    if (kind == "statistics")
        return "official statistics";
    if (kind == "user")
        return "your own data";
    if (isSourceKind(kind))
        return kind;
    return "source";
}

bool isEventStatus(std::string_view status)
{
    return status == "confirmed" || status == "scheduled" || status == "not_enacted" || status == "unverified";
}

std::string sourceLine(const Provenance& p)
{
    std::string body = p.citation;
    if (!p.source.empty())
        body += (body.empty() ? "" : ", ") + p.source;
    if (!p.reportedBy.empty())
        body += body.empty() ? "reported by " + p.reportedBy : " (reported by " + p.reportedBy + ")";
    if (p.kind.empty())
        return body;
    std::string label(sourceKindLabel(p.kind));
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return body.empty() ? label : label + ": " + body;
}

const std::string& sourceUrl(const Provenance& p)
{
    return p.source.empty() ? p.reportedBy : p.source;
}

std::vector<const Sector*> Dataset::sectorsOf(Flow flow) const
{
    std::vector<const Sector*> out;
    for (const auto& s : sectors)
        if (s.flow == flow)
            out.push_back(&s);
    return out;
}

std::vector<int> Dataset::baseYears() const
{
    std::vector<int> years;
    if (sectors.empty())
        return years;
    for (const auto& [year, value] : sectors.front().valueUsdBn) {
        (void)value;
        if (std::all_of(sectors.begin(), sectors.end(), [y = year](const Sector& s) { return s.valueUsdBn.count(y); }))
            years.push_back(year);
    }
    return years;
}

const AnnualTotal* Dataset::annualTotal(Flow flow, int year, std::string_view reporter) const
{
    for (const auto& a : annualTotals)
        if (a.flow == flow && a.year == year && a.reporter == reporter)
            return &a;
    return nullptr;
}

const LiteratureEstimate* Dataset::estimate(std::string_view prefix) const
{
    for (const auto& e : elasticities)
        if (std::string_view(e.parameter).substr(0, prefix.size()) == prefix)
            return &e;
    return nullptr;
}

const std::vector<std::string>& datasetFileNames()
{
    static const std::vector<std::string> names = {
        "sectors.json",       "measures.json",
        "events.csv",         "trade_by_chapter.csv",
        "trade_annual.csv",   "trade_monthly.csv",
        "trade_monthly_supplementary.csv", "elasticities.csv",
        "rare_earth_magnets_2025.csv", "trade_by_hs6.csv", "trade_by_chapter_history.csv",
        "us_imports_monthly_by_partner.csv", "calibration.csv",
    };
    return names;
}

DataFiles readDataDirectory(const std::filesystem::path& folder)
{
    DataFiles files;
    const auto read = [&](const std::filesystem::path& path, const std::string& name) {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw DataError("cannot read " + path.string());
        std::ostringstream ss;
        ss << in.rdbuf();
        files[name] = ss.str();
    };
    for (const auto& name : datasetFileNames())
        if (name != "calibration.csv" || std::filesystem::exists(folder / name))
            read(folder / name, name);
    // The product lists coverage rules refer to (measures.json, "list").
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder / "lists", ec))
        if (entry.is_regular_file() && entry.path().extension() == ".csv")
            read(entry.path(), "lists/" + entry.path().filename().string());
    return files;
}

const std::string& dataFileText(const DataFiles& files, const std::string& name)
{
    const auto it = files.find(name);
    if (it == files.end())
        throw DataError("dataset file " + name + " is missing");
    return it->second;
}

namespace {

double parseNumberField(const CsvTable& t, size_t row, std::string_view column)
{
    const std::string& text = t.at(row, column);
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value))
        throw DataError(t.name() + " line " + std::to_string(t.lineOf(row)) + ", column " + std::string(column)
                        + ": '" + text + "' is not a number");
    return value;
}

Provenance readProvenance(const Json& o, const std::string& path)
{
    Provenance p;
    p.source = detail::readStringOr(o, "source", path);
    p.basis = detail::readStringOr(o, "basis", path, "stated");
    if (p.basis != "stated" && p.basis != "derived" && p.basis != "estimate")
        throw FieldError(detail::joinPath(path, "basis"), "must be stated, derived or estimate");
    p.note = detail::readStringOr(o, "note", path);
    p.kind = detail::readStringOr(o, "kind", path);
    if (!p.kind.empty() && !isSourceKind(p.kind))
        throw FieldError(detail::joinPath(path, "kind"), "must be law, statistics, research or press");
    p.citation = detail::readStringOr(o, "citation", path);
    p.reportedBy = detail::readStringOr(o, "reportedBy", path);
    return p;
}

Flow readFlow(const Json& o, const std::string& path)
{
    const auto f = parseFlow(detail::readString(o, "flow", path));
    if (!f)
        throw FieldError(detail::joinPath(path, "flow"), "must be china_to_us or us_to_china");
    return *f;
}

std::vector<std::string> readStringList(const Json& o, std::string_view key, const std::string& path)
{
    std::vector<std::string> out;
    const Json* v = detail::find(o, key);
    if (!v)
        return out;
    const std::string field = detail::joinPath(path, key);
    detail::requireArray(*v, field);
    for (size_t i = 0; i < v->size(); ++i) {
        if (!(*v)[i].is_string())
            throw FieldError(detail::indexPath(field, i), "expected a string");
        out.push_back((*v)[i].get<std::string>());
    }
    return out;
}

// trade_by_hs6.csv as (flow, code, value) rows.
struct ProductRow {
    Flow flow;
    std::string hs;
    double valueUsdBn;
};

std::vector<ProductRow> readProductRows(const std::string& text)
{
    const CsvTable t(text, "trade_by_hs6.csv");
    std::vector<ProductRow> rows;
    rows.reserve(t.rowCount());
    for (size_t r = 0; r < t.rowCount(); ++r) {
        const auto where = [&] { return "trade_by_hs6.csv line " + std::to_string(t.lineOf(r)); };
        const auto flow = parseFlow(t.at(r, "flow"));
        if (!flow)
            throw DataError(where() + ": unknown flow '" + t.at(r, "flow") + "'");
        const std::string& hs = t.at(r, "hs");
        if (hs.size() < 2 || hs.size() > 10 || !std::all_of(hs.begin(), hs.end(), [](char c) { return c >= '0' && c <= '9'; }))
            throw DataError(where() + ", column hs: '" + hs + "' is not an HS code of 2 to 10 digits");
        const double value = parseNumberField(t, r, "value_usd_bn");
        if (value < 0)
            throw DataError(where() + ", column value_usd_bn: negative value");
        rows.push_back({*flow, hs, value});
    }
    return rows;
}

std::string withoutDots(const std::string& code)
{
    std::string out;
    for (char c : code)
        if (c != '.')
            out += c;
    return out;
}

void loadSectors(Dataset& ds, const std::string& sectorsJson, const std::vector<std::pair<std::string, std::string>>& chapterFiles,
                 const std::vector<ProductRow>& products)
{
    const Json root = detail::requireObject(detail::parseJson(sectorsJson), "");
    ds.defaultBaseYear = detail::readInt(root, "defaultBaseYear", "", 2000, 2100);

    // chapter values: (flow, chapter) -> year -> value; the first file (trade_by_chapter.csv)
    // defines the chapters, later ones (earlier years) add years to them.
    std::map<std::pair<Flow, std::string>, std::map<int, double>> chapters;
    std::map<std::pair<Flow, std::string>, std::pair<std::string, std::string>> chapterInfo; // description, source
    for (size_t f = 0; f < chapterFiles.size(); ++f) {
        const auto& [text, fileName] = chapterFiles[f];
        const CsvTable table(text, fileName);
        for (size_t r = 0; r < table.rowCount(); ++r) {
            const auto flow = parseFlow(table.at(r, "flow"));
            if (!flow)
                throw DataError(fileName + " line " + std::to_string(table.lineOf(r)) + ": unknown flow '"
                                + table.at(r, "flow") + "'");
            const int year = static_cast<int>(parseNumberField(table, r, "year"));
            const std::string& ch = table.at(r, "hs_chapter");
            if (f > 0 && !chapters.count({*flow, ch}))
                throw DataError(fileName + " line " + std::to_string(table.lineOf(r)) + ": chapter " + ch
                                + " is not in trade_by_chapter.csv");
            if (f > 0 && chapters[{*flow, ch}].count(year))
                continue; // trade_by_chapter.csv wins for the years it has
            chapters[{*flow, ch}][year] = parseNumberField(table, r, "value_usd_bn");
            if (f == 0)
                chapterInfo[{*flow, ch}] = {table.at(r, "description"), table.at(r, "source_url")};
        }
    }

    // splits
    std::map<std::pair<Flow, std::string>, std::vector<Sector>> splits;
    const Json& splitList = detail::requireArray(detail::require(root, "splits", ""), "splits");
    // Every split's codes, to give each product row to the split with its longest matching code.
    std::vector<std::tuple<Flow, std::string, size_t>> splitCodes; // (flow, code without dots, split index)
    for (size_t i = 0; i < splitList.size(); ++i) {
        const Json& o = splitList[i];
        if (!o.is_object())
            continue;
        const std::string path = detail::indexPath("splits", i);
        for (const auto& code : readStringList(o, "hs", path))
            splitCodes.emplace_back(readFlow(o, path), withoutDots(code), i);
    }
    std::vector<double> splitFromProducts(splitList.size(), 0.0);
    for (const auto& row : products) {
        size_t best = 0;
        std::optional<size_t> owner;
        for (const auto& [flow, code, index] : splitCodes)
            if (flow == row.flow && code.size() > best && row.hs.starts_with(code)) {
                best = code.size();
                owner = index;
            }
        if (owner)
            splitFromProducts[*owner] += row.valueUsdBn;
    }
    for (size_t i = 0; i < splitList.size(); ++i) {
        const std::string path = detail::indexPath("splits", i);
        const Json& o = detail::requireObject(splitList[i], path);
        Sector s;
        s.flow = readFlow(o, path);
        s.chapter = detail::readString(o, "chapter", path);
        s.hs = readStringList(o, "hs", path);
        if (s.hs.empty())
            throw FieldError(detail::joinPath(path, "hs"), "needs at least one HS code");
        s.id = s.hs.front();
        s.name = detail::readString(o, "name", path);
        s.provenance = readProvenance(o, path);
        // A split's 2024 value is stated, or the sum of its products in trade_by_hs6.csv.
        const double v2024 = detail::find(o, "value2024") ? detail::readNumber(o, "value2024", path, 0, 1e4)
                                                          : splitFromProducts[i];
        if (!detail::find(o, "value2024") && v2024 <= 0)
            throw FieldError(detail::joinPath(path, "hs"), "no product of trade_by_hs6.csv falls in this split");
        const auto it = chapters.find({s.flow, s.chapter});
        if (it == chapters.end())
            throw FieldError(detail::joinPath(path, "chapter"), "chapter " + s.chapter + " not in trade_by_chapter.csv");
        const double ch2024 = it->second.at(2024);
        for (const auto& [year, value] : it->second)
            s.valueUsdBn[year] = year == 2024 ? v2024 : v2024 * value / ch2024;
        splits[{s.flow, s.chapter}].push_back(std::move(s));
    }

    for (auto& [key, years] : chapters) {
        const auto& [flow, ch] = key;
        Sector rest;
        rest.id = ch;
        rest.flow = flow;
        rest.chapter = ch;
        rest.hs = {ch};
        rest.name = chapterInfo[key].first;
        rest.provenance.source = chapterInfo[key].second;
        rest.valueUsdBn = years;
        auto sp = splits.find(key);
        if (sp != splits.end()) {
            for (auto& s : sp->second) {
                for (auto& [year, value] : rest.valueUsdBn)
                    value -= s.valueUsdBn.at(year);
                ds.sectors.push_back(std::move(s));
            }
            rest.name = "Rest of ch. " + ch + ": " + rest.name;
            rest.provenance.basis = "derived";
            rest.provenance.note = "derived: chapter total less its named parts";
            for (const auto& [year, value] : rest.valueUsdBn)
                if (value < -1e-9)
                    throw DataError("sectors.json: the parts of chapter " + ch + " exceed the chapter in " + std::to_string(year));
        }
        ds.sectors.push_back(std::move(rest));
    }

    const Json& groupList = detail::requireArray(detail::require(root, "groups", ""), "groups");
    for (size_t i = 0; i < groupList.size(); ++i) {
        const std::string path = detail::indexPath("groups", i);
        const Json& o = detail::requireObject(groupList[i], path);
        SectorGroup g;
        g.flow = readFlow(o, path);
        g.id = detail::readString(o, "id", path);
        g.name = detail::readString(o, "name", path);
        g.hs = readStringList(o, "hs", path);
        g.remainder = detail::readBoolOr(o, "remainder", path, false);
        ds.groups.push_back(std::move(g));
    }
    for (auto& s : ds.sectors) {
        size_t best = 0;
        const SectorGroup* chosen = nullptr;
        const SectorGroup* remainder = nullptr;
        for (const auto& g : ds.groups) {
            if (g.flow != s.flow)
                continue;
            if (g.remainder)
                remainder = &g;
            for (const auto& prefix : g.hs) {
                if (hsMatches(prefix, s.id) && prefix.size() > best) {
                    best = prefix.size();
                    chosen = &g;
                }
            }
        }
        if (!chosen)
            chosen = remainder;
        if (!chosen)
            throw DataError("sectors.json: no group for sector " + s.id + " and no remainder group");
        s.groupId = chosen->id;
    }
}

// The products of each sector: every row of trade_by_hs6.csv joins the sector of
// its flow with the longest HS code that matches it (a named part before its
// chapter); a sector's product shares are its products' values over their sum.
void loadProducts(Dataset& ds, const std::vector<ProductRow>& rows)
{
    std::map<std::pair<Flow, std::string>, Sector*> byCode; // (flow, code without dots) -> sector
    size_t longest = 0;
    for (auto& s : ds.sectors)
        for (const auto& code : s.hs) {
            const std::string key = withoutDots(code);
            byCode[{s.flow, key}] = &s;
            longest = std::max(longest, key.size());
        }
    std::map<Sector*, double> totals;
    for (const auto& row : rows) {
        Sector* sector = nullptr;
        for (size_t len = std::min(longest, row.hs.size()); len >= 2 && !sector; --len) {
            const auto it = byCode.find({row.flow, row.hs.substr(0, len)});
            if (it != byCode.end())
                sector = it->second;
        }
        if (!sector)
            throw DataError("trade_by_hs6.csv: no sector of " + std::string(toString(row.flow)) + " holds HS " + row.hs);
        sector->products.push_back({row.hs, row.valueUsdBn});
        totals[sector] += row.valueUsdBn;
    }
    for (auto& [sector, total] : totals)
        for (auto& p : sector->products)
            p.share = total > 0 ? p.share / total : 1.0 / static_cast<double>(sector->products.size());
}

// The product lists coverage rules refer to, read once: file -> (hs6, share) rows,
// and the metal content of products (lists/metal_content_shares.csv).
class ListFiles {
public:
    explicit ListFiles(const DataFiles& files)
        : m_files(files)
    {
    }

    const std::vector<std::pair<std::string, double>>& rows(const std::string& name, const std::string& field)
    {
        const auto cached = m_rows.find(name);
        if (cached != m_rows.end())
            return cached->second;
        const auto it = m_files.find("lists/" + name);
        if (it == m_files.end())
            throw FieldError(field, "no product list lists/" + name + " in the dataset");
        const CsvTable t(it->second, "lists/" + name);
        std::vector<std::pair<std::string, double>> out;
        for (size_t r = 0; r < t.rowCount(); ++r) {
            const double share = parseNumberField(t, r, "share");
            if (share < 0 || share > 1)
                throw DataError("lists/" + name + " line " + std::to_string(t.lineOf(r)) + ": share outside [0, 1]");
            out.emplace_back(t.at(r, "hs6"), share);
        }
        return m_rows.emplace(name, std::move(out)).first->second;
    }

    // Steel, aluminium or copper content of a product as a share of its value;
    // "metal" is steel and aluminium together.
    double content(const std::string& hs6, const std::string& metal, const std::string& field)
    {
        if (m_content.empty()) {
            const auto it = m_files.find("lists/metal_content_shares.csv");
            if (it == m_files.end())
                throw FieldError(field, "no lists/metal_content_shares.csv in the dataset");
            const CsvTable t(it->second, "lists/metal_content_shares.csv");
            for (size_t r = 0; r < t.rowCount(); ++r)
                m_content[t.at(r, "hs6")] = {parseNumberField(t, r, "steel_share"),
                                             parseNumberField(t, r, "aluminum_share"),
                                             parseNumberField(t, r, "copper_share")};
        }
        const auto it = m_content.find(hs6);
        if (it == m_content.end())
            throw FieldError(field, "no metal content for HS " + hs6 + " in lists/metal_content_shares.csv");
        const auto [steel, aluminum, copper] = it->second;
        if (metal == "steel")
            return steel;
        if (metal == "aluminum")
            return aluminum;
        if (metal == "copper")
            return copper;
        return std::min(1.0, steel + aluminum);
    }

private:
    const DataFiles& m_files;
    std::map<std::string, std::vector<std::pair<std::string, double>>> m_rows;
    std::map<std::string, std::tuple<double, double, double>> m_content;
};

// Coverage rules: {"hs": CODE, "share": S} for one HS prefix, or {"list": FILE} for
// every product of a list in lists/ (its share, or 1 less it with "complement",
// times "scale", times the product's metal content with "content").
std::vector<CoverageRule> readCoverageRules(const Json& list, const std::string& path, double scale, ListFiles& lists)
{
    std::vector<CoverageRule> out;
    detail::requireArray(list, path);
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string p = detail::indexPath(path, i);
        const Json& o = detail::requireObject(list[i], p);
        CoverageRule r;
        r.from = detail::readOptionalDate(o, "from", p);
        r.to = detail::readOptionalDate(o, "to", p);
        if (r.from && r.to && *r.to <= *r.from)
            throw FieldError(detail::joinPath(p, "to"), "must be after 'from'");
        r.provenance = readProvenance(o, p);
        if (detail::find(o, "list")) {
            const std::string name = detail::readString(o, "list", p);
            const bool complement = detail::readBoolOr(o, "complement", p, false);
            const double factor = detail::readOptionalNumber(o, "scale", p, 0, 1).value_or(1.0) * scale;
            const std::string metal = detail::readStringOr(o, "content", p);
            if (!metal.empty() && metal != "steel" && metal != "aluminum" && metal != "copper" && metal != "metal")
                throw FieldError(detail::joinPath(p, "content"), "must be steel, aluminum, copper or metal");
            for (const auto& [hs6, share] : lists.rows(name, detail::joinPath(p, "list"))) {
                CoverageRule row = r;
                row.hs = hs6;
                row.share = (complement ? 1.0 - share : share) * factor;
                if (!metal.empty())
                    row.share *= lists.content(hs6, metal, detail::joinPath(p, "content"));
                out.push_back(std::move(row));
            }
            continue;
        }
        r.hs = detail::readString(o, "hs", p);
        r.share = detail::readNumber(o, "share", p, 0, 1) * scale;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<CoverageRule> profileRules(const Json& profiles, const std::string& name, double scale, ListFiles& lists,
                                       int depth = 0)
{
    if (depth > 8)
        throw FieldError("profiles." + name, "'extends' chain too long");
    const Json* p = detail::find(profiles, name);
    if (!p)
        throw FieldError("profiles", "no profile named '" + name + "'");
    std::vector<CoverageRule> rules;
    const std::string parent = detail::readStringOr(*p, "extends", "profiles." + name);
    if (!parent.empty())
        rules = profileRules(profiles, parent, scale, lists, depth + 1);
    auto own = readCoverageRules(detail::require(*p, "rules", "profiles." + name), "profiles." + name + ".rules", scale,
                                 lists);
    rules.insert(rules.end(), own.begin(), own.end());
    return rules;
}

std::vector<RateStep> readSteps(const Json& list, const std::string& path)
{
    std::vector<RateStep> out;
    detail::requireArray(list, path);
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string p = detail::indexPath(path, i);
        const Json& o = detail::requireObject(list[i], p);
        RateStep s;
        s.id = detail::readStringOr(o, "id", p);
        s.date = detail::readDate(o, "date", p);
        s.ratePct = detail::readNumber(o, "ratePct", p, 0, 1000);
        s.status = detail::readStringOr(o, "status", p, "enacted");
        s.provenance = readProvenance(o, p);
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(), [](const RateStep& a, const RateStep& b) { return a.date < b.date; });
    return out;
}

void loadMeasures(Dataset& ds, const std::string& text, const DataFiles& files)
{
    ListFiles lists(files);
    const Json root = detail::requireObject(detail::parseJson(text), "");
    const Json& profiles = detail::requireObject(detail::require(root, "profiles", ""), "profiles");
    const Json& list = detail::requireArray(detail::require(root, "measures", ""), "measures");
    std::set<std::string> ids;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = detail::indexPath("measures", i);
        const Json& o = detail::requireObject(list[i], path);
        Measure m;
        m.id = detail::readString(o, "id", path);
        if (!ids.insert(m.id).second)
            throw FieldError(detail::joinPath(path, "id"), "duplicate measure id '" + m.id + "'");
        const auto dir = parseDirection(detail::readString(o, "direction", path));
        if (!dir)
            throw FieldError(detail::joinPath(path, "direction"), "must be us_on_china or china_on_us");
        m.direction = *dir;
        m.name = detail::readString(o, "name", path);
        m.layer = detail::readString(o, "layer", path);
        const double scale = detail::readOptionalNumber(o, "profileScale", path, 0, 1).value_or(1.0);
        const std::string profile = detail::readStringOr(o, "profile", path);
        if (!profile.empty())
            m.coverage = profileRules(profiles, profile, scale, lists);
        if (const Json* c = detail::find(o, "coverage")) {
            auto own = readCoverageRules(*c, detail::joinPath(path, "coverage"), scale, lists);
            m.coverage.insert(m.coverage.end(), own.begin(), own.end());
        }
        m.coverageNote = detail::readStringOr(o, "coverageNote", path);
        if (m.coverageNote.empty() && !profile.empty())
            m.coverageNote = detail::readStringOr(profiles[profile], "note", "profiles." + profile);
        m.steps = readSteps(detail::require(o, "steps", path), detail::joinPath(path, "steps"));
        m.yieldsTo = readStringList(o, "yieldsTo", path);
        m.exemption = detail::readBoolOr(o, "exemption", path, false);
        ds.measures.push_back(std::move(m));
    }
    const Json& vintage = detail::requireObject(detail::require(root, "vintage", ""), "vintage");
    ds.vintage.legalRecordThrough = detail::readDate(vintage, "legalRecordThrough", "vintage");
    ds.vintage.note = detail::readStringOr(vintage, "note", "vintage");
    for (size_t i = 0; i < ds.measures.size(); ++i)
        for (const auto& y : ds.measures[i].yieldsTo) {
            const Measure* other = ds.measure(y);
            if (!other || other->direction != ds.measures[i].direction)
                throw FieldError(detail::indexPath("measures", i) + ".yieldsTo",
                                 "'" + y + "' is not a measure of the same direction");
        }
}

} // namespace

namespace detail {

// Shared with the scenario reader: truces have one JSON shape in both files.
Truce readTruce(const Json& o, const std::string& path)
{
    requireObject(o, path);
    Truce t;
    t.id = readString(o, "id", path);
    t.name = readStringOr(o, "name", path, t.id);
    t.measureId = readString(o, "measure", path);
    t.start = readDate(o, "start", path);
    t.days = readInt(o, "days", path, 1, 3650);
    t.suspendedPct = readNumber(o, "suspendedPct", path, 0, 1000);
    t.provenance = readProvenance(o, path);
    if (const Json* ext = find(o, "extensions")) {
        const std::string ep = joinPath(path, "extensions");
        requireArray(*ext, ep);
        for (size_t i = 0; i < ext->size(); ++i) {
            const std::string p = indexPath(ep, i);
            const Json& e = requireObject((*ext)[i], p);
            TruceExtension x;
            x.id = readStringOr(e, "id", p);
            x.end = readDate(e, "end", p);
            if (x.end <= t.start)
                throw FieldError(joinPath(p, "end"), "a truce cannot end before it starts (" + x.end.toString()
                                                         + " is not after " + t.start.toString() + ")");
            x.decided = readOptionalDate(e, "decided", p);
            x.assumption = readBoolOr(e, "assumption", p, false);
            x.provenance = readProvenance(e, p);
            t.extensions.push_back(std::move(x));
        }
    }
    return t;
}

} // namespace detail

namespace {

void loadTruces(Dataset& ds, const std::string& text)
{
    const Json root = detail::parseJson(text);
    if (const Json* list = detail::find(root, "truces")) {
        detail::requireArray(*list, "truces");
        for (size_t i = 0; i < list->size(); ++i) {
            Truce t = detail::readTruce((*list)[i], detail::indexPath("truces", i));
            if (!ds.measure(t.measureId))
                throw FieldError(detail::indexPath("truces", i) + ".measure", "unknown measure '" + t.measureId + "'");
            ds.truces.push_back(std::move(t));
        }
    }
}

void loadEvents(Dataset& ds, const std::string& text)
{
    const CsvTable t(text, "events.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        TimelineEvent e;
        const auto d = Date::parse(t.at(r, "date"));
        if (!d)
            throw DataError("events.csv line " + std::to_string(t.lineOf(r)) + ": bad date '" + t.at(r, "date") + "'");
        e.date = *d;
        e.actor = t.at(r, "actor");
        e.kind = t.at(r, "kind");
        e.label = t.at(r, "label");
        e.title = t.at(r, "measure");
        e.target = t.at(r, "target");
        if (!t.at(r, "rate_pct").empty())
            e.ratePct = parseNumberField(t, r, "rate_pct");
        e.note = t.at(r, "note");
        const auto where = [&](const char* column) {
            return "events.csv line " + std::to_string(t.lineOf(r)) + ", column " + column + ": ";
        };
        // Older files have no status column: their kind said "scheduled",
        // "threat" or "announcement".
        if (t.hasColumn("status")) {
            e.status = t.at(r, "status");
            if (!isEventStatus(e.status))
                throw DataError(where("status") + "'" + e.status
                                + "' is not confirmed, scheduled, not_enacted or unverified");
        } else if (e.kind == "scheduled") {
            e.status = "scheduled";
        } else if (e.kind == "threat" || e.kind == "announcement") {
            e.status = "not_enacted";
        }
        e.provenance.source = t.at(r, "source_url");
        if (t.hasColumn("source_kind")) {
            e.provenance.kind = t.at(r, "source_kind");
            if (!e.provenance.kind.empty() && !isSourceKind(e.provenance.kind))
                throw DataError(where("source_kind") + "'" + e.provenance.kind
                                + "' is not law, statistics, research or press");
        }
        if (t.hasColumn("citation"))
            e.provenance.citation = t.at(r, "citation");
        if (t.hasColumn("reported_by"))
            e.provenance.reportedBy = t.at(r, "reported_by");
        ds.events.push_back(std::move(e));
    }
    std::stable_sort(ds.events.begin(), ds.events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.date < b.date; });
}

// A trade figure's source: the statistical agency first; the page it was read
// from is "reported by" unless it is the agency's own.
Provenance statisticsProvenance(const std::string& reporter, const std::string& url)
{
    Provenance p;
    p.kind = "statistics";
    p.citation = reporter == "GACC"        ? "General Administration of Customs of China (GACC)"
        : reporter == "USCensus"           ? "US Census Bureau, international trade in goods"
                                           : reporter;
    const bool agency = url.find("census.gov") != std::string::npos || url.find("customs.gov.cn") != std::string::npos
        || url.find("bea.gov") != std::string::npos;
    (agency ? p.source : p.reportedBy) = url;
    return p;
}

void loadAnnual(Dataset& ds, const std::string& text)
{
    const CsvTable t(text, "trade_annual.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        const auto flow = parseFlow(t.at(r, "flow"));
        if (!flow)
            continue; // totals and balances are not flows
        AnnualTotal a;
        a.year = static_cast<int>(parseNumberField(t, r, "year"));
        a.flow = *flow;
        a.reporter = t.at(r, "reporter");
        a.valueUsdBn = parseNumberField(t, r, "value_usd_bn");
        a.provenance = statisticsProvenance(a.reporter, t.at(r, "source_url"));
        a.provenance.basis = t.at(r, "kind") == "derived" ? "derived" : "stated";
        a.provenance.note = t.at(r, "note");
        ds.annualTotals.push_back(std::move(a));
    }
}

std::optional<double> parseOptionalNumberField(const CsvTable& t, size_t row, std::string_view column)
{
    if (t.at(row, column).empty())
        return std::nullopt;
    return parseNumberField(t, row, column);
}

// "YYYY-MM" or "YYYY-MM/YYYY-MM" (a period, both months inclusive).
std::pair<YearMonth, YearMonth> parsePeriodField(const CsvTable& t, size_t row, std::string_view column)
{
    const std::string& text = t.at(row, column);
    const auto slash = text.find('/');
    const auto a = YearMonth::parse(std::string_view(text).substr(0, slash));
    const auto b = slash == std::string::npos ? a : YearMonth::parse(std::string_view(text).substr(slash + 1));
    if (!a || !b || *b < *a)
        throw DataError(t.name() + " line " + std::to_string(t.lineOf(row)) + ", column " + std::string(column)
                        + ": '" + text + "' is not a month (YYYY-MM) or a period (YYYY-MM/YYYY-MM)");
    return {*a, *b};
}

// Observed flow values, monthly or over a period. `periodColumn` holds the month
// or period; rows whose flow is not a flow (totals, balances, growth rates) are
// skipped when `skipOtherRows`, an error otherwise. A `kind` and `note` column,
// where the file has them, give the basis and note.
void loadObserved(Dataset& ds, const std::string& text, const std::string& fileName, std::string_view periodColumn,
                  bool skipOtherRows)
{
    const CsvTable t(text, fileName);
    const bool hasKind = t.hasColumn("kind");
    const bool hasNote = t.hasColumn("note");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        const auto flow = parseFlow(t.at(r, "flow"));
        if (!flow) {
            if (skipOtherRows)
                continue;
            throw DataError(fileName + " line " + std::to_string(t.lineOf(r)) + ": unknown flow '" + t.at(r, "flow")
                            + "'");
        }
        ObservedTrade o;
        std::tie(o.first, o.last) = parsePeriodField(t, r, periodColumn);
        o.flow = *flow;
        o.reporter = t.at(r, "reporter");
        o.valueUsdBn = parseNumberField(t, r, "value_usd_bn");
        o.provenance = statisticsProvenance(o.reporter, t.at(r, "source_url"));
        if (hasKind)
            o.provenance.basis = t.at(r, "kind") == "derived" ? "derived" : "stated";
        if (hasNote)
            o.provenance.note = t.at(r, "note");
        ds.observedTrade.push_back(std::move(o));
    }
}

// US general imports by partner and month (USITC DataWeb, Census basis). The China
// rows are observations of the China-to-US flow on the US Census basis; a month
// that trade_monthly.csv already gives keeps that figure.
void loadPartnerImports(Dataset& ds, const std::string& text)
{
    const CsvTable t(text, "us_imports_monthly_by_partner.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        const std::string& country = t.at(r, "Country");
        if (country != "China" && country != "Canada"
            && std::find(ds.partners.begin(), ds.partners.end(), country) == ds.partners.end())
            ds.partners.push_back(country);
        if (country != "China")
            continue;
        const int year = static_cast<int>(parseNumberField(t, r, "Year"));
        for (int month = 1; month <= 12; ++month) {
            const auto value = parseOptionalNumberField(t, r, std::to_string(month));
            if (!value)
                continue;
            const YearMonth ym{year, month};
            const bool known = std::any_of(ds.observedTrade.begin(), ds.observedTrade.end(), [&](const ObservedTrade& o) {
                return o.flow == Flow::ChinaToUs && o.reporter == "USCensus" && o.first == ym && o.last == ym;
            });
            if (known)
                continue;
            ObservedTrade o;
            o.first = o.last = ym;
            o.flow = Flow::ChinaToUs;
            o.reporter = "USCensus";
            o.valueUsdBn = *value;
            o.provenance.kind = "statistics";
            o.provenance.citation = "US Census Bureau general imports via USITC DataWeb";
            o.provenance.source = "https://dataweb.usitc.gov/";
            o.provenance.reportedBy = "https://github.com/mrjoneswtf/trade-analysis/tree/main/data/raw/usitc";
            ds.observedTrade.push_back(std::move(o));
        }
    }
}

void loadElasticities(Dataset& ds, const std::string& text)
{
    const CsvTable t(text, "elasticities.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        LiteratureEstimate e;
        e.parameter = t.at(r, "parameter");
        e.value = parseOptionalNumberField(t, r, "value");
        e.low = parseOptionalNumberField(t, r, "range_low");
        e.high = parseOptionalNumberField(t, r, "range_high");
        e.paper = t.at(r, "paper");
        e.source = t.at(r, "source_url");
        ds.elasticities.push_back(std::move(e));
    }
}

void loadRareEarths(Dataset& ds, const std::string& text)
{
    const CsvTable t(text, "rare_earth_magnets_2025.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        RareEarthExports e;
        std::tie(e.first, e.last) = parsePeriodField(t, r, "month");
        e.destination = t.at(r, "destination");
        e.tonnes = parseNumberField(t, r, "tonnes");
        e.momPct = parseOptionalNumberField(t, r, "mom_pct");
        e.yoyPct = parseOptionalNumberField(t, r, "yoy_pct");
        e.provenance.source = t.at(r, "source_url");
        e.provenance.note = t.at(r, "note");
        ds.rareEarthMagnets.push_back(std::move(e));
    }
}

void loadCalibration(Dataset& ds, const std::string& text)
{
    const CsvTable t(text, "calibration.csv");
    for (size_t r = 0; r < t.rowCount(); ++r) {
        const auto where = [&](const char* column) {
            return "calibration.csv line " + std::to_string(t.lineOf(r)) + ", column " + column + ": ";
        };
        CalibratedResponse c;
        const auto flow = parseFlow(t.at(r, "flow"));
        if (!flow)
            throw DataError(where("flow") + "not china_to_us or us_to_china");
        c.flow = *flow;
        c.reporter = t.at(r, "reporter");
        c.elasticity = parseNumberField(t, r, "elasticity");
        c.adjustmentSpeed = parseNumberField(t, r, "adjustment_speed");
        if (!(c.elasticity > 0.0 && c.elasticity < 100.0))
            throw DataError(where("elasticity") + "must be in (0, 100)");
        if (!(c.adjustmentSpeed > 0.0 && c.adjustmentSpeed <= 1.0))
            throw DataError(where("adjustment_speed") + "must be in (0, 1]");
        std::tie(c.first, std::ignore) = parsePeriodField(t, r, "first_month");
        std::tie(c.last, std::ignore) = parsePeriodField(t, r, "last_month");
        const double n = parseNumberField(t, r, "observations");
        if (!(n >= 1 && n <= 1000 && n == std::floor(n)))
            throw DataError(where("observations") + "must be a whole number from 1 to 1000");
        c.observations = static_cast<int>(n);
        c.rmseLog = parseNumberField(t, r, "rmse_log");
        c.note = t.at(r, "note");
        ds.calibration.push_back(std::move(c));
    }
}

} // namespace

void updateVintage(Dataset& ds)
{
    ds.vintage.lastObserved.clear();
    for (const auto& o : ds.observedTrade) {
        auto& last = ds.vintage.lastObserved[{o.flow, o.reporter}];
        if (last < o.last)
            last = o.last;
    }
    ds.vintage.lastRareEarthMonth.reset();
    for (const auto& r : ds.rareEarthMagnets)
        if (!ds.vintage.lastRareEarthMonth || *ds.vintage.lastRareEarthMonth < r.last)
            ds.vintage.lastRareEarthMonth = r.last;
}

void loadCsvFile(Dataset& ds, const std::string& name, std::string_view text)
{
    const std::string content(text);
    try {
        if (name == "events.csv")
            loadEvents(ds, content);
        else if (name == "trade_annual.csv")
            loadAnnual(ds, content);
        else if (name == "trade_monthly.csv")
            loadObserved(ds, content, "trade_monthly.csv", "month", false);
        else if (name == "trade_monthly_supplementary.csv")
            loadObserved(ds, content, "trade_monthly_supplementary.csv", "period", true);
        else if (name == "elasticities.csv")
            loadElasticities(ds, content);
        else if (name == "us_imports_monthly_by_partner.csv")
            loadPartnerImports(ds, content);
        else if (name == "rare_earth_magnets_2025.csv")
            loadRareEarths(ds, content);
        else if (name == "calibration.csv")
            loadCalibration(ds, content);
        else
            throw DataError(name + ": not a dataset CSV file that rows can be added from");
    } catch (const FieldError& e) {
        throw DataError(name + ": " + e.what());
    } catch (const CsvError& e) {
        throw DataError(e.what());
    }
}

Dataset loadDataset(const DataFiles& files)
{
    Dataset ds;
    std::string current;
    try {
        current = "trade_by_hs6.csv";
        const std::vector<ProductRow> products = readProductRows(dataFileText(files, "trade_by_hs6.csv"));
        current = "sectors.json";
        loadSectors(ds, dataFileText(files, "sectors.json"),
                    {{dataFileText(files, "trade_by_chapter.csv"), "trade_by_chapter.csv"},
                     {dataFileText(files, "trade_by_chapter_history.csv"), "trade_by_chapter_history.csv"}},
                    products);
        current = "trade_by_hs6.csv";
        loadProducts(ds, products);
        current = "measures.json";
        loadMeasures(ds, dataFileText(files, "measures.json"), files);
        loadTruces(ds, dataFileText(files, "measures.json"));
    } catch (const FieldError& e) {
        throw DataError(current + ": " + e.what());
    } catch (const CsvError& e) {
        throw DataError(e.what());
    }
    for (const char* name : {"events.csv", "trade_annual.csv", "trade_monthly.csv", "trade_monthly_supplementary.csv",
                             "us_imports_monthly_by_partner.csv", "elasticities.csv", "rare_earth_magnets_2025.csv"})
        loadCsvFile(ds, name, dataFileText(files, name));
    if (files.count("calibration.csv"))
        loadCsvFile(ds, "calibration.csv", files.at("calibration.csv"));
    updateVintage(ds);
    return ds;
}

} // namespace tariffsim::core
