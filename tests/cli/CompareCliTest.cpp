// `orgweave diff` and `orgweave whatif`: the innlandet-like phases in table, Markdown and JSON, two
// files, wrong usage (exit 2), unknown phase and unknown id (exit 1), and the regional committee's
// what-ifs (a practice consultant leaving, the strategic committee dissolved, proposals).
#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

using namespace orgweave::test;

const fs::path kInnlandet = fs::path(ORGWEAVE_SAMPLES_DIR) / "innlandet-like.orgweave.json";

std::set<std::string> pairSet(const nlohmann::json& pairs) {
    std::set<std::string> out;
    for (const auto& p : pairs) {
        std::string a = p.at("a").get<std::string>();
        std::string b = p.at("b").get<std::string>();
        out.insert(a < b ? a + "|" + b : b + "|" + a);
    }
    return out;
}

}  // namespace

TEST_CASE("diff of innlandet phases in table markdown and json", "[cli][diff]") {
    Scratch scratch;
    const Run table = scratch.orgweave("diff " + quote(kInnlandet) + " --phases p1 p2 --top 3");
    REQUIRE(table.status == 0);
    CHECK_THAT(
        table.out,
        Catch::Contains("Advisory committee with regional sub-committees (p1) → Health community (p2)"));
    CHECK_THAT(
        table.out,
        Catch::Contains("Nodes: 19 added, 10 removed, 0 changed. Ties: 122 added, 83 removed, 0 changed."));
    CHECK_THAT(table.out, Catch::Contains("− Advisory committee (adv, committee)"));
    CHECK_THAT(table.out, Catch::Contains("+ Strategic committee (strat, committee)"));
    // observer seats make no co-membership
    CHECK_THAT(table.out, Catch::Contains("Hospital trust ↔ User committee: 0 → 1 path"));
    CHECK_THAT(table.out, Catch::Contains("G12 Slow architecture for fast change"));
    CHECK_THAT(table.out,
               Catch::Contains("Collaborative learning: 11 of 16 · 69% → 23 of 25 · 92%  (better)"));
    CHECK_THAT(table.out, Catch::Contains("density: 0.293 → 0.390"));

    const Run md = scratch.orgweave("diff " + quote(kInnlandet) + " --phases p1 p2 --format md");
    REQUIRE(md.status == 0);
    CHECK(md.out.rfind("# Diff: ", 0) == 0);
    CHECK_THAT(md.out, Catch::Contains("## Gaps resolved (38)"));
    CHECK_THAT(md.out, Catch::Contains("- **G7 Mandate without authority**"));

    const Run json = scratch.orgweave("diff " + quote(kInnlandet) + " --phases p1 p2 --format json --out " +
                                      quote(scratch / "diff.json"));
    REQUIRE(json.status == 0);
    const auto j = nlohmann::json::parse(readText(scratch / "diff.json"));
    CHECK(j.at("before").at("phase") == "p1");
    CHECK(j.at("after").at("phase") == "p2");
    CHECK(j.at("structure").at("counts").at("nodes").at("removed") == 10);
    CHECK(j.at("structure").at("counts").at("ties").at("added") == 122);
    std::set<std::string> resolved;
    for (const auto& f : j.at("gaps").at("resolved"))
        resolved.insert(f.at("rule").get<std::string>());
    CHECK(resolved == std::set<std::string>{"G3", "G11", "G12", "G14"});
    std::set<std::string> noLonger;
    for (const auto& f : j.at("gaps").at("no_longer_evaluated"))
        noLonger.insert(f.at("rule").get<std::string>());
    CHECK(noLonger.count("G2"));  // the advisory-era action ended: not an improvement
    bool progmanHasNullBefore = false;
    for (const auto& d : j.at("betweenness")) {
        if (d.at("id") == "progman")
            progmanHasNullBefore = d.at("before").is_null() && d.at("after").is_number();
    }
    CHECK(progmanHasNullBefore);
    CHECK(j.at("alignment").at("before").at("scores").at("learning").at("percent") == 69);  // 11 of 16
    CHECK(j.at("alignment").at("after").at("scores").at("learning").at("percent") == 92);   // 23 of 25
    CHECK(j.at("network").at("after").at("nodes") == 33);
}

TEST_CASE("diff of two files reports changed fields and ties matched across ids", "[cli][diff]") {
    Scratch scratch;
    auto doc = nlohmann::ordered_json::parse(readText(kSample));
    for (auto& node : doc.at("nodes")) {
        if (node.at("id") == "pc-2")
            node["label"] = "Practice consultant 2 (vacant)";
    }
    auto& ties = doc.at("ties");
    for (auto it = ties.begin(); it != ties.end();) {
        it = it->at("id") == "t85" ? ties.erase(it) : it + 1;
    }
    for (auto& tie : ties) {
        if (tie.at("id") == "t79")
            tie["id"] = "hoi-link";  // same relationship, another id
    }
    writeText(scratch / "after.orgweave.json", doc.dump(2));
    const Run run = scratch.orgweave("diff " + quote(kSample) + " " + quote(scratch / "after.orgweave.json") +
                                     " --format json");
    REQUIRE(run.status == 0);
    const auto j = nlohmann::json::parse(run.out);
    REQUIRE(j.at("structure").at("nodes").size() == 1);
    CHECK(j.at("structure").at("nodes")[0].at("fields")[0].at("field") == "label");
    CHECK(j.at("structure").at("nodes")[0].at("fields")[0].at("after") == "Practice consultant 2 (vacant)");
    REQUIRE(j.at("structure").at("ties").size() == 1);
    CHECK(j.at("structure").at("ties")[0].at("id") == "t85");
    CHECK(j.at("structure").at("ties")[0].at("change") == "removed");

    const Run same = scratch.orgweave("diff " + quote(kSample) + " " + quote(kSample));
    REQUIRE(same.status == 0);
    CHECK_THAT(same.out,
               Catch::Contains("Nodes: 0 added, 0 removed, 0 changed. Ties: 0 added, 0 removed, 0 changed."));
}

TEST_CASE("diff refuses wrong usage and unknown phases", "[cli][diff]") {
    Scratch scratch;
    SECTION("files of different formats") {
        REQUIRE(
            scratch.orgweave("convert " + quote(kSample) + " " + quote(scratch / "region.graphml")).status ==
            0);
        const Run run = scratch.orgweave("diff " + quote(kSample) + " " + quote(scratch / "region.graphml"));
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains("orgweave document") && Catch::Contains("GraphML") &&
                                Catch::Contains("orgweave convert"));
    }
    SECTION("one file without phases") {
        const Run run = scratch.orgweave("diff " + quote(kInnlandet));
        CHECK(run.status == 2);
        CHECK_THAT(run.err, Catch::Contains("--phases P1 P2"));
    }
    SECTION("two files with phases") {
        const Run run =
            scratch.orgweave("diff " + quote(kInnlandet) + " " + quote(kInnlandet) + " --phases p1 p2");
        CHECK(run.status == 2);
    }
    SECTION("an unknown phase") {
        const Run run = scratch.orgweave("diff " + quote(kInnlandet) + " --phases p1 nope");
        CHECK(run.status == 1);
        CHECK_THAT(run.err, Catch::Contains(
                                kInnlandet.string() +
                                ": error: phase \"nope\" is not defined in this document (phases: p1, p2)"));
    }
}

TEST_CASE("whatif the practice consultant leaves and the strategic committee is dissolved", "[cli][whatif]") {
    Scratch scratch;
    SECTION("a practice consultant: parallel bridges, nothing cut") {
        const Run run = scratch.orgweave("whatif " + quote(kSample) + " --remove pc-1");
        REQUIRE(run.status == 0);
        CHECK_THAT(
            run.out,
            Catch::Contains("Removing Practice consultant 1 (pc-1): no pair of organizations loses a link."));
        CHECK_THAT(run.out, Catch::Contains("Joint review of patient records loses its facilitator"));
        CHECK_THAT(run.out, Catch::Contains("Practice consultant 1 (pc-1): 0.0444 → —"));
    }
    SECTION("the strategic committee: Moss loses its links") {
        const Run run = scratch.orgweave("whatif " + quote(kSample) + " --remove sc");
        REQUIRE(run.status == 0);
        CHECK_THAT(run.out, Catch::Contains(
                                "Removing Strategic committee (sc): Moss loses its last link to Hospital "
                                "trust, GP collective, Fredrikstad and 4 more; Hospital trust ↔ Halden and 8 "
                                "more pairs are down to one path."));
        CHECK_THAT(run.out, Catch::Contains("Organization pairs disconnected (7)"));
        CHECK_THAT(run.out, Catch::Contains("Hospital trust ↔ Moss: 1 → 0 paths"));
        CHECK_THAT(run.out, Catch::Contains("Organization pairs down to one path (9)"));
        CHECK_THAT(run.out, Catch::Contains("Hospital trust ↔ Halden: 2 → 1 path"));

        const Run json = scratch.orgweave("whatif " + quote(kSample) + " --remove sc --format json");
        REQUIRE(json.status == 0);
        const auto j = nlohmann::json::parse(json.out);
        CHECK(pairSet(j.at("disconnected")).count("hf|m-moss") == 1);
        CHECK(j.at("disconnected").size() == 7);
        CHECK(j.at("down_to_one_path").size() == 9);
        CHECK(j.at("removed_nodes") == nlohmann::json::array({"sc"}));
        CHECK(j.at("comparison").at("structure").at("counts").at("ties").at("removed") == 17);
    }
    SECTION("a proposed tie and a proposed committee restore links") {
        const Run tie = scratch.orgweave("whatif " + quote(kSample) +
                                         " --remove sc --add-tie md-moss:cd-medicine --format json");
        REQUIRE(tie.status == 0);
        const auto j = nlohmann::json::parse(tie.out);
        CHECK(pairSet(j.at("disconnected")).count("hf|m-moss") == 0);
        CHECK(j.at("disconnected").size() == 6);
        CHECK(j.at("comparison").at("structure").at("ties")[17].at("kind") == "collaborates");

        const Run committee =
            scratch.orgweave("whatif " + quote(kSample) +
                             " --remove sc --add-committee forum:md-moss,union-rep,hoi-hf --format json");
        REQUIRE(committee.status == 0);
        const auto c = nlohmann::json::parse(committee.out);
        const std::set<std::string> cut = pairSet(c.at("disconnected"));
        CHECK(cut.count("hf|m-moss") == 0);
        CHECK(cut.count("hf|union") == 0);
        CHECK(cut.count("m-moss|union") == 0);
        CHECK(c.at("comparison").at("structure").at("counts").at("nodes").at("added") == 1);
        const Run committeeTable = scratch.orgweave(
            "whatif " + quote(kSample) + " --remove sc --add-committee forum:md-moss,union-rep,hoi-hf");
        REQUIRE(committeeTable.status == 0);
        CHECK_THAT(committeeTable.out,
                   Catch::Contains("Removing Strategic committee (sc), adding a proposed committee and "
                                   "3 proposed ties: Hospital trust ↔ Halden"));
        CHECK_THAT(committeeTable.out, Catch::Contains("Organization pairs down to one path (9)"));
        CHECK(committeeTable.out.find("Organization pairs disconnected") == std::string::npos);

        const Run onlyAdd =
            scratch.orgweave("whatif " + quote(kSample) + " --add-tie md-moss:cd-medicine:collaborates");
        REQUIRE(onlyAdd.status == 0);
        CHECK_THAT(onlyAdd.out,
                   Catch::Contains("Adding a proposed tie: no pair of organizations loses a link."));
    }
}

TEST_CASE("whatif refuses unknown ids and empty scenarios", "[cli][whatif]") {
    Scratch scratch;
    const Run unknown = scratch.orgweave("whatif " + quote(kSample) + " --remove pc-1,pc1");
    CHECK(unknown.status == 1);
    CHECK_THAT(unknown.err,
               Catch::Contains(kSample.string() + ": error: no node 'pc1' (did you mean 'pc-1'?)"));
    const Run nothing = scratch.orgweave("whatif " + quote(kSample));
    CHECK(nothing.status == 2);
    CHECK_THAT(nothing.err, Catch::Contains("--remove"));
    const Run badTie = scratch.orgweave("whatif " + quote(kSample) + " --add-tie pc-1");
    CHECK(badTie.status == 2);
    const Run badKind = scratch.orgweave("whatif " + quote(kSample) + " --add-tie pc-1:hf:friends");
    CHECK(badKind.status == 2);
    const Run wrongKinds = scratch.orgweave("whatif " + quote(kSample) + " --add-tie pc-1:hf:member_of");
    CHECK(wrongKinds.status == 1);
    const Run phase = scratch.orgweave("whatif " + quote(kSample) + " --remove pc-1 --phase p1");
    CHECK(phase.status == 1);
    CHECK_THAT(phase.err, Catch::Contains("phase \"p1\" is not defined in this document (it has no phases)"));
}
