// Sections: helpers · keys and values · reader (keys, graph, nodes, edges, finishing) · entry points
//
// Every problem is recorded with the byte offset of the element it is about and located (line,
// column) in one pass at the end. Nodes are read before edges, so an edge may precede the nodes it
// joins (GraphML allows that); nested graphs (yEd groups) are flattened in document order, as
// networkx does. Nothing recurses on the input's nesting except nested <graph>s, which are capped.
#include "orgweave/core/GraphmlFormat.hpp"

#include "orgweave/core/ReadGuard.hpp"

#include "Utf8.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/core/Translate.hpp"

#include "InteropSupport.hpp"
#include "JsonLocator.hpp"
#include "PositionsJson.hpp"
#include "XmlParseProblem.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/Validation.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <system_error>
#include <unordered_map>
#include <utility>

namespace orgweave::core {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

constexpr std::size_t kMaxReportedProblems = 100;
constexpr int kMaxGraphNesting = 64;
/// Key (attr.name) that holds our own fields as native JSON, on the graph, nodes and edges.
constexpr std::string_view kBlobKey = "orgweave";

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

/// "y:NodeLabel" → "NodeLabel"; "node" → "node".
std::string_view localName(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool isElement(const pugi::xml_node& node, std::string_view name) {
    return node.type() == pugi::node_element && std::string_view(node.name()) == name;
}

/// The text directly inside an element (its PCDATA and CDATA children, concatenated).
std::string directText(const pugi::xml_node& node) {
    std::string out;
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            out += child.value();
    }
    return out;
}

/// The text re-encoded as UTF-8 (Latin-1, UTF-16 and UTF-32 as pugixml detected them), so that
/// offsets in the parsed document are offsets in a text whose lines are the file's lines.
std::string toUtf8(std::string_view text, pugi::xml_encoding encoding) {
    std::string out;
    out.reserve(text.size());
    auto byte = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]));
    };
    switch (encoding) {
        case pugi::encoding_latin1:
            for (std::size_t i = 0; i < text.size(); ++i)
                appendUtf8(out, byte(i));
            break;
        case pugi::encoding_utf16_le:
        case pugi::encoding_utf16_be: {
            const bool le = encoding == pugi::encoding_utf16_le;
            auto unit = [&](std::size_t i) {
                return le ? byte(i) | (byte(i + 1) << 8) : (byte(i) << 8) | byte(i + 1);
            };
            for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
                std::uint32_t code = unit(i);
                if (code >= 0xD800 && code <= 0xDBFF && i + 3 < text.size()) {
                    const std::uint32_t low = unit(i + 2);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        i += 2;
                    }
                }
                appendUtf8(out, code);
            }
            break;
        }
        case pugi::encoding_utf32_le:
        case pugi::encoding_utf32_be: {
            const bool le = encoding == pugi::encoding_utf32_le;
            for (std::size_t i = 0; i + 3 < text.size(); i += 4) {
                appendUtf8(out,
                           le ? byte(i) | (byte(i + 1) << 8) | (byte(i + 2) << 16) | (byte(i + 3) << 24)
                              : (byte(i) << 24) | (byte(i + 1) << 16) | (byte(i + 2) << 8) | byte(i + 3));
            }
            break;
        }
        default:
            out.assign(text);
    }
    return out;
}

// ---- keys and values --------------------------------------------------------------------------

enum class ValueType { Boolean, Integer, Number, String };

/// A <key> declaration.
struct Key {
    std::string id;
    std::string name;      ///< attr.name, or the id when there is none
    std::string typeText;  ///< attr.type as written ("int", "double", …), for messages
    ValueType type = ValueType::String;
    std::string domain;  ///< for= : node, edge, graph, all, graphml, port, …
    std::string yfiles;  ///< yfiles.type (yEd's nodegraphics, edgegraphics, resources, …)
    std::optional<json> defaultValue;
    std::ptrdiff_t offset = -1;

    bool appliesTo(std::string_view what) const { return domain == what || domain == "all"; }
};

std::string describe(ValueType type) {
    switch (type) {
        case ValueType::Boolean:
            return tr("true or false");
        case ValueType::Integer:
            return tr("a whole number");
        case ValueType::Number:
            return tr("a number");
        case ValueType::String:
            return tr("text");
    }
    return tr("text");
}

/// Converts the text of a <data> or <default> to the key's type; nullopt when it does not fit.
std::optional<json> convertValue(const std::string& raw, ValueType type, bool& notFinite) {
    notFinite = false;
    if (type == ValueType::String)
        return json(raw);
    std::string_view text = trim(raw);
    if (type == ValueType::Boolean) {
        const std::string lower = toLowerAscii(text);
        if (lower == "true" || lower == "1")
            return json(true);
        if (lower == "false" || lower == "0")
            return json(false);
        return std::nullopt;
    }
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    if (type == ValueType::Integer) {
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size())
            return std::nullopt;
        return json(value);
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    if (!std::isfinite(value)) {
        notFinite = true;
        return json(nullptr);
    }
    return json(value);
}

/// A positive finite number from a converted value (numbers, or text that holds a number).
std::optional<double> positiveNumber(const json& value) {
    double number = 0.0;
    if (value.is_number()) {
        number = value.get<double>();
    } else if (value.is_string()) {
        const std::string_view text = trim(value.get_ref<const std::string&>());
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (text.empty() || ec != std::errc() || end != text.data() + text.size())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || number <= 0)
        return std::nullopt;
    return number;
}

std::string valueText(const json& value) {
    return value.is_string() ? value.get<std::string>()
                             : value.dump(-1, ' ', false, json::error_handler_t::replace);
}

/// Label text of yEd's graphics data: the first non-empty y:NodeLabel / y:EdgeLabel inside.
std::string yedLabel(const pugi::xml_node& data, std::string_view labelElement) {
    std::string found;
    data.find_node([&](const pugi::xml_node& node) {
        if (node.type() != pugi::node_element || localName(node) != labelElement)
            return false;
        if (std::string_view(node.attribute("hasText").value()) == "false")
            return false;
        found = std::string(trim(directText(node)));
        return !found.empty();
    });
    return found;
}

/// Centre of the first y:Geometry inside yEd's node graphics, if any.
std::optional<Point> yedPosition(const pugi::xml_node& data) {
    std::optional<Point> found;
    data.find_node([&](const pugi::xml_node& node) {
        if (node.type() != pugi::node_element || localName(node) != "Geometry")
            return false;
        const double x = node.attribute("x").as_double(std::nan(""));
        const double y = node.attribute("y").as_double(std::nan(""));
        const double w = node.attribute("width").as_double(0.0);
        const double h = node.attribute("height").as_double(0.0);
        if (std::isfinite(x) && std::isfinite(y) && std::isfinite(w) && std::isfinite(h)) {
            found = Point{x + w / 2, y + h / 2};
        }
        return true;
    });
    return found;
}

/// "#RRGGBB" or yEd's "#RRGGBBAA" as "#rrggbb"; nullopt for anything else.
std::optional<std::string> hexColor(std::string_view text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#')
        return std::nullopt;
    for (char c : text.substr(1)) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
    }
    return toLowerAscii(text.substr(0, 7));
}

/// yEd's drawing data kept as attrs: y:Fill color → "color", y:Shape type → "shape", y:Geometry
/// width and height → "width" and "height", y:LineStyle color of an edge → "color" (a <data> of
/// the same name wins).
void yedStyle(const pugi::xml_node& data, std::map<std::string, json>& values) {
    auto put = [&](const char* key, json value) {
        if (!values.count(key))
            values[key] = std::move(value);
    };
    bool fill = false;
    data.find_node([&](const pugi::xml_node& node) {
        if (node.type() != pugi::node_element)
            return false;
        const std::string_view name = localName(node);
        if (name == "Fill" && !fill) {
            fill = true;
            if (std::string_view(node.attribute("hasColor").value()) != "false")
                if (auto c = hexColor(node.attribute("color").value()))
                    put("color", *c);
        } else if (name == "Shape") {
            if (const char* type = node.attribute("type").value(); *type)
                put("shape", std::string(type));
        } else if (name == "Geometry") {
            const double w = node.attribute("width").as_double(std::nan(""));
            const double h = node.attribute("height").as_double(std::nan(""));
            if (std::isfinite(w) && std::isfinite(h)) {
                put("width", w);
                put("height", h);
            }
        } else if (name == "LineStyle") {
            if (auto c = hexColor(node.attribute("color").value()))
                put("color", *c);
        }
        return false;
    });
}

/// A JSON object parsed from a blob value; nullopt when it is not one (or nested absurdly deep).
std::optional<ordered_json> parseBlob(const json& value) {
    if (!value.is_string())
        return std::nullopt;
    const std::string& text = value.get_ref<const std::string&>();
    if (findExcessiveNesting(text, kMaxJsonDepth))
        return std::nullopt;
    try {
        ordered_json parsed = ordered_json::parse(text);
        if (parsed.is_object())
            return parsed;
    } catch (const json::exception&) {
    }
    return std::nullopt;
}

/// Where a node sits inside yEd group nodes: the enclosing organization and site.
struct GroupContext {
    std::string organization;
    std::string site;
};

// ---- reader -----------------------------------------------------------------------------------

struct Problem {
    Severity severity;
    std::ptrdiff_t offset;  ///< -1 when unknown
    std::string message;
};

/// parse_default (no DOCTYPE expansion, no external entities) keeping a value that is only blanks.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;
constexpr double kSocnetvCanvas = 1000.0;

class GraphmlReader {
public:
    GraphmlReader(std::string_view text, std::string fileName) : m_text(text), m_file(std::move(fileName)) {}

    LoadResult read() {
        if (m_text.size() > kMaxDocumentBytes) {
            error(0, fill(tr("file is too large ({} MiB; the limit is {} MiB)"),
                          {std::to_string(m_text.size() >> 20), std::to_string(kMaxDocumentBytes >> 20)}));
            return finish();
        }
        if (trim(m_text).empty()) {
            error(0, tr("file is empty; expected a GraphML document (<graphml> … </graphml>)"));
            return finish();
        }
        pugi::xml_document doc;
        // parse_default: no DOCTYPE expansion, no external entities (pugixml never loads them).
        pugi::xml_parse_result parsed =
            doc.load_buffer(m_text.data(), m_text.size(), kParseOptions, pugi::encoding_auto);
        if (parsed.encoding != pugi::encoding_utf8) {
            // pugixml converted the text, so its offsets are not offsets in the file: parse our own
            // UTF-8 copy instead (same lines; columns in UTF-8 bytes).
            m_converted = toUtf8(m_text, parsed.encoding);
            m_text = m_converted;
            parsed = doc.load_buffer(m_text.data(), m_text.size(), kParseOptions, pugi::encoding_utf8);
        }
        if (parsed && replaceBadCharacterReferences()) {
            doc.reset();
            parsed = doc.load_buffer(m_text.data(), m_text.size(), kParseOptions, pugi::encoding_utf8);
        }
        if (parsed)
            checkOutsideRoot(doc);
        if (!parsed) {
            if (parsed.status == pugi::status_no_document_element) {
                error(0, tr("not an XML document: no root element (expected <graphml>)"));
            } else {
                error(parsed.offset, fill(tr("not well-formed XML: {} (is this a GraphML file?)"),
                                          {xmlParseProblem(parsed.status)}));
            }
            return finish();
        }
        if (auto bad = firstInvalidUtf8(m_text)) {
            error(
                static_cast<std::ptrdiff_t>(*bad),
                fill(tr("the file is not valid UTF-8 (byte 0x{}); save it as UTF-8 or declare its encoding"),
                     {hexByte(m_text[*bad])}));
            return finish();
        }
        const pugi::xml_node root = doc.document_element();
        if (localName(root) != "graphml") {
            error(elementOffset(root),
                  fill(tr("not a GraphML file: the root element is <{}>, expected <graphml>"),
                       {std::string(root.name())}));
            return finish();
        }
        readKeys(root);
        pugi::xml_node graph;
        int graphs = 0;
        for (const pugi::xml_node& child : root.children()) {
            if (!isElement(child, "graph"))
                continue;
            if (++graphs == 1) {
                graph = child;
            } else if (graphs == 2) {
                warning(elementOffset(child),
                        tr("only the first <graph> of a GraphML file is read; this one is ignored"));
            }
        }
        if (!graph) {
            error(elementOffset(root),
                  tr("no <graph> element inside <graphml>: the file declares no network"));
            return finish();
        }
        readGraphData(graph);
        collectNodes(graph, 0, GroupContext{});
        collectEdges(graph, directedDefault(graph, false));
        if (m_reusedTieIds > 0) {
            warning(m_firstReusedTieId,
                    fill(trn("{} edge reuses the id of an earlier edge (networkx writes multigraph keys as "
                             "ids); it gets a new id \"e<index>\"",
                             "{} edges reuse the id of an earlier edge (networkx writes multigraph keys as "
                             "ids); they get new ids \"e<index>\"",
                             static_cast<unsigned long>(m_reusedTieIds)),
                         {std::to_string(m_reusedTieIds)}));
        }
        if (m_hyperedges > 0) {
            warning(m_firstHyperedge, fill(trn("{} hyperedge ignored: orgweave ties join two nodes",
                                               "{} hyperedges ignored: orgweave ties join two nodes",
                                               static_cast<unsigned long>(m_hyperedges)),
                                           {std::to_string(m_hyperedges)}));
        }
        if (m_ours) {
            if (!hasErrors())
                readOurs();
            return finish();
        }
        adoptPlainFields();
        if (!hasErrors()) {
            for (const Diagnostic& d : validate(m_model)) {
                m_problems.push_back(Problem{d.severity, offsetOfPointer(d.pointer), d.message});
            }
        }
        return finish();
    }

private:
    // ---- what XML parsers drop silently ----

    /// What XML cannot hold, raw or as a character reference (interop::repairXmlCharacters): each
    /// becomes U+FFFD with a warning. True when the text was changed (then m_text is the copy).
    bool replaceBadCharacterReferences() {
        std::optional<interop::XmlCharacterRepair> repair = interop::repairXmlCharacters(m_text);
        if (!repair)
            return false;
        warning(static_cast<std::ptrdiff_t>(repair->firstOffset),
                interop::xmlCharacterRepairMessage(*repair));
        m_sanitized = std::move(repair->text);
        m_text = m_sanitized;
        return true;
    }

    /// Text or elements beside the root element are not part of the GraphML document: a warning.
    void checkOutsideRoot(const pugi::xml_document& doc) {
        const pugi::xml_node root = doc.document_element();
        bool afterRoot = false;
        for (const pugi::xml_node& child : doc.children()) {
            if (child == root) {
                afterRoot = true;
                continue;
            }
            if (child.type() == pugi::node_element) {
                warning(elementOffset(child), fill(tr("a second root element <{}> is ignored: a GraphML file "
                                                      "holds one <graphml> element"),
                                                   {std::string(child.name())}));
            }
        }
        (void)afterRoot;
        // pugixml drops text outside the root element without a word: look for it ourselves.
        const std::string_view blanks = " \t\r\n";
        std::size_t begin = 0;
        for (;;) {
            begin = m_text.find_first_not_of(blanks, begin);
            if (begin == std::string_view::npos)
                return;
            const std::string_view rest = m_text.substr(begin);
            std::size_t close = std::string_view::npos;
            if (rest.rfind("<?", 0) == 0)
                close = m_text.find("?>", begin), close = close == std::string_view::npos ? close : close + 2;
            else if (rest.rfind("<!--", 0) == 0)
                close = m_text.find("-->", begin),
                close = close == std::string_view::npos ? close : close + 3;
            else if (rest.rfind("<!", 0) == 0)
                close = m_text.find('>', begin), close = close == std::string_view::npos ? close : close + 1;
            else
                break;
            if (close == std::string_view::npos)
                return;
            begin = close;
        }
        if (m_text[begin] != '<' && root) {
            const std::size_t rootAt =
                static_cast<std::size_t>(std::max<std::ptrdiff_t>(elementOffset(root), 0));
            warning(
                static_cast<std::ptrdiff_t>(begin),
                fill(tr("text before the root element is ignored: \"{}\""),
                     {std::string(trim(m_text.substr(begin, std::min<std::size_t>(40, rootAt - begin))))}));
        }
        std::size_t end = m_text.size();
        for (;;) {
            const std::size_t last = m_text.find_last_not_of(blanks, end == 0 ? 0 : end - 1);
            if (last == std::string_view::npos)
                return;
            end = last + 1;
            const std::string_view head = m_text.substr(0, end);
            std::size_t open = std::string_view::npos;
            if (head.size() >= 3 && head.substr(head.size() - 3) == "-->")
                open = head.rfind("<!--");
            else if (head.size() >= 2 && head.substr(head.size() - 2) == "?>")
                open = head.rfind("<?");
            if (open == std::string_view::npos || open == 0)
                break;
            end = open;
        }
        if (end > 0 && m_text[end - 1] != '>') {
            std::size_t start = m_text.rfind('>', end - 1);
            start = start == std::string_view::npos ? 0 : start + 1;
            start = std::min(m_text.find_first_not_of(blanks, start), end - 1);
            warning(static_cast<std::ptrdiff_t>(start),
                    fill(tr("text after the root element is ignored: \"{}\""),
                         {std::string(trim(m_text.substr(start, std::min<std::size_t>(40, end - start))))}));
        }
    }

    // ---- problems ----

    void error(std::ptrdiff_t offset, std::string message) {
        m_problems.push_back(Problem{Severity::Error, offset, std::move(message)});
    }
    void warning(std::ptrdiff_t offset, std::string message) {
        m_problems.push_back(Problem{Severity::Warning, offset, std::move(message)});
    }
    bool hasErrors() const {
        return std::any_of(m_problems.begin(), m_problems.end(),
                           [](const Problem& p) { return p.severity == Severity::Error; });
    }

    static std::string hexByte(char c) {
        const char* digits = "0123456789ABCDEF";
        const auto b = static_cast<unsigned char>(c);
        return {digits[b >> 4], digits[b & 0xF]};
    }

    /// Offset of an element's '<' (pugixml reports the offset of its name).
    std::ptrdiff_t elementOffset(const pugi::xml_node& node) const {
        std::ptrdiff_t offset = node.offset_debug();
        if (offset > 0 && static_cast<std::size_t>(offset) <= m_text.size() &&
            m_text[static_cast<std::size_t>(offset - 1)] == '<') {
            --offset;
        }
        return offset;
    }

    /// "/nodes/3/…" and "/ties/5/…" (pointers of validate()) → offset of that element.
    std::ptrdiff_t offsetOfPointer(const std::string& pointer) const {
        auto indexAfter = [&](std::string_view prefix) -> std::optional<std::size_t> {
            if (pointer.compare(0, prefix.size(), prefix) != 0)
                return std::nullopt;
            std::size_t index = 0;
            const char* begin = pointer.data() + prefix.size();
            const auto [end, ec] = std::from_chars(begin, pointer.data() + pointer.size(), index);
            if (ec != std::errc() || end == begin)
                return std::nullopt;
            return index;
        };
        if (auto i = indexAfter("/nodes/"); i && *i < m_nodeOffsets.size())
            return m_nodeOffsets[*i];
        if (auto i = indexAfter("/ties/"); i && *i < m_tieOffsets.size())
            return m_tieOffsets[*i];
        return -1;
    }

    // ---- keys ----

    void readKeys(const pugi::xml_node& root) {
        for (const pugi::xml_node& key : root.children()) {
            if (!isElement(key, "key"))
                continue;
            Key k;
            k.offset = elementOffset(key);
            k.id = key.attribute("id").value();
            if (k.id.empty()) {
                warning(k.offset, tr("<key> without an id is ignored (no <data> can refer to it)"));
                continue;
            }
            k.name = key.attribute("attr.name").value();
            k.domain = key.attribute("for").as_string("all");
            k.yfiles = key.attribute("yfiles.type").value();
            if (k.name.empty())
                k.name = k.yfiles.empty() ? k.id : std::string();
            k.typeText = key.attribute("attr.type").as_string("string");
            const std::string type = toLowerAscii(k.typeText);
            if (type == "boolean" || type == "bool") {
                k.type = ValueType::Boolean;
            } else if (type == "int" || type == "long" || type == "integer") {
                k.type = ValueType::Integer;
            } else if (type == "float" || type == "double") {
                k.type = ValueType::Number;
            } else if (type == "string") {
                k.type = ValueType::String;
            } else {
                warning(k.offset,
                        fill(tr("key \"{}\" has attr.type=\"{}\", which GraphML does not define "
                                "(boolean, int, long, float, double, string); its values are read as "
                                "text"),
                             {k.id, k.typeText}));
            }
            for (const pugi::xml_node& child : key.children()) {
                if (!isElement(child, "default"))
                    continue;
                bool notFinite = false;
                const std::string raw = directText(child);
                k.defaultValue = convertValue(raw, k.type, notFinite);
                if (!k.defaultValue) {
                    error(elementOffset(child),
                          fill(tr("default \"{}\" of key \"{}\" is not {} (attr.type=\"{}\")"),
                               {raw, k.name, describe(k.type), k.typeText}));
                }
            }
            // Cytoscape declares the same key id once per domain (node, edge, graph): one key each.
            if (m_keys.count(std::pair(k.id, k.domain))) {
                error(k.offset, fill(tr("duplicate key id \"{}\" for=\"{}\""), {k.id, k.domain}));
                continue;
            }
            m_keys.emplace(std::pair(k.id, k.domain), std::move(k));
        }
    }

    // ---- data ----

    /// Reads the <data> children of an element into (attr.name → value), applying the key types
    /// and the defaults of keys for `domain`. yEd graphics keys give `yedText` (the label).
    std::map<std::string, json> readData(const pugi::xml_node& element, std::string_view domain,
                                         std::string* yedText = nullptr,
                                         std::optional<Point>* yedPoint = nullptr) {
        std::map<std::string, json> values;
        std::set<std::string> seen;
        for (const pugi::xml_node& data : element.children()) {
            if (!isElement(data, "data"))
                continue;
            const std::string keyId = data.attribute("key").value();
            auto it = m_keys.find(std::pair(keyId, std::string(domain)));
            if (it == m_keys.end())
                it = m_keys.find(std::pair(keyId, std::string("all")));
            if (it == m_keys.end())
                it = m_keys.lower_bound(std::pair(keyId, std::string()));
            if (it != m_keys.end() && it->first.first != keyId)
                it = m_keys.end();
            if (keyId.empty() || it == m_keys.end()) {
                warning(elementOffset(data),
                        keyId.empty() ? std::string(tr("<data> without a key attribute is ignored"))
                                      : fill(tr("<data> refers to key \"{}\", which no <key> "
                                                "declares; the value is ignored"),
                                             {keyId}));
                continue;
            }
            const Key& key = it->second;
            seen.insert(key.id);
            if (!key.yfiles.empty()) {  // yEd's XML-valued keys: label, geometry, fill and shape
                if (yedText && yedText->empty() &&
                    (key.yfiles == "nodegraphics" || key.yfiles == "edgegraphics")) {
                    *yedText = yedLabel(data, domain == "edge" ? "EdgeLabel" : "NodeLabel");
                }
                if (yedPoint && !*yedPoint && key.yfiles == "nodegraphics")
                    *yedPoint = yedPosition(data);
                if (key.yfiles == "nodegraphics" || key.yfiles == "edgegraphics")
                    yedStyle(data, values);
                continue;
            }
            if (!key.appliesTo(domain)) {
                warning(elementOffset(data),
                        fill(tr("key \"{}\" (\"{}\") is declared for=\"{}\" but used on a {}"),
                             {key.id, key.name, key.domain, std::string(domain)}));
            }
            const std::string raw = directText(data);
            bool notFinite = false;
            std::optional<json> value = convertValue(raw, key.type, notFinite);
            if (!value) {
                error(elementOffset(data),
                      fill(tr("value \"{}\" of \"{}\" is not {} (key \"{}\" declares attr.type=\"{}\")"),
                           {raw, key.name, describe(key.type), key.id, key.typeText}));
                continue;
            }
            if (notFinite) {
                warning(elementOffset(data),
                        fill(tr("value \"{}\" of \"{}\" is not a finite number; it is kept as empty (null)"),
                             {std::string(trim(raw)), key.name}));
            }
            values[key.name] = std::move(*value);
        }
        for (const auto& [id, key] : m_keys) {
            if (key.defaultValue && key.appliesTo(domain) && !seen.count(id.first) &&
                !values.count(key.name)) {
                values[key.name] = *key.defaultValue;
            }
        }
        return values;
    }

    void readGraphData(const pugi::xml_node& graph) {
        Meta& meta = m_model.annotations.meta;
        std::map<std::string, json> values = readData(graph, "graph");
        if (auto it = values.find(std::string(kBlobKey)); it != values.end()) {
            std::optional<ordered_json> blob = parseBlob(it->second);
            if (blob && blob->value("format", json()) == "orgweave") {
                m_ours = true;
                m_documentBlob = std::move(*blob);
                return;
            }
        }
        for (auto& [name, value] : values) {
            const std::string lower = toLowerAscii(name);
            if (meta.title.empty() && value.is_string() &&
                (lower == "name" || lower == "title" || lower == "label")) {
                meta.title = value.get<std::string>();
            } else if (meta.description.empty() && value.is_string() && lower == "description") {
                meta.description = value.get<std::string>();
            } else {
                meta.extra["graphml"][name] = std::move(value);
            }
        }
    }

    // ---- nodes ----

    /// yEd group (or folder) nodes: a <node> with yfiles.foldertype and a nested <graph>.
    static bool isYedGroup(const pugi::xml_node& node) {
        const std::string_view folder = node.attribute("yfiles.foldertype").value();
        return (folder == "group" || folder == "folder") && node.child("graph");
    }

    void collectNodes(const pugi::xml_node& graph, int depth, const GroupContext& context) {
        for (const pugi::xml_node& child : graph.children()) {
            if (isElement(child, "node")) {
                const bool group = !m_ours && isYedGroup(child);
                readNode(child, context, group);
                GroupContext inner = context;
                if (group) {
                    const std::string id = child.attribute("id").value();
                    if (context.organization.empty()) {
                        inner.organization = id;  // a top-level group is an organization
                        inner.site.clear();
                    } else {
                        inner.site = id;  // a group inside an organization is one of its sites
                    }
                }
                for (const pugi::xml_node& nested : child.children()) {
                    if (!isElement(nested, "graph"))
                        continue;
                    if (depth + 1 >= kMaxGraphNesting) {
                        error(elementOffset(nested), fill(tr("graphs nested deeper than {} levels"),
                                                          {std::to_string(kMaxGraphNesting)}));
                        continue;
                    }
                    collectNodes(nested, depth + 1, inner);
                }
            }
        }
    }

    void readNode(const pugi::xml_node& element, const GroupContext& context, bool group) {
        const std::ptrdiff_t offset = elementOffset(element);
        const pugi::xml_attribute idAttribute = element.attribute("id");
        if (!idAttribute || std::string_view(idAttribute.value()).empty()) {
            error(offset, tr("<node> without an id: every GraphML node needs id=\"…\""));
            return;
        }
        Node node;
        node.id = idAttribute.value();
        node.kind = NodeKind::Role;
        if (auto [it, inserted] = m_nodeIds.emplace(node.id, offset); !inserted) {
            if (m_problems.size() < kMaxReportedProblems) {  // each lookup scans the text
                const auto [line, column] = position(it->second);
                error(offset, fill(tr("duplicate node id \"{}\" (first declared at line {}, column {})"),
                                   {node.id, std::to_string(line), std::to_string(column)}));
            } else {
                error(offset, fill(tr("duplicate node id \"{}\""), {node.id}));
            }
            return;
        }
        std::string yedText;
        std::optional<Point> yedPoint;
        std::map<std::string, json> values = readData(element, "node", &yedText, &yedPoint);
        if (m_ours) {
            readOurNode(node.id, values, offset);
            return;
        }
        if (group) {
            node.kind = context.organization.empty() ? NodeKind::Organization : NodeKind::Site;
            node.organization = context.organization;
        } else {
            node.organization = context.organization;
            node.site = context.site;
        }
        if (yedPoint)
            m_positions[node.id] = *yedPoint;
        // Label: a "label" key, else yEd's NodeLabel, else a "name" key. The value used is not
        // repeated in attrs.
        auto takeLabel = [&](std::string_view wanted) {
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (toLowerAscii(it->first) == wanted && !it->second.is_null()) {
                    node.label = valueText(it->second);
                    values.erase(it);
                    return true;
                }
            }
            return false;
        };
        if (!takeLabel("label")) {
            if (!yedText.empty()) {
                node.label = yedText;
            } else {
                takeLabel("name");
            }
        }
        // Our plain keys in a file that is not ours (networkx users may set them): a known kind,
        // then its type; x and y as the position (also kept in attrs, as the file wrote them).
        if (auto it = values.find("kind"); it != values.end() && it->second.is_string() && !group) {
            if (auto kind = nodeKindFromString(it->second.get<std::string>())) {
                node.kind = *kind;
                values.erase(it);
                if (auto type = values.find("type"); type != values.end() && type->second.is_string()) {
                    node.type = type->second.get<std::string>();
                    values.erase(type);
                }
            }
        }
        auto x = values.find("x");
        auto y = values.find("y");
        if (x != values.end() && y != values.end() && x->second.is_number() && y->second.is_number()) {
            m_positions[node.id] = Point{x->second.get<double>(), y->second.get<double>()};
        } else {
            // SocNetV writes x_coordinate / y_coordinate (fractions of its canvas, 0–1): scaled by
            // kSocnetvCanvas so the picture has the size of an orgweave layout.
            x = values.find("x_coordinate");
            y = values.find("y_coordinate");
            if (x != values.end() && y != values.end() && x->second.is_number() && y->second.is_number()) {
                double px = x->second.get<double>();
                double py = y->second.get<double>();
                if (std::fabs(px) <= 1.0 && std::fabs(py) <= 1.0) {
                    px *= kSocnetvCanvas;
                    py *= kSocnetvCanvas;
                }
                m_positions[node.id] = Point{px, py};
            }
        }
        for (auto& [name, value] : values)
            node.attrs[name] = std::move(value);
        m_nodeOffsets.push_back(offset);
        m_model.nodes.push_back(std::move(node));
    }

    /// A node of a file we wrote: its blob, with the plain keys (edited elsewhere, perhaps) on top.
    void readOurNode(const std::string& id, std::map<std::string, json>& values, std::ptrdiff_t offset) {
        ordered_json node = ordered_json::object();
        node["id"] = id;
        if (auto it = values.find(std::string(kBlobKey)); it != values.end()) {
            if (std::optional<ordered_json> blob = parseBlob(it->second)) {
                for (auto b = blob->begin(); b != blob->end(); ++b) {
                    if (b.key() != "id")
                        node[b.key()] = b.value();
                }
            } else {
                error(offset, fill(tr("node \"{}\": its \"orgweave\" value is not a JSON object"), {id}));
            }
        }
        for (const char* field : {"label", "kind", "type", "organization"}) {
            if (auto it = values.find(field); it != values.end() && it->second.is_string())
                node[field] = it->second;
        }
        if (!node.contains("kind"))
            node["kind"] = "role";
        auto x = values.find("x");
        auto y = values.find("y");
        if (x != values.end() && y != values.end() && x->second.is_number() && y->second.is_number()) {
            m_positions[id] = Point{x->second.get<double>(), y->second.get<double>()};
        }
        m_nodeOffsets.push_back(offset);
        m_ourNodes.push_back(std::move(node));
    }

    /// Containment named by plain keys: an `organization` value that is the id of an organization.
    /// A file without organization nodes (networkx, igraph: every node a person) whose nodes carry an
    /// `organization` column gets one organization per distinct value (id: the value, or
    /// "organization:" + value when a node already has that id), labelled with the value, so the
    /// column groups the nodes as organizations.
    void adoptPlainFields() {
        std::map<std::string, std::string> organizations;  // value → organization id
        std::set<std::string> ids;
        for (const Node& n : m_model.nodes) {
            ids.insert(n.id);
            if (n.kind == NodeKind::Organization)
                organizations.emplace(n.id, n.id);
        }
        const bool createOrganizations = organizations.empty();
        std::vector<Node> created;
        for (Node& n : m_model.nodes) {
            if (n.kind != NodeKind::Role && n.kind != NodeKind::Site)
                continue;
            auto it = n.attrs.find("organization");
            if (it == n.attrs.end() || !it->is_string() || !n.organization.empty())
                continue;
            const std::string value = it->get<std::string>();
            auto found = organizations.find(value);
            if (found == organizations.end() && createOrganizations && !value.empty()) {
                Node organization;
                organization.id = ids.count(value) ? "organization:" + value : value;
                organization.kind = NodeKind::Organization;
                organization.label = value;
                ids.insert(organization.id);
                found = organizations.emplace(value, organization.id).first;
                created.push_back(std::move(organization));
            }
            if (found != organizations.end()) {
                n.organization = found->second;
                n.attrs.erase(it);
            }
        }
        for (Node& organization : created)
            m_model.nodes.push_back(std::move(organization));
        for (const Node& n : m_model.nodes) {
            if (auto p = m_positions.find(n.id); p != m_positions.end())
                m_model.layout.positions[n.id] = p->second;
        }
    }

    /// The document of a file we wrote, through the native reader (same checks as a native file).
    void readOurs() {
        ordered_json doc = m_documentBlob;
        doc["nodes"] = ordered_json(m_ourNodes);
        doc["ties"] = ordered_json(m_ourTies);
        PositionsJson positions;
        for (const ordered_json& node : m_ourNodes) {
            const std::string id = node["id"].get<std::string>();
            if (auto p = m_positions.find(id); p != m_positions.end())
                positions.set(id, p->second.x, p->second.y);
        }
        if (!positions.empty()) {
            if (!doc.contains("layout") || !doc["layout"].is_object())
                doc["layout"] = ordered_json::object();
            doc["layout"]["positions"] = positions.toJson();
        }
        LoadResult parsed = interop::parseNativeTree(doc, m_file);
        for (const Diagnostic& d : parsed.diagnostics) {
            m_problems.push_back(Problem{d.severity, offsetOfPointer(d.pointer), d.message});
        }
        if (parsed.model)
            m_model = std::move(*parsed.model);
    }

    // ---- edges ----

    bool directedDefault(const pugi::xml_node& graph, bool inherited) {
        const pugi::xml_attribute attribute = graph.attribute("edgedefault");
        if (!attribute)
            return inherited;  // absent: as networkx reads it (undirected at the top)
        const std::string value = toLowerAscii(trim(attribute.value()));
        if (value == "directed")
            return true;
        if (value == "undirected")
            return false;
        error(elementOffset(graph), fill(tr("edgedefault=\"{}\" is neither \"directed\" nor \"undirected\""),
                                         {std::string(attribute.value())}));
        return inherited;
    }

    /// The <edge>s of a graph and of the graphs nested in its nodes, in document order.
    void gatherEdges(const pugi::xml_node& graph, bool directed, int depth,
                     std::vector<std::pair<pugi::xml_node, bool>>& edges) {
        for (const pugi::xml_node& child : graph.children()) {
            if (isElement(child, "edge")) {
                edges.emplace_back(child, directed);
            } else if (isElement(child, "hyperedge")) {
                if (m_hyperedges++ == 0)
                    m_firstHyperedge = elementOffset(child);
            } else if (isElement(child, "node") && depth + 1 < kMaxGraphNesting) {
                for (const pugi::xml_node& nested : child.children()) {
                    if (isElement(nested, "graph"))
                        gatherEdges(nested, directedDefault(nested, directed), depth + 1, edges);
                }
            }
        }
    }

    void collectEdges(const pugi::xml_node& graph, bool directed) {
        std::vector<std::pair<pugi::xml_node, bool>> edges;
        gatherEdges(graph, directed, 0, edges);
        // Explicit edge ids first, so generated "e<index>" ids never take one of them.
        for (const auto& edge : edges) {
            if (const char* id = edge.first.attribute("id").value(); *id)
                m_explicitTieIds.insert(id);
        }
        for (const auto& [edge, edgeDirected] : edges)
            readEdge(edge, edgeDirected);
    }

    std::string generatedTieId() {
        std::string id = "e" + std::to_string(m_model.ties.size());
        for (int suffix = 1; m_explicitTieIds.count(id) || m_generatedTieIds.count(id); ++suffix) {
            id = "e" + std::to_string(m_model.ties.size()) + "_" + std::to_string(suffix);
        }
        m_generatedTieIds.insert(id);
        return id;
    }

    void readEdge(const pugi::xml_node& element, bool directed) {
        const std::ptrdiff_t offset = elementOffset(element);
        Tie tie;
        tie.kind = TieKind::Collaborates;
        tie.id = element.attribute("id").value();
        const std::string what = tie.id.empty() ? std::string("<edge>") : fill(tr("edge \"{}\""), {tie.id});
        tie.source = element.attribute("source").value();
        tie.target = element.attribute("target").value();
        bool ok = true;
        for (const auto& [end, name] : {std::pair{&tie.source, "source"}, std::pair{&tie.target, "target"}}) {
            if (end->empty()) {
                error(offset, fill(tr("{} has no {}=\"…\" attribute"), {what, name}));
                ok = false;
            } else if (!m_nodeIds.count(*end)) {
                error(offset,
                      fill(tr("{} refers to node \"{}\" as its {}, but no <node id=\"{}\"> is declared"),
                           {what, *end, name, *end}));
                ok = false;
            }
        }
        if (const pugi::xml_attribute attribute = element.attribute("directed")) {
            const std::string value = toLowerAscii(trim(attribute.value()));
            if (value == "true" || value == "1") {
                directed = true;
            } else if (value == "false" || value == "0") {
                directed = false;
            } else {
                error(offset, fill(tr("{} has directed=\"{}\"; expected true or false"),
                                   {what, std::string(attribute.value())}));
                ok = false;
            }
        }
        std::string yedText;
        std::map<std::string, json> values = readData(element, "edge", &yedText);
        if (m_ours) {
            if (ok)
                readOurTie(element, values, offset);
            return;
        }
        for (auto it = values.begin(); it != values.end();) {
            const std::string lower = toLowerAscii(it->first);
            if (lower == "weight" && !it->second.is_null()) {
                if (auto weight = positiveNumber(it->second)) {
                    tie.weight = *weight;
                } else {
                    error(offset, fill(tr("{} has weight {}; a tie weight must be a positive number"),
                                       {what, valueText(it->second)}));
                    ok = false;
                }
                it = values.erase(it);
            } else if (lower == "label" && tie.details->label.empty() && !it->second.is_null()) {
                tie.details.edit().label = valueText(it->second);
                it = values.erase(it);
            } else {
                ++it;
            }
        }
        if (tie.details->label.empty())
            tie.details.edit().label = yedText;
        if (!ok)
            return;
        if (directed)
            tie.directed = true;
        if (!tie.id.empty() && !m_usedTieIds.insert(tie.id).second) {
            // GraphML wants unique edge ids, but networkx writes a multigraph's edge keys ("0",
            // "1", … per pair of nodes) as ids. The tie gets a fresh id; the reuse is reported once.
            if (m_reusedTieIds++ == 0)
                m_firstReusedTieId = offset;
            tie.id.clear();
        }
        if (tie.id.empty())
            tie.id = generatedTieId();
        // A plain `kind` that is one of our tie kinds (as the yEd flavour writes it) sets the kind.
        if (auto k = values.find("kind"); k != values.end() && k->second.is_string()) {
            if (auto kind = tieKindFromString(k->second.get<std::string>())) {
                tie.kind = *kind;
                values.erase(k);
            }
        }
        for (auto& [name, value] : values)
            tie.attrs[name] = std::move(value);
        m_tieOffsets.push_back(offset);
        m_model.ties.push_back(std::move(tie));
    }

    void readOurTie(const pugi::xml_node& element, std::map<std::string, json>& values,
                    std::ptrdiff_t offset) {
        ordered_json tie = ordered_json::object();
        std::string id = element.attribute("id").value();
        if (auto it = values.find(std::string(kBlobKey)); it != values.end()) {
            if (std::optional<ordered_json> blob = parseBlob(it->second)) {
                tie = std::move(*blob);
            } else {
                error(offset, fill(tr("edge \"{}\": its \"orgweave\" value is not a JSON object"), {id}));
            }
        }
        if (id.empty())
            id = "e" + std::to_string(m_ourTies.size());
        tie["id"] = id;
        tie["source"] = element.attribute("source").value();
        tie["target"] = element.attribute("target").value();
        for (const char* field : {"kind", "label"}) {
            if (auto it = values.find(field); it != values.end() && it->second.is_string())
                tie[field] = it->second;
        }
        if (auto it = values.find("weight"); it != values.end() && it->second.is_number())
            tie["weight"] = it->second;
        if (!tie.contains("kind"))
            tie["kind"] = "collaborates";
        m_tieOffsets.push_back(offset);
        m_ourTies.push_back(std::move(tie));
    }

    // ---- finishing ----

    std::pair<int, int> position(std::ptrdiff_t offset) const {
        if (offset < 0)
            return {0, 0};
        return lineColumnOf(m_text, static_cast<std::size_t>(offset));
    }

    LoadResult finish() {
        LoadResult result;
        std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem& a, const Problem& b) {
            // Known offsets in file order; unknown ones last.
            const auto key = [](std::ptrdiff_t o) {
                return o < 0 ? std::numeric_limits<std::ptrdiff_t>::max() : o;
            };
            return key(a.offset) < key(b.offset);
        });
        const std::size_t total = m_problems.size();
        if (total > kMaxReportedProblems)
            m_problems.resize(kMaxReportedProblems);
        // One pass over the text for all positions (problems are sorted by offset).
        int line = 1;
        std::size_t scanned = 0;
        std::size_t lineStart = 0;
        for (const Problem& p : m_problems) {
            Diagnostic d{p.severity, m_file, 0, 0, {}, p.message};
            if (p.offset >= 0) {
                const std::size_t offset = std::min(static_cast<std::size_t>(p.offset), m_text.size());
                for (; scanned < offset; ++scanned) {
                    if (m_text[scanned] == '\n') {
                        ++line;
                        lineStart = scanned + 1;
                    }
                }
                d.line = line;
                d.column = static_cast<int>(offset - lineStart) + 1;
            }
            result.diagnostics.push_back(std::move(d));
        }
        if (total > kMaxReportedProblems) {
            result.diagnostics.push_back(
                Diagnostic{Severity::Error,
                           m_file,
                           0,
                           0,
                           {},
                           fill(trn("{} more problem not shown", "{} more problems not shown",
                                    static_cast<unsigned long>(total - kMaxReportedProblems)),
                                {std::to_string(total - kMaxReportedProblems)})});
        }
        if (!core::hasErrors(result.diagnostics))
            result.model = std::move(m_model);
        return result;
    }

    std::string_view m_text;
    std::string m_file;
    std::string m_converted;  ///< the file re-encoded as UTF-8, when it was not UTF-8
    std::vector<Problem> m_problems;
    std::map<std::pair<std::string, std::string>, Key> m_keys;  ///< (id, domain) → key
    std::string m_sanitized;
    std::unordered_map<std::string, std::ptrdiff_t> m_nodeIds;  ///< id → offset of its <node>
    std::set<std::string> m_explicitTieIds;
    std::set<std::string> m_generatedTieIds;
    std::vector<std::ptrdiff_t> m_nodeOffsets;  ///< parallel to m_model.nodes
    std::vector<std::ptrdiff_t> m_tieOffsets;   ///< parallel to m_model.ties
    std::set<std::string> m_usedTieIds;
    int m_reusedTieIds = 0;
    std::ptrdiff_t m_firstReusedTieId = -1;
    int m_hyperedges = 0;
    std::ptrdiff_t m_firstHyperedge = -1;
    Model m_model;
    bool m_ours = false;  ///< written by orgweave: the graph carries our document blob
    ordered_json m_documentBlob;
    std::vector<ordered_json> m_ourNodes;
    std::vector<ordered_json> m_ourTies;
    std::map<std::string, Point> m_positions;
};

// ---- writer -----------------------------------------------------------------------------------

/// The GraphML type of an attrs value, or nullopt for objects, arrays and null.
std::optional<std::string_view> graphmlType(const json& value) {
    if (value.is_boolean())
        return "boolean";
    if (value.is_number_integer())
        return "long";
    if (value.is_number())
        return "double";
    if (value.is_string())
        return "string";
    return std::nullopt;
}

/// Plain typed keys for the attrs of nodes or edges: name → (key id, type); a name whose values
/// have different types, or that collides with one of our own keys, has no key (the blob keeps it).
std::map<std::string, std::pair<std::string, std::string>> attrKeys(const std::vector<const json*>& attrs,
                                                                    const std::set<std::string>& reserved,
                                                                    const std::string& prefix) {
    std::map<std::string, std::string> types;
    std::set<std::string> mixed;
    for (const json* object : attrs) {
        for (const auto& [name, value] : object->items()) {
            auto type = graphmlType(value);
            if (!type || reserved.count(toLowerAscii(name))) {
                mixed.insert(name);
                continue;
            }
            auto [it, inserted] = types.emplace(name, std::string(*type));
            if (!inserted && it->second != *type) {
                if ((it->second == "long" && *type == "double") ||
                    (it->second == "double" && *type == "long")) {
                    it->second = "double";
                } else {
                    mixed.insert(name);
                }
            }
        }
    }
    std::map<std::string, std::pair<std::string, std::string>> keys;
    std::size_t next = 0;
    for (const auto& [name, type] : types) {
        if (!mixed.count(name))
            keys.emplace(name, std::pair(prefix + std::to_string(next++), type));
    }
    return keys;
}

void addKey(pugi::xml_node root, const std::string& id, const char* domain, const std::string& name,
            const std::string& type) {
    pugi::xml_node key = root.append_child("key");
    key.append_attribute("id") = id.c_str();
    key.append_attribute("for") = domain;
    key.append_attribute("attr.name") = name.c_str();
    key.append_attribute("attr.type") = type.c_str();
}

void addData(pugi::xml_node element, const std::string& key, const std::string& text) {
    pugi::xml_node data = element.append_child("data");
    data.append_attribute("key") = key.c_str();
    data.append_child(pugi::node_pcdata).set_value(text.c_str());
}

std::string scalarText(const json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    if (value.is_number_float())
        return interop::formatNumber(value.get<double>());
    return value.dump();
}

std::string blobText(const ordered_json& blob) {
    return blob.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string writeGraphml(const Model& model) {
    const ordered_json doc = interop::nativeJson(model);
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("graphml");
    root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    root.append_attribute("xsi:schemaLocation") =
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    root.append_child(pugi::node_comment)
        .set_value(" written by orgweave: the \"orgweave\" keys hold the remaining fields as native JSON ");

    std::vector<const json*> nodeAttrs;
    std::vector<const json*> tieAttrs;
    for (const Node& n : model.nodes)
        nodeAttrs.push_back(&n.attrs.get());
    for (const Tie& t : model.ties)
        tieAttrs.push_back(&t.attrs.get());
    const std::set<std::string> nodeReserved{"label", "kind", "type",     "organization",
                                             "x",     "y",    "orgweave", "name"};
    const std::set<std::string> tieReserved{"label", "kind", "weight", "orgweave"};
    const auto nodeKeys = attrKeys(nodeAttrs, nodeReserved, "na");
    const auto tieKeys = attrKeys(tieAttrs, tieReserved, "ea");

    addKey(root, "g_name", "graph", "name", "string");
    addKey(root, "g_orgweave", "graph", "orgweave", "string");
    for (const char* name : {"label", "kind", "type", "organization"})
        addKey(root, name, "node", name, "string");
    addKey(root, "x", "node", "x", "double");
    addKey(root, "y", "node", "y", "double");
    addKey(root, "orgweave", "node", "orgweave", "string");
    for (const auto& [name, key] : nodeKeys)
        addKey(root, key.first, "node", name, key.second);
    addKey(root, "e_kind", "edge", "kind", "string");
    addKey(root, "e_label", "edge", "label", "string");
    addKey(root, "e_weight", "edge", "weight", "double");
    addKey(root, "e_orgweave", "edge", "orgweave", "string");
    for (const auto& [name, key] : tieKeys)
        addKey(root, key.first, "edge", name, key.second);

    const bool anyDirected =
        std::any_of(model.ties.begin(), model.ties.end(), [](const Tie& t) { return t.isDirected(); });
    pugi::xml_node graph = root.append_child("graph");
    graph.append_attribute("id") = "G";
    graph.append_attribute("edgedefault") = anyDirected ? "directed" : "undirected";
    if (!model.annotations.meta.title.empty())
        addData(graph, "g_name", model.annotations.meta.title);
    addData(graph, "g_orgweave", blobText(interop::documentBlob(doc)));

    const ordered_json& nodes = doc.at("nodes");
    for (std::size_t i = 0; i < model.nodes.size() && i < nodes.size(); ++i) {
        const Node& n = model.nodes[i];
        pugi::xml_node element = graph.append_child("node");
        element.append_attribute("id") = n.id.c_str();
        if (!n.label.empty())
            addData(element, "label", n.label);
        addData(element, "kind", std::string(toString(n.kind)));
        if (!n.type.empty())
            addData(element, "type", n.type);
        if (!n.organization.empty())
            addData(element, "organization", n.organization);
        if (auto p = model.layout.positions.find(n.id); p != model.layout.positions.end()) {
            addData(element, "x", interop::formatNumber(p->second.x));
            addData(element, "y", interop::formatNumber(p->second.y));
        }
        ordered_json blob = nodes[i];
        for (const char* field : {"id", "label", "kind", "type", "organization"})
            blob.erase(field);
        if (!blob.empty())
            addData(element, "orgweave", blobText(blob));
        for (const auto& [name, value] : n.attrs.items()) {
            if (auto key = nodeKeys.find(name); key != nodeKeys.end())
                addData(element, key->second.first, scalarText(value));
        }
    }
    const ordered_json& ties = doc.at("ties");
    for (std::size_t i = 0; i < model.ties.size() && i < ties.size(); ++i) {
        const Tie& t = model.ties[i];
        pugi::xml_node element = graph.append_child("edge");
        element.append_attribute("id") = t.id.c_str();
        element.append_attribute("source") = t.source.c_str();
        element.append_attribute("target") = t.target.c_str();
        // No per-edge directed="…": networkx refuses directed="false" in a directed graph. Our own
        // reader takes each tie's direction from its kind and its JSON.
        addData(element, "e_kind", std::string(toString(t.kind)));
        if (!t.details->label.empty())
            addData(element, "e_label", t.details->label);
        if (t.weight)
            addData(element, "e_weight", interop::formatNumber(*t.weight));
        ordered_json blob = ties[i];
        for (const char* field : {"id", "source", "target", "kind", "label", "weight"})
            blob.erase(field);
        if (!blob.empty())
            addData(element, "e_orgweave", blobText(blob));
        for (const auto& [name, value] : t.attrs.items()) {
            if (auto key = tieKeys.find(name); key != tieKeys.end())
                addData(element, key->second.first, scalarText(value));
        }
    }
    std::ostringstream out;
    xml.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str();
}

void saveGraphml(const Model& model, const std::filesystem::path& path) {
    writeFileAtomically(path, writeGraphml(model));
}

// ---- entry points -----------------------------------------------------------------------------

static LoadResult parseGraphmlUnguarded(std::string_view text, const std::string& fileName);

LoadResult parseGraphml(std::string_view text, const std::string& fileName) {
    return readGuarded<LoadResult>(fileName, [&] { return parseGraphmlUnguarded(text, fileName); });
}

static LoadResult parseGraphmlUnguarded(std::string_view text, const std::string& fileName) {
    return GraphmlReader(text, fileName).read();
}

LoadResult loadGraphml(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, N_("a GraphML file"), result.diagnostics))
        return parseGraphml(*text, path.string());
    return result;
}

bool isGraphmlPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".graphml";
}

}  // namespace orgweave::core

// ---- yEd flavour ------------------------------------------------------------------------------

namespace orgweave::core {

namespace {

constexpr const char* kYedShapes[] = {"rectangle", "roundrectangle", "ellipse",       "hexagon",  "octagon",
                                      "diamond",   "triangle",       "parallelogram", "trapezoid"};

std::string toUpperHex(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// yEd's shape for a node: its attrs "shape" when yEd knows the word, else one per kind.
std::string yedShape(const Node& n) {
    if (auto s = n.attrs.find("shape"); s != n.attrs.end() && s->is_string()) {
        for (const char* known : kYedShapes) {
            if (s->get<std::string>() == known)
                return known;
        }
    }
    switch (n.kind) {
        case NodeKind::Committee:
            return "hexagon";
        case NodeKind::SharedTool:
            return "parallelogram";
        case NodeKind::LearningAction:
            return "diamond";
        case NodeKind::Site:
        case NodeKind::Organization:
            return "rectangle";
        case NodeKind::Role:
            break;
    }
    return "ellipse";
}

std::string yedFill(const Node& n) {
    if (auto c = n.attrs.find("color"); c != n.attrs.end() && c->is_string()) {
        if (auto hex = hexColor(c->get<std::string>()))
            return toUpperHex(*hex);
    }
    return n.kind == NodeKind::Role ? "#FFCC00" : "#C0D8F0";
}

double yedSize(const Node& n, const char* key, double fallback) {
    if (auto v = n.attrs.find(key);
        v != n.attrs.end() && v->is_number() && std::isfinite(v->get<double>()) && v->get<double>() > 0)
        return v->get<double>();
    return fallback;
}

class YedWriter {
public:
    explicit YedWriter(const Model& model) : m_model(model) {
        for (std::size_t i = 0; i < model.nodes.size(); ++i)
            m_index.emplace(model.nodes[i].id, i);
        // Members of a group: sites and roles of an organization; roles of a site.
        for (const Node& n : model.nodes) {
            const bool inSite = n.kind == NodeKind::Role && !n.site.empty() && m_index.count(n.site) &&
                                m_model.nodes[m_index.at(n.site)].organization == n.organization;
            if (inSite) {
                m_members[n.site].push_back(&n);
            } else if (!n.organization.empty() && m_index.count(n.organization) &&
                       m_model.nodes[m_index.at(n.organization)].kind == NodeKind::Organization &&
                       (n.kind == NodeKind::Role || n.kind == NodeKind::Site)) {
                m_members[n.organization].push_back(&n);
            } else {
                m_top.push_back(&n);
            }
        }
    }

    std::string write() {
        pugi::xml_document xml;
        pugi::xml_node root = xml.append_child("graphml");
        root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
        root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
        root.append_attribute("xmlns:y") = "http://www.yworks.com/xml/graphml";
        root.append_attribute("xmlns:yed") = "http://www.yworks.com/xml/yed/3";
        root.append_attribute("xsi:schemaLocation") =
            "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd";
        root.append_child(pugi::node_comment).set_value(" written by orgweave for yEd ");
        addKey(root, "kind", "node", "kind", "string");
        addKey(root, "type", "node", "type", "string");
        pugi::xml_node graphics = root.append_child("key");
        graphics.append_attribute("for") = "node";
        graphics.append_attribute("id") = "ng";
        graphics.append_attribute("yfiles.type") = "nodegraphics";
        addKey(root, "e_kind", "edge", "kind", "string");
        addKey(root, "e_weight", "edge", "weight", "double");
        pugi::xml_node edgeGraphics = root.append_child("key");
        edgeGraphics.append_attribute("for") = "edge";
        edgeGraphics.append_attribute("id") = "eg";
        edgeGraphics.append_attribute("yfiles.type") = "edgegraphics";
        const bool directed = std::any_of(m_model.ties.begin(), m_model.ties.end(),
                                          [](const Tie& t) { return t.isDirected(); });
        pugi::xml_node graph = root.append_child("graph");
        graph.append_attribute("id") = "G";
        graph.append_attribute("edgedefault") = directed ? "directed" : "undirected";
        for (const Node* n : m_top)
            writeNode(graph, *n, 0);
        for (const Tie& t : m_model.ties) {
            if (!m_index.count(t.source) || !m_index.count(t.target))
                continue;
            pugi::xml_node edge = graph.append_child("edge");
            edge.append_attribute("id") = t.id.c_str();
            edge.append_attribute("source") = t.source.c_str();
            edge.append_attribute("target") = t.target.c_str();
            edge.append_attribute("directed") = t.isDirected() ? "true" : "false";
            addData(edge, "e_kind", std::string(toString(t.kind)));
            if (t.weight)
                addData(edge, "e_weight", interop::formatNumber(*t.weight));
            pugi::xml_node line = edge.append_child("data");
            line.append_attribute("key") = "eg";
            pugi::xml_node poly = line.append_child("y:PolyLineEdge");
            pugi::xml_node style = poly.append_child("y:LineStyle");
            style.append_attribute("color") = "#000000";
            style.append_attribute("type") = t.kind == TieKind::Collaborates ? "line" : "dashed";
            style.append_attribute("width") = "1.0";
            pugi::xml_node arrows = poly.append_child("y:Arrows");
            arrows.append_attribute("source") = "none";
            arrows.append_attribute("target") = t.isDirected() ? "standard" : "none";
            if (!t.details->label.empty())
                poly.append_child("y:EdgeLabel").text().set(t.details->label.c_str());
        }
        std::ostringstream out;
        xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
        return out.str();
    }

private:
    void writeNode(pugi::xml_node graph, const Node& n, int depth) {
        pugi::xml_node element = graph.append_child("node");
        element.append_attribute("id") = n.id.c_str();
        const auto members = m_members.find(n.id);
        const bool group = members != m_members.end() && depth < 2;
        if (group)
            element.append_attribute("yfiles.foldertype") = "group";
        addData(element, "kind", std::string(toString(n.kind)));
        if (!n.type.empty())
            addData(element, "type", n.type);
        pugi::xml_node data = element.append_child("data");
        data.append_attribute("key") = "ng";
        const double width =
            yedSize(n, "width", std::max(60.0, 7.0 * static_cast<double>(n.displayLabel().size())));
        const double height = yedSize(n, "height", 30.0);
        pugi::xml_node shape;
        if (group) {
            shape = data.append_child("y:ProxyAutoBoundsNode")
                        .append_child("y:Realizers")
                        .append_child("y:GroupNode");
            shape.parent().append_attribute("active") = "0";
        } else {
            shape = data.append_child("y:ShapeNode");
        }
        pugi::xml_node geometry = shape.append_child("y:Geometry");
        if (auto p = m_model.layout.positions.find(n.id); p != m_model.layout.positions.end()) {
            geometry.append_attribute("x") = interop::formatNumber(p->second.x - width / 2).c_str();
            geometry.append_attribute("y") = interop::formatNumber(p->second.y - height / 2).c_str();
        } else {
            ++m_unplaced;
            geometry.append_attribute("x") =
                interop::formatNumber(40.0 * static_cast<double>(m_unplaced)).c_str();
            geometry.append_attribute("y") = "0";
        }
        geometry.append_attribute("width") = interop::formatNumber(width).c_str();
        geometry.append_attribute("height") = interop::formatNumber(height).c_str();
        pugi::xml_node fill = shape.append_child("y:Fill");
        fill.append_attribute("color") = (group ? std::string("#F5F5F5") : yedFill(n)).c_str();
        fill.append_attribute("transparent") = "false";
        pugi::xml_node label = shape.append_child("y:NodeLabel");
        if (group) {
            label.append_attribute("modelName") = "internal";
            label.append_attribute("modelPosition") = "t";
        }
        label.text().set(n.displayLabel().c_str());
        pugi::xml_node s = shape.append_child("y:Shape");
        s.append_attribute("type") = group ? "roundrectangle" : yedShape(n).c_str();
        if (group) {
            shape.append_child("y:State").append_attribute("closed") = "false";
            pugi::xml_node inner = element.append_child("graph");
            inner.append_attribute("id") = (n.id + ":").c_str();
            inner.append_attribute("edgedefault") = "directed";
            for (const Node* member : members->second)
                writeNode(inner, *member, depth + 1);
        }
    }

    const Model& m_model;
    std::unordered_map<std::string, std::size_t> m_index;
    std::unordered_map<std::string, std::vector<const Node*>> m_members;
    std::vector<const Node*> m_top;
    int m_unplaced = 0;
};

}  // namespace

std::string writeGraphmlForYed(const Model& model, Diagnostics& warnings, const std::string& fileName) {
    interop::Carries carries;
    carries.kinds = true;
    carries.containment = true;
    carries.nodeType = true;
    carries.tieIds = true;
    carries.tieLabels = true;
    carries.positions = true;
    interop::lossWarnings(model, carries, "yEd GraphML", fileName, warnings);
    return YedWriter(model).write();
}

void saveGraphmlForYed(const Model& model, const std::filesystem::path& path, Diagnostics& warnings) {
    writeFileAtomically(path, writeGraphmlForYed(model, warnings, path.string()));
}

bool isYedGraphmlPath(const std::filesystem::path& path) {
    const std::string name = toLowerAscii(path.filename().string());
    return name.size() > 12 && name.ends_with(".yed.graphml");
}

}  // namespace orgweave::core
