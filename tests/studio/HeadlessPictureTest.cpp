// Issue 18, "export equals the screen" from the command line: HeadlessPicture (`orgweave render
// --view`) draws through the studio's canvas, so its picture is File › Export picture › Fit all's.
#include "HeadlessImGui.hpp"
#include "PanelDriver.hpp"
#include "orgweave/core/PhaseFilter.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/PhaseTimeline.hpp"
#include "orgweave/studio/files/HeadlessPicture.hpp"
#include "orgweave/studio/files/PictureExport.hpp"
#include "orgweave/studio/session/ViewActions.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include "FileTestSupport.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <unistd.h>

using namespace orgweave;

namespace {

/// The Innlandet-like sample with a note on the canvas.
core::Model sampleWithNote() {
    core::Model model = studio::test::loadSampleModel("innlandet-like.orgweave.json");
    model.layout.extra["notes"] = nlohmann::json::array(
        {{{"id", "note-1"}, {"text", "Tracks report here"}, {"x", 1900.0}, {"y", 40.0}}});
    return model;
}

/// A folder of its own (ctest runs cases in parallel, other checkouts may run them too).
struct Folder {
    std::filesystem::path path;
    explicit Folder(const std::string& name)
        : path(std::filesystem::temp_directory_path() /
               ("orgweave-headless-picture-" + name + "-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(path);
    }
    ~Folder() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST_CASE("headless picture: a view drawn by the canvas with its note, ghosts, legend and title",
          "[studio][export][render]") {
    const Folder folder("view");
    const core::Model model = sampleWithNote();
    studio::HeadlessPictureOptions options;
    options.viewId = "v-p1";
    const std::filesystem::path svg = folder.path / "p1.svg";
    studio::HeadlessPicture::render(model, options, svg);
    const std::string text = studio::test::readFileBytes(svg);
    CHECK(text.find("width=\"1600\"") != std::string::npos);
    CHECK(text.find("height=\"1000\"") != std::string::npos);
    CHECK(text.find("Phase 1: advisory committee and seven regional tracks") != std::string::npos);
    CHECK(text.find("Tracks report here") != std::string::npos);
    CHECK(text.find("Legend") != std::string::npos);
    CHECK(text.find("Organizations") != std::string::npos);
    // A node of phase 2 only is drawn ghosted in phase 1, its label faint.
    const core::Model p1 = core::modelInPhase(model, "p1");
    const core::Node* absent = model.findNode("partner");
    REQUIRE(absent != nullptr);
    REQUIRE(p1.findNode("partner") == nullptr);
    CHECK(text.find(">" + absent->label + "<") != std::string::npos);
}

TEST_CASE("headless picture: the same SVG as the studio's File › Export picture › Fit all",
          "[studio][export][render]") {
    const Folder folder("same");
    const core::Model model = sampleWithNote();
    studio::HeadlessPictureOptions options;
    options.viewId = "v-reflect";  // phase 2, colour by kind, size by betweenness
    options.width = 1200;
    options.height = 800;
    options.tiesBy = "rc_index";
    const std::filesystem::path cli = folder.path / "cli.svg";
    studio::HeadlessPicture::render(model, options, cli);

    // The studio: its fonts, the document in a workspace, the view applied from the Views panel,
    // File › Export picture › Fit all on a canvas of the same size.
    studio::Theme theme;
    studio::test::HeadlessImGui imgui;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    theme.wantCharacters(studio::Theme::charactersOf(model));
    theme.loadFonts(*io.Fonts, 1.0f);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    studio::Theme::applyStyle(ImGui::GetStyle(), 1.0f);
    studio::Workspace workspace;
    workspace.setDocument(model, "innlandet-like.orgweave.json");
    const core::View& view = model.annotations.views[studio::ViewActions::indexOf(model, "v-reflect")];
    studio::ViewActions::apply(workspace, view, false, false);
    REQUIRE(studio::PhaseTimeline::select(workspace, view.phase));
    workspace.mapping().showGapHalos = false;
    workspace.mapping().tieColorBy = "rc_index";
    studio::Canvas canvas;
    canvas.setWorkspace(&workspace);
    canvas.setModel(workspace.model());
    canvas.setFonts(theme.regular(), theme.bold());
    const studio::Canvas::PictureTitle title{view.title, view.caption};
    io.DisplaySize = ImVec2(1200.0f, 800.0f - canvas.titleBandHeight(title, 1200.0f));
    workspace.update();
    workspace.analysis().waitUntilIdle();
    const auto frame = [&] {
        workspace.update();
        imgui.windowFrame([&] { canvas.draw(); });
    };
    frame();
    frame();
    const std::filesystem::path studioSvg = folder.path / "studio.svg";
    REQUIRE(studio::PictureExport::exportCanvas(workspace, canvas, studioSvg, true, title));
    frame();
    REQUIRE(canvas.takeExportResult()->error.empty());

    const std::string fromCli = studio::test::readFileBytes(cli);
    CHECK(fromCli.find("Region-wide reflection") != std::string::npos);
    CHECK(fromCli.find("Ties: RC index") != std::string::npos);
    CHECK(fromCli.find("Size: betweenness") != std::string::npos);  // the legend says what size means
    CHECK(canvas.legend().hasSizeKey());
    CHECK(fromCli == studio::test::readFileBytes(studioSvg));
}

TEST_CASE("headless picture: unknown names are refused with what is known", "[studio][export][render]") {
    const Folder folder("unknown");
    const core::Model model = studio::test::loadSampleModel("relational-coordination.orgweave.json");
    const std::filesystem::path svg = folder.path / "x.svg";
    const auto message = [&](const studio::HeadlessPictureOptions& options) {
        try {
            studio::HeadlessPicture::render(model, options, svg);
        } catch (const studio::PictureError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    studio::HeadlessPictureOptions view;
    view.viewId = "nope";
    CHECK(message(view).find("unknown view 'nope' (known: v-rc, v-learning)") != std::string::npos);
    studio::HeadlessPictureOptions ties;
    ties.tiesBy = "fame";
    CHECK(message(ties).find("unknown tie score 'fame' (known: rc_index") != std::string::npos);
    studio::HeadlessPictureOptions size;
    size.sizeBy = "fame";
    CHECK(message(size).find("unknown measure 'fame'") != std::string::npos);
    studio::HeadlessPictureOptions phase;
    phase.phase = "p9";
    CHECK(message(phase).find("unknown phase 'p9'") != std::string::npos);
    CHECK(message({}).empty());
    CHECK(std::filesystem::exists(svg));
}
