// Files in the shapes UCINET, Pajek, Cytoscape, SocNetV, yEd, Gephi, Kumu, NetDraw, networkx and
// igraph write (tests/core/data/interop/<tool>/, see the README there for the versions mirrored),
// and the hostile inputs of issue 20 for these readers.
#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GmlFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/PajekFormat.hpp>
#include <orgweave/core/UcinetDlFormat.hpp>
#include <orgweave/core/VnaFormat.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

using namespace orgweave::core;

namespace {

std::string fixture(const std::string& name) {
    return std::string(ORGWEAVE_SOURCE_DIR) + "/tests/core/data/interop/" + name;
}

std::string allMessages(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics)
        out += d.format() + "\n";
    return out;
}

/// A model read without errors (warnings allowed; they are printed when a check fails).
Model readOk(const LoadResult& r) {
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    return *r.model;
}

const Node& nodeOf(const Model& m, const std::string& id) {
    const auto it = std::find_if(m.nodes.begin(), m.nodes.end(), [&](const Node& n) { return n.id == id; });
    REQUIRE(it != m.nodes.end());
    return *it;
}

/// Ties from a to b (either way round for undirected ties) with attrs "relation" `relation` ("" any).
std::vector<const Tie*> tiesBetween(const Model& m, const std::string& a, const std::string& b,
                                    const std::string& relation = {}) {
    std::vector<const Tie*> out;
    for (const Tie& t : m.ties) {
        const bool forward = t.source == a && t.target == b;
        const bool backward = !t.isDirected() && t.source == b && t.target == a;
        const bool related =
            relation.empty() || (t.attrs.contains("relation") && t.attrs["relation"] == relation);
        if ((forward || backward) && related)
            out.push_back(&t);
    }
    return out;
}

/// The first diagnostic whose message holds `needle`, or nullptr.
const Diagnostic* find(const LoadResult& r, const std::string& needle) {
    for (const Diagnostic& d : r.diagnostics) {
        if (d.message.find(needle) != std::string::npos)
            return &d;
    }
    return nullptr;
}

}  // namespace

// ---- UCINET DL -------------------------------------------------------------------------------

TEST_CASE("UCINET DL as UCINET writes it: two matrices become two relations between the same nodes",
          "[formats][dl][tools]") {
    const Model m = readOk(loadUcinetDl(fixture("ucinet/two-relations-fullmatrix.dl")));
    REQUIRE(m.nodes.size() == 4);
    CHECK(m.nodes[0].id == "ANN");
    CHECK(m.ties.size() == 7);  // FRIEND: 3 mutual pairs; ADVICE: 4 arcs
    CHECK(tiesBetween(m, "ANN", "BOB", "FRIEND").size() == 1);
    CHECK_FALSE(tiesBetween(m, "ANN", "BOB", "FRIEND")[0]->isDirected());
    CHECK(tiesBetween(m, "CAROL", "DAVE", "FRIEND").size() == 1);
    REQUIRE(tiesBetween(m, "ANN", "BOB", "ADVICE").size() == 1);
    CHECK(tiesBetween(m, "ANN", "BOB", "ADVICE")[0]->isDirected());
    CHECK(tiesBetween(m, "DAVE", "ANN", "ADVICE").size() == 1);
    CHECK(tiesBetween(m, "ANN", "DAVE", "ADVICE").empty());
}

TEST_CASE("UCINET DL: diagonal absent, labels embedded, edgelist1, edgelist and nodelist1",
          "[formats][dl][tools]") {
    const Model absent = readOk(loadUcinetDl(fixture("ucinet/diagonal-absent.dl")));
    CHECK(absent.nodes.size() == 3);
    REQUIRE(absent.ties.size() == 2);
    CHECK(tiesBetween(absent, "A", "B").size() == 1);
    CHECK(tiesBetween(absent, "B", "C").size() == 1);

    const Model embedded = readOk(loadUcinetDl(fixture("ucinet/labels-embedded.dl")));
    CHECK(embedded.nodes.size() == 5);
    CHECK(embedded.nodes[4].id == "Zoe");
    CHECK(tiesBetween(embedded, "Bill", "Jim").size() == 1);
    CHECK(tiesBetween(embedded, "Jan", "Zoe").size() == 1);  // Jan→Zoe and Zoe→Jan: one mutual tie
    CHECK_FALSE(tiesBetween(embedded, "Jan", "Zoe")[0]->isDirected());

    const Model edges = readOk(loadUcinetDl(fixture("ucinet/edgelist1-labels.dl")));
    CHECK(edges.nodes.size() == 5);
    CHECK(edges.nodes[3].id == "billy");
    CHECK(tiesBetween(edges, "billy", "jim").size() == 1);
    CHECK(tiesBetween(edges, "jim", "george").size() == 1);  // 1→3 and 3→1: one mutual tie

    const Model alias = readOk(loadUcinetDl(fixture("ucinet/edgelist-alias.dl")));
    CHECK(alias.nodes.size() == 6);  // N=6: the isolates 5 and 6 exist
    REQUIRE(tiesBetween(alias, "3", "4").size() == 1);
    CHECK(tiesBetween(alias, "3", "4")[0]->weight == 2.5);

    const Model nodes = readOk(loadUcinetDl(fixture("ucinet/nodelist1.dl")));
    CHECK(nodes.ties.size() == 4);  // A→B, A→C, B→C and D→A
    CHECK(tiesBetween(nodes, "D", "A").size() == 1);
}

TEST_CASE("UCINET DL writer: the header on its own lines, one matrix per relation", "[formats][dl][tools]") {
    const Model m = readOk(loadUcinetDl(fixture("ucinet/two-relations-fullmatrix.dl")));
    Diagnostics warnings;
    const std::string text = writeUcinetDl(m, warnings, "out.dl");
    CHECK(text.rfind("DL N=4 NM=2\nFORMAT = FULLMATRIX DIAGONAL PRESENT\nROW LABELS:\n", 0) == 0);
    CHECK(text.find("COLUMN LABELS:\n") != std::string::npos);
    CHECK(text.find("LEVEL LABELS:\n\"FRIEND\"\n\"ADVICE\"\n") != std::string::npos);
    const Model back = readOk(parseUcinetDl(text, "out.dl"));
    CHECK(back.ties.size() == m.ties.size());
    CHECK(tiesBetween(back, "DAVE", "ANN", "ADVICE").size() == 1);
}

// ---- Pajek -----------------------------------------------------------------------------------

TEST_CASE("Pajek: relations, drawing options as attributes, labels as names", "[formats][pajek][tools]") {
    const Model m = readOk(loadPajek(fixture("pajek/relations.net")));
    CHECK(m.annotations.meta.title == "Advice and friendship");
    REQUIRE(m.nodes.size() == 4);
    const Node& ann = nodeOf(m, "Ann");
    CHECK(ann.attrs["color"] == "#ff0000");
    CHECK(ann.attrs["border_color"] == "#000000");
    CHECK(ann.attrs["shape"] == "box");
    CHECK(nodeOf(m, "Bob").attrs["shape"] == "ellipse");
    CHECK(m.layout.positions.at("Carol Smith") == Point{0.5, 0.6});
    REQUIRE(tiesBetween(m, "Bob", "Carol Smith", "advice").size() == 1);
    CHECK(tiesBetween(m, "Bob", "Carol Smith", "advice")[0]->weight == 2.0);
    CHECK(tiesBetween(m, "Ann", "Carol Smith", "friendship").size() == 1);
    const auto blue = tiesBetween(m, "Carol Smith", "Dave", "friendship");
    REQUIRE(blue.size() == 1);
    CHECK(blue[0]->attrs["color"] == "#0000ff");

    Diagnostics warnings;
    const std::string text = writePajek(m, warnings, "out.net");
    CHECK(text.find("3 \"Carol Smith\" 0.5 0.6") != std::string::npos);
    CHECK(text.find("*Arcs :1 \"advice\"") != std::string::npos);
    CHECK(text.find("*Edges :2 \"friendship\"") != std::string::npos);
}

TEST_CASE("Pajek writer keeps labels as vertex names and ids in comments", "[formats][pajek][tools]") {
    Model m;
    for (const auto& [id, label] : {std::pair{"so", "Hospital trust"}, std::pair{"mun", "Municipality"}}) {
        Node n;
        n.id = id;
        n.label = label;
        m.nodes.push_back(std::move(n));
    }
    Tie& t = m.ties.emplace_back();
    t.id = "e0";
    t.source = "so";
    t.target = "mun";
    Diagnostics warnings;
    const std::string text = writePajek(m, warnings, "out.net");
    CHECK(text.find("1 \"Hospital trust\"") != std::string::npos);
    CHECK(text.find("% orgweave-id 1 so") != std::string::npos);
    const Model back = readOk(parsePajek(text, "out.net"));
    CHECK(back.nodes[0].id == "so");
    CHECK(back.nodes[0].label == "Hospital trust");
    for (const Diagnostic& w : warnings)
        CHECK(w.message.find("labels") == std::string::npos);
}

TEST_CASE("Pajek: *Matrix sections and .paj projects with partitions and vectors",
          "[formats][pajek][tools]") {
    const Model matrix = readOk(loadPajek(fixture("pajek/matrix.net")));
    REQUIRE(matrix.ties.size() == 2);
    CHECK_FALSE(tiesBetween(matrix, "a", "b", "trust")[0]->isDirected());
    REQUIRE(tiesBetween(matrix, "b", "c", "trust").size() == 1);
    CHECK(tiesBetween(matrix, "b", "c")[0]->isDirected());
    CHECK(tiesBetween(matrix, "b", "c")[0]->weight == 2.0);

    const LoadResult project = loadPajek(fixture("pajek/project.paj"));
    const Model m = readOk(project);
    CHECK(m.annotations.meta.title == "Collaboration");
    REQUIRE(m.nodes.size() == 3);
    CHECK(m.ties.size() == 2);
    CHECK(nodeOf(m, "b").attrs["Sector"] == 2);
    CHECK(nodeOf(m, "a").attrs["Age"] == 34.5);
    CHECK(find(project, "holds 2 networks; only the first is read") != nullptr);
}

TEST_CASE("Pajek: weights and coordinates that are not finite numbers are dropped with warnings",
          "[formats][pajek][tools][hostile]") {
    const LoadResult r = loadPajek(fixture("pajek/not-finite.net"));
    const Model m = readOk(r);
    CHECK(m.layout.positions.count("a") == 0);
    CHECK(m.layout.positions.count("b") == 0);
    CHECK(m.layout.positions.count("c") == 1);
    CHECK(m.ties.size() == 3);
    CHECK_FALSE(m.ties[0].weight.has_value());
    const Diagnostic* weight = find(r, "weight nan is not a finite number");
    REQUIRE(weight != nullptr);
    CHECK(weight->line == 6);
    CHECK(find(r, "2 weights or matrix values in all") != nullptr);
    const Diagnostic* coordinates = find(r, "not finite numbers; its position is dropped");
    REQUIRE(coordinates != nullptr);
    CHECK(coordinates->line == 2);
}

TEST_CASE("A header that claims a million nodes allocates only what the file names",
          "[formats][tools][hostile]") {
    const LoadResult pajek = loadPajek(fixture("pajek/header-claims-million.net"));
    const Model p = readOk(pajek);
    CHECK(p.nodes.size() == 2);
    CHECK(find(pajek, "are not created") != nullptr);
    const LoadResult dl = loadUcinetDl(fixture("ucinet/header-claims-million.dl"));
    const Model d = readOk(dl);
    CHECK(d.nodes.size() == 2);
    CHECK(find(dl, "they are not created") != nullptr);
}

TEST_CASE("Readers say a file of blank lines is empty", "[formats][tools][hostile]") {
    const std::string blank(1 << 20, '\n');
    for (auto parse : {parsePajek(blank, "b.net"), parseUcinetDl(blank, "b.dl"), parseGexf(blank, "b.gexf"),
                       parseGraphml(blank, "b.graphml"), parseGml(blank, "b.gml"), parseVna(blank, "b.vna"),
                       parseEdgeListCsv(blank, "b.csv")}) {
        INFO(allMessages(parse.diagnostics));
        CHECK_FALSE(parse.ok());
        REQUIRE_FALSE(parse.diagnostics.empty());
        CHECK((parse.diagnostics[0].message.find("empty") != std::string::npos));
    }
}

// ---- GraphML ---------------------------------------------------------------------------------

TEST_CASE("GraphML as Cytoscape writes it: one key id declared for several domains",
          "[formats][graphml][tools]") {
    const LoadResult r = loadGraphml(fixture("graphml/cytoscape-3.10.graphml"));
    const Model m = readOk(r);
    REQUIRE(m.nodes.size() == 3);
    CHECK(m.nodes[0].label == "Hospital");  // the node key "name"
    CHECK(m.nodes[0].attrs["Degree"] == 2);
    REQUIRE(m.ties.size() == 3);
    CHECK(m.ties[0].weight == 2.0);
    CHECK(m.ties[0].attrs["name"] == "Hospital (pp) Municipality");  // the edge key "name"
    CHECK(m.ties[0].attrs["interaction"] == "pp");
    CHECK(find(r, "duplicate key") == nullptr);
    CHECK(find(r, "is declared for") == nullptr);
}

TEST_CASE("GraphML as SocNetV writes it: x_coordinate and y_coordinate are positions",
          "[formats][graphml][tools]") {
    const Model m = readOk(loadGraphml(fixture("graphml/socnetv-3.1.graphml")));
    REQUIRE(m.nodes.size() == 2);
    CHECK(m.nodes[0].label == "Ann");
    CHECK(m.layout.positions.at("1") == Point{250.0, 500.0});
    CHECK(m.layout.positions.at("2") == Point{750.0, 125.0});
    CHECK(m.nodes[0].attrs["color"] == "#ff0000");
    CHECK(m.nodes[1].attrs["shape"] == "box");
    CHECK(m.ties[0].weight == 2.0);
}

TEST_CASE("GraphML as yEd writes it: multi-line labels, fills and shapes kept", "[formats][graphml][tools]") {
    const Model m = readOk(loadGraphml(fixture("graphml/yed-3.23-labels-fills.graphml")));
    REQUIRE(m.nodes.size() == 2);
    CHECK(m.nodes[0].label == "Practice\nconsultant");
    CHECK(m.nodes[0].attrs["color"] == "#ffcc00");
    CHECK(m.nodes[0].attrs["shape"] == "roundrectangle");
    CHECK(m.nodes[0].attrs["width"] == 120.0);
    CHECK(m.nodes[1].attrs["color"] == "#99ccff");  // yEd's #RRGGBBAA
    CHECK(m.layout.positions.at("n0") == Point{160.0, 70.0});
    REQUIRE(m.ties.size() == 1);
    CHECK(m.ties[0].attrs["color"] == "#336699");
}

TEST_CASE("GraphML: &#0; and lone surrogates, garbage and two roots are warned about",
          "[formats][graphml][hostile]") {
    const LoadResult refs = loadGraphml(fixture("graphml/hostile-character-references.graphml"));
    const Model m = readOk(refs);
    CHECK(m.nodes[0].label == "Ann\xEF\xBF\xBDLee");  // the text after &#0; is kept
    CHECK(m.nodes[1].label ==
          "Bob\xEF\xBF\xBD"
          "Berg");
    const Diagnostic* w = find(refs, "2 character(s) such as &#0; that XML cannot hold");
    REQUIRE(w != nullptr);
    CHECK(w->line == 5);

    const LoadResult garbage = loadGraphml(fixture("graphml/trailing-garbage.graphml"));
    CHECK(readOk(garbage).nodes.size() == 2);
    const Diagnostic* after = find(garbage, "text after the root element is ignored");
    REQUIRE(after != nullptr);
    CHECK(after->line == 7);

    const LoadResult before = parseGraphml("junk<graphml><graph/></graphml>", "b.graphml");
    CHECK(find(before, "text before the root element is ignored") != nullptr);

    const LoadResult roots = loadGraphml(fixture("graphml/two-roots.graphml"));
    CHECK(readOk(roots).nodes.size() == 2);
    const Diagnostic* second = find(roots, "a second root element <graphml> is ignored");
    REQUIRE(second != nullptr);
    CHECK(second->line == 5);
}

// ---- Gephi: CSV and GEXF ---------------------------------------------------------------------

TEST_CASE("Gephi edge table with its node table: Type per tie, Kind as relation, numbers as numbers",
          "[formats][csv][tools]") {
    const Model m = readOk(loadCsv(fixture("gephi/collab-edges.csv")));
    REQUIRE(m.nodes.size() == 3);
    CHECK(nodeOf(m, "hospital").label == "Hospital trust");
    CHECK(nodeOf(m, "hospital").attrs["Degree"] == 2);
    CHECK(nodeOf(m, "hospital").attrs["postcode"] == "0401");  // leading zeros: text
    REQUIRE(m.ties.size() == 3);
    CHECK(m.ties[0].id == "0");
    CHECK_FALSE(m.ties[0].isDirected());
    CHECK(m.ties[0].kind == TieKind::Collaborates);
    CHECK(m.ties[0].attrs["relation"] == "partnership");  // Gephi's Kind: a relation, not our tie kind
    CHECK(m.ties[1].isDirected());
    CHECK(m.ties[1].attrs["relation"] == "referral");
    CHECK(m.ties[1].weight == 5.0);
    CHECK(m.ties[1].details->label == "referrals");

    const Model nodesAlone = readOk(loadCsv(fixture("gephi/collab-nodes.csv")));
    CHECK(nodesAlone.nodes.size() == 3);  // found its edge table by name: collab-nodes ↔ collab-edges
    CHECK(nodesAlone.ties.size() == 3);
}

TEST_CASE("Gephi adjacency matrix and adjacency list CSVs", "[formats][csv][tools]") {
    const Model matrix = readOk(loadCsv(fixture("gephi/adjacency-matrix.csv")));
    CHECK(matrix.nodes.size() == 3);
    CHECK(matrix.ties.size() == 3);
    REQUIRE(tiesBetween(matrix, "Bob", "Carol").size() == 1);
    CHECK(tiesBetween(matrix, "Bob", "Carol")[0]->weight == 2.0);
    const Model list = readOk(loadCsv(fixture("gephi/adjacency-list.csv")));
    CHECK(list.nodes.size() == 3);
    CHECK(list.ties.size() == 4);
    CHECK(tiesBetween(list, "Ann", "Carol").size() == 1);
    CHECK(tiesBetween(list, "Carol", "Ann").size() == 1);
}

TEST_CASE("GEXF as Gephi writes it: viz kept, parents and nested edges read, no -0",
          "[formats][gexf][tools]") {
    const Model m = readOk(loadGexf(fixture("gephi/gephi-0.10-viz.gexf")));
    REQUIRE(m.nodes.size() == 3);
    const Node& hospital = nodeOf(m, "hospital");
    CHECK(hospital.attrs["color"] == "#e66101");
    CHECK(hospital.attrs["size"] == 20.0);
    CHECK(hospital.attrs["shape"] == "square");
    CHECK(nodeOf(m, "ward").attrs["opacity"] == 0.5);
    CHECK(nodeOf(m, "ward").attrs["parent"] == "hospital");
    CHECK(nodeOf(m, "municipality").attrs["parent"] == "hospital");
    REQUIRE(m.ties.size() == 2);  // the edge nested in <node id="municipality"> too
    CHECK(tiesBetween(m, "municipality", "ward").size() == 1);
    CHECK(m.ties[0].attrs["thickness"] == 3.0);
    const Point p = m.layout.positions.at("hospital");
    CHECK_FALSE(std::signbit(p.y));  // y = 0.0 in the file: +0, never -0

    const std::string text = writeGexf(m, GexfVersion::V1_3);
    CHECK(text.find("\"-0\"") == std::string::npos);
    CHECK(text.find("<viz:color r=\"230\" g=\"97\" b=\"1\"") != std::string::npos);
    CHECK(text.find("<viz:shape value=\"square\"") != std::string::npos);
}

TEST_CASE("GEXF time spans become phases as time slices", "[formats][gexf][tools]") {
    const Model m = readOk(loadGexf(fixture("gephi/dynamic-spells-1.2.gexf")));
    // Points 2013-01-01, 2014-01-01, 2014-06-30, 2015-01-01, 2016-12-31, and gp's open end.
    const auto& phases = m.annotations.phases;
    REQUIRE(phases.size() == 5);
    CHECK(phases[0].start == "2013-01-01");
    CHECK(phases[0].end == "2014-01-01");
    CHECK(phases[1].end == "2014-06-30");
    CHECK(phases[2].start == "2014-06-30");
    CHECK(phases[3].end == "2016-12-31");
    CHECK(phases[4].start == "2016-12-31");
    CHECK(phases[4].end.empty());
    // The hospital lives 2013–2016: in every slice up to 2016-12-31.
    CHECK(nodeOf(m, "hospital").phases == std::vector<std::string>{"p1", "p2", "p3", "p4"});
    // The municipality's two spells leave out the slice 2014-06-30 – 2015-01-01.
    CHECK(nodeOf(m, "municipality").phases == std::vector<std::string>{"p1", "p2", "p4"});
    CHECK(nodeOf(m, "gp").phases == std::vector<std::string>{"p2", "p3", "p4", "p5"});
    CHECK(m.ties[1].phases == std::vector<std::string>{"p2", "p3", "p4"});
}

TEST_CASE("GEXF errors have a place", "[formats][gexf][hostile]") {
    const LoadResult r = parseGexf(
        "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<graph>\n<nodes><node id=\"a\"/></nodes>\n"
        "<edges><edge source=\"a\" target=\"b\"/></edges>\n</graph>\n</gexf>\n",
        "e.gexf");
    CHECK_FALSE(r.ok());
    for (const Diagnostic& d : r.diagnostics) {
        INFO(d.format());
        CHECK(d.line > 0);
    }
}

// ---- Kumu, NetDraw, GML, TSV -------------------------------------------------------------------

TEST_CASE("Kumu elements and connections sheets read together", "[formats][csv][tools]") {
    const Model m = readOk(loadCsv(fixture("kumu/care-network-connections.csv")));
    REQUIRE(m.nodes.size() == 3);
    const Node& consultant = nodeOf(m, "Practice consultant");
    CHECK(consultant.type == "Person");
    CHECK(consultant.attrs["Tags"] == "boundary spanner");
    CHECK(nodeOf(m, "Hospital trust").attrs["Size"] == 30);
    REQUIRE(m.ties.size() == 3);
    CHECK(m.ties[0].isDirected());
    CHECK(m.ties[0].attrs["relation"] == "employment");
    CHECK(m.ties[0].details->label == "works for");
    CHECK_FALSE(m.ties[1].isDirected());  // mutual
    CHECK_FALSE(m.ties[2].isDirected());
    CHECK(m.ties[0].attrs["Strength"] == 3);

    const Model fromElements = readOk(loadCsv(fixture("kumu/care-network-elements.csv")));
    CHECK(fixture("kumu/care-network-elements.csv").size() > 0);
    CHECK(fromElements.ties.size() == 3);
}

TEST_CASE("A Kumu elements sheet alone is nodes, never an edge list", "[formats][csv][tools]") {
    const Model m = readOk(loadCsv(fixture("kumu/solo-elements.csv")));
    REQUIRE(m.nodes.size() == 2);
    CHECK(m.nodes[0].id == "Hospital trust");
    CHECK(m.ties.empty());
}

TEST_CASE("NetDraw VNA: node data, node properties and one relation per tie column",
          "[formats][vna][tools]") {
    const Model m = readOk(loadVna(fixture("netdraw/netdraw-2.160.vna")));
    REQUIRE(m.nodes.size() == 3);
    CHECK(m.nodes[0].label == "Ann Lee");
    CHECK(m.nodes[0].attrs["age"] == 34);
    CHECK(m.nodes[0].attrs["gender"] == "F");
    CHECK(m.nodes[0].attrs["color"] == "#ff0000");  // NetDraw 255 = red
    CHECK(m.nodes[1].attrs["color"] == "#0000ff");
    CHECK(m.layout.positions.at("2") == Point{300.0, 120.0});
    CHECK(m.ties.size() == 4);
    CHECK(tiesBetween(m, "1", "2", "friend").size() == 1);
    REQUIRE(tiesBetween(m, "2", "3", "advice").size() == 1);
    CHECK(tiesBetween(m, "2", "3", "advice")[0]->weight == 2.0);

    Diagnostics warnings;
    const Model back = readOk(parseVna(writeVna(m, warnings, "out.vna"), "out.vna"));
    CHECK(back.ties.size() == m.ties.size());
    CHECK(back.layout.positions == m.layout.positions);
}

TEST_CASE("NetDraw VNA: a colour outside 0 to 16777215 is dropped with a warning (fuzz_Vna)",
          "[formats][vna][tools][hostile]") {
    const std::string text =
        "*node data\nID\n1\n2\n3\n*node properties\nID x y color\n"
        "1 10 20 1.3e105\n2 10 30 -5\n3 10 40 65280\n";
    const LoadResult r = parseVna(text, "c.vna");
    const Model m = readOk(r);
    REQUIRE(m.nodes.size() == 3);
    CHECK_FALSE(m.nodes[0].attrs.contains("color"));
    CHECK_FALSE(m.nodes[1].attrs.contains("color"));
    CHECK(m.nodes[2].attrs["color"] == "#00ff00");
    const Diagnostic* huge = find(r, "color \"1.3e105\" is not a colour number");
    REQUIRE(huge != nullptr);
    CHECK(huge->line == 8);
    CHECK(huge->column == 9);
}

TEST_CASE("GML as networkx, igraph and Cytoscape write it", "[formats][gml][tools]") {
    const Model nx = readOk(loadGml(fixture("gml/networkx-3.2.gml")));
    REQUIRE(nx.nodes.size() == 3);
    CHECK(nx.nodes[2].id == "GP \"Nord\"");
    CHECK(nx.nodes[0].attrs["sector"] == "specialist");
    REQUIRE(nx.ties.size() == 2);
    CHECK(nx.ties[0].isDirected());
    CHECK(nx.ties[0].weight == 2.5);
    CHECK(nx.ties[1].details->label == "referrals");

    const Model ig = readOk(loadGml(fixture("gml/igraph-0.10.gml")));
    CHECK(ig.nodes[1].id == "b");
    CHECK_FALSE(ig.ties[0].isDirected());
    CHECK(ig.ties[1].weight == 3.0);

    const Model cy = readOk(loadGml(fixture("gml/cytoscape-3.10.gml")));
    CHECK(cy.nodes[0].id == "Hospital");
    CHECK(cy.layout.positions.at("Hospital") == Point{120.0, -40.0});
    CHECK(cy.nodes[0].attrs["color"] == "#ff6666");
    CHECK(cy.nodes[1].attrs["shape"] == "rectangle");
    REQUIRE(cy.ties.size() == 1);
    CHECK(cy.ties[0].source == "Hospital");

    Diagnostics warnings;
    const Model back = readOk(parseGml(writeGml(nx, warnings, "out.gml"), "out.gml"));
    CHECK(back.nodes.size() == nx.nodes.size());
    CHECK(back.nodes[2].id == nx.nodes[2].id);
    CHECK(back.ties.size() == nx.ties.size());
}

TEST_CASE("GML errors are located", "[formats][gml][malformed]") {
    const LoadResult r = parseGml("graph [\n  node [ id 0 ]\n  edge [ source 0 target 7 ]\n]\n", "b.gml");
    CHECK_FALSE(r.ok());
    REQUIRE(find(r, "is no node's id") != nullptr);
    CHECK(find(r, "is no node's id")->line == 3);
    const LoadResult open = parseGml("graph [\n  node [ id 0\n", "o.gml");
    CHECK_FALSE(open.ok());
    CHECK(find(open, "ends early") != nullptr);
}

TEST_CASE("Tab-separated edge lists", "[formats][csv][tools]") {
    const Model m = readOk(loadCsv(fixture("tsv/edges.tsv")));
    REQUIRE(m.ties.size() == 2);
    CHECK(m.nodes[0].id == "Hospital trust");
    CHECK(m.ties[1].weight == 1.5);
    const Model inCsv = readOk(parseEdgeListCsv("a\tb\nb\tc\n", "t.csv"));  // tab detected in a .csv
    CHECK(inCsv.ties.size() == 2);
}

TEST_CASE("GraphML for yEd: organizations as groups with geometry, fills and labels",
          "[formats][graphml][tools]") {
    Model m;
    auto add = [&](const std::string& id, NodeKind kind, const std::string& label, const std::string& org) {
        Node n;
        n.id = id;
        n.kind = kind;
        n.label = label;
        n.organization = org;
        m.nodes.push_back(std::move(n));
    };
    add("so", NodeKind::Organization, "Hospital trust", "");
    add("pko", NodeKind::Role, "Practice\nconsultant", "so");
    add("nurse", NodeKind::Role, "Nurse", "");
    m.nodes[2].attrs["color"] = "#99ccff";
    m.layout.positions["pko"] = Point{100.0, 50.0};
    Tie t;
    t.id = "t1";
    t.source = "pko";
    t.target = "nurse";
    t.details.edit().label = "weekly";
    m.ties.push_back(std::move(t));
    Diagnostics warnings;
    const std::string text = writeGraphmlForYed(m, warnings, "out.yed.graphml");
    CHECK(text.find("yfiles.foldertype=\"group\"") != std::string::npos);
    CHECK(text.find("<y:Fill color=\"#99CCFF\"") != std::string::npos);
    CHECK(text.find("<y:EdgeLabel>weekly</y:EdgeLabel>") != std::string::npos);
    const Model back = readOk(parseGraphml(text, "out.yed.graphml"));
    REQUIRE(back.nodes.size() == 3);
    CHECK(nodeOf(back, "so").kind == NodeKind::Organization);
    CHECK(nodeOf(back, "pko").organization == "so");
    CHECK(nodeOf(back, "pko").label == "Practice\nconsultant");
    CHECK(nodeOf(back, "nurse").attrs["color"] == "#99ccff");
    CHECK(back.layout.positions.at("pko") == Point{100.0, 50.0});
    REQUIRE(back.ties.size() == 1);
    CHECK(back.ties[0].details->label == "weekly");
    CHECK(isYedGraphmlPath("x.yed.graphml"));
    CHECK_FALSE(isYedGraphmlPath("x.graphml"));
}
