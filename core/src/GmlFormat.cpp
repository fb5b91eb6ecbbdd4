// Sections: lexer · reader · writer · entry points
#include "orgweave/core/GmlFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include "InteropSupport.hpp"
#include "Utf8.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace orgweave::core {

using interop::Location;
using nlohmann::json;

namespace {

constexpr int kMaxGmlDepth = 64;

// ---- lexer ------------------------------------------------------------------------------------

enum class GmlToken { Key, Number, String, Open, Close, End, Bad };

/// GML's words one at a time, with their place; O(1) memory besides the current word.
class GmlLexer {
public:
    explicit GmlLexer(std::string_view text) : m_text(text) {}

    GmlToken next() {
        skipBlanks();
        m_start = location();
        m_word = {};
        if (m_pos >= m_text.size())
            return GmlToken::End;
        const char c = m_text[m_pos];
        if (c == '[') {
            ++m_pos;
            return GmlToken::Open;
        }
        if (c == ']') {
            ++m_pos;
            return GmlToken::Close;
        }
        if (c == '"') {
            const std::size_t close = m_text.find('"', m_pos + 1);
            if (close == std::string_view::npos) {
                m_word = "unterminated string: the quote opened here is never closed";
                m_pos = m_text.size();
                return GmlToken::Bad;
            }
            m_word = m_text.substr(m_pos + 1, close - m_pos - 1);
            advanceTo(close + 1);
            return GmlToken::String;
        }
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && !isBlank(m_text[m_pos]) && m_text[m_pos] != '[' &&
               m_text[m_pos] != ']' && m_text[m_pos] != '"')
            ++m_pos;
        m_word = m_text.substr(start, m_pos - start);
        if (interop::parseNumber(m_word))
            return GmlToken::Number;
        const bool key = std::all_of(m_word.begin(), m_word.end(), [](char ch) {
            return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_';
        });
        return key && std::isalpha(static_cast<unsigned char>(m_word[0])) ? GmlToken::Key : GmlToken::Bad;
    }

    std::string_view word() const { return m_word; }
    Location where() const { return m_start; }

private:
    static bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
    Location location() const { return Location{m_line, static_cast<int>(m_pos - m_lineStart) + 1}; }
    void advanceTo(std::size_t end) {
        for (std::size_t p = m_pos; p < end; ++p) {
            if (m_text[p] == '\n') {
                ++m_line;
                m_lineStart = p + 1;
            }
        }
        m_pos = end;
    }
    void skipBlanks() {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                ++m_line;
                m_lineStart = ++m_pos;
            } else if (isBlank(c)) {
                ++m_pos;
            } else if (c == '#') {
                const std::size_t nl = m_text.find('\n', m_pos);
                m_pos = nl == std::string_view::npos ? m_text.size() : nl;
            } else {
                break;
            }
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
    Location m_start;
    std::string_view m_word;
};

/// GML strings use HTML entities for quotes, ampersands and other characters.
std::string decodeEntities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t semi = text.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += text[i];
            continue;
        }
        const std::string_view name = text.substr(i + 1, semi - i - 1);
        static const std::map<std::string_view, char> kNamed{
            {"quot", '"'}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"apos", '\''}};
        if (auto it = kNamed.find(name); it != kNamed.end()) {
            out += it->second;
        } else if (name.size() > 1 && name[0] == '#') {
            std::uint32_t code = 0;
            const bool hex = name[1] == 'x' || name[1] == 'X';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            const auto [end, ec] =
                std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
            if (ec != std::errc() || end != digits.data() + digits.size() || code == 0 ||
                (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
                out.append(text.substr(i, semi - i + 1));
                i = semi;
                continue;
            }
            appendUtf8(out, code);
        } else {
            out.append(text.substr(i, semi - i + 1));
        }
        i = semi;
    }
    return out;
}

// ---- reader -----------------------------------------------------------------------------------

struct GmlElement {
    json values = json::object();  ///< key → value (a repeated key → array of values)
    Location where;
};

class GmlReader {
public:
    GmlReader(std::string_view text, const std::string& file)
        : m_text(text), m_problems(file), m_lexer(text) {}

    LoadResult read() {
        if (!interop::checkText(m_text, m_problems, N_("a GML file")))
            return m_problems.finish(std::nullopt);
        m_lexer = GmlLexer(m_text);
        if (interop::isBlank(m_text)) {
            m_problems.error({1, 1}, tr("file is empty; expected a GML graph (graph [ node [ id 0 ] … ])"));
            return m_problems.finish(std::nullopt);
        }
        bool graphFound = false;
        for (;;) {
            GmlToken t = m_lexer.next();
            if (t == GmlToken::End)
                break;
            if (t != GmlToken::Key) {
                fail(t, tr("a key (graph, Creator, Version, …)"));
                return m_problems.finish(std::nullopt);
            }
            const std::string key(m_lexer.word());
            const Location at = m_lexer.where();
            if (key == "graph" && !graphFound) {
                if (m_lexer.next() != GmlToken::Open) {
                    m_problems.error(at, tr("graph must be followed by ["));
                    return m_problems.finish(std::nullopt);
                }
                graphFound = true;
                if (!readGraph())
                    return m_problems.finish(std::nullopt);
            } else {
                std::optional<json> value = readValue(m_lexer.next(), 1);
                if (!value)
                    return m_problems.finish(std::nullopt);
                if (key == "graph")
                    m_problems.warning(at,
                                       tr("a second graph in the file is ignored: only the first is read"));
            }
        }
        if (!graphFound) {
            m_problems.error({1, 1}, tr("no graph [ … ] in the file: is this a GML file?"));
            return m_problems.finish(std::nullopt);
        }
        Model model = build();
        interop::validateInto(model, m_nodeLocations, m_tieLocations, m_problems);
        return m_problems.finish(std::move(model));
    }

private:
    void fail(GmlToken t, const std::string& expected) {
        if (t == GmlToken::Bad && m_lexer.word().rfind("unterminated", 0) == 0)
            m_problems.error(m_lexer.where(),
                             tr("unterminated string: the quote opened here is never closed"));
        else if (t == GmlToken::End)
            m_problems.error(m_lexer.where(),
                             fill(tr("the file ends early: expected {} (is a ] missing?)"), {expected}));
        else
            m_problems.error(m_lexer.where(), fill(tr("unexpected \"{}\"; expected {}"),
                                                   {std::string(m_lexer.word()), expected}));
    }

    /// A value after a key: number, string or [ list ] (as an object of its keys).
    std::optional<json> readValue(GmlToken t, int depth) {
        switch (t) {
            case GmlToken::Number: {
                if (auto i = interop::parseInteger(m_lexer.word()))
                    return json(*i);
                const double v = *interop::parseNumber(m_lexer.word());
                if (!std::isfinite(v)) {
                    m_problems.warning(m_lexer.where(),
                                       fill(tr("\"{}\" is not a finite number; the value is dropped"),
                                            {std::string(m_lexer.word())}));
                    return json();
                }
                return json(v);
            }
            case GmlToken::String:
                return json(decodeEntities(m_lexer.word()));
            case GmlToken::Open: {
                if (depth >= kMaxGmlDepth) {
                    m_problems.error(m_lexer.where(), fill(tr("lists nested deeper than {} levels"),
                                                           {std::to_string(kMaxGmlDepth)}));
                    return std::nullopt;
                }
                json object = json::object();
                for (;;) {
                    GmlToken k = m_lexer.next();
                    if (k == GmlToken::Close)
                        return object;
                    if (k != GmlToken::Key) {
                        fail(k, tr("a key or ]"));
                        return std::nullopt;
                    }
                    const std::string key(m_lexer.word());
                    std::optional<json> value = readValue(m_lexer.next(), depth + 1);
                    if (!value)
                        return std::nullopt;
                    add(object, key, std::move(*value));
                }
            }
            default:
                fail(t, tr("a number, a \"string\" or ["));
                return std::nullopt;
        }
    }

    static void add(json& object, const std::string& key, json value) {
        auto it = object.find(key);
        if (it == object.end()) {
            object[key] = std::move(value);
        } else if (it->is_array() && it->size() > 0 && object.contains("__repeated_" + key)) {
            it->push_back(std::move(value));
        } else {
            json list = json::array({*it, std::move(value)});
            *it = std::move(list);
            object["__repeated_" + key] = true;
        }
    }

    bool readGraph() {
        for (;;) {
            GmlToken t = m_lexer.next();
            if (t == GmlToken::Close)
                return true;
            if (t != GmlToken::Key) {
                fail(t, tr("a key or ]"));
                return false;
            }
            const std::string key(m_lexer.word());
            const Location at = m_lexer.where();
            std::optional<json> value = readValue(m_lexer.next(), 1);
            if (!value)
                return false;
            if (key == "node" || key == "edge") {
                if (!value->is_object()) {
                    m_problems.error(at, fill(tr("{} must be followed by [ … ]"), {key}));
                    continue;
                }
                auto& list = key == "node" ? m_nodes : m_edges;
                if (key == "edge" && m_edges.size() >= interop::kMaxReadTies) {
                    m_problems.error(at, fill(tr("the file holds more than {} edges, the limit of one file"),
                                              {std::to_string(interop::kMaxReadTies)}));
                    return false;
                }
                list.push_back(GmlElement{std::move(*value), at});
            } else if (key == "directed") {
                m_directed = value->is_number() && value->get<double>() != 0;
            } else if (key == "label" || key == "name") {
                if (value->is_string())
                    m_title = value->get<std::string>();
            }
        }
    }

    static void dropMarkers(json& object) {
        for (auto it = object.begin(); it != object.end();) {
            if (it.key().rfind("__repeated_", 0) == 0)
                it = object.erase(it);
            else
                ++it;
        }
    }

    Model build() {
        Model model;
        model.annotations.meta.title = m_title;
        // Names: label (networkx) or name (igraph) when unique, else the id.
        std::unordered_map<std::string, int> labelCount;
        for (GmlElement& n : m_nodes) {
            dropMarkers(n.values);
            for (const char* k : {"label", "name"}) {
                if (auto it = n.values.find(k); it != n.values.end() && it->is_string()) {
                    ++labelCount[std::string(k) + "\n" + it->get<std::string>()];
                }
            }
        }
        auto uniqueName = [&](const json& v, const char* key) -> std::optional<std::string> {
            auto it = v.find(key);
            if (it == v.end() || !it->is_string() || it->get<std::string>().empty())
                return std::nullopt;
            if (labelCount[std::string(key) + "\n" + it->get<std::string>()] != 1)
                return std::nullopt;
            return it->get<std::string>();
        };
        std::unordered_map<std::string, std::string> idOf;  // GML id text → node id
        std::unordered_set<std::string> used;
        for (GmlElement& n : m_nodes) {
            json& v = n.values;
            auto idIt = v.find("id");
            if (idIt == v.end() || !(idIt->is_number_integer() || idIt->is_string())) {
                m_problems.error(n.where, tr("a node without an id (node [ id 0 … ])"));
                continue;
            }
            const std::string gmlId =
                idIt->is_string() ? idIt->get<std::string>() : std::to_string(idIt->get<std::int64_t>());
            Node node;
            node.kind = NodeKind::Role;
            const auto label = uniqueName(v, "label");
            const auto name = uniqueName(v, "name");
            node.id = label ? *label : name ? *name : gmlId;
            if (label && name && *name != *label)
                node.label = *name;
            if (!label && v.contains("label") && v["label"].is_string())
                node.label = v["label"].get<std::string>();
            if (!used.insert(node.id).second) {
                node.id = gmlId;
                if (!used.insert(node.id).second) {
                    m_problems.error(n.where, fill(tr("node id {} is used twice"), {gmlId}));
                    continue;
                }
            }
            if (!idOf.emplace(gmlId, node.id).second) {
                m_problems.error(n.where, fill(tr("node id {} is used twice"), {gmlId}));
                continue;
            }
            v.erase("id");
            if (label)
                v.erase("label");
            if (name && (label || !node.label.empty() || node.id == *name))
                v.erase("name");
            if (auto g = v.find("graphics"); g != v.end() && g->is_object()) {
                const json graphics = *g;
                v.erase(g);
                auto x = graphics.find("x");
                auto y = graphics.find("y");
                if (x != graphics.end() && y != graphics.end() && x->is_number() && y->is_number())
                    model.layout.positions[node.id] = Point{x->get<double>(), y->get<double>()};
                if (auto fill = graphics.find("fill"); fill != graphics.end() && fill->is_string()) {
                    std::string c = toLowerAscii(fill->get<std::string>());
                    v["color"] = c.size() == 9 && c[0] == '#' ? c.substr(0, 7) : c;
                }
                if (auto type = graphics.find("type"); type != graphics.end() && type->is_string())
                    v["shape"] = *type;
                for (const char* k : {"w", "h"}) {
                    if (auto s = graphics.find(k); s != graphics.end() && s->is_number())
                        v[k[0] == 'w' ? "width" : "height"] = *s;
                }
            }
            for (auto it = v.begin(); it != v.end(); ++it) {
                if (!it->is_null())
                    node.attrs[it.key()] = *it;
            }
            m_nodeLocations.push_back(n.where);
            model.nodes.push_back(std::move(node));
        }
        int signedWeights = 0;
        for (GmlElement& e : m_edges) {
            json& v = e.values;
            dropMarkers(v);
            auto end = [&](const char* key) -> std::optional<std::string> {
                auto it = v.find(key);
                if (it == v.end() || !(it->is_number_integer() || it->is_string())) {
                    m_problems.error(e.where, fill(tr("an edge without a {}"), {key}));
                    return std::nullopt;
                }
                const std::string text =
                    it->is_string() ? it->get<std::string>() : std::to_string(it->get<std::int64_t>());
                auto found = idOf.find(text);
                if (found == idOf.end()) {
                    m_problems.error(e.where, fill(tr("the edge's {} {} is no node's id"), {key, text}));
                    return std::nullopt;
                }
                return found->second;
            };
            const auto source = end("source");
            const auto target = end("target");
            if (!source || !target)
                continue;
            Tie tie;
            tie.id = "e" + std::to_string(model.ties.size());
            tie.kind = TieKind::Collaborates;
            tie.source = *source;
            tie.target = *target;
            if (m_directed)
                tie.directed = true;
            v.erase("source");
            v.erase("target");
            if (auto w = v.find("weight"); w != v.end() && w->is_number()) {
                if (w->get<double>() > 0) {
                    tie.weight = w->get<double>();
                    v.erase(w);
                } else if (signedWeights++ == 0) {
                    m_problems.warning(e.where, fill(tr("weight {} is not positive; such weights are kept as "
                                                        "the attribute \"weight\""),
                                                     {w->dump()}));
                }
            }
            if (auto l = v.find("label"); l != v.end() && l->is_string()) {
                tie.details.edit().label = l->get<std::string>();
                v.erase(l);
            }
            if (auto g = v.find("graphics"); g != v.end() && g->is_object()) {
                if (auto fill = g->find("fill"); fill != g->end() && fill->is_string())
                    v["color"] = toLowerAscii(fill->get<std::string>());
                v.erase("graphics");
            }
            for (auto it = v.begin(); it != v.end(); ++it) {
                if (!it->is_null())
                    tie.attrs[it.key()] = *it;
            }
            m_tieLocations.push_back(e.where);
            model.ties.push_back(std::move(tie));
        }
        return model;
    }

    std::string_view m_text;
    interop::Problems m_problems;
    GmlLexer m_lexer;
    bool m_directed = false;
    std::string m_title;
    std::vector<GmlElement> m_nodes;
    std::vector<GmlElement> m_edges;
    std::vector<Location> m_nodeLocations;
    std::vector<Location> m_tieLocations;
};

// ---- writer -----------------------------------------------------------------------------------

std::string gmlString(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += "&quot;";
        else if (c == '&')
            out += "&amp;";
        else
            out += c;
    }
    return out + "\"";
}

}  // namespace

std::string writeGml(const Model& model, Diagnostics& warnings, const std::string& fileName) {
    interop::Carries carries;
    carries.positions = true;
    interop::lossWarnings(model, carries, "GML", fileName, warnings);
    const bool directed =
        std::any_of(model.ties.begin(), model.ties.end(), [](const Tie& t) { return t.isDirected(); });
    std::string out = "graph [\n  directed " + std::string(directed ? "1" : "0") + "\n";
    if (!model.annotations.meta.title.empty())
        out += "  label " + gmlString(model.annotations.meta.title) + "\n";
    std::unordered_map<std::string, std::size_t> number;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const Node& n = model.nodes[i];
        number.emplace(n.id, i);
        out += "  node [\n    id " + std::to_string(i) + "\n    label " + gmlString(n.id) + "\n";
        if (!n.label.empty() && n.label != n.id)
            out += "    name " + gmlString(n.label) + "\n";
        if (auto p = model.layout.positions.find(n.id); p != model.layout.positions.end())
            out += "    graphics [\n      x " + interop::formatNumber(p->second.x) + "\n      y " +
                   interop::formatNumber(p->second.y) + "\n    ]\n";
        out += "  ]\n";
    }
    std::size_t mixed = 0;
    for (const Tie& t : model.ties) {
        auto s = number.find(t.source);
        auto d = number.find(t.target);
        if (s == number.end() || d == number.end())
            continue;
        mixed += directed && !t.isDirected() ? 1 : 0;
        out += "  edge [\n    source " + std::to_string(s->second) + "\n    target " +
               std::to_string(d->second) + "\n";
        if (t.weight)
            out += "    weight " + interop::formatNumber(*t.weight) + "\n";
        if (!t.details->label.empty())
            out += "    label " + gmlString(t.details->label) + "\n";
        out += "  ]\n";
    }
    if (mixed > 0)
        warnings.push_back(Diagnostic{
            Severity::Warning,
            fileName,
            0,
            0,
            {},
            fill(tr("GML has one direction per graph: {} undirected tie(s) are written in a directed graph"),
                 {std::to_string(mixed)})});
    return out + "]\n";
}

void saveGml(const Model& model, const std::filesystem::path& path, Diagnostics& warnings) {
    writeFileAtomically(path, writeGml(model, warnings, path.string()));
}

// ---- entry points -----------------------------------------------------------------------------

LoadResult parseGml(std::string_view text, const std::string& fileName) {
    return GmlReader(text, fileName).read();
}

LoadResult loadGml(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, N_("a GML file"), result.diagnostics))
        return parseGml(*text, path.string());
    return result;
}

bool isGmlPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".gml";
}

}  // namespace orgweave::core
