// Malformed input for the GEXF, Pajek, UCINET DL and CSV table readers: truncated files, bad
// numbers, unknown ids, wrong counts, binary garbage and absurd declared sizes each give a located
// error and no model, never a crash. (GraphML's cases are in GraphmlFormatTest.cpp.)
#include <orgweave/core/EdgeListCsv.hpp>
#include <orgweave/core/GexfFormat.hpp>
#include <orgweave/core/GraphmlFormat.hpp>
#include <orgweave/core/PajekFormat.hpp>
#include <orgweave/core/UcinetDlFormat.hpp>

#include "TestModels.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <random>

using namespace orgweave::core;

namespace {

using Parser = std::function<LoadResult(std::string_view, const std::string&)>;

std::string allMessages(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics)
        out += d.format() + "\n";
    return out;
}

/// No model; the first error is in `file` at `line` (and `column` when > 0) and mentions `needle`.
void requireError(const Parser& parse, const std::string& text, int line, int column,
                  const std::string& needle) {
    const LoadResult r = parse(text, "bad.file");
    INFO(text);
    INFO(allMessages(r.diagnostics));
    CHECK_FALSE(r.ok());
    const Diagnostic* e = nullptr;
    for (const auto& d : r.diagnostics) {
        if (d.severity == Severity::Error) {
            e = &d;
            break;
        }
    }
    REQUIRE(e != nullptr);
    CHECK(e->file == "bad.file");
    CHECK(e->line == line);
    if (column > 0)
        CHECK(e->column == column);
    CHECK(e->message.find(needle) != std::string::npos);
}

const Parser kGexf = [](std::string_view t, const std::string& f) { return parseGexf(t, f); };
const Parser kPajek = [](std::string_view t, const std::string& f) { return parsePajek(t, f); };
const Parser kDl = [](std::string_view t, const std::string& f) { return parseUcinetDl(t, f); };
const Parser kTies = [](std::string_view t, const std::string& f) {
    return parseCsvTables(std::nullopt, "nodes.csv", t, f);
};
const Parser kNodes = [](std::string_view t, const std::string& f) {
    return parseCsvTables(t, f, std::nullopt, "ties.csv");
};

const std::string kGexfHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
    "version=\"1.3\">\n<graph>\n";

}  // namespace

TEST_CASE("GEXF: malformed files give located errors", "[gexf][malformed]") {
    requireError(kGexf, "", 1, 1, "empty");
    requireError(kGexf, "<gexf><graph><nodes><node id=\"a\"", 1, 0, "not well-formed XML");
    requireError(kGexf, "<graphml/>", 1, 1, "expected <gexf>");
    requireError(kGexf, "<gexf version=\"1.3\"/>", 1, 1, "no <graph>");
    requireError(kGexf, kGexfHead + "<nodes><node id=\"a\"/><node id=\"a\"/></nodes>\n</graph></gexf>", 4, 22,
                 "duplicate node id");
    requireError(kGexf, kGexfHead + "<nodes><node/></nodes></graph></gexf>", 4, 8, "without an id");
    requireError(kGexf,
                 kGexfHead +
                     "<nodes><node id=\"a\"/></nodes>\n<edges><edge source=\"a\" "
                     "target=\"zz\"/></edges></graph></gexf>",
                 5, 8, "no <node id=\"zz\">");
    requireError(kGexf,
                 kGexfHead +
                     "<nodes><node id=\"a\"/></nodes>\n<edges><edge source=\"a\" target=\"a\" "
                     "weight=\"heavy\"/></edges></graph></gexf>",
                 5, 8, "positive number");
    requireError(kGexf,
                 kGexfHead +
                     "<nodes><node id=\"a\"/></nodes>\n<edges><edge source=\"a\" target=\"a\" "
                     "weight=\"-2\"/></edges></graph></gexf>",
                 5, 8, "positive number");
    requireError(
        kGexf,
        kGexfHead +
            "<attributes class=\"node\"><attribute id=\"0\" title=\"age\" type=\"integer\"/></attributes>\n"
            "<nodes><node id=\"a\"><attvalues><attvalue for=\"0\" "
            "value=\"old\"/></attvalues></node></nodes></graph></gexf>",
        5, 32, "is not of type integer");
    requireError(kGexf,
                 kGexfHead +
                     "<nodes><node id=\"a\"/></nodes>\n<edges><edge source=\"a\" target=\"a\" "
                     "type=\"sideways\"/></edges></graph></gexf>",
                 5, 8, "expected directed, undirected or mutual");
}

TEST_CASE("GEXF: our own blobs are checked like a native document", "[gexf][malformed]") {
    const std::string ours = writeGexf(orgweave::test::richModel());
    std::string broken = ours;
    const auto at = broken.find("value=\"committee\"");
    REQUIRE(at != std::string::npos);
    broken.replace(at, 17, "value=\"comittee\"");
    const LoadResult r = parseGexf(broken, "bad.gexf");
    INFO(allMessages(r.diagnostics));
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].line > 0);  // located at the node element
    CHECK(r.diagnostics[0].message.find("comittee") != std::string::npos);
}

TEST_CASE("Pajek: malformed files give located errors", "[pajek][malformed]") {
    requireError(kPajek, "", 1, 1, "empty");
    requireError(kPajek, "1 2\n", 1, 1, "expected *Vertices");
    requireError(kPajek, "*Vertices lots\n", 1, 11, "not a number of vertices");
    requireError(kPajek, "*Vertices 99999999999\n", 1, 11, "the limit is 1000000");
    requireError(kPajek, "*Vertices 2\n1 \"a\"\n3 \"c\"\n", 3, 1, "vertex 3 does not exist");
    requireError(kPajek, "*Vertices 2\n*Edges\n1 x\n", 3, 3, "not a vertex number");
    requireError(kPajek, "*Vertices 2\n1 \"a\n", 2, 3, "unterminated quoted label");
    requireError(kPajek, "*Vertices 2\n1 \"a\"\n1 \"b\"\n", 3, 1, "described twice");
    requireError(kPajek, "*Arcs\n1 2\n", 1, 1, "before *Vertices");
    requireError(kPajek, "*Vertices 2\n*Matrix\n0 1\n1\n", 4, 1, "has 1 values; it needs 2");
    requireError(kPajek, "*Vertices 2\n*Foo\n", 2, 1, "unknown section");
    requireError(kPajek, "*Vertices 2\n*Edges\n1\n", 3, 1, "needs two vertex numbers");
}

TEST_CASE("Pajek: a partition with the wrong count is located in the .clu file", "[pajek][malformed]") {
    const std::string net = "*Vertices 3\n1 \"a\"\n2 \"b\"\n3 \"c\"\n*Edges\n1 2\n";
    const LoadResult wrongCount = parsePajek(net, "n.net", std::string_view("*Vertices 3\n1\n2\n"), "n.clu");
    CHECK_FALSE(wrongCount.ok());
    REQUIRE_FALSE(wrongCount.diagnostics.empty());
    CHECK(wrongCount.diagnostics.back().file == "n.clu");
    CHECK(wrongCount.diagnostics.back().message.find("2 cluster numbers") != std::string::npos);
    const LoadResult wrongDeclared =
        parsePajek(net, "n.net", std::string_view("*Vertices 4\n1\n1\n1\n1\n"), "n.clu");
    CHECK_FALSE(wrongDeclared.ok());
    CHECK(wrongDeclared.diagnostics.back().line == 1);
    const LoadResult notNumber =
        parsePajek(net, "n.net", std::string_view("*Vertices 3\n1\nx\n1\n"), "n.clu");
    CHECK_FALSE(notNumber.ok());
    CHECK(notNumber.diagnostics.back().line == 3);
}

TEST_CASE("Pajek: vertices lists arcs edges lists and partitions are read", "[pajek]") {
    const std::string net =
        "% a comment\n*Network Tiny\n*Vertices 4\n1 \"Ann Lee\" 0.1 0.2 0.5 ic Red\n2 \"Bo\"\n3 \"Bo\"\n"
        "*Arcs\n1 2 2.5\n*Edges\n2 3\n*arcslist\n4 1 2\n*EDGESLIST\n3 4\n";
    const LoadResult r = parsePajek(net, "t.net", std::string_view("*Vertices 4\n7\n7\n9\n7\n"), "t.clu");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    const Model& m = *r.model;
    CHECK(m.annotations.meta.title == "Tiny");
    REQUIRE(m.nodes.size() == 6);  // 4 vertices + organizations cluster-7 and cluster-9
    CHECK(m.nodes[0].id == "Ann Lee");
    CHECK(m.nodes[2].id == "Bo#3");  // repeated label: a warning, a distinct id
    CHECK(m.nodes[2].label == "Bo");
    CHECK(m.nodes[3].id == "4");  // no vertex line: its number
    CHECK(m.layout.positions.at("Ann Lee") == Point{0.1, 0.2});
    CHECK(m.nodes[0].organization == "cluster-7");
    CHECK(m.nodes[2].organization == "cluster-9");
    CHECK(m.nodes[4].id == "cluster-7");
    CHECK(m.nodes[4].kind == NodeKind::Organization);
    REQUIRE(m.ties.size() == 5);
    CHECK(m.ties[0].isDirected());
    CHECK(*m.ties[0].weight == 2.5);
    CHECK_FALSE(m.ties[1].isDirected());
    CHECK(m.ties[2].source == "4");
    CHECK(m.ties[3].target == "Bo");
    bool warned = false;
    for (const auto& d : r.diagnostics)
        warned = warned || d.message.find("repeats the label") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("UCINET DL: malformed files give located errors", "[dl][malformed]") {
    requireError(kDl, "", 1, 1, "empty");
    requireError(kDl, "graph n=3\n", 1, 1, "not a UCINET DL file");
    // Found by the fuzz target: a file of separators only read a token that was not there.
    requireError(kDl, ",", 1, 1, "holds no words");
    requireError(kDl, " , ,\n", 1, 1, "holds no words");
    requireError(kDl, "dl n=lots\ndata:\n", 1, 6, "needs a whole number");  // at the value
    requireError(kDl, "DL N=5000000000\ndata:\n", 1, 6, "the limit is 1000000");
    requireError(kDl, "dl n=2\n", 1, 4, "no DATA:");
    requireError(kDl, "dl format=fullmatrix\ndata:\n1\n", 2, 1, "DATA: before N=");
    requireError(kDl, "dl n=2\ndata:\n0 1\n1\n", 4, 1, "the matrix ends early");
    requireError(kDl, "dl n=2\ndata:\n0 1\n1 0\n1\n", 5, 1, "more entries");
    requireError(kDl, "dl n=2\ndata:\n0 x\n1 0\n", 3, 3, "is not a number");
    requireError(kDl, "dl n=2 format=edgelist1\ndata:\n1 3\n", 3, 3, "node 3 does not exist");
    requireError(kDl, "dl n=2 format=edgelist1\ndata:\n1 2 3 4\n", 3, 1, "2 or 3 entries");
    requireError(kDl, "dl n=2 format=edgelist1\nlabels embedded\ndata:\na b\nc d\n", 5, 1, "N=2 allows 2");
    requireError(kDl, "dl nr=2 nc=3\ndata:\n", 1, 9, "two-mode");
    requireError(kDl, "dl n=3\nlabels:\na,b\ndata:\n", 4, 1, "LABELS lists 2 labels");
    requireError(kDl, "dl n=2 format=lowerhalf\ndata:\n", 1, 15, "is not read");
    requireError(kDl, "dl n=2 shape=round\ndata:\n", 1, 8, "unexpected");
}

TEST_CASE("UCINET DL: keywords in any case and spacing with labels and every data format", "[dl]") {
    const LoadResult full = parseUcinetDl(
        "DL N = 3\nFormat = FullMatrix\nLabels:\n\"Ann Lee\", Bo\nCy\nData:\n0 1 2\n1 0 0\n0 0 0\n", "f.dl");
    INFO(allMessages(full.diagnostics));
    REQUIRE(full.ok());
    REQUIRE(full.model->nodes.size() == 3);
    CHECK(full.model->nodes[0].id == "Ann Lee");
    REQUIRE(full.model->ties.size() == 2);
    CHECK_FALSE(full.model->ties[0].isDirected());  // 1 both ways: one undirected tie
    CHECK_FALSE(full.model->ties[0].weight.has_value());
    CHECK(full.model->ties[1].isDirected());  // 2 one way: a directed, weighted tie
    CHECK(*full.model->ties[1].weight == 2.0);

    const LoadResult embedded = parseUcinetDl(
        "dl n=2 format=fullmatrix diagonal=absent\nlabels embedded\ndata:\n  a b\na 1\nb 1\n", "e.dl");
    INFO(allMessages(embedded.diagnostics));
    REQUIRE(embedded.ok());
    CHECK(embedded.model->nodes[1].id == "b");
    REQUIRE(embedded.model->ties.size() == 1);

    const LoadResult edges =
        parseUcinetDl("dl n=3 format=edgelist1\nlabels embedded:\ndata:\nx y 2\ny z\n", "l.dl");
    INFO(allMessages(edges.diagnostics));
    REQUIRE(edges.ok());
    CHECK(edges.model->nodes[2].id == "z");
    REQUIRE(edges.model->ties.size() == 2);
    CHECK(*edges.model->ties[0].weight == 2.0);

    const LoadResult nodes = parseUcinetDl("dl n=4 format=nodelist1\ndata:\n1 2 3 4\n", "n.dl");
    REQUIRE(nodes.ok());
    CHECK(nodes.model->ties.size() == 3);
}

TEST_CASE("CSV tables: malformed tables give located errors", "[csv][malformed]") {
    requireError(kTies, "", 1, 1, "empty");
    requireError(kTies, "id,target\n1,2\n", 1, 1, "no \"source\" column");
    requireError(kNodes, "title,kind\nA,role\n", 1, 1, "no \"id\" column");  // label alone: Kumu elements
    requireError(kTies, "source,target,weight\na,b,heavy\n", 2, 5, "not a number");
    requireError(kTies, "source,target,weight\na,b,-1\n", 2, 5, "not a positive number");
    requireError(kTies, "source,target,directed\na,b,maybe\n", 2, 5, "not true or false");
    requireError(kTies, "source,target\na,b,c\n", 2, 5, "expected 2");
    requireError(kTies, "source,target,source\na,b,c\n", 1, 15, "appears twice");
    requireError(kTies, "source,target\n\"a,b\n", 2, 1, "unterminated quoted field");
    requireError(kNodes, "id,kind\na,person\n", 2, 1, "person");
    requireError(kNodes, "id,x,y\na,1,north\n", 2, 5, "not a number");
    requireError(kNodes, "id,orgweave\na,{not json\n", 2, 3, "not a JSON object");
    const LoadResult unknown = parseCsvTables(std::string_view("id\na\n"), "n.csv",
                                              std::string_view("source,target\na,zz\n"), "t.csv");
    CHECK_FALSE(unknown.ok());
    bool located = false;
    for (const auto& d : unknown.diagnostics)
        located = located || (d.file == "t.csv" && d.line == 2 && d.message.find("zz") != std::string::npos);
    CHECK(located);
}

TEST_CASE("CSV tables: header names map to fields and BOM semicolons and quotes are handled", "[csv]") {
    const std::string nodes =
        "\xEF\xBB\xBFId;Label;Kind;Organization;Department\nhf;Hospital trust;organization;;\n"
        "pko;\"Practice\nconsultant\";role;hf;\"geriatrics; east\"\n";
    const std::string ties = "From;To;Weight;Kind;Since\npko;hf;1,5;collaborates;2019\n";
    const LoadResult r = parseCsvTables(nodes, "x.nodes.csv", ties, "x.ties.csv");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    const Model& m = *r.model;
    REQUIRE(m.nodes.size() == 2);
    CHECK(m.nodes[0].kind == NodeKind::Organization);
    CHECK(m.nodes[1].label == "Practice\nconsultant");
    CHECK(m.nodes[1].organization == "hf");
    CHECK(m.nodes[1].attrs["Department"] == "geriatrics; east");
    REQUIRE(m.ties.size() == 1);
    CHECK(*m.ties[0].weight == 1.5);
    CHECK(m.ties[0].attrs["Since"] == 2019);  // a column of numbers keeps numbers
    CHECK(m.ties[0].id == "e0");
}

TEST_CASE("every interchange reader survives binary and random input", "[formats][malformed]") {
    const std::vector<std::pair<const char*, Parser>> parsers{
        {"gexf", kGexf},
        {"pajek", kPajek},
        {"dl", kDl},
        {"ties", kTies},
        {"nodes", kNodes},
        {"graphml", [](std::string_view t, const std::string& f) { return parseGraphml(t, f); }}};
    std::mt19937 random(20261123);
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (const auto& [name, parse] : parsers) {
        INFO(name);
        const LoadResult binary = parse(png, "bin");
        CHECK_FALSE(binary.ok());
        REQUIRE_FALSE(binary.diagnostics.empty());
        CHECK(binary.diagnostics[0].line >= 1);
        for (int i = 0; i < 200; ++i) {
            std::string text(static_cast<std::size_t>(random() % 300), '\0');
            for (char& c : text)
                c = "*Vertices 3\n1 2\"<>/=dl:n,;#%x0.5-"[random() % 36];
            const LoadResult r = parse(text, "random");
            if (!r.ok())
                CHECK(hasErrors(r.diagnostics));
        }
    }
}
