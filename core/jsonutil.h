#pragma once

// Private helpers for reading JSON with errors that name the field. Not part of
// the public headers: core's interface stays standard-library only.

#include "date.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tariffsim::core::detail {

using Json = nlohmann::json;

/// Thrown by the helpers; `field` is a JSON path such as "measures[3].steps[0].date".
class FieldError : public std::runtime_error {
public:
    FieldError(std::string field, const std::string& message)
        : std::runtime_error(field + ": " + message)
        , m_field(std::move(field))
    {
    }
    const std::string& field() const { return m_field; }

private:
    std::string m_field;
};

std::string joinPath(const std::string& path, std::string_view key);
std::string indexPath(const std::string& path, size_t index);

const Json* find(const Json& object, std::string_view key);
const Json& require(const Json& object, std::string_view key, const std::string& path);
const Json& requireObject(const Json& value, const std::string& path);
const Json& requireArray(const Json& value, const std::string& path);

std::string readString(const Json& object, std::string_view key, const std::string& path);
std::string readStringOr(const Json& object, std::string_view key, const std::string& path,
                         std::string fallback = {});
/// A finite number within [lo, hi].
double readNumber(const Json& object, std::string_view key, const std::string& path, double lo, double hi);
std::optional<double> readOptionalNumber(const Json& object, std::string_view key, const std::string& path,
                                         double lo, double hi);
int readInt(const Json& object, std::string_view key, const std::string& path, int lo, int hi);
Date readDate(const Json& object, std::string_view key, const std::string& path);
std::optional<Date> readOptionalDate(const Json& object, std::string_view key, const std::string& path);
bool readBoolOr(const Json& object, std::string_view key, const std::string& path, bool fallback);

/// Parses JSON text; syntax errors become FieldError with field "(syntax)" and a
/// message giving line and column.
Json parseJson(std::string_view text, int maxDepth = 64);

} // namespace tariffsim::core::detail
