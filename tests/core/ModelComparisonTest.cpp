// compareModels on the innlandet-like sample's two phases (samples/README.md): the advisory
// structure of p1 (advisory committee, seven regional sub-committees, two learning actions) gives
// way to the health community of p2 (partnership forum, strategic and four professional
// committees, users, GPs and unions at the table, two new roles and two learning actions).
#include <orgweave/core/ComparisonJson.hpp>
#include <orgweave/core/GapEngine.hpp>
#include <orgweave/core/ModelComparison.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>
#include <string>

using namespace orgweave::core;

namespace {

Model loadInnlandet() {
    LoadResult r = loadDocument(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / "innlandet-like.orgweave.json");
    REQUIRE(r.ok());
    return *r.model;
}

std::set<std::string> ids(const ModelDiff& diff, ChangeKind change, bool ties) {
    std::set<std::string> out;
    for (const ElementDiff& d : ties ? diff.ties : diff.nodes) {
        if (d.change == change)
            out.insert(d.id);
    }
    return out;
}

std::set<std::string> rules(const std::vector<Finding>& findings) {
    std::set<std::string> out;
    for (const Finding& f : findings)
        out.insert(f.rule);
    return out;
}

}  // namespace

TEST_CASE("compareModels on innlandet phase p1 against p2", "[diff][samples]") {
    const Model model = loadInnlandet();
    const Comparison c = compareModels(model, "p1", model, "p2");

    SECTION("structure: the p1 committees and actions go and the health community comes") {
        CHECK(ids(c.structure, ChangeKind::Removed, false) ==
              std::set<std::string>{"adv", "geo-valdres", "geo-gjovik", "geo-lillehammer", "geo-gudbrandsdal",
                                    "geo-hamar", "geo-glamdal", "geo-osterdal", "la-valdres", "la-hamar"});
        CHECK(ids(c.structure, ChangeKind::Added, false) ==
              std::set<std::string>{"users", "gp", "union", "partner", "strat", "pc-elderly", "pc-mental",
                                    "pc-children", "pc-chronic", "progman", "analyst", "user-rep",
                                    "user-rep-2", "gp-rep", "gp-rep-2", "union-rep", "union-rep-2",
                                    "la-reflect", "la-records"});
        // Nodes present in both phases are the same; their phase lists are not a change.
        CHECK(c.structure.count(ChangeKind::Changed, false) == 0);
        // Ties t1–t76 and t239–t245 exist only in p1; t77–t174, t227, t228, t236–t238, t246–t264 only in p2.
        CHECK(c.structure.count(ChangeKind::Removed, true) == 76 + 7);
        CHECK(c.structure.count(ChangeKind::Added, true) == 98 + 2 + 3 + 19);
        CHECK(c.structure.count(ChangeKind::Changed, true) == 0);
        const std::set<std::string> removedTies = ids(c.structure, ChangeKind::Removed, true);
        CHECK(removedTies.count("t75"));    // practice consultant south in the Gjøvik sub-committee
        CHECK(!removedTies.count("t225"));  // reports_to in both phases
    }

    SECTION("gaps: missing voices and slow advice are resolved; gaps of actions that ended are not") {
        const GapReport p1 = findGaps(model, GapSettings{}, "p1");
        const GapReport p2 = findGaps(model, GapSettings{}, "p2");
        for (const std::string rule : {"G3", "G11", "G12", "G14"}) {
            INFO(rule);
            CHECK(rules(c.gapsResolved).count(rule));
            CHECK(!rules(c.gapsNew).count(rule));
        }
        // The advisory-era learning action is gone in p2: its gap is no longer evaluated, not resolved.
        CHECK(rules(c.gapsNoLongerEvaluated).count("G2"));
        CHECK(!rules(c.gapsResolved).count("G2"));
        CHECK(rules(c.gapsNew).count("G7"));
        // Every gap of p1 is resolved, no longer evaluated, or still there in p2.
        CHECK(c.gapsNew.size() <= p2.findings.size());
        CHECK(p1.findings.size() - c.gapsResolved.size() - c.gapsNoLongerEvaluated.size() ==
              p2.findings.size() - c.gapsNew.size());
        CHECK(c.alignmentBefore.elements == p1.alignment.elements);
        CHECK(c.alignmentAfter.elements == p2.alignment.elements);
        CHECK(c.alignmentBefore.organizations == p1.alignment.organizations);
        CHECK(c.alignmentAfter.organizations == p2.alignment.organizations);
    }

    SECTION("measures: every role on either side has a delta and the list is sorted") {
        REQUIRE(!c.betweenness.empty());
        for (std::size_t i = 1; i < c.betweenness.size(); ++i) {
            CHECK(std::fabs(c.betweenness[i - 1].delta()) >= std::fabs(c.betweenness[i].delta()));
        }
        auto progman = std::find_if(c.betweenness.begin(), c.betweenness.end(),
                                    [](const MeasureDelta& d) { return d.id == "progman"; });
        REQUIRE(progman != c.betweenness.end());
        CHECK(!progman->before);  // the programme manager exists only in p2
        REQUIRE(progman->after);
        CHECK(c.degree.size() == c.betweenness.size());
        CHECK(c.networkBefore.nodes < c.networkAfter.nodes);
    }

    SECTION("group pairs: users GPs and unions gain their first paths to the hospital") {
        auto pair = std::find_if(c.groupPairs.begin(), c.groupPairs.end(), [](const GroupPairDelta& p) {
            return (p.groupA == "si" && p.groupB == "users") || (p.groupA == "users" && p.groupB == "si");
        });
        REQUIRE(pair != c.groupPairs.end());
        CHECK(pair->pathsBefore == 0);
        CHECK(pair->pathsAfter >= 1);
        for (const GroupPairDelta& p : c.groupPairs)
            CHECK(p.pathsBefore != p.pathsAfter);
    }

    SECTION("json carries both sides with nulls for absent values") {
        const auto json = comparisonToJson(c);
        CHECK(json["before"]["phase"] == "p1");
        CHECK(json["structure"]["counts"]["nodes"]["added"] == 19);
        bool sawNull = false;
        for (const auto& d : json["betweenness"])
            sawNull = sawNull || d["before"].is_null();
        CHECK(sawNull);
        CHECK(json["alignment"]["after"]["scores"]["context"]["total"] == c.alignmentAfter.elements[0].total);
    }
}

TEST_CASE("compareModels refuses a phase the document does not define", "[diff]") {
    const Model model = loadInnlandet();
    CHECK_THROWS_AS(compareModels(model, "p1", model, "nope"), ComparisonError);
    CHECK_THROWS_WITH(compareModels(model, "nope", model, "p2"),
                      "phase \"nope\" is not defined in this document (phases: p1, p2)");
}

TEST_CASE("compareModels of a document with itself changes nothing", "[diff]") {
    const Model model = loadInnlandet();
    const Comparison c = compareModels(model, "p2", model, "p2");
    CHECK(c.structure.empty());
    CHECK(c.groupPairs.empty());
    CHECK(c.gapsNew.empty());
    CHECK(c.gapsResolved.empty());
    for (const MeasureDelta& d : c.betweenness)
        CHECK(d.delta() == 0.0);
}
