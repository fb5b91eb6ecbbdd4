// Reading and writing *.orgweave.json: round trips, preservation, malformed input, atomic saves.
#include "TestModels.hpp"

#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

using namespace orgweave;
using namespace orgweave::core;
using orgweave::test::TempDir;

namespace {

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string allMessages(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics)
        out += d.format() + "\n";
    return out;
}

const char* kMinimal = R"({
  "format": "orgweave", "version": 1,
  "nodes": [
    {"id": "a", "kind": "role", "label": "A"},
    {"id": "b", "kind": "role", "label": "B"}
  ],
  "ties": [
    {"id": "t1", "kind": "collaborates", "source": "a", "target": "b"}
  ]
})";

}  // namespace

TEST_CASE("a minimal document is read", "[format]") {
    LoadResult r = parseDocument(kMinimal, "mini.orgweave.json");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(r.model->nodes.size() == 2);
    CHECK(r.model->ties.size() == 1);
    CHECK(r.model->ties[0].kind == TieKind::Collaborates);
    CHECK_FALSE(r.model->ties[0].isDirected());
    CHECK(r.diagnostics.empty());
}

TEST_CASE("write(read(write(x))) is byte for byte write(x)", "[format]") {
    const Model model = test::richModel();
    const std::string first = writeDocument(model);
    LoadResult r = parseDocument(first, "rich.orgweave.json");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    CHECK(*r.model == model);
    CHECK(writeDocument(*r.model) == first);
}

TEST_CASE("unknown attributes and keys are kept unchanged", "[format]") {
    const char* text = R"({"format": "orgweave", "version": 1, "x-top": {"b": [1, 2.5, null], "a": true},
      "meta": {"title": "T", "x-meta": 7},
      "nodes": [{"id": "o", "kind": "organization", "attrs": {"deep": {"list": [{"k": "v"}]}, "n": 3},
                 "x-node": "kept", "leadership": {"level": "top", "x-l": 1}}],
      "ties": [], "layout": {"positions": {"o": [1, 2]}, "x-layout": "z"}})";
    LoadResult r = parseDocument(text, "t.orgweave.json");
    INFO(allMessages(r.diagnostics));
    REQUIRE(r.ok());
    const Node& o = r.model->nodes[0];
    CHECK(o.attrs["deep"]["list"][0]["k"] == "v");
    CHECK(o.attrs["n"] == 3);
    CHECK(o.extra["x-node"] == "kept");
    CHECK(o.leadership->extra["x-l"] == 1);
    CHECK(r.model->extra["x-top"]["a"] == true);
    CHECK(r.model->annotations.meta.extra["x-meta"] == 7);
    CHECK(r.model->layout.extra["x-layout"] == "z");
    const std::string written = writeDocument(*r.model);
    CHECK(written.find("\"x-node\": \"kept\"") != std::string::npos);
    CHECK(written.find("\"x-top\"") != std::string::npos);
    LoadResult again = parseDocument(written, "t2.orgweave.json");
    REQUIRE(again.ok());
    CHECK(*again.model == *r.model);
}

TEST_CASE("output is deterministic: one node and one tie per line, fixed key order", "[format]") {
    const std::string text = writeDocument(test::richModel());
    CHECK(text.rfind("{\n  \"format\": \"orgweave\",\n  \"version\": 2,\n", 0) == 0);
    CHECK(text.find("    {\"id\": \"hf\", \"kind\": \"organization\", \"type\": \"hospital_trust\"") !=
          std::string::npos);
    CHECK(text.find("    \"hf\": [120.0, 80.0]") != std::string::npos);
    CHECK(text.back() == '\n');
    CHECK(writeDocument(test::richModel()) == text);
}

TEST_CASE("context scores accept the shorthand form", "[format]") {
    const char* text = R"({"format": "orgweave", "version": 1, "nodes": [], "ties": [],
      "context": {"system": {"siloed_structures": 4, "diverse_actors": {"score": 5, "note": "many"}}}})";
    LoadResult r = parseDocument(text, "c.orgweave.json");
    REQUIRE(r.ok());
    CHECK(r.model->annotations.context.system.at("siloed_structures").score == 4);
    CHECK(r.model->annotations.context.system.at("diverse_actors").note == "many");
}

struct Malformed {
    const char* name;
    std::string text;
    int line;
    const char* message;
};

TEST_CASE("malformed documents give an error at the right line and never a model", "[format][bad-input]") {
    const std::string head = "{\"format\": \"orgweave\", \"version\": 1,\n";
    const auto c = GENERATE_COPY(values<Malformed>({
        {"empty file", "", 1, "file is empty"},
        {"only spaces", "  \n  ", 1, "file is empty"},
        {"truncated", head + "\"nodes\": [\n{\"id\": \"a\", \"kind\": \"role\"", 3, "invalid JSON"},
        {"trailing comma", head + "\"nodes\": [\n{\"id\": \"a\", \"kind\": \"role\"},\n]}", 4,
         "invalid JSON"},
        {"garbage", "\x01\x02\xff garbage", 1, "invalid JSON"},
        {"invalid utf-8 in a string", head + "\"meta\": {\"title\": \"\xc3\x28\"}}", 2, "invalid JSON"},
        {"top level array", "[1, 2]", 1, "JSON object"},
        {"missing format", "{\"version\": 1}", 1, "missing \"format\""},
        {"other format", "{\"format\": \"gexf\", \"version\": 1}", 1, "\"format\" must be \"orgweave\""},
        {"missing version", "{\"format\": \"orgweave\"}", 1, "missing \"version\""},
        {"newer version", "{\"format\": \"orgweave\",\n \"version\": 7}", 2, "newer orgweave"},
        {"version not a number", "{\"format\": \"orgweave\",\n \"version\": \"1\"}", 2, "whole number"},
        {"nodes not an array", head + "\"nodes\": {}}", 2, "\"nodes\" must be an array"},
        {"node not an object", head + "\"nodes\": [\n 3]}", 3, "a node must be an object"},
        {"missing id", head + "\"nodes\": [\n {\"kind\": \"role\"}]}", 3, "missing required field \"id\""},
        {"empty id", head + "\"nodes\": [\n {\"id\": \"\", \"kind\": \"role\"}]}", 3, "must not be empty"},
        {"id of wrong type", head + "\"nodes\": [\n {\"id\": 5, \"kind\": \"role\"}]}", 3,
         "\"id\" must be a string"},
        {"unknown node kind", head + "\"nodes\": [\n {\"id\": \"a\",\n \"kind\": \"person\"}]}", 4,
         "unknown node kind \"person\""},
        {"level not a number",
         head + "\"nodes\": [\n {\"id\": \"c\", \"kind\": \"committee\", \"level\": \"two\"}]}", 3,
         "whole number"},
        {"duplicate node id",
         head + "\"nodes\": [\n {\"id\": \"a\", \"kind\": \"role\"},\n {\"id\": \"a\", \"kind\": \"role\"}]}",
         4, "duplicate node id \"a\""},
        {"tie to a missing node",
         head + "\"nodes\": [{\"id\": \"a\", \"kind\": \"role\"}],\n\"ties\": [\n {\"id\": \"t\", \"kind\": "
                "\"collaborates\", \"source\": \"a\",\n \"target\": \"ghost\"}]}",
         5, "target \"ghost\" does not exist"},
        {"tie without source",
         head +
             "\"nodes\": [],\n\"ties\": [\n {\"id\": \"t\", \"kind\": \"collaborates\", \"target\": \"a\"}]}",
         4, "missing required field \"source\""},
        {"unknown tie kind",
         head + "\"nodes\": [],\n\"ties\": [\n {\"id\": \"t\", \"kind\": \"likes\", \"source\": \"a\", "
                "\"target\": \"b\"}]}",
         4, "unknown tie kind"},
        {"unknown mandate",
         head + "\"nodes\": [\n {\"id\": \"c\", \"kind\": \"committee\", \"mandate\": \"binding\"}]}", 3,
         "unknown mandate \"binding\""},
        {"score out of range",
         head + "\"context\": {\"system\": {\n \"siloed_structures\": {\"score\": 9}}}}", 3,
         "expected 1 to 5"},
        {"position not a pair",
         head + "\"nodes\": [{\"id\": \"a\", \"kind\": \"role\"}],\n\"layout\": {\"positions\": {\n\"a\": "
                "[1]}}}",
         4, "must be [x, y]"},
        {"phase not defined",
         head + "\"nodes\": [\n {\"id\": \"a\", \"kind\": \"role\", \"phases\": [\"p9\"]}]}", 3,
         "phase \"p9\" is not defined"},
        {"deep nesting", head + "\"x\": " + std::string(500, '[') + std::string(500, ']') + "}", 2,
         "nested deeper"},
    }));
    SECTION(c.name) {
        LoadResult r = parseDocument(c.text, "bad.orgweave.json");
        INFO(allMessages(r.diagnostics));
        CHECK_FALSE(r.ok());
        REQUIRE_FALSE(r.diagnostics.empty());
        const Diagnostic& d = r.diagnostics.front();
        CHECK(d.severity == Severity::Error);
        CHECK(d.file == "bad.orgweave.json");
        CHECK(d.line == c.line);
        CHECK(d.column >= 1);
        CHECK(d.format().find(c.message) != std::string::npos);
    }
}

TEST_CASE("a truncated copy of a real document fails at its last line", "[format][bad-input]") {
    const std::string full = writeDocument(test::richModel());
    for (std::size_t cut : {full.size() / 3, full.size() / 2, full.size() - 3}) {
        const std::string truncated = full.substr(0, cut);
        LoadResult r = parseDocument(truncated, "cut.orgweave.json");
        CHECK_FALSE(r.ok());
        REQUIRE(r.diagnostics.size() == 1);
        const int lines = static_cast<int>(std::count(truncated.begin(), truncated.end(), '\n')) + 1;
        CHECK(r.diagnostics[0].line == lines);
    }
}

TEST_CASE("every prefix of a document is rejected or read, never a crash", "[format][bad-input]") {
    const std::string full = writeDocument(test::richModel());
    for (std::size_t cut = 0; cut < full.size(); cut += 7) {
        LoadResult r = parseDocument(full.substr(0, cut), "prefix.orgweave.json");
        CHECK_FALSE(r.ok());
    }
}

TEST_CASE("a 200 MB file of garbage is rejected quickly with a place", "[format][bad-input]") {
    TempDir dir;
    const auto path = dir / "garbage.orgweave.json";
    {
        std::ofstream out(path, std::ios::binary);
        std::mt19937 rng(7);
        std::string chunk(1 << 20, '\0');
        for (int i = 0; i < 200; ++i) {
            for (char& ch : chunk)
                ch = static_cast<char>(rng() & 0xFF);
            out << chunk;
        }
    }
    LoadResult r = loadDocument(path);
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].line >= 1);
    CHECK(r.diagnostics[0].file == path.string());
}

TEST_CASE("unreadable paths are errors, not exceptions", "[format][bad-input]") {
    TempDir dir;
    LoadResult missing = loadDocument(dir / "nope.orgweave.json");
    CHECK_FALSE(missing.ok());
    CHECK(missing.diagnostics[0].message.find("cannot read") != std::string::npos);
    LoadResult folder = loadDocument(dir.path());
    CHECK_FALSE(folder.ok());
    CHECK(folder.diagnostics[0].message.find("folder") != std::string::npos);
}

TEST_CASE("positions of unknown nodes are dropped with a warning", "[format]") {
    const char* text = R"({"format": "orgweave", "version": 1, "nodes": [{"id": "a", "kind": "role"}],
      "layout": {"positions": {"a": [1, 2], "ghost": [3, 4]}}})";
    LoadResult r = parseDocument(text, "p.orgweave.json");
    REQUIRE(r.ok());
    CHECK(r.model->layout.positions.size() == 1);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
}

TEST_CASE("saving is atomic", "[format][save]") {
    TempDir dir;
    const auto path = dir / "doc.orgweave.json";
    const Model model = test::richModel();

    SECTION("a new file is written and read back") {
        saveDocument(model, path);
        LoadResult r = loadDocument(path);
        REQUIRE(r.ok());
        CHECK(*r.model == model);
    }
    SECTION("an existing file is replaced and no temporary file is left") {
        writeText(path, "old content");
        saveDocument(model, path);
        CHECK(readText(path) == writeDocument(model));
        int files = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
            ++files;
        CHECK(files == 1);
    }
    SECTION("a failure while producing the content leaves the old file intact") {
        writeText(path, "precious");
        CHECK_THROWS_AS(writeFileAtomically(path,
                                            [](std::ostream& out) {
                                                out << "half";
                                                throw std::runtime_error("disk full");
                                            }),
                        std::runtime_error);
        CHECK(readText(path) == "precious");
        int files = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
            ++files;
        CHECK(files == 1);
    }
    SECTION("saving onto a folder fails with a message and changes nothing") {
        std::filesystem::create_directory(dir / "taken.orgweave.json");
        try {
            saveDocument(model, dir / "taken.orgweave.json");
            FAIL("expected an exception");
        } catch (const std::runtime_error& e) {
            CHECK(std::string(e.what()).find("taken.orgweave.json") != std::string::npos);
        }
        CHECK(std::filesystem::is_directory(dir / "taken.orgweave.json"));
    }
    SECTION("saving into a folder that does not exist fails with a message") {
        CHECK_THROWS_WITH(saveDocument(model, dir / "missing" / "doc.orgweave.json"),
                          Catch::Contains("cannot save"));
    }
}

TEST_CASE("every sample reads, validates without errors and round-trips byte for byte", "[format][samples]") {
    int samples = 0;
    for (const auto& entry : std::filesystem::directory_iterator(ORGWEAVE_SAMPLES_DIR)) {
        const std::string name = entry.path().filename().string();
        if (name.size() < 14 || name.substr(name.size() - 14) != ".orgweave.json")
            continue;
        ++samples;
        INFO(name);
        LoadResult r = loadDocument(entry.path());
        INFO(allMessages(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.diagnostics.empty());
        CHECK_FALSE(r.model->nodes.empty());
        const std::string once = writeDocument(*r.model);
        LoadResult again = parseDocument(once, name);
        REQUIRE(again.ok());
        CHECK(writeDocument(*again.model) == once);
    }
    CHECK(samples >= 1);
}

TEST_CASE("writing to a pipe writes through instead of replacing it", "[format][save]") {
    TempDir dir;
    const auto fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = readText(fifo); });
    writeFileAtomically(fifo, "through the pipe");
    reader.join();
    CHECK(received == "through the pipe");
    CHECK(std::filesystem::is_fifo(fifo));
}

TEST_CASE("version 2 fields round-trip and are validated with their place", "[format][v2]") {
    const char* text = R"({"format": "orgweave", "version": 2, "setting": "no",
  "meta": {"as_of": "2024-06", "recorded": ["leadership"], "expected_voices": ["union"]},
  "nodes": [
    {"id": "hf", "kind": "organization", "party": "partner", "sector": "specialist_health"},
    {"id": "gp", "kind": "organization", "party": "voice", "sector": "primary_health"},
    {"id": "pc", "kind": "role", "organization": "gp", "affiliations": [{"organization": "hf", "share": 0.2}]},
    {"id": "a", "kind": "learning_action", "type": "learning_benchmarking", "start": "2023-01",
     "last_activity": "2024-02", "status_since": "2023-06", "participation": "voluntary", "purpose": "learning",
     "dialogue": "regular_meetings"},
    {"id": "b", "kind": "learning_action", "spreads": "a"}],
  "ties": [{"id": "t1", "kind": "participates_in", "source": "pc", "target": "a"},
           {"id": "t2", "kind": "participates_in", "source": "pc", "target": "b"},
           {"id": "t3", "kind": "collaborates", "source": "pc", "target": "pc2", "rc": {"timely": 3}, "rc_wave": "w1"}],
  "rc_waves": [{"id": "w1", "date": "2024-03"}],
  "phases": [{"id": "p1", "leadership": {"pc": {"behaviors": []}}}]
})";
    // pc2 does not exist: fix that first, then everything else is valid.
    std::string good(text);
    good.replace(good.find("\"pc2\""), 5, "\"pc\" ");
    const LoadResult r = parseDocument(good, "v2.json");
    for (const Diagnostic& d : r.diagnostics)
        INFO(d.format());
    REQUIRE(r.ok());
    const Model& m = *r.model;
    CHECK(m.annotations.setting == "no");
    CHECK(m.annotations.meta.asOf == "2024-06");
    CHECK(m.findNode("pc")->affiliations.at(0).share == Approx(0.2));
    CHECK(m.findNode("b")->learningAction->spreads == "a");
    CHECK(m.annotations.phases.at(0).leadership.at("pc").behaviors.empty());
    const LoadResult again = parseDocument(writeDocument(m), "again.json");
    REQUIRE(again.ok());
    CHECK(*again.model == m);

    struct Bad {
        const char* from;
        const char* to;
        const char* message;
    };
    const std::vector<Bad> bad{
        {"\"party\": \"partner\"", "\"party\": \"governor\"", "unknown party \"governor\""},
        {"\"organization\": \"hf\", \"share\"", "\"organization\": \"xx\", \"share\"",
         "affiliated organization \"xx\" does not exist"},
        {"\"share\": 0.2", "\"share\": 1.5", "share must be above 0"},
        {"\"start\": \"2023-01\"", "\"start\": \"2023\"", "is not a month"},
        {"\"as_of\": \"2024-06\"", "\"as_of\": \"June\"", "is not a month"},
        {"\"recorded\": [\"leadership\"]", "\"recorded\": [\"people\"]",
         "unknown recorded element \"people\""},
        {"\"purpose\": \"learning\"", "\"purpose\": \"fun\"", "unknown benchmarking purpose"},
        {"\"spreads\": \"a\"", "\"spreads\": \"zz\"", "spread learning action \"zz\" does not exist"},
        {"\"rc_wave\": \"w1\"", "\"rc_wave\": \"w9\"", "survey wave \"w9\" is not defined"},
        {"\"setting\": \"no\"", "\"setting\": \"se\"", "unknown setting \"se\""},
        {"\"pc\": {\"behaviors\": []}", "\"ghost\": {\"behaviors\": []}", "role \"ghost\" does not exist"},
    };
    for (const Bad& b : bad) {
        std::string doc = good;
        const auto at = doc.find(b.from);
        REQUIRE(at != std::string::npos);
        doc.replace(at, std::strlen(b.from), b.to);
        const LoadResult broken = parseDocument(doc, "bad.json");
        INFO(b.to);
        REQUIRE_FALSE(broken.ok());
        const auto error = std::find_if(broken.diagnostics.begin(), broken.diagnostics.end(),
                                        [](const Diagnostic& x) { return x.severity == Severity::Error; });
        REQUIRE(error != broken.diagnostics.end());
        const Diagnostic& d = *error;
        CHECK(d.message.find(b.message) != std::string::npos);
        CHECK(d.line > 0);  // every new field is placed: file:line:col
        CHECK(d.column > 0);
    }
}

TEST_CASE("version 1 migrates with a notice; a newer version is refused", "[format][v2]") {
    const char* v1 = R"({"format": "orgweave", "version": 1, "nodes": [
      {"id": "hf", "kind": "organization", "type": "hospital_trust", "attrs": {"sector": "specialist_care", "x": 1}},
      {"id": "u", "kind": "organization", "type": "user_organization"},
      {"id": "uni", "kind": "organization", "type": "university"}]})";
    const LoadResult r = parseDocument(v1, "old.json");
    REQUIRE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    CHECK(r.diagnostics[0].message.find("migrated to version 2") != std::string::npos);
    const Model& m = *r.model;
    CHECK(m.findNode("hf")->organizationProfile->party == "partner");
    CHECK(m.findNode("hf")->organizationProfile->sector == "specialist_health");
    CHECK(m.findNode("hf")->attrs == nlohmann::json{{"x", 1}});
    CHECK(m.findNode("u")->organizationProfile->party == "voice");
    CHECK(m.findNode("uni")->organizationProfile->party == "external");
    const LoadResult newer = parseDocument(R"({"format": "orgweave", "version": 3})", "new.json");
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.diagnostics[0].message.find("newer orgweave") != std::string::npos);
}
