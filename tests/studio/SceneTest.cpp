// The canvas's scene (canvas/Scene.hpp; issue 16 item 1): built from a model without ImGui
// frames, outlines from the shared style (the same membership as pictures), decorations
// re-applied only when something they depend on changed.
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/layouts/NodeDecorations.hpp"
#include "orgweave/studio/canvas/Legend.hpp"
#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace orgweave;
using studio::Scene;

TEST_CASE("scene: items, outlines and label order from a model", "[studio][scene]") {
    const core::Model model = studio::test::smallNetwork();
    studio::Legend legend;
    Scene scene;
    scene.rebuild(&model, legend);
    REQUIRE(scene.nodes().size() == model.nodes.size());
    CHECK(scene.ties().size() == model.ties.size());
    CHECK_FALSE(scene.usesCircleLayout());
    CHECK(scene.nodes()[*scene.index().find("rc")].world.x == Approx(300.0f));

    // Outlines are the shared style's membership: the canvas and pictures agree.
    const auto shared = layouts::outlineMembership(model);
    REQUIRE(scene.outlines().size() == shared.size());
    for (std::size_t k = 0; k < shared.size(); ++k) {
        CHECK(scene.outlines()[k].organization == shared[k].organization);
        CHECK(scene.outlines()[k].members == shared[k].members);
    }
    // The hospital's outline holds its site and its roles, not the committees.
    const std::size_t hs = *scene.index().find("hs");
    const auto& hospital = scene.outlines().front();
    REQUIRE(hospital.organization == hs);
    CHECK(hospital.members.size() == 4);  // hs, hs-ward, hs-dir, pk

    // Organizations are labelled first.
    CHECK(model.nodes[scene.labelOrder().front()].kind == core::NodeKind::Organization);
}

TEST_CASE("scene: a role at an organization's site is inside its outline", "[studio][scene]") {
    core::Model model = studio::test::smallNetwork();
    core::Node visitor;
    visitor.id = "visitor";
    visitor.kind = core::NodeKind::Role;
    visitor.label = "Visiting nurse";
    visitor.site = "hs-ward";  // no organization of its own
    model.nodes.push_back(visitor);
    studio::Legend legend;
    Scene scene;
    scene.rebuild(&model, legend);
    const std::size_t index = *scene.index().find("visitor");
    const auto& members = scene.outlines().front().members;
    CHECK(std::find(members.begin(), members.end(), index) != members.end());
    CHECK(scene.usesCircleLayout());  // it has no stored position
}

TEST_CASE("scene: decorations follow the workspace and are re-applied only on change", "[studio][scene]") {
    studio::test::HeadlessImGui imgui;  // the legend measures text with ImGui's font
    studio::Workspace workspace;
    workspace.setDocument(studio::test::smallNetwork());
    studio::Legend legend;
    Scene scene;
    scene.rebuild(workspace.model(), legend);
    const studio::SceneContext context{&workspace, nullptr, 0, false, false};
    CHECK(scene.decorate(context, legend));
    const std::uint64_t decorations = scene.decorations();
    CHECK_FALSE(scene.decorate(context, legend));  // nothing changed
    CHECK(scene.decorations() == decorations);

    workspace.selection().selectNode("pc");
    CHECK(scene.decorate(context, legend));
    CHECK(scene.nodes()[*scene.index().find("pc")].selected);

    // Read-only: no selection marks.
    const studio::SceneContext readOnly{&workspace, nullptr, 0, true, false};
    CHECK(scene.decorate(readOnly, legend));
    CHECK_FALSE(scene.nodes()[*scene.index().find("pc")].selected);

    // A view's highlights get a ring.
    workspace.mapping().highlighted = {"m2"};
    CHECK(scene.decorate(context, legend));
    CHECK(scene.nodes()[*scene.index().find("m2")].highlight);
}
