#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "orgweave/studio/MainWindow.hpp"
#include "orgweave/studio/Settings.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace orgweave;
using studio::Settings;
using studio::test::TempFolder;

TEST_CASE("settings: folders follow XDG_CONFIG_HOME and XDG_STATE_HOME", "[studio][settings]") {
    TempFolder folder("settings-xdg");
    studio::test::XdgFolders xdg(folder.path());
    CHECK(Settings::defaultPath() == folder / "config" / "orgweave" / "studio.json");
    CHECK(Settings::stateFolder() == folder / "state" / "orgweave");
}

TEST_CASE("settings: round trip through the file", "[studio][settings]") {
    TempFolder folder("settings-round-trip");
    Settings settings;
    for (int i = 0; i < 12; ++i)
        settings.addRecentFile(folder / ("net" + std::to_string(i) + ".orgweave.json"));
    settings.addRecentFile(folder / "net5.orgweave.json");  // moves to the front, no duplicate
    REQUIRE(settings.recentFiles.size() == Settings::kMaxRecentFiles);
    CHECK(settings.recentFiles.front() == folder / "net5.orgweave.json");
    CHECK(settings.recentFiles[1] == folder / "net11.orgweave.json");
    settings.theme = studio::ThemeKind::Dark;
    settings.windowWidth = 1280;
    settings.windowHeight = 720;
    settings.windowX = 40;
    settings.windowY = 60;
    settings.panelWidth = 455.5f;
    settings.legendVisible = false;
    settings.lastFolder = folder.path();

    const std::filesystem::path file = folder / "deep" / "studio.json";
    CHECK(settings.save(file).empty());
    const Settings::LoadResult loaded = Settings::load(file);
    CHECK(loaded.notice.empty());
    CHECK(loaded.settings == settings);

    const Settings::LoadResult missing = Settings::load(folder / "none.json");
    CHECK(missing.notice.empty());
    CHECK(missing.settings == Settings());
}

TEST_CASE("settings: a broken file is ignored with a notice", "[studio][settings]") {
    TempFolder folder("settings-broken");
    const std::filesystem::path file = folder / "studio.json";
    {
        std::ofstream out(file);
        out << "{ \"theme\": \"dark\", \"recent_files\": [ \"/a\" ";
    }
    const Settings::LoadResult broken = Settings::load(file);
    CHECK(broken.settings == Settings());
    CHECK(broken.notice.find("ignored") != std::string::npos);
    {
        std::ofstream out(file);
        out << "{ \"theme\": \"dark\", \"panel_width\": \"wide\" }";
    }
    const Settings::LoadResult wrongType = Settings::load(file);
    CHECK(wrongType.settings == Settings());
    CHECK_FALSE(wrongType.notice.empty());

    studio::test::HeadlessImGui imgui;
    studio::MainWindow window;
    CHECK_FALSE(window.loadSettings(file).empty());
    CHECK(window.theme() == studio::ThemeKind::Light);
    REQUIRE_FALSE(window.workspace().recentNotices().empty());
    CHECK(window.workspace().recentNotices().back().error);
}

TEST_CASE("settings: the main window applies and writes them", "[studio][settings]") {
    TempFolder folder("settings-window");
    const std::filesystem::path file = folder / "studio.json";
    Settings stored;
    stored.panelWidth = 520.0f;
    stored.legendVisible = false;
    stored.theme = studio::ThemeKind::Dark;
    REQUIRE(stored.save(file).empty());

    studio::test::HeadlessImGui imgui;
    studio::MainWindow window;
    CHECK(window.loadSettings(file).empty());
    CHECK(window.panelWidth() == Approx(520.0f));
    CHECK_FALSE(window.canvas().legend().visible());
    CHECK(window.theme() == studio::ThemeKind::Dark);
    imgui.frame([&] { window.draw(); });
    CHECK(window.panelArea().width() == Approx(520.0f));

    window.setTheme(studio::ThemeKind::Light);
    imgui.frame([&] { window.draw(); });  // the change is written at the end of the frame
    CHECK(Settings::load(file).settings.theme == studio::ThemeKind::Light);
    CHECK(Settings::load(file).settings.panelWidth == Approx(520.0f));
}

TEST_CASE("theme: dark and light colours", "[studio][settings]") {
    studio::test::HeadlessImGui imgui;
    studio::MainWindow window;
    window.setTheme(studio::ThemeKind::Dark);
    CHECK(studio::Theme::isDark(window.theme()));
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.3f);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_Text].x > 0.8f);
    window.setTheme(studio::ThemeKind::Light);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.9f);
    studio::ThemeKind kind = studio::ThemeKind::Light;
    CHECK(studio::Theme::parse("dark", kind));
    CHECK(kind == studio::ThemeKind::Dark);
    CHECK_FALSE(studio::Theme::parse("blue", kind));
    CHECK(std::string(studio::Theme::nameOf(studio::ThemeKind::Light)) == "light");
}

TEST_CASE("settings: the studio's and the reports' languages", "[studio][settings][translation]") {
    TempFolder folder("settings-language");
    const std::filesystem::path file = folder / "studio.json";
    Settings settings;
    settings.language = core::Language::English;
    settings.reportLanguage = core::Language::Bokmal;
    CHECK(settings.uiLanguage() == core::Language::English);
    CHECK(settings.reportsLanguage() == core::Language::Bokmal);
    REQUIRE(settings.save(file).empty());
    CHECK(settings.toJson().find("\"report_language\": \"nb\"") != std::string::npos);
    CHECK(Settings::load(file).settings == settings);

    // Unset: not written, and the reports follow the studio.
    Settings unset;
    unset.language = core::Language::Bokmal;
    CHECK(unset.toJson().find("report_language") == std::string::npos);
    CHECK(unset.reportsLanguage() == core::Language::Bokmal);

    // A code this version does not know (a newer version's) is ignored, the rest is kept.
    {
        std::ofstream out(file);
        out << R"({"version": 1, "theme": "dark", "language": "sv", "report_language": "nb_NO.UTF-8"})";
    }
    const Settings::LoadResult loaded = Settings::load(file);
    CHECK(loaded.notice.empty());
    CHECK_FALSE(loaded.settings.language.has_value());
    CHECK(loaded.settings.reportLanguage == core::Language::Bokmal);
    CHECK(loaded.settings.theme == studio::ThemeKind::Dark);
}
