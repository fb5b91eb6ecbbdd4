// ModelPanel: sections · page · architecture · context · alignment
#include "orgweave/studio/panels/ModelPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Vocabulary.hpp"

#include <imgui.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace orgweave::studio {

namespace {

namespace vocab = core::vocabulary;

const ImVec4 kStaleColor{0.62f, 0.40f, 0.0f, 1.0f};

}  // namespace

// --------------------------------------------------------------------------------------------- page

void ModelPanel::submit(Workspace& workspace, core::Annotations after, std::string description) {
    if (after == workspace.document().model().annotations)
        return;
    m_fields.submit(workspace, [after, description] {
        return std::make_unique<core::EditAnnotationsCommand>(after, description);
    });
}

void ModelPanel::draw(Workspace& workspace) {
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    drawArchitecture(workspace);
    drawContext(workspace);
    drawAlignment(workspace);
}

// ------------------------------------------------------------------------------------- architecture

void ModelPanel::drawArchitecture(Workspace& workspace) {
    if (!ImGui::CollapsingHeader(core::tr("Network"), ImGuiTreeNodeFlags_DefaultOpen))
        return;
    const core::Annotations annotations = workspace.document().model().annotations;
    if (m_fields.beginForm("##network", 110.0f)) {
        m_fields.row(core::tr("Governance"), core::tr("How the network is governed (Provan & Kenis 2008)."));
        core::Annotations after = annotations;
        const bool changed = m_picker.combo("##governance", vocab::governanceForms(), after.governance);
        m_fields.track("##governance");
        m_fields.endForm();
        if (changed)
            submit(workspace, after, core::tr("Set governance form"));
    }
    ImGui::TextDisabled("%s", core::tr("Characteristics of the whole network"));
    itemTooltip(core::tr("Architecture characteristics that support learning (Lørum & Smith 2024)."));
    core::Annotations after = annotations;
    const bool changed =
        m_picker.checklist("##characteristics", vocab::architectureCharacteristics(), after.characteristics);
    m_fields.track("##characteristics");
    if (changed)
        submit(workspace, after, core::tr("Edit network characteristics"));
}

// ------------------------------------------------------------------------------------------ context

bool ModelPanel::drawScores(const char* id, const core::ContextScores& scores, core::ContextScores& edited,
                            std::string& description) {
    std::vector<std::string> factors;
    for (const core::VocabularyEntry& entry : vocab::contextFactors().entries)
        factors.emplace_back(entry.id);
    for (const auto& [factor, score] : scores) {
        if (!vocab::contextFactors().contains(factor))
            factors.push_back(factor);
    }
    bool changed = false;
    ImGui::PushID(id);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    for (const std::string& factor : factors) {
        const core::VocabularyEntry* entry = vocab::contextFactors().find(factor);
        const std::string label =
            entry ? core::ui().text(entry->label) : core::fill(core::tr("{} (custom)"), {factor});
        ImGui::PushID(factor.c_str());
        ImGui::TextWrapped("%s", label.c_str());
        itemTooltip(entry ? entry->describe() : std::string_view(core::tr("A context factor of your own.")));
        const auto found = scores.find(factor);
        bool scored = found != scores.end();
        const bool toggled = ImGui::Checkbox("##scored", &scored);
        itemTooltip(scored ? core::tr("Scored: untick to remove the score.")
                           : core::tr("Not scored: tick to score it (starts at 3)."));
        if (toggled && !changed) {
            edited = scores;
            if (scored)
                edited[factor] = core::ContextScore{};
            else
                edited.erase(factor);
            description =
                core::fill(scored ? core::tr("Score '{}'") : core::tr("Remove score of '{}'"), {label});
            changed = true;
        }
        ImGui::SameLine();
        const float sliderWidth =
            std::max(ImGui::GetFontSize() * 5.0f, (ImGui::GetContentRegionAvail().x - spacing) * 0.4f);
        ImGui::SetNextItemWidth(sliderWidth);
        if (found != scores.end()) {
            int value = 0;
            if (m_fields.sliderInt("##score", found->second.score, value, 1, 5, "%d") && !changed) {
                edited = scores;
                edited[factor].score = value;
                description = core::fill(core::tr("Set '{}' to {}"), {label, std::to_string(value)});
                changed = true;
            }
            ImGui::SameLine();
            ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
            std::string note;
            if (m_fields.text("##note", found->second.note, note, "note") && !changed) {
                edited = scores;
                edited[factor].note = note;
                description = core::fill(core::tr("Edit note on '{}'"), {label});
                changed = true;
            }
            itemTooltip(found->second.note);
        } else {
            ImGui::BeginDisabled();
            int none = 1;
            ImGui::SliderInt("##score", &none, 1, 5, "not scored");
            ImGui::EndDisabled();
        }
        ImGui::PopID();
    }
    ImGui::PopID();
    return changed;
}

void ModelPanel::drawContext(Workspace& workspace) {
    if (!ImGui::CollapsingHeader(core::tr("Context"), ImGuiTreeNodeFlags_DefaultOpen))
        return;
    const core::Model& model = workspace.document().model();
    const core::Annotations annotations = model.annotations;

    // Which context is edited: the document's own, or one phase's.
    std::size_t phaseIndex = annotations.phases.size();
    for (std::size_t i = 0; i < annotations.phases.size(); ++i) {
        if (annotations.phases[i].id == m_phase)
            phaseIndex = i;
    }
    if (phaseIndex == annotations.phases.size())
        m_phase.clear();
    if (!annotations.phases.empty()) {
        const std::string preview =
            phaseIndex < annotations.phases.size()
                ? core::fill(core::tr("Phase: {}"), {annotations.phases[phaseIndex].label.empty()
                                                         ? annotations.phases[phaseIndex].id
                                                         : annotations.phases[phaseIndex].label})
                : std::string(core::tr("The whole document"));
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##scope", preview.c_str())) {
            if (ImGui::Selectable(core::tr("The whole document"), m_phase.empty()))
                m_phase.clear();
            for (const core::Phase& phase : annotations.phases) {
                ImGui::PushID(phase.id.c_str());
                if (ImGui::Selectable(
                        core::fill(core::tr("Phase: {}"), {phase.label.empty() ? phase.id : phase.label})
                            .c_str(),
                        m_phase == phase.id))
                    m_phase = phase.id;
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        itemTooltip(core::tr("Context scores of the whole document, or of one phase of the network's life."));
    }
    const bool inPhase = phaseIndex < annotations.phases.size();
    const core::Context context =
        inPhase ? annotations.phases[phaseIndex].context.value_or(core::Context{}) : annotations.context;
    auto store = [&](core::Context changed, std::string description) {
        core::Annotations after = annotations;
        if (inPhase) {
            after.phases[phaseIndex].context = std::move(changed);
            description =
                core::fill(core::tr("{} in phase '{}'"), {description, annotations.phases[phaseIndex].id});
        } else {
            after.context = std::move(changed);
        }
        submit(workspace, std::move(after), std::move(description));
    };

    ImGui::TextDisabled("%s", core::tr("The whole system"));
    core::ContextScores edited;
    std::string description;
    if (drawScores("##system", context.system, edited, description)) {
        core::Context changed = context;
        changed.system = edited;
        store(std::move(changed), description);
    }

    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", core::tr("Per organization (overrides or adds to the system's scores)"));
    ImGui::PopStyleColor();
    for (const core::Node& node : model.nodes) {
        if (node.kind != core::NodeKind::Organization)
            continue;
        const auto found = context.organizations.find(node.id);
        const std::size_t scored = found == context.organizations.end() ? 0 : found->second.size();
        const std::string header =
            node.displayLabel() +
            (scored > 0 ? "  " + core::fill(core::tr("({} scored)"), {std::to_string(scored)}) : "") +
            "###org-" + node.id;
        if (!ImGui::TreeNode(header.c_str()))
            continue;
        const core::ContextScores none;
        const core::ContextScores& scores = found == context.organizations.end() ? none : found->second;
        if (drawScores(node.id.c_str(), scores, edited, description)) {
            core::Context changed = context;
            if (edited.empty())
                changed.organizations.erase(node.id);
            else
                changed.organizations[node.id] = edited;
            store(std::move(changed), core::fill(core::tr("{} for {}"), {description, node.displayLabel()}));
        }
        ImGui::TreePop();
    }
}

// ---------------------------------------------------------------------------------------- alignment

void ModelPanel::drawAlignment(Workspace& workspace) {
    if (!ImGui::CollapsingHeader(core::tr("Alignment"), ImGuiTreeNodeFlags_DefaultOpen))
        return;
    const std::shared_ptr<const AnalysisSnapshot>& snapshot = workspace.analysis().latest();
    if (!snapshot) {
        ImGui::TextDisabled("%s", workspace.analysis().running() ? core::tr("Computing the gaps\xE2\x80\xA6")
                                                                 : core::tr("Not computed yet."));
        return;
    }
    if (!snapshot->gapsError.empty()) {
        ImGui::TextWrapped(core::tr("The gap rules could not be evaluated: %s"), snapshot->gapsError.c_str());
        return;
    }
    if (snapshot->structureRevision < workspace.structureRevision())
        ImGui::TextColored(kStaleColor, "%s",
                           core::tr("Stale: computed before the last edit; updating\xE2\x80\xA6"));
    else
        ImGui::TextDisabled(core::tr("%zu findings; hover a cell for its gaps."),
                            snapshot->gaps.findings.size());
    m_heatMap.draw(workspace.document().model(), snapshot->gaps);
}

}  // namespace orgweave::studio
