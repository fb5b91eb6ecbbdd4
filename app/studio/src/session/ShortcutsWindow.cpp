#include "orgweave/studio/session/ShortcutsWindow.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/studio/support/Keys.hpp"

#include <imgui.h>

#include <array>
#include <string>

namespace orgweave::studio {

namespace {

constexpr std::array kShortcuts{
    Shortcut{"Files", "Ctrl+N", "New network"},
    Shortcut{"Files", "Ctrl+O", "Open a network (any format orgweave reads)"},
    Shortcut{"Files", "Ctrl+S", "Save"},
    Shortcut{"Files", "Ctrl+Shift+S", "Save as"},
    Shortcut{"Files", "Ctrl+E", "Export the picture (SVG, PNG, PDF)"},
    Shortcut{"Files", "Ctrl+Shift+E", "Export the views as slides"},
    Shortcut{"Files", "Ctrl+W", "Close the network"},
    Shortcut{"Files", "Ctrl+Q", "Quit"},
    Shortcut{"Editing", "Ctrl+Z", "Undo"},
    Shortcut{"Editing", "Ctrl+Y", "Redo (also Ctrl+Shift+Z)"},
    Shortcut{"Editing", "Ctrl+X", "Cut the selected nodes"},
    Shortcut{"Editing", "Ctrl+C", "Copy the selected nodes"},
    Shortcut{"Editing", "Ctrl+V", "Paste"},
    Shortcut{"Editing", "Ctrl+D", "Duplicate the selected nodes"},
    Shortcut{"Editing", "Del", "Delete the selection (also Backspace)"},
    Shortcut{"Editing", "Ctrl+A", "Select every node"},
    Shortcut{"Editing", "Esc", "Clear the selection"},
    Shortcut{"Canvas", "Click", "Select a node, tie or note"},
    Shortcut{"Canvas", "Shift+click", "Add to the selection"},
    Shortcut{"Canvas", "Shift+drag", "Select by box (on the background)"},
    Shortcut{"Canvas", "Drag", "Move the selection (on a node) or pan (on the background)"},
    Shortcut{"Canvas", "Drag from the rim", "Tie two nodes: from a node's outer ring to another node"},
    Shortcut{"Canvas", "Alt/Ctrl+drag", "Tie two nodes: from anywhere on a node to another node"},
    Shortcut{"Canvas", "C", "Connect mode: every drag from a node ties it (C or Esc leaves)"},
    Shortcut{"Canvas", "Double-click a node", "Edit its label in place (Enter keeps, Esc cancels)"},
    Shortcut{"Canvas", "F2", "Rename the selected node in place"},
    Shortcut{"Editing", "Ctrl+F",
             "Find nodes by label, id or attribute (Enter: next, Shift+Enter: previous)"},
    Shortcut{"Canvas", "Double-click", "Add a node of the last kind chosen (on the background)"},
    Shortcut{"Canvas", "Right-click",
             "Menu: rename, select neighbours, connect to, what if this leaves, pin, delete, add here"},
    Shortcut{"Canvas", "Wheel", "Zoom about the pointer"},
    Shortcut{"View", "F", "Fit the network (or frame the selection)"},
    Shortcut{"View", "Ctrl+=", "Zoom in (also Ctrl++)"},
    Shortcut{"View", "Ctrl+-", "Zoom out"},
    Shortcut{"View", "Ctrl+0", "Actual size (100 %)"},
    Shortcut{"View", "L", "Show or hide the legend"},
    Shortcut{"View", "F1", "This list of shortcuts"},
    Shortcut{"Phases", "Left / Right", "Previous or next phase (on the canvas)"},
    Shortcut{"Presenting", "F5", "Present the views"},
    Shortcut{"Presenting", "Right / Space / PageDown", "Next view"},
    Shortcut{"Presenting", "Left / PageUp", "Previous view"},
    Shortcut{"Presenting", "Home / End", "First or last view"},
    Shortcut{"Presenting", "Esc", "Leave presentation mode"},
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
    if (ImGui::Begin("Keyboard shortcuts", &m_open,
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
                    ImGui::TextDisabled("%.*s", static_cast<int>(group.size()), group.data());
                }
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(shortcut.keys.data(), shortcut.keys.data() + shortcut.keys.size());
                ImGui::TableSetColumnIndex(1);
                ImGui::TextWrapped("%.*s", static_cast<int>(shortcut.action.size()), shortcut.action.data());
            }
            ImGui::EndTable();
        }
        if (ImGui::Button(core::tr("Close")))
            m_open = false;
    }
    ImGui::End();
}

}  // namespace orgweave::studio
