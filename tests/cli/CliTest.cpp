// The orgweave command: exit codes (0 ok, 1 bad input, 2 usage) and messages (DESIGN.md §7).
#include <orgweave/core/NativeFormat.hpp>

#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using namespace orgweave::test;

TEST_CASE("the version flag prints the version and exits 0", "[cli]") {
    Scratch s;
    Run r = s.orgweave("--version");
    CHECK(r.status == 0);
    CHECK(r.out.find(ORGWEAVE_VERSION) != std::string::npos);
}

TEST_CASE("wrong usage exits 2 with help", "[cli][usage]") {
    Scratch s;
    const std::string args = GENERATE(as<std::string>{}, "", "frobnicate", "validate",
                                      "convert only-one.orgweave.json", "validate a.orgweave.json --bogus");
    Run r = s.orgweave(args);
    INFO(args << "\n" << r.err);
    CHECK(r.status == 2);
    CHECK(r.err.find("Usage:") != std::string::npos);  // the help of the command or subcommand
}

TEST_CASE("the help flag exits 0", "[cli][usage]") {
    Scratch s;
    Run r = s.orgweave("--help");
    CHECK(r.status == 0);
    CHECK(r.out.find("convert") != std::string::npos);
}

TEST_CASE("validate accepts the sample", "[cli][validate]") {
    Scratch s;
    Run r = s.orgweave("validate " + quote(kSample));
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("valid") != std::string::npos);
}

TEST_CASE("validate rejects a truncated sample with file, line and column", "[cli][validate][bad-input]") {
    Scratch s;
    const std::string text = readText(kSample);
    REQUIRE(text.size() > 1000);
    const std::string cut = text.substr(0, text.size() / 2);
    const fs::path file = s / "truncated.orgweave.json";
    writeText(file, cut);
    Run r = s.orgweave("validate " + quote(file));
    INFO(r.err);
    CHECK(r.status == 1);
    const int lastLine = static_cast<int>(std::count(cut.begin(), cut.end(), '\n')) + 1;
    CHECK(r.err.find(file.string() + ":" + std::to_string(lastLine) + ":") == 0);
    CHECK(r.err.find("error: invalid JSON") != std::string::npos);
}

TEST_CASE("validate lists every semantic problem with its place", "[cli][validate][bad-input]") {
    Scratch s;
    const fs::path file = s / "bad.orgweave.json";
    writeText(file, R"({"format": "orgweave", "version": 1,
"nodes": [
  {"id": "a", "kind": "role"},
  {"id": "a", "kind": "committee", "mandate": "kinda"}
],
"ties": [
  {"id": "t", "kind": "member_of", "source": "a", "target": "ghost"}
]}
)");
    Run r = s.orgweave("validate " + quote(file));
    CHECK(r.status == 1);
    CHECK(r.err.find(file.string() + ":4:") != std::string::npos);  // duplicate id, unknown mandate
    CHECK(r.err.find("duplicate node id \"a\"") != std::string::npos);
    CHECK(r.err.find("unknown mandate \"kinda\"") != std::string::npos);
    CHECK(r.err.find(file.string() + ":7:") != std::string::npos);  // dangling target
    CHECK(r.err.find("target \"ghost\" does not exist") != std::string::npos);
}

TEST_CASE("validate of a missing file or a garbage file exits 1", "[cli][validate][bad-input]") {
    Scratch s;
    Run missing = s.orgweave("validate " + quote(s / "none.orgweave.json"));
    CHECK(missing.status == 1);
    CHECK(missing.err.find("none.orgweave.json") != std::string::npos);
    const fs::path garbage = s / "garbage.orgweave.json";
    writeText(garbage, std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
    Run r = s.orgweave("validate " + quote(garbage));
    CHECK(r.status == 1);
    CHECK(r.err.find(garbage.string() + ":1:1:") == 0);
}

TEST_CASE("every interchange format is written and unknown extensions are named", "[cli][convert]") {
    Scratch s;
    for (const char* ext : {".graphml", ".gexf", ".net", ".dl", ".csv"}) {
        const fs::path out = s / (std::string("out") + ext);
        Run r = s.orgweave("convert " + quote(kSample) + " " + quote(out));
        INFO(ext << "\n" << r.err);
        CHECK(r.status == 0);
        CHECK(fs::exists(out));
    }
    CHECK(fs::exists(s / "out.nodes.csv"));  // a .csv is a ties table with its nodes table beside it
    Run lossy = s.orgweave("convert " + quote(kSample) + " " + quote(s / "lossy.net"));
    CHECK(lossy.err.find("warning: Pajek cannot carry node kinds") != std::string::npos);
    Run unknown = s.orgweave("convert " + quote(kSample) + " " + quote(s / "out.xyz"));
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("unknown file format") != std::string::npos);
    CHECK_FALSE(fs::exists(s / "out.xyz"));
}

TEST_CASE("convert native to native writes the canonical form", "[cli][convert]") {
    Scratch s;
    const fs::path out = s / "copy.orgweave.json";
    Run r = s.orgweave("convert " + quote(kSample) + " " + quote(out));
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto loaded = orgweave::core::loadDocument(kSample);
    REQUIRE(loaded.ok());
    CHECK(readText(out) == orgweave::core::writeDocument(*loaded.model));
}

TEST_CASE("convert to DOT and back keeps nodes, kinds and ties", "[cli][convert]") {
    Scratch s;
    const fs::path dot = s / "sample.dot";
    const fs::path back = s / "back.orgweave.json";
    REQUIRE(s.orgweave("convert " + quote(kSample) + " " + quote(dot)).status == 0);
    Run r = s.orgweave("convert " + quote(dot) + " " + quote(back));
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto a = orgweave::core::loadDocument(kSample);
    auto b = orgweave::core::loadDocument(back);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a.model->nodes.size() == b.model->nodes.size());
    REQUIRE(a.model->ties.size() == b.model->ties.size());
    for (const auto& node : a.model->nodes) {
        const auto* other = b.model->findNode(node.id);
        REQUIRE(other != nullptr);
        CHECK(other->kind == node.kind);
        CHECK(other->label == node.label);
        CHECK(other->organization == node.organization);
    }
}

TEST_CASE("convert of an invalid input exits 1 and leaves the output untouched",
          "[cli][convert][bad-input]") {
    Scratch s;
    const fs::path in = s / "bad.orgweave.json";
    const fs::path out = s / "out.orgweave.json";
    writeText(in, "{\"format\": \"orgweave\", \"version\": 1, \"nodes\": [");
    writeText(out, "keep me");
    Run r = s.orgweave("convert " + quote(in) + " " + quote(out));
    CHECK(r.status == 1);
    CHECK(readText(out) == "keep me");
}

// ---- analyze ----------------------------------------------------------------------------------

namespace {
const std::string kReference = std::string(ORGWEAVE_SOURCE_DIR) + "/tests/reference/data/";
}

TEST_CASE("analyze json output has exactly the keys of the contract", "[cli][analyze]") {
    Scratch s;
    Run r = s.orgweave("analyze " + quote(kReference + "karate.graphml") + " --partition club --format json");
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::ordered_json::parse(r.out);
    CHECK(j.contains("network"));
    CHECK(j.contains("groups"));
    CHECK(j.contains("bridges"));
    REQUIRE(j["nodes"].size() == 34);
    std::vector<std::string> keys;
    for (auto it = j["nodes"][0].begin(); it != j["nodes"][0].end(); ++it)
        keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    std::vector<std::string> expected{"id",
                                      "label",
                                      "kind",
                                      "group",
                                      "degree",
                                      "betweenness",
                                      "closeness",
                                      "harmonic",
                                      "eigenvector",
                                      "pagerank",
                                      "clustering",
                                      "constraint",
                                      "effective_size",
                                      "efficiency",
                                      "brokerage",
                                      "ei_index",
                                      "boundary_spanner",
                                      "articulation_point",
                                      "community"};  // who is in which community (issue 18)
    std::sort(expected.begin(), expected.end());
    CHECK(keys == expected);
    std::vector<std::string> brokerage;
    for (auto it = j["nodes"][0]["brokerage"].begin(); it != j["nodes"][0]["brokerage"].end(); ++it) {
        brokerage.push_back(it.key());
    }
    CHECK(brokerage == std::vector<std::string>{"coordinator", "consultant", "representative", "gatekeeper",
                                                "liaison", "total"});
    CHECK(j["nodes"][0]["betweenness"].get<double>() == Approx(0.43763528138528146));
    CHECK(j["network"]["nodes"] == 34);
}

TEST_CASE("analyze csv output has one row per node", "[cli][analyze]") {
    Scratch s;
    Run r = s.orgweave("analyze " + quote(kReference + "florentine.graphml") + " --format csv");
    REQUIRE(r.status == 0);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 16);
    CHECK(r.out.rfind("id,label,kind,group,degree,betweenness", 0) == 0);
}

TEST_CASE("analyze of the sample tells a committee who its boundary spanners are", "[cli][analyze]") {
    Scratch s;
    Run r = s.orgweave("analyze " + quote(kSample));
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Boundary spanners:") != std::string::npos);
    CHECK(r.out.find("Practice consultant") != std::string::npos);
    CHECK(r.out.find("Fragility") != std::string::npos);
}

TEST_CASE("analyze with out writes the file and measures restricts the output", "[cli][analyze]") {
    Scratch s;
    const fs::path out = s / "k.json";
    Run r = s.orgweave("analyze " + quote(kReference + "karate.graphml") +
                       " --format json --measures degree,brokerage --out " + quote(out));
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(readText(out));
    CHECK(j["nodes"][0].contains("degree"));
    CHECK(j["nodes"][0].contains("brokerage"));
    CHECK_FALSE(j["nodes"][0].contains("betweenness"));
}

TEST_CASE("analyze: bad options and bad input", "[cli][analyze][bad-input]") {
    Scratch s;
    SECTION("a partition attribute that does not exist") {
        Run r = s.orgweave("analyze " + quote(kReference + "karate.graphml") + " --partition nosuch");
        CHECK(r.status == 1);
        CHECK(r.err.find("nosuch") != std::string::npos);
    }
    SECTION("a phase that does not exist") {
        Run r = s.orgweave("analyze " + quote(kSample) + " --phase nosuch");
        CHECK(r.status == 1);
        CHECK(r.err.find("phase \"nosuch\"") != std::string::npos);
    }
    SECTION("an unknown measure") {
        Run r = s.orgweave("analyze " + quote(kSample) + " --measures wisdom");
        CHECK(r.status == 1);
    }
    SECTION("an unknown lens or format is wrong usage") {
        CHECK(s.orgweave("analyze " + quote(kSample) + " --lens friends").status == 2);
        CHECK(s.orgweave("analyze " + quote(kSample) + " --format xml").status == 2);
        CHECK(s.orgweave("analyze " + quote(kSample) + " --approx 0").status == 2);
    }
    SECTION("a weight that is not a number") {
        const fs::path csv = s / "w.csv";
        writeText(csv, "source,target,weight\na,b,1\nb,c,heavy\n");
        Run r = s.orgweave("analyze " + quote(csv));
        CHECK(r.status == 1);
        CHECK(r.err.find(csv.string() + ":3:") == 0);
    }
    SECTION("an empty edge list, one node, a disconnected graph") {
        const fs::path empty = s / "empty.csv";
        writeText(empty, "source,target\n");
        Run e = s.orgweave("analyze " + quote(empty) + " --format json");
        INFO(e.err);
        CHECK((e.status == 0 || e.status == 1));
        const fs::path two = s / "two.csv";
        writeText(two, "a,b\nc,d\n");
        Run d = s.orgweave("analyze " + quote(two) + " --format json");
        REQUIRE(d.status == 0);
        const auto j = nlohmann::json::parse(d.out);
        CHECK(j["network"]["components"] == 2);
        CHECK(d.out.find("NaN") == std::string::npos);
    }
}

// ---- gaps -------------------------------------------------------------------------------------

TEST_CASE("gaps exits 0 with findings in every format", "[cli][gaps]") {
    Scratch s;
    Run table = s.orgweave("gaps " + quote(kSample));
    INFO(table.err);
    REQUIRE(table.status == 0);
    CHECK(table.out.find("Alignment") != std::string::npos);
    CHECK(table.out.find("G18") != std::string::npos);
    Run json = s.orgweave("gaps " + quote(kSample) + " --format json");
    REQUIRE(json.status == 0);
    const auto j = nlohmann::ordered_json::parse(json.out);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"phase", "phase_note", "setting", "rc_wave", "rc_wave_note",
                                           "summary", "findings", "not_evaluated", "evaluations",
                                           "alignment"});
    CHECK(j["summary"]["evaluations"].get<int>() == static_cast<int>(j["evaluations"].size()));
    for (const auto& f : j["findings"]) {
        CHECK(f["rule"].get<std::string>().rfind("G", 0) == 0);
        CHECK_FALSE(f["explanation"].get<std::string>().empty());
    }
    Run md = s.orgweave("gaps " + quote(kSample) + " --format md");
    REQUIRE(md.status == 0);
    CHECK(md.out.rfind("# Gaps: ", 0) == 0);
}

TEST_CASE("gaps with a rules file that overrides thresholds or is wrong", "[cli][gaps][bad-input]") {
    Scratch s;
    const fs::path good = s / "rules.json";
    writeText(good, "{\"disabled\": [\"G18\"]}");
    Run r = s.orgweave("gaps " + quote(kSample) + " --rules " + quote(good) + " --format json");
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    for (const auto& f : j["findings"])
        CHECK(f["rule"] != "G18");
    // A disabled rule is left out entirely: it neither passes, fails nor waits for data.
    for (const auto& e : j["evaluations"])
        CHECK(e["rule"] != "G18");
    const fs::path bad = s / "bad-rules.json";
    writeText(bad, "{\n  \"context_high\": 4,\n  \"colour\": \"red\"\n}");
    Run b = s.orgweave("gaps " + quote(kSample) + " --rules " + quote(bad));
    CHECK(b.status == 1);
    CHECK(b.err.find(bad.string() + ":3:") == 0);
    CHECK(b.err.find("unknown setting \"colour\"") != std::string::npos);
    Run phase = s.orgweave("gaps " + quote(kSample) + " --phase nosuch");
    CHECK(phase.status == 1);
    CHECK(phase.err.find("phase \"nosuch\"") != std::string::npos);
}

TEST_CASE("analyze writes who is in which community (issue 18)", "[cli][analyze][communities]") {
    Scratch s;
    Run csv = s.orgweave("analyze " + quote(kReference + "florentine.graphml") + " --format csv");
    REQUIRE(csv.status == 0);
    const std::string header = csv.out.substr(0, csv.out.find('\n'));
    CHECK(header.size() > 10);
    CHECK(header.substr(header.size() - 10) == ",community");
    // Every row ends with a community number.
    std::size_t rows = 0;
    for (std::size_t start = csv.out.find('\n') + 1; start < csv.out.size();) {
        const std::size_t end = csv.out.find('\n', start);
        const std::string row = csv.out.substr(start, end - start);
        const std::string last = row.substr(row.rfind(',') + 1);
        CHECK_FALSE(last.empty());
        CHECK(last.find_first_not_of("0123456789") == std::string::npos);
        ++rows;
        start = end + 1;
    }
    CHECK(rows == 15);

    Run json = s.orgweave("analyze " + quote(kReference + "florentine.graphml") + " --format json");
    REQUIRE(json.status == 0);
    const auto j = nlohmann::ordered_json::parse(json.out);
    const auto& members = j["network"]["communities"]["members"];
    REQUIRE(members.size() == j["network"]["communities"]["count"].get<std::size_t>());
    std::size_t listed = 0;
    for (const auto& community : members) {
        listed += community["nodes"].size();
        CHECK(community["size"] == community["nodes"].size());
        for (const auto& id : community["nodes"]) {
            for (const auto& node : j["nodes"]) {
                if (node["id"] == id)
                    CHECK(node["community"] == community["community"]);
            }
        }
    }
    CHECK(listed == j["nodes"].size());
}
