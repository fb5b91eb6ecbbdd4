// The phase strip under the canvas and hidden or ghosted absent nodes: switching phase changes the
// canvas mapping and the analysis phase and never a position.
#include "HeadlessImGui.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/PhaseTimeline.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace orgweave;
using studio::Canvas;
using studio::MainWindow;
using studio::PhaseTimeline;
using studio::test::HeadlessImGui;

namespace {

constexpr int kLeftArrow = 263;  // as mapped by HeadlessImGui
constexpr int kRightArrow = 262;

core::Model midcounty() {
    core::LoadResult loaded =
        core::loadDocument(std::string(ORGWEAVE_SAMPLES_DIR) + "/midcounty-frailty.orgweave.json");
    REQUIRE(loaded.ok());
    return std::move(*loaded.model);
}

std::vector<ImVec2> worldPositions(const Canvas& canvas) {
    std::vector<ImVec2> positions;
    for (std::size_t i = 0; i < canvas.nodeCount(); ++i)
        positions.push_back(canvas.worldPosition(i));
    return positions;
}

bool samePositions(const std::vector<ImVec2>& a, const std::vector<ImVec2>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].x != b[i].x || a[i].y != b[i].y)
            return false;
    }
    return true;
}

void click(HeadlessImGui& imgui, MainWindow& window, ImVec2 at) {
    imgui.mouseAt(at);
    imgui.frame([&] { window.draw(); });
    imgui.mouseButton(0, true);
    imgui.frame([&] { window.draw(); });
    imgui.mouseButton(0, false);
    imgui.frame([&] { window.draw(); });
}

void press(HeadlessImGui& imgui, MainWindow& window, int key) {
    imgui.key(key, true);
    imgui.frame([&] { window.draw(); });
    imgui.key(key, false);
    imgui.frame([&] { window.draw(); });
}

/// Index of the first node limited to phases that do not include `phase`.
std::size_t absentFrom(const core::Model& model, const std::string& phase) {
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const auto& phases = model.nodes[i].phases;
        if (!phases.empty() && std::find(phases.begin(), phases.end(), phase) == phases.end())
            return i;
    }
    FAIL("no node is absent from " << phase);
    return 0;
}

}  // namespace

TEST_CASE("phase timeline: clicking a segment switches phase without moving nodes", "[studio][phases]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(midcounty(), "midcounty.orgweave.json");
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    const std::vector<studio::Rect>& segments = window.timeline().segments();
    REQUIRE(segments.size() == 5);  // all phases + four
    // The strip lies under the canvas, and its segments run left to right in document order.
    CHECK(segments[0].min.y >= window.canvas().viewport().max.y);
    for (std::size_t k = 1; k < segments.size(); ++k)
        CHECK(segments[k].min.x > segments[k - 1].max.x);
    // Dated phases are as wide as they last: p4 (27 months) is wider than p2 (18 months).
    CHECK(segments[4].width() > segments[2].width());
    const std::vector<ImVec2> before = worldPositions(window.canvas());
    const auto stored = window.workspace().document().model().layout.positions;

    click(imgui, window, segments[2].center());
    CHECK(window.workspace().mapping().phase == "p2");
    CHECK(window.workspace().analysis().settings().phase == "p2");
    CHECK(samePositions(worldPositions(window.canvas()), before));
    CHECK(window.workspace().document().model().layout.positions == stored);
    CHECK(window.workspace().document().history().index() == 0);  // no edit
    CHECK(window.statusBar().text().find("Devolved front-line work \xC2\xB7 2014-07 \xE2\x80\x93 2015-12") !=
          std::string::npos);

    click(imgui, window, window.timeline().segments()[0].center());
    CHECK(window.workspace().mapping().phase.empty());
    CHECK(window.workspace().analysis().settings().phase.empty());
}

TEST_CASE("phase timeline: arrow keys step through the phases when the canvas has focus",
          "[studio][phases]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(midcounty(), "midcounty.orgweave.json");
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    const std::vector<ImVec2> before = worldPositions(window.canvas());
    // Clicking the strip focuses the canvas window and shows p1.
    click(imgui, window, window.timeline().segments()[1].center());
    REQUIRE(window.workspace().mapping().phase == "p1");
    press(imgui, window, kRightArrow);
    CHECK(window.workspace().mapping().phase == "p2");
    CHECK(window.workspace().analysis().settings().phase == "p2");
    press(imgui, window, kRightArrow);
    press(imgui, window, kRightArrow);
    press(imgui, window, kRightArrow);  // stays on the last phase
    CHECK(window.workspace().mapping().phase == "p4");
    press(imgui, window, kLeftArrow);
    CHECK(window.workspace().mapping().phase == "p3");
    CHECK(window.workspace().analysis().settings().phase == "p3");
    CHECK(samePositions(worldPositions(window.canvas()), before));
    CHECK(window.workspace().document().history().index() == 0);
}

TEST_CASE("phase timeline: no strip without phases and unknown phases are refused", "[studio][phases]") {
    HeadlessImGui imgui;
    MainWindow window;
    core::Model model = midcounty();
    CHECK_FALSE(PhaseTimeline::select(window.workspace(), "p1"));  // no document yet
    window.setDocument(model);
    CHECK_FALSE(PhaseTimeline::select(window.workspace(), "p9"));
    CHECK(window.workspace().mapping().phase.empty());
    CHECK(PhaseTimeline::select(window.workspace(), "p3"));
    // Another document without phases: the shown phase is forgotten and no strip is drawn.
    model.annotations.phases.clear();
    for (core::Node& node : model.nodes)
        node.phases.clear();
    for (core::Tie& tie : model.ties)
        tie.phases.clear();
    model.annotations.views.clear();
    window.setDocument(model);
    imgui.frame([&] { window.draw(); });
    CHECK(window.timeline().segments().empty());
    CHECK(window.workspace().mapping().phase.empty());
    CHECK(window.workspace().analysis().settings().phase.empty());
}

TEST_CASE("phase timeline: ghost mode draws absent nodes faintly and hide mode leaves them out",
          "[studio][phases]") {
    HeadlessImGui imgui;
    studio::Workspace workspace;
    workspace.setDocument(midcounty());
    Canvas canvas;
    canvas.setWorkspace(&workspace);
    canvas.setModel(workspace.model());
    imgui.windowFrame([&] { canvas.draw(); });
    const int allDrawn = canvas.stats().nodesDrawn;
    const int allTies = canvas.stats().tiesDrawn;
    const std::size_t absent = absentFrom(*workspace.model(), "p1");

    REQUIRE(PhaseTimeline::select(workspace, "p1"));
    imgui.windowFrame([&] { canvas.draw(); });
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK(canvas.ghosted(absent));
    CHECK_FALSE(canvas.hidden(absent));
    CHECK(canvas.stats().nodesDrawn == allDrawn);  // ghosts are still drawn
    CHECK(canvas.nodeAt(canvas.screenPosition(absent)) == absent);
    const ImVec2 where = canvas.worldPosition(absent);

    workspace.mapping().hideAbsent = true;
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK(canvas.hidden(absent));
    CHECK(canvas.nodeAt(canvas.screenPosition(absent)) != std::optional<std::size_t>(absent));
    CHECK(canvas.stats().nodesDrawn < allDrawn);
    CHECK(canvas.stats().tiesDrawn < allTies);
    CHECK_FALSE(canvas.labelShown(absent));
    CHECK(canvas.worldPosition(absent).x == where.x);  // hidden, not moved
    CHECK(canvas.worldPosition(absent).y == where.y);
    std::size_t hidden = 0;
    for (std::size_t i = 0; i < canvas.nodeCount(); ++i)
        hidden += canvas.hidden(i) ? 1 : 0;
    CHECK(static_cast<int>(hidden) == allDrawn - canvas.stats().nodesDrawn);
}
