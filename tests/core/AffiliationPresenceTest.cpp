// Affiliations make a role present in a second organization (DOMAIN.md §2.7): it spans the
// boundary, links the two organizations in the group path counts (what-if, diff) by itself, and its
// leaving cuts that link. Drawn:
//
//   organization A: a1, pc (pc also affiliated with B, e.g. a GP employed 20 % by the hospital)
//   organization B: b1
//   a1 — pc   (collaborates)         b1 — b2 (collaborates; b2 in B)
//
// Without the affiliation, A and B are not connected at all; with it, one path (pc itself).
#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/Scenario.hpp>

#include "TestModels.hpp"

#include <catch2/catch.hpp>

using namespace orgweave::core;
using orgweave::test::makeNode;
using orgweave::test::makeTie;

namespace {

Model twoOrganizations(bool affiliated) {
    Model m;
    m.nodes.push_back(makeNode("A", NodeKind::Organization, "gp_collective", "GP collective"));
    m.nodes.push_back(makeNode("B", NodeKind::Organization, "hospital_trust", "Hospital trust"));
    m.nodes.push_back(makeNode("a1", NodeKind::Role, "gp", "GP", "A"));
    Node pc = makeNode("pc", NodeKind::Role, "practice_consultant", "Practice consultant", "A");
    if (affiliated)
        pc.affiliations.push_back(Affiliation{"B", 0.2, {}});
    m.nodes.push_back(pc);
    m.nodes.push_back(makeNode("b1", NodeKind::Role, "physician", "Physician", "B"));
    m.nodes.push_back(makeNode("b2", NodeKind::Role, "nurse", "Nurse", "B"));
    m.ties.push_back(makeTie("t1", TieKind::Collaborates, "a1", "pc"));
    m.ties.push_back(makeTie("t2", TieKind::Collaborates, "b1", "b2"));
    return m;
}

AnalysisResult analyzed(const Model& model) {
    AnalysisOptions options;
    return analyze(model, options);
}

std::size_t indexOf(const AnalysisResult& r, const std::string& id) {
    const auto it = std::find(r.ids.begin(), r.ids.end(), id);
    REQUIRE(it != r.ids.end());
    return static_cast<std::size_t>(it - r.ids.begin());
}

unsigned pathsAB(const AnalysisResult& r) {
    for (const GroupPair& pair : r.groupPairs) {
        const std::string& a = r.partition.groupIds[static_cast<std::size_t>(pair.groupA)];
        const std::string& b = r.partition.groupIds[static_cast<std::size_t>(pair.groupB)];
        if ((a == "A" && b == "B") || (a == "B" && b == "A"))
            return pair.paths;
    }
    FAIL("no pair A–B");
    return 0;
}

}  // namespace

TEST_CASE("affiliations: the partition records presence beside the main group", "[affiliations]") {
    const Model m = twoOrganizations(true);
    const AnalysisResult r = analyzed(m);
    const std::size_t pc = indexOf(r, "pc");
    CHECK(r.partition.groupIds[static_cast<std::size_t>(r.partition.groupOf[pc])] == "A");
    REQUIRE(r.partition.alsoInOf(pc).size() == 1);
    CHECK(r.partition.groupIds[static_cast<std::size_t>(r.partition.alsoInOf(pc)[0])] == "B");
    CHECK(r.partition.alsoInOf(indexOf(r, "a1")).empty());
}

TEST_CASE("affiliations: an affiliated role spans the boundary, others do not", "[affiliations]") {
    const AnalysisResult with = analyzed(twoOrganizations(true));
    const std::size_t pc = indexOf(with, "pc");
    CHECK(with.groupsReached[pc] == 2);  // A through a1, B by its own affiliation
    CHECK(with.boundarySpanner[pc]);
    CHECK(with.multilateral[pc]);  // and tied inside its own organization
    CHECK_FALSE(with.boundarySpanner[indexOf(with, "a1")]);
    // E-I stays a tie measure: pc's only alter is in its own group.
    CHECK(with.eiIndex[pc] == Approx(-1.0));

    const AnalysisResult without = analyzed(twoOrganizations(false));
    CHECK_FALSE(without.boundarySpanner[indexOf(without, "pc")]);
}

TEST_CASE("affiliations: the role links its two organizations in the path counts and what-if",
          "[affiliations]") {
    CHECK(pathsAB(analyzed(twoOrganizations(false))) == 0);
    CHECK(pathsAB(analyzed(twoOrganizations(true))) == 1);

    Scenario leaves;
    leaves.removeNodes = {"pc"};
    const WhatIfImpact impact = evaluateWhatIf(twoOrganizations(true), leaves);
    REQUIRE(impact.disconnected.size() == 1);
    const GroupPairDelta& cut = impact.disconnected.front();
    CHECK(std::minmax(cut.groupA, cut.groupB) == std::minmax(std::string("A"), std::string("B")));
    CHECK(cut.pathsBefore == 1);
    CHECK(cut.pathsAfter == 0);
}
