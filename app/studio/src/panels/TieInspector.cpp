// TieInspector: sections · page · ends · membership · relational coordination
#include "orgweave/studio/panels/TieInspector.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/TieRules.hpp"

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/panels/DocumentPickers.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <memory>

namespace orgweave::studio {

namespace {

namespace vocab = core::vocabulary;

std::string_view descriptionOf(const core::Vocabulary& vocabulary, std::string_view id) {
    const core::VocabularyEntry* entry = vocabulary.find(id);
    return entry ? entry->describe() : std::string_view{};
}

}  // namespace

// --------------------------------------------------------------------------------------------- page

void TieInspector::reset() {
    m_fields.reset();
    m_attributes.reset();
}

void TieInspector::submit(Workspace& workspace, const core::Tie& before, const core::Tie& after) {
    if (after == before)
        return;
    const std::string id = before.id;
    m_fields.submit(workspace, [id, after] { return std::make_unique<core::EditTieCommand>(id, after); });
}

void TieInspector::draw(Workspace& workspace, const core::Tie& current) {
    const core::Tie tie = current;  // the model may change under us when an edit executes
    ImGui::PushID(tie.id.c_str());
    drawEnds(workspace, tie);
    if (tie.kind == core::TieKind::MemberOf)
        drawMembership(workspace, tie);
    if (tie.kind == core::TieKind::Collaborates || !tie.details->rc.empty())
        drawCoordination(workspace, tie);
    const core::Model& model = workspace.document().model();
    if (!model.annotations.phases.empty() &&
        ImGui::CollapsingHeader(core::tr("Phases"), ImGuiTreeNodeFlags_DefaultOpen)) {
        core::Tie after = tie;
        const bool changed = phaseChecklist("##phases", model.annotations.phases, after.phases);
        m_fields.track("##phases");
        if (changed)
            submit(workspace, tie, after);
    }
    if (ImGui::CollapsingHeader(core::tr("Attributes"))) {
        nlohmann::json edited;
        if (m_attributes.draw("##attrs", tie.attrs, edited, m_fields)) {
            core::Tie after = tie;
            after.attrs = edited;
            submit(workspace, tie, after);
        }
    }
    ImGui::PopID();
}

// --------------------------------------------------------------------------------------------- ends

void TieInspector::drawEnds(Workspace& workspace, const core::Tie& tie) {
    const core::Model& model = workspace.document().model();
    const core::Node* source = model.findNode(tie.source);
    const core::Node* target = model.findNode(tie.target);
    const std::string kindLabel(vocab::tieKinds().labelOf(core::toString(tie.kind)));
    ImGui::TextDisabled("%s", core::tr("Tie"));
    ImGui::SameLine();
    ImGui::TextUnformatted(kindLabel.c_str());
    if (!m_fields.beginForm("##tie"))
        return;

    m_fields.row(core::tr("Id"), core::tr("Stable identifier used in the file; it cannot be changed here."));
    std::string id = tie.id;
    ImGui::InputText("##id", &id, ImGuiInputTextFlags_ReadOnly);
    itemTooltip(core::tr("Read-only: select the text to copy it."));

    m_fields.row(core::tr("Kind"), descriptionOf(vocab::tieKinds(), core::toString(tie.kind)));
    const std::vector<core::TieKind> kinds =
        source && target ? core::tieKindsBetween(source->kind, target->kind) : std::vector<core::TieKind>{};
    std::optional<core::TieKind> pickedKind;
    if (ImGui::BeginCombo("##kind", kindLabel.c_str())) {
        for (core::TieKind kind : core::kAllTieKinds) {
            const bool valid = std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
            if (!valid && kind != tie.kind)
                continue;
            const std::string label(vocab::tieKinds().labelOf(core::toString(kind)));
            if (ImGui::Selectable(label.c_str(), kind == tie.kind) && kind != tie.kind)
                pickedKind = kind;
            itemTooltip(descriptionOf(vocab::tieKinds(), core::toString(kind)));
        }
        ImGui::EndCombo();
    }
    itemTooltip(core::tr("Only the kinds that fit between these two ends are offered."));
    m_fields.track("##kind");
    if (pickedKind) {
        core::Tie after = tie;
        after.kind = *pickedKind;
        if (after.kind != core::TieKind::MemberOf) {
            after.details.edit().seat.clear();
            after.details.edit().represents.clear();
        }
        submit(workspace, tie, after);
    }

    std::string select;
    auto end = [&](const char* label, const char* widgetId, const std::string& nodeId,
                   const core::Node* node) {
        m_fields.row(label, core::tr("Click to select this node."));
        const std::string text = node ? node->displayLabel() : nodeId + " (missing)";
        ImGui::PushID(widgetId);
        if (ImGui::Selectable(text.c_str(), false) && node)
            select = nodeId;
        if (node)
            itemTooltip(std::string(vocab::nodeKinds().labelOf(core::toString(node->kind))) + " " + nodeId +
                        ": click to select it");
        m_ends.recordLastItem(widgetId + 2);  // without "##"
        ImGui::PopID();
    };
    end("Source", "##source", tie.source, source);
    end("Target", "##target", tie.target, target);

    core::Tie after = tie;
    m_fields.row(core::tr("Directed"), core::tr("Whether the tie points from source to target."));
    bool directed = tie.isDirected();
    const bool directedChanged = ImGui::Checkbox("##directed", &directed);
    ImGui::SameLine();
    ImGui::TextDisabled(tie.directed ? "(set on the tie)" : "(default for the kind)");
    m_fields.track("##directed");
    if (directedChanged) {
        after.directed =
            directed == core::isDirectedByDefault(tie.kind) ? std::nullopt : std::optional<bool>(directed);
        submit(workspace, tie, after);
    }

    after = tie;
    m_fields.row(core::tr("Weight"), core::tr("A positive strength; empty means unweighted."));
    std::optional<double> weight;
    if (m_fields.number("##weight", tie.weight, weight, false)) {
        after.weight = weight;
        submit(workspace, tie, after);
    }

    after = tie;
    m_fields.row(core::tr("Label"), core::tr("Shown on the canvas beside the tie."));
    if (m_fields.text("##label", tie.details->label, after.details.edit().label))
        submit(workspace, tie, after);

    after = tie;
    m_fields.row(core::tr("Note"), core::tr("Free text."));
    if (m_fields.multiline("##note", tie.details->note, after.details.edit().note, 2.0f))
        submit(workspace, tie, after);
    m_fields.endForm();

    if (!select.empty())
        workspace.selection().selectNode(select);
}

// --------------------------------------------------------------------------------------- membership

void TieInspector::drawMembership(Workspace& workspace, const core::Tie& tie) {
    if (!ImGui::CollapsingHeader(core::tr("Membership"), ImGuiTreeNodeFlags_DefaultOpen) ||
        !m_fields.beginForm("##membership"))
        return;
    core::Tie after = tie;
    m_fields.row(core::tr("Seat"), core::tr("The seat the member holds in the committee."));
    bool changed = m_picker.combo("##seat", vocab::seats(), after.details.edit().seat);
    m_fields.track("##seat");
    if (changed)
        submit(workspace, tie, after);

    after = tie;
    m_fields.row(core::tr("Represents"),
                 core::tr("The organizations this seat speaks for (several when one seat speaks for many)."));
    changed = pickNodes("##represents", workspace.document().model(), core::NodeKind::Organization,
                        after.details.edit().represents);
    m_fields.track("##represents");
    if (changed)
        submit(workspace, tie, after);
    m_fields.endForm();
}

// -------------------------------------------------------------------------- relational coordination

void TieInspector::drawCoordination(Workspace& workspace, const core::Tie& tie) {
    if (!ImGui::CollapsingHeader(core::tr("Relational coordination"), ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (!tie.details->rc.empty()) {
        double sum = 0.0;
        for (const auto& [dimension, score] : tie.details->rc)
            sum += score;
        ImGui::TextDisabled(core::tr("RC index %.2f over %zu dimensions"),
                            sum / static_cast<double>(tie.details->rc.size()), tie.details->rc.size());
    } else {
        ImGui::TextDisabled("%s", core::tr("Not rated. Tick a dimension to rate it (1\xE2\x80\x93"
                                           "5)."));
    }
    if (!m_fields.beginForm("##rc", 215.0f))
        return;
    for (const core::VocabularyEntry& entry : vocab::rcDimensions().entries) {
        const std::string dimension(entry.id);
        const std::string label(entry.label);
        ImGui::PushID(dimension.c_str());
        m_fields.row(label.c_str(), entry.describe());
        const auto found = tie.details->rc.find(dimension);
        bool rated = found != tie.details->rc.end();
        core::Tie after = tie;
        if (ImGui::Checkbox("##rated", &rated)) {
            if (rated)
                after.details.edit().rc[dimension] = 3.0;
            else
                after.details.edit().rc.erase(dimension);
            m_fields.track("##score");
            submit(workspace, tie, after);
        }
        itemTooltip(rated ? core::tr("Rated: untick to mark it not rated.")
                          : core::tr("Not rated: tick to rate it."));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (rated) {
            float score = 0.0f;
            if (m_fields.slider("##score", static_cast<float>(found->second), score, 1.0f, 5.0f, "%.1f")) {
                after.details.edit().rc[dimension] = static_cast<double>(score);
                submit(workspace, tie, after);
            }
        } else {
            ImGui::BeginDisabled();
            float none = 1.0f;
            ImGui::SliderFloat("##score", &none, 1.0f, 5.0f, "not rated");
            ImGui::EndDisabled();
            m_fields.track("##score");
        }
        ImGui::PopID();
    }
    m_fields.endForm();
}

}  // namespace orgweave::studio
