// The studio in bokmål (issue 22): the main menu drawn headless in nb shows Norwegian labels, and
// switching the language back (as View › Language does) changes them at once, without a restart.
#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace orgweave;
using studio::MainWindow;
using studio::test::HeadlessImGui;

namespace {

/// The process's language is global: every test leaves it English, as the others expect.
struct EnglishAfterwards {
    ~EnglishAfterwards() { core::initTranslation(core::Language::English); }
};

studio::Rect toRect(const studio::ItemRect& item) {
    return studio::Rect{item.min, item.max};
}

}  // namespace

TEST_CASE("the main menu is drawn in bokmål and switches back to English at once", "[studio][translation]") {
    EnglishAfterwards english;
    HeadlessImGui imgui;
    MainWindow window;
    const auto draw = [&] { window.draw(); };

    REQUIRE(window.setLanguage(core::Language::Bokmal, false).empty());
    CHECK(core::ui().language() == core::Language::Bokmal);
    imgui.frame(draw);
    for (const char* menu : {"Fil", "Vis", "Hjelp"}) {
        INFO("menu " << menu);
        CHECK(window.menuRects().find(menu).has_value());
    }
    CHECK_FALSE(window.menuRects().find("File").has_value());

    // Open "Vis" and find one of its entries in bokmål.
    const auto view = window.menuRects().find("Vis");
    REQUIRE(view.has_value());
    studio::test::click(imgui, toRect(*view), draw);
    imgui.frame(draw);
    CHECK(window.menuRects().find("Tilpass til vinduet").has_value());
    CHECK_FALSE(window.menuRects().find("Fit to window").has_value());

    // Live switch: the next frame is English, and the setting is not remembered unless asked.
    window.setLanguage(core::Language::English, false);
    imgui.frame(draw);
    CHECK(window.menuRects().find("File").has_value());
    CHECK_FALSE(window.settings().language.has_value());
    window.setLanguage(core::Language::Bokmal, true);
    CHECK(window.settings().language == core::Language::Bokmal);
}
