// Presentation mode (issue 8 item 4), headless in the main window: entering at a view, arrow keys
// stepping through the views with the camera easing toward each view's camera, Home/End, Escape
// leaving with the desk's mapping back, a document without views as one slide, --present parsing.
#include "HeadlessImGui.hpp"
#include "PanelDriver.hpp"
#include "orgweave/studio/canvas/CameraTween.hpp"
#include "orgweave/studio/session/CommandLine.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace orgweave;
using studio::MainWindow;
using studio::test::HeadlessImGui;

namespace {

constexpr int kRight = 262;
constexpr int kLeft = 263;
constexpr int kHome = 268;
constexpr int kEnd = 269;
constexpr int kEscape = 256;

struct Fixture {
    HeadlessImGui imgui{ImVec2(1440.0f, 900.0f)};
    MainWindow window;

    explicit Fixture(core::Model model) {
        window.setDocument(std::move(model), "deck.orgweave.json");
        frames(2);
    }
    void frames(int count) {
        for (int i = 0; i < count; ++i)
            imgui.frame([&] { window.draw(); });
    }
    void press(int key) {
        imgui.key(key, true);
        frames(1);
        imgui.key(key, false);
        frames(1);
    }
    core::ViewCamera camera() {
        return studio::CameraTween::capture(window.presentation().canvas().camera());
    }
};

double distance(const core::ViewCamera& a, const core::ViewCamera& b) {
    return std::hypot(a.x - b.x, a.y - b.y) + std::abs(std::log(a.zoom / b.zoom)) * 100.0;
}

core::Model withCameras() {
    core::Model model = studio::test::loadSampleModel("midcounty-frailty.orgweave.json");
    REQUIRE(model.annotations.views.size() == 4);
    model.annotations.views[0].camera = core::ViewCamera{0.0, 0.0, 1.0};
    model.annotations.views[1].camera = core::ViewCamera{400.0, 250.0, 2.0};
    model.annotations.views[2].camera.reset();
    model.annotations.views[3].camera = core::ViewCamera{-100.0, 50.0, 0.8};
    return model;
}

}  // namespace

TEST_CASE("presentation: arrow keys step through the views with a smooth camera", "[studio][presentation]") {
    Fixture f(withCameras());
    const core::Model& model = *f.window.workspace().model();
    f.window.workspace().mapping().colorBy = "kind";
    REQUIRE(f.window.present(model.annotations.views[0].id));
    f.frames(2);
    CHECK(f.window.presenting());
    CHECK(f.window.presentation().current() == 0);
    CHECK(f.window.presentation().counterText(f.window.workspace()) == "1 / 4");
    CHECK(f.window.workspace().mapping().phase == model.annotations.views[0].phase);
    CHECK(f.window.workspace().mapping().highlighted == model.annotations.views[0].highlighted);
    CHECK(f.window.presentation().canvas().readOnly());
    // The whole window is the slide: title above, caption below, the canvas between.
    CHECK(f.window.presentation().titleRect().min.y == 0.0f);
    CHECK(f.window.presentation().captionRect().max.y == 900.0f);
    CHECK(f.window.presentation().canvasRect().width() == 1440.0f);
    const core::ViewCamera start = f.camera();
    CHECK(distance(start, *model.annotations.views[0].camera) < 0.5);

    f.press(kRight);
    CHECK(f.window.presentation().current() == 1);
    CHECK(f.window.workspace().mapping().phase == model.annotations.views[1].phase);
    const core::ViewCamera target = *model.annotations.views[1].camera;
    REQUIRE(f.window.presentation().canvas().tween().active());
    const core::ViewCamera during = f.camera();
    CHECK(distance(during, target) < distance(start, target));
    CHECK(distance(during, target) > 1.0);  // on its way, not there yet
    f.frames(40);                           // 0.67 s at 60 frames a second
    CHECK_FALSE(f.window.presentation().canvas().tween().active());
    CHECK(distance(f.camera(), target) < 0.5);

    f.press(kEnd);
    CHECK(f.window.presentation().current() == 3);
    f.press(kRight);  // stays on the last slide
    CHECK(f.window.presentation().current() == 3);
    f.press(kLeft);
    CHECK(f.window.presentation().current() == 2);
    // A view without a camera frames its visible nodes at once.
    CHECK_FALSE(f.window.presentation().canvas().tween().active());
    f.press(kHome);
    CHECK(f.window.presentation().current() == 0);

    f.press(kEscape);
    CHECK_FALSE(f.window.presenting());
    CHECK(f.window.workspace().mapping().colorBy == "kind");  // the desk's mapping is back
    CHECK(f.window.workspace().mapping().highlighted.empty());
}

TEST_CASE("presentation: a document without views is one slide and unknown views are refused",
          "[studio][presentation]") {
    core::Model model = studio::test::loadSampleModel("regional-committee.orgweave.json");
    model.annotations.views.clear();
    Fixture f(std::move(model));
    CHECK_FALSE(f.window.present("nope"));
    CHECK_FALSE(f.window.presenting());
    REQUIRE(f.window.present());
    f.frames(2);
    CHECK(f.window.presentation().slideCount(f.window.workspace()) == 1);
    CHECK(f.window.presentation().counterText(f.window.workspace()) == "1 / 1");
    CHECK(f.window.presentation().canvas().stats().nodesDrawn ==
          static_cast<int>(f.window.workspace().model()->nodes.size()));
    f.press(kRight);
    CHECK(f.window.presentation().current() == 0);
}

TEST_CASE("command line: present takes an optional view id", "[studio][presentation][cli]") {
    const std::string_view withId[] = {"deck.orgweave.json", "--present", "v-p2", "--frames", "3"};
    auto parsed = studio::CommandLine::parse(withId);
    REQUIRE(parsed.ok());
    CHECK(parsed.options.present == std::optional<std::string>("v-p2"));
    const std::string_view withoutId[] = {"--present", "deck.orgweave.json"};
    parsed = studio::CommandLine::parse(withoutId);
    REQUIRE(parsed.ok());
    CHECK(parsed.options.present == std::optional<std::string>(""));
    CHECK(parsed.options.file == std::filesystem::path("deck.orgweave.json"));
}
