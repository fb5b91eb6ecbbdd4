#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/files/Recovery.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using namespace orgweave;
using namespace std::chrono_literals;
using studio::MainWindow;
using studio::Recovery;
using studio::test::HeadlessImGui;
using studio::test::TempFolder;

namespace {

/// A clock the test moves by hand.
struct FakeClock {
    std::chrono::steady_clock::time_point now{std::chrono::hours(1000)};
};

void useClock(MainWindow& window, FakeClock& clock, const std::filesystem::path& folder) {
    window.files().enableRecovery(folder);
    window.files().recovery().setClock([&clock] { return clock.now; });
}

}  // namespace

TEST_CASE("recovery: keys are stable per path and untitled has its own", "[studio][files]") {
    CHECK(Recovery::keyOf({}) == "untitled");
    CHECK(Recovery::keyOf("/a/b.orgweave.json") == Recovery::keyOf("/a/./b.orgweave.json"));
    CHECK(Recovery::keyOf("/a/b.orgweave.json") != Recovery::keyOf("/a/c.orgweave.json"));
    CHECK(Recovery::keyOf("/a/b.orgweave.json").size() == 16);
}

TEST_CASE("recovery: autosave writes after the interval and the next start offers it", "[studio][files]") {
    TempFolder folder("autosave");
    const std::filesystem::path recoveryFolder = folder / "recovery";
    const std::filesystem::path path = folder / "net.orgweave.json";
    core::saveDocument(studio::test::smallNetwork(), path);
    FakeClock clock;
    std::filesystem::path recoveryFile;
    {
        HeadlessImGui imgui;
        MainWindow window;
        useClock(window, clock, recoveryFolder);
        recoveryFile = window.files().recovery().fileFor(path);
        REQUIRE(window.open(path));
        const auto draw = [&] { window.draw(); };
        imgui.frame(draw);
        clock.now += 60s;
        imgui.frame(draw);
        CHECK_FALSE(std::filesystem::exists(recoveryFile));  // clean: nothing to keep

        studio::test::editTitle(window.workspace(), "Autosaved title");
        imgui.frame(draw);
        clock.now += 20s;
        imgui.frame(draw);
        CHECK_FALSE(std::filesystem::exists(recoveryFile));  // dirty for 20 s only
        clock.now += 11s;
        imgui.frame(draw);
        REQUIRE(std::filesystem::exists(recoveryFile));
        const core::LoadResult autosaved = core::loadDocument(recoveryFile);
        REQUIRE(autosaved.ok());
        CHECK(autosaved.model->annotations.meta.title == "Autosaved title");
        // The document's own file is untouched.
        CHECK(core::loadDocument(path).model->annotations.meta.title == "Small test network");
        // The window goes away without quitting (a crash): the file stays.
    }
    REQUIRE(std::filesystem::exists(recoveryFile));

    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    useClock(window, clock, recoveryFolder);
    window.files().offerRecovery();
    REQUIRE(window.files().recoveryOfferOpen());
    REQUIRE(window.files().recoveryOffers().size() == 1);
    CHECK(window.files().recoveryOffers().front().name == "net.orgweave.json");
    CHECK(window.files().recoveryOffers().front().originalPath == path);
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);

    SECTION("Recover loads it as an unsaved document and saving removes the file") {
        imgui.frame(draw);
        const std::optional<studio::Rect> recover = window.files().itemRect("recovery:Recover");
        REQUIRE(recover.has_value());
        studio::test::click(imgui, *recover, draw);
        CHECK_FALSE(window.files().recoveryOfferOpen());
        REQUIRE(window.document() != nullptr);
        CHECK(window.document()->model().annotations.meta.title == "Autosaved title");
        CHECK(window.document()->path() == path);
        CHECK(window.files().hasUnsavedChanges(window.workspace()));
        CHECK(window.windowTitle().find("\xE2\x80\xA2") != std::string::npos);
        CHECK(std::filesystem::exists(recoveryFile));

        ImGui::GetIO().KeyCtrl = true;
        studio::test::pressKey(imgui, 'S', draw);
        ImGui::GetIO().KeyCtrl = false;
        CHECK_FALSE(window.files().hasUnsavedChanges(window.workspace()));
        CHECK_FALSE(std::filesystem::exists(recoveryFile));
        CHECK(core::loadDocument(path).model->annotations.meta.title == "Autosaved title");
    }
    SECTION("Discard deletes it") {
        imgui.frame(draw);
        const std::optional<studio::Rect> discard = window.files().itemRect("recovery:Discard");
        REQUIRE(discard.has_value());
        studio::test::click(imgui, *discard, draw);
        CHECK_FALSE(window.files().recoveryOfferOpen());
        CHECK(window.document() == nullptr);
        CHECK_FALSE(std::filesystem::exists(recoveryFile));
        CHECK(window.files().recovery().pending().empty());
    }
}

TEST_CASE("recovery: an untitled document is autosaved and quitting cleanly removes it", "[studio][files]") {
    TempFolder folder("autosave-untitled");
    FakeClock clock;
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    useClock(window, clock, folder / "recovery");
    window.setDocument(studio::test::smallNetwork());
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    studio::test::editTitle(window.workspace(), "Scratch");
    imgui.frame(draw);
    clock.now += 31s;
    imgui.frame(draw);
    const std::filesystem::path file = folder / "recovery" / "untitled.orgweave.json";
    REQUIRE(std::filesystem::exists(file));
    const std::vector<studio::RecoveryEntry> pending = window.files().recovery().pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending.front().name == "Untitled");
    CHECK(pending.front().originalPath.empty());

    window.requestClose();
    imgui.frame(draw);
    imgui.frame(draw);  // the question is sized in its first frame and placed in the second
    const std::optional<studio::Rect> discard = window.files().itemRect("prompt:Discard");
    REQUIRE(discard.has_value());
    studio::test::click(imgui, *discard, draw);
    CHECK(window.quitRequested());
    CHECK_FALSE(std::filesystem::exists(file));
}
