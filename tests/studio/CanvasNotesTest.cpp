// Notes on the canvas: view data in the document, one undo step per change, dragged and edited
// on the canvas.
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/canvas/CanvasNotes.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

using namespace orgweave;
using studio::CanvasNotes;
using studio::operator+;

TEST_CASE("canvas notes: add edit move and remove are undoable and saved with the document",
          "[studio][notes]") {
    studio::Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    const std::uint64_t structure = workspace.structureRevision();
    const std::string id = CanvasNotes::add(workspace, {10.0, 20.0}, "To be decided in March");
    REQUIRE_FALSE(id.empty());
    REQUIRE(CanvasNotes::read(*workspace.model()).size() == 1);
    CHECK(workspace.structureRevision() == structure);  // view data: measures stay valid
    CHECK(CanvasNotes::edit(workspace, id, "Decided: a second practice consultant"));
    CHECK(CanvasNotes::move(workspace, id, {50.0, 60.0}));
    const studio::CanvasNote note = CanvasNotes::read(*workspace.model()).front();
    CHECK(note.text == "Decided: a second practice consultant");
    CHECK(note.at.x == 50.0);
    CHECK(workspace.document().history().size() == 3);

    // Saved and read back with the document.
    const core::LoadResult again =
        core::parseDocument(core::writeDocument(*workspace.model()), "notes.orgweave.json");
    REQUIRE(again.ok());
    REQUIRE(CanvasNotes::read(*again.model).size() == 1);
    CHECK(CanvasNotes::read(*again.model).front().text == note.text);

    CHECK(CanvasNotes::remove(workspace, id));
    CHECK(CanvasNotes::read(*workspace.model()).empty());
    CHECK_FALSE(CanvasNotes::remove(workspace, id));
    workspace.undo();
    CHECK(CanvasNotes::read(*workspace.model()).size() == 1);
}

TEST_CASE("canvas notes: drawn on the canvas and dragged in one step", "[studio][notes]") {
    studio::test::HeadlessImGui imgui(ImVec2(1400.0f, 900.0f));
    studio::MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    imgui.frame([&] { window.draw(); });
    // A note at the world point under the canvas centre.
    const ImVec2 centre = window.canvas().viewport().center();
    const ImVec2 world = window.canvas().camera().screenToWorld(centre);
    CanvasNotes::add(window.workspace(), {world.x, world.y}, "Note on the canvas");
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    REQUIRE(window.canvas().notes().size() == 1);
    const studio::Rect box = window.canvas().noteRect(0);
    REQUIRE_FALSE(box.empty());
    CHECK(window.canvas().noteAt(box.center()) == std::size_t{0});

    const std::size_t steps = window.document()->history().size();
    const ImVec2 from = box.center();
    imgui.mouseAt(from);
    imgui.frame([&] { window.draw(); });
    imgui.mouseButton(0, true);
    imgui.frame([&] { window.draw(); });
    for (int k = 1; k <= 3; ++k) {
        imgui.mouseAt(from + ImVec2(30.0f * static_cast<float>(k), 0.0f));
        imgui.frame([&] { window.draw(); });
    }
    imgui.mouseButton(0, false);
    imgui.frame([&] { window.draw(); });
    CHECK(window.document()->history().size() == steps + 1);
    CHECK(CanvasNotes::read(*window.workspace().model()).front().at.x > world.x);
    CHECK(window.workspace().selection().empty());  // dragging a note selects nothing
}
