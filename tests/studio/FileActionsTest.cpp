#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>
#include <fstream>

using namespace orgweave;
using studio::FileActions;
using studio::MainWindow;
using studio::test::HeadlessImGui;
using studio::test::TempFolder;

namespace {

/// Presses Ctrl (+ Shift) + letter over two frames.
void shortcut(HeadlessImGui& imgui, char letter, const std::function<void()>& draw, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    io.KeyShift = shift;
    studio::test::pressKey(imgui, letter, draw);
    io.KeyCtrl = false;
    io.KeyShift = false;
}

void clickItem(HeadlessImGui& imgui, MainWindow& window, const std::string& name) {
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    const std::optional<studio::Rect> rect = window.files().itemRect(name);
    REQUIRE(rect.has_value());
    studio::test::click(imgui, *rect, draw);
}

std::string title(const MainWindow& window) {
    return window.document()->model().annotations.meta.title;
}

}  // namespace

TEST_CASE("file actions: New with unsaved changes asks and Cancel keeps the document", "[studio][files]") {
    TempFolder folder("new-cancel");
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "net.orgweave.json");
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    studio::test::editTitle(window.workspace(), "Changed title");
    REQUIRE(window.files().hasUnsavedChanges(window.workspace()));

    shortcut(imgui, 'N', draw);
    CHECK(window.files().promptOpen());
    CHECK(window.files().pendingAction() == FileActions::Action::New);
    CHECK(title(window) == "Changed title");  // nothing replaced yet

    clickItem(imgui, window, "prompt:Cancel");
    CHECK_FALSE(window.files().promptOpen());
    CHECK(window.files().pendingAction() == FileActions::Action::None);
    CHECK(title(window) == "Changed title");
    CHECK(window.document()->path() == folder / "net.orgweave.json");
    CHECK(window.document()->history().index() == 1);
    CHECK(window.document()->isDirty());

    SECTION("Escape cancels too") {
        shortcut(imgui, 'N', draw);
        imgui.frame(draw);
        REQUIRE(window.files().promptOpen());
        studio::test::pressKey(imgui, studio::test::kKeyEscape, draw);
        CHECK_FALSE(window.files().promptOpen());
        CHECK(title(window) == "Changed title");
    }
}

TEST_CASE("file actions: Discard replaces the document and a clean one is replaced at once",
          "[studio][files]") {
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    studio::test::editTitle(window.workspace(), "Changed title");
    shortcut(imgui, 'N', draw);
    REQUIRE(window.files().promptOpen());
    clickItem(imgui, window, "prompt:Discard");
    CHECK_FALSE(window.files().promptOpen());
    CHECK(title(window) == "Untitled network");
    CHECK(window.document()->model().nodes.empty());
    CHECK_FALSE(window.document()->isDirty());

    // Nothing unsaved: Ctrl+W closes without asking.
    shortcut(imgui, 'W', draw);
    CHECK_FALSE(window.files().promptOpen());
    CHECK(window.document() == nullptr);
}

TEST_CASE("file actions: Save As through the dialog writes a file that loads back equal", "[studio][files]") {
    TempFolder folder("save-as");
    studio::test::XdgFolders xdg(folder.path());
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    studio::test::editTitle(window.workspace(), "Saved network");

    shortcut(imgui, 'S', draw, true);
    studio::FileDialog& dialog = window.files().dialog();
    REQUIRE(dialog.isOpen());
    CHECK(dialog.mode() == studio::FileDialog::Mode::Save);
    imgui.frame(draw);
    dialog.setTypedPath((folder / "saved").string());
    imgui.frame(draw);
    studio::test::pressKey(imgui, studio::test::kKeyEnter, draw);
    CHECK_FALSE(dialog.isOpen());

    const std::filesystem::path written = folder / "saved.orgweave.json";
    REQUIRE(std::filesystem::exists(written));
    CHECK(window.document()->path() == written);
    CHECK_FALSE(window.document()->isDirty());
    CHECK(window.windowTitle() == "orgweave-studio \xE2\x80\x94 saved.orgweave.json");
    const core::LoadResult loaded = core::loadDocument(written);
    REQUIRE(loaded.ok());
    CHECK(core::writeDocument(*loaded.model) == core::writeDocument(window.document()->model()));
    CHECK(loaded.model->annotations.meta.title == "Saved network");
    REQUIRE_FALSE(window.settings().recentFiles.empty());
    CHECK(window.settings().recentFiles.front() == written);
    CHECK(window.settings().lastFolder == folder.path());
}

TEST_CASE("file actions: Save on a read-only folder keeps the document dirty and says why",
          "[studio][files]") {
    if (::geteuid() == 0) {
        WARN("running as root: permissions are not enforced, skipped");
        return;
    }
    TempFolder folder("read-only");
    const std::filesystem::path locked = folder / "locked";
    std::filesystem::create_directory(locked);
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), locked / "net.orgweave.json");
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    studio::test::editTitle(window.workspace(), "Changed title");
    std::filesystem::permissions(
        locked, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                    std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                    std::filesystem::perms::others_read | std::filesystem::perms::others_exec);  // 0555
    shortcut(imgui, 'S', draw);
    CHECK(window.document()->isDirty());
    CHECK_FALSE(std::filesystem::exists(locked / "net.orgweave.json"));
    const std::vector<studio::Notice> notices = window.workspace().recentNotices();
    REQUIRE_FALSE(notices.empty());
    CHECK(notices.back().error);
    CHECK(notices.back().text.rfind("Not saved", 0) == 0);
    CHECK(window.windowTitle().find("\xE2\x80\xA2") != std::string::npos);
}

TEST_CASE("file actions: opening a broken file keeps the current document", "[studio][files]") {
    TempFolder folder("open-broken");
    const std::filesystem::path broken = folder / "broken.orgweave.json";
    {
        std::ofstream out(broken);
        out << "{ \"format\": \"orgweave\", \"version\": 1, \"nodes\": [ { \"id\": ";
    }
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "net.orgweave.json");
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    window.requestOpen(broken);
    imgui.frame(draw);
    CHECK(window.document()->path() == folder / "net.orgweave.json");
    CHECK(window.document()->model().nodes.size() == 13);
    CHECK(window.messagesOpen());
    REQUIRE_FALSE(window.loadErrors().empty());
    CHECK(window.loadErrors().front().format().find("broken.orgweave.json") != std::string::npos);

    // A readable file replaces it and goes to the recent files.
    core::saveDocument(studio::test::smallNetwork(false), folder / "other.orgweave.json");
    window.requestOpen(folder / "other.orgweave.json");
    CHECK(window.document()->path() == folder / "other.orgweave.json");
    CHECK(window.settings().recentFiles.front() == folder / "other.orgweave.json");
}

TEST_CASE("file actions: Quit asks first and Save writes the file before quitting", "[studio][files]") {
    TempFolder folder("quit-save");
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    const std::filesystem::path path = folder / "net.orgweave.json";
    core::saveDocument(studio::test::smallNetwork(), path);
    REQUIRE(window.open(path));
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    studio::test::editTitle(window.workspace(), "Before quitting");

    window.requestClose();  // the window's close button
    imgui.frame(draw);
    CHECK(window.files().promptOpen());
    CHECK_FALSE(window.quitRequested());
    clickItem(imgui, window, "prompt:Save");
    CHECK(window.quitRequested());
    const core::LoadResult loaded = core::loadDocument(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.model->annotations.meta.title == "Before quitting");
}

TEST_CASE("file actions: Save of an untitled document from the question opens Save As", "[studio][files]") {
    TempFolder folder("quit-untitled");
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    studio::test::editTitle(window.workspace(), "Untitled but edited");
    shortcut(imgui, 'Q', draw);
    REQUIRE(window.files().promptOpen());
    clickItem(imgui, window, "prompt:Save");
    REQUIRE(window.files().dialog().isOpen());
    CHECK_FALSE(window.quitRequested());

    SECTION("a chosen name saves and quits") {
        window.files().dialog().navigate(folder.path());
        window.files().dialog().setTypedPath("kept");
        imgui.frame(draw);
        studio::test::pressKey(imgui, studio::test::kKeyEnter, draw);
        CHECK(std::filesystem::exists(folder / "kept.orgweave.json"));
        CHECK(window.quitRequested());
    }
    SECTION("cancelling the dialog cancels the quit") {
        imgui.frame(draw);
        studio::test::pressKey(imgui, studio::test::kKeyEscape, draw);
        CHECK_FALSE(window.files().dialog().isOpen());
        CHECK_FALSE(window.quitRequested());
        CHECK(window.files().pendingAction() == FileActions::Action::None);
        CHECK(window.document()->isDirty());
    }
}

#if __has_include("orgweave/layouts/DocumentFormats.hpp")
TEST_CASE("file actions: a file in another format is imported as an untitled network", "[studio][files]") {
    const std::filesystem::path gexf = std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / ".." / "tests" / "core" /
                                       "data" / "interop" / "florentine.gexf";
    REQUIRE(std::filesystem::exists(gexf));
    TempFolder folder("import");
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "net.orgweave.json");
    window.requestOpen(gexf);
    REQUIRE(window.document() != nullptr);
    CHECK(window.loadErrors().empty());
    CHECK(window.document()->path().empty());  // Save never writes JSON into the .gexf
    CHECK(window.document()->model().nodes.size() > 10);
    CHECK(window.workspace().recentNotices().back().text.rfind("Imported florentine.gexf", 0) == 0);

    // Save As to another format exports a copy and keeps the document as it is.
    REQUIRE(window.files().saveAs(window.workspace(), folder / "copy.graphml"));
    CHECK(std::filesystem::exists(folder / "copy.graphml"));
    CHECK(window.document()->path().empty());
}
#endif
