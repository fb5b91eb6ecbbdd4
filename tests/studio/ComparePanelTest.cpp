#include "PanelDriver.hpp"
#include "orgweave/core/ModelComparison.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/panels/ComparePanel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace orgweave;
using studio::ComparePanel;
using studio::test::PanelDriver;

namespace {

struct Fixture {
    studio::Workspace workspace;
    ComparePanel panel;
    PanelDriver driver{panel, workspace};

    explicit Fixture(const std::string& sample) {
        workspace.setDocument(studio::test::loadSampleModel(sample));
        driver.frame();
        panel.finish(workspace);
    }
};

std::size_t countOf(const core::ModelDiff& diff, core::ChangeKind change, bool ties) {
    return diff.count(change, ties);
}

}  // namespace

TEST_CASE("compare panel: a document with phases compares its first two phases", "[studio][compare]") {
    Fixture f("innlandet-like.orgweave.json");
    CHECK(f.panel.before().phase == "p1");
    CHECK(f.panel.after().phase == "p2");
    REQUIRE(f.panel.error().empty());
    REQUIRE(f.panel.result());
    const core::Comparison& result = *f.panel.result();

    // The same numbers as the engine gives directly.
    const core::Model& model = f.workspace.document().model();
    const core::Comparison direct = core::compareModels(model, "p1", model, "p2");
    CHECK(result.structure.nodes.size() == direct.structure.nodes.size());
    CHECK(result.structure.ties.size() == direct.structure.ties.size());
    CHECK(result.gapsNew.size() == direct.gapsNew.size());
    CHECK(result.gapsResolved.size() == direct.gapsResolved.size());
    CHECK(result.alignmentAfter.elements == direct.alignmentAfter.elements);
    CHECK_FALSE(result.structure.empty());
    CHECK(result.nameBefore != result.nameAfter);
}

TEST_CASE("compare panel: overlay and side by side draw one combined model with marks", "[studio][compare]") {
    Fixture f("innlandet-like.orgweave.json");
    REQUIRE(f.panel.result());
    const core::ModelDiff& diff = f.panel.result()->structure;
    CHECK_FALSE(f.panel.replacesCanvas());
    f.panel.setShow(ComparePanel::Show::Overlay);
    REQUIRE(f.panel.replacesCanvas());

    // Combined: the "after" phase plus every node only the "before" phase has.
    const core::Model& model = f.workspace.document().model();
    std::size_t inAfter = 0;
    for (const core::Node& node : model.nodes) {
        if (node.phases.empty() ||
            std::find(node.phases.begin(), node.phases.end(), "p2") != node.phases.end())
            ++inAfter;
    }
    const core::Model& combined = f.panel.view().combined();
    CHECK(combined.nodes.size() == inAfter + countOf(diff, core::ChangeKind::Removed, false));

    studio::Canvas mainCanvas;
    studio::test::HeadlessImGui imgui(ImVec2(1200.0f, 800.0f));
    const studio::Rect area{{0.0f, 0.0f}, {1200.0f, 800.0f}};
    imgui.windowFrame([&] { f.panel.drawInsteadOfCanvas(f.workspace, mainCanvas, area); });
    const studio::Canvas& overlay = f.panel.view().overlayCanvas();
    CHECK(overlay.nodeCount() == combined.nodes.size());
    for (const core::ElementDiff& node : diff.nodes) {
        const auto index = overlay.indexOf(node.id);
        REQUIRE(index);
        const ImU32 expected = node.change == core::ChangeKind::Added     ? studio::kMarkAdded
                               : node.change == core::ChangeKind::Removed ? studio::kMarkRemoved
                                                                          : studio::kMarkChanged;
        CHECK(overlay.markColor(*index) == expected);
        CHECK(overlay.ghosted(*index) == (node.change == core::ChangeKind::Removed));
    }

    // Side by side: removed nodes are drawn plainly on the left and faded on the right; both
    // pictures keep the same camera.
    f.panel.setShow(ComparePanel::Show::SideBySide);
    imgui.windowFrame([&] { f.panel.drawInsteadOfCanvas(f.workspace, mainCanvas, area); });
    imgui.windowFrame([&] { f.panel.drawInsteadOfCanvas(f.workspace, mainCanvas, area); });
    const studio::Canvas& left = f.panel.view().beforeCanvas();
    const studio::Canvas& right = f.panel.view().afterCanvas();
    for (const core::ElementDiff& node : diff.nodes) {
        if (node.change == core::ChangeKind::Removed) {
            CHECK_FALSE(left.ghosted(*left.indexOf(node.id)));
            CHECK(right.ghosted(*right.indexOf(node.id)));
        } else if (node.change == core::ChangeKind::Added) {
            CHECK(left.ghosted(*left.indexOf(node.id)));
            CHECK(right.markColor(*right.indexOf(node.id)) == studio::kMarkAdded);
        }
    }
    CHECK(left.camera().zoom() == right.camera().zoom());
    CHECK(left.camera().pan().x == right.camera().pan().x);
}

TEST_CASE("compare panel: comparing with another file and refusing an unreadable one", "[studio][compare]") {
    Fixture f("regional-committee.orgweave.json");
    // No phases: nothing is compared until a file is chosen.
    CHECK_FALSE(f.panel.result());

    // The other file: the sample without one committee member tie and with an extra role.
    core::Model other = f.workspace.document().model();
    const std::string droppedTie = other.ties.front().id;
    other.ties.erase(other.ties.begin());
    const auto scratch = std::filesystem::temp_directory_path() / "orgweave-compare-test";
    std::filesystem::create_directories(scratch);
    const auto path = scratch / "older.orgweave.json";
    REQUIRE_NOTHROW(core::saveDocument(other, path));
    REQUIRE(f.panel.loadBeforeFile(f.workspace, path));
    f.panel.finish(f.workspace);
    REQUIRE(f.panel.result());
    const core::ModelDiff& diff = f.panel.result()->structure;
    // "Before" lacks the tie, so "after" (this document) added it.
    REQUIRE(diff.ties.size() == 1);
    CHECK(diff.ties.front().id == droppedTie);
    CHECK(diff.ties.front().change == core::ChangeKind::Added);
    CHECK(diff.nodes.empty());
    CHECK(f.panel.result()->nameBefore == "older.orgweave.json");

    // An unreadable file keeps the previous side and says why.
    const auto broken = scratch / "broken.orgweave.json";
    {
        std::ofstream out(broken);
        out << "{ \"nodes\": [ {\"id\": \"x\", \"kind\": ";
    }
    CHECK_FALSE(f.panel.loadBeforeFile(f.workspace, broken));
    CHECK(f.panel.before().path == path);
    const auto notices = f.workspace.recentNotices();
    REQUIRE_FALSE(notices.empty());
    CHECK(notices.back().error);
    CHECK(notices.back().text.find("broken.orgweave.json") != std::string::npos);
    std::filesystem::remove_all(scratch);
}
