// The File menu driven through the real menu bar, by label, as a user does: open "File", click the
// entry, answer the dialog by clicking its button, then check what was written. Each export dialog
// has its own popup, so one dialog no longer closes another's (Export picture and Export views as
// slides used to open nothing).
#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/panels/InspectorPanel.hpp"
#include "orgweave/studio/session/MainWindow.hpp"
#include "orgweave/studio/session/ShortcutsWindow.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

using namespace orgweave;
using studio::MainWindow;
using studio::test::HeadlessImGui;
using studio::test::TempFolder;

namespace {

studio::Rect toRect(const studio::ItemRect& item) {
    return studio::Rect{item.min, item.max};
}

/// Opens the menu `menu` of the menu bar and clicks its entry `entry`, both found by label.
void chooseMenuItem(HeadlessImGui& imgui, MainWindow& window, const std::string& menu,
                    const std::string& entry) {
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    const std::optional<studio::ItemRect> header = window.menuRects().find(menu);
    REQUIRE(header.has_value());
    studio::test::click(imgui, toRect(*header), draw);
    imgui.frame(draw);
    const std::optional<studio::ItemRect> item = window.menuRects().find(entry);
    INFO("menu entry " << entry);
    REQUIRE(item.has_value());
    studio::test::click(imgui, toRect(*item), draw);
    imgui.frame(draw);
}

/// Opens the menu `menu`, then its submenu `submenu`, and clicks the submenu's entry `entry`.
void chooseSubmenuItem(HeadlessImGui& imgui, MainWindow& window, const std::string& menu,
                       const std::string& submenu, const std::string& entry) {
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    const std::optional<studio::ItemRect> header = window.menuRects().find(menu);
    REQUIRE(header.has_value());
    studio::test::click(imgui, toRect(*header), draw);
    imgui.frame(draw);
    const std::optional<studio::ItemRect> sub = window.menuRects().find(submenu);
    INFO("submenu " << submenu);
    REQUIRE(sub.has_value());
    studio::test::click(imgui, toRect(*sub), draw);
    imgui.frame(draw);
    imgui.frame(draw);
    const std::optional<studio::ItemRect> item = window.menuRects().find(entry);
    INFO("menu entry " << entry);
    REQUIRE(item.has_value());
    studio::test::click(imgui, toRect(*item), draw);
    imgui.frame(draw);
}

/// Types `path` into the open dialog and clicks its accept button (by its label).
void acceptDialog(HeadlessImGui& imgui, MainWindow& window, studio::FileDialog& dialog,
                  const std::filesystem::path& path, const std::string& button) {
    const auto draw = [&] { window.draw(); };
    dialog.setTypedPath(path.string());
    imgui.frame(draw);
    imgui.frame(draw);
    const std::optional<studio::Rect> rect = dialog.itemRect("button:" + button);
    REQUIRE(rect.has_value());
    studio::test::click(imgui, *rect, draw);
    imgui.frame(draw);
}

}  // namespace

TEST_CASE("file menu: Export picture › Current view… through the menu writes the picture",
          "[studio][files][menu]") {
    TempFolder folder("menu-export-picture");
    studio::test::XdgFolders xdg(folder.path());
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "network.orgweave.json");

    chooseSubmenuItem(imgui, window, "File", "Export picture", "Current view\xE2\x80\xA6");
    studio::FileDialog& dialog = window.pictureExport().dialog();
    REQUIRE(dialog.isOpen());
    CHECK_FALSE(window.pictureExport().fitAll());
    CHECK(dialog.mode() == studio::FileDialog::Mode::Save);
    CHECK_FALSE(window.files().dialog().isOpen());
    // The dialog stays open over several frames (the file actions' dialog no longer closes it).
    for (int i = 0; i < 3; ++i)
        imgui.frame([&] { window.draw(); });
    REQUIRE(dialog.isOpen());
    REQUIRE(dialog.itemRect("button:Save").has_value());

    const std::filesystem::path svg = folder / "picture.svg";
    acceptDialog(imgui, window, dialog, svg, "Save");
    CHECK_FALSE(dialog.isOpen());
    REQUIRE(std::filesystem::exists(svg));
    const std::string text = studio::test::readText(svg);
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("Legend") != std::string::npos);
}

TEST_CASE("file menu: Export picture offers the current view or the whole network (fit all)",
          "[studio][files][menu]") {
    TempFolder folder("menu-export-fit-all");
    studio::test::XdgFolders xdg(folder.path());
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "network.orgweave.json");
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    imgui.frame(draw);
    window.canvas().zoomBy(6.0f);  // the view shows a part of the network
    imgui.frame(draw);
    const float zoom = window.canvas().camera().zoom();

    chooseSubmenuItem(imgui, window, "File", "Export picture", "Current view\xE2\x80\xA6");
    studio::FileDialog& dialog = window.pictureExport().dialog();
    REQUIRE(dialog.isOpen());
    const std::filesystem::path view = folder / "view.svg";
    acceptDialog(imgui, window, dialog, view, "Save");
    imgui.frame(draw);

    chooseSubmenuItem(imgui, window, "File", "Export picture", "Fit all\xE2\x80\xA6");
    REQUIRE(dialog.isOpen());
    CHECK(window.pictureExport().fitAll());
    const std::filesystem::path all = folder / "all.svg";
    acceptDialog(imgui, window, dialog, all, "Save");
    imgui.frame(draw);
    CHECK(window.canvas().camera().zoom() == Approx(zoom));  // the view came back

    REQUIRE(std::filesystem::exists(view));
    REQUIRE(std::filesystem::exists(all));
    const std::string viewText = studio::test::readText(view);
    const std::string allText = studio::test::readText(all);
    // Fit all shows every node's label; the zoomed view fewer of them.
    const core::Model& model = *window.workspace().model();
    std::size_t inAll = 0;
    std::size_t inView = 0;
    for (const core::Node& node : model.nodes) {
        const std::string label = ">" + node.displayLabel() + "<";
        inAll += allText.find(label) != std::string::npos ? 1 : 0;
        inView += viewText.find(label) != std::string::npos ? 1 : 0;
    }
    CHECK(inAll + 2 >= model.nodes.size());  // (a label may give way to another)
    CHECK(inView < inAll);
}

TEST_CASE("file menu: Export views as slides… through the menu writes the deck", "[studio][files][menu]") {
    TempFolder folder("menu-export-slides");
    studio::test::XdgFolders xdg(folder.path());
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "network.orgweave.json");

    chooseMenuItem(imgui, window, "File", "Export views as slides\xE2\x80\xA6");
    studio::FileDialog& dialog = window.slideExport().dialog();
    for (int i = 0; i < 3; ++i)
        imgui.frame([&] { window.draw(); });
    REQUIRE(dialog.isOpen());

    const std::filesystem::path pdf = folder / "deck.pdf";
    acceptDialog(imgui, window, dialog, pdf, "Save");
    CHECK_FALSE(dialog.isOpen());
    REQUIRE(std::filesystem::exists(pdf));
    CHECK(studio::test::readText(pdf).rfind("%PDF", 0) == 0);
}

TEST_CASE("file menu: Ctrl+E and Ctrl+Shift+E open the two export dialogs", "[studio][files][menu]") {
    TempFolder folder("menu-export-keys");
    studio::test::XdgFolders xdg(folder.path());
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork(), folder / "network.orgweave.json");
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    studio::test::pressKey(imgui, 'E', draw);
    io.KeyCtrl = false;
    imgui.frame(draw);
    CHECK(window.pictureExport().dialog().isOpen());
    window.pictureExport().dialog().close();
    imgui.frame(draw);
    imgui.frame(draw);
    io.KeyCtrl = true;
    io.KeyShift = true;
    studio::test::pressKey(imgui, 'E', draw);
    io.KeyCtrl = false;
    io.KeyShift = false;
    imgui.frame(draw);
    CHECK(window.slideExport().dialog().isOpen());
    CHECK_FALSE(window.pictureExport().dialog().isOpen());
}

TEST_CASE("file menu: Save As…, New and Close through the menu", "[studio][files][menu]") {
    TempFolder folder("menu-save-as");
    studio::test::XdgFolders xdg(folder.path());
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());

    chooseMenuItem(imgui, window, "File", "Save As\xE2\x80\xA6");
    studio::FileDialog& dialog = window.files().dialog();
    REQUIRE(dialog.isOpen());
    const std::filesystem::path written = folder / "menu.orgweave.json";
    acceptDialog(imgui, window, dialog, written, "Save");
    REQUIRE(std::filesystem::exists(written));
    CHECK(core::loadDocument(written).ok());
    CHECK(window.document()->path() == written);

    chooseMenuItem(imgui, window, "File", "New");
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->model().nodes.empty());
    // An empty network says how to start, not "No document open".
    CHECK(window.canvas().hint().find("No document open") == std::string::npos);
    CHECK(window.canvas().hint().find("palette") != std::string::npos);

    chooseMenuItem(imgui, window, "File", "Close");
    CHECK(window.document() == nullptr);
    CHECK(window.canvas().hint().find("No document open") != std::string::npos);
}

TEST_CASE("main window: the panel splitter can be grabbed over its whole width", "[studio][window]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    const auto draw = [&] { window.draw(); };
    imgui.frame(draw);
    imgui.frame(draw);
    const studio::Rect splitter = window.splitterRect();
    REQUIRE(splitter.width() > 4.0f);
    const float before = window.panelWidth();
    // Grab it near its outer (left) edge, which used to lie in the clipped padding, and drag left.
    imgui.mouseAt({splitter.min.x + 1.0f, splitter.center().y});
    imgui.frame(draw);
    imgui.mouseButton(0, true);
    imgui.frame(draw);
    for (int i = 1; i <= 4; ++i) {
        imgui.mouseAt({splitter.min.x + 1.0f - 20.0f * static_cast<float>(i), splitter.center().y});
        imgui.frame(draw);
    }
    imgui.mouseButton(0, false);
    imgui.frame(draw);
    CHECK(window.panelWidth() == Approx(before + 80.0f).margin(1.0f));
}

TEST_CASE("help menu: Keyboard shortcuts lists every shortcut the menus show", "[studio][menu]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    chooseMenuItem(imgui, window, "Help", "Keyboard shortcuts");
    CHECK(window.shortcuts().isOpen());

    std::set<std::string> listed;
    for (const studio::Shortcut& shortcut : studio::ShortcutsWindow::all()) {
        CHECK_FALSE(shortcut.action.empty());
        listed.insert(std::string(shortcut.keys));
    }
    // The key texts the File, Edit, View and Help menus show, and the canvas and phase keys.
    for (const char* keys : {"Ctrl+N", "Ctrl+O",
                             "Ctrl+S", "Ctrl+Shift+S",
                             "Ctrl+E", "Ctrl+Shift+E",
                             "Ctrl+W", "Ctrl+Q",
                             "Ctrl+Z", "Ctrl+Y",
                             "Ctrl+X", "Ctrl+C",
                             "Ctrl+V", "Ctrl+D",
                             "Del",    "Ctrl+A",
                             "Esc",    "F",
                             "Ctrl+=", "Ctrl+-",
                             "Ctrl+0", "L",
                             "F1",     "F5"}) {
        INFO(keys);
        CHECK(listed.count(keys) == 1);
    }
}

TEST_CASE("view menu: zoom in, zoom out and actual size keep the view where the user put it",
          "[studio][menu]") {
    HeadlessImGui imgui;
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    imgui.frame([&] { window.draw(); });
    const float fitted = window.canvas().camera().zoom();
    chooseMenuItem(imgui, window, "View", "Zoom in");
    CHECK(window.canvas().camera().zoom() == Approx(fitted * 1.25f));
    CHECK_FALSE(window.canvas().followsFit());
    chooseMenuItem(imgui, window, "View", "Zoom out");
    CHECK(window.canvas().camera().zoom() == Approx(fitted));
    chooseMenuItem(imgui, window, "View", "Actual size (100 %)");
    CHECK(window.canvas().camera().zoom() == Approx(1.0f));
    chooseMenuItem(imgui, window, "View", "Fit to window");
    imgui.frame([&] { window.draw(); });
    CHECK(window.canvas().camera().zoom() == Approx(fitted));
}

TEST_CASE("main window: keys go where the pointer is, not into the field that last had focus",
          "[studio][window][keys]") {
    HeadlessImGui imgui;
    studio::test::mapNamedKeys();
    MainWindow window;
    window.setDocument(studio::test::smallNetwork());
    const auto draw = [&] { window.draw(); };
    const std::string id = window.document()->model().nodes.front().id;
    const std::string label = window.document()->model().nodes.front().label;
    window.workspace().selection().selectNode(id);
    window.showPanel("Inspector");
    imgui.frame(draw);
    imgui.frame(draw);
    auto* inspector = dynamic_cast<studio::InspectorPanel*>(window.panel("Inspector"));
    REQUIRE(inspector != nullptr);
    const std::optional<studio::ItemRect> field = inspector->nodePage().fields().rects().find("##label");
    REQUIRE(field.has_value());
    studio::test::click(imgui, toRect(*field), draw);
    imgui.frame(draw);
    REQUIRE(ImGui::GetIO().WantTextInput);

    // Typed with the pointer over the field: it goes into the field.
    ImGui::GetIO().AddInputCharacter('X');
    imgui.frame(draw);
    imgui.frame(draw);
    REQUIRE(ImGui::GetIO().WantTextInput);

    // The pointer moves over the canvas (no click) and F is pressed: the canvas fits, the label
    // does not become "…f", and the edit typed so far is committed.
    window.canvas().camera().panBy({300.0f, 0.0f});
    const ImVec2 panned = window.canvas().camera().pan();
    const studio::Rect canvas = window.canvas().viewport();
    imgui.mouseAt({canvas.min.x + 20.0f, canvas.max.y - 20.0f});
    imgui.frame(draw);
    imgui.key('F', true);
    ImGui::GetIO().AddInputCharacter('f');
    imgui.frame(draw);
    imgui.key('F', false);
    imgui.frame(draw);
    imgui.frame(draw);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    // F framed the selected node: the camera moved away from where the pan left it.
    const ImVec2 framed = window.canvas().camera().pan();
    CHECK((framed.x != panned.x || framed.y != panned.y));
    const std::string now = window.document()->model().findNode(id)->label;
    CHECK(now.find('f') == std::string::npos);
    CHECK(now.find('X') != std::string::npos);
    CHECK(now != label);
}
