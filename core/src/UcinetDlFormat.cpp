// Sections: reader (header, labels, data, building) · writer · entry points
#include "orgweave/core/UcinetDlFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/ReadGuard.hpp"

#include "InteropSupport.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace orgweave::core {

using interop::Location;
using interop::TokenCursor;
using interop::TokenView;

namespace {

// ---- reader -----------------------------------------------------------------------------------

enum class DlFormat { FullMatrix, EdgeList, NodeList };

/// A TokenCursor with one token of lookahead.
class Tokens {
public:
    explicit Tokens(std::string_view text) : m_cursor(text, true, '\0') { m_next = m_cursor.next(); }
    const std::optional<TokenView>& peek() const { return m_next; }
    std::optional<TokenView> take() {
        auto t = m_next;
        if (t)
            m_last = t->where;
        m_next = m_cursor.next();
        return t;
    }
    Location last() const { return m_last; }

private:
    TokenCursor m_cursor;
    std::optional<TokenView> m_next;
    Location m_last{1, 1};
};

struct Cell {
    double value = 0.0;
    Location where;
};

class DlReader {
public:
    DlReader(std::string_view text, const std::string& file)
        : m_text(text), m_problems(file), m_tokens(text) {}

    LoadResult read() {
        if (!interop::checkText(m_text, m_problems, N_("a UCINET DL file")))
            return m_problems.finish(std::nullopt);
        m_tokens = Tokens(m_text);
        if (interop::isBlank(m_text)) {
            error({1, 1}, tr("file is empty; expected a UCINET DL file (DL N=…, then DATA:)"));
            return m_problems.finish(std::nullopt);
        }
        if (!readHeader())
            return m_problems.finish(std::nullopt);
        switch (m_format) {
            case DlFormat::FullMatrix:
                readFullMatrices();
                break;
            case DlFormat::EdgeList:
            case DlFormat::NodeList:
                readLines(m_format == DlFormat::NodeList);
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

    static std::string lower(const std::optional<TokenView>& t) {
        return t && !t->quoted ? toLowerAscii(t->text) : std::string();
    }

    // ---- header ----

    /// The value of `key=value`, `key= value`, `key =value`, `key = value` (or `key value` when
    /// `bare`) after the key token `keyToken`.
    std::optional<TokenView> valueAfter(const TokenView& keyToken, bool bare) {
        const auto eq = keyToken.text.find('=');
        if (eq != std::string_view::npos && eq + 1 < keyToken.text.size()) {
            TokenView value = keyToken;
            value.text = keyToken.text.substr(eq + 1);
            value.where.column += static_cast<int>(eq) + 1;
            return value;
        }
        if (eq == std::string_view::npos) {
            const auto& next = m_tokens.peek();
            if (next && !next->text.empty() && next->text[0] == '=') {
                if (next->text.size() > 1) {
                    TokenView value = *m_tokens.take();
                    value.text.remove_prefix(1);
                    value.where.column += 1;
                    return value;
                }
                m_tokens.take();
            } else if (!bare) {
                return std::nullopt;
            }
        }
        return m_tokens.take();
    }

    std::optional<std::int64_t> countValue(const std::string& key, const TokenView& value,
                                           std::int64_t limit) {
        const auto n = interop::parseInteger(value.text);
        if (!n || *n < 0) {
            error(value.where,
                  fill(tr("{}= needs a whole number, found \"{}\""), {key, std::string(value.text)}));
            return std::nullopt;
        }
        if (*n > limit) {
            error(value.where, fill(tr("{}={} is too large; the limit is {}"),
                                    {key, std::string(value.text), std::to_string(limit)}));
            return std::nullopt;
        }
        return n;
    }

    /// Reads `count` labels; stops early at a header keyword ending in ':' (reported by the caller).
    std::vector<TokenView> readLabels(std::int64_t count) {
        std::vector<TokenView> labels;
        while (static_cast<std::int64_t>(labels.size()) < count && m_tokens.peek()) {
            const std::string word = lower(m_tokens.peek());
            if (word == "data:" || word == "labels:" || word == "row" || word == "column" || word == "col" ||
                word == "level" || word == "matrix")
                break;
            labels.push_back(*m_tokens.take());
            if (labels.back().unterminated)
                error(labels.back().where,
                      tr("unterminated quoted label: the quote opened here is never closed"));
        }
        return labels;
    }

    bool readHeader() {
        const auto first = m_tokens.take();
        if (!first) {  // only separators (commas, semicolons): no word at all
            error({1, 1}, tr("not a UCINET DL file: it holds no words, expected DL N=… at the start"));
            return false;
        }
        std::string firstWord = lower(first);
        if (firstWord.rfind("dl", 0) != 0 || (firstWord.size() > 2 && firstWord[2] != '=')) {
            error(first->where, fill(tr("not a UCINET DL file: it starts with \"{}\", expected DL"),
                                     {std::string(first->text)}));
            return false;
        }
        bool haveN = false;
        while (m_tokens.peek()) {
            const TokenView token = *m_tokens.take();
            const std::string word = toLowerAscii(token.text);
            const std::string key = token.quoted ? std::string() : word.substr(0, word.find('='));
            if (key == "n" || key == "nr" || key == "nc" || key == "nm" || key == "format" ||
                key == "diagonal") {
                const auto value = valueAfter(token, key == "diagonal");
                if (!value) {
                    error(token.where,
                          fill(tr("\"{}\" needs a value ({}=…)"), {std::string(token.text), key}));
                    return false;
                }
                const std::string v = toLowerAscii(value->text);
                if (key == "n" || key == "nr" || key == "nc") {
                    const auto n = countValue(key == "n"    ? "N"
                                              : key == "nr" ? "NR"
                                                            : "NC",
                                              *value, kMaxDlNodes);
                    if (!n)
                        return false;
                    if (key != "n" && haveN && *n != m_n) {
                        error(token.where, tr("NR and NC differ: two-mode DL files (NR≠NC) are not read; "
                                              "orgweave reads one-mode networks (N=)"));
                        return false;
                    }
                    m_n = *n;
                    haveN = true;
                } else if (key == "nm") {
                    const auto nm = countValue("NM", *value, 1000);
                    if (!nm || *nm < 1) {
                        if (nm)
                            error(value->where, fill(tr("NM= needs a whole number ≥ 1, found \"{}\""),
                                                     {std::string(value->text)}));
                        return false;
                    }
                    m_nm = *nm;
                } else if (key == "format") {
                    if (v == "fullmatrix" || v == "fm" || v == "full") {
                        m_format = DlFormat::FullMatrix;
                    } else if (v == "edgelist1" || v == "el1" || v == "edgelist") {
                        m_format = DlFormat::EdgeList;
                    } else if (v == "nodelist1" || v == "nl1" || v == "nodelist") {
                        m_format = DlFormat::NodeList;
                    } else if (v == "edgelist2" || v == "nodelist2" || v == "el2" || v == "nl2") {
                        error(value->where,
                              fill(tr("format {} is two-mode; orgweave reads one-mode networks"),
                                   {std::string(value->text)}));
                        return false;
                    } else {
                        error(value->where, fill(tr("format \"{}\" is not read; use FULLMATRIX, EDGELIST1 "
                                                    "(EDGELIST) or NODELIST1"),
                                                 {std::string(value->text)}));
                        return false;
                    }
                } else if (v == "absent") {
                    m_diagonal = false;
                } else if (v != "present") {
                    error(value->where, fill(tr("DIAGONAL is PRESENT or ABSENT, found \"{}\""),
                                             {std::string(value->text)}));
                    return false;
                }
                continue;
            }
            // Labels: LABELS:, ROW LABELS:, COLUMN/COL LABELS:, LEVEL/MATRIX LABELS:, each with an
            // optional separate ':' and optional EMBEDDED.
            std::string which;
            std::string labelsWord = word;
            if (!token.quoted &&
                (word == "row" || word == "column" || word == "col" || word == "level" || word == "matrix")) {
                which = word == "col" ? "column" : word == "matrix" ? "level" : word;
                labelsWord = lower(m_tokens.peek());
                if (labelsWord != "labels" && labelsWord != "labels:") {
                    error(token.where,
                          fill(tr("\"{}\" is followed by LABELS in a DL header"), {std::string(token.text)}));
                    return false;
                }
                m_tokens.take();
            }
            if (!token.quoted && (labelsWord == "labels" || labelsWord == "labels:")) {
                if (labelsWord == "labels" && lower(m_tokens.peek()) == ":")
                    m_tokens.take();
                const std::string next = lower(m_tokens.peek());
                if (next == "embedded" || next == "embedded:") {
                    m_tokens.take();
                    if (which != "level")
                        m_embedded = true;
                    continue;
                }
                if (which == "level") {
                    m_levelLabels = readLabels(m_nm);
                    continue;
                }
                if (!haveN) {
                    error(token.where, tr("LABELS before N=: the number of labels is not known yet"));
                    return false;
                }
                std::vector<TokenView> labels = readLabels(m_n);
                if (static_cast<std::int64_t>(labels.size()) < m_n) {
                    error(m_tokens.peek() ? m_tokens.peek()->where : m_tokens.last(),
                          fill(tr("LABELS lists {} labels; N={} needs {}"),
                               {std::to_string(labels.size()), std::to_string(m_n), std::to_string(m_n)}));
                    return false;
                }
                if (which == "column" && !m_labels.empty()) {
                    for (std::size_t i = 0; i < labels.size(); ++i) {
                        if (labels[i].text != m_labels[i].text) {
                            warning(labels[i].where,
                                    fill(tr("column label \"{}\" differs from row label \"{}\"; the row "
                                            "labels name the nodes"),
                                         {std::string(labels[i].text), std::string(m_labels[i].text)}));
                            break;
                        }
                    }
                } else {
                    m_labels = std::move(labels);
                }
                continue;
            }
            if (!token.quoted && (word == "data:" || word == "data")) {
                if (word == "data" && lower(m_tokens.peek()) == ":")
                    m_tokens.take();
                if (!haveN) {
                    error(token.where, tr("DATA: before N=: a DL file declares its size first (DL N=5)"));
                    return false;
                }
                return true;
            }
            error(token.where, fill(tr("unexpected \"{}\" in the DL header; expected N=, FORMAT=, DIAGONAL=, "
                                       "NM=, LABELS:, ROW LABELS:, COLUMN LABELS:, LEVEL LABELS: or DATA:"),
                                    {std::string(token.text)}));
            return false;
        }
        error(m_tokens.last(), haveN ? tr("no DATA: section: the file ends in its header")
                                     : tr("no N= in the header: a DL file declares its size (DL N=5)"));
        return false;
    }

    // ---- data ----

    std::optional<double> value(const TokenView& token) {
        const auto v = interop::parseNumber(token.text);
        if (!v) {
            error(token.where, fill(tr("\"{}\" is not a number"), {std::string(token.text)}));
            return std::nullopt;
        }
        if (!std::isfinite(*v)) {
            if (m_nonFinite++ == 0)
                warning(
                    token.where,
                    fill(tr("\"{}\" is not a finite number; the cell is read as 1 (a tie without weight)"),
                         {std::string(token.text)}));
            return 1.0;
        }
        return v;
    }

    void setCell(std::int64_t matrix, std::int64_t row, std::int64_t column, double v, Location where) {
        if (v == 0.0)
            return;
        if (m_cells.size() >= interop::kMaxReadTies) {
            if (!m_tooMany)
                error(where, fill(tr("the file holds more than {} ties, the limit of one file"),
                                  {std::to_string(interop::kMaxReadTies)}));
            m_tooMany = true;
            return;
        }
        auto [it, inserted] = m_cells.emplace(std::tuple(matrix, row, column), Cell{v, where});
        if (!inserted) {
            if (m_repeatedCells++ == 0)
                warning(where, fill(tr("the pair {} → {} is given again; the last value counts"),
                                    {std::to_string(row + 1), std::to_string(column + 1)}));
            it->second = Cell{v, where};
        }
    }

    /// The next data token, or nullopt with "the matrix ends early" reported once.
    std::optional<TokenView> nextData(std::int64_t matrix) {
        auto t = m_tokens.take();
        if (!t && !m_problems.hasErrors())
            error(m_tokens.last(),
                  m_nm > 1 ? fill(tr("matrix {} ends early: N={} needs {} rows of {} values in each of NM={} "
                                     "matrices"),
                                  {std::to_string(matrix + 1), std::to_string(m_n), std::to_string(m_n),
                                   std::to_string(m_diagonal ? m_n : m_n - 1), std::to_string(m_nm)})
                           : fill(tr("the matrix ends early: N={} needs {} rows of {} values"),
                                  {std::to_string(m_n), std::to_string(m_n),
                                   std::to_string(m_diagonal ? m_n : m_n - 1)}));
        return t;
    }

    void readFullMatrices() {
        const std::int64_t n = m_n;
        for (std::int64_t m = 0; m < m_nm && !m_problems.hasErrors(); ++m) {
            if (m > 0 && m_tokens.peek() && m_tokens.peek()->text == "!")
                m_tokens.take();
            if (m_embedded) {
                for (std::int64_t i = 0; i < n; ++i) {
                    const auto label = nextData(m);
                    if (!label)
                        return;
                    if (m == 0 && m_labels.size() < static_cast<std::size_t>(n))
                        m_labels.push_back(*label);
                }
            }
            for (std::int64_t r = 0; r < n && !m_problems.hasErrors(); ++r) {
                if (m_embedded) {
                    const auto rowLabel = nextData(m);
                    if (!rowLabel)
                        return;
                    if (rowLabel->text != m_labels[static_cast<std::size_t>(r)].text &&
                        m_labelMismatch++ == 0)
                        warning(rowLabel->where,
                                fill(tr("row label \"{}\" differs from column label \"{}\"; the column label "
                                        "is used"),
                                     {std::string(rowLabel->text),
                                      std::string(m_labels[static_cast<std::size_t>(r)].text)}));
                }
                for (std::int64_t c = 0; c < n; ++c) {
                    if (!m_diagonal && c == r)
                        continue;
                    const auto token = nextData(m);
                    if (!token)
                        return;
                    if (auto v = value(*token))
                        setCell(m, r, c, *v, token->where);
                }
            }
        }
        if (!m_problems.hasErrors() && m_tokens.peek())
            error(m_tokens.peek()->where,
                  fill(tr("more entries than the {} matrix(es) of {}×{} values hold (are N= and NM= right?)"),
                       {std::to_string(m_nm), std::to_string(m_n),
                        std::to_string(m_diagonal ? m_n : m_n - 1)}));
    }

    /// A node named in an edge or node list: a number 1..N, or a label when labels are embedded.
    std::optional<std::int64_t> endpoint(const TokenView& token) {
        if (m_embedded) {
            auto it = m_embeddedIndex.find(std::string(token.text));
            if (it != m_embeddedIndex.end())
                return it->second;
            if (static_cast<std::int64_t>(m_labels.size()) >= m_n) {
                error(token.where, fill(tr("\"{}\" would be label number {}; N={} allows {}"),
                                        {std::string(token.text), std::to_string(m_labels.size() + 1),
                                         std::to_string(m_n), std::to_string(m_n)}));
                return std::nullopt;
            }
            m_embeddedIndex.emplace(std::string(token.text), static_cast<std::int64_t>(m_labels.size()));
            m_labels.push_back(token);
            return static_cast<std::int64_t>(m_labels.size()) - 1;
        }
        const auto k = interop::parseInteger(token.text);
        if (!k) {
            // A label given in LABELS: may name the node too.
            if (m_labelIndex.empty()) {
                for (std::size_t i = 0; i < m_labels.size(); ++i)
                    m_labelIndex.emplace(std::string(m_labels[i].text), static_cast<std::int64_t>(i));
            }
            if (auto it = m_labelIndex.find(std::string(token.text)); it != m_labelIndex.end())
                return it->second;
            error(token.where, fill(tr("\"{}\" is not a node number (use LABELS EMBEDDED for names)"),
                                    {std::string(token.text)}));
            return std::nullopt;
        }
        if (*k < 1 || *k > m_n) {
            error(token.where,
                  fill(tr("node {} does not exist: N={}"), {std::string(token.text), std::to_string(m_n)}));
            return std::nullopt;
        }
        return *k - 1;
    }

    /// EDGELIST1 / NODELIST1: one line per row; a line "!" starts the next matrix (NM > 1).
    void readLines(bool nodeList) {
        std::int64_t matrix = 0;
        while (m_tokens.peek() && m_problems.errorCount() < 100 && !m_tooMany) {
            const TokenView first = *m_tokens.take();
            const int line = first.where.line;
            if (first.text == "!" && !first.quoted) {
                if (++matrix >= m_nm) {
                    error(first.where,
                          fill(tr("a matrix separator \"!\" beyond the NM={} matrices the header declares"),
                               {std::to_string(m_nm)}));
                    return;
                }
                continue;
            }
            const auto from = endpoint(first);
            std::size_t count = 1;
            std::optional<TokenView> second, third;
            while (m_tokens.peek() && m_tokens.peek()->where.line == line) {
                const TokenView t = *m_tokens.take();
                ++count;
                if (nodeList) {
                    const auto to = endpoint(t);
                    if (from && to)
                        setCell(matrix, *from, *to, 1.0, t.where);
                } else if (count == 2) {
                    second = t;
                } else if (count == 3) {
                    third = t;
                }
            }
            if (nodeList)
                continue;
            if (count < 2 || count > 3) {
                error(first.where,
                      fill(tr("an EDGELIST1 line holds 2 or 3 entries (from to [value]), found {}"),
                           {std::to_string(count)}));
                continue;
            }
            const auto to = endpoint(*second);
            std::optional<double> v = 1.0;
            if (third)
                v = value(*third);
            if (from && to && v)
                setCell(matrix, *from, *to, *v, first.where);
        }
    }

    // ---- building ----

    /// The name of matrix m as a relation: its level label, else its number.
    std::string relationName(std::int64_t m) const {
        if (static_cast<std::size_t>(m) < m_levelLabels.size() && !m_levelLabels[m].text.empty())
            return std::string(m_levelLabels[static_cast<std::size_t>(m)].text);
        return std::to_string(m + 1);
    }

    Model build() {
        Model model;
        // Nodes: every labelled one and every one in a tie; the unnamed isolates a header declares
        // only when there are at most kMaxImpliedNodes of them.
        std::set<std::int64_t> linked;
        for (const auto& [cell, entry] : m_cells) {
            linked.insert(std::get<1>(cell));
            linked.insert(std::get<2>(cell));
        }
        std::int64_t named = static_cast<std::int64_t>(m_labels.size());
        for (std::int64_t k : linked)
            named += k >= static_cast<std::int64_t>(m_labels.size()) ? 1 : 0;
        const std::int64_t implied = m_n - named;
        const bool all = implied <= interop::kMaxImpliedNodes;
        if (!all)
            warning({1, 1}, fill(tr("N={} declares {} nodes that have neither a label nor a tie; they are "
                                    "not created (at most {} such nodes are)"),
                                 {std::to_string(m_n), std::to_string(implied),
                                  std::to_string(interop::kMaxImpliedNodes)}));
        std::unordered_set<std::string> used;
        std::unordered_map<std::int64_t, std::size_t> index;
        for (std::int64_t i = 0; i < m_n; ++i) {
            const bool labelled = i < static_cast<std::int64_t>(m_labels.size());
            if (!all && !labelled && !linked.count(i))
                continue;
            Node node;
            node.kind = NodeKind::Role;
            Location where;
            if (labelled && !m_labels[static_cast<std::size_t>(i)].text.empty()) {
                node.id = std::string(m_labels[static_cast<std::size_t>(i)].text);
                where = m_labels[static_cast<std::size_t>(i)].where;
            } else {
                node.id = std::to_string(i + 1);
            }
            if (!used.insert(node.id).second) {
                std::string id = node.id + "#" + std::to_string(i + 1);
                while (used.count(id))
                    id += "_";
                warning(where, fill(tr("the label \"{}\" is used twice; node {} gets the id \"{}\""),
                                    {node.id, std::to_string(i + 1), id}));
                node.label = node.id;
                node.id = id;
                used.insert(id);
            }
            index.emplace(i, model.nodes.size());
            m_nodeLocations.push_back(where);
            model.nodes.push_back(std::move(node));
        }
        int signedWeights = 0;
        for (const auto& [cell, entry] : m_cells) {
            const auto [matrix, row, column] = cell;
            const double v = entry.value;
            bool directed = true;
            if (row != column) {
                auto mirror = m_cells.find(std::tuple(matrix, column, row));
                if (mirror != m_cells.end() && mirror->second.value == v) {
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
            tie.source = model.nodes[index.at(row)].id;
            tie.target = model.nodes[index.at(column)].id;
            if (directed)
                tie.directed = true;
            if (v < 0) {
                tie.attrs["weight"] = v;
                if (signedWeights++ == 0)
                    warning(entry.where, fill(tr("negative value {}: kept as the attribute \"weight\" "
                                                 "(orgweave tie weights are > 0)"),
                                              {interop::formatNumber(v)}));
            } else if (v != 1.0) {
                tie.weight = v;
            }
            if (m_nm > 1)
                tie.attrs["relation"] = relationName(matrix);
            m_tieLocations.push_back(entry.where);
            model.ties.push_back(std::move(tie));
        }
        return model;
    }

    std::string_view m_text;
    interop::Problems m_problems;
    Tokens m_tokens;
    std::int64_t m_n = 0;
    std::int64_t m_nm = 1;
    DlFormat m_format = DlFormat::FullMatrix;
    bool m_diagonal = true;
    bool m_embedded = false;
    bool m_tooMany = false;
    int m_nonFinite = 0;
    int m_labelMismatch = 0;
    std::vector<TokenView> m_labels;
    std::vector<TokenView> m_levelLabels;
    std::unordered_map<std::string, std::int64_t> m_embeddedIndex;
    std::unordered_map<std::string, std::int64_t> m_labelIndex;
    std::map<std::tuple<std::int64_t, std::int64_t, std::int64_t>, Cell> m_cells;
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

/// The relation of a tie: its attrs "relation" when it is text, else none.
std::string tieRelation(const Tie& t) {
    if (auto it = t.attrs.find("relation"); it != t.attrs.end() && it->is_string())
        return it->get<std::string>();
    return {};
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
    // One matrix per relation (attrs "relation"), in order of first use; ties without one first.
    std::vector<std::string> relations;
    for (const Tie& t : model.ties) {
        const std::string r = tieRelation(t);
        if (std::find(relations.begin(), relations.end(), r) == relations.end())
            relations.push_back(r);
    }
    if (relations.empty())
        relations.push_back({});
    std::map<std::tuple<std::size_t, std::size_t, std::size_t>, double> cells;
    std::size_t merged = 0;
    for (const Tie& t : model.ties) {
        auto s = index.find(t.source);
        auto d = index.find(t.target);
        if (s == index.end() || d == index.end())
            continue;
        const std::size_t m = static_cast<std::size_t>(
            std::find(relations.begin(), relations.end(), tieRelation(t)) - relations.begin());
        const double w = t.weight.value_or(1.0);
        auto add = [&](std::size_t a, std::size_t b) {
            auto [it, inserted] = cells.emplace(std::tuple(m, a, b), w);
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
                                      fill(tr("UCINET DL holds one value per pair: {} tie(s) sharing a pair "
                                              "with another are merged (weights added)"),
                                           {std::to_string(merged)})});
    const bool matrix = n <= kDlFullMatrixLimit;
    const std::size_t nm = relations.size();
    bool changed = false;
    // The header as UCINET 6 writes it: one statement per line.
    std::string out = "DL N=" + std::to_string(n) + (nm > 1 ? " NM=" + std::to_string(nm) : "") + "\n";
    out += matrix ? "FORMAT = FULLMATRIX DIAGONAL PRESENT\n" : "FORMAT = EDGELIST1\n";
    std::string labels;
    for (std::size_t i = 0; i < n; ++i)
        labels += dlLabel(model.nodes[i].id, changed) + "\n";
    if (matrix) {
        out += "ROW LABELS:\n" + labels + "COLUMN LABELS:\n" + labels;
    } else {
        out += "LABELS:\n" + labels;
    }
    if (nm > 1) {
        out += "LEVEL LABELS:\n";
        for (const std::string& r : relations)
            out += dlLabel(r.empty() ? std::string("(none)") : r, changed) + "\n";
    }
    if (changed)
        warnings.push_back(Diagnostic{
            Severity::Warning,
            fileName,
            0,
            0,
            {},
            tr("DL labels cannot hold double quotes or line breaks: they are written as ' and spaces")});
    out += "DATA:\n";
    auto it = cells.begin();
    for (std::size_t m = 0; m < nm; ++m) {
        if (matrix) {
            for (std::size_t r = 0; r < n; ++r) {
                for (std::size_t c = 0; c < n; ++c) {
                    double v = 0.0;
                    if (it != cells.end() && it->first == std::tuple(m, r, c))
                        v = (it++)->second;
                    out += (c ? " " : "") + interop::formatNumber(v);
                }
                out += "\n";
            }
        } else {
            if (m > 0)
                out += "!\n";
            for (; it != cells.end() && std::get<0>(it->first) == m; ++it)
                out += std::to_string(std::get<1>(it->first) + 1) + " " +
                       std::to_string(std::get<2>(it->first) + 1) + " " + interop::formatNumber(it->second) +
                       "\n";
        }
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
    if (auto text = readInputFile(path, N_("a UCINET DL file"), result.diagnostics))
        return parseUcinetDl(*text, path.string());
    return result;
}

bool isUcinetDlPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".dl";
}

}  // namespace orgweave::core
