// The studio issue's "done when", as a headless scenario: from an empty document, draw a strategic
// committee with members of a hospital trust and a municipality, watch measures and gaps arrive,
// lay it out, save, reopen, and undo everything.
#include "HeadlessImGui.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Validation.hpp"
#include "orgweave/layouts/LayoutEngine.hpp"
#include "orgweave/studio/canvas/CanvasEditor.hpp"
#include "orgweave/studio/session/EditActions.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace orgweave;
using studio::MainWindow;
using studio::operator+;
using studio::operator-;
using studio::operator*;

namespace {

void frame(studio::test::HeadlessImGui& imgui, MainWindow& window) {
    imgui.frame([&] { window.draw(); });
}

/// Clicks at `p` with the palette armed for `kind`; returns the new node's id.
std::string place(studio::test::HeadlessImGui& imgui, MainWindow& window, core::NodeKind kind, ImVec2 p) {
    window.canvas().editor().setPlacingKind(kind);
    imgui.mouseAt(p);
    frame(imgui, window);
    imgui.mouseButton(0, true);
    frame(imgui, window);
    imgui.mouseButton(0, false);
    frame(imgui, window);
    REQUIRE(window.workspace().selection().singleNode());
    return *window.workspace().selection().singleNode();
}

/// Sets a node's organization and label as the Inspector does (one EditNodeCommand).
void edit(studio::Workspace& workspace, const std::string& id, const std::string& label,
          const std::string& organization, const std::string& type) {
    core::Node node = *workspace.model()->findNode(id);
    node.label = label;
    node.organization = organization;
    node.type = type;
    workspace.propose(std::make_unique<core::EditNodeCommand>(id, node));
}

}  // namespace

TEST_CASE("studio scenario: draw a strategic committee from an empty page then save reopen and undo",
          "[studio][scenario]") {
    studio::test::HeadlessImGui imgui(ImVec2(1400.0f, 900.0f));
    MainWindow window;
    window.workspace().newDocument();
    frame(imgui, window);
    frame(imgui, window);
    studio::Workspace& workspace = window.workspace();
    const studio::Rect view = window.canvas().viewport();
    const ImVec2 c = view.center();

    // Parties, the committee and four members, placed from the palette.
    const std::string hospital =
        place(imgui, window, core::NodeKind::Organization, c + ImVec2(-300.0f, -150.0f));
    edit(workspace, hospital, "Hospital trust", "", "hospital_trust");
    const std::string municipality =
        place(imgui, window, core::NodeKind::Organization, c + ImVec2(300.0f, -150.0f));
    edit(workspace, municipality, "Fjordby", "", "municipality");
    const std::string committee = place(imgui, window, core::NodeKind::Committee, c + ImVec2(0.0f, -40.0f));
    {
        core::Node node = *workspace.model()->findNode(committee);
        node.label = "Strategic committee";
        node.type = "strategic_committee";
        node.committee.edit().level = 2;
        node.committee.edit().mandate = "decision_binding";
        workspace.propose(std::make_unique<core::EditNodeCommand>(committee, node));
    }
    std::vector<std::string> members;
    const std::array<std::tuple<float, const char*, std::string, const char*>, 4> roles{{
        {-260.0f, "Clinic director", hospital, "clinic_director"},
        {-120.0f, "Head of interaction, hospital", hospital, "head_of_interaction"},
        {120.0f, "Municipal director", municipality, "municipal_director"},
        {260.0f, "Head of interaction, municipality", municipality, "head_of_interaction"},
    }};
    for (const auto& [x, label, organization, type] : roles) {
        const std::string role = place(imgui, window, core::NodeKind::Role, c + ImVec2(x, 150.0f));
        edit(workspace, role, label, organization, type);
        members.push_back(role);
    }

    // Each member joins the committee by dragging from its handle: the pair decides membership.
    for (const std::string& role : members) {
        workspace.selection().selectNode(role);
        frame(imgui, window);
        const std::size_t from = *window.canvas().indexOf(role);
        const ImVec2 handle = studio::CanvasEditor::handlePosition(window.canvas(), from);
        const ImVec2 target = window.canvas().screenPosition(*window.canvas().indexOf(committee));
        imgui.mouseAt(handle);
        frame(imgui, window);
        imgui.mouseButton(0, true);
        frame(imgui, window);
        imgui.mouseAt(handle + (target - handle) * 0.5f);
        frame(imgui, window);
        imgui.mouseAt(target);
        frame(imgui, window);
        imgui.mouseButton(0, false);
        frame(imgui, window);
    }
    const core::Model& drawn = *workspace.model();
    REQUIRE(drawn.nodes.size() == 7);
    REQUIRE(drawn.ties.size() == 4);
    for (const core::Tie& tie : drawn.ties)
        CHECK(tie.kind == core::TieKind::MemberOf);
    for (const core::Diagnostic& d : core::validate(drawn))
        CHECK(d.severity != core::Severity::Error);

    // Measures and gaps for this very revision (the frame after an edit starts its analysis).
    frame(imgui, window);
    workspace.analysis().waitUntilIdle();
    frame(imgui, window);
    const auto snapshot = workspace.analysis().latest();
    REQUIRE(snapshot);
    CHECK_FALSE(workspace.analysis().isStale(workspace.structureRevision()));
    CHECK(snapshot->analysis.nodeCount() == 7);
    CHECK(snapshot->analysisError.empty());
    CHECK(snapshot->gapsError.empty());

    // Lay it out (as the Layout panel commits a run), save, reopen.
    layouts::EngineRequest request;
    request.engine = "dot";
    const layouts::LayoutResult laid = layouts::runLayout(*workspace.model(), request);
    core::Layout layout = workspace.model()->layout;
    layout.positions = laid.positions;
    workspace.propose(std::make_unique<core::ReplaceLayoutCommand>(layout, "Layout: dot"));
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "orgweave-scenario-test";
    std::filesystem::create_directories(folder);
    const std::filesystem::path file = folder / "strategic.orgweave.json";
    REQUIRE(window.files().saveAs(workspace, file));
    CHECK_FALSE(workspace.document().isDirty());
    const core::Model saved = *workspace.model();
    const std::size_t steps = workspace.document().history().index();

    MainWindow reopened;
    REQUIRE(reopened.open(file));
    CHECK(*reopened.workspace().model() == saved);

    // Undo everything: back to the empty page.
    for (std::size_t k = 0; k < steps; ++k)
        REQUIRE(workspace.undo());
    CHECK(workspace.model()->nodes.empty());
    CHECK(workspace.model()->ties.empty());
    CHECK(workspace.document().isDirty());
    std::filesystem::remove_all(folder);
}
