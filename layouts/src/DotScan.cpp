#include "DotScan.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace orgweave::layouts::detail {

namespace {

constexpr char kMark = '\xFF';

bool isNameStart(unsigned char c) {
    return std::isalpha(c) || c == '_' || c >= 0x80;
}
bool isNameChar(unsigned char c) {
    return isNameStart(c) || std::isdigit(c);
}

bool isKeyword(std::string_view t) {
    auto eq = [&](std::string_view k) {
        return t.size() == k.size() && std::equal(t.begin(), t.end(), k.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == b;
               });
    };
    return eq("node") || eq("edge") || eq("graph") || eq("digraph") || eq("subgraph") || eq("strict");
}

/// Saturating a·b + c for the tie bound.
std::uint64_t addProduct(std::uint64_t c, std::uint64_t a, std::uint64_t b) {
    constexpr std::uint64_t kMax = UINT64_MAX;
    if (a != 0 && b > kMax / a)
        return kMax;
    const std::uint64_t p = a * b;
    return p > kMax - c ? kMax : c + p;
}

/// Counts of one brace level: node mentions inside it and the edge statement being read.
struct Level {
    std::uint64_t nodes = 0;        ///< node ids mentioned inside (nested subgraphs included)
    std::uint64_t lastOperand = 0;  ///< size of the last node or subgraph operand read
    bool edgePending = false;       ///< an edge operator waits for its right operand
    std::size_t edgeOffset = 0;     ///< where that operator is
};

class Scanner {
public:
    Scanner(std::string_view text, std::uint64_t limit, std::size_t longToken)
        : m_text(text), m_limit(limit), m_longToken(longToken) {
        m_levels.emplace_back();
    }

    DotScan run() {
        const std::size_t n = m_text.size();
        std::size_t i = 0;
        bool lineStart = true;
        while (i < n) {
            const auto c = static_cast<unsigned char>(m_text[i]);
            if (c == '\n') {
                lineStart = true;
                ++i;
                continue;
            }
            if (std::isspace(c)) {
                ++i;
                continue;
            }
            if (lineStart && c == '#') {  // preprocessor output line
                i = lineEnd(i);
                continue;
            }
            lineStart = false;
            if (c == '/' && i + 1 < n && m_text[i + 1] == '/') {
                i = lineEnd(i);
                continue;
            }
            if (c == '/' && i + 1 < n && m_text[i + 1] == '*') {
                const std::size_t end = m_text.find("*/", i + 2);
                i = end == std::string_view::npos ? n : end + 2;
                continue;
            }
            m_result.empty = false;
            if (c == '"') {
                i = quoted(i);
            } else if (c == '<') {
                i = html(i);
            } else if (isNameChar(c) || c == '.' ||
                       (c == '-' && i + 1 < n &&
                        (std::isdigit(static_cast<unsigned char>(m_text[i + 1])) || m_text[i + 1] == '.'))) {
                i = name(i);
            } else if (c == '-' && i + 1 < n && (m_text[i + 1] == '>' || m_text[i + 1] == '-')) {
                edgeOperator(i);
                i += 2;
            } else {
                punctuation(static_cast<char>(c));
                ++i;
            }
        }
        flushId();
        if (!m_replaced)
            m_result.prepared.clear();
        else
            m_result.prepared.append(m_text.substr(m_copied));
        return std::move(m_result);
    }

private:
    std::size_t lineEnd(std::size_t i) const {
        const std::size_t end = m_text.find('\n', i);
        return end == std::string_view::npos ? m_text.size() : end;
    }

    /// Replaces [from, to) of the text by `placeholder` plus the line breaks it held.
    void replace(std::size_t from, std::size_t to, std::string value, char open, char close) {
        m_replaced = true;
        m_result.prepared.append(m_text.substr(m_copied, from - m_copied));
        m_result.prepared += open;
        m_result.prepared += kMark;
        m_result.prepared += std::to_string(m_result.longTokens.size());
        m_result.prepared += kMark;
        m_result.prepared += close;
        m_result.prepared.append(
            static_cast<std::size_t>(std::count(m_text.begin() + static_cast<std::ptrdiff_t>(from),
                                                m_text.begin() + static_cast<std::ptrdiff_t>(to), '\n')),
            '\n');
        m_result.longTokens.push_back(std::move(value));
        m_copied = to;
    }

    /// A quoted string, unescaped as cgraph does: \" is a quote, \\ stays two backslashes, a
    /// backslash before a line break joins the lines, any other backslash stays.
    std::size_t quoted(std::size_t start) {
        const std::size_t n = m_text.size();
        std::size_t i = start + 1;
        while (i < n && m_text[i] != '"')
            i += m_text[i] == '\\' && i + 1 < n ? 2 : 1;
        const std::size_t end = std::min(i + 1, n);
        idToken();
        if (i >= n || end - start <= m_longToken)
            return end;
        std::string value;
        for (std::size_t k = start + 1; k < i; ++k) {
            if (m_text[k] == '\\' && k + 1 < i) {
                const char next = m_text[k + 1];
                if (next == '"' || next == '\n') {
                    if (next == '"')
                        value += '"';
                    ++k;
                    continue;
                }
                if (next == '\\') {
                    value += "\\\\";
                    ++k;
                    continue;
                }
            }
            value += m_text[k];
        }
        replace(start, end, std::move(value), '"', '"');
        return end;
    }

    /// An HTML string <...> with nested angle brackets, kept as written.
    std::size_t html(std::size_t start) {
        const std::size_t n = m_text.size();
        int depth = 0;
        std::size_t i = start;
        for (; i < n; ++i) {
            if (m_text[i] == '<') {
                ++depth;
            } else if (m_text[i] == '>' && --depth == 0) {
                break;
            }
        }
        idToken();
        if (i < n && i + 1 - start > m_longToken)
            replace(start, i + 1, std::string(m_text.substr(start + 1, i - start - 1)), '<', '>');
        return std::min(i + 1, n);
    }

    std::size_t name(std::size_t start) {
        const std::size_t n = m_text.size();
        std::size_t i = start + 1;
        while (i < n && (isNameChar(static_cast<unsigned char>(m_text[i])) || m_text[i] == '.'))
            ++i;
        const std::string_view token = m_text.substr(start, i - start);
        if (isKeyword(token)) {
            flushId();
            m_afterSubgraph = token.size() == 8 && (token[0] == 's' || token[0] == 'S');
            return i;
        }
        idToken();
        if (i - start > m_longToken)
            replace(start, i, std::string(token), '"', '"');
        return i;
    }

    /// An id: a node unless an '=' follows (attribute), a ':' precedes (port) or it names a subgraph.
    void idToken() {
        flushId();
        if (m_skipNextId || m_bracketDepth > 0) {
            m_skipNextId = false;
            return;
        }
        if (m_afterSubgraph) {
            m_afterSubgraph = false;
            return;
        }
        m_pendingId = true;
    }

    /// The id read last is a node operand (nothing showed it is something else).
    void flushId() {
        if (!m_pendingId)
            return;
        m_pendingId = false;
        operand(1);
    }

    void operand(std::uint64_t size) {
        Level& level = m_levels.back();
        level.nodes = addProduct(level.nodes, 1, size);
        if (level.edgePending) {
            m_result.expandedTies = addProduct(m_result.expandedTies, level.lastOperand, size);
            if (m_result.expandedTies > m_limit && m_result.limitOffset == std::string_view::npos)
                m_result.limitOffset = level.edgeOffset;
            level.edgePending = false;
        }
        level.lastOperand = size;
    }

    void edgeOperator(std::size_t offset) {
        flushId();
        m_afterSubgraph = false;
        if (m_bracketDepth > 0)
            return;
        m_levels.back().edgePending = true;
        m_levels.back().edgeOffset = offset;
    }

    void punctuation(char c) {
        if (c == '=') {
            m_pendingId = false;  // the id before '=' is an attribute name
            m_skipNextId = true;  // and the one after it its value
            return;
        }
        if (c == ':') {
            flushId();
            m_skipNextId = true;  // a port
            return;
        }
        flushId();
        m_skipNextId = false;
        if (c == '[') {
            ++m_bracketDepth;
        } else if (c == ']') {
            m_bracketDepth = std::max(0, m_bracketDepth - 1);
        } else if (c == '{') {
            m_afterSubgraph = false;
            m_levels.emplace_back();
        } else if (c == '}' && m_levels.size() > 1) {
            const std::uint64_t size = m_levels.back().nodes;
            m_levels.pop_back();
            operand(size);
        }
    }

    std::string_view m_text;
    std::uint64_t m_limit;
    std::size_t m_longToken;
    DotScan m_result;
    std::vector<Level> m_levels;
    std::size_t m_copied = 0;
    bool m_replaced = false;
    bool m_pendingId = false;
    bool m_skipNextId = false;
    bool m_afterSubgraph = false;
    int m_bracketDepth = 0;
};

}  // namespace

DotScan scanDot(std::string_view text, std::uint64_t tieLimit, std::size_t longToken) {
    return Scanner(text, tieLimit, longToken).run();
}

std::string restoreLongTokens(std::string_view value, const std::vector<std::string>& longTokens) {
    if (longTokens.empty() || value.find(kMark) == std::string_view::npos)
        return std::string(value);
    std::string out;
    std::size_t i = 0;
    while (i < value.size()) {
        const std::size_t open = value.find(kMark, i);
        if (open == std::string_view::npos)
            break;
        const std::size_t close = value.find(kMark, open + 1);
        if (close == std::string_view::npos)
            break;
        std::size_t index = 0;
        const auto [end, ec] = std::from_chars(value.data() + open + 1, value.data() + close, index);
        out.append(value.substr(i, open - i));
        if (ec == std::errc() && end == value.data() + close && index < longTokens.size()) {
            out += longTokens[index];
        } else {
            out.append(value.substr(open, close + 1 - open));
        }
        i = close + 1;
    }
    out.append(value.substr(std::min(i, value.size())));
    return out;
}

}  // namespace orgweave::layouts::detail
