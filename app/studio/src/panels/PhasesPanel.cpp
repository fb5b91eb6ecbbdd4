// PhasesPanel: sections · page · one phase · fields · actions · delete question · edits
#include "orgweave/studio/panels/PhasesPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/canvas/PhaseTimeline.hpp"
#include "orgweave/studio/panels/ModelPanel.hpp"
#include "orgweave/studio/support/Keys.hpp"

#include <imgui.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

namespace orgweave::studio {

namespace {

/// The delete question's title in the user's language; "###phases-delete" is its ImGui id.
std::string deletePopupTitle() {
    return std::string(core::tr("Delete phase?")) + "###phases-delete";
}
constexpr const char* kDragPayload = "orgweave-phase";

/// "1 node", "3 nodes" and "1 tie", "3 ties" in the user's language.
std::string nodesText(std::size_t count) {
    return core::fill(core::trn("{} node", "{} nodes", count), {std::to_string(count)});
}
std::string tiesText(std::size_t count) {
    return core::fill(core::trn("{} tie", "{} ties", count), {std::to_string(count)});
}

}  // namespace

// --------------------------------------------------------------------------------------------- page

bool PhasesPanel::button(const char* label, const char* key, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    const bool clicked = ImGui::Button(core::tr(label));
    ImGui::EndDisabled();
    m_rects.recordLastItem(key);
    return clicked && enabled;
}

void PhasesPanel::refreshCounts(const Workspace& workspace) {
    if (workspace.revision() == m_countsRevision)
        return;
    m_countsRevision = workspace.revision();
    const core::Model& model = workspace.document().model();
    m_counts.clear();
    for (const core::Phase& phase : model.annotations.phases)
        m_counts.push_back(core::phaseUsage(model, phase.id));
}

void PhasesPanel::draw(Workspace& workspace) {
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    PhaseTimeline::keepValid(workspace);
    refreshCounts(workspace);
    const core::Model& model = workspace.document().model();
    if (workspace.mapping().phase != m_followed) {
        m_followed = workspace.mapping().phase;
        if (!m_followed.empty())
            m_expanded = m_followed;
    }

    if (button(core::N_("New phase"), "New phase"))
        addPhase(workspace);
    itemTooltip(core::tr(
        "Adds a phase at the end (ids p1, p2, \xE2\x80\xA6); fill in its label, dates and note below."));
    if (model.annotations.phases.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped(
            "%s", core::tr("No phases yet. Phases describe how the network changed over time (a reform, a "
                           "reorganization); nodes and ties can be limited to some of them, and the strip "
                           "under the canvas switches between them."));
        ImGui::PopStyleColor();
        return;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    itemTooltip(core::tr(
        "Click a phase in the strip under the canvas (or press Left/Right on the canvas) to show it; "
        "nodes stay where they are, so what changed stands out."));
    ImGui::Separator();
    for (std::size_t i = 0; i < model.annotations.phases.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        drawPhase(workspace, i);
        ImGui::PopID();
        if (!workspace.hasDocument() || i >= workspace.document().model().annotations.phases.size())
            break;  // the phase list changed under us; the next frame draws the new one
    }
    drawDeleteQuestion(workspace);
}

// ---------------------------------------------------------------------------------------- one phase

void PhasesPanel::drawPhase(Workspace& workspace, std::size_t index) {
    const core::Phase phase = workspace.document().model().annotations.phases[index];
    const core::PhaseUsage usage = index < m_counts.size() ? m_counts[index] : core::PhaseUsage{};
    const std::string dates = PhaseTimeline::dateRange(phase);
    const bool shown = workspace.mapping().phase == phase.id;
    ImGui::SetNextItemOpen(m_expanded == phase.id);
    const bool open = ImGui::CollapsingHeader((phase.displayLabel() + "###header").c_str());
    m_rects.recordLastItem("header");
    if (ImGui::IsItemToggledOpen())
        m_expanded = open ? phase.id : std::string();
    // Drag a header onto another to move the phase there.
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kDragPayload, &index, sizeof index);
        ImGui::Text(core::tr("Move %s"), phase.displayLabel().c_str());
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kDragPayload)) {
            const std::size_t from = *static_cast<const std::size_t*>(payload->Data);
            movePhase(workspace, from, index);
        }
        ImGui::EndDragDropTarget();
    }
    itemTooltip(phase.note);
    // Under every header: dates, counts and whether the canvas shows this phase.
    std::string summary = dates.empty() ? std::string(core::tr("no dates")) : dates;
    summary += "  \xC2\xB7  " + nodesText(usage.nodes) + ", " + tiesText(usage.ties);
    if (shown)
        summary += std::string("  \xC2\xB7  ") + core::tr("on the canvas");
    ImGui::Indent(ImGui::GetStyle().IndentSpacing * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text,
                          ImGui::GetStyleColorVec4(shown ? ImGuiCol_CheckMark : ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", summary.c_str());
    ImGui::PopStyleColor();
    ImGui::Unindent(ImGui::GetStyle().IndentSpacing * 0.5f);
    if (!open)
        return;
    ImGui::Indent(ImGui::GetStyle().IndentSpacing * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", core::fill(core::tr("{} and {} exist in this phase; {} and {} only in it."),
                                        {nodesText(usage.nodes), tiesText(usage.ties),
                                         nodesText(usage.onlyNodes), tiesText(usage.onlyTies)})
                                 .c_str());
    ImGui::PopStyleColor();
    drawFields(workspace, index);
    if (workspace.document().model().annotations.phases.size() > index)
        drawActions(workspace, index);
    ImGui::Unindent(ImGui::GetStyle().IndentSpacing * 0.5f);
    ImGui::Spacing();
}

// ------------------------------------------------------------------------------------------- fields

void PhasesPanel::drawFields(Workspace& workspace, std::size_t index) {
    const core::Phase phase = workspace.document().model().annotations.phases[index];
    if (!m_fields.beginForm("##fields", 92.0f))
        return;
    std::string text;
    m_fields.row(core::tr("Id"),
                 core::tr("The phase's id, used by nodes, ties and views; renaming it renames every use."));
    if (m_fields.text("##id", phase.id, text))
        rename(workspace, phase.id, text);
    m_fields.row(core::tr("Label"),
                 core::tr("The name shown on the timeline, in pictures and reports (e.g. \"Phase II\")."));
    if (m_fields.text("##label", phase.label, text)) {
        core::Phase after = phase;
        after.label = text;
        editPhase(workspace, index, after, core::N_("label"));
    }
    m_fields.row(core::tr("Start"), core::tr("When the phase starts: YYYY, YYYY-MM or YYYY-MM-DD."));
    if (m_fields.text("##start", phase.start, text, "YYYY-MM")) {
        core::Phase after = phase;
        after.start = text;
        editPhase(workspace, index, after, core::N_("start"));
    }
    m_fields.row(core::tr("End"),
                 core::tr("When the phase ends: YYYY, YYYY-MM or YYYY-MM-DD (not before the start)."));
    if (m_fields.text("##end", phase.end, text, "YYYY-MM")) {
        core::Phase after = phase;
        after.end = text;
        editPhase(workspace, index, after, core::N_("end"));
    }
    m_fields.row(
        core::tr("Bureaucracy"),
        core::tr("How formal steering worked in this phase: enabling (supports the front line), coercive "
                 "(controls it) or mixed."));
    core::Phase mode = phase;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool modeChanged =
        m_picker.combo("##bureaucracy", core::vocabulary::bureaucracyModes(), mode.bureaucracyMode);
    m_fields.track("##bureaucracy");
    if (modeChanged)
        editPhase(workspace, index, mode, core::N_("bureaucracy mode"));
    m_fields.row(core::tr("Note"),
                 core::tr("What happened in this phase: the reform, who left, what changed."));
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool noteChanged = m_fields.multiline("##note", phase.note, text, 3.0f);
    if (!ImGui::IsItemActive())
        itemTooltip(phase.note);
    if (noteChanged) {
        core::Phase after = phase;
        after.note = text;
        editPhase(workspace, index, after, core::N_("note"));
    }
    m_fields.endForm();
}

// ------------------------------------------------------------------------------------------ actions

void PhasesPanel::drawActions(Workspace& workspace, std::size_t index) {
    const core::Model& model = workspace.document().model();
    const core::Phase phase = model.annotations.phases[index];
    const std::size_t count = model.annotations.phases.size();
    if (button(core::N_("Up"), "Up", index > 0))
        movePhase(workspace, index, index - 1);
    itemTooltip(core::tr("Move this phase one place earlier."));
    ImGui::SameLine();
    if (button(core::N_("Down"), "Down", index + 1 < count))
        movePhase(workspace, index, index + 1);
    itemTooltip(core::tr("Move this phase one place later."));
    ImGui::SameLine();
    const bool shown = workspace.mapping().phase == phase.id;
    if (button(shown ? core::N_("Shown on canvas") : core::N_("Show on canvas"), "Show", !shown))
        PhaseTimeline::select(workspace, phase.id);
    itemTooltip(core::tr("Show this phase on the canvas; measures and gaps follow it."));
    ImGui::SameLine();
    if (button(core::N_("Delete"), "Delete")) {
        const core::PhaseUsage usage = core::phaseUsage(model, phase.id);
        m_deleting = phase.id;
        m_question = core::fill(core::tr("Delete phase '{}'?"), {phase.displayLabel()}) + "\n\n";
        if (usage.onlyNodes + usage.onlyTies > 0) {
            m_question += core::fill(
                core::trn("{} and {} exist in this phase alone. Keep them (they will then exist in every "
                          "phase) or delete them with the phase?",
                          "{} and {} exist in this phase alone. Keep them (they will then exist in every "
                          "phase) or delete them with the phase?",
                          usage.onlyNodes + usage.onlyTies),
                {nodesText(usage.onlyNodes), tiesText(usage.onlyTies)});
        } else {
            m_question += core::tr(
                "No node or tie exists in this phase alone; nodes and ties listed in it "
                "will simply no longer name it.");
        }
        m_askDelete = true;
    }

    const Selection& selection = workspace.selection();
    const bool hasSelection = !selection.empty();
    const std::vector<std::string> nodes(selection.nodes().begin(), selection.nodes().end());
    const std::vector<std::string> ties(selection.ties().begin(), selection.ties().end());
    const auto apply = [&](core::PhaseMembership membership) {
        core::CommandPtr probe = core::phaseMembershipCommand(model, nodes, ties, phase.id, membership);
        if (!probe) {
            workspace.notify(core::fill(membership == core::PhaseMembership::Only
                                            ? core::tr("The selection is already limited to phase '{}'.")
                                            : core::tr("The selection is already in phase '{}'."),
                                        {phase.displayLabel()}));
            return;
        }
        m_fields.submit(workspace, [&workspace, nodes, ties, id = phase.id, membership] {
            return core::phaseMembershipCommand(workspace.document().model(), nodes, ties, id, membership);
        });
    };
    m_fields.track("##selection");
    if (button(core::N_("Limit selection to this phase"), "Limit", hasSelection))
        apply(core::PhaseMembership::Only);
    itemTooltip(core::tr("The selected nodes and ties exist in this phase only."));
    if (button(core::N_("Add selection to this phase"), "Add", hasSelection))
        apply(core::PhaseMembership::Add);
    itemTooltip(core::tr("The selected nodes and ties also exist in this phase."));
    if (!hasSelection) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", core::tr("Select nodes or ties on the canvas to limit them to this phase."));
        ImGui::PopStyleColor();
    }
    if (m_model != nullptr) {
        if (button(core::N_("Context scores\xE2\x80\xA6"), "Context")) {
            m_model->setPhaseScope(phase.id);
            workspace.requests().post(ShowPanelRequest{m_model->title()});
        }
        itemTooltip(core::tr("Open the Model panel on this phase's context scores."));
    }
}

// ---------------------------------------------------------------------------------- delete question

void PhasesPanel::drawDeleteQuestion(Workspace& workspace) {
    if (std::exchange(m_askDelete, false))
        ImGui::OpenPopup(deletePopupTitle().c_str());
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(deletePopupTitle().c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        m_question.clear();
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(m_question.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const core::Model& model = workspace.document().model();
    const bool exists = std::any_of(model.annotations.phases.begin(), model.annotations.phases.end(),
                                    [&](const core::Phase& phase) { return phase.id == m_deleting; });
    const core::PhaseUsage usage = exists ? core::phaseUsage(model, m_deleting) : core::PhaseUsage{};
    const bool alone = usage.onlyNodes + usage.onlyTies > 0;
    std::optional<core::PhaseRemoval> removal;
    ImGui::SetItemDefaultFocus();
    if (button(alone ? core::N_("Delete phase, keep them") : core::N_("Delete phase"), "Keep", exists))
        removal = core::PhaseRemoval::KeepItems;
    if (alone) {
        ImGui::SameLine();
        if (button(core::N_("Delete phase and them"), "Remove"))
            removal = core::PhaseRemoval::RemoveItems;
    }
    ImGui::SameLine();
    const bool cancel = button(core::N_("Cancel"), "Cancel") || namedKeyPressed(ImGuiKey_Escape);
    if (removal) {
        const std::string id = m_deleting;
        const core::PhaseRemoval how = *removal;
        m_fields.submit(workspace, [&workspace, id, how] {
            return core::removePhaseCommand(workspace.document().model(), id, how);
        });
        PhaseTimeline::keepValid(workspace);
    }
    if (removal || cancel || !exists) {
        m_deleting.clear();
        m_question.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// -------------------------------------------------------------------------------------------- edits

void PhasesPanel::addPhase(Workspace& workspace) {
    const core::Model& model = workspace.document().model();
    core::Annotations after = model.annotations;
    core::Phase phase;
    phase.id = core::freshPhaseId(model);
    phase.label = core::fill(core::tr("Phase {}"), {std::to_string(after.phases.size() + 1)});
    after.phases.push_back(phase);
    const std::string description = core::fill(core::tr("Add phase '{}'"), {phase.id});
    if (m_fields.submit(workspace, [after, description] {
            return std::make_unique<core::EditAnnotationsCommand>(after, description);
        }))
        m_expanded = phase.id;
}

void PhasesPanel::movePhase(Workspace& workspace, std::size_t from, std::size_t to) {
    core::Annotations after = workspace.document().model().annotations;
    if (from == to || from >= after.phases.size() || to >= after.phases.size())
        return;
    core::Phase moved = after.phases[from];
    after.phases.erase(after.phases.begin() + static_cast<std::ptrdiff_t>(from));
    after.phases.insert(after.phases.begin() + static_cast<std::ptrdiff_t>(to), moved);
    const std::string description =
        core::fill(to < from ? core::tr("Move phase '{}' earlier") : core::tr("Move phase '{}' later"),
                   {moved.displayLabel()});
    m_fields.submit(workspace, [after, description] {
        return std::make_unique<core::EditAnnotationsCommand>(after, description);
    });
}

void PhasesPanel::editPhase(Workspace& workspace, std::size_t index, const core::Phase& after,
                            const std::string& what) {
    core::Annotations annotations = workspace.document().model().annotations;
    if (index >= annotations.phases.size() || annotations.phases[index] == after)
        return;
    annotations.phases[index] = after;
    const std::string description =
        core::fill(core::tr("Edit {} of phase '{}'"), {core::ui().text(what), after.displayLabel()});
    m_fields.submit(workspace, [annotations, description] {
        return std::make_unique<core::EditAnnotationsCommand>(annotations, description);
    });
}

void PhasesPanel::rename(Workspace& workspace, const std::string& from, const std::string& to) {
    try {
        core::renamePhaseCommand(workspace.document().model(), from, to);  // refuses bad ids
    } catch (const std::invalid_argument& error) {
        m_fields.refuse(workspace, error.what());
        return;
    }
    const bool shown = workspace.mapping().phase == from;
    if (!m_fields.submit(workspace, [&workspace, from, to] {
            return core::renamePhaseCommand(workspace.document().model(), from, to);
        }))
        return;
    if (m_expanded == from)
        m_expanded = to;
    if (shown) {
        PhaseTimeline::select(workspace, to);
        m_followed = to;
    }
}

}  // namespace orgweave::studio
