// Issue 18, shape by an attribute as well as by kind: the Measures panel's menu chooses it, the
// canvas draws each value in its own shape (nodes without a value keep their kind's), the legend
// keys the shapes; beyond five values the rest share the star.
#include "HeadlessImGui.hpp"
#include "PanelDriver.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/layouts/VisualStyle.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/panels/MeasuresPanel.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

using namespace orgweave;
using studio::test::HeadlessImGui;
using studio::test::PanelDriver;

TEST_CASE("shape by attribute: the Measures panel's shape menu offers the sector", "[studio][shape-by]") {
    studio::Workspace workspace;
    workspace.setDocument(studio::test::loadSampleModel("midcounty-frailty.orgweave.json"),
                          "m.orgweave.json");
    studio::MeasuresPanel panel;
    PanelDriver driver{panel, workspace};
    driver.frame();
    CHECK(workspace.mapping().shapeBy.empty());
    driver.clickAndLeave(panel.itemRect("shape-by"));
    REQUIRE_FALSE(panel.itemRect("shape-by/Shape: sector").empty());
    driver.clickAndLeave(panel.itemRect("shape-by/Shape: sector"));
    CHECK(workspace.mapping().shapeBy == "sector");
    driver.clickAndLeave(panel.itemRect("shape-by"));
    driver.clickAndLeave(panel.itemRect("shape-by/Shapes by kind"));
    CHECK(workspace.mapping().shapeBy.empty());
}

TEST_CASE("shape by attribute: the canvas shapes organizations by sector and keys them",
          "[studio][shape-by]") {
    HeadlessImGui imgui{ImVec2(1200.0f, 800.0f)};
    studio::MainWindow window;
    window.setDocument(studio::test::loadSampleModel("midcounty-frailty.orgweave.json"), "m.orgweave.json");
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(window.canvas().legend().hasShapeKey());
    window.workspace().mapping().shapeBy = "sector";
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    CHECK(window.canvas().legend().hasShapeKey());
    CHECK(window.canvas().legend().shapeKeyHeading() == "Shape: sector");
    const core::Model& model = *window.workspace().model();
    const auto& items = window.canvas().scene().nodes();
    REQUIRE(items.size() == model.nodes.size());
    std::map<std::string, std::set<layouts::NodeShape>> shapesBySector;
    std::set<layouts::NodeShape> sectorShapes;
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const core::Node& node = model.nodes[i];
        if (node.organizationProfile->sector.empty()) {
            CHECK(items[i].style.shape == layouts::shapeOf(node.kind));  // no value: by kind
            continue;
        }
        shapesBySector[node.organizationProfile->sector].insert(items[i].style.shape);
        sectorShapes.insert(items[i].style.shape);
    }
    REQUIRE(shapesBySector.size() == 4);  // primary, social, specialist health; civil society
    for (const auto& [sector, shapes] : shapesBySector)
        CHECK(shapes.size() == 1);    // one shape per value
    CHECK(sectorShapes.size() == 4);  // and a different one for each
    window.workspace().mapping().shapeBy.clear();
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(window.canvas().legend().hasShapeKey());
    CHECK(items[1].style.shape == layouts::shapeOf(model.nodes[1].kind));
}

TEST_CASE("shape by attribute: beyond five values the rest share the star", "[studio][shape-by]") {
    core::Model model;
    for (int k = 0; k < 8; ++k) {
        core::Node node;
        node.id = "n" + std::to_string(k);
        node.kind = core::NodeKind::Role;
        node.attrs["team"] = "team " + std::to_string(k);
        model.nodes.push_back(node);
    }
    core::Node bare;
    bare.id = "bare";
    bare.kind = core::NodeKind::Committee;
    model.nodes.push_back(bare);
    const layouts::NodeShapes shapes = layouts::shapeNodes(model, "team");
    REQUIRE(shapes.key.size() == 5);
    CHECK(shapes.key.back().first == layouts::NodeShape::Star);
    CHECK(shapes.key.back().second == "other (4 values)");
    CHECK(shapes.shape[0] == layouts::NodeShape::Circle);
    CHECK(shapes.shape[1] == layouts::NodeShape::RoundedRect);
    CHECK(shapes.shape[7] == layouts::NodeShape::Star);
    CHECK(shapes.shape[8] == layouts::NodeShape::Diamond);  // the committee keeps its kind's shape
    CHECK(shapes.unshaped == 1);
    CHECK(layouts::shapeNodes(model, "").heading.empty());
}
