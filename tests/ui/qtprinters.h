#pragma once

// Catch2 printers for Qt types, so failed checks show readable values.

#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
