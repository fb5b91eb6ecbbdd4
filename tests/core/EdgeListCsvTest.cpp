// CSV edge list import: headers, separators, quotes, BOM, CRLF, comments, and every malformed case
// (a located diagnostic and no model, never a crash).
#include <orgweave/core/EdgeListCsv.hpp>

#include "TestModels.hpp"

#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

using namespace orgweave::core;

namespace {

std::string dataPath(const std::string& name) {
    return std::string(ORGWEAVE_SOURCE_DIR) + "/tests/core/data/" + name;
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

Model requireModel(const std::string& text) {
    const LoadResult r = parseEdgeListCsv(text, "ok.csv");
    INFO(text);
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    return *r.model;
}

/// No model, the first error at line/column (column checked when > 0), its message holds `needle`.
void requireError(const std::string& text, int line, int column, const std::string& needle) {
    const LoadResult r = parseEdgeListCsv(text, "bad.csv");
    INFO(text);
    INFO(allMessages(r.diagnostics));
    CHECK_FALSE(r.ok());
    const Diagnostic* e = firstError(r);
    REQUIRE(e != nullptr);
    CHECK(e->file == "bad.csv");
    CHECK(e->line == line);
    if (column > 0)
        CHECK(e->column == column);
    CHECK(e->message.find(needle) != std::string::npos);
}

std::vector<std::string> ids(const Model& m) {
    std::vector<std::string> out;
    for (const Node& n : m.nodes)
        out.push_back(n.id);
    return out;
}

}  // namespace

TEST_CASE("a header row with weights", "[csv]") {
    const Model m = requireModel("source,target,weight\nann,bo,2\nbo,cy,0.5\ncy,ann,1e1\n");
    CHECK(ids(m) == std::vector<std::string>{"ann", "bo", "cy"});  // first appearance order
    for (const Node& n : m.nodes) {
        CHECK(n.kind == NodeKind::Role);
        CHECK(n.label == n.id);
    }
    REQUIRE(m.ties.size() == 3);
    CHECK(m.ties[0].id == "e0");
    CHECK(m.ties[2].id == "e2");
    CHECK(m.ties[0].kind == TieKind::Collaborates);
    CHECK_FALSE(m.ties[0].isDirected());
    CHECK(*m.ties[0].weight == 2.0);
    CHECK(*m.ties[1].weight == 0.5);
    CHECK(*m.ties[2].weight == 10.0);
    CHECK(m.ties[2].source == "cy");
    CHECK(m.ties[2].target == "ann");
}

TEST_CASE("header detection", "[csv]") {
    SECTION("no header, two columns") {
        const Model m = requireModel("a,b\nb,c\n");
        CHECK(m.ties.size() == 2);
        CHECK_FALSE(m.ties[0].weight.has_value());
    }
    SECTION("no header, numeric third column") {
        const Model m = requireModel("a,b,3\nb,c,4.25\n");
        CHECK(m.ties.size() == 2);
        CHECK(*m.ties[1].weight == 4.25);
    }
    SECTION("a two-column header naming the ends") {
        CHECK(requireModel("From,To\na,b\n").ties.size() == 1);
        CHECK(requireModel("Source,Target\na,b\n").ties.size() == 1);
    }
    SECTION("a third column that is not a number makes a header, whatever its name") {
        const Model m = requireModel("who,whom,strength\na,b,1\n");
        CHECK(m.ties.size() == 1);
        CHECK(ids(m) == std::vector<std::string>{"a", "b"});
    }
    SECTION("an empty weight means no weight") {
        const Model m = requireModel("source,target,weight\na,b,\nb,c,2\n");
        CHECK_FALSE(m.ties[0].weight.has_value());
        CHECK(*m.ties[1].weight == 2.0);
    }
    SECTION("only a header: an empty network, with a warning") {
        const LoadResult r = parseEdgeListCsv("source,target\n", "h.csv");
        REQUIRE(r.ok());
        CHECK(r.model->nodes.empty());
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Warning);
    }
}

TEST_CASE("semicolons, decimal commas, BOM and CRLF as spreadsheets write them", "[csv]") {
    const Model m = requireModel(
        "\xEF\xBB\xBF"
        "Fra;Til;Vekt\r\nA;B;1,5\r\nB;C;2\r\n");
    CHECK(ids(m) == std::vector<std::string>{"A", "B", "C"});  // no BOM in the first id, no \r in the last
    CHECK(*m.ties[0].weight == 1.5);
    CHECK(*m.ties[1].weight == 2.0);

    const LoadResult r = loadEdgeListCsv(dataPath("excel-semicolon.csv"));
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.empty());
    REQUIRE(r.model->nodes.size() == 3);
    CHECK(r.model->nodes[0].id == "Sykehuset \xC3\x98stfold; geriatri");  // quoted, holds the separator
    CHECK(r.model->nodes[2].id == "Fastlege Halden");
    REQUIRE(r.model->ties.size() == 3);
    CHECK(*r.model->ties[0].weight == 2.5);
    CHECK(*r.model->ties[2].weight == 0.75);
}

TEST_CASE("quotes: separators, doubled quotes and line breaks inside fields", "[csv]") {
    const Model m = requireModel(
        "\"Smith, Ann\",\"Bo \"\"the boss\"\"\"\n"
        "  \"multi\nline\" , plain \n"
        "plain,z\n"
        "x,y\n");
    REQUIRE(m.nodes.size() >= 4);
    CHECK(m.nodes[0].id == "Smith, Ann");
    CHECK(m.nodes[1].id == "Bo \"the boss\"");
    CHECK(m.nodes[2].id == "multi\nline");
    CHECK(m.nodes[3].id == "plain");  // unquoted fields are trimmed
    SECTION("line numbers count the line break inside the quoted field") {
        requireError("\"multi\nline\",b\nc,\n", 3, 3, "empty target");
    }
}

TEST_CASE("comments, blank lines, self-loops and parallel ties", "[csv]") {
    const LoadResult r =
        parseEdgeListCsv("# exported 2024-05-01\n\nsource,target\n  \na,b\n# note\na,b\nc,c\n", "s.csv");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    REQUIRE(r.model->ties.size() == 3);  // parallel a–b ties and the loop are kept
    CHECK(r.model->ties[0].source == r.model->ties[1].source);
    CHECK(r.model->ties[2].source == "c");
    CHECK(r.model->ties[2].target == "c");
    REQUIRE(r.diagnostics.size() == 1);  // validate() warns about the loop, at its line
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].line == 8);
    CHECK(r.diagnostics[0].column == 1);
}

TEST_CASE("malformed rows are located", "[csv][malformed]") {
    requireError("source,target,weight\na,b,1\nb,c,1,extra\n", 3, 7,
                 "found 4 fields, expected 3 like the header on line 1");
    requireError("a,b\nb\n", 2, 2, "found 1 field, expected 2 like line 1");
    requireError("a,b,c,d\n", 1, 7, "expected 2 or 3 columns");
    requireError("a;b;c\nd\n", 2, 2, "found 1 field");
    requireError("source,target\na,b\n,c\n", 3, 1, "empty source id");
    requireError("source,target\na,  \n", 2, 5, "empty target id");
    requireError("source,target,weight\na,b,1\na,c,heavy\n", 3, 5, "weight \"heavy\" is not a number");
    requireError("source,target,weight\na,b,-2\n", 2, 5, "positive");
    requireError("source,target,weight\na,b,0\n", 2, 5, "positive");
    requireError("source,target,weight\na,b,inf\n", 2, 5, "positive");
    requireError("source;target;weight\na;b;1,5,0\n", 2, 5, "not a number");
    requireError("source,target\n\"a,b\n", 2, 1, "unterminated quoted field");
    requireError("source,target\n\"a\"x,b\n", 2, 4, "after a closing quote");

    SECTION("every bad row is reported, not only the first") {
        const LoadResult r = parseEdgeListCsv("a,b\n,c\nd\ne,f\ng,\n", "many.csv");
        CHECK_FALSE(r.ok());
        REQUIRE(r.diagnostics.size() == 3);
        CHECK(r.diagnostics[0].line == 2);
        CHECK(r.diagnostics[1].line == 3);
        CHECK(r.diagnostics[2].line == 5);
    }
    SECTION("at most 100 problems and a count of the rest") {
        std::string text = "a,b\n";
        for (int i = 0; i < 500; ++i)
            text += ",x\n";
        const LoadResult r = parseEdgeListCsv(text, "lots.csv");
        CHECK_FALSE(r.ok());
        REQUIRE(r.diagnostics.size() == 101);
        CHECK(r.diagnostics.back().message == "400 more problems not shown");
    }
}

TEST_CASE("empty, binary and random input never crashes", "[csv][malformed]") {
    requireError("", 1, 1, "empty");
    requireError("\xEF\xBB\xBF", 1, 1, "empty");
    requireError("\n\n# only a comment\n", 1, 1, "empty");
    requireError(std::string("source,target\na,b\nc,d\0\x01\x02,e\n", 27), 3, 4, "NUL byte");
    requireError(std::string("a,b\nc,\0d\n", 9), 2, 3, "NUL byte");
    requireError("a,b\nTroms\xF8,b\n", 2, 6, "not UTF-8");

    std::mt19937 rng(7);
    SECTION("5 MB of random bytes") {
        std::string noise(5u << 20, '\0');
        for (char& c : noise)
            c = static_cast<char>(rng() & 0xFF);
        const LoadResult r = parseEdgeListCsv(noise, "noise.csv");
        CHECK_FALSE(r.ok());
        REQUIRE(firstError(r) != nullptr);
        CHECK(firstError(r)->line >= 1);
    }
    SECTION("random printable text: a model or located errors") {
        const std::string alphabet = "ab,;\"\n\r #1.5\t";
        for (int i = 0; i < 500; ++i) {
            std::string text;
            for (int k = 0; k < 60; ++k)
                text += alphabet[rng() % alphabet.size()];
            const LoadResult r = parseEdgeListCsv(text, "fuzz.csv");
            if (!r.ok()) {
                REQUIRE(firstError(r) != nullptr);
                CHECK(firstError(r)->line >= 1);
            }
        }
    }
}

TEST_CASE("loadEdgeListCsv reports unreadable paths and isCsvPath knows the extension", "[csv]") {
    const LoadResult missing = loadEdgeListCsv(dataPath("does-not-exist.csv"));
    CHECK_FALSE(missing.ok());
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].message.find("cannot read") != std::string::npos);
    CHECK(isCsvPath("ties.csv"));
    CHECK(isCsvPath("TIES.CSV"));
    CHECK(isCsvPath("ties.tsv"));
    CHECK_FALSE(isCsvPath("ties.xlsx"));
}

TEST_CASE("loadEdgeListCsv refuses a file above kMaxDocumentBytes before reading it", "[csv][malformed]") {
    orgweave::test::TempDir dir;
    const auto path = dir / "huge.csv";
    { std::ofstream(path, std::ios::binary) << "x"; }
    std::error_code ec;
    std::filesystem::resize_file(path, kMaxDocumentBytes + 1, ec);  // sparse: no disk space used
    if (ec)
        return;  // a file system without sparse files: nothing to check
    const LoadResult r = loadEdgeListCsv(path);
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("too large") != std::string::npos);
}
