// The studio's editing operations on a real document: each is one undo step and refuses what the
// document cannot hold.
#include "TestDocuments.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Validation.hpp"
#include "orgweave/studio/session/EditActions.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace orgweave;
using studio::EditActions;
using studio::Workspace;

namespace {

std::size_t errors(const core::Model& model) {
    std::size_t n = 0;
    for (const core::Diagnostic& d : core::validate(model))
        n += d.severity == core::Severity::Error ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("edit actions: a new node is placed and selected in one step", "[studio][edit]") {
    Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    const std::size_t before = workspace.model()->nodes.size();
    const std::string id = EditActions::createNode(workspace, core::NodeKind::Committee, {10.0, 20.0});
    REQUIRE(workspace.model()->nodes.size() == before + 1);
    const core::Node* node = workspace.model()->findNode(id);
    REQUIRE(node != nullptr);
    CHECK(node->kind == core::NodeKind::Committee);
    CHECK(node->label == "New committee");
    CHECK(workspace.model()->layout.positions.at(id).x == 10.0);
    CHECK(workspace.selection().singleNode() == id);
    CHECK(workspace.document().history().size() == 1);
    CHECK(errors(*workspace.model()) == 0);
    workspace.undo();
    CHECK(workspace.model()->findNode(id) == nullptr);
    CHECK(workspace.selection().empty());
}

TEST_CASE("edit actions: the tie kind follows from the pair of kinds", "[studio][edit]") {
    Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    const core::Model& model = *workspace.model();
    // role → committee: membership first
    const auto roleToCommittee = EditActions::tieKinds(model, "m2-dir", "pc");
    REQUIRE_FALSE(roleToCommittee.empty());
    CHECK(roleToCommittee.front() == core::TieKind::MemberOf);
    // committee → role is the same pair dragged the other way: the tie still points role → committee
    const std::string id = EditActions::connect(workspace, "pc", "m2-dir", core::TieKind::MemberOf);
    REQUIRE_FALSE(id.empty());
    const core::Tie* tie = workspace.model()->findTie(id);
    REQUIRE(tie != nullptr);
    CHECK(tie->source == "m2-dir");
    CHECK(tie->target == "pc");
    CHECK(workspace.selection().singleTie() == id);
    CHECK(errors(*workspace.model()) == 0);

    // a learning action and a committee: nothing fits, and the reason names the owner field
    CHECK(EditActions::tieKinds(model, "la", "rc").empty());
    CHECK(EditActions::whyNoTie(model, "la", "rc").find("owner") != std::string::npos);
    const std::size_t steps = workspace.document().history().size();
    CHECK(EditActions::connect(workspace, "la", "rc", core::TieKind::Collaborates).empty());
    CHECK(workspace.document().history().size() == steps);
    REQUIRE_FALSE(workspace.recentNotices().empty());
    CHECK(workspace.recentNotices().back().error);

    // the same tie twice is refused
    CHECK(EditActions::connect(workspace, "m2-dir", "pc", core::TieKind::MemberOf).empty());
}

TEST_CASE("edit actions: deleting a selection is one step that undo restores", "[studio][edit]") {
    Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    const core::Model original = *workspace.model();
    workspace.selection().selectNode("pk");
    workspace.selection().selectNode("m1", true);
    REQUIRE(EditActions::deleteSelection(workspace));
    CHECK(workspace.model()->findNode("pk") == nullptr);
    CHECK(workspace.model()->findNode("m1") == nullptr);
    CHECK(workspace.document().history().size() == 1);
    CHECK(workspace.selection().empty());
    CHECK(errors(*workspace.model()) == 0);
    workspace.undo();
    CHECK(*workspace.model() == original);
    CHECK_FALSE(EditActions::deleteSelection(workspace));  // nothing selected
}

TEST_CASE("edit actions: copy and paste gives fresh ids and keeps inner ties", "[studio][edit]") {
    Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    workspace.selection().setNodes({"rc", "pc"});
    const std::string text = EditActions::copySelection(workspace);
    REQUIRE_FALSE(text.empty());
    const std::size_t nodes = workspace.model()->nodes.size();
    const std::size_t ties = workspace.model()->ties.size();
    REQUIRE(EditActions::paste(workspace, text, {40.0, 40.0}));
    CHECK(workspace.model()->nodes.size() == nodes + 2);
    CHECK(workspace.model()->ties.size() == ties + 1);  // pc reports to rc
    CHECK(workspace.model()->findNode("rc-copy") != nullptr);
    CHECK(workspace.model()->findNode("pc-copy") != nullptr);
    const core::Tie& pasted = workspace.model()->ties.back();
    CHECK(pasted.source == "pc-copy");
    CHECK(pasted.target == "rc-copy");
    const core::Point original = workspace.model()->layout.positions.at("rc");
    const core::Point copy = workspace.model()->layout.positions.at("rc-copy");
    CHECK(copy.x == Approx(original.x + 40.0));
    CHECK(workspace.selection().nodes().size() == 2);
    CHECK(workspace.document().history().size() == 1);
    CHECK(errors(*workspace.model()) == 0);

    REQUIRE(EditActions::duplicateSelection(workspace));
    CHECK(workspace.model()->findNode("rc-copy-2") != nullptr);

    CHECK_FALSE(EditActions::paste(workspace, "not a copied selection", {0.0, 0.0}));
}

TEST_CASE("edit actions: a pasted role keeps its organization only when it exists", "[studio][edit]") {
    Workspace source;
    source.setDocument(studio::test::smallNetwork());
    source.selection().setNodes({"pk"});
    const std::string text = EditActions::copySelection(source);
    Workspace target;
    core::Model empty;
    empty.annotations.meta.title = "Empty";
    target.setDocument(empty);
    REQUIRE(EditActions::paste(target, text, {0.0, 0.0}));
    REQUIRE(target.model()->nodes.size() == 1);
    CHECK(target.model()->nodes.front().organization.empty());
    CHECK(errors(*target.model()) == 0);
}

TEST_CASE("edit actions: align and distribute move only the selection", "[studio][edit]") {
    Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    workspace.selection().setNodes({"hs", "m1", "m2"});
    REQUIRE(EditActions::align(workspace, studio::AlignMode::Top));
    const auto& positions = workspace.model()->layout.positions;
    CHECK(positions.at("hs").y == positions.at("m1").y);
    CHECK(positions.at("m1").y == positions.at("m2").y);
    REQUIRE(EditActions::distribute(workspace, studio::DistributeAxis::Horizontal));
    std::vector<double> xs{positions.at("hs").x, positions.at("m1").x, positions.at("m2").x};
    std::sort(xs.begin(), xs.end());
    CHECK(xs[1] - xs[0] == Approx(xs[2] - xs[1]));
    CHECK(workspace.document().history().size() == 2);
    workspace.selection().setNodes({"hs"});
    CHECK_FALSE(EditActions::align(workspace, studio::AlignMode::Left));
}

TEST_CASE("edit actions: every edit passes the document's one gate, refusals say why", "[studio][edit]") {
    Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    // A repeated tie: the notice names both ends by label.
    REQUIRE_FALSE(EditActions::connect(workspace, "m2-dir", "pc", core::TieKind::MemberOf).empty());
    const std::size_t steps = workspace.document().history().size();
    CHECK(EditActions::connect(workspace, "pc", "m2-dir", core::TieKind::MemberOf).empty());
    CHECK(workspace.document().history().size() == steps);
    REQUIRE_FALSE(workspace.recentNotices().empty());
    CHECK(workspace.recentNotices().back().text.rfind("Edit refused: ", 0) == 0);
    CHECK(workspace.recentNotices().back().text.find("already joined") != std::string::npos);

    // View data (positions) is judged too: a non-finite position never reaches the document.
    core::Layout layout = workspace.model()->layout;
    layout.positions["pc"] = core::Point{std::nan(""), 0.0};
    const core::EditVerdict refused =
        workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(layout, "Move"));
    CHECK_FALSE(refused.accepted);
    CHECK(refused.reason.find("not a finite number") != std::string::npos);
    CHECK(workspace.document().history().size() == steps);
    // Pinning a node that exists is accepted as one step.
    layout = workspace.model()->layout;
    layout.pinned.push_back("pc");
    CHECK(workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(layout, "Pin")).accepted);
    CHECK(workspace.document().history().size() == steps + 1);
}
