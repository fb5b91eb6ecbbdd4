// The Views panel (issue 8 item 4) in the real main window, headless: saving the current view
// captures the mapping, the camera and the selection as one undo step; applying a view sets the
// mapping, the selection and highlights, and eases the canvas camera to the view's.
#include "HeadlessImGui.hpp"
#include "PanelDriver.hpp"
#include "orgweave/studio/canvas/CameraTween.hpp"
#include "orgweave/studio/panels/ViewsPanel.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

using namespace orgweave;
using studio::MainWindow;
using studio::test::HeadlessImGui;

namespace {

struct Fixture {
    HeadlessImGui imgui{ImVec2(1440.0f, 900.0f)};
    MainWindow window;
    studio::ViewsPanel* panel = nullptr;

    explicit Fixture(core::Model model) {
        window.setDocument(std::move(model), "midcounty-frailty.orgweave.json");
        window.showPanel("Views");
        panel = dynamic_cast<studio::ViewsPanel*>(window.panel("Views"));
        REQUIRE(panel != nullptr);
        frames(3);
    }
    void frames(int count) {
        for (int i = 0; i < count; ++i)
            imgui.frame([&] { window.draw(); });
    }
    void click(const std::string& key) {
        const auto rect = panel->itemRect(key);
        REQUIRE(rect);
        imgui.mouseAt(rect->center());
        frames(1);
        imgui.mouseButton(0, true);
        frames(1);
        imgui.mouseButton(0, false);
        frames(1);
        imgui.mouseAt(ImVec2(-100.0f, -100.0f));
        frames(1);
    }
    std::size_t undoIndex() const { return window.workspace().document().history().index(); }
    const core::Model& model() const { return *window.workspace().model(); }
    core::ViewCamera canvasCamera() const { return studio::CameraTween::capture(window.canvas().camera()); }
};

}  // namespace

TEST_CASE("views panel: save current view captures mapping and camera and highlights in one step",
          "[studio][views]") {
    Fixture f(studio::test::loadSampleModel("midcounty-frailty.orgweave.json"));
    studio::Workspace& workspace = f.window.workspace();
    const std::size_t before = f.model().annotations.views.size();
    workspace.mapping().phase = "p2";
    workspace.mapping().colorBy = "kind";
    workspace.mapping().sizeBy = "degree";
    workspace.selection().setNodes({"mdt", "la-proto"});
    f.window.canvas().camera().zoomAt(f.window.canvas().viewport().center(), 1.5f);
    f.window.canvas().camera().panBy({40.0f, -25.0f});
    f.frames(2);
    const core::ViewCamera camera = f.canvasCamera();
    f.panel->newTitle() = "The team in phase 2";
    f.panel->newCaption() = "Who the team reaches.";
    const std::size_t undoBefore = f.undoIndex();

    f.click("save");

    REQUIRE(f.model().annotations.views.size() == before + 1);
    CHECK(f.undoIndex() == undoBefore + 1);
    const core::View& view = f.model().annotations.views.back();
    CHECK(view.id == "view-1");
    CHECK(view.title == "The team in phase 2");
    CHECK(view.caption == "Who the team reaches.");
    CHECK(view.phase == "p2");
    CHECK(view.colorBy == "kind");
    CHECK(view.sizeBy == "degree");
    CHECK(view.highlighted == std::vector<std::string>{"la-proto", "mdt"});
    REQUIRE(view.camera);
    CHECK(view.camera->x == Approx(camera.x).margin(0.5));
    CHECK(view.camera->y == Approx(camera.y).margin(0.5));
    CHECK(view.camera->zoom == Approx(camera.zoom));
    CHECK(f.panel->chosen() == before);

    f.window.workspace().undo();
    CHECK(f.model().annotations.views.size() == before);
}

TEST_CASE("views panel: applying a view sets mapping and selection and eases the camera", "[studio][views]") {
    core::Model model = studio::test::loadSampleModel("midcounty-frailty.orgweave.json");
    REQUIRE(model.annotations.views.size() >= 2);
    model.annotations.views[1].camera = core::ViewCamera{250.0, 180.0, 1.6};
    model.annotations.views[1].filter = nlohmann::json{{"kinds", {"role", "committee", "learning_action"}}};
    const core::View target = model.annotations.views[1];
    Fixture f(std::move(model));
    const std::size_t undoBefore = f.undoIndex();

    f.click("view:" + target.id);
    const studio::Workspace& workspace = f.window.workspace();
    CHECK(workspace.mapping().phase == target.phase);
    CHECK(workspace.mapping().highlighted == target.highlighted);
    CHECK(workspace.mapping().filter.kinds().size() == 3);
    std::vector<std::string> selected(workspace.selection().nodes().begin(),
                                      workspace.selection().nodes().end());
    std::vector<std::string> expected = target.highlighted;
    std::sort(expected.begin(), expected.end());
    CHECK(selected == expected);
    CHECK(f.undoIndex() == undoBefore);  // applying is not an edit

    // The canvas hides organizations and rings the highlights.
    const studio::Canvas& canvas = f.window.canvas();
    for (std::size_t i = 0; i < f.model().nodes.size(); ++i) {
        const core::Node& node = f.model().nodes[i];
        CAPTURE(node.id);
        CHECK(canvas.hidden(i) ==
              (node.kind == core::NodeKind::Organization || node.kind == core::NodeKind::Site ||
               node.kind == core::NodeKind::SharedTool));
        const bool ringed = std::find(target.highlighted.begin(), target.highlighted.end(), node.id) !=
                            target.highlighted.end();
        CHECK(canvas.highlighted(i) == ringed);
    }
    // Under way toward the view's camera, then there.
    CHECK(canvas.tween().active());
    f.frames(60);
    CHECK_FALSE(canvas.tween().active());
    const core::ViewCamera now = f.canvasCamera();
    CHECK(now.x == Approx(250.0).margin(0.5));
    CHECK(now.y == Approx(180.0).margin(0.5));
    CHECK(now.zoom == Approx(1.6));
}

TEST_CASE("views panel: filter check boxes and reorder and delete are undoable", "[studio][views]") {
    Fixture f(studio::test::loadSampleModel("midcounty-frailty.orgweave.json"));
    const std::string first = f.model().annotations.views[0].id;
    const std::string second = f.model().annotations.views[1].id;
    f.click("view:" + first);
    const std::size_t start = f.undoIndex();

    f.click("kind:role");
    CHECK(f.model().annotations.views[0].filter == nlohmann::json{{"kinds", {"role"}}});
    CHECK(f.undoIndex() == start + 1);
    CHECK(f.window.workspace().mapping().filter.kinds() == std::set<std::string>{"role"});

    f.click("down");
    CHECK(f.model().annotations.views[1].id == first);
    CHECK(f.model().annotations.views[0].id == second);
    CHECK(f.panel->chosen() == 1u);

    const std::size_t count = f.model().annotations.views.size();
    f.click("delete");
    CHECK(f.model().annotations.views.size() == count - 1);
    CHECK(f.undoIndex() == start + 3);

    f.window.workspace().undo();
    f.window.workspace().undo();
    f.window.workspace().undo();
    CHECK(f.model().annotations.views[0].id == first);
    CHECK(f.model().annotations.views[0].filter.empty());
}
