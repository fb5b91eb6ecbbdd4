// Sections: helpers · reader (attributes, nodes, edges, spells, finishing) · writer · entry points
//
// Nested <nodes> (GEXF hierarchies) are flattened in document order, with the nesting capped.
#include "orgweave/core/GexfFormat.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/ReadGuard.hpp"

#include "InteropSupport.hpp"
#include "JsonLocator.hpp"
#include "PositionsJson.hpp"
#include "XmlParseProblem.hpp"
#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/InputFile.hpp"
#include "orgweave/core/Text.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace orgweave::core {

using interop::Location;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// ---- helpers ----------------------------------------------------------------------------------

constexpr std::string_view kBlobTitle = "orgweave";
constexpr const char* kOrgweaveNamespace = "https://orgweave.org/ns/document";
constexpr int kMaxNodeNesting = 64;
constexpr std::size_t kMaxSlices = 1000;
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;

std::string_view localName(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool isElement(const pugi::xml_node& node, std::string_view name) {
    return node.type() == pugi::node_element && localName(node) == name;
}

std::string directText(const pugi::xml_node& node) {
    std::string out;
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            out += child.value();
    }
    return out;
}

enum class ValueType { Boolean, Integer, Number, String };

/// Converts an attvalue to the declared type; nullopt when it does not fit.
std::optional<json> convertValue(const std::string& raw, ValueType type) {
    switch (type) {
        case ValueType::String:
            return json(raw);
        case ValueType::Boolean: {
            const std::string lower = toLowerAscii(interop::trim(raw));
            if (lower == "true" || lower == "1")
                return json(true);
            if (lower == "false" || lower == "0")
                return json(false);
            return std::nullopt;
        }
        case ValueType::Integer:
            if (auto v = interop::parseInteger(raw))
                return json(*v);
            return std::nullopt;
        case ValueType::Number:
            if (auto v = interop::parseNumber(raw); v && std::isfinite(*v))
                return json(*v);
            return std::nullopt;
    }
    return std::nullopt;
}

/// "2013", "2013-01" and "2013-01-31" (what a phase may hold), optionally with a time after 'T'.
bool isDateText(std::string_view text) {
    auto digits = [&](std::size_t from, std::size_t count) {
        if (text.size() < from + count)
            return false;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
        }
        return true;
    };
    return (text.size() == 4 && digits(0, 4)) ||
           (text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2)) ||
           (text.size() == 10 && digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' &&
            digits(8, 2));
}

// ---- reader -----------------------------------------------------------------------------------

struct Attribute {
    std::string title;
    std::string typeText;
    ValueType type = ValueType::String;
    std::optional<json> defaultValue;
};

struct Interval {
    std::string start;
    std::string end;
    bool operator<(const Interval& o) const { return std::tie(start, end) < std::tie(o.start, o.end); }
};

class GexfReader {
public:
    GexfReader(std::string_view text, std::string file)
        : m_text(text), m_problems(std::move(file)), m_lines(text) {}

    LoadResult read() {
        if (!interop::checkText(m_text, m_problems, N_("a GEXF file")))
            return m_problems.finish(std::nullopt);
        m_lines = interop::LineIndex(m_text);
        if (interop::trim(m_text).empty()) {
            m_problems.error({1, 1}, tr("file is empty; expected a GEXF document (<gexf> … </gexf>)"));
            return m_problems.finish(std::nullopt);
        }
        // What XML cannot hold (raw control characters, &#0;, lone surrogates) becomes U+FFFD.
        std::optional<Location> repaired;
        if (std::optional<interop::XmlCharacterRepair> repair = interop::repairXmlCharacters(m_text)) {
            repaired = m_lines.at(static_cast<std::ptrdiff_t>(repair->firstOffset));
            m_repairMessage = interop::xmlCharacterRepairMessage(*repair);
            m_repaired = std::move(repair->text);
            m_text = m_repaired;
            m_lines = interop::LineIndex(m_text);
        }
        pugi::xml_document doc;
        const pugi::xml_parse_result parsed =
            doc.load_buffer(m_text.data(), m_text.size(), kParseOptions, pugi::encoding_utf8);
        if (repaired)
            m_problems.warning(*repaired, m_repairMessage);
        if (!parsed) {
            if (parsed.status == pugi::status_no_document_element) {
                m_problems.error({1, 1}, tr("not an XML document: no root element (expected <gexf>)"));
            } else {
                m_problems.error(m_lines.at(parsed.offset),
                                 fill(tr("not well-formed XML: {} (is this a GEXF file?)"),
                                      {xmlParseProblem(parsed.status)}));
            }
            return m_problems.finish(std::nullopt);
        }
        const pugi::xml_node root = doc.document_element();
        if (localName(root) != "gexf") {
            error(root, fill(tr("not a GEXF file: the root element is <{}>, expected <gexf>"),
                             {std::string(root.name())}));
            return m_problems.finish(std::nullopt);
        }
        const std::string version = root.attribute("version").value();
        if (!version.empty() && version.rfind("1.", 0) != 0) {
            warning(root, fill(tr("GEXF version \"{}\" is not 1.x; read as GEXF 1.3"), {version}));
        }
        readMeta(root.child("meta"));
        const pugi::xml_node graph = root.child("graph");
        m_graph = graph;
        if (!m_ours)
            m_documentAt = at(graph ? graph : root);
        if (!graph) {
            error(root, tr("no <graph> element inside <gexf>: the file declares no network"));
            return m_problems.finish(std::nullopt);
        }
        const std::string edgeType = toLowerAscii(graph.attribute("defaultedgetype").as_string("undirected"));
        if (edgeType != "directed" && edgeType != "undirected" && edgeType != "mutual") {
            error(graph,
                  fill(tr("defaultedgetype=\"{}\" is not directed, undirected or mutual"), {edgeType}));
        }
        m_directedDefault = edgeType == "directed";
        for (const pugi::xml_node& child : graph.children()) {
            if (isElement(child, "attributes"))
                readAttributes(child);
        }
        for (const pugi::xml_node& child : graph.children()) {
            if (isElement(child, "nodes"))
                readNodes(child, 0);
        }
        for (const pugi::xml_node& child : graph.children()) {
            if (isElement(child, "edges"))
                readEdges(child);
        }
        for (const pugi::xml_node& nested : m_nestedEdges)
            readEdges(nested);
        makeSlices();
        if (m_problems.hasErrors())
            return m_problems.finish(std::nullopt);
        return m_problems.finish(m_ours ? finishOurs() : finishPlain());
    }

private:
    Location at(const pugi::xml_node& node) const {
        std::ptrdiff_t offset = node.offset_debug();
        if (offset > 0 && m_text[static_cast<std::size_t>(offset - 1)] == '<')
            --offset;
        return m_lines.at(offset);
    }
    void error(const pugi::xml_node& node, std::string message) {
        m_problems.error(at(node), std::move(message));
    }
    void warning(const pugi::xml_node& node, std::string message) {
        m_problems.warning(at(node), std::move(message));
    }

    // ---- meta and attributes ----

    void readMeta(const pugi::xml_node& meta) {
        if (!meta)
            return;
        for (const pugi::xml_node& child : meta.children()) {
            if (child.type() != pugi::node_element)
                continue;
            if (localName(child) == "document") {  // <orgweave:document>: ours
                const std::string text = directText(child);
                if (findExcessiveNesting(text, kMaxJsonDepth)) {
                    error(child, fill(tr("the orgweave document is nested deeper than {} levels"),
                                      {std::to_string(kMaxJsonDepth)}));
                    continue;
                }
                try {
                    ordered_json blob = ordered_json::parse(text);
                    if (blob.is_object() && blob.value("format", json()) == "orgweave") {
                        m_ours = true;
                        m_documentAt = at(child);
                        m_documentBlob = std::move(blob);
                        continue;
                    }
                } catch (const json::exception&) {
                }
                error(child, tr("the <orgweave:document> element does not hold an orgweave document (JSON)"));
            } else if (localName(child) == "description") {
                m_description = std::string(interop::trim(directText(child)));
            } else if (localName(child) == "creator" || localName(child) == "keywords") {
                m_metaExtra[std::string(localName(child))] = std::string(interop::trim(directText(child)));
            }
        }
        if (const char* modified = meta.attribute("lastmodifieddate").value(); *modified)
            m_metaExtra["lastmodifieddate"] = modified;
    }

    void readAttributes(const pugi::xml_node& attributes) {
        const std::string cls = toLowerAscii(attributes.attribute("class").as_string("node"));
        if (cls != "node" && cls != "edge") {
            warning(attributes,
                    fill(tr("attributes of class \"{}\" are ignored (only node and edge are read)"), {cls}));
            return;
        }
        auto& table = cls == "node" ? m_nodeAttributes : m_edgeAttributes;
        for (const pugi::xml_node& a : attributes.children()) {
            if (!isElement(a, "attribute"))
                continue;
            const std::string id = a.attribute("id").value();
            if (id.empty()) {
                warning(a, tr("<attribute> without an id is ignored"));
                continue;
            }
            Attribute attribute;
            attribute.title = a.attribute("title").as_string(id.c_str());
            if (attribute.title.empty())
                attribute.title = id;
            attribute.typeText = a.attribute("type").as_string("string");
            const std::string type = toLowerAscii(attribute.typeText);
            if (type == "integer" || type == "long" || type == "short" || type == "byte") {
                attribute.type = ValueType::Integer;
            } else if (type == "float" || type == "double" || type == "bigdecimal") {
                attribute.type = ValueType::Number;
            } else if (type == "boolean") {
                attribute.type = ValueType::Boolean;
            }
            if (const pugi::xml_node d = a.child("default")) {
                const std::string raw = directText(d);
                attribute.defaultValue = convertValue(raw, attribute.type);
                if (!attribute.defaultValue)
                    error(d, fill(tr("default \"{}\" of attribute \"{}\" is not of type {}"),
                                  {raw, attribute.title, attribute.typeText}));
            }
            if (!table.emplace(id, std::move(attribute)).second)
                error(a, fill(tr("duplicate attribute id \"{}\""), {id}));
        }
    }

    /// The <attvalues> of a node or edge as title → value, with defaults applied.
    std::map<std::string, json> readValues(const pugi::xml_node& element, bool node) {
        const auto& table = node ? m_nodeAttributes : m_edgeAttributes;
        std::map<std::string, json> values;
        for (const pugi::xml_node& list : element.children()) {
            if (!isElement(list, "attvalues"))
                continue;
            for (const pugi::xml_node& v : list.children()) {
                if (!isElement(v, "attvalue"))
                    continue;
                std::string id = v.attribute("for").value();
                if (id.empty())
                    id = v.attribute("id").value();  // GEXF 1.0
                auto it = table.find(id);
                if (it == table.end()) {
                    warning(v, fill(tr("<attvalue> refers to attribute \"{}\", which no <attribute> "
                                       "declares; ignored"),
                                    {id}));
                    continue;
                }
                const std::string raw = v.attribute("value").value();
                std::optional<json> value = convertValue(raw, it->second.type);
                if (!value) {
                    error(v, fill(tr("value \"{}\" of \"{}\" is not of type {}"),
                                  {raw, it->second.title, it->second.typeText}));
                    continue;
                }
                if (v.attribute("start") || v.attribute("end") || v.attribute("startopen") ||
                    v.attribute("endopen")) {
                    if (values.count(it->second.title))
                        continue;  // dynamic values: the first one is kept
                }
                values[it->second.title] = std::move(*value);
            }
        }
        for (const auto& [id, attribute] : table) {
            if (attribute.defaultValue && !values.count(attribute.title))
                values[attribute.title] = *attribute.defaultValue;
        }
        return values;
    }

    /// An element's intervals (start/end attributes and <spells>) as indices into m_intervalOrder.
    std::vector<std::size_t> readSpells(const pugi::xml_node& element) {
        std::vector<Interval> intervals;
        auto add = [&](const pugi::xml_node& e) {
            Interval interval{e.attribute("start").value(), e.attribute("end").value()};
            if (interval.start.empty())
                interval.start = e.attribute("startopen").value();
            if (interval.end.empty())
                interval.end = e.attribute("endopen").value();
            if (!interval.start.empty() || !interval.end.empty())
                intervals.push_back(interval);
        };
        add(element);
        for (const pugi::xml_node& spells : element.children()) {
            if (!isElement(spells, "spells"))
                continue;
            for (const pugi::xml_node& spell : spells.children()) {
                if (isElement(spell, "spell"))
                    add(spell);
            }
        }
        std::vector<std::size_t> ids;
        for (const Interval& interval : intervals) {
            auto [it, inserted] = m_intervalIndex.emplace(interval, m_intervalOrder.size());
            if (inserted)
                m_intervalOrder.push_back(interval);
            if (std::find(ids.begin(), ids.end(), it->second) == ids.end())
                ids.push_back(it->second);
        }
        return ids;
    }

    // ---- time slices ----

    /// Time points in order: numerically when every point is a number, else as text (ISO dates).
    bool before(const std::string& a, const std::string& b) const {
        if (m_numericTime)
            return *interop::parseNumber(a) < *interop::parseNumber(b);
        return a < b;
    }

    /// Phases as time slices: the distinct start and end points cut time into slices; a slice that
    /// no interval covers is dropped; every node and tie alive during a slice (an interval of its
    /// that covers the slice) is in that phase. Open starts and ends reach the first and last slices.
    void makeSlices() {
        if (m_ours || m_intervalOrder.empty())
            return;
        m_numericTime = true;
        for (const Interval& i : m_intervalOrder) {
            for (const std::string* t : {&i.start, &i.end}) {
                if (!t->empty() && !interop::parseNumber(*t))
                    m_numericTime = false;
            }
        }
        std::vector<std::string> points;
        bool openStart = false;
        bool openEnd = false;
        for (const Interval& i : m_intervalOrder) {
            if (i.start.empty())
                openStart = true;
            else
                points.push_back(i.start);
            if (i.end.empty())
                openEnd = true;
            else
                points.push_back(i.end);
        }
        auto less = [&](const std::string& a, const std::string& b) { return before(a, b); };
        std::sort(points.begin(), points.end(), less);
        points.erase(std::unique(points.begin(), points.end(),
                                 [&](const std::string& a, const std::string& b) {
                                     return !less(a, b) && !less(b, a);
                                 }),
                     points.end());
        std::vector<Interval> candidates;
        if (openStart || points.size() == 1)
            candidates.push_back(Interval{"", points.empty() ? std::string() : points.front()});
        for (std::size_t k = 0; k + 1 < points.size(); ++k)
            candidates.push_back(Interval{points[k], points[k + 1]});
        if (openEnd && !points.empty())
            candidates.push_back(Interval{points.back(), ""});
        if (candidates.size() > kMaxSlices) {
            warning(
                m_graph,
                fill(tr("the file has {} distinct time points; orgweave makes at most {} phases, so the time "
                        "data (spells) are not read and every node and tie is in the network at all times"),
                     {std::to_string(points.size()), std::to_string(kMaxSlices)}));
            clearSpells();
            return;
        }
        // interval i covers slice c when i.start ≤ c.start and c.end ≤ i.end (open ends reach anything).
        auto covers = [&](const Interval& i, const Interval& c) {
            const bool startOk = i.start.empty() || (!c.start.empty() && !before(c.start, i.start));
            const bool endOk = i.end.empty() || (!c.end.empty() && !before(i.end, c.end));
            return startOk && endOk;
        };
        std::vector<std::vector<std::size_t>> slicesOf(m_intervalOrder.size());
        std::vector<bool> used(candidates.size(), false);
        std::size_t memberships = 0;
        for (std::size_t i = 0; i < m_intervalOrder.size(); ++i) {
            for (std::size_t c = 0; c < candidates.size(); ++c) {
                if (covers(m_intervalOrder[i], candidates[c])) {
                    slicesOf[i].push_back(c);
                    used[c] = true;
                }
            }
            // A single instant [t, t] covers no slice between two points: it belongs to the slice that starts
            // at t.
            if (slicesOf[i].empty()) {
                for (std::size_t c = 0; c < candidates.size(); ++c) {
                    if (candidates[c].start == m_intervalOrder[i].start ||
                        (m_intervalOrder[i].start.empty() && candidates[c].start.empty())) {
                        slicesOf[i].push_back(c);
                        used[c] = true;
                        break;
                    }
                }
            }
        }
        std::vector<std::string> idOf(candidates.size());
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            if (!used[c])
                continue;
            idOf[c] = "p" + std::to_string(m_slices.size() + 1);
            m_slices.push_back(candidates[c]);
        }
        auto apply = [&](std::vector<ordered_json>& elements,
                         const std::vector<std::vector<std::size_t>>& spells) {
            for (std::size_t e = 0; e < elements.size() && e < spells.size(); ++e) {
                if (spells[e].empty())
                    continue;
                std::set<std::size_t> slices;
                for (std::size_t i : spells[e])
                    slices.insert(slicesOf[i].begin(), slicesOf[i].end());
                memberships += slices.size();
                ordered_json phases = ordered_json::array();
                for (std::size_t c : slices)
                    phases.push_back(idOf[c]);
                elements[e]["phases"] = std::move(phases);
            }
        };
        apply(m_nodes, m_nodeSpells);
        apply(m_ties, m_tieSpells);
        if (memberships > interop::kMaxReadTies) {
            warning(m_graph, fill(tr("the spells put nodes and ties in {} phases in all, more than orgweave "
                                     "keeps; the time data are not read"),
                                  {std::to_string(memberships)}));
            clearSpells();
        }
    }

    void clearSpells() {
        m_slices.clear();
        for (auto* elements : {&m_nodes, &m_ties}) {
            for (ordered_json& e : *elements)
                e.erase("phases");
        }
    }

    // ---- drawing data and hierarchy ----

    /// viz:color (as "#rrggbb", with "opacity" when a < 1), viz:size, viz:shape and viz:thickness go
    /// to attrs "color", "opacity", "size", "shape" and "thickness" (an attvalue of the same title wins).
    void readViz(const pugi::xml_node& element, std::map<std::string, json>& values) {
        auto put = [&](const char* key, json value) {
            if (!values.count(key))
                values[key] = std::move(value);
        };
        for (const pugi::xml_node& child : element.children()) {
            if (child.type() != pugi::node_element)
                continue;
            const std::string_view name = localName(child);
            if (name == "color") {
                int rgb[3] = {0, 0, 0};
                bool ok = true;
                const char* channels[3] = {"r", "g", "b"};
                for (int k = 0; k < 3; ++k) {
                    const auto v = interop::parseInteger(child.attribute(channels[k]).value());
                    ok = ok && v && *v >= 0 && *v <= 255;
                    rgb[k] = v ? static_cast<int>(*v) : 0;
                }
                if (!ok) {
                    warning(child, tr("viz:color needs r, g and b from 0 to 255; this colour is dropped"));
                    continue;
                }
                char hex[8];
                std::snprintf(hex, sizeof hex, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
                put("color", std::string(hex));
                if (const pugi::xml_attribute a = child.attribute("a")) {
                    const auto alpha = interop::parseNumber(a.value());
                    if (alpha && std::isfinite(*alpha) && *alpha >= 0 && *alpha < 1)
                        put("opacity", *alpha);
                }
            } else if (name == "size" || name == "thickness") {
                const auto v = interop::parseNumber(child.attribute("value").value());
                if (v && std::isfinite(*v)) {
                    put(name == "size" ? "size" : "thickness", *v);
                } else {
                    warning(child, fill(tr("viz:{} value \"{}\" is not a finite number; dropped"),
                                        {std::string(name), std::string(child.attribute("value").value())}));
                }
            } else if (name == "shape") {
                if (const char* shape = child.attribute("value").value(); *shape)
                    put("shape", std::string(shape));
                if (const char* uri = child.attribute("uri").value(); *uri)
                    put("shape_uri", std::string(uri));
            }
        }
    }

    /// The parent of a node in a hierarchy: pid="…", <parents><parent for="…"/></parents> (GEXF 1.2),
    /// or the node it is nested in; kept as attrs "parent" (a list when there are several).
    void readParents(const pugi::xml_node& element, std::map<std::string, json>& values) {
        std::vector<std::string> parents;
        if (!m_parent.empty())
            parents.push_back(m_parent);
        if (const char* pid = element.attribute("pid").value(); *pid)
            parents.push_back(pid);
        for (const pugi::xml_node& list : element.children()) {
            if (!isElement(list, "parents"))
                continue;
            for (const pugi::xml_node& p : list.children()) {
                if (isElement(p, "parent") && *p.attribute("for").value())
                    parents.push_back(p.attribute("for").value());
            }
        }
        std::sort(parents.begin(), parents.end());
        parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
        if (parents.empty() || values.count("parent"))
            return;
        if (parents.size() == 1)
            values["parent"] = parents.front();
        else
            values["parent"] = parents;
    }

    // ---- nodes ----

    void readNodes(const pugi::xml_node& nodes, int depth, const std::string& parent = {}) {
        for (const pugi::xml_node& element : nodes.children()) {
            if (!isElement(element, "node"))
                continue;
            m_parent = parent;
            readNode(element);
            m_parent.clear();
            const std::string id = element.attribute("id").value();
            for (const pugi::xml_node& nested : element.children()) {
                if (isElement(nested, "edges"))  // GEXF 1.1 hierarchies: edges inside a node
                    m_nestedEdges.push_back(nested);
                if (!isElement(nested, "nodes"))
                    continue;
                if (depth + 1 >= kMaxNodeNesting) {
                    error(nested,
                          fill(tr("nodes nested deeper than {} levels"), {std::to_string(kMaxNodeNesting)}));
                    continue;
                }
                readNodes(nested, depth + 1, id);
            }
        }
    }

    void readNode(const pugi::xml_node& element) {
        const std::string id = element.attribute("id").value();
        if (id.empty()) {
            error(element, tr("<node> without an id: every GEXF node needs id=\"…\""));
            return;
        }
        if (!m_nodeIds.insert(id).second) {
            error(element, fill(tr("duplicate node id \"{}\""), {id}));
            return;
        }
        std::map<std::string, json> values = readValues(element, true);
        std::vector<std::size_t> spells = readSpells(element);
        for (const pugi::xml_node& child : element.children()) {
            if (child.type() == pugi::node_element && localName(child) == "position") {
                const double x = child.attribute("x").as_double(std::nan(""));
                const double y = child.attribute("y").as_double(std::nan(""));
                if (std::isfinite(x) && std::isfinite(y)) {
                    m_positions[id] = Point{x + 0.0, 0.0 - y};  // y up → y down, and never -0
                } else {
                    warning(child,
                            fill(tr("node \"{}\": viz:position without finite x and y is ignored"), {id}));
                }
            }
        }
        readViz(element, values);
        readParents(element, values);
        const std::string label = element.attribute("label").value();
        ordered_json node = ordered_json::object();
        if (m_ours) {
            if (auto it = values.find(std::string(kBlobTitle)); it != values.end()) {
                std::optional<ordered_json> blob = parseBlob(it->second);
                if (!blob) {
                    error(element,
                          fill(tr("node \"{}\": its \"orgweave\" value is not a JSON object"), {id}));
                } else {
                    node = std::move(*blob);
                }
            }
            node["id"] = id;
            if (!label.empty())
                node["label"] = label;
            for (const char* field : {"kind", "type", "organization"}) {
                if (auto it = values.find(field);
                    it != values.end() && it->second.is_string() && !it->second.get<std::string>().empty())
                    node[field] = it->second;
            }
        } else {
            node["id"] = id;
            node["kind"] = "role";
            if (!label.empty())
                node["label"] = label;
            if (auto it = values.find("kind"); it != values.end() && it->second.is_string() &&
                                               nodeKindFromString(it->second.get<std::string>())) {
                node["kind"] = it->second;
                values.erase(it);
                if (auto type = values.find("type"); type != values.end() && type->second.is_string()) {
                    node["type"] = type->second;
                    values.erase(type);
                }
            }
            ordered_json attrs = ordered_json::object();
            for (auto& [name, value] : values)
                attrs[name] = std::move(value);
            if (!attrs.empty())
                node["attrs"] = std::move(attrs);
        }
        if (!node.contains("kind"))
            node["kind"] = "role";
        m_nodeLocations.push_back(at(element));
        m_nodes.push_back(std::move(node));
        m_nodeSpells.push_back(std::move(spells));
    }

    static std::optional<ordered_json> parseBlob(const json& value) {
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

    // ---- edges ----

    void readEdges(const pugi::xml_node& edges) {
        std::set<std::string> explicitIds;
        for (const pugi::xml_node& e : edges.children()) {
            if (isElement(e, "edge") && *e.attribute("id").value())
                explicitIds.insert(e.attribute("id").value());
        }
        std::set<std::string> used;
        for (const pugi::xml_node& element : edges.children()) {
            if (!isElement(element, "edge"))
                continue;
            std::string id = element.attribute("id").value();
            const std::string what = id.empty() ? std::string("<edge>") : fill(tr("edge \"{}\""), {id});
            const std::string source = element.attribute("source").value();
            const std::string target = element.attribute("target").value();
            bool ok = true;
            for (const auto& [end, name] : {std::pair{&source, "source"}, std::pair{&target, "target"}}) {
                if (end->empty()) {
                    error(element, fill(tr("{} has no {}=\"…\" attribute"), {what, name}));
                    ok = false;
                } else if (!m_nodeIds.count(*end)) {
                    error(element,
                          fill(tr("{} refers to node \"{}\" as its {}, but no <node id=\"{}\"> is declared"),
                               {what, *end, name, *end}));
                    ok = false;
                }
            }
            bool directed = m_directedDefault;
            bool explicitDirection = false;
            if (const pugi::xml_attribute type = element.attribute("type")) {
                const std::string t = toLowerAscii(type.value());
                if (t == "directed" || t == "undirected" || t == "mutual") {
                    directed = t == "directed";
                    explicitDirection = directed != m_directedDefault;
                } else {
                    error(element, fill(tr("{} has type=\"{}\"; expected directed, undirected or mutual"),
                                        {what, std::string(type.value())}));
                    ok = false;
                }
            }
            std::optional<double> weight;
            if (const pugi::xml_attribute w = element.attribute("weight")) {
                weight = interop::parseNumber(w.value());
                if (!weight || !std::isfinite(*weight) || *weight <= 0) {
                    error(element, fill(tr("{} has weight \"{}\"; a tie weight must be a positive number"),
                                        {what, std::string(w.value())}));
                    ok = false;
                }
            }
            std::map<std::string, json> values = readValues(element, false);
            readViz(element, values);
            std::vector<std::size_t> spells = readSpells(element);
            if (!ok)
                continue;
            if (!id.empty() && !used.insert(id).second) {
                warning(element, fill(tr("{} reuses the id of an earlier edge; it gets a new id"), {what}));
                id.clear();
            }
            if (id.empty()) {
                id = "e" + std::to_string(m_ties.size());
                for (int k = 1; explicitIds.count(id) || used.count(id); ++k)
                    id = "e" + std::to_string(m_ties.size()) + "_" + std::to_string(k);
                used.insert(id);
            }
            ordered_json tie = ordered_json::object();
            if (m_ours) {
                if (auto it = values.find(std::string(kBlobTitle)); it != values.end()) {
                    if (std::optional<ordered_json> blob = parseBlob(it->second)) {
                        tie = std::move(*blob);
                    } else {
                        error(element, fill(tr("{}: its \"orgweave\" value is not a JSON object"), {what}));
                    }
                }
                if (auto it = values.find("kind"); it != values.end() && it->second.is_string())
                    tie["kind"] = it->second;
            } else {
                tie["kind"] = "collaborates";
                if (directed)
                    tie["directed"] = true;
                ordered_json attrs = ordered_json::object();
                for (auto& [name, value] : values)
                    attrs[name] = std::move(value);
                if (!attrs.empty())
                    tie["attrs"] = std::move(attrs);
                (void)explicitDirection;
            }
            tie["id"] = id;
            tie["source"] = source;
            tie["target"] = target;
            if (weight)
                tie["weight"] = *weight;
            if (const char* label = element.attribute("label").value(); *label)
                tie["label"] = label;
            if (!tie.contains("kind"))
                tie["kind"] = "collaborates";
            m_tieLocations.push_back(at(element));
            m_ties.push_back(std::move(tie));
            m_tieSpells.push_back(std::move(spells));
        }
    }

    // ---- finishing ----

    ordered_json positionsJson() const {
        PositionsJson positions;
        for (const ordered_json& node : m_nodes) {
            const std::string id = node["id"].get<std::string>();
            if (auto p = m_positions.find(id); p != m_positions.end())
                positions.set(id, p->second.x, p->second.y);
        }
        return positions.toJson();
    }

    std::optional<Model> finishOurs() {
        ordered_json doc = m_documentBlob;
        doc["nodes"] = ordered_json(m_nodes);
        doc["ties"] = ordered_json(m_ties);
        ordered_json positions = positionsJson();
        if (!positions.empty()) {
            if (!doc.contains("layout") || !doc["layout"].is_object())
                doc["layout"] = ordered_json::object();
            doc["layout"]["positions"] = std::move(positions);
        }
        return interop::modelFromNative(doc, m_nodeLocations, m_tieLocations, m_problems, m_documentAt);
    }

    /// An `organization` attribute naming an organization node becomes containment (as for GraphML).
    void adoptOrganizations() {
        std::set<std::string> organizations;
        for (const ordered_json& node : m_nodes) {
            if (node["kind"] == "organization")
                organizations.insert(node["id"].get<std::string>());
        }
        for (ordered_json& node : m_nodes) {
            if ((node["kind"] != "role" && node["kind"] != "site") || !node.contains("attrs"))
                continue;
            ordered_json& attrs = node["attrs"];
            auto it = attrs.find("organization");
            if (it == attrs.end() || !it->is_string() || !organizations.count(it->get<std::string>()))
                continue;
            const std::string organization = it->get<std::string>();
            attrs.erase("organization");
            if (attrs.empty())
                node.erase("attrs");
            node["organization"] = organization;  // after: inserting may move `attrs` (ordered_json)
        }
    }

    std::optional<Model> finishPlain() {
        adoptOrganizations();
        ordered_json doc = ordered_json::object();
        doc["format"] = "orgweave";
        doc["version"] = kFormatVersion;
        ordered_json meta = ordered_json::object();
        if (!m_description.empty())
            meta["description"] = m_description;
        if (!m_metaExtra.empty())
            meta["gexf"] = m_metaExtra;
        if (!meta.empty())
            doc["meta"] = std::move(meta);
        doc["nodes"] = ordered_json(m_nodes);
        doc["ties"] = ordered_json(m_ties);
        if (!m_slices.empty()) {
            ordered_json phases = ordered_json::array();
            for (std::size_t k = 0; k < m_slices.size(); ++k) {
                const Interval& interval = m_slices[k];
                ordered_json phase = ordered_json::object();
                phase["id"] = "p" + std::to_string(k + 1);
                phase["label"] = (interval.start.empty() ? std::string("…") : interval.start) + " – " +
                                 (interval.end.empty() ? std::string("…") : interval.end);
                // Dates the document understands become the phase's dates; others stay in the label.
                const std::string start = interval.start.substr(0, interval.start.find('T'));
                const std::string end = interval.end.substr(0, interval.end.find('T'));
                if (isDateText(start))
                    phase["start"] = start;
                if (isDateText(end))
                    phase["end"] = end;
                phases.push_back(std::move(phase));
            }
            doc["phases"] = std::move(phases);
        }
        ordered_json positions = positionsJson();
        if (!positions.empty())
            doc["layout"] = ordered_json{{"positions", std::move(positions)}};
        return interop::modelFromNative(doc, m_nodeLocations, m_tieLocations, m_problems, m_documentAt);
    }

    std::string_view m_text;
    std::string m_repaired;  ///< the text with what XML cannot hold replaced, when it had any
    std::string m_repairMessage;
    interop::Problems m_problems;
    interop::LineIndex m_lines;
    bool m_directedDefault = false;
    bool m_ours = false;
    ordered_json m_documentBlob;
    std::string m_description;
    ordered_json m_metaExtra = ordered_json::object();
    std::map<std::string, Attribute> m_nodeAttributes;
    std::map<std::string, Attribute> m_edgeAttributes;
    std::set<std::string> m_nodeIds;
    std::vector<ordered_json> m_nodes;
    std::vector<ordered_json> m_ties;
    std::vector<Location> m_nodeLocations;
    std::vector<Location> m_tieLocations;
    std::map<std::string, Point> m_positions;
    std::string m_parent;
    pugi::xml_node m_graph;
    Location m_documentAt{1, 1};
    bool m_numericTime = false;
    std::vector<pugi::xml_node> m_nestedEdges;
    std::vector<Interval> m_intervalOrder;  ///< distinct intervals, in order of appearance
    std::map<Interval, std::size_t> m_intervalIndex;
    /// Per node and tie (in m_nodes, m_ties order): indices into m_intervalOrder.
    std::vector<std::vector<std::size_t>> m_nodeSpells;
    std::vector<std::vector<std::size_t>> m_tieSpells;
    std::vector<Interval> m_slices;  ///< the phases made from the intervals
};

// ---- writer -----------------------------------------------------------------------------------

/// viz:color, viz:size and viz:shape from attrs "color" ("#rrggbb"), "size" and "shape", so Gephi
/// draws a node as the file that orgweave read drew it.
void writeViz(pugi::xml_node& element, const json& attrs) {
    if (auto c = attrs.find("color"); c != attrs.end() && c->is_string()) {
        const std::string& text = c->get_ref<const std::string&>();
        unsigned r = 0, g = 0, b = 0;
        if (text.size() == 7 && text[0] == '#' &&
            std::sscanf(text.c_str() + 1, "%2x%2x%2x", &r, &g, &b) == 3) {
            pugi::xml_node color = element.append_child("viz:color");
            color.append_attribute("r") = r;
            color.append_attribute("g") = g;
            color.append_attribute("b") = b;
        }
    }
    if (auto s = attrs.find("size"); s != attrs.end() && s->is_number() && std::isfinite(s->get<double>()))
        element.append_child("viz:size").append_attribute("value") =
            interop::formatNumber(s->get<double>()).c_str();
    if (auto s = attrs.find("shape"); s != attrs.end() && s->is_string()) {
        static const std::set<std::string> kShapes{"disc", "square", "triangle", "diamond"};
        if (kShapes.count(s->get<std::string>()))
            element.append_child("viz:shape").append_attribute("value") = s->get<std::string>().c_str();
    }
}

std::optional<std::string_view> gexfType(const json& value) {
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

/// Scalar attrs that get their own column: title → (id, type); mixed types and our own titles do not.
std::map<std::string, std::pair<std::string, std::string>> attrColumns(const std::vector<const json*>& attrs,
                                                                       const std::set<std::string>& reserved,
                                                                       const std::string& prefix) {
    std::map<std::string, std::string> types;
    std::set<std::string> excluded;
    for (const json* object : attrs) {
        for (const auto& [name, value] : object->items()) {
            auto type = gexfType(value);
            if (!type || reserved.count(name)) {
                excluded.insert(name);
                continue;
            }
            auto [it, inserted] = types.emplace(name, std::string(*type));
            if (!inserted && it->second != *type) {
                const bool numbers = (it->second == "long" || it->second == "double") &&
                                     (*type == "long" || *type == "double");
                if (numbers) {
                    it->second = "double";
                } else {
                    excluded.insert(name);
                }
            }
        }
    }
    std::map<std::string, std::pair<std::string, std::string>> columns;
    std::size_t next = 0;
    for (const auto& [name, type] : types) {
        if (!excluded.count(name))
            columns.emplace(name, std::pair(prefix + std::to_string(next++), type));
    }
    return columns;
}

void addAttribute(pugi::xml_node attributes, const std::string& id, const std::string& title,
                  const std::string& type) {
    pugi::xml_node a = attributes.append_child("attribute");
    a.append_attribute("id") = id.c_str();
    a.append_attribute("title") = title.c_str();
    a.append_attribute("type") = type.c_str();
}

void addValue(pugi::xml_node& values, pugi::xml_node element, const std::string& id,
              const std::string& value) {
    if (!values)
        values = element.append_child("attvalues");
    pugi::xml_node v = values.append_child("attvalue");
    v.append_attribute("for") = id.c_str();
    v.append_attribute("value") = value.c_str();
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

/// xsd:date for GEXF spells: "2013" → "2013-01-01", "2013-06" → "2013-06-01".
std::string spellDate(const std::string& date) {
    if (date.size() == 4)
        return date + "-01-01";
    if (date.size() == 7)
        return date + "-01";
    return date;
}

void addSpells(pugi::xml_node element, const std::vector<std::string>& phaseIds,
               const std::map<std::string, const Phase*>& phases, bool& dynamic) {
    pugi::xml_node spells;
    for (const std::string& id : phaseIds) {
        auto it = phases.find(id);
        if (it == phases.end() || (it->second->start.empty() && it->second->end.empty()))
            continue;
        if (!spells)
            spells = element.append_child("spells");
        pugi::xml_node spell = spells.append_child("spell");
        if (!it->second->start.empty())
            spell.append_attribute("start") = spellDate(it->second->start).c_str();
        if (!it->second->end.empty())
            spell.append_attribute("end") = spellDate(it->second->end).c_str();
        dynamic = true;
    }
}

}  // namespace

std::string writeGexf(const Model& model, GexfVersion version) {
    const ordered_json doc = interop::nativeJson(model);
    const bool v13 = version == GexfVersion::V1_3;
    pugi::xml_document xml;
    pugi::xml_node root = xml.append_child("gexf");
    root.append_attribute("xmlns") = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
    root.append_attribute("xmlns:viz") = v13 ? "http://gexf.net/1.3/viz" : "http://www.gexf.net/1.2draft/viz";
    root.append_attribute("xmlns:orgweave") = kOrgweaveNamespace;
    root.append_attribute("version") = v13 ? "1.3" : "1.2";
    pugi::xml_node meta = root.append_child("meta");
    meta.append_child("creator").text().set("orgweave");
    const std::string& title = model.annotations.meta.title;
    const std::string& description = model.annotations.meta.description;
    if (!title.empty() || !description.empty())
        meta.append_child("description").text().set((description.empty() ? title : description).c_str());
    meta.append_child("orgweave:document").text().set(blobText(interop::documentBlob(doc)).c_str());

    const bool anyDirected =
        std::any_of(model.ties.begin(), model.ties.end(), [](const Tie& t) { return t.isDirected(); });
    pugi::xml_node graph = root.append_child("graph");
    graph.append_attribute("defaultedgetype") = anyDirected ? "directed" : "undirected";
    pugi::xml_attribute mode = graph.append_attribute("mode");
    mode = "static";

    std::vector<const json*> nodeAttrs;
    std::vector<const json*> tieAttrs;
    for (const Node& n : model.nodes)
        nodeAttrs.push_back(&n.attrs.get());
    for (const Tie& t : model.ties)
        tieAttrs.push_back(&t.attrs.get());
    const auto nodeColumns =
        attrColumns(nodeAttrs, {"kind", "type", "organization", "orgweave", "label"}, "na");
    const auto tieColumns = attrColumns(tieAttrs, {"kind", "orgweave", "label", "weight"}, "ea");

    pugi::xml_node nodeAttributes = graph.append_child("attributes");
    nodeAttributes.append_attribute("class") = "node";
    for (const char* name : {"kind", "type", "organization", "orgweave"})
        addAttribute(nodeAttributes, name, name, "string");
    for (const auto& [name, column] : nodeColumns)
        addAttribute(nodeAttributes, column.first, name, column.second);
    pugi::xml_node edgeAttributes = graph.append_child("attributes");
    edgeAttributes.append_attribute("class") = "edge";
    addAttribute(edgeAttributes, "e_kind", "kind", "string");
    addAttribute(edgeAttributes, "e_orgweave", "orgweave", "string");
    for (const auto& [name, column] : tieColumns)
        addAttribute(edgeAttributes, column.first, name, column.second);

    std::map<std::string, const Phase*> phases;
    for (const Phase& p : model.annotations.phases)
        phases.emplace(p.id, &p);
    bool dynamic = false;

    pugi::xml_node nodes = graph.append_child("nodes");
    const ordered_json& nodeJson = doc.at("nodes");
    for (std::size_t i = 0; i < model.nodes.size() && i < nodeJson.size(); ++i) {
        const Node& n = model.nodes[i];
        pugi::xml_node element = nodes.append_child("node");
        element.append_attribute("id") = n.id.c_str();
        if (!n.label.empty())
            element.append_attribute("label") = n.label.c_str();
        pugi::xml_node values;
        addValue(values, element, "kind", std::string(toString(n.kind)));
        if (!n.type.empty())
            addValue(values, element, "type", n.type);
        if (!n.organization.empty())
            addValue(values, element, "organization", n.organization);
        ordered_json blob = nodeJson[i];
        for (const char* field : {"id", "label", "kind", "type", "organization"})
            blob.erase(field);
        if (!blob.empty())
            addValue(values, element, "orgweave", blobText(blob));
        for (const auto& [name, value] : n.attrs.items()) {
            if (auto c = nodeColumns.find(name); c != nodeColumns.end())
                addValue(values, element, c->second.first, scalarText(value));
        }
        addSpells(element, n.phases, phases, dynamic);
        if (auto p = model.layout.positions.find(n.id); p != model.layout.positions.end()) {
            pugi::xml_node position = element.append_child("viz:position");
            position.append_attribute("x") = interop::formatNumber(p->second.x + 0.0).c_str();
            position.append_attribute("y") = interop::formatNumber(0.0 - p->second.y).c_str();  // never -0
            position.append_attribute("z") = "0";
        }
        writeViz(element, n.attrs);
    }
    pugi::xml_node edges = graph.append_child("edges");
    const ordered_json& tieJson = doc.at("ties");
    for (std::size_t i = 0; i < model.ties.size() && i < tieJson.size(); ++i) {
        const Tie& t = model.ties[i];
        pugi::xml_node element = edges.append_child("edge");
        element.append_attribute("id") = t.id.c_str();
        element.append_attribute("source") = t.source.c_str();
        element.append_attribute("target") = t.target.c_str();
        // No per-edge type: networkx refuses an undirected edge in a directed graph. Our own reader
        // takes each tie's direction from its kind and its JSON.
        if (t.weight)
            element.append_attribute("weight") = interop::formatNumber(*t.weight).c_str();
        if (!t.details->label.empty())
            element.append_attribute("label") = t.details->label.c_str();
        pugi::xml_node values;
        addValue(values, element, "e_kind", std::string(toString(t.kind)));
        ordered_json blob = tieJson[i];
        for (const char* field : {"id", "source", "target", "kind", "label", "weight"})
            blob.erase(field);
        if (!blob.empty())
            addValue(values, element, "e_orgweave", blobText(blob));
        for (const auto& [name, value] : t.attrs.items()) {
            if (auto c = tieColumns.find(name); c != tieColumns.end())
                addValue(values, element, c->second.first, scalarText(value));
        }
        addSpells(element, t.phases, phases, dynamic);
    }
    if (dynamic) {
        mode = "dynamic";
        graph.append_attribute("timeformat") = "date";
    }
    std::ostringstream out;
    xml.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str();
}

void saveGexf(const Model& model, const std::filesystem::path& path, GexfVersion version) {
    writeFileAtomically(path, writeGexf(model, version));
}

// ---- entry points -----------------------------------------------------------------------------

static LoadResult parseGexfUnguarded(std::string_view text, const std::string& fileName);

LoadResult parseGexf(std::string_view text, const std::string& fileName) {
    return readGuarded<LoadResult>(fileName, [&] { return parseGexfUnguarded(text, fileName); });
}

static LoadResult parseGexfUnguarded(std::string_view text, const std::string& fileName) {
    return GexfReader(text, fileName).read();
}

LoadResult loadGexf(const std::filesystem::path& path) {
    LoadResult result;
    if (auto text = readInputFile(path, N_("a GEXF file"), result.diagnostics))
        return parseGexf(*text, path.string());
    return result;
}

bool isGexfPath(const std::filesystem::path& path) {
    return lowercaseExtension(path) == ".gexf";
}

}  // namespace orgweave::core
