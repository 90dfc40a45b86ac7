#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// A CSV syntax or lookup error; `line` is 1-based (0 when not tied to a line).
class CsvError : public std::runtime_error {
public:
    CsvError(int line, const std::string& message);
    int line() const { return m_line; }

private:
    int m_line;
};

/// Parses RFC 4180 CSV: comma separated, fields optionally in double quotes, a
/// doubled quote inside quotes for a literal quote, quoted fields may hold commas
/// and line breaks, LF or CRLF line ends, an optional UTF-8 byte-order mark.
/// Blank lines are skipped. Throws CsvError on an unterminated quote or on text
/// after a closing quote.
std::vector<std::vector<std::string>> parseCsv(std::string_view text);

/// A CSV file with a header row, addressed by column name.
class CsvTable {
public:
    /// Parses `text`; every row must have as many fields as the header.
    /// `name` is used in error messages.
    CsvTable(std::string_view text, std::string name);

    const std::vector<std::string>& header() const { return m_header; }
    size_t rowCount() const { return m_rows.size(); }
    /// Index of a column; throws CsvError naming the file and column when absent.
    size_t column(std::string_view name) const;
    bool hasColumn(std::string_view name) const;
    const std::string& at(size_t row, size_t column) const { return m_rows[row][column]; }
    const std::string& at(size_t row, std::string_view column) const;
    /// The 1-based line in the file where data row `row` starts.
    int lineOf(size_t row) const { return m_lines[row]; }
    const std::string& name() const { return m_name; }

private:
    std::string m_name;
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<int> m_lines;
};

} // namespace tariffsim::core
