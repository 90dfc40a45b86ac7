#include "jsonutil.h"

#include <cmath>

namespace tariffsim::core::detail {

std::string joinPath(const std::string& path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
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

static double checkedNumber(const Json& v, const std::string& field, double lo, double hi)
{
    if (!v.is_number())
        throw FieldError(field, "expected a number");
    const double x = v.get<double>();
    if (!std::isfinite(x))
        throw FieldError(field, "must be a finite number");
    if (x < lo || x > hi)
        throw FieldError(field, "value " + v.dump() + " is out of range [" + Json(lo).dump() + ", "
                                    + Json(hi).dump() + "]");
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

} // namespace

Json parseJson(std::string_view text, int maxDepth)
{
    checkDepth(text, maxDepth);
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        // Turn the byte offset into line and column for the message.
        const size_t offset = e.byte > 0 ? std::min<size_t>(e.byte - 1, text.size()) : 0;
        int line = 1;
        size_t lineStart = 0;
        for (size_t i = 0; i < offset; ++i)
            if (text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        std::string what = e.what();
        const auto colon = what.rfind(": ");
        const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        throw FieldError("(syntax)", "line " + std::to_string(line) + ", column "
                                         + std::to_string(offset - lineStart + 1) + ": " + reason);
    }
}

} // namespace tariffsim::core::detail
