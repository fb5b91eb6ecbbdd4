#include "orgweave/studio/canvas/Palette.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/canvas/Painter.hpp"
#include "orgweave/studio/canvas/Style.hpp"
#include "orgweave/studio/session/EditActions.hpp"

#include <imgui.h>

#include <string>

namespace orgweave::studio {

void Palette::draw(const Rect& area, CanvasEditor& editor, float scale, bool enabled) {
    ImGui::SetNextWindowPos(area.min);
    ImGui::SetNextWindowSize(area.size());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(5.0f * scale, 8.0f * scale));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 6.0f * scale));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    if (ImGui::Begin("##palette", nullptr, flags)) {
        const float side = area.width() - 10.0f * scale;
        ImDrawList* drawList = ImGui::GetWindowDrawList();
        Painter painter(drawList, scale);
        ImGui::BeginDisabled(!enabled);
        for (const core::NodeKind kind : core::kAllNodeKinds) {
            ImGui::PushID(static_cast<int>(kind));
            const bool armed = editor.placingKind() == kind;
            const bool isDefault = editor.defaultKind() == kind;
            const ImVec2 topLeft = ImGui::GetCursorScreenPos();
            if (ImGui::InvisibleButton("##kind", ImVec2(side, side))) {
                editor.setPlacingKind(armed ? std::nullopt : std::optional<core::NodeKind>(kind));
                editor.setDefaultKind(kind);
            }
            const bool hovered = ImGui::IsItemHovered();
            // Light tiles in both themes: the shapes keep the canvas's colours and contrast.
            const ImU32 background = armed     ? IM_COL32(190, 212, 240, 255)
                                     : hovered ? IM_COL32(222, 232, 245, 255)
                                               : IM_COL32(246, 247, 249, 255);
            drawList->AddRectFilled(topLeft, topLeft + ImVec2(side, side), background, 5.0f * scale);
            if (isDefault)
                drawList->AddRect(topLeft, topLeft + ImVec2(side, side), IM_COL32(21, 101, 192, 160),
                                  5.0f * scale, 0, 1.2f * scale);
            const ImU32 fill =
                kind == core::NodeKind::Committee ? Style::neutralFill(kind) : IM_COL32(150, 170, 190, 255);
            painter.shape(Style::shapeOf(kind), topLeft + ImVec2(side, side) * 0.5f, side * 0.3f,
                          enabled ? fill : IM_COL32(200, 200, 200, 255), IM_COL32(60, 70, 80, 255), 1.2f);
            if (hovered) {
                const core::VocabularyEntry* entry = core::vocabulary::nodeKinds().find(core::toString(kind));
                ImGui::BeginTooltip();
                ImGui::TextUnformatted(EditActions::kindTitle(kind).c_str());
                if (entry != nullptr) {
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22.0f);
                    ImGui::TextDisabled("%s", entry->describe().data());
                    ImGui::PopTextWrapPos();
                }
                ImGui::TextDisabled(
                    "%s", core::tr("Click, then click on the canvas to place one (Shift: several).\n"
                                   "Double-click on the canvas adds the last kind chosen."));
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
        ImGui::EndDisabled();
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
}

}  // namespace orgweave::studio
