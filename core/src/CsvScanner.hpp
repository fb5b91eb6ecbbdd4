#pragma once
// The one CSV tokenizer of orgweave_core (private): records of fields with their line and column,
// blank lines and '#' comment lines skipped, ',' or ';' detected from the first record, fields in
// double quotes ("" is a quote) that may span lines, blanks around fields trimmed. Problems (an
// unterminated quote, text after a closing quote) are collected with their place; the record is
// then dropped. Used by the edge-list and table readers and the relational coordination import.
// Cost: O(text).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core::csv {

/// `text` without blanks and tabs at either end.
inline std::string_view trimBlanks(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

/// A number written as text; with a ';' separator a single decimal comma is accepted.
inline std::optional<double> parseNumber(std::string_view text, char separator) {
    text = trimBlanks(text);
    std::string buffer(text);
    if (separator == ';' && std::count(buffer.begin(), buffer.end(), ',') == 1 &&
        buffer.find('.') == std::string::npos) {
        std::replace(buffer.begin(), buffer.end(), ',', '.');
    }
    std::string_view digits = buffer;
    if (!digits.empty() && digits.front() == '+')
        digits.remove_prefix(1);
    if (digits.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

struct Field {
    std::string text;
    int line = 0;
    int column = 0;
};

struct Record {
    std::vector<Field> fields;
    int line = 0;
    int endColumn = 0;  ///< column just after the last character of the record
};

struct Problem {
    Severity severity;
    int line;
    int column;
    std::string message;
};

class Scanner {
public:
    /// `separator` '\0': detected from the first record (';', else a tab, else ',').
    Scanner(std::string_view text, std::vector<Problem>& problems, char separator = '\0')
        : m_text(text), m_problems(problems), m_separator(separator) {}

    /// Every non-blank, non-comment record.
    std::vector<Record> records() {
        std::vector<Record> out;
        while (m_pos < m_text.size()) {
            if (skipBlankOrComment())
                continue;
            if (!m_separator)
                m_separator = detectSeparator();
            Record record;
            if (readRecord(record))
                out.push_back(std::move(record));
        }
        return out;
    }

    char separator() const { return m_separator ? m_separator : ','; }

private:
    int column() const { return static_cast<int>(m_pos - m_lineStart) + 1; }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atLineEnd() const {
        return m_pos >= m_text.size() || m_text[m_pos] == '\n' || m_text[m_pos] == '\r';
    }

    void problem(int line, int column, std::string message) {
        m_problems.push_back(Problem{Severity::Error, line, column, std::move(message)});
    }

    /// Consumes one line break (\n, \r\n or \r).
    void newline() {
        if (m_pos < m_text.size() && m_text[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    void skipToLineEnd() {
        while (!atLineEnd())
            ++m_pos;
    }

    /// Skips a blank line or a '#' comment line; false (nothing consumed) otherwise.
    bool skipBlankOrComment() {
        std::size_t p = m_pos;
        while (p < m_text.size() && (m_text[p] == ' ' || m_text[p] == '\t'))
            ++p;
        const bool end = p >= m_text.size() || m_text[p] == '\n' || m_text[p] == '\r';
        if (!end && m_text[p] != '#')
            return false;
        m_pos = p;
        skipToLineEnd();
        if (m_pos < m_text.size())
            newline();
        return true;
    }

    /// ';' when the record starting here has a semicolon outside quotes, else a tab when it has a tab
    /// and no comma, else ','.
    char detectSeparator() const {
        bool quoted = false;
        bool tab = false;
        bool comma = false;
        for (std::size_t p = m_pos; p < m_text.size(); ++p) {
            const char c = m_text[p];
            if (c == '"')
                quoted = !quoted;
            if (quoted)
                continue;
            if (c == '\n' || c == '\r')
                break;
            if (c == ';')
                return ';';
            tab = tab || c == '\t';
            comma = comma || c == ',';
        }
        return tab && !comma ? '\t' : ',';
    }

    /// Reads fields up to the end of the line; false when the record is unusable (already reported).
    bool readRecord(Record& record) {
        record.line = m_line;
        bool ok = true;
        while (true) {
            while (peek() == ' ' || (peek() == '\t' && m_separator != '\t'))
                ++m_pos;
            Field field;
            field.line = m_line;
            field.column = column();
            if (peek() == '"') {
                if (!readQuoted(field)) {
                    ok = false;
                }
            } else {
                const std::size_t start = m_pos;
                while (!atLineEnd() && m_text[m_pos] != m_separator)
                    ++m_pos;
                field.text = std::string(trimBlanks(m_text.substr(start, m_pos - start)));
            }
            record.fields.push_back(std::move(field));
            if (!ok) {
                skipToLineEnd();
                break;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
                ++m_pos;
                continue;
            }
            break;
        }
        record.endColumn = column();
        if (m_pos < m_text.size())
            newline();
        return ok;
    }

    /// A field in double quotes; "" is a quote; may span lines.
    bool readQuoted(Field& field) {
        const int openLine = m_line;
        const int openColumn = column();
        ++m_pos;  // opening quote
        while (true) {
            if (m_pos >= m_text.size()) {
                problem(
                    openLine, openColumn,
                    tr("unterminated quoted field: the quote opened here is never closed (a field in quotes "
                       "ends with \")"));
                return false;
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field.text += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;  // closing quote
                break;
            }
            if (c == '\n' || c == '\r') {
                const bool crlf = c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n';
                field.text += '\n';
                m_pos += crlf ? 2 : 1;
                ++m_line;
                m_lineStart = m_pos;
                continue;
            }
            field.text += c;
            ++m_pos;
        }
        while (peek() == ' ' || (peek() == '\t' && m_separator != '\t'))
            ++m_pos;
        if (!atLineEnd() && m_text[m_pos] != m_separator) {
            problem(
                m_line, column(),
                fill(
                    tr("unexpected text after a closing quote (expected '{}' or the end of the line; write a "
                       "quote inside quotes as \"\")"),
                    {std::string(1, m_separator)}));
            return false;
        }
        return true;
    }

    std::string_view m_text;
    std::vector<Problem>& m_problems;
    std::size_t m_pos = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
    char m_separator = '\0';
};

}  // namespace orgweave::core::csv
