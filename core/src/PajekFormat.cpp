// Sections: reader (sections, vertices, ties, partition, building) · writer · entry points
#include "orgweave/core/PajekFormat.hpp"

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
using interop::Token;
using interop::TokenLine;

namespace {

// ---- reader -----------------------------------------------------------------------------------

enum class Section { None, Vertices, Arcs, Edges, Arcslist, Edgeslist, Ignored };

struct Vertex {
    std::string label;
    bool hasLine = false;
    std::optional<Point> position;
    Location where;
};

struct Link {
    std::int64_t from = 0;
    std::int64_t to = 0;
    bool directed = false;
    std::optional<double> weight;
    Location where;
};

class PajekReader {
public:
    PajekReader(std::string_view text, const std::string& file) : m_text(text), m_problems(file) {}

    LoadResult read(std::optional<std::string_view> partition, const std::string& partitionName) {
        if (!interop::checkText(m_text, m_problems, "a Pajek file"))
            return m_problems.finish(std::nullopt);
        const std::vector<TokenLine> lines = interop::tokenLines(m_text, false, '%');
        if (lines.empty()) {
            m_problems.error({1, 1},
                             "file is empty; expected a Pajek network (*Vertices N, then *Arcs or *Edges)");
            return m_problems.finish(std::nullopt);
        }
        Section section = Section::None;
        for (const TokenLine& line : lines) {
            if (m_problems.errorCount() > 100)
                break;
            for (const Token& t : line) {
                if (t.unterminated)
                    error(t.where, "unterminated quoted label: the quote opened here is never closed");
            }
            if (!line[0].quoted && !line[0].text.empty() && line[0].text[0] == '*') {
                section = readSectionLine(line, section);
                continue;
            }
            switch (section) {
                case Section::None:
                    error(line[0].where, "expected *Vertices N before any data (is this a Pajek .net file?)");
                    return m_problems.finish(std::nullopt);
                case Section::Vertices:
                    readVertex(line);
                    break;
                case Section::Arcs:
                case Section::Edges:
                    readLink(line, section == Section::Arcs);
                    break;
                case Section::Arcslist:
                case Section::Edgeslist:
                    readList(line, section == Section::Arcslist);
                    break;
                case Section::Ignored:
                    break;
            }
        }
        if (!m_declared && !m_problems.hasErrors())
            error({1, 1}, "no *Vertices line: a Pajek network starts with *Vertices N");
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

    /// A vertex number in 1..N; nullopt (reported) otherwise.
    std::optional<std::int64_t> vertexNumber(const Token& token) {
        const auto n = interop::parseInteger(token.text);
        if (!n) {
            error(token.where, "\"" + token.text + "\" is not a vertex number");
            return std::nullopt;
        }
        if (*n < 1 || *n > m_count) {
            error(token.where, "vertex " + token.text + " does not exist: *Vertices declares " +
                                   std::to_string(m_count) + " (numbered 1 to " + std::to_string(m_count) +
                                   ")");
            return std::nullopt;
        }
        return n;
    }

    Section readSectionLine(const TokenLine& line, Section current) {
        const std::string keyword = toLowerAscii(line[0].text);
        if (keyword == "*network") {
            std::string title;
            for (std::size_t i = 1; i < line.size(); ++i)
                title += (i > 1 ? " " : "") + line[i].text;
            if (!m_declared)
                m_title = title;
            return current;
        }
        if (keyword == "*vertices") {
            if (m_declared) {
                warning(line[0].where, "a second *Vertices line: only the first network of the file is read");
                m_stopped = true;
                return Section::Ignored;
            }
            if (line.size() < 2) {
                error(line[0].where, "*Vertices needs the number of vertices (\"*Vertices 34\")");
                return Section::Ignored;
            }
            const auto n = interop::parseInteger(line[1].text);
            if (!n || *n < 0) {
                error(line[1].where, "\"" + line[1].text + "\" is not a number of vertices");
                return Section::Ignored;
            }
            if (*n > kMaxPajekVertices) {
                error(line[1].where, "*Vertices declares " + line[1].text + " vertices; the limit is " +
                                         std::to_string(kMaxPajekVertices));
                return Section::Ignored;
            }
            m_declared = true;
            m_count = *n;
            m_vertices.resize(static_cast<std::size_t>(*n));
            return Section::Vertices;
        }
        if (m_stopped)
            return Section::Ignored;
        const bool link =
            keyword == "*arcs" || keyword == "*edges" || keyword == "*arcslist" || keyword == "*edgeslist";
        if (link && !m_declared) {
            error(line[0].where, line[0].text + " before *Vertices: declare the vertices first");
            return Section::Ignored;
        }
        if (keyword == "*arcs")
            return Section::Arcs;
        if (keyword == "*edges")
            return Section::Edges;
        if (keyword == "*arcslist")
            return Section::Arcslist;
        if (keyword == "*edgeslist")
            return Section::Edgeslist;
        if (keyword == "*matrix") {
            error(line[0].where, "*Matrix sections are not read; write the network with *Arcs or *Edges");
            return Section::Ignored;
        }
        if (keyword == "*partition" || keyword == "*vector" || keyword == "*permutation" ||
            keyword == "*cluster" || keyword == "*hierarchy") {
            warning(line[0].where,
                    line[0].text + " (a Pajek project section) is ignored: only the network is read");
            m_stopped = true;
            return Section::Ignored;
        }
        error(line[0].where, "unknown section \"" + line[0].text +
                                 "\"; expected *Vertices, *Arcs, *Edges, *Arcslist or *Edgeslist");
        return Section::Ignored;
    }

    void readVertex(const TokenLine& line) {
        const auto n = vertexNumber(line[0]);
        if (!n)
            return;
        Vertex& v = m_vertices[static_cast<std::size_t>(*n - 1)];
        if (v.hasLine) {
            error(line[0].where, "vertex " + line[0].text + " is described twice");
            return;
        }
        v.hasLine = true;
        v.where = line[0].where;
        if (line.size() >= 2)
            v.label = line[1].text;
        if (line.size() >= 4) {
            const auto x = interop::parseNumber(line[2].text);
            const auto y = interop::parseNumber(line[3].text);
            if (x && y) {
                if (std::isfinite(*x) && std::isfinite(*y)) {
                    v.position = Point{*x, *y};
                } else {
                    warning(line[2].where,
                            "vertex " + line[0].text + " has coordinates that are not finite; ignored");
                }
            } else if (x) {
                error(line[3].where,
                      "vertex " + line[0].text + ": y coordinate \"" + line[3].text + "\" is not a number");
            }
        }
    }

    std::optional<double> weightOf(const Token& token, const std::string& what) {
        const auto w = interop::parseNumber(token.text);
        if (!w)
            return std::nullopt;  // drawing options (e.g. "c Blue") follow, not a weight
        if (!std::isfinite(*w)) {
            error(token.where, what + " has weight " + token.text + ", which is not a finite number");
            return std::nullopt;
        }
        return w;
    }

    void readLink(const TokenLine& line, bool directed) {
        if (line.size() < 2) {
            error(line[0].where, std::string(directed ? "an arc" : "an edge") +
                                     " needs two vertex numbers (\"1 2 [weight]\")");
            return;
        }
        const auto from = vertexNumber(line[0]);
        const auto to = vertexNumber(line[1]);
        if (!from || !to)
            return;
        Link link{*from, *to, directed, std::nullopt, line[0].where};
        if (line.size() >= 3)
            link.weight = weightOf(line[2], "the line");
        m_links.push_back(link);
    }

    void readList(const TokenLine& line, bool directed) {
        const auto from = vertexNumber(line[0]);
        if (!from)
            return;
        for (std::size_t i = 1; i < line.size(); ++i) {
            if (const auto to = vertexNumber(line[i]))
                m_links.push_back(Link{*from, *to, directed, std::nullopt, line[i].where});
        }
    }

    // ---- building ----

    Model build() {
        Model model;
        model.annotations.meta.title = m_title;
        std::unordered_set<std::string> taken;
        for (const Vertex& v : m_vertices) {
            if (!v.label.empty())
                taken.insert(v.label);
        }
        std::unordered_set<std::string> used;
        model.nodes.reserve(m_vertices.size());
        for (std::size_t i = 0; i < m_vertices.size(); ++i) {
            const Vertex& v = m_vertices[i];
            Node node;
            node.kind = NodeKind::Role;
            const std::string number = std::to_string(i + 1);
            node.id = v.label.empty() ? number : v.label;
            if (!used.insert(node.id).second) {
                std::string id = node.id + "#" + number;
                for (int k = 2; used.count(id) || taken.count(id); ++k)
                    id = node.id + "#" + number + "_" + std::to_string(k);
                warning(v.where, "vertex " + number + " repeats the label \"" + node.id + "\"; its id is \"" +
                                     id + "\"");
                node.label = node.id;
                node.id = id;
                used.insert(id);
            }
            if (v.position)
                model.layout.positions[node.id] = *v.position;
            m_nodeLocations.push_back(v.where);
            model.nodes.push_back(std::move(node));
        }
        model.ties.reserve(m_links.size());
        for (const Link& link : m_links) {
            Tie tie;
            tie.id = "e" + std::to_string(model.ties.size());
            tie.kind = TieKind::Collaborates;
            tie.source = model.nodes[static_cast<std::size_t>(link.from - 1)].id;
            tie.target = model.nodes[static_cast<std::size_t>(link.to - 1)].id;
            if (link.directed)
                tie.directed = true;
            if (link.weight) {
                if (*link.weight > 0) {
                    tie.weight = link.weight;
                } else {
                    tie.attrs["weight"] = *link.weight;
                    if (m_signedWeights++ == 0)
                        warning(link.where,
                                "weight " + interop::formatNumber(*link.weight) +
                                    " is not positive; such weights are kept as the attribute \"weight\" "
                                    "(orgweave tie weights are > 0)");
                }
            }
            m_tieLocations.push_back(link.where);
            model.ties.push_back(std::move(tie));
        }
        return model;
    }

    // ---- partition ----

    void readPartition(std::string_view text, Model& model, interop::Problems& problems) {
        if (!interop::checkText(text, problems, "a Pajek partition"))
            return;
        const std::vector<TokenLine> lines = interop::tokenLines(text, false, '%');
        std::vector<std::pair<std::int64_t, Location>> classes;
        bool declared = false;
        for (const TokenLine& line : lines) {
            if (!line[0].quoted && !line[0].text.empty() && line[0].text[0] == '*') {
                const std::string keyword = toLowerAscii(line[0].text);
                if (keyword == "*vertices") {
                    if (declared)
                        break;
                    declared = true;
                    const auto n = line.size() >= 2 ? interop::parseInteger(line[1].text) : std::nullopt;
                    if (!n || *n != m_count) {
                        problems.error(line[0].where,
                                       "the partition declares " +
                                           (line.size() >= 2 ? line[1].text : std::string("no")) +
                                           " vertices; the network has " + std::to_string(m_count));
                        return;
                    }
                }
                continue;
            }
            for (const Token& t : line) {
                const auto k = interop::parseInteger(t.text);
                if (!k) {
                    problems.error(t.where, "\"" + t.text + "\" is not a cluster number");
                    return;
                }
                if (static_cast<std::int64_t>(classes.size()) >= m_count) {
                    problems.error(t.where,
                                   "more cluster numbers than the " + std::to_string(m_count) + " vertices");
                    return;
                }
                classes.emplace_back(*k, t.where);
            }
        }
        if (static_cast<std::int64_t>(classes.size()) != m_count) {
            problems.error(lines.empty() ? Location{1, 1} : lines.back().back().where,
                           "the partition has " + std::to_string(classes.size()) +
                               " cluster numbers; the network has " + std::to_string(m_count) + " vertices");
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
        for (std::size_t i = 0; i < classes.size(); ++i)
            model.nodes[i].organization = organizationOf.at(classes[i].first);
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
    bool m_stopped = false;
    std::int64_t m_count = 0;
    std::string m_title;
    std::vector<Vertex> m_vertices;
    std::vector<Link> m_links;
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

}  // namespace

std::string writePajek(const Model& model, Diagnostics& warnings, const std::string& fileName) {
    interop::Carries carries;
    carries.nodeLabels = false;
    carries.positions = true;
    interop::lossWarnings(model, carries, "Pajek", fileName, warnings);

    std::string out;
    out.reserve(64 + model.nodes.size() * 24 + model.ties.size() * 16);
    bool changed = false;
    if (!model.annotations.meta.title.empty())
        out += "*Network " + pajekLabel(model.annotations.meta.title, changed) + "\n";
    changed = false;
    out += "*Vertices " + std::to_string(model.nodes.size()) + "\n";
    std::unordered_map<std::string, std::size_t> number;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node& n = model.nodes[i];
        number.emplace(n.id, i + 1);
        out += std::to_string(i + 1) + " \"" + pajekLabel(n.id, changed) + "\"";
        if (auto p = model.layout.positions.find(n.id); p != model.layout.positions.end())
            out += " " + interop::formatNumber(p->second.x) + " " + interop::formatNumber(p->second.y);
        out += "\n";
    }
    if (changed)
        warnings.push_back(Diagnostic{
            Severity::Warning,
            fileName,
            0,
            0,
            {},
            "Pajek labels cannot hold double quotes or line breaks: they are written as ' and spaces"});
    std::size_t dangling = 0;
    for (const bool directed : {true, false}) {
        std::string section;
        for (const Tie& t : model.ties) {
            if (t.isDirected() != directed)
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
        if (!section.empty())
            out += (directed ? "*Arcs\n" : "*Edges\n") + section;
    }
    if (dangling > 0)
        warnings.push_back(
            Diagnostic{Severity::Warning,
                       fileName,
                       0,
                       0,
                       {},
                       std::to_string(dangling) + " tie(s) name nodes that do not exist; not written"});
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
    auto text = readInputFile(path, "a Pajek file", result.diagnostics);
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
    auto partition = readInputFile(clu, "a Pajek partition", result.diagnostics);
    if (!partition)
        return result;
    return parsePajek(*text, path.string(), std::string_view(*partition), clu.string());
}

bool isPajekPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".net";
}

}  // namespace orgweave::core
