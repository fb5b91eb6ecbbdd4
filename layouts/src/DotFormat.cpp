// DOT import and export (see DotFormat.hpp for the mapping).
//
// Sections: field tables · DOT text helpers · writing · reading · files
//
// Both directions go through the native JSON form of a document, so every field keeps the spelling
// and the checks of the native reader: writing turns each node/tie object of writeDocument() into
// DOT attributes (scalars that DOT can carry as they are) plus one `orgweave` attribute with the
// rest as JSON; reading rebuilds the JSON objects and hands them to core::parseDocument().
// Export is written by hand rather than with agwrite() because agwrite reorders nodes and edges
// (a round trip must keep the file order) and breaks long strings over several lines.

#include "orgweave/layouts/DotFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include <orgweave/core/ReadGuard.hpp>

#include "DotScan.hpp"
#include "GraphvizSupport.hpp"

#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/InputFile.hpp>
#include <orgweave/core/Text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace orgweave::layouts {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// ---- field tables -----------------------------------------------------------------------------

/// Attribute that holds, as JSON, whatever a node, tie or the graph has beyond plain attributes.
constexpr std::string_view kBlobAttribute = "orgweave";

enum class ValueType { String, Integer, Number, Boolean };

struct ScalarField {
    std::string_view key;  ///< native file spelling, also the DOT attribute name
    ValueType type;
};

/// Node fields written as plain DOT attributes (the node id is the DOT node name).
constexpr std::array kNodeFields{
    ScalarField{"kind", ValueType::String},
    ScalarField{"type", ValueType::String},
    ScalarField{"label", ValueType::String},
    ScalarField{"note", ValueType::String},
    ScalarField{"organization", ValueType::String},
    ScalarField{"site", ValueType::String},
    ScalarField{"owner", ValueType::String},
    ScalarField{"level", ValueType::Integer},
    ScalarField{"mandate", ValueType::String},
    ScalarField{"decision_rule", ValueType::String},
    ScalarField{"meetings_per_year", ValueType::Number},
    ScalarField{"permanence", ValueType::String},
    ScalarField{"end_date", ValueType::String},
    ScalarField{"chair_rotation", ValueType::Boolean},
    ScalarField{"iterations", ValueType::Integer},
    ScalarField{"phase", ValueType::String},
    ScalarField{"status", ValueType::String},
    ScalarField{"facilitator", ValueType::String},
    ScalarField{"focal_process", ValueType::String},
    ScalarField{"shared_tool", ValueType::String},
};

/// Tie fields written as plain DOT attributes (source and target are the edge's ends).
constexpr std::array kTieFields{
    ScalarField{"id", ValueType::String},     ScalarField{"kind", ValueType::String},
    ScalarField{"weight", ValueType::Number}, ScalarField{"directed", ValueType::Boolean},
    ScalarField{"seat", ValueType::String},   ScalarField{"label", ValueType::String},
    ScalarField{"note", ValueType::String},
};

const ScalarField* findField(std::span<const ScalarField> fields, std::string_view key) {
    for (const ScalarField& field : fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

/// Node attributes with a meaning of their own in our DOT (never taken as user attrs).
bool isReservedNodeAttribute(std::string_view name) {
    return findField(kNodeFields, name) || name == kBlobAttribute || name == "pos" || name == "pin";
}

bool isReservedTieAttribute(std::string_view name) {
    return findField(kTieFields, name) || name == kBlobAttribute || name == "dir";
}

bool matchesType(const ordered_json& value, ValueType type) {
    switch (type) {
        case ValueType::String:
            return value.is_string();
        case ValueType::Integer:
            return value.is_number_integer();
        case ValueType::Number:
            return value.is_number();
        case ValueType::Boolean:
            return value.is_boolean();
    }
    return false;
}

// ---- DOT text helpers -------------------------------------------------------------------------

bool isAsciiLetter(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(unsigned char c) {
    return c >= '0' && c <= '9';
}

bool isKeyword(std::string_view text) {
    static constexpr std::array<std::string_view, 6> kKeywords{"node",    "edge",     "graph",
                                                               "digraph", "subgraph", "strict"};
    for (std::string_view keyword : kKeywords) {
        if (keyword.size() == text.size() &&
            std::equal(keyword.begin(), keyword.end(), text.begin(),
                       [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
            return true;
        }
    }
    return false;
}

/// An unquoted DOT identifier: [A-Za-z_\200-\377][A-Za-z_0-9\200-\377]*, not a keyword.
bool isPlainId(std::string_view text) {
    if (text.empty() || isKeyword(text))
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool ok = isAsciiLetter(c) || c == '_' || c >= 0x80 || (i > 0 && isDigit(c));
        if (!ok)
            return false;
    }
    return true;
}

/// A DOT numeral: -?(.[0-9]+ | [0-9]+(.[0-9]*)?).
bool isNumeral(std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-')
        ++i;
    std::size_t digitsBefore = 0;
    while (i < text.size() && isDigit(static_cast<unsigned char>(text[i])))
        ++i, ++digitsBefore;
    std::size_t digitsAfter = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && isDigit(static_cast<unsigned char>(text[i])))
            ++i, ++digitsAfter;
    }
    return i == text.size() && (digitsBefore > 0 || digitsAfter > 0);
}

/// Whether cgraph reads the quoted form of `text` back unchanged. Inside quotes cgraph's lexer
/// reads `\"` as `"`, keeps `\\` as two backslashes, drops `\` before a line end (continuation)
/// and keeps every other byte. So a run of an odd number of backslashes cannot stand before a
/// quote, a line end or the end of the text; and cgraph takes the text as a C string (no NUL).
bool isDotSafe(std::string_view text) {
    if (text.find('\0') != std::string_view::npos)
        return false;
    std::size_t run = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '\0';
        if (c == '\\') {
            ++run;
            continue;
        }
        if (run % 2 == 1 && (c == '"' || c == '\n' || c == '\r' || i == text.size()))
            return false;
        run = 0;
    }
    return true;
}

/// The DOT spelling of a safe string: as is when it is an identifier or numeral, else quoted with
/// each `"` written as `\"`.
std::string quote(std::string_view text) {
    if (isPlainId(text) || isNumeral(text))
        return std::string(text);
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        if (c == '"')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

std::string formatNumber(double value) {
    std::array<char, 64> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec != std::errc())
        return "0";
    return std::string(buffer.data(), end);
}

/// The text of a scalar JSON value as a DOT attribute value.
std::string scalarText(const ordered_json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

/// JSON that is safe inside a quoted DOT string: dump() escapes line ends and backslashes, and an
/// escaped quote (`\"`, which cgraph cannot carry) becomes `\u0022`.
std::string blobText(const ordered_json& value) {
    const std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            if (text[i + 1] == '"') {
                out += "\\u0022";
            } else {
                out += text[i];
                out += text[i + 1];
            }
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

// ---- writing ----------------------------------------------------------------------------------

class AttributeList {
public:
    void add(std::string_view name, std::string_view value) {
        m_text += m_text.empty() ? " [" : ", ";
        m_text += quote(name);
        m_text += '=';
        m_text += quote(value);
    }
    std::string close() const { return m_text.empty() ? std::string() : m_text + "]"; }

private:
    std::string m_text;
};

/// Splits one node or tie object into plain attributes and the JSON blob.
void splitObject(const ordered_json& object, std::span<const ScalarField> fields,
                 bool (*isReserved)(std::string_view), const std::set<std::string_view>& skip,
                 AttributeList& attributes, ordered_json& blob) {
    ordered_json blobAttrs = ordered_json::object();
    std::vector<std::pair<std::string, std::string>> plainAttrs;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string& key = it.key();
        const ordered_json& value = it.value();
        if (skip.count(key))
            continue;
        if (key == "attrs" && value.is_object()) {
            for (auto a = value.begin(); a != value.end(); ++a) {
                if (a.value().is_string() && !a.value().get<std::string>().empty() && !isReserved(a.key()) &&
                    isDotSafe(a.key()) && isDotSafe(a.value().get<std::string>())) {
                    plainAttrs.emplace_back(a.key(), a.value().get<std::string>());
                } else {
                    blobAttrs[a.key()] = a.value();
                }
            }
            continue;
        }
        const ScalarField* field = findField(fields, key);
        if (field && matchesType(value, field->type) && isDotSafe(scalarText(value))) {
            attributes.add(key, scalarText(value));
        } else {
            blob[key] = value;
        }
    }
    for (const auto& [name, value] : plainAttrs)
        attributes.add(name, value);
    if (!blobAttrs.empty())
        blob["attrs"] = std::move(blobAttrs);
}

}  // namespace

std::string writeDot(const core::Model& model) {
    ordered_json doc = ordered_json::parse(core::writeDocument(model));

    // DOT node names: the id itself, or a stand-in when the id cannot be written in DOT.
    std::unordered_set<std::string> ids;
    for (const core::Node& node : model.nodes)
        ids.insert(node.id);
    std::unordered_map<std::string, std::string> dotName;
    std::size_t standIn = 0;
    for (const core::Node& node : model.nodes) {
        if (dotName.count(node.id))
            continue;
        if (isDotSafe(node.id)) {
            dotName.emplace(node.id, node.id);
            continue;
        }
        std::string name;
        do {
            name = "orgweave_node_";
            name += std::to_string(++standIn);
        } while (ids.count(name));
        ids.insert(name);
        dotName.emplace(node.id, name);
    }
    std::unordered_set<std::string> pinned(model.layout.pinned.begin(), model.layout.pinned.end());

    std::string out;
    out.reserve(512 + model.nodes.size() * 200 + model.ties.size() * 120);
    out += "// orgweave document (format " + std::to_string(core::kFormatVersion) +
           "): nodes carry kind, type and containment, edges carry tie id and kind;\n"
           "// the `orgweave` attributes hold the remaining fields as JSON. Positions are in points.\n";
    const std::string& title = model.annotations.meta.title;
    out += "digraph " + quote(!title.empty() && isDotSafe(title) ? std::string_view(title) : "orgweave") +
           " {\n";

    ordered_json graphBlob = ordered_json::object();
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() == "nodes" || it.key() == "ties")
            continue;
        if (it.key() == "layout" && it.value().is_object()) {
            ordered_json layout = it.value();
            layout.erase("positions");
            if (!layout.empty())
                graphBlob["layout"] = std::move(layout);
            continue;
        }
        graphBlob[it.key()] = it.value();
    }
    out += "  graph [" + quote(kBlobAttribute) + "=" + quote(blobText(graphBlob)) + "];\n";

    static const std::set<std::string_view> kNodeSkip{"id"};
    const ordered_json& nodes = doc.at("nodes");
    for (std::size_t i = 0; i < model.nodes.size() && i < nodes.size(); ++i) {
        const core::Node& node = model.nodes[i];
        AttributeList attributes;
        ordered_json blob = ordered_json::object();
        const std::string& name = dotName.at(node.id);
        if (name != node.id)
            blob["id"] = node.id;
        splitObject(nodes[i], kNodeFields, &isReservedNodeAttribute, kNodeSkip, attributes, blob);
        if (auto p = model.layout.positions.find(node.id); p != model.layout.positions.end()) {
            // DOT's y axis points up; the document's points down.
            attributes.add("pos", formatNumber(p->second.x) + "," + formatNumber(-p->second.y) +
                                      (pinned.count(node.id) ? "!" : ""));
        }
        if (!blob.empty())
            attributes.add(kBlobAttribute, blobText(blob));
        out += "  " + quote(name) + attributes.close() + ";\n";
    }

    static const std::set<std::string_view> kTieSkip{"source", "target"};
    const ordered_json& ties = doc.at("ties");
    for (std::size_t i = 0; i < model.ties.size() && i < ties.size(); ++i) {
        const core::Tie& tie = model.ties[i];
        auto end = [&](const std::string& id) -> std::optional<std::string> {
            if (auto it = dotName.find(id); it != dotName.end())
                return it->second;
            if (isDotSafe(id))
                return id;  // dangling end of an invalid model: kept as a plain node
            return std::nullopt;
        };
        const auto source = end(tie.source);
        const auto target = end(tie.target);
        if (!source || !target)
            continue;
        AttributeList attributes;
        ordered_json blob = ordered_json::object();
        splitObject(ties[i], kTieFields, &isReservedTieAttribute, kTieSkip, attributes, blob);
        if (!tie.isDirected())
            attributes.add("dir", "none");
        if (!blob.empty())
            attributes.add(kBlobAttribute, blobText(blob));
        out += "  " + quote(*source) + " -> " + quote(*target) + attributes.close() + ";\n";
    }
    out += "}\n";
    return out;
}

// ---- reading ----------------------------------------------------------------------------------

namespace {

int lineOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(
                   std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

/// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> lineColumnOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::size_t lineStart = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
    int column = 1;
    for (std::size_t i = lineStart; i < offset; ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
    return {lineOf(text, offset), column};
}

/// Column of a syntax error that cgraph places on `line` near `token`: the token's last occurrence
/// on that line (an earlier one was read without error), 0 when it is not there.
int columnOfToken(std::string_view text, int line, std::string_view token) {
    if (line <= 0 || token.empty())
        return 0;
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.find('\n', start);
        if (start == std::string_view::npos)
            return 0;
        ++start;
    }
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::size_t at = text.substr(start, end - start).rfind(token);
    return at == std::string_view::npos ? 0 : lineColumnOf(text, start + at).second;
}

/// Every string and key of `value` with the placeholders of long tokens put back.
void restoreStrings(ordered_json& value, const std::vector<std::string>& longTokens) {
    if (value.is_string()) {
        value = detail::restoreLongTokens(value.get_ref<const std::string&>(), longTokens);
    } else if (value.is_array()) {
        for (ordered_json& item : value)
            restoreStrings(item, longTokens);
    } else if (value.is_object()) {
        ordered_json restored = ordered_json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            ordered_json item = std::move(it.value());
            restoreStrings(item, longTokens);
            restored[detail::restoreLongTokens(it.key(), longTokens)] = std::move(item);
        }
        value = std::move(restored);
    }
}

/// Offset of the first byte that is not part of well-formed UTF-8, if any.
std::optional<std::size_t> findInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4, min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        unsigned code = c & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto d = static_cast<unsigned char>(text[i + k]);
            if ((d & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (d & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return std::nullopt;
}

ordered_json typedValue(const std::string& text, ValueType type) {
    const char* first = text.data();
    const char* last = text.data() + text.size();
    switch (type) {
        case ValueType::String:
            return text;
        case ValueType::Integer: {
            std::int64_t value = 0;
            auto [end, ec] = std::from_chars(first, last, value);
            if (ec == std::errc() && end == last)
                return value;
            return text;  // the native reader reports the wrong type
        }
        case ValueType::Number: {
            double value = 0;
            auto [end, ec] = std::from_chars(first, last, value);
            if (ec == std::errc() && end == last && std::isfinite(value))
                return value;
            return text;
        }
        case ValueType::Boolean:
            if (text == "true" || text == "yes" || text == "1")
                return true;
            if (text == "false" || text == "no" || text == "0")
                return false;
            return text;
    }
    return text;
}

bool isTrue(const std::string& text) {
    return text == "true" || text == "yes" || text == "1";
}

/// "x,y", "x,y!" or "x,y,z[!]" in points, DOT's y up → document point (y down).
std::optional<core::Point> parsePosition(std::string text, bool& pinned) {
    pinned = !text.empty() && text.back() == '!';
    if (pinned)
        text.pop_back();
    const auto comma = text.find(',');
    if (comma == std::string::npos)
        return std::nullopt;
    auto number = [](std::string_view part) -> std::optional<double> {
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        double value = 0;
        auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (ec != std::errc() || end != part.data() + part.size() || !std::isfinite(value))
            return std::nullopt;
        return value;
    };
    std::string_view rest(text);
    rest.remove_prefix(comma + 1);
    if (auto second = rest.find(','); second != std::string_view::npos)
        rest = rest.substr(0, second);
    const auto x = number(std::string_view(text).substr(0, comma));
    const auto y = number(rest);
    if (!x || !y)
        return std::nullopt;
    return core::Point{*x, y == 0.0 ? 0.0 : -*y};
}

struct Reader {
    std::string fileName;
    core::Diagnostics diagnostics;
    const std::vector<std::string>* longTokens = nullptr;
    std::size_t ignoredBlobs = 0;  ///< `orgweave` attributes of a plain graph's nodes and edges

    void warn(std::string message) {
        diagnostics.push_back(
            core::Diagnostic{core::Severity::Warning, fileName, 0, 0, {}, std::move(message)});
    }
    void error(std::string message) {
        diagnostics.push_back(
            core::Diagnostic{core::Severity::Error, fileName, 0, 0, {}, std::move(message)});
    }

    /// The `orgweave` attribute of an object as a JSON object (empty when absent or broken).
    ordered_json blobOf(void* object, const std::string& what) {
        const std::string text =
            detail::restoreLongTokens(detail::getAttribute(object, kBlobAttribute), *longTokens);
        if (text.empty())
            return ordered_json::object();
        try {
            ordered_json value = ordered_json::parse(text);
            if (value.is_object())
                return value;
        } catch (const json::exception&) {
        }
        error(core::fill(core::tr("{}: the \"orgweave\" attribute is not a JSON object"), {what}));
        return ordered_json::object();
    }

    ordered_json convert(Agraph_t* graph) {
        ordered_json graphBlob = blobOf(graph, "graph");
        const bool ours = graphBlob.value("format", json()) == "orgweave";
        ordered_json doc = ours ? graphBlob : ordered_json::object();
        if (!ours) {
            doc["format"] = "orgweave";
            doc["version"] = core::kFormatVersion;
            doc["meta"] = plainGraphMeta(graph);
        }

        // nodes
        ordered_json nodes = ordered_json::array();
        ordered_json positions = ordered_json::object();
        ordered_json pinned = ordered_json::array();
        std::unordered_map<Agnode_t*, std::string> idOf;
        for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
            const std::string name = agnameof(n) ? agnameof(n) : "";
            ordered_json node = ordered_json::object();
            node["id"] = name;
            if (ours) {
                ordered_json blob = blobOf(n, "node \"" + name + "\"");
                if (blob.contains("id"))
                    node["id"] = blob["id"];
                for (auto it = blob.begin(); it != blob.end(); ++it)
                    node[it.key()] = it.value();
            }
            const std::string id = node["id"].is_string() ? node["id"].get<std::string>() : name;
            idOf.emplace(n, id);
            for (Agsym_t* sym = agnxtattr(graph, AGNODE, nullptr); sym; sym = agnxtattr(graph, AGNODE, sym)) {
                const std::string key = sym->name;
                const std::string value = agxget(n, sym);
                if (!value.empty() && key == kBlobAttribute && !ours)
                    ++ignoredBlobs;
                if (value.empty() || key == kBlobAttribute)
                    continue;
                if (key == "pos") {
                    bool pin = false;
                    if (auto p = parsePosition(value, pin)) {
                        positions[id] = ordered_json::array({p->x, p->y});
                        if (pin)
                            pinned.push_back(id);
                    } else {
                        warn(core::fill(core::tr("node \"{}\": position \"{}\" is not \"x,y\"; ignored"),
                                        {id, value}));
                    }
                } else if (key == "pin") {
                    if (isTrue(value) && std::find(pinned.begin(), pinned.end(), id) == pinned.end())
                        pinned.push_back(id);
                } else if (ours && findField(kNodeFields, key)) {
                    node[key] = typedValue(value, findField(kNodeFields, key)->type);
                } else if (!ours && key == "label") {
                    if (value != "\\N")
                        node["label"] = value;
                } else {
                    if (!node.contains("attrs") || !node["attrs"].is_object())
                        node["attrs"] = ordered_json::object();
                    node["attrs"][key] = value;
                }
            }
            if (!node.contains("kind"))
                node["kind"] = "role";
            nodes.push_back(std::move(node));
        }

        // edges, in file order
        std::vector<Agedge_t*> edges;
        for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
            for (Agedge_t* e = agfstout(graph, n); e; e = agnxtout(graph, e))
                edges.push_back(e);
        }
        std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* b) { return AGSEQ(a) < AGSEQ(b); });
        const bool directedGraph = agisdirected(graph) != 0;
        ordered_json ties = ordered_json::array();
        std::set<std::string> usedTieIds;
        for (Agedge_t* e : edges) {
            ordered_json tie = ordered_json::object();
            if (ours) {
                tie = blobOf(e, "edge " + idOf[agtail(e)] + " -> " + idOf[aghead(e)]);
            } else if (const char* key = agnameof(e); key && *key) {
                tie["id"] = key;
            }
            tie["source"] = idOf[agtail(e)];
            tie["target"] = idOf[aghead(e)];
            for (Agsym_t* sym = agnxtattr(graph, AGEDGE, nullptr); sym; sym = agnxtattr(graph, AGEDGE, sym)) {
                const std::string key = sym->name;
                const std::string value = agxget(e, sym);
                if (!value.empty() && key == kBlobAttribute && !ours)
                    ++ignoredBlobs;
                if (value.empty() || key == kBlobAttribute)
                    continue;
                if (ours && key == "dir")
                    continue;
                if (ours && findField(kTieFields, key)) {
                    tie[key] = typedValue(value, findField(kTieFields, key)->type);
                    continue;
                }
                if (!ours) {
                    if (key == "label") {
                        tie["label"] = value;
                        continue;
                    }
                    if (key == "id" && !tie.contains("id")) {
                        tie["id"] = value;
                        continue;
                    }
                    if (key == "weight") {
                        const ordered_json w = typedValue(value, ValueType::Number);
                        if (w.is_number() && w.get<double>() > 0) {
                            tie["weight"] = w;
                            continue;
                        }
                    }
                    if (key == "dir") {
                        if (value == "none")
                            tie["directed"] = false;
                        continue;
                    }
                }
                if (!tie.contains("attrs") || !tie["attrs"].is_object())
                    tie["attrs"] = ordered_json::object();
                tie["attrs"][key] = value;
            }
            if (!ours) {
                tie["kind"] = "collaborates";
                if (directedGraph && !tie.contains("directed"))
                    tie["directed"] = true;
                if (tie.contains("directed") && tie["directed"] == false)
                    tie.erase("directed");
            } else if (!tie.contains("kind")) {
                tie["kind"] = "collaborates";
            }
            if (tie.contains("id") && tie["id"].is_string()) {
                if (!usedTieIds.insert(tie["id"].get<std::string>()).second && !ours)
                    tie.erase("id");
            }
            ties.push_back(std::move(tie));
        }
        // Ties without an id get e1, e2, … (skipping ids in use).
        std::size_t next = 0;
        for (ordered_json& tie : ties) {
            if (tie.contains("id"))
                continue;
            std::string id;
            do {
                id = "e";
                id += std::to_string(++next);
            } while (usedTieIds.count(id));
            usedTieIds.insert(id);
            // Keep "id" first, as the native writer does.
            ordered_json withId = ordered_json::object();
            withId["id"] = id;
            for (auto it = tie.begin(); it != tie.end(); ++it)
                withId[it.key()] = it.value();
            tie = std::move(withId);
        }

        doc["nodes"] = std::move(nodes);
        doc["ties"] = std::move(ties);
        ordered_json layout =
            doc.contains("layout") && doc["layout"].is_object() ? doc["layout"] : ordered_json::object();
        layout["positions"] = std::move(positions);
        if (!layout.contains("pinned") && !pinned.empty())
            layout["pinned"] = std::move(pinned);
        doc["layout"] = std::move(layout);
        return doc;
    }

    /// meta of a plain DOT graph: its label (or name) as title, other graph attributes kept.
    ordered_json plainGraphMeta(Agraph_t* graph) {
        ordered_json meta = ordered_json::object();
        ordered_json attributes = ordered_json::object();
        for (Agsym_t* sym = agnxtattr(graph, AGRAPH, nullptr); sym; sym = agnxtattr(graph, AGRAPH, sym)) {
            const std::string key = sym->name;
            const std::string value = agxget(graph, sym);
            if (value.empty())
                continue;
            if (key == "label") {
                meta["title"] = value;
            } else {
                attributes[key] = value;
            }
        }
        const char* name = agnameof(graph);
        if (!meta.contains("title") && name && *name && *name != '%')
            meta["title"] = name;
        if (!attributes.empty())
            meta["dot_graph_attributes"] = std::move(attributes);
        return meta;
    }
};

/// Turns the native reader's diagnostics about the synthesized JSON into ones about the DOT file:
/// no line/column (they would point into the JSON), and the node or tie named.
void adoptDiagnostics(core::Diagnostics& diagnostics, const ordered_json& doc, const std::string& fileName) {
    auto idAt = [&](const char* array, std::size_t index) -> std::string {
        const ordered_json& items = doc.at(array);
        if (index < items.size() && items[index].contains("id") && items[index]["id"].is_string()) {
            return items[index]["id"].get<std::string>();
        }
        return {};
    };
    for (core::Diagnostic& d : diagnostics) {
        d.file = fileName;
        d.line = 0;
        d.column = 0;
        for (const char* array : {"nodes", "ties"}) {
            const std::string prefix = std::string("/") + array + "/";
            if (d.pointer.rfind(prefix, 0) != 0)
                continue;
            std::size_t index = 0;
            const std::string rest = d.pointer.substr(prefix.size());
            auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), index);
            if (ec != std::errc())
                break;
            const std::string id = idAt(array, index);
            const std::string what =
                core::fill(array[0] == 'n' ? core::tr("node \"{}\"") : core::tr("tie \"{}\""), {id});
            if (!id.empty() && d.message.find("\"" + id + "\"") == std::string::npos) {
                d.message = what + ": " + d.message;
            }
            (void)end;
            break;
        }
    }
}

}  // namespace

static core::LoadResult parseDotUnguarded(std::string_view text, const std::string& fileName);

core::LoadResult parseDot(std::string_view text, const std::string& fileName) {
    return core::readGuarded<core::LoadResult>(fileName, [&] { return parseDotUnguarded(text, fileName); });
}

static core::LoadResult parseDotUnguarded(std::string_view text, const std::string& fileName) {
    core::LoadResult result;
    auto fail = [&](int line, std::string message) {
        result.diagnostics.push_back(
            core::Diagnostic{core::Severity::Error, fileName, line, 0, {}, std::move(message)});
        return result;
    };
    if (text.size() > core::kMaxDocumentBytes) {
        return fail(0, core::fill(core::tr("file is too large ({} MiB; the limit is {} MiB)"),
                                  {std::to_string(text.size() >> 20),
                                   std::to_string(core::kMaxDocumentBytes >> 20)}));
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);  // UTF-8 byte order mark
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        return fail(lineOf(text, nul), core::tr("contains a NUL byte; a DOT file must be text"));
    }
    if (auto bad = findInvalidUtf8(text)) {
        return fail(lineOf(text, *bad),
                    core::tr("is not valid UTF-8 text (DOT files are read as UTF-8; convert it "
                             "first, e.g. with iconv -f latin1 -t utf-8)"));
    }

    if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        return fail(1, core::tr("file is empty; expected a DOT graph such as \"digraph { a -> b }\""));
    detail::DotScan scan = detail::scanDot(text, kMaxDotTies);
    if (scan.empty)
        return fail(1,
                    core::tr("file has only comments; expected a DOT graph such as \"digraph { a -> b }\""));
    if (scan.limitOffset != std::string_view::npos) {
        const auto [line, column] = lineColumnOf(text, scan.limitOffset);
        result.diagnostics.push_back(core::Diagnostic{
            core::Severity::Error,
            fileName,
            line,
            column,
            {},
            core::fill(
                core::tr("this edge statement brings the ties of the file over {}, the limit of the DOT "
                         "reader (an edge between subgraphs, {a b} -> {c d}, makes one tie per pair of "
                         "nodes); split the graph or list fewer nodes per subgraph"),
                {std::to_string(kMaxDotTies)})});
        return result;
    }
    // cgraph wants a NUL-terminated string; long tokens are replaced (see DotScan.hpp).
    const std::string source = scan.prepared.empty() ? std::string(text) : std::move(scan.prepared);
    Reader reader{fileName, {}, &scan.longTokens};
    ordered_json doc;
    bool haveGraph = false;
    {
        std::lock_guard lock(detail::graphvizMutex());
        detail::ErrorCapture capture;
        agsetfile(nullptr);
        agreadline(1);
        detail::GraphHandle graph(agmemread(source.c_str()));
        aglexbad();
        for (const detail::GraphvizMessage& message : capture.messages()) {
            // cgraph names no token when the file ends in the middle of a graph; "syntax error near
            // 'X'" is said in the user's language, other messages as cgraph wrote them.
            static const std::regex kNear(R"(near '(.*)'$)");
            std::smatch near;
            const bool nearToken = std::regex_search(message.text, near, kNear);
            std::string what =
                message.text == "syntax error"
                    ? std::string(core::tr("syntax error at the end of the file (is a closing '}' missing?)"))
                : nearToken && message.text.starts_with("syntax error")
                    ? core::fill(core::tr("syntax error near '{}'"),
                                 {detail::restoreLongTokens(near[1].str(), scan.longTokens)})
                    : detail::restoreLongTokens(message.text, scan.longTokens);
            if (what.size() > 400) {  // a long token put back into the message: keep its start
                std::size_t cut = 400;
                while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80)
                    --cut;
                what = what.substr(0, cut) + "\xE2\x80\xA6";
            }
            // "syntax error near 'X'": the column of X on that line (in the text as cgraph read it).
            int line = message.line;
            int column = 0;
            if (nearToken)
                column = columnOfToken(source, line, near[1].str());
            if (column == 0 && message.text == "syntax error")
                std::tie(line, column) = lineColumnOf(text, text.size());
            result.diagnostics.push_back(
                core::Diagnostic{message.error ? core::Severity::Error : core::Severity::Warning,
                                 fileName,
                                 line,
                                 column,
                                 {},
                                 std::move(what)});
        }
        if (capture.hasErrors())
            return result;
        if (graph) {
            doc = reader.convert(graph.get());
            haveGraph = true;
        }
    }
    if (!scan.longTokens.empty())
        restoreStrings(doc, scan.longTokens);
    if (reader.ignoredBlobs > 0) {
        reader.warn(core::fill(
            core::tr(
                "{} \"orgweave\" attributes of nodes or edges are ignored: the graph has no \"orgweave\" "
                "graph attribute with \"format\": \"orgweave\", so it is read as a plain DOT graph"),
            {std::to_string(reader.ignoredBlobs)}));
    }
    if (!haveGraph) {
        return fail(1, core::tr("no graph found; expected a DOT graph such as \"digraph { a -> b }\""));
    }
    result.diagnostics.insert(result.diagnostics.end(), reader.diagnostics.begin(), reader.diagnostics.end());
    if (core::hasErrors(result.diagnostics))
        return result;

    core::LoadResult parsed =
        core::parseDocument(doc.dump(-1, ' ', false, json::error_handler_t::replace), fileName);
    adoptDiagnostics(parsed.diagnostics, doc, fileName);
    result.diagnostics.insert(result.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    result.model = std::move(parsed.model);
    return result;
}

// ---- files ------------------------------------------------------------------------------------

core::LoadResult loadDot(const std::filesystem::path& path) {
    core::LoadResult result;
    if (auto text = core::readInputFile(path, core::N_("a DOT file"), result.diagnostics))
        return parseDot(*text, path.string());
    return result;
}

void saveDot(const core::Model& model, const std::filesystem::path& path) {
    core::writeFileAtomically(path, writeDot(model));
}

bool isDotPath(const std::filesystem::path& path) {
    const std::string extension = core::lowercaseExtension(path);
    return extension == ".dot" || extension == ".gv";
}

}  // namespace orgweave::layouts
