// Direct manipulation on the canvas, driven with synthetic mouse and keyboard input through the
// real main window; assertions are on the document and the selection.
#include "CanvasDriver.hpp"

#include <catch2/catch.hpp>

#include <optional>

using namespace orgweave;
using studio::MainWindow;
using studio::test::HeadlessImGui;
using studio::operator+;
using studio::operator-;
using studio::operator*;

using studio::test::CanvasDriver;
using Driver = CanvasDriver;

TEST_CASE("canvas editor: click and shift click select nodes and a click on the background clears",
          "[studio][editor]") {
    Driver d;
    d.click(d.at("rc"));
    CHECK(d.window.workspace().selection().singleNode() == "rc");
    ImGui::GetIO().KeyShift = true;
    d.click(d.at("pc"));
    ImGui::GetIO().KeyShift = false;
    CHECK(d.window.workspace().selection().nodes().size() == 2);
    d.click(d.emptySpot());
    CHECK(d.window.workspace().selection().empty());
    CHECK(d.steps() == 0);  // selecting is not an edit
}

TEST_CASE("canvas editor: dragging a node moves it in one undo step", "[studio][editor]") {
    Driver d;
    const core::Point before = d.model().layout.positions.at("rc");
    d.drag(d.at("rc"), d.at("rc") + ImVec2(120.0f, 60.0f));
    REQUIRE(d.steps() == 1);
    const core::Point after = d.model().layout.positions.at("rc");
    CHECK(after.x > before.x);
    CHECK(after.y > before.y);
    CHECK(d.window.workspace().selection().singleNode() == "rc");
    ImGui::GetIO().KeyCtrl = true;
    d.imgui.key('Z', true);
    d.frame();
    d.imgui.key('Z', false);
    ImGui::GetIO().KeyCtrl = false;
    d.frame();
    CHECK(d.model().layout.positions.at("rc").x == Approx(before.x));
}

TEST_CASE("canvas editor: shift drag on the background selects by box", "[studio][editor]") {
    Driver d;
    const studio::Rect view = d.window.canvas().viewport();
    ImGui::GetIO().KeyShift = true;
    d.drag(view.min + ImVec2(2.0f, 2.0f), view.max - ImVec2(2.0f, 2.0f));
    ImGui::GetIO().KeyShift = false;
    // Every node whose centre is on screen (the legend may cover some space but not the centres).
    CHECK(d.window.workspace().selection().nodes().size() >= 10);
    CHECK(d.steps() == 0);
}

TEST_CASE("canvas editor: double click on the background creates a node there", "[studio][editor]") {
    Driver d;
    const std::size_t nodes = d.model().nodes.size();
    const ImVec2 spot = d.emptySpot();
    d.click(spot);
    d.click(spot);  // the second click within the double-click time
    REQUIRE(d.model().nodes.size() == nodes + 1);
    const core::Node& created = d.model().nodes.back();
    CHECK(created.kind == core::NodeKind::Role);
    CHECK(d.window.workspace().selection().singleNode() == created.id);
    CHECK(d.steps() == 1);
}

TEST_CASE("canvas editor: the palette arms a kind and a click places it", "[studio][editor]") {
    Driver d;
    d.window.canvas().editor().setPlacingKind(core::NodeKind::Committee);
    const std::size_t nodes = d.model().nodes.size();
    d.click(d.emptySpot());
    REQUIRE(d.model().nodes.size() == nodes + 1);
    CHECK(d.model().nodes.back().kind == core::NodeKind::Committee);
    CHECK_FALSE(d.window.canvas().editor().placingKind().has_value());
}

TEST_CASE("canvas editor: dragging from the handle connects a role to a committee", "[studio][editor]") {
    Driver d;
    d.click(d.at("m2-dir"));
    REQUIRE(d.window.workspace().selection().singleNode() == "m2-dir");
    const ImVec2 handle = studio::CanvasEditor::handlePosition(d.window.canvas(), d.index("m2-dir"));
    const std::size_t ties = d.model().ties.size();
    d.drag(handle, d.at("pc"));
    REQUIRE(d.model().ties.size() == ties + 1);
    const core::Tie& tie = d.model().ties.back();
    CHECK(tie.kind == core::TieKind::MemberOf);
    CHECK(tie.source == "m2-dir");
    CHECK(tie.target == "pc");
    CHECK(d.window.workspace().selection().singleTie() == tie.id);
    CHECK(d.steps() == 1);
}

TEST_CASE("canvas editor: a pair that cannot be tied says why and changes nothing", "[studio][editor]") {
    Driver d;
    d.click(d.at("la"));
    const ImVec2 handle = studio::CanvasEditor::handlePosition(d.window.canvas(), d.index("la"));
    d.drag(handle, d.at("rc"));
    CHECK(d.steps() == 0);
    const auto notices = d.window.workspace().recentNotices();
    REQUIRE_FALSE(notices.empty());
    CHECK(notices.back().error);
}

TEST_CASE("canvas editor: delete removes the selection and ctrl z brings it back", "[studio][editor]") {
    Driver d;
    const core::Model original = d.model();
    d.click(d.at("pk"));
    d.press(ImGui::GetKeyIndex(ImGuiKey_Delete));
    CHECK(d.model().findNode("pk") == nullptr);
    CHECK(d.steps() == 1);
    d.press('Z', true);
    CHECK(d.model() == original);
}

TEST_CASE("canvas editor: a click on a tie selects it", "[studio][editor]") {
    Driver d;
    // The middle of the agreement between hs and m1.
    const ImVec2 middle = (d.at("hs") + d.at("m1")) * 0.5f;
    const auto tie = d.window.canvas().tieAt(middle);
    REQUIRE(tie.has_value());
    d.click(middle);
    CHECK(d.window.workspace().selection().singleTie() == d.model().ties[*tie].id);
}

TEST_CASE("canvas: colour and size follow the mapping and the legend says what colour means",
          "[studio][editor]") {
    Driver d;
    d.window.workspace().analysis().waitUntilIdle();
    d.frame();
    const ImU32 before = d.window.canvas().fillColor(d.index("pk"));
    const float radiusBefore = d.window.canvas().screenRadius(d.index("pk"));
    d.window.workspace().mapping().colorBy = "betweenness";
    d.window.workspace().mapping().sizeBy = "betweenness";
    d.frame();
    CHECK(d.window.canvas().legend().colourHeading() == "Colour: betweenness");
    CHECK(d.window.canvas().fillColor(d.index("pk")) != before);
    CHECK(d.window.canvas().screenRadius(d.index("pk")) != Approx(radiusBefore));
    d.window.workspace().mapping().colorBy = "organization";
    d.frame();
    CHECK(d.window.canvas().legend().colourHeading() == "Organizations");
    CHECK(d.window.canvas().fillColor(d.index("pk")) == before);
}

TEST_CASE("canvas: the minimap appears when zoomed in and a click there moves the view", "[studio][editor]") {
    Driver d;
    CHECK(d.window.canvas().minimapRect().empty());  // fitted: everything is in view
    const ImVec2 center = d.window.canvas().viewport().center();
    d.window.canvas().camera().zoomAt(center, 6.0f);
    d.frame();
    const studio::Rect map = d.window.canvas().minimapRect();
    REQUIRE_FALSE(map.empty());
    const ImVec2 panBefore = d.window.canvas().camera().pan();
    d.click(map.min + ImVec2(5.0f, 5.0f));
    const ImVec2 panAfter = d.window.canvas().camera().pan();
    CHECK((panAfter.x != panBefore.x || panAfter.y != panBefore.y));
    CHECK(d.steps() == 0);
}

TEST_CASE("canvas: halos mark the nodes of gap findings and hide on request", "[studio][editor]") {
    Driver d;
    d.window.workspace().analysis().waitUntilIdle();
    d.frame();
    const auto snapshot = d.window.workspace().analysis().latest();
    REQUIRE(snapshot);
    REQUIRE_FALSE(snapshot->gaps.findings.empty());
    const core::Finding& finding = snapshot->gaps.findings.front();
    REQUIRE_FALSE(finding.nodes.empty());
    const std::size_t named = *d.window.canvas().indexOf(finding.nodes.front());
    CHECK(d.window.canvas().haloColor(named) != 0);
    d.window.workspace().mapping().showGapHalos = false;
    d.frame();
    CHECK(d.window.canvas().haloColor(named) == 0);
}

TEST_CASE("canvas: the dark theme darkens the page and lightens lines too dark to see", "[studio][editor]") {
    Driver d;
    CHECK(d.imgui.hasVertexColor(IM_COL32(249, 249, 246, 255)));
    d.window.setTheme(studio::ThemeKind::Dark);
    d.frame();
    CHECK(d.window.canvas().dark());
    CHECK(d.imgui.hasVertexColor(IM_COL32(32, 35, 40, 255)));
    CHECK_FALSE(d.imgui.hasVertexColor(IM_COL32(249, 249, 246, 255)));
    d.window.setTheme(studio::ThemeKind::Light);
    d.frame();
    CHECK_FALSE(d.window.canvas().dark());
}

TEST_CASE("canvas editor: one owner of pointer input decides between panning and editing",
          "[studio][editor][interaction]") {
    Driver d;
    studio::Canvas& canvas = d.window.canvas();
    d.click(d.at("rc"));
    REQUIRE(d.window.workspace().selection().singleNode() == "rc");

    SECTION("a drag on the background pans and leaves the document alone") {
        const ImVec2 pan = canvas.camera().pan();
        const ImVec2 from = d.emptySpot();
        d.drag(from, from + ImVec2(60.0f, -20.0f));
        CHECK(canvas.camera().pan().x == Approx(pan.x + 60.0f));
        CHECK(canvas.camera().pan().y == Approx(pan.y - 20.0f));
        CHECK_FALSE(canvas.editor().panning());
        CHECK(d.steps() == 0);
        CHECK_FALSE(canvas.followsFit());
    }
    SECTION("a drag on a node moves it and does not pan") {
        const ImVec2 pan = canvas.camera().pan();
        d.drag(d.at("pc"), d.at("pc") + ImVec2(50.0f, 40.0f));
        CHECK(canvas.camera().pan().x == Approx(pan.x));
        CHECK(canvas.camera().pan().y == Approx(pan.y));
        CHECK(d.steps() == 1);
    }
    SECTION("while the background is held the editor pans; a click there still clears") {
        const ImVec2 spot = d.emptySpot();
        d.imgui.mouseAt(spot);
        d.frame();
        d.imgui.mouseButton(0, true);
        d.frame();
        CHECK(canvas.editor().panning());
        d.imgui.mouseButton(0, false);
        d.frame();
        CHECK_FALSE(canvas.editor().panning());
        CHECK(d.window.workspace().selection().empty());
    }
    SECTION("a read-only canvas pans from the background but not from a node") {
        canvas.setReadOnly(true);
        d.frame();
        const ImVec2 pan = canvas.camera().pan();
        d.drag(d.at("pc"), d.at("pc") + ImVec2(40.0f, 40.0f));
        CHECK(canvas.camera().pan().x == Approx(pan.x));
        CHECK(d.steps() == 0);
        const ImVec2 from = d.emptySpot();
        d.drag(from, from + ImVec2(-30.0f, 25.0f));
        CHECK(canvas.camera().pan().x == Approx(pan.x - 30.0f));
        CHECK(canvas.camera().pan().y == Approx(pan.y + 25.0f));
        CHECK(d.window.workspace().selection().singleNode() == "rc");  // no selection changes
    }
}
