// Sections: reader (header, labels, data, building) · writer · entry points
#include "orgweave/core/UcinetDlFormat.hpp"

#include "orgweave/core/ReadGuard.hpp"

#include "InteropSupport.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace orgweave::core {

using interop::Location;
using interop::Token;

namespace {

// ---- reader -----------------------------------------------------------------------------------

enum class DlFormat { FullMatrix, EdgeList, NodeList };

class DlReader {
public:
    DlReader(std::string_view text, const std::string& file) : m_text(text), m_problems(file) {}

    LoadResult read() {
        if (!interop::checkText(m_text, m_problems, "a UCINET DL file"))
            return m_problems.finish(std::nullopt);
        for (interop::TokenLine& line : interop::tokenLines(m_text, true, '\0')) {
            for (Token& t : line) {
                if (t.unterminated)
                    error(t.where, "unterminated quoted label: the quote opened here is never closed");
                m_tokens.push_back(std::move(t));
            }
        }
        if (m_problems.hasErrors())
            return m_problems.finish(std::nullopt);
        if (m_tokens.empty()) {
            error({1, 1}, "file is empty; expected a UCINET DL file (DL N=…, then DATA:)");
            return m_problems.finish(std::nullopt);
        }
        if (!readHeader())
            return m_problems.finish(std::nullopt);
        switch (m_format) {
            case DlFormat::FullMatrix:
                readFullMatrix();
                break;
            case DlFormat::EdgeList:
                readLines(false);
                break;
            case DlFormat::NodeList:
                readLines(true);
                break;
        }
        if (m_problems.hasErrors())
            return m_problems.finish(std::nullopt);
        Model model = build();
        interop::validateInto(model, m_nodeLocations, m_tieLocations, m_problems);
        return m_problems.finish(std::move(model));
    }

private:
    void error(Location where, std::string message) { m_problems.error(where, std::move(message)); }
    void warning(Location where, std::string message) { m_problems.warning(where, std::move(message)); }

    bool atEnd() const { return m_pos >= m_tokens.size(); }
    std::string lowerAt(std::size_t i) const {
        return i < m_tokens.size() && !m_tokens[i].quoted ? toLowerAscii(m_tokens[i].text) : std::string();
    }
    Location lastLocation() const { return m_tokens.empty() ? Location{1, 1} : m_tokens.back().where; }

    // ---- header ----

    /// The value of `key=value`, `key= value`, `key =value` or `key = value` starting at m_pos.
    std::optional<Token> valueAfterKey(const std::string& word) {
        const auto eq = word.find('=');
        Token value;
        if (eq != std::string::npos && eq + 1 < word.size()) {
            value = m_tokens[m_pos];
            value.text = value.text.substr(eq + 1);
            ++m_pos;
            return value;
        }
        ++m_pos;  // the key (with or without '=')
        if (eq == std::string::npos) {
            if (atEnd() || m_tokens[m_pos].text.empty() || m_tokens[m_pos].text[0] != '=')
                return std::nullopt;
            if (m_tokens[m_pos].text.size() > 1) {
                value = m_tokens[m_pos++];
                value.text = value.text.substr(1);
                return value;
            }
            ++m_pos;
        }
        if (atEnd())
            return std::nullopt;
        return m_tokens[m_pos++];
    }

    std::optional<std::int64_t> countValue(const std::string& key, const Token& value) {
        const auto n = interop::parseInteger(value.text);
        if (!n || *n < 0) {
            error(value.where, key + "= needs a whole number, found \"" + value.text + "\"");
            return std::nullopt;
        }
        if (*n > kMaxDlNodes) {
            error(value.where,
                  key + "=" + value.text + " is too large; the limit is " + std::to_string(kMaxDlNodes));
            return std::nullopt;
        }
        return n;
    }

    bool readHeader() {
        if (lowerAt(0) != "dl") {
            error(m_tokens[0].where,
                  "not a UCINET DL file: it starts with \"" + m_tokens[0].text + "\", expected DL");
            return false;
        }
        m_pos = 1;
        bool haveN = false;
        while (!atEnd()) {
            const Token& token = m_tokens[m_pos];
            const std::string word = lowerAt(m_pos);
            const std::string key = word.substr(0, word.find('='));
            if (key == "n" || key == "nr" || key == "nc" || key == "nm" || key == "format" ||
                key == "diagonal") {
                const auto value = valueAfterKey(word);
                if (!value) {
                    error(token.where, "\"" + token.text + "\" needs a value (" + key + "=…)");
                    return false;
                }
                const std::string lower = toLowerAscii(value->text);
                if (key == "n") {
                    const auto n = countValue("N", *value);
                    if (!n)
                        return false;
                    m_n = *n;
                    haveN = true;
                } else if (key == "nr" || key == "nc") {
                    error(token.where,
                          "two-mode DL files (NR=, NC=) are not read; orgweave reads one-mode networks (N=)");
                    return false;
                } else if (key == "nm") {
                    const auto nm = interop::parseInteger(value->text);
                    if (!nm || *nm < 1) {
                        error(value->where, "NM= needs a whole number ≥ 1, found \"" + value->text + "\"");
                        return false;
                    }
                    if (*nm > 1) {
                        m_moreMatrices = true;
                        warning(value->where,
                                "the file holds " + value->text + " matrices; only the first is read");
                    }
                } else if (key == "format") {
                    if (lower == "fullmatrix" || lower == "fm") {
                        m_format = DlFormat::FullMatrix;
                    } else if (lower == "edgelist1" || lower == "el1") {
                        m_format = DlFormat::EdgeList;
                    } else if (lower == "nodelist1" || lower == "nl1") {
                        m_format = DlFormat::NodeList;
                    } else {
                        error(value->where, "format \"" + value->text +
                                                "\" is not read; use FULLMATRIX, EDGELIST1 or NODELIST1");
                        return false;
                    }
                } else if (lower == "absent") {
                    m_diagonal = false;
                } else if (lower != "present") {
                    error(value->where, "DIAGONAL= is PRESENT or ABSENT, found \"" + value->text + "\"");
                    return false;
                }
                continue;
            }
            if (word == "labels" || word == "labels:") {
                ++m_pos;
                if (word == "labels" && lowerAt(m_pos) == ":")
                    ++m_pos;
                if (lowerAt(m_pos) == "embedded" || lowerAt(m_pos) == "embedded:") {
                    m_embedded = true;
                    ++m_pos;
                    continue;
                }
                if (!haveN) {
                    error(token.where, "LABELS before N=: the number of labels is not known yet");
                    return false;
                }
                while (!atEnd() && static_cast<std::int64_t>(m_labels.size()) < m_n &&
                       lowerAt(m_pos) != "data:") {
                    m_labels.push_back(m_tokens[m_pos++]);
                }
                if (static_cast<std::int64_t>(m_labels.size()) < m_n) {
                    error(atEnd() ? lastLocation() : m_tokens[m_pos].where,
                          "LABELS lists " + std::to_string(m_labels.size()) +
                              " labels; N=" + std::to_string(m_n) + " needs " + std::to_string(m_n));
                    return false;
                }
                continue;
            }
            if (word == "row" || word == "col" || word == "column" || word == "row labels:" ||
                word == "col labels:") {
                error(token.where, "row and column labels belong to two-mode DL files, which are not read");
                return false;
            }
            if (word == "data:" || word == "data") {
                ++m_pos;
                if (word == "data" && lowerAt(m_pos) == ":")
                    ++m_pos;
                if (!haveN) {
                    error(token.where, "DATA: before N=: a DL file declares its size first (DL N=5)");
                    return false;
                }
                m_dataStart = m_pos;
                return true;
            }
            error(token.where,
                  "unexpected \"" + token.text +
                      "\" in the DL header; expected N=, FORMAT=, DIAGONAL=, NM=, LABELS: or DATA:");
            return false;
        }
        error(lastLocation(), haveN ? "no DATA: section: the file ends in its header"
                                    : "no N= in the header: a DL file declares its size (DL N=5)");
        return false;
    }

    // ---- data ----

    std::optional<double> value(const Token& token) {
        const auto v = interop::parseNumber(token.text);
        if (!v || !std::isfinite(*v)) {
            error(token.where, "\"" + token.text + "\" is not a number");
            return std::nullopt;
        }
        return v;
    }

    void setCell(std::int64_t row, std::int64_t column, double v, Location where) {
        if (v == 0.0)
            return;
        auto [it, inserted] = m_cells.emplace(std::pair(row, column), std::pair(v, where));
        if (!inserted) {
            if (m_repeatedCells++ == 0)
                warning(where, "the pair " + std::to_string(row + 1) + " → " + std::to_string(column + 1) +
                                   " is given again; the last value counts");
            it->second = std::pair(v, where);
        }
    }

    void readFullMatrix() {
        const std::size_t available = m_tokens.size() - m_dataStart;
        const std::uint64_t n = static_cast<std::uint64_t>(m_n);
        const std::uint64_t perRow = m_diagonal ? n : (n == 0 ? 0 : n - 1);
        const std::uint64_t expected = (m_embedded ? n : 0) + n * (perRow + (m_embedded ? 1 : 0));
        if (available < expected) {
            error(available == 0 ? lastLocation() : m_tokens.back().where,
                  "the matrix ends early: N=" + std::to_string(m_n) + " needs " + std::to_string(expected) +
                      " entries after DATA:, found " + std::to_string(available));
            return;
        }
        if (available > expected && !m_moreMatrices) {
            error(m_tokens[m_dataStart + expected].where, "more entries than the " + std::to_string(m_n) +
                                                              "×" + std::to_string(perRow) +
                                                              " matrix holds (is N= right?)");
            return;
        }
        std::size_t p = m_dataStart;
        if (m_embedded) {
            for (std::uint64_t i = 0; i < n; ++i)
                m_labels.push_back(m_tokens[p++]);
        }
        for (std::uint64_t r = 0; r < n && m_problems.errorCount() < 100; ++r) {
            if (m_embedded) {
                const Token& rowLabel = m_tokens[p++];
                if (rowLabel.text != m_labels[r].text)
                    warning(rowLabel.where, "row label \"" + rowLabel.text +
                                                "\" differs from column label \"" + m_labels[r].text +
                                                "\"; the column label is used");
            }
            for (std::uint64_t c = 0; c < n; ++c) {
                if (!m_diagonal && c == r)
                    continue;
                const Token& token = m_tokens[p++];
                if (auto v = value(token))
                    setCell(static_cast<std::int64_t>(r), static_cast<std::int64_t>(c), *v, token.where);
            }
        }
    }

    /// A node named in an edge or node list: a number 1..N, or a label when labels are embedded.
    std::optional<std::int64_t> endpoint(const Token& token) {
        if (m_embedded) {
            auto it = m_embeddedIndex.find(token.text);
            if (it != m_embeddedIndex.end())
                return it->second;
            if (static_cast<std::int64_t>(m_labels.size()) >= m_n) {
                error(token.where, "\"" + token.text + "\" would be label number " +
                                       std::to_string(m_labels.size() + 1) + "; N=" + std::to_string(m_n) +
                                       " allows " + std::to_string(m_n));
                return std::nullopt;
            }
            m_embeddedIndex.emplace(token.text, static_cast<std::int64_t>(m_labels.size()));
            m_labels.push_back(token);
            return static_cast<std::int64_t>(m_labels.size()) - 1;
        }
        const auto k = interop::parseInteger(token.text);
        if (!k) {
            error(token.where, "\"" + token.text + "\" is not a node number (use LABELS EMBEDDED for names)");
            return std::nullopt;
        }
        if (*k < 1 || *k > m_n) {
            error(token.where, "node " + token.text + " does not exist: N=" + std::to_string(m_n));
            return std::nullopt;
        }
        return *k - 1;
    }

    void readLines(bool nodeList) {
        std::size_t p = m_dataStart;
        while (p < m_tokens.size() && m_problems.errorCount() < 100) {
            const int line = m_tokens[p].where.line;
            std::size_t end = p;
            while (end < m_tokens.size() && m_tokens[end].where.line == line)
                ++end;
            const std::size_t count = end - p;
            if (!nodeList && (count < 2 || count > 3)) {
                error(m_tokens[p].where, "an EDGELIST1 line holds 2 or 3 entries (from to [value]), found " +
                                             std::to_string(count));
            } else if (nodeList) {
                const auto from = endpoint(m_tokens[p]);
                for (std::size_t i = p + 1; i < end; ++i) {
                    const auto to = endpoint(m_tokens[i]);
                    if (from && to)
                        setCell(*from, *to, 1.0, m_tokens[i].where);
                }
            } else {
                const auto from = endpoint(m_tokens[p]);
                const auto to = endpoint(m_tokens[p + 1]);
                std::optional<double> v = 1.0;
                if (count == 3)
                    v = value(m_tokens[p + 2]);
                if (from && to && v)
                    setCell(*from, *to, *v, m_tokens[p].where);
            }
            p = end;
        }
    }

    // ---- building ----

    Model build() {
        Model model;
        std::unordered_set<std::string> used;
        const std::size_t n = static_cast<std::size_t>(m_n);
        model.nodes.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            Node node;
            node.kind = NodeKind::Role;
            Location where;
            if (i < m_labels.size() && !m_labels[i].text.empty()) {
                node.id = m_labels[i].text;
                where = m_labels[i].where;
            } else {
                node.id = std::to_string(i + 1);
            }
            if (!used.insert(node.id).second) {
                std::string id = node.id + "#" + std::to_string(i + 1);
                while (used.count(id))
                    id += "_";
                warning(where, "the label \"" + node.id + "\" is used twice; node " + std::to_string(i + 1) +
                                   " gets the id \"" + id + "\"");
                node.label = node.id;
                node.id = id;
                used.insert(id);
            }
            m_nodeLocations.push_back(where);
            model.nodes.push_back(std::move(node));
        }
        int signedWeights = 0;
        for (const auto& [cell, entry] : m_cells) {
            const auto [row, column] = cell;
            const auto [v, where] = entry;
            bool directed = true;
            if (row != column) {
                auto mirror = m_cells.find(std::pair(column, row));
                if (mirror != m_cells.end() && mirror->second.first == v) {
                    if (column < row)
                        continue;  // written with its mirror
                    directed = false;
                }
            } else {
                directed = false;
            }
            Tie tie;
            tie.id = "e" + std::to_string(model.ties.size());
            tie.kind = TieKind::Collaborates;
            tie.source = model.nodes[static_cast<std::size_t>(row)].id;
            tie.target = model.nodes[static_cast<std::size_t>(column)].id;
            if (directed)
                tie.directed = true;
            if (v < 0) {
                tie.attrs["weight"] = v;
                if (signedWeights++ == 0)
                    warning(where, "negative value " + interop::formatNumber(v) +
                                       ": kept as the attribute \"weight\" (orgweave tie weights are > 0)");
            } else if (v != 1.0) {
                tie.weight = v;
            }
            m_tieLocations.push_back(where);
            model.ties.push_back(std::move(tie));
        }
        return model;
    }

    std::string_view m_text;
    interop::Problems m_problems;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    std::size_t m_dataStart = 0;
    std::int64_t m_n = 0;
    DlFormat m_format = DlFormat::FullMatrix;
    bool m_diagonal = true;
    bool m_embedded = false;
    bool m_moreMatrices = false;
    std::vector<Token> m_labels;
    std::unordered_map<std::string, std::int64_t> m_embeddedIndex;
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<double, Location>> m_cells;
    int m_repeatedCells = 0;
    std::vector<Location> m_nodeLocations;
    std::vector<Location> m_tieLocations;
};

// ---- writer -----------------------------------------------------------------------------------

std::string dlLabel(const std::string& text, bool& changed) {
    std::string out = text;
    for (char& c : out) {
        if (c == '"')
            c = '\'';
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    changed = changed || out != text;
    return "\"" + out + "\"";
}

}  // namespace

std::string writeUcinetDl(const Model& model, Diagnostics& warnings, const std::string& fileName) {
    interop::Carries carries;
    carries.nodeLabels = false;
    carries.direction = true;
    interop::lossWarnings(model, carries, "UCINET DL", fileName, warnings);

    const std::size_t n = model.nodes.size();
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index.emplace(model.nodes[i].id, i);
    std::map<std::pair<std::size_t, std::size_t>, double> cells;
    std::size_t merged = 0;
    for (const Tie& t : model.ties) {
        auto s = index.find(t.source);
        auto d = index.find(t.target);
        if (s == index.end() || d == index.end())
            continue;
        const double w = t.weight.value_or(1.0);
        auto add = [&](std::size_t a, std::size_t b) {
            auto [it, inserted] = cells.emplace(std::pair(a, b), w);
            if (!inserted) {
                it->second += w;
                ++merged;
            }
        };
        add(s->second, d->second);
        if (!t.isDirected() && s->second != d->second)
            add(d->second, s->second);
    }
    if (merged > 0)
        warnings.push_back(Diagnostic{Severity::Warning,
                                      fileName,
                                      0,
                                      0,
                                      {},
                                      "UCINET DL holds one value per pair: " + std::to_string(merged) +
                                          " tie(s) sharing a pair with another are merged (weights added)"});
    const bool matrix = n <= kDlFullMatrixLimit;
    std::string out =
        "DL N=" + std::to_string(n) + " FORMAT=" + (matrix ? "FULLMATRIX" : "EDGELIST1") + "\nLABELS:\n";
    bool changed = false;
    for (std::size_t i = 0; i < n; ++i)
        out += dlLabel(model.nodes[i].id, changed) + (i + 1 < n ? ",\n" : "\n");
    if (changed)
        warnings.push_back(Diagnostic{
            Severity::Warning,
            fileName,
            0,
            0,
            {},
            "DL labels cannot hold double quotes or line breaks: they are written as ' and spaces"});
    out += "DATA:\n";
    if (matrix) {
        auto it = cells.begin();
        for (std::size_t r = 0; r < n; ++r) {
            for (std::size_t c = 0; c < n; ++c) {
                double v = 0.0;
                if (it != cells.end() && it->first == std::pair(r, c))
                    v = (it++)->second;
                out += (c ? " " : "") + interop::formatNumber(v);
            }
            out += "\n";
        }
    } else {
        for (const auto& [cell, v] : cells)
            out += std::to_string(cell.first + 1) + " " + std::to_string(cell.second + 1) + " " +
                   interop::formatNumber(v) + "\n";
    }
    return out;
}

void saveUcinetDl(const Model& model, const std::filesystem::path& path, Diagnostics& warnings) {
    writeFileAtomically(path, writeUcinetDl(model, warnings, path.string()));
}

// ---- entry points -----------------------------------------------------------------------------

static LoadResult parseUcinetDlUnguarded(std::string_view text, const std::string& fileName);

LoadResult parseUcinetDl(std::string_view text, const std::string& fileName) {
    return readGuarded<LoadResult>(fileName, [&] { return parseUcinetDlUnguarded(text, fileName); });
}

static LoadResult parseUcinetDlUnguarded(std::string_view text, const std::string& fileName) {
    return DlReader(text, fileName).read();
}

LoadResult loadUcinetDl(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, "a UCINET DL file", result.diagnostics))
        return parseUcinetDl(*text, path.string());
    return result;
}

bool isUcinetDlPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".dl";
}

}  // namespace orgweave::core
