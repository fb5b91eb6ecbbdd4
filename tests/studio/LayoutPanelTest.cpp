#include "PanelDriver.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/studio/panels/LayoutPanel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace orgweave;
using studio::LayoutPanel;
using studio::test::PanelDriver;

namespace {

struct Fixture {
    studio::Workspace workspace;
    LayoutPanel panel;
    PanelDriver driver{panel, workspace};

    Fixture() {
        workspace.setDocument(studio::test::loadSampleModel("regional-committee.orgweave.json"));
        driver.frame();
    }
    const core::Model& model() const { return workspace.document().model(); }
    const core::UndoStack& history() const { return workspace.document().history(); }

    /// Clicks Run, waits for the worker, and draws the frame that commits its result.
    void run(const std::string& engine) {
        REQUIRE(panel.setEngine(engine));
        driver.frame();
        driver.clickAndLeave(panel.buttonRect("Run"));
        panel.waitForJob();
        driver.frame();
        driver.frame();
    }
};

}  // namespace

TEST_CASE("layout panel: circle and force each put one layout command on the undo stack",
          "[studio][layout]") {
    const std::string engine = GENERATE(std::string("circle"), std::string("force"));
    Fixture f;
    const core::Layout before = f.model().layout;
    REQUIRE(f.history().size() == 0);
    f.run(engine);
    CHECK(f.panel.job() == nullptr);
    CHECK(f.panel.error().empty());
    REQUIRE(f.history().size() == 1);
    CHECK(dynamic_cast<const core::ReplaceLayoutCommand*>(&f.history().at(0)) != nullptr);
    CHECK(f.history().at(0).description() == "Layout: " + engine);
    CHECK(f.model().layout.positions != before.positions);
    CHECK(f.model().layout.positions.size() == f.model().nodes.size());
    CHECK(f.workspace.previewPositions() == nullptr);

    REQUIRE(f.workspace.undo());
    CHECK(f.model().layout == before);
}

TEST_CASE("layout panel: cancel leaves the document unchanged and clears the preview", "[studio][layout]") {
    Fixture f;
    const core::Layout before = f.model().layout;
    REQUIRE(f.panel.setEngine("force"));
    f.driver.frame();
    f.driver.clickAndLeave(f.panel.buttonRect("Run"));
    // Let the force layout publish a few frames of animation, then cancel it.
    for (int k = 0; k < 200 && f.workspace.previewPositions() == nullptr && f.panel.job() != nullptr; ++k) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        f.driver.frame();
    }
    if (f.panel.job() != nullptr) {
        f.driver.clickAndLeave(f.panel.buttonRect("Cancel"));
        CHECK(f.panel.job() == nullptr);
    } else {
        // The machine was fast enough to finish first: the commit must then be undoable.
        REQUIRE(f.history().size() == 1);
        f.workspace.undo();
    }
    for (int k = 0; k < 5; ++k)
        f.driver.frame();
    CHECK(f.workspace.previewPositions() == nullptr);
    CHECK(f.model().layout == before);
    CHECK(f.history().index() == 0);
}

TEST_CASE("layout panel: stop keeps the state the force layout reached", "[studio][layout]") {
    Fixture f;
    REQUIRE(f.panel.setEngine("force"));
    f.driver.frame();
    f.driver.clickAndLeave(f.panel.buttonRect("Run"));
    if (f.panel.job() != nullptr && !f.panel.job()->finished())
        f.driver.clickAndLeave(f.panel.buttonRect("Stop"));
    f.panel.waitForJob();
    f.driver.frame();
    REQUIRE(f.history().size() == 1);
    CHECK(f.history().at(0).description() == "Layout: force");
    CHECK(f.workspace.previewPositions() == nullptr);
}

TEST_CASE("layout panel: pin and unpin the selected nodes", "[studio][layout]") {
    Fixture f;
    const std::vector<std::string> pinnedBefore = f.model().layout.pinned;
    std::string id;
    for (const core::Node& node : f.model().nodes) {
        if (std::find(pinnedBefore.begin(), pinnedBefore.end(), node.id) == pinnedBefore.end()) {
            id = node.id;
            break;
        }
    }
    REQUIRE_FALSE(id.empty());
    f.workspace.selection().selectNode(id);
    f.driver.frame();
    f.driver.clickAndLeave(f.panel.buttonRect("Pin"));
    REQUIRE(f.history().size() == 1);
    CHECK(f.history().at(0).description() == "Pin 1 node");
    const auto& pinned = f.model().layout.pinned;
    CHECK(std::find(pinned.begin(), pinned.end(), id) != pinned.end());

    f.driver.clickAndLeave(f.panel.buttonRect("Unpin"));
    REQUIRE(f.history().size() == 2);
    CHECK(f.model().layout.pinned == pinnedBefore);
}

TEST_CASE("layout panel: engines too large for a network are named", "[studio][layout]") {
    CHECK(LayoutPanel::sizeWarning("dot", 5000).find("Too large for dot") != std::string::npos);
    CHECK(LayoutPanel::sizeWarning("force", 5000).empty());
    CHECK(LayoutPanel::sizeWarning("dot", 50).empty());
    for (const std::string& name : layouts::layoutEngineNames())
        CHECK_FALSE(LayoutPanel::engineDescription(name).empty());
}
