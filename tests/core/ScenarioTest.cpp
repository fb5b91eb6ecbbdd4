// What-if scenarios: removing nodes of every kind keeps every sample valid, unknown ids are named
// with a close match, proposed ties are checked, and the impact on samples/regional-committee is
// the one worked out by hand from its ties (people lens, organizations as groups):
//   - the three practice consultants (pc-1…pc-3) are parallel bridges: removing pc-1 cuts no
//     organization pair, because every other party's role still meets the hospital's roles in the
//     strategic committee (sc);
//   - dissolving the strategic committee leaves Moss (only md-moss, who sits nowhere else) and the
//     union (only union-rep) without any path, and Halden and Indre Østfold (whose second role is a
//     home-care leader or nurse in other groups) with one path where they had two.
#include <orgweave/core/ComparisonJson.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/Scenario.hpp>
#include <orgweave/core/Validation.hpp>

#include "TestModels.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

using namespace orgweave::core;
using orgweave::test::makeNode;
using orgweave::test::makeTie;

namespace {

Model loadSample(const std::string& name) {
    LoadResult r = loadDocument(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / (name + ".orgweave.json"));
    REQUIRE(r.ok());
    return *r.model;
}

std::size_t errorCount(const Model& model) {
    std::size_t n = 0;
    for (const Diagnostic& d : validate(model))
        n += d.severity == Severity::Error ? 1 : 0;
    return n;
}

using PairSet = std::set<std::pair<std::string, std::string>>;

PairSet pairs(const std::vector<GroupPairDelta>& list) {
    PairSet out;
    for (const GroupPairDelta& p : list)
        out.insert(std::minmax(p.groupA, p.groupB));
    return out;
}

std::pair<std::string, std::string> pair(const std::string& a, const std::string& b) {
    return std::minmax(a, b);
}

Scenario removing(std::vector<std::string> ids) {
    Scenario s;
    s.removeNodes = std::move(ids);
    return s;
}

}  // namespace

TEST_CASE("applyScenario keeps every sample valid when nodes of each kind are removed", "[whatif][samples]") {
    for (const std::string name : {"regional-committee", "innlandet-like", "midcounty-frailty", "fonna-like",
                                   "relational-coordination"}) {
        const Model model = loadSample(name);
        const std::size_t errorsBefore = errorCount(model);
        for (NodeKind kind : kAllNodeKinds) {
            // The first node of the kind that something refers to, else the first of the kind.
            const Node* chosen = nullptr;
            for (const Node& n : model.nodes) {
                if (n.kind != kind)
                    continue;
                if (!chosen)
                    chosen = &n;
                const bool referred = std::any_of(model.nodes.begin(), model.nodes.end(), [&](const Node& o) {
                    return o.organization == n.id || o.site == n.id || o.owner == n.id ||
                           o.learningAction->facilitator == n.id || o.learningAction->sharedTool == n.id;
                });
                if (referred) {
                    chosen = &n;
                    break;
                }
            }
            if (!chosen)
                continue;
            INFO(name << ": removing " << chosen->id);
            const ScenarioModel s = applyScenario(model, removing({chosen->id}));
            CHECK(errorCount(s.model) <= errorsBefore);
            CHECK(!s.model.findNode(chosen->id));
            CHECK(s.model.layout.positions.count(chosen->id) == 0);
            for (const Tie& t : s.model.ties) {
                CHECK(t.source != chosen->id);
                CHECK(t.target != chosen->id);
                CHECK(std::find(t.details->represents.begin(), t.details->represents.end(), chosen->id) ==
                      t.details->represents.end());
            }
            for (const View& v : s.model.annotations.views) {
                CHECK(std::find(v.highlighted.begin(), v.highlighted.end(), chosen->id) ==
                      v.highlighted.end());
            }
        }
    }
}

TEST_CASE("applyScenario removing an organization removes its sites and roles and says so", "[whatif]") {
    const Model model = loadSample("regional-committee");
    const ScenarioModel s = applyScenario(model, removing({"m-halden"}));
    CHECK(s.removedNodes == std::vector<std::string>{"m-halden", "halden-home", "md-halden", "hc-halden"});
    REQUIRE(s.notes.size() == 1);
    CHECK_THAT(s.notes[0], Catch::Contains("Halden") && Catch::Contains("Home care, Halden"));
    // Ties of all three: pm membership, agreement, sc seat, checklist use, wg membership, feedback.
    CHECK(std::find(s.removedTies.begin(), s.removedTies.end(), "t70") != s.removedTies.end());
    CHECK(std::find(s.removedTies.begin(), s.removedTies.end(), "t57") != s.removedTies.end());
    // Halden no longer appears in the municipal head of interaction's seat.
    const Tie* t29 = s.model.findTie("t29");
    REQUIRE(t29);
    CHECK(std::find(t29->details->represents.begin(), t29->details->represents.end(), "m-halden") ==
          t29->details->represents.end());
    CHECK(t29->details->represents.size() == 12);
}

TEST_CASE("applyScenario removing a committee keeps its learning action without an owner", "[whatif]") {
    const Model model = loadSample("regional-committee");
    const ScenarioModel s = applyScenario(model, removing({"wg-discharge"}));
    const Node* action = s.model.findNode("la-feedback");
    REQUIRE(action);
    CHECK(action->owner.empty());
    REQUIRE(s.notes.size() == 1);
    CHECK_THAT(s.notes[0], Catch::Contains("Feedback on the discharge checklist"));
}

TEST_CASE("applyScenario names unknown ids with a close match", "[whatif]") {
    const Model model = loadSample("regional-committee");
    CHECK_THROWS_AS(applyScenario(model, removing({"pc1"})), ScenarioError);
    CHECK_THROWS_WITH(applyScenario(model, removing({"pc1"})), "no node 'pc1' (did you mean 'pc-1'?)");
    CHECK_THROWS_WITH(applyScenario(model, removing({"zzzzzzzz"})), "no node 'zzzzzzzz'");
    Scenario s;
    s.addTies = {makeTie("", TieKind::Collaborates, "pc-1", "hc-fredriksta")};
    CHECK_THROWS_WITH(applyScenario(model, s), "no node 'hc-fredriksta' (did you mean 'hc-fredrikstad'?)");
}

TEST_CASE("applyScenario adds proposed nodes and ties and checks their kinds", "[whatif]") {
    const Model model = loadSample("regional-committee");
    Scenario s;
    s.addNodes = {makeNode("new-forum", NodeKind::Committee, "working_group", "Moss forum")};
    s.addTies = {makeTie("", TieKind::MemberOf, "md-moss", "new-forum"),
                 makeTie("", TieKind::MemberOf, "pc-1", "new-forum")};
    const ScenarioModel out = applyScenario(model, s);
    REQUIRE(out.model.findNode("new-forum"));
    REQUIRE(out.model.findTie("whatif-t1"));
    CHECK(out.model.findTie("whatif-t2")->source == "pc-1");
    CHECK(errorCount(out.model) == 0);

    Scenario wrong;
    wrong.addTies = {makeTie("", TieKind::MemberOf, "pc-1", "hf")};
    CHECK_THROWS_AS(applyScenario(model, wrong), ScenarioError);
    Scenario taken;
    taken.addNodes = {makeNode("sc", NodeKind::Committee)};
    CHECK_THROWS_WITH(applyScenario(model, taken), "a node 'sc' exists already");
    Scenario usesRemoved = removing({"pc-1"});
    usesRemoved.addTies = {makeTie("", TieKind::Collaborates, "pc-1", "pc-2")};
    CHECK_THROWS_WITH(applyScenario(model, usesRemoved), Catch::Contains("removed by this scenario"));
    CHECK(proposedTieKind(NodeKind::Role, NodeKind::Role) == TieKind::Collaborates);
    CHECK(proposedTieKind(NodeKind::Role, NodeKind::Committee) == TieKind::MemberOf);
}

TEST_CASE("whatif the main practice consultant leaves regional committee", "[whatif][samples]") {
    const Model model = loadSample("regional-committee");
    const WhatIfImpact impact = evaluateWhatIf(model, removing({"pc-1"}));
    CHECK(impact.scenario.removedNodes == std::vector<std::string>{"pc-1"});
    CHECK(std::set<std::string>(impact.scenario.removedTies.begin(), impact.scenario.removedTies.end()) ==
          std::set<std::string>{"t36", "t50", "t80", "t97"});
    REQUIRE(impact.scenario.notes.size() == 1);
    CHECK(impact.scenario.notes[0] ==
          "Joint review of patient records loses its facilitator (Practice consultant 1 is removed).");
    // pc-2 and pc-3 sit in the same GP sub-committee: no organization pair loses a path.
    CHECK(impact.disconnected.empty());
    CHECK(impact.downToOnePath.empty());
    CHECK(impact.comparison.groupPairs.empty());
    CHECK(whatIfHeadline(impact, model) ==
          "Removing Practice consultant 1 (pc-1): no pair of organizations loses a link");
    CHECK(impact.comparison.structure.count(ChangeKind::Removed, false) == 1);
    CHECK(impact.comparison.structure.count(ChangeKind::Removed, true) == 4);
    // The consultant's own betweenness is gone; the list starts with the biggest mover.
    auto pc1 = std::find_if(impact.comparison.betweenness.begin(), impact.comparison.betweenness.end(),
                            [](const MeasureDelta& d) { return d.id == "pc-1"; });
    REQUIRE(pc1 != impact.comparison.betweenness.end());
    CHECK(!pc1->after);
}

TEST_CASE("whatif the strategic committee is dissolved in regional committee", "[whatif][samples]") {
    const Model model = loadSample("regional-committee");
    const WhatIfImpact impact = evaluateWhatIf(model, removing({"sc"}));
    // Observers make no co-membership (the union's representative sits as an observer) and the
    // practice consultants belong to the GP collective: Moss (md-moss sits nowhere else) is cut off,
    // Halden and Indre Østfold keep one path to the hospital, the GPs and the two big municipalities.
    CHECK(pairs(impact.disconnected) == PairSet{pair("hf", "m-moss"), pair("gp", "m-moss"),
                                                pair("m-fredrikstad", "m-moss"),
                                                pair("m-sarpsborg", "m-moss"), pair("m-halden", "m-moss"),
                                                pair("m-moss", "m-indre-ostfold"), pair("m-moss", "users")});
    CHECK(pairs(impact.downToOnePath) ==
          PairSet{pair("hf", "m-halden"), pair("hf", "m-indre-ostfold"), pair("gp", "m-halden"),
                  pair("gp", "m-indre-ostfold"), pair("m-fredrikstad", "m-halden"),
                  pair("m-fredrikstad", "m-indre-ostfold"), pair("m-sarpsborg", "m-halden"),
                  pair("m-sarpsborg", "m-indre-ostfold"), pair("m-halden", "m-indre-ostfold")});
    CHECK(impact.strengthened.empty());
    // Worst loss first: the 7 cut pairs, then the 9 down to one path, then 3 → 2.
    REQUIRE(impact.comparison.groupPairs.size() == 7 + 9 + 3);
    CHECK(impact.comparison.groupPairs[6].pathsAfter == 0);
    CHECK(impact.comparison.groupPairs[7].pathsAfter == 1);
    CHECK(impact.comparison.groupPairs[18].pathsAfter == 2);
    // The structured session on conflicting logics was owned by the strategic committee.
    CHECK_THAT(impact.scenario.notes.at(0), Catch::Contains("Session on conflicting logics"));
    const auto json = whatIfToJson(impact);
    CHECK(json["disconnected"].size() == 7);
    bool mossLabelled = false;
    for (const auto& o : json["comparison"]["alignment"]["before"]["organizations"])
        mossLabelled = mossLabelled || (o["id"] == "m-moss" && o["label"] == "Moss");
    CHECK(mossLabelled);
    CHECK(json["down_to_one_path"][0]["paths_before"] == 2);
    CHECK(json["down_to_one_path"][0]["paths_after"] == 1);

    SECTION("a proposed tie from Moss's director to the hospital restores that link") {
        Scenario s = removing({"sc"});
        s.addTies = {makeTie("", TieKind::Collaborates, "md-moss", "cd-medicine")};
        const WhatIfImpact restored = evaluateWhatIf(model, s);
        const PairSet cut = pairs(restored.disconnected);
        CHECK(cut.count(pair("hf", "m-moss")) == 0);
        CHECK(cut.size() < 7);  // Moss's director reaches the hospital again
    }
}

TEST_CASE("evaluateWhatIf refuses an unknown phase", "[whatif]") {
    const Model model = loadSample("innlandet-like");
    Scenario s = removing({"pk-south"});
    s.phase = "p3";
    CHECK_THROWS_AS(evaluateWhatIf(model, s), ComparisonError);
    s.phase = "p2";
    const WhatIfImpact impact = evaluateWhatIf(model, s);
    CHECK(impact.comparison.phaseAfter == "p2");
    CHECK(impact.comparison.structure.count(ChangeKind::Removed, false) == 1);

    SECTION("a node absent from the phase changes nothing there and the notes say so") {
        Scenario p1 = removing({"strat"});
        p1.phase = "p1";
        const WhatIfImpact none = evaluateWhatIf(model, p1);
        CHECK(none.comparison.structure.empty());
        CHECK(none.comparison.groupPairs.empty());
        REQUIRE(none.scenario.notes.size() == 1);
        CHECK(none.scenario.notes[0] ==
              "Strategic committee does not exist in phase p1; removing it changes nothing there.");
    }
}

TEST_CASE("whatif: practice consultants keep the GP collective linked when its representative goes",
          "[whatif][samples]") {
    // In v2 the practice consultants are GPs (main organization: the GP collective) with a hospital
    // affiliation, so the GP representative is no longer the GP collective's only link.
    const Model model = loadSample("regional-committee");
    const WhatIfImpact impact = evaluateWhatIf(model, removing({"gp-rep"}));
    const Comparison& c = impact.comparison;
    CHECK(pairs(impact.disconnected).empty());
    CHECK(whatIfHeadline(impact, model) ==
          "Removing GP representative (gp-rep): no pair of organizations loses a link");
    // The strategic committee no longer hears the GP collective: a new parity gap (setting "no").
    auto count = [](const std::vector<Finding>& list, const std::string& rule, const std::string& subject) {
        return std::count_if(list.begin(), list.end(), [&](const Finding& f) {
            return f.rule == rule && !f.subject.ids.empty() && f.subject.ids[0] == subject;
        });
    };
    CHECK(count(c.gapsNew, "G4", "sc") == 1);
    // Removing a person never "resolves" a single-spanner gap of the pairs it linked.
    for (const Finding& f : c.gapsResolved)
        CHECK(f.rule != "G8");
}

TEST_CASE("unknownNodeMessage suggests only ids that are close", "[whatif]") {
    const Model model = loadSample("regional-committee");
    CHECK(unknownNodeMessage(model, "x") == "no node 'x'");
    CHECK(unknownNodeMessage(model, "sc2") == "no node 'sc2' (did you mean 'sc'?)");
    CHECK(unknownNodeMessage(model, "geriatrican") == "no node 'geriatrican' (did you mean 'geriatrician'?)");
}
