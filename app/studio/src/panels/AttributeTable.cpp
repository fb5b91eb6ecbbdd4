#include "orgweave/studio/panels/AttributeTable.hpp"
#include <orgweave/core/Translate.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace orgweave::studio {

bool AttributeTable::draw(const char* id, const nlohmann::json& attrs, nlohmann::json& edited,
                          FieldEditor& fields) {
    bool changed = false;
    ImGui::PushID(id);
    if (ImGui::BeginTable("##attrs", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthStretch, 0.4f);
        ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn("remove", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
        if (attrs.is_object()) {
            for (const auto& [key, value] : attrs.items()) {
                ImGui::PushID(key.c_str());
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(key.c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::SetNextItemWidth(-FLT_MIN);
                if (value.is_string()) {
                    std::string typed;
                    if (fields.text("##value", value.get<std::string>(), typed) && !changed) {
                        edited = attrs;
                        edited[key] = typed;
                        changed = true;
                    }
                } else {
                    const std::string json = value.dump();
                    ImGui::AlignTextToFramePadding();
                    ImGui::TextDisabled("%s", json.c_str());
                    if (ImGui::IsItemHovered())
                        ImGui::SetTooltip("%s",
                                          core::tr("Not a string: kept as given, edit it in the file."));
                }
                ImGui::TableSetColumnIndex(2);
                if (ImGui::SmallButton("x") && !changed) {
                    edited = attrs;
                    edited.erase(key);
                    changed = true;
                }
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip(core::tr("Remove \"%s\""), key.c_str());
                ImGui::PopID();
            }
        }
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##new-key", "new key", &m_newKey);
        ImGui::TableSetColumnIndex(1);
        ImGui::SetNextItemWidth(-FLT_MIN);
        const bool entered = ImGui::InputTextWithHint("##new-value", "value", &m_newValue,
                                                      ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::TableSetColumnIndex(2);
        const bool add = ImGui::SmallButton("+");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", core::tr("Add the attribute"));
        if ((entered || add) && !m_newKey.empty() && !changed) {
            edited = attrs.is_object() ? attrs : nlohmann::json::object();
            edited[m_newKey] = m_newValue;
            changed = true;
            m_newKey.clear();
            m_newValue.clear();
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
    return changed;
}

void AttributeTable::reset() {
    m_newKey.clear();
    m_newValue.clear();
}

}  // namespace orgweave::studio
