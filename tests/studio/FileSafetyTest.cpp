// The studio never loses work to a file (issue 20): a file that breaks a reader is a message, not
// an exit; a document with many warnings opens; saving over a read-only or vanished file asks;
// a second studio neither offers nor deletes the live autosave of the first.
#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/files/Recovery.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace orgweave;
using studio::MainWindow;
using studio::Recovery;
using studio::test::HeadlessImGui;
using studio::test::TempFolder;

namespace {

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string manyWarnings() {
    std::string positions;
    for (int i = 0; i < 150; ++i)
        positions += (i ? ", " : "") + ("\"ghost" + std::to_string(i) + "\": [1, 2]");
    return R"({"format": "orgweave", "version": 1, "nodes": [{"id": "a", "kind": "role"}], "ties": [],
        "layout": {"positions": {)" +
           positions + "}}}";
}

void clickItem(HeadlessImGui& imgui, MainWindow& window, const std::string& name) {
    const auto draw = [&] { window.draw(); };
    // Two frames: an auto-resizing popup is laid out (and placed) in its second frame.
    imgui.frame(draw);
    imgui.frame(draw);
    const std::optional<studio::Rect> rect = window.files().itemRect(name);
    REQUIRE(rect.has_value());
    studio::test::click(imgui, *rect, draw);
}

}  // namespace

TEST_CASE("studio files: a number no double holds is a message and the edits stay",
          "[studio][files][hostile]") {
    TempFolder folder("hostile-open");
    const auto bad = folder / "big.orgweave.json";
    writeText(bad, R"({"format": "orgweave", "version": 1, "nodes": [{"id": "c", "kind": "committee",
        "meetings_per_year": 1e400}], "ties": []})");
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "net.orgweave.json");
    studio::test::editTitle(window.workspace(), "Unsaved edit");
    CHECK_FALSE(window.files().open(window.workspace(), bad));
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->model().annotations.meta.title == "Unsaved edit");
    const core::LoadResult read = studio::FileActions::readDocument(bad);
    REQUIRE_FALSE(read.diagnostics.empty());
    CHECK(read.diagnostics.front().line == 2);
    CHECK(read.diagnostics.front().column > 0);
}

TEST_CASE("studio files: more than 100 warnings open, save and reopen", "[studio][files][hostile]") {
    TempFolder folder("hostile-warnings");
    const auto path = folder / "noisy.orgweave.json";
    writeText(path, manyWarnings());
    HeadlessImGui imgui;
    MainWindow window;
    REQUIRE(window.files().open(window.workspace(), path));
    REQUIRE(window.files().save(window.workspace()));
    REQUIRE(window.files().open(window.workspace(), path));
}

TEST_CASE("studio files: saving over a read-only file asks first", "[studio][files][hostile]") {
    TempFolder folder("hostile-readonly");
    const auto path = folder / "locked.orgweave.json";
    core::saveDocument(studio::test::smallNetwork(), path);
    std::filesystem::permissions(path,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    REQUIRE(window.files().open(window.workspace(), path));
    studio::test::editTitle(window.workspace(), "Changed");
    CHECK_FALSE(window.files().save(window.workspace()));
    CHECK_FALSE(window.files().saveQuestion().empty());
    CHECK(core::loadDocument(path).model->annotations.meta.title != "Changed");

    SECTION("Cancel leaves the file and the edits") {
        clickItem(imgui, window, "save-question:Cancel");
        CHECK(window.files().saveQuestion().empty());
        CHECK(window.files().hasUnsavedChanges(window.workspace()));
        CHECK(core::loadDocument(path).model->annotations.meta.title != "Changed");
    }
    SECTION("Save replaces it") {
        clickItem(imgui, window, "save-question:Save");
        CHECK(window.files().saveQuestion().empty());
        CHECK_FALSE(window.files().hasUnsavedChanges(window.workspace()));
        CHECK(core::loadDocument(path).model->annotations.meta.title == "Changed");
    }
}

TEST_CASE("studio files: a document file deleted while open is not recreated silently",
          "[studio][files][hostile]") {
    TempFolder folder("hostile-deleted");
    const auto path = folder / "gone.orgweave.json";
    core::saveDocument(studio::test::smallNetwork(), path);
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    REQUIRE(window.files().open(window.workspace(), path));
    studio::test::editTitle(window.workspace(), "Changed");
    std::filesystem::remove(path);
    CHECK_FALSE(window.files().save(window.workspace()));
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK_FALSE(window.files().saveQuestion().empty());
    clickItem(imgui, window, "save-question:Save");
    CHECK(std::filesystem::exists(path));
    CHECK(core::loadDocument(path).model->annotations.meta.title == "Changed");
}

TEST_CASE("studio files: a second studio leaves the first one's live autosave alone",
          "[studio][files][hostile]") {
    TempFolder folder("hostile-recovery");
    const auto recoveryFolder = folder / "recovery";
    const auto path = folder / "shared.orgweave.json";
    core::saveDocument(studio::test::smallNetwork(), path);
    core::Document document(studio::test::smallNetwork(), path);

    Recovery first;
    first.setFolder(recoveryFolder);
    REQUIRE(first.write(document, 1).empty());
    const auto file = first.fileFor(path);
    REQUIRE(std::filesystem::exists(file));
    {
        Recovery second;
        second.setFolder(recoveryFolder);
        CHECK(second.pending().empty());  // live: not offered
        studio::RecoveryEntry entry;
        entry.file = file;
        Recovery::discard(entry);
        CHECK(std::filesystem::exists(file));  // and not deleted
        second.remove(path);
        CHECK(std::filesystem::exists(file));
        // The second one autosaving the same document keeps its own file.
        REQUIRE(second.write(document, 1).empty());
        CHECK(std::filesystem::exists(file));
        second.remove(path);
    }
    CHECK(std::filesystem::exists(file));
}

TEST_CASE("studio files: the autosave of a studio that ended is offered", "[studio][files][hostile]") {
    TempFolder folder("hostile-recovery-ended");
    const auto recoveryFolder = folder / "recovery";
    core::Document document(studio::test::smallNetwork(), folder / "x.orgweave.json");
    {
        Recovery crashed;
        crashed.setFolder(recoveryFolder);
        REQUIRE(crashed.write(document, 1).empty());
    }  // gone without removing its file, as a crash
    Recovery next;
    next.setFolder(recoveryFolder);
    CHECK(next.pending().size() == 1);
}
