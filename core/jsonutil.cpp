#include "jsonutil.h"

#include "fileio.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cmath>
#include <set>
#include <type_traits>
#include <vector>

namespace tariffsim::core::detail {

std::string joinPath(const std::string& path, std::string_view key)
{
    // Keys come from the file: a hostile one may be a megabyte of escape codes.
    const std::string shown = printable(key);
    return path.empty() ? shown : path + "." + shown;
}

std::string indexPath(const std::string& path, size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

const Json* find(const Json& object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(std::string(key));
    return it == object.end() ? nullptr : &*it;
}

const Json& require(const Json& object, std::string_view key, const std::string& path)
{
    const Json* v = find(object, key);
    if (!v)
        throw FieldError(joinPath(path, key), "missing");
    return *v;
}

const Json& requireObject(const Json& value, const std::string& path)
{
    if (!value.is_object())
        throw FieldError(path.empty() ? "(top level)" : path, "expected an object");
    return value;
}

const Json& requireArray(const Json& value, const std::string& path)
{
    if (!value.is_array())
        throw FieldError(path, "expected an array");
    return value;
}

std::string readString(const Json& object, std::string_view key, const std::string& path)
{
    const Json& v = require(object, key, path);
    if (!v.is_string())
        throw FieldError(joinPath(path, key), "expected a string");
    return v.get<std::string>();
}

std::string readStringOr(const Json& object, std::string_view key, const std::string& path, std::string fallback)
{
    const Json* v = find(object, key);
    if (!v || v->is_null())
        return fallback;
    if (!v->is_string())
        throw FieldError(joinPath(path, key), "expected a string");
    return v->get<std::string>();
}

// "1000" rather than "1000.0" in messages.
static std::string formatBound(double x)
{
    if (std::abs(x) < 1e15 && x == std::floor(x))
        return std::to_string(static_cast<long long>(x));
    return Json(x).dump();
}

static double checkedNumber(const Json& v, const std::string& field, double lo, double hi)
{
    if (!v.is_number())
        throw FieldError(field, "expected a number");
    const double x = v.get<double>();
    if (!std::isfinite(x))
        throw FieldError(field, "must be a finite number");
    if (x < lo || x > hi)
        throw FieldError(field, "value " + v.dump() + " is out of range [" + formatBound(lo) + ", "
                                    + formatBound(hi) + "]");
    return x;
}

double readNumber(const Json& object, std::string_view key, const std::string& path, double lo, double hi)
{
    return checkedNumber(require(object, key, path), joinPath(path, key), lo, hi);
}

std::optional<double> readOptionalNumber(const Json& object, std::string_view key, const std::string& path,
                                         double lo, double hi)
{
    const Json* v = find(object, key);
    if (!v || v->is_null())
        return std::nullopt;
    return checkedNumber(*v, joinPath(path, key), lo, hi);
}

int readInt(const Json& object, std::string_view key, const std::string& path, int lo, int hi)
{
    const Json& v = require(object, key, path);
    const std::string field = joinPath(path, key);
    if (!v.is_number_integer() && !(v.is_number_float() && std::isfinite(v.get<double>())
                                     && v.get<double>() == std::floor(v.get<double>())))
        throw FieldError(field, "expected a whole number");
    const double x = v.get<double>();
    if (x < lo || x > hi)
        throw FieldError(field, "value " + v.dump() + " is out of range [" + std::to_string(lo) + ", "
                                    + std::to_string(hi) + "]");
    return static_cast<int>(x);
}

static Date checkedDate(const Json& v, const std::string& field)
{
    if (!v.is_string())
        throw FieldError(field, "expected a date string YYYY-MM-DD");
    const auto d = Date::parse(v.get<std::string>());
    if (!d)
        throw FieldError(field, "'" + v.get<std::string>() + "' is not a valid date (YYYY-MM-DD)");
    return *d;
}

Date readDate(const Json& object, std::string_view key, const std::string& path)
{
    return checkedDate(require(object, key, path), joinPath(path, key));
}

std::optional<Date> readOptionalDate(const Json& object, std::string_view key, const std::string& path)
{
    const Json* v = find(object, key);
    if (!v || v->is_null())
        return std::nullopt;
    return checkedDate(*v, joinPath(path, key));
}

bool readBoolOr(const Json& object, std::string_view key, const std::string& path, bool fallback)
{
    const Json* v = find(object, key);
    if (!v || v->is_null())
        return fallback;
    if (!v->is_boolean())
        throw FieldError(joinPath(path, key), "expected true or false");
    return v->get<bool>();
}

namespace {

// "line 3, column 16" for a byte offset.
std::string lineColumn(std::string_view text, size_t offset)
{
    int line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    return "line " + std::to_string(line) + ", column " + std::to_string(offset - lineStart + 1);
}

// Depth check before nlohmann builds the tree (its recursive destructor and
// parser are fine at moderate depths, but a hostile file may nest thousands deep).
void checkDepth(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    int line = 1;
    size_t lineStart = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        }
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > maxDepth)
                throw FieldError("(syntax)", "line " + std::to_string(line) + ", column "
                                                 + std::to_string(i - lineStart + 1) + ": nesting deeper than "
                                                 + std::to_string(maxDepth) + " levels");
        } else if (c == '}' || c == ']')
            --depth;
    }
}

// The word around a byte offset: letters, digits and the signs a number may hold.
std::string_view wordAround(std::string_view text, size_t offset)
{
    auto inWord = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    };
    size_t begin = std::min(offset, text.size());
    while (begin > 0 && inWord(text[begin - 1]))
        --begin;
    size_t end = begin;
    while (end < text.size() && inWord(text[end]))
        ++end;
    return text.substr(begin, end - begin);
}

// A syntax error in words for the mistakes people make writing JSON by hand;
// nlohmann's own reason (with what it read made printable) for anything else.
std::string syntaxReason(std::string_view text, size_t byte, const std::string& what)
{
    const size_t at = byte > 0 ? std::min(byte - 1, text.size()) : 0;
    std::string word(wordAround(text, at));
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!word.empty() && (word[0] == '-' || word[0] == '+'))
        word.erase(0, 1);
    if (word == "nan")
        return "NaN is not allowed (every number must be finite)";
    if (word == "inf" || word == "infinity")
        return "Infinity is not allowed (every number must be finite)";
    const char c = at < text.size() ? text[at] : '\0';
    if (c == '/' && at + 1 < text.size() && (text[at + 1] == '/' || text[at + 1] == '*'))
        return "comments (// or /* */) are not allowed in JSON";
    if (c == '/' && at > 0 && (text[at - 1] == '/' || text[at - 1] == '*'))
        return "comments (// or /* */) are not allowed in JSON";
    if (c == '\'')
        return "strings need double quotes (\"), not single quotes";
    if (c == '}' || c == ']') {
        size_t k = at;
        while (k > 0 && std::isspace(static_cast<unsigned char>(text[k - 1])))
            --k;
        if (k > 0 && text[k - 1] == ',')
            return std::string("a comma before '") + c + "' (trailing commas are not allowed)";
    }
    if (at >= text.size() || what.find("end of input") != std::string::npos)
        return "the file ends too early (a bracket, brace or string is not closed)";
    const auto colon = what.rfind(": ");
    return printable(colon == std::string::npos ? what : what.substr(colon + 2), 160);
}

// Builds the tree like nlohmann's own DOM parser while keeping the path of the
// value being read, so that a number too large for a double ("1e999", read as
// infinity) is reported against its field like any other bad value.
class PathTrackingSax {
public:
    explicit PathTrackingSax(Json& root)
        : m_dom(root, true)
    {
    }

    bool null() { return value(), m_dom.null(); }
    bool boolean(bool v) { return value(), m_dom.boolean(v); }
    bool number_integer(Json::number_integer_t v) { return value(), m_dom.number_integer(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(), m_dom.number_unsigned(v); }
    bool number_float(Json::number_float_t v, const Json::string_t& s) { return value(), m_dom.number_float(v, s); }
    bool string(Json::string_t& v) { return value(), m_dom.string(v); }
    bool binary(Json::binary_t& v) { return value(), m_dom.binary(v); }
    bool start_object(std::size_t n)
    {
        value();
        m_path.push_back({false, 0, {}, {}});
        return m_dom.start_object(n);
    }
    bool key(Json::string_t& k)
    {
        Level& level = m_path.back();
        level.key = k;
        // nlohmann keeps the last of two equal keys; a file that says a field twice
        // is ambiguous ("ratePct": 5000, "ratePct": 10), so it is refused.
        if (!level.keys.insert(k).second)
            throw FieldError(nextPath(), "the key \"" + printable(k) + "\" appears twice in the same object "
                                         "(each field may be given once)");
        return m_dom.key(k);
    }
    bool end_object()
    {
        m_path.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t n)
    {
        value();
        m_path.push_back({true, 0, {}, {}});
        return m_dom.start_array(n);
    }
    bool end_array()
    {
        m_path.pop_back();
        return m_dom.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t byte, const std::string&, const Exception& e)
    {
        if constexpr (std::is_same_v<Exception, nlohmann::detail::out_of_range>)
            throw FieldError(nextPath(), "number too large (numbers must be finite)");
        throw FieldError("(syntax)", position(byte) + ": " + syntaxReason(text, byte, e.what()));
    }

    std::string_view text;

private:
    struct Level {
        bool array;
        size_t count; ///< values read so far (arrays)
        std::string key;
        std::set<std::string> keys; ///< keys seen so far (objects)
    };

    // Counts array elements as they start.
    void value()
    {
        if (!m_path.empty() && m_path.back().array)
            ++m_path.back().count;
    }
    // The path of the value about to be read (the one that failed).
    std::string nextPath() const
    {
        std::string path;
        for (size_t i = 0; i < m_path.size(); ++i) {
            const Level& l = m_path[i];
            const bool last = i + 1 == m_path.size();
            if (l.array)
                path = indexPath(path, last ? l.count : l.count - 1);
            else
                path = joinPath(path, l.key);
        }
        return path.empty() ? "(top level)" : path;
    }
    // Line and column of a byte offset ("line 3, column 16").
    std::string position(std::size_t byte) const
    {
        return lineColumn(text, byte > 0 ? std::min<size_t>(byte - 1, text.size()) : 0);
    }

    nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    std::vector<Level> m_path;
};

} // namespace

namespace {

// JSON files are UTF-8. A file saved as UTF-16 or UTF-32, or with bytes that are
// not UTF-8, is named as such rather than as a syntax error at its first byte.
void checkEncoding(std::string_view text)
{
    const auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100u; };
    if ((byte(0) == 0x00 && byte(1) == 0x00 && byte(2) == 0xfe && byte(3) == 0xff)
        || (byte(0) == 0xff && byte(1) == 0xfe && byte(2) == 0x00 && byte(3) == 0x00))
        throw FieldError("(file)", "the file is UTF-32; save it as UTF-8");
    if ((byte(0) == 0xfe && byte(1) == 0xff) || (byte(0) == 0xff && byte(1) == 0xfe))
        throw FieldError("(file)", "the file is UTF-16; save it as UTF-8");
    if (text.size() >= 2 && (byte(0) == 0x00 || byte(1) == 0x00))
        throw FieldError("(file)", "the file is UTF-16 or UTF-32 (it holds NUL bytes); save it as UTF-8");
    size_t i = byte(0) == 0xef && byte(1) == 0xbb && byte(2) == 0xbf ? 3 : 0;
    while (i < text.size()) {
        const unsigned c = byte(i);
        if (c == 0)
            throw FieldError("(syntax)", lineColumn(text, i) + ": a NUL byte; not a text file");
        if (c < 0x80) {
            ++i;
            continue;
        }
        const size_t len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
        bool valid = len > 0 && i + len <= text.size();
        for (size_t k = 1; valid && k < len; ++k)
            valid = (byte(i + k) & 0xc0) == 0x80;
        // Overlong three- and four-byte forms, surrogates, past U+10FFFF.
        if (valid && len == 3)
            valid = !(c == 0xe0 && byte(i + 1) < 0xa0) && !(c == 0xed && byte(i + 1) >= 0xa0);
        if (valid && len == 4)
            valid = !(c == 0xf0 && byte(i + 1) < 0x90) && !(c == 0xf4 && byte(i + 1) >= 0x90);
        if (!valid) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "0x%02x", c);
            throw FieldError("(syntax)", lineColumn(text, i) + ": byte " + hex
                                             + " is not UTF-8; save the file as UTF-8");
        }
        i += len;
    }
}

} // namespace

Json parseJson(std::string_view text, int maxDepth)
{
    checkEncoding(text);
    checkDepth(text, maxDepth);
    Json root;
    PathTrackingSax sax(root);
    sax.text = text;
    Json::sax_parse(text.begin(), text.end(), &sax);
    return root;
}

} // namespace tariffsim::core::detail
