// Sections: helpers · scanning records · building the model · entry points
//
// The scanner turns the text into records of fields, each field with its line and column, so that
// every later message points at the field it is about. Quoted fields may contain separators,
// doubled quotes and line breaks (RFC 4180). The separator is chosen on the first record: ';' when
// it holds a semicolon outside quotes (spreadsheets in comma-decimal locales), else ','. With ';'
// a weight may use a decimal comma ("1,5").
#include "orgweave/core/EdgeListCsv.hpp"

#include "Utf8.hpp"

#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include "orgweave/core/Validation.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <system_error>
#include <unordered_map>
#include <utility>

namespace orgweave::core {

namespace {

// ---- helpers ----------------------------------------------------------------------------------

constexpr std::size_t kMaxReportedProblems = 100;

std::string_view trimBlanks(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

/// A number written as text; with a ';' separator a single decimal comma is accepted.
std::optional<double> parseNumber(std::string_view text, char separator) {
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

// ---- scanning records -------------------------------------------------------------------------

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
    Scanner(std::string_view text, std::vector<Problem>& problems) : m_text(text), m_problems(problems) {}

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

    /// ';' when the record starting here has a semicolon outside quotes, else ','.
    char detectSeparator() const {
        bool quoted = false;
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
        }
        return ',';
    }

    /// Reads fields up to the end of the line; false when the record is unusable (already reported).
    bool readRecord(Record& record) {
        record.line = m_line;
        bool ok = true;
        while (true) {
            while (peek() == ' ' || peek() == '\t')
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
                problem(openLine, openColumn,
                        "unterminated quoted field: the quote opened here is never closed (a field in quotes "
                        "ends with \")");
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
        while (peek() == ' ' || peek() == '\t')
            ++m_pos;
        if (!atLineEnd() && m_text[m_pos] != m_separator) {
            problem(m_line, column(),
                    std::string("unexpected text after a closing quote (expected '") + m_separator +
                        "' or the end of the line; write a quote inside quotes as \"\")");
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

// ---- building the model -----------------------------------------------------------------------

bool namesColumns(const Record& record) {
    const std::string first = toLowerAscii(record.fields[0].text);
    const std::string second = toLowerAscii(record.fields[1].text);
    const bool ends = (first == "source" && second == "target") || (first == "from" && second == "to");
    if (record.fields.size() == 2)
        return ends;
    return ends || toLowerAscii(record.fields[2].text) == "weight";
}

bool isHeader(const Record& record, char separator) {
    if (record.fields.size() < 2 || record.fields.size() > 3)
        return false;
    if (namesColumns(record))
        return true;
    if (record.fields.size() == 3) {
        const std::string& third = record.fields[2].text;
        return !third.empty() && !parseNumber(third, separator);
    }
    return false;
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

// ---- entry points -----------------------------------------------------------------------------

LoadResult parseEdgeListCsv(std::string_view text, const std::string& fileName) {
    LoadResult result;
    std::vector<Problem> problems;
    auto finish = [&]() {
        std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
            constexpr int kUnknown = std::numeric_limits<int>::max();  // unknown positions last
            return std::pair(a.line == 0 ? kUnknown : a.line, a.column) <
                   std::pair(b.line == 0 ? kUnknown : b.line, b.column);
        });
        const std::size_t total = problems.size();
        if (total > kMaxReportedProblems)
            problems.resize(kMaxReportedProblems);
        for (Problem& p : problems) {
            result.diagnostics.push_back(
                Diagnostic{p.severity, fileName, p.line, p.column, {}, std::move(p.message)});
        }
        if (total > kMaxReportedProblems) {
            result.diagnostics.push_back(
                Diagnostic{Severity::Error,
                           fileName,
                           0,
                           0,
                           {},
                           std::to_string(total - kMaxReportedProblems) + " more problems not shown"});
        }
        return result;
    };
    auto error = [&](int line, int column, std::string message) {
        problems.push_back(Problem{Severity::Error, line, column, std::move(message)});
    };

    if (text.size() > kMaxDocumentBytes) {
        error(0, 0,
              "file is too large (" + std::to_string(text.size() >> 20) + " MiB; the limit is " +
                  std::to_string(kMaxDocumentBytes >> 20) + " MiB)");
        return finish();
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);  // UTF-8 BOM
    if (auto bad = firstInvalidUtf8(text, /*rejectNul=*/true)) {
        std::size_t lineStart = 0;
        int line = 1;
        for (std::size_t i = 0; i < *bad; ++i) {
            if (text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        const auto byte = static_cast<unsigned char>(text[*bad]);
        const char* digits = "0123456789ABCDEF";
        error(line, static_cast<int>(*bad - lineStart) + 1,
              byte == 0 ? std::string("the file contains a NUL byte: it is binary data, not a CSV edge list")
                        : std::string("the file is not UTF-8 text (byte 0x") + digits[byte >> 4] +
                              digits[byte & 0xF] + "); save the edge list as CSV UTF-8");
        return finish();
    }

    Scanner scanner(text, problems);
    std::vector<Record> records = scanner.records();
    const char separator = scanner.separator();
    if (records.empty()) {
        if (problems.empty()) {
            error(1, 1, "no edges: the file is empty (expected one tie per line: source,target[,weight])");
        }
        return finish();
    }

    // Column layout from the first record.
    const Record& first = records.front();
    const std::size_t columns = first.fields.size();
    if (columns < 2 || columns > 3) {
        const int column = columns > 3 ? first.fields[3].column : first.endColumn;
        error(first.line, column,
              "expected 2 or 3 columns (source" + std::string(1, separator) + "target[" +
                  std::string(1, separator) + "weight]), found " + plural(columns, "column") +
                  (columns < 2 ? " (is the separator a comma or a semicolon?)" : ""));
        return finish();
    }
    const bool header = isHeader(first, separator);

    Model model;
    std::unordered_map<std::string, std::size_t> nodeIndex;
    std::vector<std::pair<int, int>> nodePositions;
    std::vector<std::pair<int, int>> tiePositions;
    auto addNode = [&](const Field& field) {
        if (nodeIndex.emplace(field.text, model.nodes.size()).second) {
            Node node;
            node.id = field.text;
            node.kind = NodeKind::Role;
            node.label = field.text;
            model.nodes.push_back(std::move(node));
            nodePositions.emplace_back(field.line, field.column);
        }
    };

    for (std::size_t r = header ? 1 : 0; r < records.size(); ++r) {
        const Record& record = records[r];
        if (record.fields.size() != columns) {
            const int column =
                record.fields.size() > columns ? record.fields[columns].column : record.endColumn;
            error(record.line, column,
                  "found " + plural(record.fields.size(), "field") + ", expected " + std::to_string(columns) +
                      (header ? " like the header on line " : " like line ") + std::to_string(first.line));
            continue;
        }
        bool ok = true;
        for (std::size_t c = 0; c < 2; ++c) {
            if (record.fields[c].text.empty()) {
                error(record.line, record.fields[c].column,
                      std::string("empty ") + (c == 0 ? "source" : "target") +
                          " id: every tie needs two node ids");
                ok = false;
            }
        }
        std::optional<double> weight;
        if (columns == 3 && !record.fields[2].text.empty()) {
            const Field& w = record.fields[2];
            weight = parseNumber(w.text, separator);
            if (!weight) {
                error(record.line, w.column, "weight \"" + w.text + "\" is not a number");
                ok = false;
            } else if (!std::isfinite(*weight) || *weight <= 0) {
                error(record.line, w.column,
                      "weight " + w.text + " is not a positive number (a tie weight is > 0)");
                ok = false;
            }
        }
        if (!ok)
            continue;
        addNode(record.fields[0]);
        addNode(record.fields[1]);
        Tie tie;
        tie.id = "e" + std::to_string(model.ties.size());
        tie.kind = TieKind::Collaborates;
        tie.source = record.fields[0].text;
        tie.target = record.fields[1].text;
        tie.weight = weight;
        model.ties.push_back(std::move(tie));
        tiePositions.emplace_back(record.line, record.fields[0].column);
    }
    auto failed = [&] {
        return std::any_of(problems.begin(), problems.end(),
                           [](const Problem& p) { return p.severity == Severity::Error; });
    };
    if (failed())
        return finish();
    if (model.ties.empty()) {
        problems.push_back(Problem{Severity::Warning, first.line, 1, "the file has a header but no ties"});
    }

    // Semantic checks; pointers /nodes/i and /ties/i map back to the fields they came from.
    for (const Diagnostic& d : validate(model)) {
        auto indexAfter = [&](std::string_view prefix) -> std::optional<std::size_t> {
            if (d.pointer.compare(0, prefix.size(), prefix) != 0)
                return std::nullopt;
            std::size_t index = 0;
            const char* begin = d.pointer.data() + prefix.size();
            const auto [end, ec] = std::from_chars(begin, d.pointer.data() + d.pointer.size(), index);
            if (ec != std::errc() || end == begin)
                return std::nullopt;
            return index;
        };
        std::pair<int, int> where{0, 0};
        if (auto i = indexAfter("/nodes/"); i && *i < nodePositions.size())
            where = nodePositions[*i];
        if (auto i = indexAfter("/ties/"); i && *i < tiePositions.size())
            where = tiePositions[*i];
        problems.push_back(Problem{d.severity, where.first, where.second, d.message});
    }
    const bool ok = !failed();
    finish();
    if (ok)
        result.model = std::move(model);
    return result;
}

LoadResult loadEdgeListCsv(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, "a CSV edge list", result.diagnostics)) return parseEdgeListCsv(*text, path.string());
    return result;
}

bool isCsvPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".csv";
}

}  // namespace orgweave::core
