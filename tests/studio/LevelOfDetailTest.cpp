// Culling and level of detail for big networks (issue 21): the spatial grid's queries against a
// brute-force scan, the density raster's shades and runs, the level chosen from what is in view,
// the label cap, and a canvas of a large network drawn at fit-all and zoomed in.
#include "HeadlessImGui.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/DensityRaster.hpp"
#include "orgweave/studio/canvas/LabelPlacer.hpp"
#include "orgweave/studio/canvas/Legend.hpp"
#include "orgweave/studio/canvas/LevelOfDetail.hpp"
#include "orgweave/studio/canvas/Painter.hpp"
#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/canvas/SceneIndex.hpp"
#include "orgweave/studio/canvas/SpatialGrid.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace orgweave;
using studio::Rect;
using studio::SpatialGrid;
using studio::test::HeadlessImGui;
using studio::operator+;

namespace {

bool touches(const Rect& a, const Rect& b) {
    return a.min.x <= b.max.x && b.min.x <= a.max.x && a.min.y <= b.max.y && b.min.y <= a.max.y;
}

/// `side` × `side` roles on a square lattice `spacing` apart, in organizations of `perOrganization`
/// consecutive roles, each tied to its right and lower neighbour (about 2 side² ties).
core::Model lattice(int side, float spacing, int perOrganization) {
    core::Model model;
    const int organizations = (side * side + perOrganization - 1) / perOrganization;
    for (int k = 0; k < organizations; ++k) {
        core::Node organization;
        organization.id = "org" + std::to_string(k);
        organization.kind = core::NodeKind::Organization;
        organization.type = "municipality";
        organization.label = "Organization " + std::to_string(k);
        model.nodes.push_back(organization);
    }
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const int k = y * side + x;
            core::Node role;
            role.id = "r" + std::to_string(k);
            role.kind = core::NodeKind::Role;
            role.type = "nurse";
            role.organization = "org" + std::to_string(k / perOrganization);
            model.nodes.push_back(role);
            model.layout.positions[role.id] = {x * spacing, y * spacing};
            const auto tie = [&](int other) {
                core::Tie t;
                t.id = "t" + std::to_string(model.ties.size());
                t.source = role.id;
                t.target = "r" + std::to_string(other);
                model.ties.push_back(t);
            };
            if (x + 1 < side)
                tie(k + 1);
            if (y + 1 < side)
                tie(k + side);
        }
    }
    for (int k = 0; k < organizations; ++k) {
        const int first = k * perOrganization;
        model.layout.positions["org" + std::to_string(k)] = {(first % side) * spacing,
                                                             (first / side) * spacing - spacing * 0.5};
    }
    return model;
}

}  // namespace

TEST_CASE("spatial grid: a query lists exactly the boxes that meet the rectangle once each",
          "[studio][lod]") {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> coordinate(-1000.0f, 1000.0f);
    std::uniform_real_distribution<float> extent(0.0f, 40.0f);
    std::vector<Rect> boxes;
    for (int k = 0; k < 3000; ++k) {
        const ImVec2 p{coordinate(random), coordinate(random)};
        // Points, small boxes and a few long ones (ties across the picture).
        const float w = k % 3 == 0 ? 0.0f : extent(random) * (k % 97 == 0 ? 40.0f : 1.0f);
        boxes.push_back({p, p + ImVec2(w, w * 0.5f)});
    }
    std::vector<bool> skip(boxes.size(), false);
    for (std::size_t k = 0; k < boxes.size(); k += 11)
        skip[k] = true;
    SpatialGrid grid;
    grid.build(boxes, &skip);
    REQUIRE(grid.columns() > 1);
    CHECK(grid.largeCount() > 0);  // the long boxes are not bucketed
    for (int q = 0; q < 50; ++q) {
        const ImVec2 corner{coordinate(random), coordinate(random)};
        const Rect query{corner, corner + ImVec2(extent(random) * 10.0f, extent(random) * 5.0f)};
        std::vector<std::uint32_t> found;
        grid.query(query, found);
        std::set<std::uint32_t> unique(found.begin(), found.end());
        CHECK(unique.size() == found.size());
        std::set<std::uint32_t> expected;
        for (std::size_t k = 0; k < boxes.size(); ++k) {
            if (!skip[k] && touches(boxes[k], query))
                expected.insert(static_cast<std::uint32_t>(k));
        }
        CHECK(unique == expected);
        CHECK(grid.count(query) >= expected.size());
    }
    // Everything, and nothing far away.
    std::vector<std::uint32_t> all;
    grid.query({{-5000.0f, -5000.0f}, {5000.0f, 5000.0f}}, all);
    CHECK(all.size() == boxes.size() - (boxes.size() + 10) / 11);
    std::vector<std::uint32_t> none;
    grid.query({{9000.0f, 9000.0f}, {9100.0f, 9100.0f}}, none);
    CHECK(none.empty());
    CHECK(grid.count({{9000.0f, 9000.0f}, {9100.0f, 9100.0f}}) == 0);
}

TEST_CASE("spatial grid: an empty or fully skipped set answers nothing", "[studio][lod]") {
    SpatialGrid grid;
    std::vector<std::uint32_t> found;
    grid.query({{0.0f, 0.0f}, {10.0f, 10.0f}}, found);
    CHECK(found.empty());
    const std::vector<Rect> boxes{{{1.0f, 1.0f}, {1.0f, 1.0f}}};
    const std::vector<bool> skip{true};
    grid.build(boxes, &skip);
    grid.query({{0.0f, 0.0f}, {10.0f, 10.0f}}, found);
    CHECK(found.empty());
    // One point: a degenerate extent still makes a grid.
    grid.build(boxes);
    grid.query({{0.0f, 0.0f}, {10.0f, 10.0f}}, found);
    CHECK(found == std::vector<std::uint32_t>{0});
}

TEST_CASE("level of detail: density above the budgets of ties and nodes in view", "[studio][lod]") {
    using studio::LevelOfDetail;
    CHECK_FALSE(LevelOfDetail::choose(100, 50).any());
    CHECK_FALSE(LevelOfDetail::choose(LevelOfDetail::kTieBudget, LevelOfDetail::kNodeBudget).any());
    const LevelOfDetail ties = LevelOfDetail::choose(LevelOfDetail::kTieBudget + 1, 10);
    CHECK(ties.tieDensity);
    CHECK_FALSE(ties.nodeDensity);
    const LevelOfDetail both = LevelOfDetail::choose(500000, 100000);
    CHECK(both.tieDensity);
    CHECK(both.nodeDensity);
}

TEST_CASE("density raster: shades grow with the count and equal cells merge into runs", "[studio][lod]") {
    using studio::DensityRaster;
    CHECK(DensityRaster::tieShade(0, 100, false) == 0);
    const auto alpha = [](ImU32 c) { return (c >> IM_COL32_A_SHIFT) & 0xFF; };
    std::uint32_t previous = 0;
    for (const std::uint32_t count : {1u, 3u, 10u, 40u, 100u}) {
        const std::uint32_t a = alpha(DensityRaster::tieShade(count, 100, false));
        CHECK(a >= previous);
        previous = a;
    }
    CHECK(alpha(DensityRaster::tieShade(1, 100, false)) < alpha(DensityRaster::tieShade(100, 100, false)));
    // Beyond the reference the shade stays the darkest.
    CHECK(DensityRaster::tieShade(5000, 100, false) == DensityRaster::tieShade(100, 100, false));
    // Octaves: zooms a little apart share a cell size, a doubled zoom halves it.
    CHECK(DensityRaster::cellFor(1.0f, 1.0f) == DensityRaster::cellFor(1.2f, 1.0f));
    CHECK(DensityRaster::cellFor(2.0f, 1.0f) == Approx(DensityRaster::cellFor(1.0f, 1.0f) / 2.0f));

    // One horizontal row of ties, each one cell long: one run per row crossed, not one per cell.
    const core::Model model = lattice(60, 10.0f, 600);
    studio::Legend legend;
    studio::Scene scene;
    scene.rebuild(&model, legend);
    scene.decorate({}, legend);
    studio::SceneIndex index;
    index.update(scene);
    studio::DensityRaster raster;
    const Rect all{{-100.0f, -100.0f}, {700.0f, 700.0f}};
    raster.build(scene, index, 10.0f, all, true, true, false);
    CHECK(raster.builds() == 1);
    REQUIRE_FALSE(raster.tieRuns().empty());
    REQUIRE_FALSE(raster.nodeRuns().empty());
    std::size_t cells = 0;
    for (const DensityRaster::Run& run : raster.tieRuns())
        cells += static_cast<std::size_t>(run.last - run.first + 1);
    CHECK(raster.tieRuns().size() * 4 < cells);  // runs merge equal neighbours
    // Rows come in order (drawing skips to the first row in view).
    CHECK(std::is_sorted(raster.tieRuns().begin(), raster.tieRuns().end(),
                         [](const auto& a, const auto& b) { return a.row < b.row; }));
    // Fresh for any view inside the region at this cell size; stale at another cell size.
    CHECK(raster.fresh(scene, 10.0f, {{0.0f, 0.0f}, {300.0f, 300.0f}}, true, true, false));
    CHECK_FALSE(raster.fresh(scene, 5.0f, {{0.0f, 0.0f}, {300.0f, 300.0f}}, true, true, false));
    CHECK_FALSE(raster.fresh(scene, 10.0f, {{0.0f, 0.0f}, {300.0f, 300.0f}}, true, true, true));
}

TEST_CASE("label placer: at most kMaxLabels labels in a frame however many fit", "[studio][lod]") {
    HeadlessImGui imgui({4000.0f, 4000.0f});
    // 2,500 roles 300 px apart: every label fits.
    const core::Model model = lattice(50, 300.0f, 2500);
    studio::Legend legend;
    studio::Scene scene;
    scene.rebuild(&model, legend);
    scene.decorate({}, legend);
    std::vector<ImVec2> screen;
    for (const studio::Scene::NodeItem& node : scene.nodes())
        screen.push_back(node.world);
    studio::LabelPlacer placer;
    studio::LabelPlacer::Counts counts;
    imgui.windowFrame([&] {
        studio::Painter painter(ImGui::GetWindowDrawList(), 1.0f);
        studio::LabelFrame frame;
        frame.view = {{-200.0f, -400.0f}, {15200.0f, 15200.0f}};
        frame.regular = ImGui::GetFont();
        counts = placer.place(scene, screen, frame, painter);
    });
    CHECK(counts.drawn == studio::LevelOfDetail::kMaxLabels);
    // The organization is named first: it comes first in the label order.
    CHECK(placer.shown(0));
}

TEST_CASE("canvas: a large network is culled and drawn as a density, panning reuses the raster",
          "[studio][lod]") {
    HeadlessImGui imgui({1280.0f, 800.0f});
    // 16,900 roles and about 33,800 ties: above both budgets at fit-all.
    const core::Model model = lattice(130, 20.0f, 500);
    studio::Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    imgui.windowFrame([&] { canvas.draw(); });
    const studio::CanvasStats fitted = canvas.stats();
    CHECK(fitted.tieDensity);
    CHECK(fitted.nodeDensity);
    CHECK(fitted.tiesDrawn == 0);
    CHECK(fitted.densityCells > 0);
    CHECK(fitted.nodesDrawn < 200);  // the organizations as shapes, the roles as cells
    CHECK(fitted.labelsDrawn <= studio::LevelOfDetail::kMaxLabels);
    const std::uint64_t builds = canvas.densityRaster().builds();
    CHECK(builds >= 1);
    for (int k = 0; k < 5; ++k) {
        canvas.panBy({6.0f, 3.0f});
        imgui.windowFrame([&] { canvas.draw(); });
    }
    CHECK(canvas.densityRaster().builds() == builds);  // panning moves the same raster

    // Zoomed in: a few hundred nodes and ties in view, drawn one by one; the rest culled.
    canvas.zoomBy(40.0f);
    imgui.windowFrame([&] { canvas.draw(); });
    imgui.windowFrame([&] { canvas.draw(); });
    const studio::CanvasStats zoomed = canvas.stats();
    CHECK_FALSE(zoomed.tieDensity);
    CHECK_FALSE(zoomed.nodeDensity);
    CHECK(zoomed.nodesDrawn > 0);
    CHECK(zoomed.nodesDrawn < 2000);
    CHECK(zoomed.tiesDrawn > 0);
    CHECK(zoomed.tiesDrawn < 4000);
    CHECK(zoomed.labelsDrawn > 0);
    // Hit tests use the index: the node under its own screen position is found.
    bool found = false;
    for (std::size_t i = 0; i < canvas.nodeCount() && !found; ++i) {
        if (canvas.viewport().contains(canvas.screenPosition(i)) && canvas.nodeAt(canvas.screenPosition(i)))
            found = *canvas.nodeAt(canvas.screenPosition(i)) == i;
    }
    CHECK(found);
}
