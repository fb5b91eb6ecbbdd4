// Phase edits: rename, remove, membership; every reference follows, one undo step each.
#include "TestModels.hpp"

#include <orgweave/core/Document.hpp>
#include <orgweave/core/PhaseEdits.hpp>
#include <orgweave/core/Validation.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace orgweave;
using namespace orgweave::core;

namespace {

Model withViewOnP1() {
    Model m = test::richModel();
    m.annotations.views[0].phase = "p1";
    return m;
}

}  // namespace

TEST_CASE("renaming a phase renames it in nodes ties and views in one undo step", "[phases]") {
    Document doc(withViewOnP1());
    const Model before = doc.model();
    doc.execute(renamePhaseCommand(doc.model(), "p1", "early"));
    const Model& m = doc.model();
    CHECK(m.annotations.phases[0].id == "early");
    CHECK(m.annotations.phases[0].label == "Phase I");
    CHECK(m.findNode("md")->phases == std::vector<std::string>{"early"});
    CHECK(m.findTie("t7")->phases == std::vector<std::string>{"early", "p2"});
    CHECK(m.annotations.views[0].phase == "early");
    CHECK(validate(m).empty());
    CHECK(doc.history().index() == 1);
    REQUIRE(doc.undo());
    CHECK(doc.model() == before);
}

TEST_CASE("renaming a phase refuses unknown empty and taken ids", "[phases]") {
    const Model m = test::richModel();
    CHECK_THROWS_AS(renamePhaseCommand(m, "p9", "x"), std::invalid_argument);
    CHECK_THROWS_AS(renamePhaseCommand(m, "p1", ""), std::invalid_argument);
    CHECK_THROWS_AS(renamePhaseCommand(m, "p1", "p2"), std::invalid_argument);
}

TEST_CASE("removing a phase and keeping its items makes them exist in every phase", "[phases]") {
    Document doc(withViewOnP1());
    const Model before = doc.model();
    const PhaseUsage usage = phaseUsage(doc.model(), "p1");
    CHECK(usage.onlyNodes == 1);  // md
    CHECK(usage.onlyTies == 0);
    doc.execute(removePhaseCommand(doc.model(), "p1", PhaseRemoval::KeepItems));
    const Model& m = doc.model();
    REQUIRE(m.annotations.phases.size() == 1);
    CHECK(m.annotations.phases[0].id == "p2");
    REQUIRE(m.findNode("md") != nullptr);
    CHECK(m.findNode("md")->phases.empty());
    CHECK(m.findTie("t7")->phases == std::vector<std::string>{"p2"});
    CHECK(m.annotations.views[0].phase.empty());
    CHECK(validate(m).empty());
    CHECK(doc.history().index() == 1);
    REQUIRE(doc.undo());
    CHECK(doc.model() == before);
}

TEST_CASE("removing a phase with its items removes what existed only in it", "[phases]") {
    Document doc(withViewOnP1());
    const Model before = doc.model();
    doc.execute(removePhaseCommand(doc.model(), "p1", PhaseRemoval::RemoveItems));
    const Model& m = doc.model();
    CHECK(m.findNode("md") == nullptr);
    CHECK(m.findTie("t2") == nullptr);  // md's ties go with it
    CHECK(m.findTie("t9") == nullptr);
    CHECK(m.findTie("t7")->phases == std::vector<std::string>{"p2"});
    CHECK(validate(m).empty());
    REQUIRE(doc.undo());
    CHECK(doc.model() == before);
}

TEST_CASE("phase membership adds limits and never leaves an item in no phase", "[phases]") {
    Document doc(test::richModel());
    doc.execute(phaseMembershipCommand(doc.model(), {"pc"}, {"t3"}, "p2", PhaseMembership::Only));
    CHECK(doc.model().findNode("pc")->phases == std::vector<std::string>{"p2"});
    CHECK(doc.model().findTie("t3")->phases == std::vector<std::string>{"p2"});
    CHECK(doc.history().index() == 1);
    // Adding md (p1 only) to p2 names every phase again: the list is stored empty.
    doc.execute(phaseMembershipCommand(doc.model(), {"md"}, {}, "p2", PhaseMembership::Add));
    CHECK(doc.model().findNode("md")->phases.empty());
    // pc exists only in p2: taking it out of p2 would leave it in no phase, so nothing changes.
    CHECK(phaseMembershipCommand(doc.model(), {"pc"}, {}, "p2", PhaseMembership::Remove) == nullptr);
    const std::vector<Phase>& all = doc.model().annotations.phases;
    CHECK(withPhaseMembership({}, all, "p1", false) == std::vector<std::string>{"p2"});
    CHECK(withPhaseMembership({"p2"}, all, "p1", true).empty());
    CHECK(freshPhaseId(doc.model()) == "p3");
}
