// GraphML import: files written by networkx 2.8, Gephi and yEd, the reference data sets, and every
// malformed case (a located diagnostic and no model, never a crash).
#include <orgweave/core/GraphmlFormat.hpp>

#include "TestModels.hpp"

#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <random>
#include <sstream>

using namespace orgweave::core;

namespace {

std::string dataPath(const std::string& name) {
    return std::string(ORGWEAVE_SOURCE_DIR) + "/tests/core/data/" + name;
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string allMessages(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics)
        out += d.format() + "\n";
    return out;
}

const Diagnostic* firstError(const LoadResult& r) {
    for (const auto& d : r.diagnostics) {
        if (d.severity == Severity::Error)
            return &d;
    }
    return nullptr;
}

std::size_t countWarnings(const LoadResult& r) {
    std::size_t n = 0;
    for (const auto& d : r.diagnostics)
        n += d.severity == Severity::Warning ? 1 : 0;
    return n;
}

/// A malformed input: no model, an error at `line` (and `column` when > 0) whose message holds `needle`.
void requireError(const std::string& text, int line, int column, const std::string& needle) {
    const LoadResult r = parseGraphml(text, "bad.graphml");
    INFO(text);
    INFO(allMessages(r.diagnostics));
    CHECK_FALSE(r.ok());
    const Diagnostic* e = firstError(r);
    REQUIRE(e != nullptr);
    CHECK(e->file == "bad.graphml");
    CHECK(e->line == line);
    if (column > 0)
        CHECK(e->column == column);
    CHECK(e->message.find(needle) != std::string::npos);
}

const char* kHead =
    "<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

}  // namespace

// ---- files written by other tools ---------------------------------------------------------------

TEST_CASE("networkx GraphML: typed node and edge data, key defaults, graph name, self-loop", "[graphml]") {
    const LoadResult r = loadGraphml(dataPath("networkx-typed.graphml"));
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    const Model& m = *r.model;
    CHECK(m.annotations.meta.title == "Typed attributes");

    REQUIRE(m.nodes.size() == 4);
    CHECK(m.nodes[0].id == "a");
    CHECK(m.nodes[1].id == "b");
    CHECK(m.nodes[2].id == "c");
    CHECK(m.nodes[3].id == "d");
    for (const Node& n : m.nodes)
        CHECK(n.kind == NodeKind::Role);

    const Node& a = m.nodes[0];
    CHECK(a.label == "Ann");
    CHECK_FALSE(a.attrs.contains("label"));  // the label is not repeated in attrs
    REQUIRE(a.attrs["age"].is_number_integer());
    CHECK(a.attrs["age"].get<int>() == 41);
    REQUIRE(a.attrs["score"].is_number_float());
    CHECK(a.attrs["score"].get<double>() == 0.75);
    REQUIRE(a.attrs["active"].is_boolean());  // networkx writes "True"
    CHECK(a.attrs["active"].get<bool>());
    CHECK(a.attrs["org"] == "hospital");
    CHECK(m.nodes[1].attrs["active"] == false);
    CHECK(m.nodes[2].attrs["score"].get<double>() == -2.25);
    CHECK(m.nodes[2].attrs["org"] == "unknown");  // <default> of the key
    CHECK(m.nodes[3].label.empty());
    CHECK(m.nodes[3].attrs == nlohmann::json{{"org", "unknown"}});

    REQUIRE(m.ties.size() == 4);
    const char* ids[] = {"e0", "e1", "e2", "e3"};
    const double weights[] = {2.5, 0.5, 1.0, 3.0};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(m.ties[i].id == ids[i]);
        CHECK(m.ties[i].kind == TieKind::Collaborates);
        CHECK_FALSE(m.ties[i].isDirected());
        REQUIRE(m.ties[i].weight.has_value());
        CHECK(*m.ties[i].weight == weights[i]);
        CHECK_FALSE(m.ties[i].attrs.contains("weight"));
    }
    CHECK(m.ties[0].attrs["kind"] == "formal");
    CHECK(m.ties[1].attrs["kind"] == "informal");  // edge key default
    CHECK(m.ties[3].source == "c");
    CHECK(m.ties[3].target == "c");  // self-loop kept; validate() warns, located at the edge
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].line == 47);
    CHECK(r.diagnostics[0].column == 5);
    CHECK(r.diagnostics[0].message.find("itself") != std::string::npos);
}

TEST_CASE("networkx GraphML: a directed graph with integer ids and an isolate", "[graphml]") {
    const LoadResult r = loadGraphml(dataPath("networkx-directed.graphml"));
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    REQUIRE(r.model->nodes.size() == 5);
    CHECK(r.model->nodes[4].id == "5");
    REQUIRE(r.model->ties.size() == 5);
    for (const Tie& t : r.model->ties)
        CHECK(t.isDirected());
    CHECK(r.model->ties[3].source == "3");
    CHECK(r.model->ties[3].target == "4");
    CHECK(r.model->ties[4].source == "4");
    CHECK(r.model->ties[4].target == "3");
}

TEST_CASE("networkx GraphML: an organization column groups people as organizations (issue 18)", "[graphml]") {
    const std::string text = R"(<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="organization" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="anna"><data key="d0">Kalnes hospital</data></node>
    <node id="bo"><data key="d0">Kalnes hospital</data></node>
    <node id="cai"><data key="d0">Moss</data></node>
    <node id="Moss"><data key="d0">Fredrikstad</data></node>
    <node id="dag"/>
    <edge source="anna" target="cai"/>
  </graph>
</graphml>)";
    const LoadResult r = parseGraphml(text, "people.graphml");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    const Model& m = *r.model;
    REQUIRE(m.nodes.size() == 5 + 3);
    const Node* kalnes = m.findNode("Kalnes hospital");
    REQUIRE(kalnes != nullptr);
    CHECK(kalnes->kind == NodeKind::Organization);
    CHECK(kalnes->label == "Kalnes hospital");
    CHECK(m.findNode("anna")->organization == "Kalnes hospital");
    CHECK(m.findNode("bo")->organization == "Kalnes hospital");
    CHECK_FALSE(m.findNode("anna")->attrs.contains("organization"));
    // "Moss" is already a person's id: the organization gets a prefixed id.
    CHECK(m.findNode("cai")->organization == "organization:Moss");
    CHECK(m.findNode("organization:Moss")->label == "Moss");
    CHECK(m.findNode("dag")->organization.empty());
}

TEST_CASE("networkx GraphML: a multigraph keeps parallel edges although its edge ids repeat", "[graphml]") {
    const LoadResult r = loadGraphml(dataPath("networkx-multigraph.graphml"));
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    REQUIRE(r.model->ties.size() == 3);
    CHECK(r.model->ties[0].id == "0");
    CHECK(r.model->ties[1].id == "1");
    CHECK(r.model->ties[2].id == "e2");  // networkx wrote id="0" again (the key of y–z)
    CHECK(r.model->ties[0].source == r.model->ties[1].source);
    CHECK(r.model->ties[0].target == r.model->ties[1].target);
    CHECK(*r.model->ties[1].weight == 2.0);
    REQUIRE(countWarnings(r) == 1);
    CHECK(r.diagnostics[0].line == 14);
    CHECK(r.diagnostics[0].message.find("reuse") != std::string::npos);
}

TEST_CASE("Gephi GraphML: label key, typed columns, edge weights and ids", "[graphml]") {
    const LoadResult r = loadGraphml(dataPath("gephi-export.graphml"));
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    const Model& m = *r.model;
    // Four people, and their organization column as three organizations (issue 18).
    REQUIRE(m.nodes.size() == 4 + 3);
    CHECK(m.nodes[0].label == "Practice consultant");
    CHECK(m.nodes[2].label == "Home care nurse lead");
    CHECK(m.nodes[0].organization == "Hospital trust");
    CHECK(m.findNode("Hospital trust")->kind == NodeKind::Organization);
    CHECK(m.nodes[2].attrs["Modularity Class"] == 1);
    CHECK(m.nodes[0].attrs["x"].get<double>() == -112.5);
    CHECK(m.nodes[0].attrs["r"] == 153);
    REQUIRE(m.ties.size() == 4);
    CHECK(m.ties[0].id == "0");
    CHECK(m.ties[3].id == "3");
    CHECK(*m.ties[2].weight == 3.0);
    CHECK(m.ties[1].attrs["Edge Label"] == "discharge planning");
    CHECK_FALSE(m.ties[0].isDirected());
}

TEST_CASE("yEd GraphML: NodeLabel/EdgeLabel, group nodes as organizations in file order, graphics ignored",
          "[graphml]") {
    const LoadResult r = loadGraphml(dataPath("yed-groups.graphml"));
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    const Model& m = *r.model;
    CHECK(m.annotations.meta.description == "Discharge of frail elderly patients");
    REQUIRE(m.nodes.size() == 4);
    CHECK(m.nodes[0].id == "n0");
    CHECK(m.nodes[0].label == "Hospital trust");       // the first (open) realizer's label
    CHECK(m.nodes[0].kind == NodeKind::Organization);  // a yEd group node is an organization
    for (std::size_t i = 1; i <= 2; ++i) {
        CHECK(m.nodes[i].kind == NodeKind::Role);
        CHECK(m.nodes[i].organization == "n0");  // its children belong to it
    }
    CHECK(m.nodes[3].organization.empty());
    CHECK(m.layout.positions.count("n0::n0") == 1);  // the centre of yEd's y:Geometry
    CHECK(m.nodes[1].id == "n0::n0");
    CHECK(m.nodes[1].label == "Practice consultant");  // text before the nested y:LabelModel
    CHECK(m.nodes[1].attrs["description"] == "GP employed 20 % by the hospital");
    CHECK(m.nodes[2].label == "Geriatrician");
    CHECK(m.nodes[3].id == "n1");
    CHECK(m.nodes[3].label == "Home care nurse lead");
    CHECK(m.nodes[0].attrs["url"] == "");
    for (const Node& n : m.nodes) {
        for (const auto& [key, value] : n.attrs.items()) {
            if (key != "width" && key != "height")
                CHECK(value.is_string());  // no graphics XML in attrs: fill, shape and size only
        }
    }
    REQUIRE(m.ties.size() == 2);  // in file order: e1 sits inside the group's nested graph, before e0
    CHECK(m.ties[0].id == "e1");
    CHECK(m.ties[0].source == "n0::n1");
    CHECK(m.ties[0].target == "n0::n0");
    CHECK(m.ties[0].isDirected());
    CHECK(m.ties[1].id == "e0");
    CHECK(m.ties[1].details->label == "discharge notes");
    CHECK(m.ties[1].attrs["description"] == "weekly call");
    CHECK(m.ties[1].isDirected());
}

TEST_CASE("the reference data sets load as networkx wrote them", "[graphml][reference]") {
    const std::string dir = std::string(ORGWEAVE_SOURCE_DIR) + "/tests/reference/data/";
    for (const char* name :
         {"krackhardt_kite", "karate", "florentine", "lesmis", "davis", "sbm", "directed"}) {
        INFO(name);
        const nlohmann::ordered_json expected =
            nlohmann::ordered_json::parse(readText(dir + name + ".networkx.json"));
        const LoadResult r = loadGraphml(dir + name + ".graphml");
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
        const Model& m = *r.model;
        REQUIRE(m.nodes.size() == expected["graph"]["nodes"].get<std::size_t>());
        CHECK(m.ties.size() == expected["graph"]["edges"].get<std::size_t>());
        std::size_t i = 0;
        for (const auto& [id, values] : expected["nodes"].items()) {
            CHECK(m.nodes[i].id == id);  // same order as networkx
            if (!expected["graph"]["partition_attribute"].is_null()) {
                const auto& attr =
                    m.nodes[i].attrs[expected["graph"]["partition_attribute"].get<std::string>()];
                const std::string group = attr.is_string() ? attr.get<std::string>() : attr.dump();
                CHECK(group == values["group"].get<std::string>());
            }
            ++i;
        }
        const bool directed = expected["graph"]["directed"].get<bool>();
        for (const Tie& t : m.ties)
            CHECK(t.isDirected() == directed);
    }
    const LoadResult kite = loadGraphml(dir + "krackhardt_kite.graphml");
    REQUIRE(kite.ok());
    CHECK(kite.model->nodes[3].label == "Diane");
}

// ---- malformed input ----------------------------------------------------------------------------

TEST_CASE("empty, blank and non-XML files are refused with a located message", "[graphml][malformed]") {
    requireError("", 1, 1, "empty");
    requireError("  \n\t\n", 1, 1, "empty");
    requireError("hello, this is not XML\n", 1, 0, "XML");
    requireError("source,target\na,b\n", 1, 0, "XML");
    requireError("<?xml version='1.0'?>\n<gexf version=\"1.3\"><graph/></gexf>\n", 2, 1,
                 "root element is <gexf>");
    requireError(std::string(kHead) + "  <key id=\"d0\" for=\"node\" attr.name=\"x\"/>\n</graphml>\n", 2, 1,
                 "no <graph>");
    requireError(std::string(kHead) + "<graph>\n  <node id=\"a\">\n</graph>\n</graphml>\n", 5, 0, "XML");
}

TEST_CASE("truncated GraphML gives an XML error near the end, never a crash", "[graphml][malformed]") {
    const std::string full = readText(dataPath("networkx-typed.graphml"));
    REQUIRE(parseGraphml(full, "t.graphml").ok());
    for (std::size_t cut : {full.size() / 4, full.size() / 2, full.size() - 30, full.size() - 2}) {
        const std::string text = full.substr(0, cut);
        const LoadResult r = parseGraphml(text, "cut.graphml");
        INFO(cut);
        INFO(allMessages(r.diagnostics));
        CHECK_FALSE(r.ok());
        const Diagnostic* e = firstError(r);
        REQUIRE(e != nullptr);
        CHECK(e->message.find("XML") != std::string::npos);
        const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
        CHECK(e->line >= lines - 1);
        CHECK(e->line <= lines);
    }
}

TEST_CASE("structural errors point at the element", "[graphml][malformed]") {
    const std::string h = kHead;
    requireError(h + "<graph edgedefault=\"undirected\">\n  <node id=\"a\"/>\n  <node/>\n</graph></graphml>",
                 5, 3, "without an id");
    requireError(h + "<graph edgedefault=\"undirected\">\n  <node id=\"a\"/>\n  <node id=\"b\"/>\n   <node "
                     "id=\"a\"/>\n"
                     "</graph></graphml>",
                 6, 4, "duplicate node id \"a\" (first declared at line 4, column 3)");
    requireError(
        h + "<graph edgedefault=\"undirected\">\n  <node id=\"a\"/>\n  <edge source=\"a\" target=\"zz\"/>\n"
            "</graph></graphml>",
        5, 3, "node \"zz\"");
    requireError(h + "<graph edgedefault=\"undirected\">\n  <node id=\"a\"/>\n  <edge "
                     "source=\"a\"/>\n</graph></graphml>",
                 5, 3, "no target");
    requireError(h + "<graph edgedefault=\"sideways\">\n  <node id=\"a\"/>\n</graph></graphml>", 3, 1,
                 "edgedefault");
    requireError(h + "<graph edgedefault=\"directed\">\n <node id=\"a\"/><node id=\"b\"/>\n <edge "
                     "source=\"a\" target=\"b\" "
                     "directed=\"maybe\"/>\n</graph></graphml>",
                 5, 2, "directed=\"maybe\"");
    // Deeply nested groups: refused, not a stack overflow.
    std::string deep = h + "<graph edgedefault=\"undirected\">\n";
    for (int i = 0; i < 200; ++i)
        deep += "<node id=\"n" + std::to_string(i) + "\"><graph>";
    for (int i = 0; i < 200; ++i)
        deep += "</graph></node>";
    deep += "\n</graph></graphml>\n";
    requireError(deep, 4, 0, "nested deeper");
}

TEST_CASE("data values must match the attr.type of their key and weights must be positive",
          "[graphml][malformed]") {
    const std::string keys =
        std::string(kHead) +
        "  <key id=\"age\" for=\"node\" attr.name=\"age\" attr.type=\"int\"/>\n"
        "  <key id=\"ok\" for=\"node\" attr.name=\"ok\" attr.type=\"boolean\"/>\n"
        "  <key id=\"s\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>\n"
        "  <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "  <key id=\"ws\" for=\"edge\" attr.name=\"Weight\" attr.type=\"string\"/>\n"
        "<graph edgedefault=\"undirected\">\n  <node id=\"a\"/><node id=\"b\"/>\n";  // lines 1-9
    const std::string tail = "\n</graph></graphml>\n";
    requireError(keys + "  <node id=\"c\"><data key=\"age\">forty</data></node>" + tail, 10, 16,
                 "value \"forty\" of \"age\" is not a whole number (key \"age\" declares attr.type=\"int\")");
    requireError(keys + "  <node id=\"c\"><data key=\"age\">4.5</data></node>" + tail, 10, 16,
                 "whole number");
    requireError(keys + "  <node id=\"c\"><data key=\"age\">99999999999999999999999</data></node>" + tail, 10,
                 16, "whole number");
    requireError(keys + "  <node id=\"c\"><data key=\"ok\">yes</data></node>" + tail, 10, 16,
                 "true or false");
    requireError(keys + "  <node id=\"c\"><data key=\"s\">1.2.3</data></node>" + tail, 10, 16, "a number");
    requireError(keys + "  <node id=\"c\"><data key=\"s\"></data></node>" + tail, 10, 16, "a number");
    requireError(keys + "  <edge source=\"a\" target=\"b\"><data key=\"w\">-1</data></edge>" + tail, 10, 3,
                 "positive number");
    requireError(keys + "  <edge source=\"a\" target=\"b\"><data key=\"w\">0</data></edge>" + tail, 10, 3,
                 "positive number");
    requireError(keys + "  <edge source=\"a\" target=\"b\"><data key=\"ws\">heavy</data></edge>" + tail, 10,
                 3, "positive number");
    requireError(std::string(kHead) +
                     "  <key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"long\">\n"
                     "    <default>many</default>\n  </key>\n<graph><node id=\"a\"/></graph></graphml>",
                 4, 5, "default \"many\"");

    SECTION("well-typed values with spaces, '+' and a weight as text are fine") {
        const LoadResult r =
            parseGraphml(keys +
                             "  <node id=\"c\"><data key=\"age\"> +7 </data><data key=\"ok\">0</data>"
                             "<data key=\"s\">1e3</data></node>\n"
                             "  <edge source=\"a\" target=\"c\"><data key=\"ws\">2.5</data></edge>" +
                             tail,
                         "ok.graphml");
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.model->nodes[2].attrs["age"] == 7);
        CHECK(r.model->nodes[2].attrs["ok"] == false);
        CHECK(r.model->nodes[2].attrs["score"].get<double>() == 1000.0);
        CHECK(*r.model->ties[0].weight == 2.5);
    }
}

TEST_CASE("recoverable oddities are warnings, located, and the model is kept", "[graphml]") {
    const std::string text = std::string(kHead) +
                             "  <key id=\"s\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>\n"
                             "<graph edgedefault=\"undirected\">\n"
                             "  <node id=\"a\"><data key=\"nope\">1</data></node>\n"  // line 5: unknown key
                             "  <node id=\"b\"><data key=\"s\">NaN</data></node>\n"   // line 6: not finite
                             "  <hyperedge><endpoint node=\"a\"/><endpoint node=\"b\"/></hyperedge>\n"
                             "  <edge source=\"a\" target=\"b\"/>\n"
                             "</graph>\n<graph edgedefault=\"undirected\"/>\n</graphml>\n";
    const LoadResult r = parseGraphml(text, "odd.graphml");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    REQUIRE(r.diagnostics.size() == 4);
    for (const auto& d : r.diagnostics)
        CHECK(d.severity == Severity::Warning);
    CHECK(r.diagnostics[0].line == 5);
    CHECK(r.diagnostics[0].message.find("\"nope\"") != std::string::npos);
    CHECK(r.diagnostics[1].line == 6);
    CHECK(r.model->nodes[1].attrs["score"].is_null());
    CHECK(r.diagnostics[2].line == 7);
    CHECK(r.diagnostics[2].message.find("hyperedge") != std::string::npos);
    CHECK(r.diagnostics[3].line == 10);
    CHECK(r.diagnostics[3].message.find("only the first <graph>") != std::string::npos);
    CHECK(r.model->ties.size() == 1);
    CHECK_FALSE(r.model->nodes[0].attrs.contains("nope"));
}

TEST_CASE("binary and random input never crashes", "[graphml][malformed]") {
    std::mt19937 rng(20240611);
    SECTION("5 MB of random bytes") {
        std::string noise(5u << 20, '\0');
        for (char& c : noise)
            c = static_cast<char>(rng() & 0xFF);
        const LoadResult r = parseGraphml(noise, "noise.graphml");
        CHECK_FALSE(r.ok());
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->line >= 1);
    }
    SECTION("random bytes behind a valid GraphML head") {
        std::string text = std::string(kHead) + "<graph>\n";
        for (int i = 0; i < 4096; ++i)
            text += static_cast<char>(rng() & 0xFF);
        const LoadResult r = parseGraphml(text, "noise.graphml");
        CHECK_FALSE(r.ok());
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->line >= 3);
    }
    SECTION("invalid UTF-8 inside a well-formed file") {
        const std::string text =
            std::string(kHead) + "<graph>\n<node id=\"Troms\xF8\"/>\n</graph></graphml>\n";
        const LoadResult r = parseGraphml(text, "latin1.graphml");
        CHECK_FALSE(r.ok());
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->line == 4);
        CHECK(firstError(r)->column == 16);
        CHECK(firstError(r)->message.find("UTF-8") != std::string::npos);
    }
    SECTION("single-byte mutations of a real file: a model or an error, never a crash") {
        const std::string original = readText(dataPath("yed-groups.graphml"));
        for (int i = 0; i < 300; ++i) {
            std::string text = original;
            for (int k = 0; k < 3; ++k)
                text[rng() % text.size()] = static_cast<char>(rng() & 0xFF);
            const LoadResult r = parseGraphml(text, "mutated.graphml");
            CHECK((r.ok() || firstError(r) != nullptr));
        }
    }
    SECTION("entity declarations are not expanded") {
        const std::string text =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
            "\"&lol;&lol;&lol;&lol;\">]>\n"
            "<graphml><graph><node id=\"&lol2;\"/></graph></graphml>\n";
        const LoadResult r = parseGraphml(text, "lol.graphml");
        if (r.ok())
            CHECK(r.model->nodes.at(0).id.size() < 16);
    }
}

TEST_CASE("Latin-1 and UTF-16 files are read, and errors keep their lines", "[graphml]") {
    SECTION("declared ISO-8859-1") {
        const std::string text =
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml>\n"
            "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n<graph>\n"
            "<node id=\"a\"><data key=\"l\">Troms\xF8</data></node>\n<node id=\"b\"/>\n"
            "<edge source=\"a\" target=\"b\"/>\n</graph></graphml>\n";
        const LoadResult r = parseGraphml(text, "latin1.graphml");
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.model->nodes[0].label == "Troms\xC3\xB8");  // UTF-8 inside
    }
    SECTION("UTF-16 little endian with a BOM") {
        const std::string ascii =
            std::string(kHead) +
            "<graph edgedefault=\"undirected\">\n  <node id=\"a\"/>\n  <edge source=\"a\" target=\"q\"/>\n"
            "</graph></graphml>\n";
        std::string utf16 = "\xFF\xFE";
        for (char c : ascii) {
            utf16 += c;
            utf16 += '\0';
        }
        requireError(utf16, 5, 3, "node \"q\"");
    }
}

TEST_CASE("loadGraphml reports unreadable paths and isGraphmlPath knows the extension", "[graphml]") {
    const LoadResult missing = loadGraphml(dataPath("does-not-exist.graphml"));
    CHECK_FALSE(missing.ok());
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].message.find("cannot read") != std::string::npos);
    const LoadResult folder = loadGraphml(dataPath(""));
    CHECK_FALSE(folder.ok());
    CHECK(isGraphmlPath("x/net.graphml"));
    CHECK(isGraphmlPath("NET.GraphML"));
    CHECK_FALSE(isGraphmlPath("net.graphml.json"));
    CHECK_FALSE(isGraphmlPath("net.gexf"));
}

TEST_CASE("loadGraphml refuses a file above kMaxDocumentBytes before reading it", "[graphml][malformed]") {
    orgweave::test::TempDir dir;
    const auto path = dir / "huge.graphml";
    { std::ofstream(path, std::ios::binary) << "x"; }
    std::error_code ec;
    std::filesystem::resize_file(path, kMaxDocumentBytes + 1, ec);  // sparse: no disk space used
    if (ec)
        return;  // a file system without sparse files: nothing to check
    const LoadResult r = loadGraphml(path);
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("too large") != std::string::npos);
}
