#include "PanelDriver.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/panels/WhatIfPanel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace orgweave;
using studio::WhatIfPanel;
using studio::test::PanelDriver;

namespace {

struct Fixture {
    studio::Workspace workspace;
    WhatIfPanel panel;
    PanelDriver driver{panel, workspace};

    Fixture() {
        workspace.setDocument(studio::test::loadSampleModel("regional-committee.orgweave.json"));
        driver.frame();
    }
    /// The first role of the hospital trust other than the virtual ward coordinator.
    std::string hospitalRole() const {
        for (const core::Node& node : workspace.document().model().nodes) {
            if (node.kind == core::NodeKind::Role && node.organization == "hf" && node.id != "vw-coord")
                return node.id;
        }
        return {};
    }
    /// Whether the impact lists the pair {a, b} among `pairs`, in either order.
    static bool hasPair(const std::vector<core::GroupPairDelta>& pairs, const std::string& a,
                        const std::string& b) {
        return std::any_of(pairs.begin(), pairs.end(), [&](const core::GroupPairDelta& pair) {
            return (pair.groupA == a && pair.groupB == b) || (pair.groupA == b && pair.groupB == a);
        });
    }
};

}  // namespace

TEST_CASE("what if panel: a request from the canvas evaluates the removal without changing the document",
          "[studio][whatif]") {
    Fixture f;
    const core::Model before = f.workspace.document().model();
    const std::uint64_t revision = f.workspace.revision();
    // Moss's municipal director is Moss's only role: every party loses its link to Moss. (The GP
    // collective's representative is no longer its only link: its practice consultants carry it.)
    f.workspace.requests().post(studio::WhatIfRequest{{"md-moss"}});
    f.driver.frame();
    CHECK_FALSE(f.workspace.requests().has<studio::WhatIfRequest>());
    REQUIRE(f.panel.running());
    f.panel.finish(f.workspace);
    REQUIRE(f.panel.error().empty());
    REQUIRE(f.panel.impact());
    const core::WhatIfImpact& impact = *f.panel.impact();

    CHECK(Fixture::hasPair(impact.disconnected, "hf", "m-moss"));
    CHECK(Fixture::hasPair(impact.disconnected, "gp", "m-moss"));
    CHECK(impact.scenario.removedNodes == std::vector<std::string>{"md-moss"});
    // The document itself is untouched.
    CHECK(f.workspace.revision() == revision);
    CHECK(f.workspace.document().model() == before);

    // The canvas marks: the removed director faded and ringed, the organizations cut off ringed.
    const studio::CanvasMarks& marks = f.workspace.marks();
    CHECK(marks.faded.contains("md-moss"));
    CHECK(marks.nodes.at("md-moss") == studio::kMarkRemoved);
    CHECK(marks.nodes.at("hf") == studio::kMarkRemoved);
    CHECK(marks.nodes.at("m-moss") == studio::kMarkRemoved);
    CHECK_FALSE(marks.key.empty());

    studio::Canvas canvas;
    canvas.setWorkspace(&f.workspace);
    canvas.setModel(f.workspace.model());
    studio::test::HeadlessImGui imgui(ImVec2(900.0f, 700.0f));
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK(canvas.markColor(*canvas.indexOf("m-moss")) == studio::kMarkRemoved);
    CHECK(canvas.ghosted(*canvas.indexOf("md-moss")));

    // Hiding the marks takes them off the canvas; clearing forgets the scenario.
    f.panel.setShowOnCanvas(f.workspace, false);
    CHECK(f.workspace.marks().empty());
    f.panel.clear(f.workspace);
    CHECK(f.panel.scenario().removeNodes.empty());
    CHECK_FALSE(f.panel.impact());
}

TEST_CASE("what if panel: three practice consultants are parallel bridges", "[studio][whatif]") {
    Fixture f;
    f.panel.removeOnly(f.workspace, {"pc-1"});
    f.panel.finish(f.workspace);
    REQUIRE(f.panel.impact());
    CHECK(f.panel.impact()->disconnected.empty());
    CHECK(f.panel.impact()->downToOnePath.empty());
}

TEST_CASE("what if panel: a proposed tie gives Indre Ostfold back its second path to the hospital",
          "[studio][whatif]") {
    Fixture f;
    // Without the virtual ward coordinator, Indre Østfold reaches the hospital through one role.
    f.panel.removeOnly(f.workspace, {"vw-coord"});
    f.panel.finish(f.workspace);
    REQUIRE(f.panel.impact());
    REQUIRE(Fixture::hasPair(f.panel.impact()->downToOnePath, "hf", "m-indre-ostfold"));

    const core::Model& model = f.workspace.document().model();
    const std::string hospitalRole = f.hospitalRole();
    REQUIRE_FALSE(hospitalRole.empty());
    REQUIRE(f.panel.proposeTie(f.workspace, hospitalRole, "nurse-indre"));
    CHECK(f.panel.scenario().addTies.size() == 1);
    f.panel.finish(f.workspace);
    REQUIRE(f.panel.impact());
    CHECK_FALSE(Fixture::hasPair(f.panel.impact()->downToOnePath, "hf", "m-indre-ostfold"));
    CHECK(f.workspace.marks().nodes.at("nurse-indre") == studio::kMarkAdded);

    // A pair no tie kind can join (two learning actions) is refused with a notice.
    std::vector<std::string> actions;
    for (const core::Node& node : model.nodes) {
        if (node.kind == core::NodeKind::LearningAction)
            actions.push_back(node.id);
    }
    REQUIRE(actions.size() >= 2);
    CHECK_FALSE(f.panel.proposeTie(f.workspace, actions[0], actions[1]));
    CHECK(f.panel.scenario().addTies.size() == 1);
    CHECK_FALSE(f.workspace.recentNotices().empty());
}

TEST_CASE("what if panel: an edit of the document re-evaluates the scenario and drops removed nodes",
          "[studio][whatif]") {
    Fixture f;
    f.panel.removeOnly(f.workspace, {"pc-1"});
    f.panel.finish(f.workspace);
    REQUIRE(f.panel.impact());
    // The user deletes pc-1 for real: the scenario has nothing left to remove.
    REQUIRE(f.workspace.propose(std::make_unique<core::RemoveNodeCommand>("pc-1")).accepted);
    f.driver.frame();
    f.panel.finish(f.workspace);
    CHECK(f.panel.scenario().removeNodes.empty());
    CHECK_FALSE(f.panel.impact());
    CHECK(f.workspace.marks().empty());
}

TEST_CASE("what if panel: a proposed committee gives Indre Ostfold back its second path",
          "[studio][whatif]") {
    Fixture f;
    f.panel.removeOnly(f.workspace, {"vw-coord"});
    std::vector<std::string> members{f.hospitalRole()};
    members.push_back("nurse-indre");
    REQUIRE(members.size() == 2);
    CHECK_FALSE(f.panel.proposeCommittee(f.workspace, {members[0]}));  // one member is no committee
    REQUIRE(f.panel.proposeCommittee(f.workspace, members));
    REQUIRE(f.panel.scenario().addNodes.size() == 1);
    CHECK(f.panel.scenario().addNodes.front().kind == core::NodeKind::Committee);
    CHECK(f.panel.scenario().addTies.size() == 2);
    f.panel.finish(f.workspace);
    REQUIRE(f.panel.error().empty());
    REQUIRE(f.panel.impact());
    CHECK_FALSE(Fixture::hasPair(f.panel.impact()->downToOnePath, "hf", "m-indre-ostfold"));
    // Still a scenario: the document has no new committee.
    CHECK(f.workspace.document().model().findNode(f.panel.scenario().addNodes.front().id) == nullptr);
}
