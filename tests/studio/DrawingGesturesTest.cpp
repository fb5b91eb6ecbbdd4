// Drawing as fluid as yEd and Kumu (issue 17), through the real main window headless: tying two
// nodes from the rim, with Alt/Ctrl or in connect mode; pans that never grab a handle in dense
// networks; labels edited in place with ids that follow a new node's first label; the node menu's
// rename, select neighbours, connect to… and what if this leaves.
#include "CanvasDriver.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/studio/panels/WhatIfPanel.hpp"
#include "orgweave/studio/session/EditActions.hpp"
#include "orgweave/studio/support/Keys.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace orgweave;
using studio::operator+;
using studio::operator-;
using studio::operator*;
using studio::test::CanvasDriver;

namespace {

constexpr int kEnter = 257;
constexpr int kEscape = 256;

/// A point on node `id`'s rim: just inside its edge, to the left.
ImVec2 rimOf(CanvasDriver& d, const char* id) {
    const float r = d.window.canvas().screenRadius(d.index(id));
    return d.at(id) - ImVec2(r - 1.5f, 0.0f);
}

std::size_t tiesBetween(const core::Model& model, const std::string& a, const std::string& b) {
    std::size_t count = 0;
    for (const core::Tie& tie : model.ties)
        count += (tie.source == a && tie.target == b) || (tie.source == b && tie.target == a) ? 1 : 0;
    return count;
}

std::string lastUndoText(const CanvasDriver& d) {
    const core::UndoStack& history = d.window.document()->history();
    REQUIRE(history.canUndo());
    return history.at(history.index() - 1).description();
}

}  // namespace

// --------------------------------------------------------------------------------------- tying

TEST_CASE("drawing: a drag from a node's rim ties it and a drag from its centre moves it",
          "[studio][editor][drawing]") {
    CanvasDriver d;
    studio::Canvas& canvas = d.window.canvas();
    REQUIRE(canvas.screenRadius(d.index("m2-dir")) > 6.0f);

    // Hovering the rim shows the connect cursor; the centre shows the move cursor.
    d.imgui.mouseAt(rimOf(d, "m2-dir"));
    d.frame();
    CHECK(ImGui::GetMouseCursor() == ImGuiMouseCursor_Hand);
    d.imgui.mouseAt(d.at("m2-dir"));
    d.frame();
    CHECK(ImGui::GetMouseCursor() == ImGuiMouseCursor_ResizeAll);

    const std::size_t ties = d.model().ties.size();
    const core::Point before = d.model().layout.positions.at("m2-dir");
    d.drag(rimOf(d, "m2-dir"), d.at("pc"));
    REQUIRE(d.model().ties.size() == ties + 1);
    CHECK(d.model().ties.back().kind == core::TieKind::MemberOf);  // role → committee: membership
    CHECK(d.model().ties.back().source == "m2-dir");
    CHECK(d.model().ties.back().target == "pc");
    CHECK(d.model().layout.positions.at("m2-dir") == before);  // the node did not move
    CHECK(d.steps() == 1);

    d.drag(d.at("m2-dir"), d.at("m2-dir") + ImVec2(40.0f, 30.0f));
    CHECK(d.model().ties.size() == ties + 1);
    CHECK(d.model().layout.positions.at("m2-dir").x > before.x);
    CHECK(d.steps() == 2);
}

TEST_CASE("drawing: Alt+drag and Ctrl+drag from anywhere on a node tie it; Ctrl+click still toggles",
          "[studio][editor][drawing]") {
    CanvasDriver d;
    const bool alt = GENERATE(true, false);
    ImGuiIO& io = ImGui::GetIO();
    (alt ? io.KeyAlt : io.KeyCtrl) = true;
    d.drag(d.at("m2-dir"), d.at("pc"));
    io.KeyAlt = io.KeyCtrl = false;
    CHECK(tiesBetween(d.model(), "m2-dir", "pc") == 1);
    CHECK(d.steps() == 1);
    CHECK(lastUndoText(d).find("Municipal director Dalvik") != std::string::npos);

    if (!alt) {
        d.click(d.at("pk"));
        io.KeyCtrl = true;
        d.click(d.at("rc"));
        io.KeyCtrl = false;
        CHECK(d.window.workspace().selection().nodes().size() == 2);
        CHECK(d.steps() == 1);
    }
}

TEST_CASE("drawing: in connect mode (C) every drag from a node ties it; C or Escape leaves it",
          "[studio][editor][drawing]") {
    CanvasDriver d;
    d.imgui.mouseAt(d.emptySpot());
    d.key('C');
    REQUIRE(d.window.canvas().editor().connectMode());
    d.drag(d.at("hs-dir"), d.at("pc"));
    CHECK(tiesBetween(d.model(), "hs-dir", "pc") == 1);
    CHECK(d.steps() == 1);

    d.imgui.mouseAt(d.emptySpot());
    d.key(kEscape);
    d.pause();  // the next press on the same node is not a double-click
    CHECK_FALSE(d.window.canvas().editor().connectMode());
    const std::size_t ties = d.model().ties.size();
    const std::size_t steps = d.steps();
    d.drag(d.at("hs-dir"), d.at("hs-dir") + ImVec2(30.0f, 30.0f));
    CHECK(d.model().ties.size() == ties);  // moved, not tied
    CHECK(d.steps() == steps + 1);

    d.imgui.mouseAt(d.emptySpot());
    d.key('C');
    CHECK(d.window.canvas().editor().connectMode());
    d.key('C');
    CHECK_FALSE(d.window.canvas().editor().connectMode());
}

TEST_CASE("drawing: in a dense network a drag between nodes pans and never grabs a handle",
          "[studio][editor][drawing]") {
    studio::test::CanvasDriver d;
    core::Model dense;
    dense.annotations.meta.title = "Dense";
    for (int row = 0; row < 30; ++row) {
        for (int column = 0; column < 30; ++column) {
            core::Node node;
            node.id = "r" + std::to_string(row) + "-" + std::to_string(column);
            node.kind = core::NodeKind::Role;
            dense.layout.positions[node.id] = core::Point{column * 60.0, row * 60.0};
            dense.nodes.push_back(std::move(node));
        }
    }
    d.window.setDocument(dense, "dense.orgweave.json");
    d.frame();
    d.frame();
    studio::Canvas& canvas = d.window.canvas();
    const std::size_t chosen = *canvas.indexOf("r15-15");
    for (int k = 0; k < 8 && canvas.screenRadius(chosen) >= 5.0f; ++k) {
        canvas.zoomBy(0.7f);
        d.frame();
    }
    REQUIRE(canvas.screenRadius(chosen) < 5.0f);
    d.window.workspace().selection().selectNode("r15-15");
    d.frame();
    // Right beside the selected node's handle, on no node.
    const ImVec2 handle = studio::CanvasEditor::handlePosition(canvas, chosen);
    ImVec2 press = handle + ImVec2(2.5f, -2.5f);
    REQUIRE_FALSE(canvas.nodeAt(press).has_value());
    const ImVec2 pan = canvas.camera().pan();
    d.drag(press, press + ImVec2(45.0f, 25.0f));
    CHECK(canvas.camera().pan().x == Approx(pan.x + 45.0f));
    CHECK(canvas.camera().pan().y == Approx(pan.y + 25.0f));
    CHECK(d.model().ties.empty());
    CHECK(d.steps() == 0);
}

// ------------------------------------------------------------------------------ labels in place

TEST_CASE("drawing: double-click on a node edits its label in place; Enter commits one step",
          "[studio][editor][drawing]") {
    CanvasDriver d;
    d.doubleClick(d.at("pk"));
    d.frame();
    const auto& edited = d.window.canvas().editor().editedLabel();
    REQUIRE(edited.has_value());
    CHECK(*edited == "pk");
    CHECK(d.window.canvas().editor().labelText() == "Practice consultant");
    CHECK(d.steps() == 0);

    d.type("GP liaison");  // the old text starts selected: typing replaces it
    CHECK(d.window.canvas().editor().labelText() == "GP liaison");
    d.key(kEnter);
    CHECK(d.model().findNode("pk")->label == "GP liaison");  // a named id stays
    CHECK_FALSE(d.window.canvas().editor().editedLabel().has_value());
    CHECK(d.steps() == 1);
    CHECK(lastUndoText(d) == "Rename 'Practice consultant' to 'GP liaison'");
    d.key('Z', true);
    CHECK(d.model().findNode("pk")->label == "Practice consultant");
}

TEST_CASE("drawing: Escape cancels the label editor and changes nothing", "[studio][editor][drawing]") {
    CanvasDriver d;
    d.click(d.at("rc"));
    d.key(studio::kKeyF2);
    REQUIRE(d.window.canvas().editor().editedLabel() == std::optional<std::string>("rc"));
    d.type("Something else");
    d.key(kEscape);
    CHECK_FALSE(d.window.canvas().editor().editedLabel().has_value());
    CHECK(d.model().findNode("rc")->label == "Strategic committee");
    CHECK(d.steps() == 0);
    CHECK(d.window.workspace().selection().singleNode() == "rc");  // Escape did not clear it
}

TEST_CASE("drawing: a new node's id follows its first label and its ties follow the id",
          "[studio][editor][drawing]") {
    CanvasDriver d;
    const ImVec2 spot = d.emptySpot();
    d.doubleClick(spot);
    const std::string created = *d.window.workspace().selection().singleNode();
    CHECK(created == "role-1");
    studio::EditActions::connect(d.window.workspace(), created, "pc", core::TieKind::MemberOf);
    d.window.workspace().selection().selectNode(created);
    d.frame();
    const std::size_t beforeRename = d.window.document()->history().index();
    d.key(studio::kKeyF2);
    d.type("Practice consultant");
    d.key(kEnter);
    CHECK(d.model().findNode("role-1") == nullptr);
    const core::Node* renamed = d.model().findNode("practice-consultant");
    REQUIRE(renamed != nullptr);
    CHECK(renamed->label == "Practice consultant");
    CHECK(d.model().layout.positions.contains("practice-consultant"));
    CHECK(tiesBetween(d.model(), "practice-consultant", "pc") == 1);
    CHECK(d.window.workspace().selection().singleNode() == "practice-consultant");

    // A second one with the same label gets a unique id; a node already named keeps its id.
    const std::string second =
        studio::EditActions::createNode(d.window.workspace(), core::NodeKind::Role, core::Point{10.0, 10.0});
    CHECK(studio::EditActions::renameNode(d.window.workspace(), second, "Practice consultant") ==
          "practice-consultant-2");
    CHECK(studio::EditActions::renameNode(d.window.workspace(), "practice-consultant", "Senior consultant") ==
          "practice-consultant");
    // Created with a label: the id is its slug at once.
    CHECK(studio::EditActions::createNode(d.window.workspace(), core::NodeKind::Committee,
                                          core::Point{0.0, 0.0},
                                          "Strategic committee") == "strategic-committee");

    // Undo walks back: the id and the tie return to role-1.
    d.window.workspace().goToHistory(beforeRename);
    CHECK(d.model().findNode("practice-consultant") == nullptr);
    CHECK(d.model().findNode("role-1") != nullptr);
    CHECK(tiesBetween(d.model(), "role-1", "pc") == 1);
}

// ------------------------------------------------------------------------------------ node menu

TEST_CASE("drawing: the node menu renames, selects neighbours and asks what if it leaves",
          "[studio][editor][drawing]") {
    CanvasDriver d;
    SECTION("Rename opens the label editor in place") {
        d.rightClick(d.at("pk"));
        d.clickEntry("Rename");
        CHECK(d.window.canvas().editor().editedLabel() == std::optional<std::string>("pk"));
    }
    SECTION("Select neighbours selects the node and the nodes tied to it") {
        d.rightClick(d.at("pk"));
        d.clickEntry("Select neighbours");
        const auto& selected = d.window.workspace().selection().nodes();
        CHECK(selected == std::set<std::string, std::less<>>{"pk", "pc", "m1-dir"});
        CHECK(d.steps() == 0);
    }
    SECTION("What if this leaves? opens the what-if on the node") {
        d.rightClick(d.at("m1-dir"));
        d.clickEntry("What if this leaves?");
        d.frame();
        const auto* panel = dynamic_cast<const studio::WhatIfPanel*>(d.window.panel("What if"));
        REQUIRE(panel != nullptr);
        CHECK((panel->running() || panel->impact().has_value()));
    }
}

TEST_CASE("drawing: Connect to… lists the nodes that can be tied and makes the tie by the pair's rule",
          "[studio][editor][drawing]") {
    CanvasDriver d;
    d.rightClick(d.at("m2-dir"));
    d.clickEntry("Connect to\xE2\x80\xA6");
    d.frame();
    d.type("profess");
    d.frame();
    // The learning action cannot be tied to a role: it is not offered.
    CHECK_FALSE(d.window.canvas().editor().menuRects().find("Joint record review").has_value());
    d.clickEntry("Professional committee");
    CHECK(tiesBetween(d.model(), "m2-dir", "pc") == 1);
    CHECK(d.model().ties.back().kind == core::TieKind::MemberOf);
    CHECK(d.steps() == 1);
}
