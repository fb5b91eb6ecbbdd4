#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

using namespace orgweave;
using studio::Canvas;
using studio::test::HeadlessImGui;

TEST_CASE("legend: lists the kinds present and every organization", "[studio][legend]") {
    HeadlessImGui imgui;
    core::Model model = studio::test::smallNetwork();
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    const auto& legend = canvas.legend();
    REQUIRE(legend.visible());
    REQUIRE_FALSE(legend.rect().empty());
    // 6 node kinds + 7 tie kinds + 3 organizations
    CHECK(legend.entriesShown() == 6 + 7 + 3);
    // Inside the canvas, in one of its corners.
    const studio::Rect r = legend.rect();
    const studio::Rect view = canvas.viewport();
    CHECK(r.min.x >= view.min.x);
    CHECK(r.min.y >= view.min.y);
    CHECK(r.max.x <= view.max.x);
    CHECK(r.max.y <= view.max.y);
    const bool atSide = r.min.x < view.min.x + 20.0f || r.max.x > view.max.x - 20.0f;
    const bool atEnd = r.min.y < view.min.y + 20.0f || r.max.y > view.max.y - 20.0f;
    CHECK((atSide && atEnd));

    SECTION("only kinds that occur are listed") {
        model.ties.clear();
        std::erase_if(model.nodes,
                      [](const core::Node& n) { return n.kind == core::NodeKind::LearningAction; });
        canvas.setModel(&model);
        imgui.windowFrame([&] { canvas.draw(); });
        CHECK(canvas.legend().entriesShown() == 5 + 0 + 3);
    }
}

TEST_CASE("legend: a click on its header collapses and expands it", "[studio][legend]") {
    HeadlessImGui imgui;
    const core::Model model = studio::test::smallNetwork();
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    const studio::Rect open = canvas.legend().rect();
    const auto click = [&] {
        const studio::Rect now = canvas.legend().rect();
        imgui.mouseAt({now.min.x + 30.0f, now.min.y + 8.0f});  // on the header
        imgui.windowFrame([&] { canvas.draw(); });
        imgui.mouseButton(0, true);
        imgui.windowFrame([&] { canvas.draw(); });
        imgui.mouseButton(0, false);
        imgui.windowFrame([&] { canvas.draw(); });
    };
    click();
    CHECK_FALSE(canvas.legend().expanded());
    CHECK(canvas.legend().rect().height() < open.height() * 0.5f);
    CHECK(canvas.legend().entriesShown() == 0);
    // The click went to the legend, not to the canvas (a pan would have ended the fitted view).
    CHECK(canvas.followsFit());
    click();
    CHECK(canvas.legend().expanded());
    CHECK(canvas.legend().rect().height() == Approx(open.height()));
}

TEST_CASE("legend: each corner and arrangement stays inside the canvas", "[studio][legend]") {
    HeadlessImGui imgui;
    const core::Model model = studio::test::smallNetwork();
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    studio::Legend& legend = canvas.legend();
    const studio::Rect view = canvas.viewport();
    studio::Rect tall;
    studio::Rect wide;
    for (const auto arrangement : studio::Legend::kArrangements) {
        for (const auto corner : studio::Legend::kCorners) {
            legend.setPlacement(corner, arrangement);
            const studio::Rect r = legend.layout(view, nullptr, nullptr, 1.0f);
            CHECK(r.min.x >= view.min.x);
            CHECK(r.min.y >= view.min.y);
            CHECK(r.max.x <= view.max.x);
            CHECK(r.max.y <= view.max.y);
            (arrangement == studio::Legend::Arrangement::Tall ? tall : wide) = r;
        }
    }
    CHECK(wide.width() > tall.width());
    CHECK(wide.height() < tall.height());
}

TEST_CASE("legend: hidden means no rectangle and nothing drawn", "[studio][legend]") {
    HeadlessImGui imgui;
    const core::Model model = studio::test::smallNetwork();
    Canvas canvas;
    canvas.setModel(&model);
    canvas.legend().setVisible(false);
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK(canvas.legend().rect().empty());
    CHECK(canvas.legend().entriesShown() == 0);
}

TEST_CASE("legend: many organizations wrap into columns and stay inside the canvas", "[studio][legend]") {
    HeadlessImGui imgui({1100.0f, 300.0f});
    core::Model model = studio::test::smallNetwork();
    for (int i = 0; i < 40; ++i) {
        core::Node municipality;
        municipality.id = std::to_string(i) + "x";
        municipality.kind = core::NodeKind::Organization;
        municipality.type = "municipality";
        municipality.label = std::to_string(i) + " a municipality with a rather long name";
        model.nodes.push_back(municipality);
    }
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    const studio::Rect rect = canvas.legend().rect();
    CHECK(rect.min.x >= canvas.viewport().min.x);
    CHECK(rect.max.x <= canvas.viewport().max.x);
    CHECK(rect.min.y >= canvas.viewport().min.y);
    CHECK(rect.max.y <= canvas.viewport().max.y);
    CHECK(canvas.legend().entriesShown() > 6 + 7);
    // Smaller text first (issue 18); what still does not fit is summed up as "+N more".
    CHECK(canvas.legend().entriesShown() <= 6 + 7 + 43);
    // It leaves at least a quarter of the canvas free beside it for the network.
    CHECK((rect.width() <= canvas.viewport().width() * 0.75f + 1.0f ||
           rect.height() <= canvas.viewport().height() * 0.75f + 1.0f));
}

TEST_CASE("legend: follows the dark theme (issue 18)", "[studio][legend]") {
    HeadlessImGui imgui;
    const core::Model model = studio::test::smallNetwork();
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK(imgui.hasVertexColor(studio::Legend::backgroundColor(false)));
    canvas.setDark(true);
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK(canvas.legend().dark());
    CHECK(imgui.hasVertexColor(studio::Legend::backgroundColor(true)));
    CHECK_FALSE(imgui.hasVertexColor(studio::Legend::backgroundColor(false)));
    // Light text on the dark panel.
    CHECK(imgui.hasVertexColor(studio::Legend::textColor(true)));
}

TEST_CASE("legend: gap halos have a key while they are drawn (issue 18)", "[studio][legend]") {
    HeadlessImGui imgui{ImVec2(1400.0f, 900.0f)};
    studio::MainWindow window;
    window.setDocument(studio::test::smallNetwork(), "network.orgweave.json");
    imgui.frame([&] { window.draw(); });  // starts the analysis
    window.workspace().analysis().waitUntilIdle();
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    const auto snapshot = window.workspace().analysis().latest();
    REQUIRE(snapshot);
    REQUIRE_FALSE(snapshot->gaps.findings.empty());
    CHECK(window.canvas().legend().hasHaloKey());
    const int withKey = window.canvas().legend().entriesShown();
    window.workspace().mapping().showGapHalos = false;
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(window.canvas().legend().hasHaloKey());
    CHECK(window.canvas().legend().entriesShown() < withKey);
}

TEST_CASE("legend: on a small canvas it shrinks, then collapses, and a click opens it (issue 18)",
          "[studio][legend]") {
    const core::Model model = studio::test::smallNetwork();
    {
        HeadlessImGui imgui{ImVec2(1400.0f, 900.0f)};
        Canvas canvas;
        canvas.setModel(&model);
        imgui.windowFrame([&] { canvas.draw(); });
        CHECK(canvas.legend().fit() == Approx(1.0f));
        CHECK_FALSE(canvas.legend().collapsed());
    }
    HeadlessImGui imgui{ImVec2(260.0f, 200.0f)};
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    const studio::Legend& legend = canvas.legend();
    CHECK(legend.collapsed());
    CHECK(legend.entriesShown() == 0);
    CHECK(legend.rect().width() < canvas.viewport().width() * 0.75f);
    const studio::Rect header = legend.rect();
    imgui.mouseAt({header.min.x + 20.0f, header.min.y + 6.0f});
    imgui.windowFrame([&] { canvas.draw(); });
    imgui.mouseButton(0, true);
    imgui.windowFrame([&] { canvas.draw(); });
    imgui.mouseButton(0, false);
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK_FALSE(legend.collapsed());
    CHECK(legend.entriesShown() > 0);
}

TEST_CASE("legend: while presenting, the fitted network lies beside it (issue 18)", "[studio][legend]") {
    HeadlessImGui imgui{ImVec2(1200.0f, 700.0f)};
    const core::Model model = studio::test::smallNetwork();
    Canvas canvas;
    canvas.setReadOnly(true);
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    imgui.windowFrame([&] { canvas.draw(); });
    const studio::Rect legend = canvas.legend().rect();
    REQUIRE_FALSE(legend.empty());
    for (std::size_t i = 0; i < canvas.nodeCount(); ++i) {
        const ImVec2 p = canvas.screenPosition(i);
        const float r = canvas.screenRadius(i);
        CHECK_FALSE(studio::Rect{ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r)}.overlaps(legend));
    }
}
