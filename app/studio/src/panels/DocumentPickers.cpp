#include "orgweave/studio/panels/DocumentPickers.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/PhaseEdits.hpp"
#include "orgweave/studio/canvas/PhaseTimeline.hpp"

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
        if (allowNone && ImGui::Selectable(core::tr("(none)"), value.empty()) && !value.empty()) {
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
        const std::string dates = PhaseTimeline::dateRange(phase);
        const std::string label =
            phase.displayLabel() + (dates.empty() ? std::string() : "  (" + dates + ")");
        if (ImGui::Checkbox(label.c_str(), &on)) {
            // Every phase again is no limit; the last phase of an item cannot be unticked.
            std::vector<std::string> edited = core::withPhaseMembership(values, phases, phase.id, on);
            changed = changed || edited != values;
            values = std::move(edited);
        }
        ImGui::PopID();
    }
    ImGui::PopID();
    return changed;
}

}  // namespace orgweave::studio
