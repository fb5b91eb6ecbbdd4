// The streaming native reader and writer (issue 21): the same Model as reading a whole JSON tree,
// the same bytes as before, positioned errors for malformed files, no recursion on deep nesting.
#include "TestModels.hpp"

// The tree-based reader (modelFromJson on a whole nlohmann tree) is private to core; it is the
// reference the streaming driver must agree with.
#include "../../core/src/ModelJson.hpp"

#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace orgweave;
using namespace orgweave::core;

namespace {

std::string readText(const std::filesystem::path& path) {
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

/// The first error, which must exist.
const Diagnostic& firstError(const LoadResult& r) {
    for (const Diagnostic& d : r.diagnostics) {
        if (d.severity == Severity::Error)
            return d;
    }
    FAIL("no error reported");
    return r.diagnostics.front();
}

const char* kHeader = R"({"format": "orgweave", "version": 1, )";

}  // namespace

TEST_CASE("the streaming reader gives the same Model as reading the whole tree", "[format][stream]") {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(ORGWEAVE_SAMPLES_DIR)) {
        if (entry.path().string().ends_with(".orgweave.json"))
            files.push_back(entry.path());
    }
    REQUIRE(files.size() >= 5);
    for (const auto& path : files) {
        INFO(path.filename().string());
        const std::string text = readText(path);
        const LoadResult streamed = loadDocument(path);  // mapped file
        INFO(allMessages(streamed.diagnostics));
        REQUIRE(streamed.ok());
        Diagnostics treeDiagnostics;
        const Model tree = modelFromJson(nlohmann::json::parse(text), treeDiagnostics);
        CHECK(treeDiagnostics.empty());
        CHECK(*streamed.model == tree);
        CHECK(*parseDocument(text, path.string()).model == tree);  // text in memory
        // and the writer gives the bytes it gave before: written once, the file is a fixed point
        const std::string once = writeDocument(tree);
        CHECK(writeDocument(*parseDocument(once, "once").model) == once);
    }
    // the richest test model, with unknown members everywhere
    const std::string rich = writeDocument(test::richModel());
    Diagnostics treeDiagnostics;
    CHECK(*parseDocument(rich, "rich").model == modelFromJson(nlohmann::json::parse(rich), treeDiagnostics));
}

TEST_CASE("the streamed writer gives the same bytes into a stream and into a string", "[format][stream]") {
    const Model model = test::richModel();
    std::ostringstream out;
    writeDocument(model, out);
    CHECK(out.str() == writeDocument(model));
    test::TempDir dir;
    saveDocument(model, dir / "rich.orgweave.json");
    CHECK(readText(dir / "rich.orgweave.json") == writeDocument(model));
}

TEST_CASE("unknown members round trip wherever they are, before or after nodes and ties",
          "[format][stream]") {
    const std::string text = R"({"ties": [{"id": "t", "kind": "collaborates", "source": "a", "target": "b",
        "future": {"x": [1, 2.5, "y"]}}], "custom": {"deep": [[[]]]},
        "nodes": [{"id": "a", "kind": "role", "attrs": {"k": 1}, "extra_key": null}, {"id": "b", "kind": "role"}],
        "format": "orgweave", "version": 1})";
    const LoadResult r = parseDocument(text, "late-header.orgweave.json");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    REQUIRE(r.model->nodes.size() == 2);
    CHECK(r.model->ties.at(0).extra.at("future") == nlohmann::json::parse(R"({"x": [1, 2.5, "y"]})"));
    CHECK(r.model->nodes.at(0).extra.at("extra_key").is_null());
    CHECK(r.model->nodes.at(0).attrs.at("k") == 1);
    CHECK(r.model->extra.at("custom") == nlohmann::json::parse(R"({"deep": [[[]]]})"));
    const LoadResult again = parseDocument(writeDocument(*r.model), "again.orgweave.json");
    REQUIRE(again.ok());
    CHECK(*again.model == *r.model);
}

TEST_CASE("a number too large for a double is a positioned error", "[format][stream]") {
    const std::string text =
        std::string(kHeader) +
        "\"nodes\": [\n  {\"id\": \"a\", \"kind\": \"committee\", \"meetings_per_year\": 1e400}\n]}";
    const LoadResult r = parseDocument(text, "huge.orgweave.json");
    REQUIRE_FALSE(r.ok());
    const Diagnostic& d = firstError(r);
    CHECK(d.file == "huge.orgweave.json");
    CHECK(d.line == 2);
    CHECK(d.column == static_cast<int>(
                          std::string(R"(  {"id": "a", "kind": "committee", "meetings_per_year": )").size()) +
                          1);
    CHECK_THAT(d.message, Catch::Contains("1e400") && Catch::Contains("too large"));
    // at the top level too, and negative
    const LoadResult top = parseDocument(std::string(kHeader) + "\"x\": -1e999}", "top.orgweave.json");
    REQUIRE_FALSE(top.ok());
    CHECK(firstError(top).line == 1);
    CHECK(firstError(top).column == static_cast<int>(std::string(kHeader).size() + 6));
}

TEST_CASE("malformed files give positioned errors from the streaming reader", "[format][stream]") {
    struct Case {
        std::string text;
        int line;
        std::string contains;
    };
    const std::vector<Case> cases{
        {std::string(kHeader) + "\n\"nodes\": [{\"id\": \"a\", \"kind\": \"role\"},\n{\"id\": \"b\"", 3,
         "invalid JSON"},
        {std::string(kHeader) + "\n\"nodes\": [{\"id\": \"a\" \"kind\": \"role\"}]}", 2, "invalid JSON"},
        {std::string(kHeader) + "\n\"nodes\": [{\"id\": 5, \"kind\": \"role\"}]}", 2, "must be a string"},
        {std::string(kHeader) + "\n\"nodes\": {\"id\": \"a\"}}", 2, "\"nodes\" must be an array"},
        {std::string(kHeader) + "\n\"ties\": [\n 3]}", 3, "a tie must be an object"},
        {std::string(kHeader) + "\n\"nodes\": [],\n\"nodes\": []}", 3, "appears twice"},
        {"{\"format\": \"orgweave\",\n \"version\": 7}", 2, "newer orgweave"},
        {"{\"version\": 1,\n \"format\": \"gexf\"}", 2, "\"format\" must be \"orgweave\""},
        {"[1, 2]", 1, "a JSON object"},
        {"{\"version\": 1, \"nodes\": []}", 1, "missing \"format\""},
        {std::string(kHeader) + "\"nodes\": []} trailing", 1, "invalid JSON"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const LoadResult r = parseDocument(c.text, "bad.orgweave.json");
        INFO(allMessages(r.diagnostics));
        REQUIRE_FALSE(r.ok());
        const Diagnostic& d = firstError(r);
        CHECK(d.line == c.line);
        CHECK(d.column >= 1);
        CHECK_THAT(d.message, Catch::Contains(c.contains));
    }
}

TEST_CASE("100,000 nested arrays are refused without recursion", "[format][stream]") {
    for (const std::string& where :
         {std::string("\"attrs_bomb\": "),
          std::string("\"nodes\": [{\"id\": \"a\", \"kind\": \"role\", \"attrs\": {\"x\": ")}) {
        std::string text = std::string(kHeader) + where;
        const std::size_t start = text.size();
        text += std::string(100'000, '[') + std::string(100'000, ']');
        text += "}";
        const LoadResult r = parseDocument(text, "deep.orgweave.json");
        REQUIRE_FALSE(r.ok());
        const Diagnostic& d = firstError(r);
        CHECK_THAT(d.message, Catch::Contains("nested deeper than"));
        CHECK(d.line == 1);
        CHECK(d.column > static_cast<int>(start));
        CHECK(d.column <= static_cast<int>(start) + kMaxJsonDepth + 1);
    }
    // unterminated, too: the error is the depth, found while reading, not a crash at the end
    const LoadResult open =
        parseDocument(std::string(kHeader) + "\"x\": " + std::string(100'000, '['), "open.orgweave.json");
    REQUIRE_FALSE(open.ok());
    CHECK_THAT(firstError(open).message, Catch::Contains("nested deeper than"));
}

TEST_CASE("every truncation of a written document is a positioned error", "[format][stream]") {
    const std::string full = writeDocument(test::richModel());
    for (std::size_t cut = 1; cut + 1 < full.size(); cut += 7) {
        const std::string part = full.substr(0, cut);
        const LoadResult r = parseDocument(part, "cut.orgweave.json");
        REQUIRE_FALSE(r.ok());
        const Diagnostic& d = firstError(r);
        INFO(cut << ": " << d.format());
        CHECK(d.line >= 1);
        CHECK(d.column >= 1);
    }
}

TEST_CASE("malformed nodes and ties give the diagnostics of the tree reader in the same order",
          "[format][stream]") {
    // Version 2 elements are read from flat members, version 1 nodes (migrated) and elements that
    // come before the version from trees: all must word, point and order their problems alike.
    const std::string elements = R"("nodes": [
        {"id": 5, "kind": "wizard", "label": ["x"], "level": "two", "meetings_per_year": "often",
         "chair_rotation": 1, "characteristics": [1, "ok", null], "leadership": "strong",
         "affiliations": {"organization": "o"}, "contradictions": [3, {"level": "primary"}],
         "iterations": 2.5, "phases": "p1", "attrs": [], "zz_unknown": {"k": [1]}, "aa_unknown": "x"},
        {"id": "", "kind": "", "label": "dup", "label": 7},
        {"kind": "role", "leadership": {"behaviors": "none", "level": 3, "extra": true}},
        "not an object", 12, null, [],
        {"id": "n~/1", "kind": "committee", "level": 1e3, "chair_rotation": true, "note": "n"}],
      "ties": [
        {"id": "t1", "kind": "knows", "source": 1, "weight": "heavy", "directed": "yes",
         "rc": {"timely": "fast", "accurate": 4}, "represents": "o", "seat": {}, "unknown": [1, {"a": 2}]},
        {"kind": "collaborates", "target": "b", "id": "t2", "id": ""},
        "tie", {"id": "t3", "kind": "member_of", "source": "a", "target": "c", "phases": [1]}]})";
    for (const std::string version : {"2", "1"}) {
        for (const bool late : {false, true}) {
            INFO("version " << version << (late ? ", header after the elements" : ""));
            const std::string header = R"("format": "orgweave", "version": )" + version;
            const std::string text = late
                                         ? "{" + elements.substr(0, elements.size() - 1) + ", " + header + "}"
                                         : "{" + header + ", " + elements;
            const LoadResult streamed = parseDocument(text, "bad.orgweave.json");
            REQUIRE_FALSE(streamed.ok());
            Diagnostics tree;
            modelFromJson(nlohmann::json::parse(text), tree);  // no organization: nothing to migrate
            std::vector<std::pair<std::string, std::string>> got;
            std::vector<std::pair<std::string, std::string>> expected;
            for (const Diagnostic& d : streamed.diagnostics) {
                CHECK(d.line > 0);  // every problem is located
                got.emplace_back(d.pointer, d.message);
            }
            for (const Diagnostic& d : tree)
                expected.emplace_back(d.pointer, d.message);
            CHECK(got == expected);
            CHECK(got.size() > 25);
        }
    }
}

TEST_CASE("a node or tie read from flat members keeps unknown members and the last of a repeated key",
          "[format][stream]") {
    const std::string text = R"({"format": "orgweave", "version": 2, "nodes": [
        {"zeta": [1, [2]], "id": "a", "kind": "role", "label": "first", "label": "second", "alpha": {"x": null},
         "leadership": {"behaviors": ["b"], "level": "middle", "mine": 1}, "attrs": {"k": "v"}, "n": -3,
         "u": 18446744073709551615, "f": 0.5, "t": true, "z": null, "s": "text"},
        {"id": "b", "kind": "role", "label": {"not": "yet"}, "label": "plain"}],
      "ties": [{"id": "t", "kind": "collaborates", "source": "a", "target": "b", "weight": 2,
                "rc": {"timely": 4}, "rc_wave": "", "extra": "kept", "kind": "collaborates"}]})";
    const LoadResult r = parseDocument(text, "flat.orgweave.json");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    Diagnostics treeDiagnostics;
    const Model tree = modelFromJson(nlohmann::json::parse(text), treeDiagnostics);
    CHECK(*r.model == tree);
    const Node& a = r.model->nodes.at(0);
    CHECK(a.label == "second");
    CHECK(a.extra.at("zeta") == nlohmann::json::parse("[1, [2]]"));
    CHECK(a.extra.at("u") == 18446744073709551615ull);
    CHECK(a.extra.at("n") == -3);
    CHECK(a.extra.at("s") == "text");
    CHECK(a.leadership->extra.at("mine") == 1);
    CHECK(r.model->nodes.at(1).label == "plain");
    CHECK(r.model->ties.at(0).extra.at("extra") == "kept");
    CHECK(writeDocument(*r.model) == writeDocument(tree));
}

TEST_CASE("a large document reads the same while other threads count its elements and fault pages in",
          "[format][stream]") {
    // Above 1 MiB of text the two pre-counts run on two threads and the reserved pages are
    // faulted in by another thread while the parse fills them.
    Model model;
    for (int i = 0; i < 20000; ++i) {
        Node node;
        node.id = "r" + std::to_string(i);
        node.label = "Role number " + std::to_string(i) + " of a large test document";
        model.nodes.push_back(node);
    }
    for (int i = 0; i < 40000; ++i) {
        Tie tie;
        tie.id = "t" + std::to_string(i);
        tie.source = "r" + std::to_string(i % 20000);
        tie.target = "r" + std::to_string((i * 7 + 1) % 20000);
        model.ties.push_back(tie);
    }
    const std::string text = writeDocument(model);
    REQUIRE(text.size() > (std::size_t{2} << 20));
    const LoadResult r = parseDocument(text, "large.orgweave.json");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.model->nodes == model.nodes);
    CHECK(r.model->ties == model.ties);
    CHECK(writeDocument(*r.model) == text);
    // type errors near the start, the middle and the end keep their order and pointers
    std::string bad = text;
    for (const char* id : {"\"r3\"", "\"t20000\"", "\"t39999\""})
        bad.replace(bad.find(std::string("\"id\": ") + id), 6 + std::strlen(id), "\"id\": 17");
    const LoadResult broken = parseDocument(bad, "large-bad.orgweave.json");
    std::vector<std::string> pointers;
    for (const Diagnostic& d : broken.diagnostics)
        pointers.push_back(d.pointer);
    CHECK(pointers == std::vector<std::string>{"/nodes/3/id", "/ties/20000/id", "/ties/39999/id"});
}
