#include "orgweave/studio/session/ShortcutsWindow.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/studio/support/Keys.hpp"

#include <imgui.h>

#include <array>
#include <string>

namespace orgweave::studio {

namespace {

constexpr std::array kShortcuts{
    Shortcut{core::N_("Files"), "Ctrl+N", core::N_("New network")},
    Shortcut{core::N_("Files"), "Ctrl+O", core::N_("Open a network (any format orgweave reads)")},
    Shortcut{core::N_("Files"), "Ctrl+S", core::N_("Save")},
    Shortcut{core::N_("Files"), "Ctrl+Shift+S", core::N_("Save as")},
    Shortcut{core::N_("Files"), "Ctrl+E", core::N_("Export the picture (SVG, PNG, PDF)")},
    Shortcut{core::N_("Files"), "Ctrl+Shift+E", core::N_("Export the views as slides")},
    Shortcut{core::N_("Files"), "Ctrl+W", core::N_("Close the network")},
    Shortcut{core::N_("Files"), "Ctrl+Q", core::N_("Quit")},
    Shortcut{core::N_("Editing"), "Ctrl+Z", core::N_("Undo")},
    Shortcut{core::N_("Editing"), "Ctrl+Y", core::N_("Redo (also Ctrl+Shift+Z)")},
    Shortcut{core::N_("Editing"), "Ctrl+X", core::N_("Cut the selected nodes")},
    Shortcut{core::N_("Editing"), "Ctrl+C", core::N_("Copy the selected nodes")},
    Shortcut{core::N_("Editing"), "Ctrl+V", core::N_("Paste")},
    Shortcut{core::N_("Editing"), "Ctrl+D", core::N_("Duplicate the selected nodes")},
    Shortcut{core::N_("Editing"), "Del", core::N_("Delete the selection (also Backspace)")},
    Shortcut{core::N_("Editing"), "Ctrl+A", core::N_("Select every node")},
    Shortcut{core::N_("Editing"), "Esc", core::N_("Clear the selection")},
    Shortcut{core::N_("Canvas"), core::N_("Click"), core::N_("Select a node, tie or note")},
    Shortcut{core::N_("Canvas"), core::N_("Shift+click"), core::N_("Add to the selection")},
    Shortcut{core::N_("Canvas"), core::N_("Shift+drag"), core::N_("Select by box (on the background)")},
    Shortcut{core::N_("Canvas"), core::N_("Drag"),
             core::N_("Move the selection (on a node) or pan (on the background)")},
    Shortcut{core::N_("Canvas"), core::N_("Drag from the rim"),
             core::N_("Tie two nodes: from a node's outer ring to another node")},
    Shortcut{core::N_("Canvas"), core::N_("Alt/Ctrl+drag"),
             core::N_("Tie two nodes: from anywhere on a node to another node")},
    Shortcut{core::N_("Canvas"), "C",
             core::N_("Connect mode: every drag from a node ties it (C or Esc leaves)")},
    Shortcut{core::N_("Canvas"), core::N_("Double-click a node"),
             core::N_("Edit its label in place (Enter keeps, Esc cancels)")},
    Shortcut{core::N_("Canvas"), "F2", core::N_("Rename the selected node in place")},
    Shortcut{core::N_("Editing"), "Ctrl+F",
             core::N_("Find nodes by label, id or attribute (Enter: next, Shift+Enter: previous)")},
    Shortcut{core::N_("Canvas"), core::N_("Double-click"),
             core::N_("Add a node of the last kind chosen (on the background)")},
    Shortcut{
        core::N_("Canvas"), core::N_("Right-click"),
        core::N_("Menu: rename, select neighbours, connect to, what if this leaves, pin, delete, add here")},
    Shortcut{core::N_("Canvas"), core::N_("Wheel"), core::N_("Zoom about the pointer")},
    Shortcut{core::N_("View"), "F", core::N_("Fit the network (or frame the selection)")},
    Shortcut{core::N_("View"), "Ctrl+=", core::N_("Zoom in (also Ctrl++)")},
    Shortcut{core::N_("View"), "Ctrl+-", core::N_("Zoom out")},
    Shortcut{core::N_("View"), "Ctrl+0", core::N_("Actual size (100 %)")},
    Shortcut{core::N_("View"), "L", core::N_("Show or hide the legend")},
    Shortcut{core::N_("View"), "F1", core::N_("This list of shortcuts")},
    Shortcut{core::N_("Phases"), "Left / Right", core::N_("Previous or next phase (on the canvas)")},
    Shortcut{core::N_("Presenting"), "F5", core::N_("Present the views")},
    Shortcut{core::N_("Presenting"), "Right / Space / PageDown", core::N_("Next view")},
    Shortcut{core::N_("Presenting"), "Left / PageUp", core::N_("Previous view")},
    Shortcut{core::N_("Presenting"), "Home / End", core::N_("First or last view")},
    Shortcut{core::N_("Presenting"), "Esc", core::N_("Leave presentation mode")},
};

}  // namespace

std::span<const Shortcut> ShortcutsWindow::all() {
    return kShortcuts;
}

void ShortcutsWindow::draw(float scale) {
    if (!m_open)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560.0f * scale, std::min(640.0f * scale, viewport->Size.y * 0.9f)),
                             ImGuiCond_Appearing);
    const std::string title = std::string(core::tr("Keyboard shortcuts")) + "###shortcuts";
    if (ImGui::Begin(title.c_str(), &m_open,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && namedKeyPressed(ImGuiKey_Escape))
            m_open = false;
        std::string_view group;
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
        if (ImGui::BeginTable("##shortcuts", 2, flags)) {
            ImGui::TableSetupColumn(core::tr("Keys"), ImGuiTableColumnFlags_WidthFixed, 170.0f * scale);
            ImGui::TableSetupColumn(core::tr("Action"), ImGuiTableColumnFlags_WidthStretch);
            for (const Shortcut& shortcut : kShortcuts) {
                if (shortcut.group != group) {
                    group = shortcut.group;
                    ImGui::TableNextRow();
                    ImGui::TableSetColumnIndex(0);
                    ImGui::Dummy(ImVec2(0.0f, 4.0f * scale));
                    ImGui::TextDisabled("%s", core::tr(group.data()));
                }
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(core::tr(shortcut.keys.data()));
                ImGui::TableSetColumnIndex(1);
                ImGui::TextWrapped("%s", core::tr(shortcut.action.data()));
            }
            ImGui::EndTable();
        }
        if (ImGui::Button(core::tr("Close")))
            m_open = false;
    }
    ImGui::End();
}

}  // namespace orgweave::studio
