// Sections: reader (sections, vertices, ties, partition, building) · writer · entry points
#include "orgweave/core/PajekFormat.hpp"
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
#include <unordered_map>
#include <unordered_set>

namespace orgweave::core {

using interop::Location;
using interop::TokenCursor;
using interop::TokenView;

namespace {

// ---- reader -----------------------------------------------------------------------------------

enum class Section { None, Vertices, Arcs, Edges, Arcslist, Edgeslist, Matrix, Values, Ignored };

struct Vertex {
    std::string label;
    std::string id;  ///< from an "% orgweave-id N id" comment written by writePajek
    bool hasLine = false;
    std::optional<Point> position;
    nlohmann::json attrs = nlohmann::json::object();
    Location where;
};

struct Link {
    std::int64_t from = 0;
    std::int64_t to = 0;
    bool directed = false;
    std::optional<double> weight;
    std::string relation;
    std::string label;
    std::string color;
    Location where;
};

/// Colours Pajek names (its dvips palette, the ones Pajek's own examples use) as "#rrggbb".
std::string pajekColor(std::string_view name) {
    static const std::map<std::string, std::string, std::less<>> colors{
        {"black", "#000000"},     {"white", "#ffffff"},       {"red", "#ff0000"},
        {"green", "#00ff00"},     {"blue", "#0000ff"},        {"yellow", "#ffff00"},
        {"cyan", "#00ffff"},      {"magenta", "#ff00ff"},     {"gray", "#808080"},
        {"grey", "#808080"},      {"orange", "#ff6600"},      {"purple", "#8c24d9"},
        {"brown", "#994d00"},     {"pink", "#ff8cd9"},        {"lightgreen", "#99ff99"},
        {"lightblue", "#99ccff"}, {"lightyellow", "#ffffcc"}, {"tan", "#db9370"},
        {"navyblue", "#0f0f75"},  {"skyblue", "#61c2ff"},     {"lavender", "#d9a6ff"},
        {"maroon", "#ad1747"},    {"olivegreen", "#3d8c00"},  {"darkorchid", "#9933cc"},
    };
    const std::string lower = toLowerAscii(name);
    if (auto it = colors.find(lower); it != colors.end())
        return it->second;
    return std::string(name);
}

const std::set<std::string, std::less<>> kPajekShapes{"ellipse",  "box",   "diamond",
                                                      "triangle", "cross", "empty"};

/// One line of tokens at a time from a TokenCursor, without holding more than one token ahead.
class LineTokens {
public:
    LineTokens(std::string_view text, char comment) : m_cursor(text, false, comment) {
        m_next = m_cursor.next();
    }
    /// The first token of the next line (skipping what is left of the current one), or nullopt.
    std::optional<TokenView> startLine() {
        while (m_next && m_next->where.line == m_line)
            m_next = m_cursor.next();
        if (!m_next)
            return std::nullopt;
        m_line = m_next->where.line;
        return take();
    }
    /// The next token of the current line, or nullopt at its end.
    std::optional<TokenView> inLine() {
        if (!m_next || m_next->where.line != m_line)
            return std::nullopt;
        return take();
    }

private:
    std::optional<TokenView> take() {
        auto t = m_next;
        m_next = m_cursor.next();
        return t;
    }
    TokenCursor m_cursor;
    std::optional<TokenView> m_next;
    int m_line = 0;
};

class PajekReader {
public:
    PajekReader(std::string_view text, const std::string& file) : m_text(text), m_problems(file) {}

    LoadResult read(std::optional<std::string_view> partition, const std::string& partitionName) {
        if (!interop::checkText(m_text, m_problems, N_("a Pajek file")))
            return m_problems.finish(std::nullopt);
        if (interop::isBlank(m_text)) {
            m_problems.error(
                {1, 1}, tr("file is empty; expected a Pajek network (*Vertices N, then *Arcs or *Edges)"));
            return m_problems.finish(std::nullopt);
        }
        readIdComments();
        LineTokens lines(m_text, '%');
        Section section = Section::None;
        while (m_problems.errorCount() <= 100) {
            const auto first = lines.startLine();
            if (!first)
                break;
            if (first->unterminated)
                error(first->where, tr("unterminated quoted label: the quote opened here is never closed"));
            if (!first->quoted && !first->text.empty() && first->text[0] == '*') {
                section = readSectionLine(*first, lines, section);
                continue;
            }
            switch (section) {
                case Section::None:
                    error(first->where,
                          tr("expected *Vertices N before any data (is this a Pajek .net file?)"));
                    return m_problems.finish(std::nullopt);
                case Section::Vertices:
                    readVertex(*first, lines);
                    break;
                case Section::Arcs:
                case Section::Edges:
                    readLink(*first, lines, section == Section::Arcs);
                    break;
                case Section::Arcslist:
                case Section::Edgeslist:
                    readList(*first, lines, section == Section::Arcslist);
                    break;
                case Section::Matrix:
                    readMatrixRow(*first, lines);
                    break;
                case Section::Values:
                    readValue(*first, lines);
                    break;
                case Section::Ignored:
                    break;
            }
        }
        finishMatrix();
        finishValues();
        if (!m_declared && !m_problems.hasErrors())
            error({1, 1}, tr("no *Vertices line: a Pajek network starts with *Vertices N"));
        if (m_problems.hasErrors())
            return m_problems.finish(std::nullopt);
        Model model = build();
        interop::Problems partitionProblems(partitionName);
        if (partition)
            readPartition(*partition, model, partitionProblems);
        interop::validateInto(model, m_nodeLocations, m_tieLocations, m_problems);
        LoadResult partitionResult = partitionProblems.finish(std::nullopt);
        LoadResult result =
            m_problems.finish(partitionProblems.hasErrors() ? std::nullopt : std::optional(std::move(model)));
        result.diagnostics.insert(result.diagnostics.end(), partitionResult.diagnostics.begin(),
                                  partitionResult.diagnostics.end());
        if (hasErrors(result.diagnostics))
            result.model.reset();
        return result;
    }

private:
    void error(Location where, std::string message) { m_problems.error(where, std::move(message)); }
    void warning(Location where, std::string message) { m_problems.warning(where, std::move(message)); }

    /// "% orgweave-id 3 some id" lines (written by writePajek) give vertex 3 its orgweave id.
    void readIdComments() {
        constexpr std::string_view kPrefix = "% orgweave-id ";
        std::size_t pos = 0;
        while ((pos = m_text.find(kPrefix, pos)) != std::string_view::npos) {
            if (pos > 0 && m_text[pos - 1] != '\n') {
                pos += kPrefix.size();
                continue;
            }
            std::size_t end = m_text.find('\n', pos);
            if (end == std::string_view::npos)
                end = m_text.size();
            std::string_view rest = m_text.substr(pos + kPrefix.size(), end - pos - kPrefix.size());
            if (!rest.empty() && rest.back() == '\r')
                rest.remove_suffix(1);
            const std::size_t space = rest.find(' ');
            if (space != std::string_view::npos) {
                if (const auto n = interop::parseInteger(rest.substr(0, space)); n && *n >= 1)
                    m_ids.emplace(*n, std::string(rest.substr(space + 1)));
            }
            pos = end;
        }
    }

    Vertex& vertex(std::int64_t n) { return m_vertices[n]; }

    /// A vertex number in 1..N; nullopt (reported) otherwise.
    std::optional<std::int64_t> vertexNumber(const TokenView& token) {
        const auto n = interop::parseInteger(token.text);
        if (!n) {
            error(token.where, fill(tr("\"{}\" is not a vertex number"), {std::string(token.text)}));
            return std::nullopt;
        }
        if (*n < 1 || *n > m_count) {
            error(token.where,
                  fill(tr("vertex {} does not exist: *Vertices declares {} (numbered 1 to {})"),
                       {std::string(token.text), std::to_string(m_count), std::to_string(m_count)}));
            return std::nullopt;
        }
        return n;
    }

    /// `:2 "label"` after *Arcs, *Edges or *Matrix: the relation's name (its number when unnamed).
    std::string relationOf(LineTokens& lines) {
        std::string relation;
        while (const auto t = lines.inLine()) {
            if (!t->quoted && !t->text.empty() && t->text[0] == ':') {
                relation = std::string(t->text.substr(1));
            } else if (!t->text.empty()) {
                relation = std::string(t->text);
            }
        }
        return relation;
    }

    Section readSectionLine(const TokenView& first, LineTokens& lines, Section current) {
        const std::string keyword = toLowerAscii(first.text);
        if (keyword == "*network") {
            std::string title;
            while (const auto t = lines.inLine())
                title += (title.empty() ? "" : " ") + std::string(t->text);
            if (m_declared) {
                ++m_skippedNetworks;
                if (m_skippedNetworks == 1)
                    m_skippedNetworkAt = first.where;
                m_inOtherNetwork = true;
                return Section::Ignored;
            }
            m_title = title;
            return current;
        }
        if (keyword == "*partition" || keyword == "*vector") {
            finishMatrix();
            finishValues();
            std::string name;
            while (const auto t = lines.inLine())
                name += (name.empty() ? "" : " ") + std::string(t->text);
            if (name.empty())
                name = keyword.substr(1);
            m_valuesName = name;
            m_valuesArePartition = keyword == "*partition";
            m_valuesAt = first.where;
            m_valuesPending = true;
            m_values.clear();
            m_inOtherNetwork = false;
            return Section::Ignored;  // until its *Vertices line
        }
        if (keyword == "*vertices") {
            const auto countToken = lines.inLine();
            if (m_valuesPending) {
                m_valuesPending = false;
                m_valuesDeclared = countToken ? interop::parseInteger(countToken->text).value_or(-1) : -1;
                m_inValues = true;
                return Section::Values;
            }
            if (m_declared || m_inOtherNetwork)
                return Section::Ignored;
            if (!countToken) {
                error(first.where, tr("*Vertices needs the number of vertices (\"*Vertices 34\")"));
                return Section::Ignored;
            }
            const auto n = interop::parseInteger(countToken->text);
            if (!n || *n < 0) {
                error(countToken->where,
                      fill(tr("\"{}\" is not a number of vertices"), {std::string(countToken->text)}));
                return Section::Ignored;
            }
            if (*n > kMaxPajekVertices) {
                error(countToken->where,
                      fill(tr("*Vertices declares {} vertices; the limit is {}"),
                           {std::string(countToken->text), std::to_string(kMaxPajekVertices)}));
                return Section::Ignored;
            }
            if (const auto rows = lines.inLine()) {
                const auto n1 = interop::parseInteger(rows->text);
                if (n1 && *n1 > 0 && *n1 < *n)
                    m_twoModeRows = *n1;
            }
            m_declared = true;
            m_count = *n;
            return Section::Vertices;
        }
        if (m_inOtherNetwork || m_inValues) {
            finishValues();
            if (m_inOtherNetwork)
                return Section::Ignored;
        }
        const bool link = keyword == "*arcs" || keyword == "*edges" || keyword == "*arcslist" ||
                          keyword == "*edgeslist" || keyword == "*matrix";
        if (link && !m_declared) {
            error(first.where,
                  fill(tr("{} before *Vertices: declare the vertices first"), {std::string(first.text)}));
            return Section::Ignored;
        }
        finishMatrix();
        if (link)
            m_relation = relationOf(lines);
        if (keyword == "*arcs")
            return Section::Arcs;
        if (keyword == "*edges")
            return Section::Edges;
        if (keyword == "*arcslist")
            return Section::Arcslist;
        if (keyword == "*edgeslist")
            return Section::Edgeslist;
        if (keyword == "*matrix") {
            m_matrixAt = first.where;
            m_matrixRow = 0;
            m_inMatrix = true;
            m_matrixCells.clear();
            return Section::Matrix;
        }
        if (keyword == "*permutation" || keyword == "*cluster" || keyword == "*hierarchy") {
            warning(first.where,
                    fill(tr("{} (a Pajek project section) is not read; networks, partitions and vectors are"),
                         {std::string(first.text)}));
            m_inOtherNetwork = true;  // skip its data up to the next section we read
            return Section::Ignored;
        }
        error(first.where, fill(tr("unknown section \"{}\"; expected *Vertices, *Arcs, *Edges, *Arcslist, "
                                   "*Edgeslist, *Matrix, *Partition or *Vector"),
                                {std::string(first.text)}));
        return Section::Ignored;
    }

    void readVertex(const TokenView& first, LineTokens& lines) {
        const auto n = vertexNumber(first);
        if (!n)
            return;
        Vertex& v = vertex(*n);
        if (v.hasLine) {
            error(first.where, fill(tr("vertex {} is described twice"), {std::string(first.text)}));
            return;
        }
        v.hasLine = true;
        v.where = first.where;
        auto label = lines.inLine();
        if (!label)
            return;
        if (label->unterminated)
            error(label->where, tr("unterminated quoted label: the quote opened here is never closed"));
        v.label = std::string(label->text);
        // Up to three coordinates, then drawing options (keyword value pairs and shape words).
        std::vector<TokenView> coordinates;
        std::optional<TokenView> t = lines.inLine();
        while (t && coordinates.size() < 3 && !t->quoted && interop::parseNumber(t->text)) {
            coordinates.push_back(*t);
            t = lines.inLine();
        }
        if (coordinates.size() >= 2) {
            const double x = *interop::parseNumber(coordinates[0].text);
            const double y = *interop::parseNumber(coordinates[1].text);
            if (std::isfinite(x) && std::isfinite(y)) {
                v.position = Point{x, y};
            } else {
                warning(coordinates[0].where, fill(tr("vertex {} has coordinates {} {} that are not finite "
                                                      "numbers; its position is dropped"),
                                                   {std::string(first.text), std::string(coordinates[0].text),
                                                    std::string(coordinates[1].text)}));
            }
        } else if (coordinates.size() == 1 && t) {
            error(t->where, fill(tr("vertex {}: y coordinate \"{}\" is not a number"),
                                 {std::string(first.text), std::string(t->text)}));
            return;
        }
        while (t) {
            const std::string key = toLowerAscii(t->text);
            if (!t->quoted && kPajekShapes.count(key)) {
                v.attrs["shape"] = key;
                t = lines.inLine();
                continue;
            }
            auto value = lines.inLine();
            if (!value) {
                warning(t->where, fill(tr("vertex {}: drawing option \"{}\" has no value; ignored"),
                                       {std::string(first.text), std::string(t->text)}));
                break;
            }
            const std::string text(value->text);
            if (key == "ic") {
                v.attrs["color"] = pajekColor(text);
            } else if (key == "bc") {
                v.attrs["border_color"] = pajekColor(text);
            } else if (key == "s_size" || key == "x_fact") {
                const auto size = interop::parseNumber(text);
                if (size && std::isfinite(*size)) {
                    v.attrs["size"] = *size;
                } else {
                    warning(value->where, fill(tr("vertex {}: size \"{}\" is not a finite number; dropped"),
                                               {std::string(first.text), text}));
                }
            } else {
                const auto number = interop::parseNumber(text);
                if (number && std::isfinite(*number)) {
                    v.attrs[key] = *number;
                } else {
                    v.attrs[key] = text;
                }
            }
            t = lines.inLine();
        }
    }

    /// A tie weight; nullopt when the token is a drawing option, or (with a warning) not finite.
    std::optional<double> weightOf(const TokenView& token, bool& option) {
        const auto w = interop::parseNumber(token.text);
        option = !w;
        if (!w)
            return std::nullopt;
        if (!std::isfinite(*w)) {
            if (m_nonFiniteWeights++ == 0)
                warning(token.where,
                        fill(tr("weight {} is not a finite number; the tie is kept without a weight"),
                             {std::string(token.text)}));
            return std::nullopt;
        }
        return w;
    }

    bool addLink(Link link) {
        if (m_links.size() >= interop::kMaxReadTies) {
            if (!m_tooManyTies) {
                m_tooManyTies = true;
                error(link.where, fill(tr("the file holds more than {} ties, the limit of one file"),
                                       {std::to_string(interop::kMaxReadTies)}));
            }
            return false;
        }
        m_links.push_back(std::move(link));
        return true;
    }

    /// An optional "3:" relation prefix on a line of *Arcs or *Edges (Pajek's multi-relation form).
    std::string lineRelation(TokenView& first, LineTokens& lines, bool& ok) {
        ok = true;
        if (first.text.size() < 2 || first.text.back() != ':')
            return m_relation;
        std::string relation(first.text.substr(0, first.text.size() - 1));
        auto next = lines.inLine();
        if (!next) {
            ok = false;
            error(first.where, fill(tr("relation {}: needs two vertex numbers after it"), {relation}));
            return relation;
        }
        first = *next;
        return relation;
    }

    void readLink(TokenView first, LineTokens& lines, bool directed) {
        bool ok = true;
        std::string relation = lineRelation(first, lines, ok);
        if (!ok)
            return;
        const auto second = lines.inLine();
        if (!second) {
            error(first.where, directed ? tr("an arc needs two vertex numbers (\"1 2 [weight]\")")
                                        : tr("an edge needs two vertex numbers (\"1 2 [weight]\")"));
            return;
        }
        const auto from = vertexNumber(first);
        const auto to = vertexNumber(*second);
        if (!from || !to)
            return;
        Link link{*from, *to, directed, std::nullopt, std::move(relation), {}, {}, first.where};
        std::optional<TokenView> t = lines.inLine();
        if (t) {
            bool option = false;
            link.weight = weightOf(*t, option);
            if (!option)
                t = lines.inLine();
        }
        while (t) {
            const std::string key = toLowerAscii(t->text);
            const auto value = lines.inLine();
            if (!value)
                break;
            if (key == "l")
                link.label = std::string(value->text);
            else if (key == "c")
                link.color = pajekColor(value->text);
            t = lines.inLine();
        }
        addLink(std::move(link));
    }

    void readList(TokenView first, LineTokens& lines, bool directed) {
        bool ok = true;
        std::string relation = lineRelation(first, lines, ok);
        const auto from = vertexNumber(first);
        if (!from || !ok)
            return;
        while (const auto t = lines.inLine()) {
            if (const auto to = vertexNumber(*t)) {
                if (!addLink(Link{*from, *to, directed, std::nullopt, relation, {}, {}, t->where}))
                    return;
            }
        }
    }

    // ---- *Matrix: N rows of N values (two-mode: N1 rows of N−N1) ----

    void readMatrixRow(const TokenView& first, LineTokens& lines) {
        const std::int64_t rows = m_twoModeRows ? m_twoModeRows : m_count;
        const std::int64_t columns = m_twoModeRows ? m_count - m_twoModeRows : m_count;
        if (m_matrixRow >= rows) {
            error(first.where, fill(tr("the matrix has more than its {} rows"), {std::to_string(rows)}));
            return;
        }
        std::int64_t column = 0;
        for (std::optional<TokenView> t = first; t; t = lines.inLine()) {
            if (column >= columns) {
                error(t->where, fill(tr("row {} of the matrix has more than {} values"),
                                     {std::to_string(m_matrixRow + 1), std::to_string(columns)}));
                return;
            }
            const auto v = interop::parseNumber(t->text);
            if (!v) {
                error(t->where, fill(tr("\"{}\" is not a number"), {std::string(t->text)}));
                return;
            }
            if (!std::isfinite(*v)) {
                if (m_nonFiniteWeights++ == 0)
                    warning(t->where, fill(tr("matrix value {} is not a finite number; the cell is read as a "
                                              "tie without a weight"),
                                           {std::string(t->text)}));
            }
            if (*v != 0.0) {
                const std::int64_t to = m_twoModeRows ? m_twoModeRows + column + 1 : column + 1;
                if (m_matrixCells.size() >= interop::kMaxReadTies) {
                    addLink(Link{0, 0, true, std::nullopt, {}, {}, {}, t->where});  // reports the limit
                    return;
                }
                m_matrixCells.emplace(std::pair(m_matrixRow + 1, to), std::pair(*v, t->where));
            }
            ++column;
        }
        if (column < columns)
            error(first.where,
                  fill(tr("row {} of the matrix has {} values; it needs {}"),
                       {std::to_string(m_matrixRow + 1), std::to_string(column), std::to_string(columns)}));
        ++m_matrixRow;
    }

    /// Pairs whose two cells hold the same value are one edge, other cells arcs (as for UCINET DL).
    void finishMatrix() {
        if (!m_inMatrix)
            return;
        m_inMatrix = false;
        const std::int64_t rows = m_twoModeRows ? m_twoModeRows : m_count;
        if (m_matrixRow < rows && !m_problems.hasErrors())
            error(m_matrixAt, fill(tr("the matrix has {} rows; it needs {}"),
                                   {std::to_string(m_matrixRow), std::to_string(rows)}));
        for (const auto& [cell, entry] : m_matrixCells) {
            const auto [from, to] = cell;
            const auto& [v, where] = entry;
            bool directed = m_twoModeRows == 0;
            if (from == to) {
                directed = false;
            } else if (directed) {
                const auto mirror = m_matrixCells.find(std::pair(to, from));
                if (mirror != m_matrixCells.end() && mirror->second.first == v) {
                    if (to < from)
                        continue;
                    directed = false;
                }
            }
            std::optional<double> weight;
            if (std::isfinite(v) && v != 1.0)
                weight = v;
            if (!addLink(Link{from, to, directed, weight, m_relation, {}, {}, where}))
                break;
        }
        m_matrixCells.clear();
    }

    // ---- *Partition and *Vector (in .paj projects): one value per vertex ----

    void readValue(const TokenView& first, LineTokens& lines) {
        for (std::optional<TokenView> t = first; t; t = lines.inLine()) {
            const auto v = interop::parseNumber(t->text);
            if (!v || (m_valuesArePartition && !interop::parseInteger(t->text))) {
                error(t->where,
                      fill(m_valuesArePartition ? tr("\"{}\" is not a cluster number of *Partition {}")
                                                : tr("\"{}\" is not a number of *Vector {}"),
                           {std::string(t->text), m_valuesName}));
                return;
            }
            if (!std::isfinite(*v)) {
                if (m_nonFiniteValues++ == 0)
                    warning(t->where,
                            fill(tr("value {} of {} is not a finite number; that vertex gets no value"),
                                 {std::string(t->text), m_valuesName}));
                m_values.push_back(std::nullopt);
            } else {
                m_values.push_back(*v);
            }
            if (static_cast<std::int64_t>(m_values.size()) > std::max<std::int64_t>(m_valuesDeclared, 0)) {
                error(t->where, fill(tr("more values than the {} vertices {} declares"),
                                     {std::to_string(m_valuesDeclared), m_valuesName}));
                m_values.clear();
                m_inValues = false;
                return;
            }
        }
    }

    void finishValues() {
        if (!m_inValues)
            return;
        m_inValues = false;
        if (m_valuesDeclared != m_count) {
            warning(m_valuesAt, fill(tr("{}{} has {} vertices; the network has {}: it belongs to another "
                                        "network and is not read"),
                                     {(m_valuesArePartition ? "*Partition " : "*Vector "), m_valuesName,
                                      std::to_string(std::max<std::int64_t>(m_valuesDeclared, 0)),
                                      std::to_string(m_count)}));
            return;
        }
        if (static_cast<std::int64_t>(m_values.size()) != m_count) {
            error(m_valuesAt, fill(tr("{}{} has {} values; it needs {}"),
                                   {std::string(m_valuesArePartition ? "*Partition " : "*Vector "),
                                    m_valuesName, std::to_string(m_values.size()), std::to_string(m_count)}));
            return;
        }
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            if (!m_values[i])
                continue;
            Vertex& v = vertex(static_cast<std::int64_t>(i) + 1);
            if (m_valuesArePartition)
                v.attrs[m_valuesName] = static_cast<std::int64_t>(*m_values[i]);
            else
                v.attrs[m_valuesName] = *m_values[i];
        }
        m_values.clear();
    }

    // ---- building ----

    Model build() {
        Model model;
        model.annotations.meta.title = m_title;
        if (m_skippedNetworks > 0)
            warning(m_skippedNetworkAt, fill(tr("the project holds {} networks; only the first is read (open "
                                                "the others from Pajek saved one per .net file)"),
                                             {std::to_string(m_skippedNetworks + 1)}));
        if (m_nonFiniteWeights > 1)
            warning({}, fill(tr("{} weights or matrix values in all are not finite numbers and were dropped"),
                             {std::to_string(m_nonFiniteWeights)}));
        // Which vertices exist: described ones, linked ones, and the other declared numbers when
        // there are at most kMaxImpliedNodes of them (a header is not a reason to allocate).
        std::set<std::int64_t> linked;
        for (const Link& l : m_links) {
            linked.insert(l.from);
            linked.insert(l.to);
        }
        std::int64_t known = 0;
        for (const auto& [n, v] : m_vertices)
            known += v.hasLine || !v.attrs.empty() || linked.count(n) ? 1 : 0;
        for (std::int64_t n : linked)
            known += m_vertices.count(n) ? 0 : 1;
        const std::int64_t implied = m_count - known;
        const bool createImplied = implied <= interop::kMaxImpliedNodes;
        if (!createImplied)
            warning({1, 1},
                    fill(tr("*Vertices declares {} vertices but the file describes or links only {}; the "
                            "other {} (isolated, unnamed) are not created (at most {} such vertices are)"),
                         {std::to_string(m_count), std::to_string(known), std::to_string(implied),
                          std::to_string(interop::kMaxImpliedNodes)}));
        std::unordered_set<std::string> taken;
        for (const auto& [n, v] : m_vertices) {
            if (!v.label.empty())
                taken.insert(v.label);
        }
        std::unordered_set<std::string> used;
        std::unordered_map<std::int64_t, std::size_t> index;
        auto addVertex = [&](std::int64_t n, const Vertex* v) {
            Node node;
            node.kind = NodeKind::Role;
            const std::string number = std::to_string(n);
            const std::string label = v && !v->label.empty() ? v->label : number;
            if (auto id = m_ids.find(n); id != m_ids.end() && !id->second.empty()) {
                node.id = id->second;
                if (label != node.id && !(v && v->label.empty()))
                    node.label = label;
            } else {
                node.id = label;
            }
            if (!used.insert(node.id).second) {
                std::string id = node.id + "#" + number;
                for (int k = 2; used.count(id) || taken.count(id); ++k)
                    id = node.id + "#" + number + "_" + std::to_string(k);
                warning(
                    v ? v->where : Location{},
                    fill(tr("vertex {} repeats the label \"{}\"; its id is \"{}\""), {number, node.id, id}));
                node.label = node.id;
                node.id = id;
                used.insert(id);
            }
            if (v) {
                if (v->position)
                    model.layout.positions[node.id] = *v->position;
                node.attrs = v->attrs;
            }
            index.emplace(n, model.nodes.size());
            m_index.emplace(n, model.nodes.size());
            m_nodeLocations.push_back(v ? v->where : Location{});
            model.nodes.push_back(std::move(node));
        };
        if (createImplied) {
            model.nodes.reserve(static_cast<std::size_t>(m_count));
            for (std::int64_t n = 1; n <= m_count; ++n) {
                auto it = m_vertices.find(n);
                addVertex(n, it == m_vertices.end() ? nullptr : &it->second);
            }
        } else {
            std::set<std::int64_t> numbers = linked;
            for (const auto& [n, v] : m_vertices)
                numbers.insert(n);
            for (std::int64_t n : numbers) {
                auto it = m_vertices.find(n);
                addVertex(n, it == m_vertices.end() ? nullptr : &it->second);
            }
        }
        model.ties.reserve(m_links.size());
        for (const Link& link : m_links) {
            Tie tie;
            tie.id = "e" + std::to_string(model.ties.size());
            tie.kind = TieKind::Collaborates;
            tie.source = model.nodes[index.at(link.from)].id;
            tie.target = model.nodes[index.at(link.to)].id;
            if (link.directed)
                tie.directed = true;
            if (link.weight) {
                if (*link.weight > 0) {
                    tie.weight = link.weight;
                } else {
                    tie.attrs["weight"] = *link.weight;
                    if (m_signedWeights++ == 0)
                        warning(link.where, fill(tr("weight {} is not positive; such weights are kept as the "
                                                    "attribute \"weight\" (orgweave tie weights are > 0)"),
                                                 {interop::formatNumber(*link.weight)}));
                }
            }
            if (!link.relation.empty())
                tie.attrs["relation"] = link.relation;
            if (!link.color.empty())
                tie.attrs["color"] = link.color;
            tie.details.edit().label = link.label;
            m_tieLocations.push_back(link.where);
            model.ties.push_back(std::move(tie));
        }
        return model;
    }

    // ---- partition ----

    void readPartition(std::string_view text, Model& model, interop::Problems& problems) {
        if (!interop::checkText(text, problems, N_("a Pajek partition")))
            return;
        const std::vector<interop::TokenLine> lines = interop::tokenLines(text, false, '%');
        std::vector<std::pair<std::int64_t, Location>> classes;
        bool declared = false;
        for (const interop::TokenLine& line : lines) {
            if (!line[0].quoted && !line[0].text.empty() && line[0].text[0] == '*') {
                const std::string keyword = toLowerAscii(line[0].text);
                if (keyword == "*vertices") {
                    if (declared)
                        break;
                    declared = true;
                    const auto n = line.size() >= 2 ? interop::parseInteger(line[1].text) : std::nullopt;
                    if (!n || *n != m_count) {
                        problems.error(
                            line[0].where,
                            line.size() >= 2
                                ? fill(tr("the partition declares {} vertices; the network has {}"),
                                       {line[1].text, std::to_string(m_count)})
                                : fill(tr("the partition declares no vertices; the network has {}"),
                                       {std::to_string(m_count)}));
                        return;
                    }
                }
                continue;
            }
            for (const interop::Token& t : line) {
                const auto k = interop::parseInteger(t.text);
                if (!k) {
                    problems.error(t.where, fill(tr("\"{}\" is not a cluster number"), {t.text}));
                    return;
                }
                if (static_cast<std::int64_t>(classes.size()) >= m_count) {
                    problems.error(t.where, fill(tr("more cluster numbers than the {} vertices"),
                                                 {std::to_string(m_count)}));
                    return;
                }
                classes.emplace_back(*k, t.where);
            }
        }
        if (static_cast<std::int64_t>(classes.size()) != m_count) {
            problems.error(lines.empty() ? Location{1, 1} : lines.back().back().where,
                           fill(tr("the partition has {} cluster numbers; the network has {} vertices"),
                                {std::to_string(classes.size()), std::to_string(m_count)}));
            return;
        }
        std::set<std::int64_t> distinct;
        for (const auto& c : classes)
            distinct.insert(c.first);
        std::unordered_set<std::string> ids;
        for (const Node& n : model.nodes)
            ids.insert(n.id);
        std::map<std::int64_t, std::string> organizationOf;
        for (std::int64_t k : distinct) {
            std::string id = "cluster-" + std::to_string(k);
            while (ids.count(id))
                id += "_";
            ids.insert(id);
            organizationOf.emplace(k, id);
        }
        for (std::size_t i = 0; i < classes.size(); ++i) {
            if (auto it = m_index.find(static_cast<std::int64_t>(i) + 1); it != m_index.end())
                model.nodes[it->second].organization = organizationOf.at(classes[i].first);
        }
        for (const auto& [k, id] : organizationOf) {
            Node org;
            org.id = id;
            org.kind = NodeKind::Organization;
            org.label = "Cluster " + std::to_string(k);
            model.nodes.push_back(std::move(org));
            m_nodeLocations.push_back({});
        }
    }

    std::string_view m_text;
    interop::Problems m_problems;
    bool m_declared = false;
    std::int64_t m_count = 0;
    std::int64_t m_twoModeRows = 0;
    std::string m_title;
    std::map<std::int64_t, Vertex> m_vertices;
    std::map<std::int64_t, std::string> m_ids;
    std::unordered_map<std::int64_t, std::size_t> m_index;
    std::vector<Link> m_links;
    std::string m_relation;
    int m_skippedNetworks = 0;
    Location m_skippedNetworkAt;
    bool m_inOtherNetwork = false;
    bool m_tooManyTies = false;
    int m_nonFiniteWeights = 0;
    int m_nonFiniteValues = 0;
    // *Matrix
    bool m_inMatrix = false;
    Location m_matrixAt;
    std::int64_t m_matrixRow = 0;
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<double, Location>> m_matrixCells;
    // *Partition / *Vector
    bool m_valuesPending = false;
    bool m_inValues = false;
    bool m_valuesArePartition = false;
    std::string m_valuesName;
    Location m_valuesAt;
    std::int64_t m_valuesDeclared = 0;
    std::vector<std::optional<double>> m_values;
    std::vector<Location> m_nodeLocations;
    std::vector<Location> m_tieLocations;
    int m_signedWeights = 0;
};

// ---- writer -----------------------------------------------------------------------------------

/// A label Pajek can hold in double quotes (no quotes, no line breaks).
std::string pajekLabel(const std::string& text, bool& changed) {
    std::string out = text;
    for (char& c : out) {
        if (c == '"')
            c = '\'';
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    changed = changed || out != text;
    return out;
}

/// The relation of a tie: its attrs "relation" when it is text, else none.
std::string relationOf(const Tie& t) {
    if (auto it = t.attrs.find("relation"); it != t.attrs.end() && it->is_string())
        return it->get<std::string>();
    return {};
}

}  // namespace

std::string writePajek(const Model& model, Diagnostics& warnings, const std::string& fileName) {
    interop::Carries carries;
    carries.positions = true;
    interop::lossWarnings(model, carries, "Pajek", fileName, warnings);

    std::string out;
    out.reserve(64 + model.nodes.size() * 24 + model.ties.size() * 16);
    bool changed = false;
    if (!model.annotations.meta.title.empty())
        out += "*Network " + pajekLabel(model.annotations.meta.title, changed) + "\n";
    changed = false;
    // Vertices are named by their labels, as Pajek shows them; ids that differ from the label are
    // kept in comments Pajek skips and orgweave reads back.
    std::string ids;
    std::unordered_map<std::string, std::size_t> number;
    std::string vertices = "*Vertices " + std::to_string(model.nodes.size()) + "\n";
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node& n = model.nodes[i];
        number.emplace(n.id, i + 1);
        const std::string label = pajekLabel(n.displayLabel(), changed);
        if (label != n.id && n.id.find_first_of("\r\n") == std::string::npos)
            ids += "% orgweave-id " + std::to_string(i + 1) + " " + n.id + "\n";
        vertices += std::to_string(i + 1) + " \"" + label + "\"";
        if (auto p = model.layout.positions.find(n.id); p != model.layout.positions.end())
            vertices += " " + interop::formatNumber(p->second.x) + " " + interop::formatNumber(p->second.y);
        vertices += "\n";
    }
    out += ids + vertices;
    if (changed)
        warnings.push_back(Diagnostic{
            Severity::Warning,
            fileName,
            0,
            0,
            {},
            tr("Pajek labels cannot hold double quotes or line breaks: they are written as ' and spaces")});
    // One *Arcs and one *Edges section per relation (attrs "relation"), numbered as Pajek does.
    std::vector<std::string> relations;
    for (const Tie& t : model.ties) {
        const std::string r = relationOf(t);
        if (std::find(relations.begin(), relations.end(), r) == relations.end())
            relations.push_back(r);
    }
    if (relations.empty())
        relations.push_back({});
    const bool multiRelational = relations.size() > 1 || !relations.front().empty();
    std::size_t dangling = 0;
    for (std::size_t r = 0; r < relations.size(); ++r) {
        for (const bool directed : {true, false}) {
            std::string section;
            for (const Tie& t : model.ties) {
                if (t.isDirected() != directed || relationOf(t) != relations[r])
                    continue;
                auto s = number.find(t.source);
                auto d = number.find(t.target);
                if (s == number.end() || d == number.end()) {
                    dangling += directed ? 1 : 0;
                    continue;
                }
                section += std::to_string(s->second) + " " + std::to_string(d->second);
                if (t.weight)
                    section += " " + interop::formatNumber(*t.weight);
                section += "\n";
            }
            if (section.empty())
                continue;
            out += directed ? "*Arcs" : "*Edges";
            if (multiRelational)
                out += " :" + std::to_string(r + 1) + " \"" +
                       pajekLabel(relations[r].empty() ? std::string("(none)") : relations[r], changed) +
                       "\"";
            out += "\n" + section;
        }
    }
    if (dangling > 0)
        warnings.push_back(Diagnostic{
            Severity::Warning,
            fileName,
            0,
            0,
            {},
            fill(tr("{} tie(s) name nodes that do not exist; not written"), {std::to_string(dangling)})});
    return out;
}

void savePajek(const Model& model, const std::filesystem::path& path, Diagnostics& warnings) {
    writeFileAtomically(path, writePajek(model, warnings, path.string()));
}

// ---- entry points -----------------------------------------------------------------------------

static LoadResult parsePajekUnguarded(std::string_view text, const std::string& fileName,
                                      std::optional<std::string_view> partition,
                                      const std::string& partitionName);

LoadResult parsePajek(std::string_view text, const std::string& fileName,
                      std::optional<std::string_view> partition, const std::string& partitionName) {
    return readGuarded<LoadResult>(
        fileName, [&] { return parsePajekUnguarded(text, fileName, partition, partitionName); });
}

static LoadResult parsePajekUnguarded(std::string_view text, const std::string& fileName,
                                      std::optional<std::string_view> partition,
                                      const std::string& partitionName) {
    return PajekReader(text, fileName).read(partition, partitionName);
}

LoadResult loadPajek(const std::filesystem::path& path) {
    LoadResult result;
    auto text = readInputFile(path, N_("a Pajek file"), result.diagnostics);
    if (!text)
        return result;
    std::filesystem::path clu = path;
    clu.replace_extension(".clu");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(clu, ec)) {
        clu.replace_extension(".CLU");
        if (!std::filesystem::is_regular_file(clu, ec))
            return parsePajek(*text, path.string());
    }
    auto partition = readInputFile(clu, N_("a Pajek partition"), result.diagnostics);
    if (!partition)
        return result;
    return parsePajek(*text, path.string(), std::string_view(*partition), clu.string());
}

bool isPajekPath(const std::filesystem::path& path) {
    const std::string ext = lowercaseExtension(path);
    return ext == ".net" || ext == ".paj";
}

}  // namespace orgweave::core
