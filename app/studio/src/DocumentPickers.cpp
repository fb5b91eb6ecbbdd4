#include "orgweave/studio/DocumentPickers.hpp"

#include <imgui.h>

#include <algorithm>

namespace orgweave::studio {

std::string nodeDisplay(const core::Model& model, const std::string& id) {
    if (id.empty())
        return "(none)";
    if (const core::Node* node = model.findNode(id))
        return node->displayLabel();
    return id + " (missing)";
}

bool pickNode(const char* id, const core::Model& model, core::NodeKind kind, std::string& value,
              const NodeFilter& filter, bool allowNone) {
    const std::string preview = nodeDisplay(model, value);
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (allowNone && ImGui::Selectable("(none)", value.empty()) && !value.empty()) {
            value.clear();
            changed = true;
        }
        for (const core::Node& node : model.nodes) {
            if (node.kind != kind || (filter && !filter(node)))
                continue;
            ImGui::PushID(node.id.c_str());
            if (ImGui::Selectable(node.displayLabel().c_str(), node.id == value) && node.id != value) {
                value = node.id;
                changed = true;
            }
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", node.id.c_str());
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool pickNodes(const char* id, const core::Model& model, core::NodeKind kind,
               std::vector<std::string>& values) {
    std::string preview;
    for (const std::string& value : values)
        preview += (preview.empty() ? "" : ", ") + nodeDisplay(model, value);
    if (preview.empty())
        preview = "(none)";
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        for (const core::Node& node : model.nodes) {
            if (node.kind != kind)
                continue;
            ImGui::PushID(node.id.c_str());
            const auto found = std::find(values.begin(), values.end(), node.id);
            bool on = found != values.end();
            if (ImGui::Checkbox(node.displayLabel().c_str(), &on)) {
                if (on)
                    values.push_back(node.id);
                else
                    values.erase(found);
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool phaseChecklist(const char* id, const std::vector<core::Phase>& phases,
                    std::vector<std::string>& values) {
    bool changed = false;
    ImGui::PushID(id);
    for (const core::Phase& phase : phases) {
        ImGui::PushID(phase.id.c_str());
        const auto found = std::find(values.begin(), values.end(), phase.id);
        bool on = values.empty() || found != values.end();
        const std::string label = (phase.label.empty() ? phase.id : phase.label) +
                                  (phase.start.empty() && phase.end.empty()
                                       ? std::string()
                                       : "  (" + phase.start + " \xE2\x80\x93 " + phase.end + ")");
        if (ImGui::Checkbox(label.c_str(), &on)) {
            if (values.empty()) {
                for (const core::Phase& other : phases) {
                    if (other.id != phase.id)
                        values.push_back(other.id);
                }
            } else if (on) {
                values.push_back(phase.id);
            } else {
                values.erase(found);
            }
            if (values.size() == phases.size())
                values.clear();  // every phase again: no limit
            changed = true;
        }
        ImGui::PopID();
    }
    ImGui::PopID();
    return changed;
}

}  // namespace orgweave::studio
