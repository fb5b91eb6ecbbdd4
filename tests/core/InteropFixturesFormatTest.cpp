// Files written by networkx 2.8 (tests/reference/make_interop_fixtures.py, outputs committed in
// tests/core/data/interop/): every format reads with networkx's counts and attribute values.
#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/PajekFormat.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using namespace orgweave::core;

namespace {

std::string interopPath(const std::string& name) {
    return std::string(ORGWEAVE_SOURCE_DIR) + "/tests/core/data/interop/" + name;
}

nlohmann::json expected() {
    std::ifstream in(interopPath("expected.json"));
    return nlohmann::json::parse(in);
}

std::string allMessages(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics)
        out += d.format() + "\n";
    return out;
}

std::size_t degree(const Model& m, const std::string& id) {
    std::size_t d = 0;
    for (const Tie& t : m.ties)
        d += (t.source == id ? 1 : 0) + (t.target == id ? 1 : 0);
    return d;
}

const Tie* tieBetween(const Model& m, const std::string& a, const std::string& b) {
    for (const Tie& t : m.ties) {
        if ((t.source == a && t.target == b) || (t.source == b && t.target == a))
            return &t;
    }
    return nullptr;
}

LoadResult loadChecked(const std::string& file) {
    const std::string path = interopPath(file);
    if (isGraphmlPath(path))
        return loadGraphml(path);
    if (isGexfPath(path))
        return loadGexf(path);
    if (isPajekPath(path))
        return loadPajek(path);
    return loadCsv(path);
}

}  // namespace

TEST_CASE("networkx fixtures read with networkx's node and edge counts in every format",
          "[formats][networkx]") {
    const nlohmann::json e = expected();
    CHECK(e["networkx"] == "2.8.8");
    for (const auto& [name, graph] : e["graphs"].items()) {
        for (const char* ext : {".graphml", ".gexf", ".net", ".csv"}) {
            const std::string file = name + ext;
            if (!std::ifstream(interopPath(file)))
                continue;
            INFO(file);
            const LoadResult r = loadChecked(file);
            INFO(allMessages(r.diagnostics));
            REQUIRE(r.ok());
            const bool csvWithoutIsolates = std::string(ext) == ".csv";  // an edge list names no isolates
            if (!csvWithoutIsolates)
                CHECK(r.model->nodes.size() == graph["nodes"].get<std::size_t>());
            CHECK(r.model->ties.size() == graph["edges"].get<std::size_t>());
            CHECK(r.model->nodes.front().id == graph["first_node"].get<std::string>());
            for (const Tie& t : r.model->ties) {
                CHECK(t.kind == TieKind::Collaborates);
                CHECK(t.isDirected() == graph["directed"].get<bool>());
            }
        }
    }
}

TEST_CASE("networkx karate club: club attribute weights and degrees survive each format",
          "[formats][networkx]") {
    const nlohmann::json e = expected();
    for (const char* file : {"karate.graphml", "karate.gexf", "karate.net", "karate.csv"}) {
        INFO(file);
        const LoadResult r = loadChecked(file);
        REQUIRE(r.ok());
        const Model& m = *r.model;
        CHECK(degree(m, "0") == e["karate_degree_0"].get<std::size_t>());
        const Tie* t = tieBetween(m, "0", "1");
        REQUIRE(t != nullptr);
        REQUIRE(t->weight.has_value());
        CHECK(*t->weight == e["karate_weight_0_1"].get<double>());
        for (const Node& n : m.nodes)
            CHECK(n.kind == NodeKind::Role);
    }
    for (const char* file : {"karate.graphml", "karate.gexf"}) {
        INFO(file);
        const LoadResult r = loadChecked(file);
        REQUIRE(r.ok());
        CHECK(r.model->nodes[0].attrs["club"] == e["karate_club_of_node_0"]);
        CHECK(r.model->annotations.meta.title.empty() ==
              (std::string(file).find("gexf") != std::string::npos));
    }
    const LoadResult graphml = loadChecked("karate.graphml");
    REQUIRE(graphml.ok());
    CHECK(graphml.model->annotations.meta.title == "Zachary's karate club");
}

TEST_CASE("networkx florentine families and les miserables keep labels and weights", "[formats][networkx]") {
    const nlohmann::json e = expected();
    for (const char* file : {"florentine.graphml", "florentine.gexf", "florentine.net", "florentine.csv"}) {
        INFO(file);
        const LoadResult r = loadChecked(file);
        REQUIRE(r.ok());
        CHECK(degree(*r.model, "Medici") == e["florentine_degree_Medici"].get<std::size_t>());
    }
    for (const char* file : {"lesmis.graphml", "lesmis.gexf", "lesmis.net", "lesmis.csv"}) {
        INFO(file);
        const LoadResult r = loadChecked(file);
        REQUIRE(r.ok());
        const Tie* t = tieBetween(*r.model, "Napoleon", "Myriel");
        REQUIRE(t != nullptr);
        CHECK(t->weight.value_or(1.0) == e["lesmis_weight_Napoleon_Myriel"].get<double>());
    }
    const LoadResult gexf = loadChecked("lesmis.gexf");
    REQUIRE(gexf.ok());
    CHECK(gexf.model->nodes[0].label == "Napoleon");  // networkx writes label = the node's name
}

TEST_CASE("networkx typed graph: kinds containment attribute types positions and parallel edges",
          "[formats][networkx]") {
    for (const char* file : {"typed.graphml", "typed.gexf"}) {
        INFO(file);
        const LoadResult r = loadChecked(file);
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        const Model& m = *r.model;
        REQUIRE(m.nodes.size() == 3);
        CHECK(m.nodes[0].kind == NodeKind::Organization);  // our plain `kind` key
        CHECK(m.nodes[0].label == "Hospital trust");
        CHECK(m.nodes[0].attrs["beds"] == 612);
        CHECK(m.nodes[0].attrs["beds"].is_number_integer());
        CHECK(m.nodes[0].attrs["share"] == 0.25);
        CHECK(m.nodes[0].attrs["public"] == true);
        CHECK(m.nodes[1].kind == NodeKind::Role);
        CHECK(m.nodes[1].organization == "hf");  // names an organization node: containment
        CHECK_FALSE(m.nodes[1].attrs.contains("organization"));
        REQUIRE(m.ties.size() == 3);
        for (const Tie& t : m.ties)
            CHECK(t.isDirected());
        CHECK(*m.ties[0].weight == 2.0);
        CHECK(*m.ties[1].weight == 1.0);
        CHECK(*m.ties[2].weight == 0.5);
        CHECK(m.ties[0].source == "pko");
        CHECK(m.ties[2].source == "gp");
    }
    const LoadResult graphml = loadChecked("typed.graphml");
    REQUIRE(graphml.ok());
    REQUIRE(graphml.model->layout.positions.count("hf") == 1);
    CHECK(graphml.model->layout.positions.at("hf") == Point{10.0, -20.5});  // x and y keys
}

TEST_CASE("networkx dynamic GEXF: each interval becomes a phase and spells set node phases",
          "[formats][networkx][gexf]") {
    const LoadResult r = loadChecked("dynamic.gexf");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    const Model& m = *r.model;
    REQUIRE(m.annotations.phases.size() == 2);
    CHECK(m.annotations.phases[0].id == "p1");
    CHECK(m.annotations.phases[0].start == "2013-01-01");
    CHECK(m.annotations.phases[0].end == "2014-06-30");
    CHECK(m.annotations.phases[1].start == "2014-07-01");
    CHECK(m.annotations.phases[1].end.empty());
    CHECK(m.nodes[0].phases == std::vector<std::string>{"p1"});
    CHECK(m.nodes[1].phases == std::vector<std::string>{"p1"});
    CHECK(m.nodes[2].phases == std::vector<std::string>{"p2"});
    CHECK(m.nodes[3].phases.empty());
    CHECK(m.ties[0].phases == std::vector<std::string>{"p1"});
    CHECK(m.ties[1].phases.empty());
}
