#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "orgweave/studio/files/FileDialog.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>
#include <fstream>

using namespace orgweave;
using studio::FileDialog;
using studio::test::HeadlessImGui;
using studio::test::TempFolder;

namespace {

void touch(const std::filesystem::path& path, const std::string& text = "x") {
    std::ofstream out(path);
    out << text;
}

std::vector<std::string> names(const FileDialog& dialog) {
    std::vector<std::string> result;
    for (const FileDialog::Entry& entry : dialog.entries())
        result.push_back(entry.name);
    return result;
}

std::vector<FileDialog::Filter> filters() {
    return {FileDialog::Filter{"orgweave networks", {".orgweave.json"}}, FileDialog::Filter{"All files", {}}};
}

/// A folder with documents, a foreign file, hidden entries and a subfolder.
struct Fixture {
    TempFolder folder{"dialog"};
    Fixture() {
        touch(folder / "b.orgweave.json");
        touch(folder / "C.orgweave.JSON");
        touch(folder / "a.graphml");
        touch(folder / ".hidden.orgweave.json");
        std::filesystem::create_directory(folder / "sub");
        std::filesystem::create_directory(folder / ".git");
        touch(folder / "sub" / "inner.orgweave.json");
    }
};

}  // namespace

TEST_CASE("file dialog: lists folders first and filters by extension and hides dot files",
          "[studio][files]") {
    Fixture fixture;
    FileDialog dialog;
    dialog.setFilters(filters());
    dialog.open(FileDialog::Mode::Open, fixture.folder.path());
    CHECK(dialog.folder() == fixture.folder.path());
    CHECK(dialog.error().empty());
    CHECK(names(dialog) == std::vector<std::string>{"sub", "b.orgweave.json", "C.orgweave.JSON"});
    CHECK(dialog.entries().front().folder);

    dialog.setFilterIndex(1);
    CHECK(names(dialog) ==
          std::vector<std::string>{"sub", "a.graphml", "b.orgweave.json", "C.orgweave.JSON"});
    dialog.setShowHidden(true);
    CHECK(names(dialog) == std::vector<std::string>{".git", "sub", ".hidden.orgweave.json", "a.graphml",
                                                    "b.orgweave.json", "C.orgweave.JSON"});
}

TEST_CASE("file dialog: a click on a folder goes into it and Backspace goes back", "[studio][files]") {
    Fixture fixture;
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    FileDialog dialog;
    dialog.setFilters(filters());
    dialog.open(FileDialog::Mode::Open, fixture.folder.path());
    std::optional<std::filesystem::path> chosen;
    const auto draw = [&] {
        if (auto picked = dialog.draw(1.0f))
            chosen = picked;
    };
    imgui.frame(draw);
    imgui.frame(draw);
    REQUIRE(dialog.isOpen());
    const std::optional<studio::Rect> sub = dialog.itemRect("sub");
    REQUIRE(sub.has_value());
    studio::test::click(imgui, *sub, draw);
    CHECK(dialog.folder() == fixture.folder / "sub");
    CHECK(names(dialog) == std::vector<std::string>{"inner.orgweave.json"});

    // The breadcrumb of the parent folder goes back too.
    imgui.frame(draw);
    const std::optional<studio::Rect> crumb =
        dialog.itemRect("crumb:" + fixture.folder.path().filename().string());
    REQUIRE(crumb.has_value());
    studio::test::click(imgui, *crumb, draw);
    CHECK(dialog.folder() == fixture.folder.path());

    dialog.navigate(fixture.folder / "sub");
    studio::test::pressKey(imgui, studio::test::kKeyBackspace, draw);
    CHECK(dialog.folder() == fixture.folder.path());

    // Click selects a file; a double click opens it.
    imgui.frame(draw);
    const std::optional<studio::Rect> file = dialog.itemRect("b.orgweave.json");
    REQUIRE(file.has_value());
    studio::test::click(imgui, *file, draw);
    CHECK(dialog.typedPath() == "b.orgweave.json");
    CHECK_FALSE(chosen.has_value());
    studio::test::doubleClick(imgui, *file, draw);
    REQUIRE(chosen.has_value());
    CHECK(*chosen == fixture.folder / "b.orgweave.json");
    CHECK_FALSE(dialog.isOpen());
}

TEST_CASE("file dialog: a typed path is accepted with Enter and a folder is entered", "[studio][files]") {
    Fixture fixture;
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    FileDialog dialog;
    dialog.setFilters(filters());
    dialog.open(FileDialog::Mode::Open, fixture.folder.path());
    std::optional<std::filesystem::path> chosen;
    const auto draw = [&] {
        if (auto picked = dialog.draw(1.0f))
            chosen = picked;
    };
    imgui.frame(draw);

    dialog.setTypedPath("sub");
    studio::test::pressKey(imgui, studio::test::kKeyEnter, draw);
    CHECK(dialog.folder() == fixture.folder / "sub");
    CHECK(dialog.typedPath().empty());
    CHECK_FALSE(chosen.has_value());

    dialog.setTypedPath("missing.orgweave.json");
    studio::test::pressKey(imgui, studio::test::kKeyEnter, draw);
    CHECK_FALSE(chosen.has_value());
    CHECK(dialog.error().find("missing.orgweave.json") != std::string::npos);
    CHECK(dialog.isOpen());

    dialog.setTypedPath("../b.orgweave.json");
    studio::test::pressKey(imgui, studio::test::kKeyEnter, draw);
    REQUIRE(chosen.has_value());
    CHECK(*chosen == fixture.folder / "b.orgweave.json");
    CHECK_FALSE(dialog.isOpen());
}

TEST_CASE("file dialog: Save adds the extension and asks before replacing a file", "[studio][files]") {
    Fixture fixture;
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    FileDialog dialog;
    dialog.setFilters(filters());
    std::optional<std::filesystem::path> chosen;
    const auto draw = [&] {
        if (auto picked = dialog.draw(1.0f))
            chosen = picked;
    };
    dialog.open(FileDialog::Mode::Save, fixture.folder.path(), "network.orgweave.json");
    CHECK(dialog.typedPath() == "network.orgweave.json");
    dialog.setTypedPath("fresh");
    CHECK(dialog.acceptTyped() == fixture.folder / "fresh.orgweave.json");

    dialog.open(FileDialog::Mode::Save, fixture.folder.path(), "b.orgweave.json");
    imgui.frame(draw);
    imgui.frame(draw);
    const std::optional<studio::Rect> save = dialog.itemRect("button:Save");
    REQUIRE(save.has_value());
    studio::test::click(imgui, *save, draw);
    CHECK_FALSE(chosen.has_value());
    REQUIRE(dialog.overwriteQuestion().has_value());
    CHECK(*dialog.overwriteQuestion() == fixture.folder / "b.orgweave.json");
    const std::optional<studio::Rect> replace = dialog.itemRect("button:Replace");
    REQUIRE(replace.has_value());
    studio::test::click(imgui, *replace, draw);
    REQUIRE(chosen.has_value());
    CHECK(*chosen == fixture.folder / "b.orgweave.json");
}

TEST_CASE("file dialog: Escape cancels and the home folder is expanded", "[studio][files]") {
    Fixture fixture;
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    FileDialog dialog;
    dialog.open(FileDialog::Mode::Open, fixture.folder.path());
    bool chose = false;
    const auto draw = [&] { chose = chose || dialog.draw(1.0f).has_value(); };
    imgui.frame(draw);
    studio::test::pressKey(imgui, studio::test::kKeyEscape, draw);
    CHECK_FALSE(dialog.isOpen());
    CHECK_FALSE(chose);

    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] == '/')
        CHECK(FileDialog::expandHome("~/nets/a.json") == std::filesystem::path(home) / "nets/a.json");
    CHECK(FileDialog::expandHome("/tmp/~x") == std::filesystem::path("/tmp/~x"));
}

TEST_CASE("file dialog: a folder that cannot be listed says why", "[studio][files]") {
    if (::geteuid() == 0) {
        WARN("running as root: permissions are not enforced, skipped");
        return;
    }
    Fixture fixture;
    const std::filesystem::path locked = fixture.folder / "locked";
    std::filesystem::create_directory(locked);
    touch(locked / "secret.orgweave.json");
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    HeadlessImGui imgui;
    FileDialog dialog;
    dialog.open(FileDialog::Mode::Open, fixture.folder.path());
    dialog.navigate(locked);
    CHECK(dialog.folder() == locked);
    CHECK(dialog.entries().empty());
    CHECK(dialog.error().find("Cannot list") != std::string::npos);
    CHECK(dialog.error().find("ermission") != std::string::npos);
    imgui.frame([&] { dialog.draw(1.0f); });
    imgui.frame([&] { dialog.draw(1.0f); });
    CHECK(dialog.isOpen());
    std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
}
