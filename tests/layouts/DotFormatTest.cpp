// DOT import/export: round trips, plain DOT from other tools, malformed input.
#include "LayoutsTestModels.hpp"

#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/layouts/DotFormat.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <set>

using namespace orgweave;
using core::NodeKind;
using core::TieKind;

namespace {

core::Model roundTrip(const core::Model& model) {
    const std::string dot = layouts::writeDot(model);
    core::LoadResult r = layouts::parseDot(dot, "roundtrip.dot");
    INFO(dot);
    for (const auto& d : r.diagnostics)
        UNSCOPED_INFO(d.format());
    REQUIRE(r.ok());
    return *r.model;
}

std::string allDiagnostics(const core::LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics)
        out += d.format() + "\n";
    return out;
}

/// The first error, which every malformed input must have, with a line number.
const core::Diagnostic& firstError(const core::LoadResult& r) {
    for (const auto& d : r.diagnostics) {
        if (d.severity == core::Severity::Error)
            return d;
    }
    FAIL("no error diagnostic; got: " << allDiagnostics(r));
    throw std::logic_error("unreachable");
}

std::filesystem::path tempPath(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("orgweave-layouts-test-" + name);
}

}  // namespace

TEST_CASE("DOT round trip keeps every field of a small document", "[dot]") {
    const core::Model original = test::normalized(test::smallRegion());
    const core::Model back = roundTrip(original);
    CHECK(core::writeDocument(back) == core::writeDocument(original));
    CHECK(back == original);
}

TEST_CASE("DOT export is plain DOT with our fields as attributes", "[dot]") {
    const std::string dot = layouts::writeDot(test::smallRegion());
    CHECK(dot.find("digraph \"Mini region\" {") != std::string::npos);
    CHECK(dot.find("  sc [kind=committee, type=strategic_committee, label=\"Strategic committee\"") !=
          std::string::npos);
    CHECK(dot.find("level=2") != std::string::npos);
    CHECK(dot.find("mandate=decision_binding") != std::string::npos);
    CHECK(dot.find("organization=hf, site=ger") != std::string::npos);
    CHECK(dot.find("pos=\"120,-80!\"") != std::string::npos);
    CHECK(dot.find("pc -> sc [id=t1, kind=member_of, seat=member") != std::string::npos);
    CHECK(dot.find("hf -> m1 [id=t9, kind=agreement") != std::string::npos);
    CHECK(dot.find("dir=none") != std::string::npos);
    // node order and tie order are the document's
    CHECK(dot.find("  hf [") < dot.find("  la ["));
    CHECK(dot.find("[id=t1,") < dot.find("[id=t2,"));
    CHECK(dot.find("[id=t2,") < dot.find("[id=t12,"));
}

TEST_CASE("DOT round trip of ids and values that DOT must quote", "[dot]") {
    core::Model m;
    const std::vector<std::string> ids{"node",       "Graph", "a b", "Ålesund", "x\"y",
                                       "1abc",       "-3.5",  "42",  "back\\",  "line\nbreak",
                                       "semi;colon", "a->b",  "{",   "\\\"",    "_ok"};
    for (const std::string& id : ids) {
        core::Node n;
        n.id = id;
        n.kind = NodeKind::Role;
        n.label = id + " label\\";
        n.note = "quote \" backslash \\ newline\n end\\\nx";
        n.attrs["weird key"] = "value \"quoted\"";
        n.attrs["pos"] = "not a position";
        n.attrs["trailing"] = "ends with \\";
        n.attrs["empty"] = "";
        m.nodes.push_back(n);
    }
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
        core::Tie t = test::makeTie("t " + ids[i], TieKind::Collaborates, ids[i], ids[i + 1]);
        t.details.edit().label = "\"" + ids[i + 1];
        m.ties.push_back(t);
    }
    m.layout.positions[ids[3]] = {1.5, -2.25};
    m.annotations.meta.title = "title ending in \\";
    const core::Model original = test::normalized(m);
    const core::Model back = roundTrip(original);
    CHECK(core::writeDocument(back) == core::writeDocument(original));
}

TEST_CASE("DOT round trip of the sample", "[dot][sample]") {
    const auto path = test::samplePath();
    if (!std::filesystem::exists(path)) {
        WARN("sample not found: " << path);
        return;
    }
    core::LoadResult loaded = core::loadDocument(path);
    INFO(allDiagnostics(loaded));
    REQUIRE(loaded.ok());
    const core::Model back = roundTrip(*loaded.model);
    CHECK(core::writeDocument(back) == core::writeDocument(*loaded.model));

    // and through a file
    const auto file = tempPath("sample.gv");
    layouts::saveDot(*loaded.model, file);
    core::LoadResult fromFile = layouts::loadDot(file);
    std::filesystem::remove(file);
    REQUIRE(fromFile.ok());
    CHECK(*fromFile.model == *loaded.model);
}

TEST_CASE("plain DOT digraph becomes directed collaborates ties between roles", "[dot][import]") {
    const char* text = R"(// from another tool
digraph "Team A" {
  label = "Discharge team";
  rankdir = LR;
  node [shape=box];
  a [label="Alice", color=red, pos="10,20"];
  b [pos="30.5,-40!"];
  a -> b [weight=2, label="daily"];
  b -> c [weight=0];
  c -> a [dir=none, id=back];
  a -> b;
}
)";
    core::LoadResult r = layouts::parseDot(text, "team.dot");
    INFO(allDiagnostics(r));
    REQUIRE(r.ok());
    const core::Model& m = *r.model;
    CHECK(m.annotations.meta.title == "Discharge team");
    REQUIRE(m.nodes.size() == 3);
    for (const core::Node& n : m.nodes)
        CHECK(n.kind == NodeKind::Role);
    CHECK(m.nodes[0].id == "a");
    CHECK(m.nodes[0].label == "Alice");
    CHECK(m.nodes[0].attrs.at("color") == "red");
    CHECK(m.nodes[0].attrs.at("shape") == "box");
    CHECK_FALSE(m.nodes[0].attrs.contains("pos"));
    CHECK(m.nodes[1].label.empty());
    CHECK(m.nodes[2].id == "c");

    REQUIRE(m.ties.size() == 4);
    for (const core::Tie& t : m.ties)
        CHECK(t.kind == TieKind::Collaborates);
    CHECK(m.ties[0].source == "a");
    CHECK(m.ties[0].target == "b");
    CHECK(m.ties[0].isDirected());
    CHECK(m.ties[0].weight == 2.0);
    CHECK(m.ties[0].details->label == "daily");
    CHECK(m.ties[1].attrs.at("weight") == "0");
    CHECK(m.ties[2].id == "back");
    CHECK_FALSE(m.ties[2].isDirected());
    CHECK(m.ties[3].source == "a");  // parallel edge kept, with a fresh id
    std::set<std::string> tieIds;
    for (const core::Tie& t : m.ties)
        tieIds.insert(t.id);
    CHECK(tieIds.size() == 4);

    REQUIRE(m.layout.positions.count("a"));
    CHECK(m.layout.positions.at("a") == core::Point{10.0, -20.0});
    CHECK(m.layout.positions.at("b") == core::Point{30.5, 40.0});
    CHECK(m.layout.pinned == std::vector<std::string>{"b"});
}

TEST_CASE("plain DOT graph becomes undirected collaborates ties", "[dot][import]") {
    const char* text = "strict graph {\n a -- b -- c\n subgraph cluster_x { d; e -- a }\n 1 -- 2 -- 1 }\n";
    core::LoadResult r = layouts::parseDot(text, "plain.gv");
    INFO(allDiagnostics(r));
    REQUIRE(r.ok());
    const core::Model& m = *r.model;
    CHECK(m.nodes.size() == 7);
    REQUIRE(m.ties.size() == 4);  // strict: 1 -- 2 -- 1 is one edge
    for (const core::Tie& t : m.ties) {
        CHECK(t.kind == TieKind::Collaborates);
        CHECK_FALSE(t.directed.has_value());
        CHECK_FALSE(t.isDirected());
    }
    CHECK(m.annotations.meta.title.empty());
}

TEST_CASE("a DOT file edited by hand keeps working", "[dot][import]") {
    core::Model m = test::normalized(test::smallRegion());
    std::string dot = layouts::writeDot(m);
    // a node added by hand (no kind → role) and an edge to it (no kind → collaborates)
    dot.insert(dot.rfind('}'), "  extra [label=\"Extra\"];\n  pc -> extra;\n");
    core::LoadResult r = layouts::parseDot(dot, "edited.dot");
    INFO(allDiagnostics(r));
    REQUIRE(r.ok());
    const core::Node* extra = r.model->findNode("extra");
    REQUIRE(extra);
    CHECK(extra->kind == NodeKind::Role);
    CHECK(r.model->ties.back().kind == TieKind::Collaborates);
    CHECK(r.model->ties.back().source == "pc");
    CHECK(r.model->nodes.size() == m.nodes.size() + 1);
}

TEST_CASE("semantic errors in our DOT name the node and give no model", "[dot][errors]") {
    std::string dot = layouts::writeDot(test::smallRegion());
    const std::string from = "mandate=decision_binding";
    dot.replace(dot.find(from), from.size(), "mandate=sometimes");
    core::LoadResult r = layouts::parseDot(dot, "bad.dot");
    CHECK_FALSE(r.ok());
    const core::Diagnostic& d = firstError(r);
    CHECK(d.message.find("sc") != std::string::npos);
    CHECK(d.message.find("sometimes") != std::string::npos);
    CHECK(d.file == "bad.dot");

    std::string broken = layouts::writeDot(test::smallRegion());
    const std::string blob = "orgweave=\"{";
    broken.insert(broken.find(blob, broken.find("  sc [")) + blob.size(), "nonsense");
    r = layouts::parseDot(broken, "bad.dot");
    CHECK_FALSE(r.ok());
    CHECK(firstError(r).message.find("node \"sc\"") != std::string::npos);
}

TEST_CASE("malformed DOT gives a diagnostic with a line number", "[dot][errors]") {
    struct Case {
        std::string name;
        std::string text;
        int line;
    };
    const std::vector<Case> cases{
        {"unterminated brace", "digraph {\n  a -> b;\n  b -> c;\n", 4},
        {"double arrow", "digraph {\n\n  a -> -> b\n}\n", 3},
        {"unterminated string", "graph {\n a [label=\"oops]\n b\n}\n", 2},
        {"garbage bytes", "digraph { a }\n\xff\xfe\x80garbage", 2},
        {"NUL byte", std::string("graph {\n a\0 }", 13), 2},
        {"ASCII garbage", "@@@ !! ]] {{", 1},
        {"empty file", "", 1},
        {"only a comment", "// nothing here\n", 1},
        {"wrong arrow for graph", "graph {\n a -> b }", 2},
        {"unbalanced subgraph", "digraph {\n subgraph {\n a\n}\n", 5},
    };
    for (const Case& c : cases) {
        SECTION(c.name) {
            core::LoadResult r = layouts::parseDot(c.text, "bad.dot");
            INFO(allDiagnostics(r));
            CHECK_FALSE(r.ok());
            const core::Diagnostic& d = firstError(r);
            CHECK(d.file == "bad.dot");
            CHECK(d.line == c.line);
            CHECK_FALSE(d.message.empty());
            CHECK(d.format().rfind("bad.dot:" + std::to_string(c.line) + ":", 0) == 0);
        }
    }
}

TEST_CASE("an error does not disturb the next parse", "[dot][errors]") {
    // cgraph's lexer is global: text after the first graph and half-read input must not leak.
    CHECK(layouts::parseDot("digraph { a -> b }\ngraph { x }\n", "two.dot").ok());
    core::LoadResult bad = layouts::parseDot("digraph {\n\n a -> -> b }", "bad.dot");
    CHECK(firstError(bad).line == 3);
    core::LoadResult good = layouts::parseDot("digraph { c -> d }", "good.dot");
    REQUIRE(good.ok());
    CHECK(good.model->nodes.size() == 2);
    CHECK(good.model->findNode("c"));
    bad = layouts::parseDot("digraph {\n\n a -> -> b }", "bad.dot");
    CHECK(firstError(bad).line == 3);
}

TEST_CASE("random and hostile input never crashes the DOT reader", "[dot][errors]") {
    std::mt19937 rng(20250101);
    SECTION("5 MB of random bytes") {
        std::string text(5u << 20, '\0');
        for (char& c : text)
            c = static_cast<char>(rng() & 0xFF);
        core::LoadResult r = layouts::parseDot(text, "random.dot");
        CHECK_FALSE(r.ok());
        CHECK(firstError(r).line >= 1);
    }
    SECTION("5 MB of random printable text") {
        std::string text(5u << 20, ' ');
        for (char& c : text)
            c = (rng() % 50 == 0) ? '\n' : static_cast<char>(32 + rng() % 95);
        core::LoadResult r = layouts::parseDot(text, "random.dot");
        CHECK_FALSE(r.ok());
        CHECK(firstError(r).line >= 1);
    }
    SECTION("deep nesting") {
        core::LoadResult r = layouts::parseDot("digraph " + std::string(200000, '{'), "deep.dot");
        CHECK_FALSE(r.ok());
        CHECK(firstError(r).line == 1);
    }
    SECTION("mutations of a valid file") {
        const std::string valid = layouts::writeDot(test::smallRegion());
        static const std::vector<std::string> inserts{"{",        "}",    "[",  "]",  "->",  "--",
                                                      ";",        "=",    "\"", "<",  ">",   "\n",
                                                      "subgraph", "node", ",",  "\\", "\\\n"};
        for (int i = 0; i < 400; ++i) {
            std::string text = valid;
            for (int k = 0; k < 3; ++k) {
                const std::size_t at = rng() % (text.size() + 1);
                switch (rng() % 3) {
                    case 0:
                        text.erase(at, 1 + rng() % 8);
                        break;
                    case 1:
                        text.insert(at, inserts[rng() % inserts.size()]);
                        break;
                    default:
                        if (at < text.size())
                            text[at] = static_cast<char>(32 + rng() % 95);
                }
            }
            core::LoadResult r = layouts::parseDot(text, "mutant.dot");
            if (!r.ok())
                CHECK_FALSE(r.diagnostics.empty());
        }
    }
}

TEST_CASE("DOT files: missing, too large, saved and loaded", "[dot][files]") {
    core::LoadResult missing = layouts::loadDot(tempPath("does-not-exist.dot"));
    CHECK_FALSE(missing.ok());
    CHECK(firstError(missing).message.find("cannot read") != std::string::npos);

    const auto big = tempPath("too-large.dot");
    { std::ofstream(big.string()).put('x'); }
    std::filesystem::resize_file(big, core::kMaxDocumentBytes + 1);  // sparse: no disk used
    core::LoadResult tooLarge = layouts::loadDot(big);
    std::filesystem::remove(big);
    CHECK_FALSE(tooLarge.ok());
    CHECK(firstError(tooLarge).message.find("too large") != std::string::npos);

    const auto file = tempPath("small.dot");
    const core::Model original = test::normalized(test::smallRegion());
    layouts::saveDot(original, file);
    core::LoadResult loaded = layouts::loadDot(file);
    std::filesystem::remove(file);
    REQUIRE(loaded.ok());
    CHECK(*loaded.model == original);

    CHECK_THROWS_AS(layouts::saveDot(original, tempPath("no-such-folder") / "x.dot"), std::runtime_error);
}

TEST_CASE("DOT file names", "[dot]") {
    CHECK(layouts::isDotPath("a.dot"));
    CHECK(layouts::isDotPath("dir/a.GV"));
    CHECK_FALSE(layouts::isDotPath("a.orgweave.json"));
    CHECK_FALSE(layouts::isDotPath("dot"));
}
