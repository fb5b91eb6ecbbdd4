#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/studio/session/MainWindow.hpp"
#include "orgweave/studio/session/StatusBar.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace orgweave;
using studio::MainWindow;
using studio::test::HeadlessImGui;

TEST_CASE("main window: menu and canvas and status bar fill the display", "[studio][window]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), "network.orgweave.json");
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    CHECK(window.windowTitle() == "orgweave-studio \xE2\x80\x94 network.orgweave.json");
    const studio::Rect canvas = window.canvas().viewport();
    const float bar = ImGui::GetFrameHeight();
    CHECK(canvas.min.y == Approx(bar));
    CHECK(canvas.max.y == Approx(800.0f - bar));
    CHECK(canvas.width() + window.panelArea().width() + studio::Palette::kWidth == Approx(1280.0f));
    CHECK(window.panelArea().width() >= 260.0f);
    CHECK(window.canvas().stats().nodesDrawn == 13);
    const std::string& status = window.statusBar().text();
    CHECK(status.find("Small test network") != std::string::npos);
    CHECK(status.find("13 nodes") != std::string::npos);
    CHECK(status.find("3 organizations") != std::string::npos);
    CHECK(status.find("14 ties") != std::string::npos);
    CHECK(status.find("5 member of") != std::string::npos);
    CHECK(status.find("1 agreement") != std::string::npos);
    CHECK_FALSE(window.quitRequested());
}

TEST_CASE("main window: shortcuts fit and toggle the legend and quit", "[studio][window]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    imgui.frame([&] { window.draw(); });
    window.canvas().camera().panBy({300.0f, 0.0f});
    imgui.key(70, true);
    imgui.frame([&] { window.draw(); });
    imgui.key(70, false);
    CHECK(window.canvas().followsFit());

    imgui.key(76, true);
    imgui.frame([&] { window.draw(); });
    imgui.key(76, false);
    CHECK_FALSE(window.canvas().legend().visible());
    imgui.frame([&] { window.draw(); });

    imgui.key(81, true);
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(window.quitRequested());  // Q alone does nothing
    imgui.key(81, false);
    imgui.frame([&] { window.draw(); });
    ImGui::GetIO().KeyCtrl = true;
    imgui.key(81, true);
    imgui.frame([&] { window.draw(); });
    CHECK(window.quitRequested());
    ImGui::GetIO().KeyCtrl = false;
}

TEST_CASE("main window: a bad file shows its diagnostics instead of crashing", "[studio][window]") {
    const std::filesystem::path bad =
        std::filesystem::temp_directory_path() / "orgweave-studio-test-bad.orgweave.json";
    {
        std::ofstream out(bad);
        out << "{ \"format\": \"orgweave\", \"version\": 1, \"nodes\": [ { \"id\": 3 ";
    }
    HeadlessImGui imgui;
    MainWindow window;
    CHECK_FALSE(window.open(bad));
    CHECK(window.document() == nullptr);
    REQUIRE_FALSE(window.loadErrors().empty());
    CHECK(window.loadErrors().front().format().find("orgweave-studio-test-bad") != std::string::npos);
    CHECK(window.messagesOpen());
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    CHECK(window.canvas().stats().nodesDrawn == 0);
    CHECK(window.statusBar().text().find("Could not open") != std::string::npos);
    std::filesystem::remove(bad);

    SECTION("a missing file too") {
        CHECK_FALSE(window.open("/nonexistent/folder/missing.orgweave.json"));
        CHECK_FALSE(window.loadErrors().empty());
        imgui.frame([&] { window.draw(); });
    }
}

TEST_CASE("main window: without a document it shows a hint", "[studio][window]") {
    HeadlessImGui imgui;
    MainWindow window;
    imgui.frame([&] { window.draw(); });
    CHECK(window.windowTitle() == "orgweave-studio");
    CHECK(window.statusBar().text() == "No document");
    CHECK(window.canvas().stats().nodesDrawn == 0);
}

TEST_CASE("status bar: counts per kind", "[studio][window]") {
    const core::Model model = studio::test::smallNetwork();
    CHECK(studio::StatusBar::nodeCounts(model) ==
          "3 organizations, 2 sites, 2 committees, 4 roles, 1 shared tool, 1 learning action");
    CHECK(studio::StatusBar::tieCounts(model) ==
          "5 member of, 1 reports to, 3 collaborates, 2 participates in, 1 uses, 1 maintains, 1 agreement");
    core::Model untitled = model;
    untitled.annotations.meta.title.clear();
    CHECK(studio::StatusBar::summary(untitled, "file.json").rfind("file.json", 0) == 0);
    CHECK(studio::StatusBar::summary(core::Model{}, "") == "0 nodes   \xC2\xB7   0 ties");
}

TEST_CASE("main window: it takes the requests it handles from the workspace's queue",
          "[studio][window][requests]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), "network.orgweave.json");
    imgui.frame([&] { window.draw(); });
    studio::RequestQueue& requests = window.workspace().requests();
    // A panel asked for another panel's tab: the main window takes it.
    requests.post(studio::ShowPanelRequest{"Model"});
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(requests.has<studio::ShowPanelRequest>());
    // "What if this leaves?": the What-if panel is shown and takes the request when it draws.
    requests.post(studio::WhatIfRequest{{"pc"}});
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(requests.has<studio::WhatIfRequest>());
    // A request to present: the main window enters presentation mode.
    requests.post(studio::PresentRequest{""});
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(requests.has<studio::PresentRequest>());
    CHECK(window.presenting());
}
