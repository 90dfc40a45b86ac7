#include "csv.h"

namespace tariffsim::core {

CsvError::CsvError(int line, const std::string& message)
    : std::runtime_error(line > 0 ? "line " + std::to_string(line) + ": " + message : message)
    , m_line(line)
{
}

namespace {

struct ParsedRow {
    std::vector<std::string> fields;
    int line;
};

std::vector<ParsedRow> parseRows(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<ParsedRow> rows;
    std::vector<std::string> fields;
    std::string field;
    int line = 1;
    int rowLine = 1;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed: only , or a line end may follow
    bool rowHasContent = false;

    auto endField = [&] {
        fields.push_back(std::move(field));
        field.clear();
        afterQuote = false;
    };
    auto endRow = [&] {
        endField();
        if (rowHasContent)
            rows.push_back({std::move(fields), rowLine});
        fields.clear();
        rowHasContent = false;
    };

    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            endField();
            rowHasContent = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else if (afterQuote) {
            throw CsvError(line, "unexpected character after a closing quote");
        } else if (c == '"') {
            if (!field.empty())
                throw CsvError(line, "quote inside an unquoted field");
            inQuotes = true;
            rowHasContent = true;
        } else {
            field += c;
            rowHasContent = true;
        }
    }
    if (inQuotes)
        throw CsvError(rowLine, "unterminated quoted field");
    if (rowHasContent || !field.empty())
        endRow();
    return rows;
}

} // namespace

std::vector<std::vector<std::string>> parseCsv(std::string_view text)
{
    std::vector<std::vector<std::string>> out;
    for (auto& row : parseRows(text))
        out.push_back(std::move(row.fields));
    return out;
}

CsvTable::CsvTable(std::string_view text, std::string name)
    : m_name(std::move(name))
{
    std::vector<ParsedRow> rows;
    try {
        rows = parseRows(text);
    } catch (const CsvError& e) {
        throw CsvError(e.line(), m_name + ": " + e.what());
    }
    if (rows.empty())
        throw CsvError(0, m_name + ": no header row");
    m_header = std::move(rows.front().fields);
    for (size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].fields.size() != m_header.size())
            throw CsvError(rows[i].line, m_name + ": expected " + std::to_string(m_header.size())
                                             + " fields, found " + std::to_string(rows[i].fields.size()));
        m_rows.push_back(std::move(rows[i].fields));
        m_lines.push_back(rows[i].line);
    }
}

bool CsvTable::hasColumn(std::string_view name) const
{
    for (const auto& h : m_header)
        if (h == name)
            return true;
    return false;
}

size_t CsvTable::column(std::string_view name) const
{
    for (size_t i = 0; i < m_header.size(); ++i)
        if (m_header[i] == name)
            return i;
    throw CsvError(1, m_name + ": missing column '" + std::string(name) + "'");
}

const std::string& CsvTable::at(size_t row, std::string_view columnName) const
{
    return m_rows[row][column(columnName)];
}

} // namespace tariffsim::core
