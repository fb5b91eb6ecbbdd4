// The studio in bokmål (issue 22): the main menu drawn headless in nb shows Norwegian labels, and
// switching the language back (as View › Language does) changes them at once, without a restart.
#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/files/PictureExport.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace orgweave;
using studio::MainWindow;
using studio::test::HeadlessImGui;

namespace {

/// The process's language is global: every test leaves it English, as the others expect.
struct EnglishAfterwards {
    ~EnglishAfterwards() { core::initTranslation(core::Language::English); }
};

bool has(const std::vector<std::string>& labels, const std::string& label) {
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

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

TEST_CASE("the legend's kind names and headings switch with View › Language at once",
          "[studio][translation]") {
    EnglishAfterwards english;
    HeadlessImGui imgui;
    MainWindow window;
    const auto draw = [&] { window.draw(); };
    REQUIRE(window.open(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / "regional-committee.orgweave.json"));
    imgui.frame(draw);
    const studio::Legend& legend = window.canvas().legend();
    CHECK(has(legend.nodeLabels(), "Role"));
    CHECK(legend.colourHeading() == "Organizations");

    REQUIRE(window.setLanguage(core::Language::Bokmal, false).empty());
    imgui.frame(draw);
    CHECK(has(legend.nodeLabels(), "Rolle"));
    CHECK_FALSE(has(legend.nodeLabels(), "Role"));
    CHECK(legend.colourHeading() == "Virksomheter");

    window.setLanguage(core::Language::English, false);
    imgui.frame(draw);
    CHECK(has(legend.nodeLabels(), "Role"));
    CHECK(legend.colourHeading() == "Organizations");
}

TEST_CASE("slides and pictures are drawn in the report language, which can differ from the studio's",
          "[studio][translation]") {
    EnglishAfterwards english;
    HeadlessImGui imgui;
    MainWindow window;
    const auto draw = [&] { window.draw(); };
    window.setLanguage(core::Language::English, false);
    REQUIRE(window.open(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / "regional-committee.orgweave.json"));
    CHECK(window.reportTexts().language() == core::Language::English);

    REQUIRE(window.setReportLanguage(core::Language::Bokmal, false).empty());
    CHECK(window.settings().reportLanguage == core::Language::Bokmal);
    CHECK(core::ui().language() == core::Language::English);
    CHECK(window.reportTexts().language() == core::Language::Bokmal);
    CHECK(window.reportTexts().available());

    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / "orgweave-report-language-test";
    std::filesystem::create_directories(folder);
    const std::filesystem::path svg = folder / "network.svg";
    REQUIRE(studio::PictureExport::exportTo(window.workspace(), svg, window.reportTexts()));
    const std::string picture = studio::test::readText(svg);
    CHECK(picture.find("Tegnforklaring") != std::string::npos);
    CHECK(picture.find("Virksomheter") != std::string::npos);
    CHECK(picture.find("Legend") == std::string::npos);
    std::filesystem::remove_all(folder);

    // The studio itself stays English.
    imgui.frame(draw);
    CHECK(window.canvas().legend().colourHeading() == "Organizations");
    CHECK(window.menuRects().find("File").has_value());

    window.setReportLanguage(std::nullopt, false);
    CHECK(window.reportTexts().language() == core::Language::English);
}
