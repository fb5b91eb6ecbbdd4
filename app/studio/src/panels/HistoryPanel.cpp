#include "orgweave/studio/panels/HistoryPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include <imgui.h>

#include <string>

namespace orgweave::studio {

void HistoryPanel::draw(Workspace& workspace) {
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    const core::UndoStack& history = workspace.document().history();
    ImGui::BeginDisabled(!history.canUndo());
    if (ImGui::Button(core::tr("Undo")))
        workspace.undo();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!history.canRedo());
    if (ImGui::Button(core::tr("Redo")))
        workspace.redo();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled(core::tr("%zu steps"), history.size());
    ImGui::Separator();

    std::optional<std::size_t> goTo;
    if (ImGui::BeginChild("##history-list")) {
        // Entry 0 is the document as opened; entry k is the state after command k.
        const std::size_t current = history.index();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(history.size() + 1));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const auto k = static_cast<std::size_t>(row);
                std::string text =
                    k == 0 ? std::string(core::tr("Opened document")) : history.at(k - 1).description();
                if (k > current)
                    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::PushID(row);
                if (ImGui::Selectable(text.c_str(), k == current))
                    goTo = k;
                ImGui::PopID();
                if (k > current)
                    ImGui::PopStyleColor();
            }
        }
        if (current != m_lastIndex) {
            ImGui::SetScrollY(static_cast<float>(current) * ImGui::GetTextLineHeightWithSpacing() -
                              ImGui::GetWindowHeight() * 0.5f);
            m_lastIndex = current;
        }
    }
    ImGui::EndChild();
    if (goTo)
        workspace.goToHistory(*goTo);
}

}  // namespace orgweave::studio
