#include "orgweave/studio/panels/VocabularyPicker.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/studio/panels/FieldEditor.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace orgweave::studio {

std::string VocabularyPicker::summary(const core::Vocabulary& vocabulary,
                                      const std::vector<std::string>& values) {
    std::string text;
    for (const std::string& value : values) {
        if (!text.empty())
            text += ", ";
        text += std::string(vocabulary.labelOf(value));
    }
    return text;
}

bool VocabularyPicker::toggle(std::vector<std::string>& values, const std::string& value, bool on) {
    const auto found = std::find(values.begin(), values.end(), value);
    if (on && found == values.end()) {
        values.push_back(value);
        return true;
    }
    if (!on && found != values.end()) {
        values.erase(found);
        return true;
    }
    return false;
}

bool VocabularyPicker::customField(const core::Vocabulary& vocabulary, std::string& typed) {
    if (!vocabulary.open)
        return false;
    ImGui::Separator();
    ImGui::TextDisabled("%s", core::tr("custom\xE2\x80\xA6"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    const bool entered = ImGui::InputTextWithHint("##custom", "own value, Enter to add", &m_custom,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    itemTooltip(core::tr("A value of your own; it is kept as typed (use lower_case_with_underscores)."));
    if (entered && !m_custom.empty()) {
        typed = m_custom;
        m_custom.clear();
        return true;
    }
    return false;
}

bool VocabularyPicker::combo(const char* id, const core::Vocabulary& vocabulary, std::string& value,
                             bool allowNone) {
    const core::VocabularyEntry* current = vocabulary.find(value);
    const std::string preview = value.empty() ? std::string("(none)")
                                : current     ? std::string(current->label)
                                              : value + " (custom)";
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (allowNone && ImGui::Selectable(core::tr("(none)"), value.empty()) && !value.empty()) {
            value.clear();
            changed = true;
        }
        m_rects.recordLastItem("(none)");
        for (const core::VocabularyEntry& entry : vocabulary.entries) {
            ImGui::PushID(entry.id.data(), entry.id.data() + entry.id.size());
            const std::string label(entry.label);
            if (ImGui::Selectable(label.c_str(), value == entry.id) && value != entry.id) {
                value = std::string(entry.id);
                changed = true;
            }
            m_rects.recordLastItem(entry.id);
            itemTooltip(entry.describe());
            ImGui::PopID();
        }
        if (!value.empty() && !current)
            ImGui::Selectable((value + " (custom)").c_str(), true);
        std::string typed;
        if (customField(vocabulary, typed) && typed != value) {
            value = typed;
            changed = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndCombo();
    }
    if (current)
        itemTooltip(current->describe());
    return changed;
}

bool VocabularyPicker::checkboxes(const core::Vocabulary& vocabulary, std::vector<std::string>& values) {
    bool changed = false;
    for (const core::VocabularyEntry& entry : vocabulary.entries) {
        ImGui::PushID(entry.id.data(), entry.id.data() + entry.id.size());
        const std::string value(entry.id);
        bool on = std::find(values.begin(), values.end(), value) != values.end();
        const std::string label(entry.label);
        if (ImGui::Checkbox(label.c_str(), &on))
            changed |= toggle(values, value, on);
        m_rects.recordLastItem(entry.id);
        itemTooltip(entry.describe());
        ImGui::PopID();
    }
    const std::vector<std::string> snapshot = values;
    for (const std::string& value : snapshot) {
        if (vocabulary.contains(value))
            continue;
        ImGui::PushID(value.c_str());
        bool on = true;
        if (ImGui::Checkbox((value + " (custom)").c_str(), &on))
            changed |= toggle(values, value, on);
        ImGui::PopID();
    }
    return changed;
}

bool VocabularyPicker::multiCombo(const char* id, const core::Vocabulary& vocabulary,
                                  std::vector<std::string>& values) {
    const std::string preview = values.empty() ? std::string("(none)") : summary(vocabulary, values);
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        changed |= checkboxes(vocabulary, values);
        std::string typed;
        if (customField(vocabulary, typed))
            changed |= toggle(values, typed, true);
        ImGui::EndCombo();
    }
    itemTooltip(values.empty() ? std::string_view{} : std::string_view(preview));
    return changed;
}

bool VocabularyPicker::checklist(const char* id, const core::Vocabulary& vocabulary,
                                 std::vector<std::string>& values) {
    bool changed = false;
    ImGui::PushID(id);
    changed |= checkboxes(vocabulary, values);
    if (vocabulary.open) {
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::InputTextWithHint("##custom", "custom\xE2\x80\xA6 (Enter to add)", &m_custom,
                                     ImGuiInputTextFlags_EnterReturnsTrue) &&
            !m_custom.empty()) {
            changed |= toggle(values, m_custom, true);
            m_custom.clear();
        }
    }
    ImGui::PopID();
    return changed;
}

}  // namespace orgweave::studio
