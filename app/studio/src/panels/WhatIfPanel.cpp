// WhatIfPanel: sections · scenario · evaluation · canvas marks · drawing
#include "orgweave/studio/panels/WhatIfPanel.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/TieRules.hpp"
#include "orgweave/studio/panels/ComparisonSections.hpp"
#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/support/StatusColors.hpp"

#include <imgui.h>

#include <algorithm>

namespace orgweave::studio {
namespace {

std::string labelOf(const core::Model& model, const std::string& id) {
    const core::Node* node = model.findNode(id);
    return node != nullptr ? node->displayLabel() : id;
}

}  // namespace

// ------------------------------------------------------------------------------------------ scenario

void WhatIfPanel::removeOnly(Workspace& workspace, std::vector<std::string> nodeIds) {
    m_scenario = {};
    m_scenario.removeNodes = std::move(nodeIds);
    m_showOnCanvas = true;
    start(workspace);
}

bool WhatIfPanel::proposeTie(Workspace& workspace, const std::string& source, const std::string& target) {
    const core::Model* model = workspace.model();
    const core::Node* a = model != nullptr ? model->findNode(source) : nullptr;
    const core::Node* b = model != nullptr ? model->findNode(target) : nullptr;
    if (a == nullptr || b == nullptr || source == target)
        return false;
    const std::optional<core::TieKind> kind = core::proposedTieKind(a->kind, b->kind);
    if (!kind) {
        workspace.notify(core::whyNoTieBetween(a->kind, b->kind), true);
        return false;
    }
    core::Tie tie;
    tie.kind = *kind;
    tie.source = source;
    tie.target = target;
    tie.details.edit().label = "proposed";
    m_scenario.addTies.push_back(std::move(tie));
    start(workspace);
    return true;
}

bool WhatIfPanel::proposeCommittee(Workspace& workspace, const std::vector<std::string>& memberIds) {
    const core::Model* model = workspace.model();
    if (model == nullptr)
        return false;
    core::Node committee;
    committee.kind = core::NodeKind::Committee;
    committee.id = workspace.freshId("proposed-committee");
    for (std::size_t k = 2; std::any_of(m_scenario.addNodes.begin(), m_scenario.addNodes.end(),
                                        [&](const core::Node& node) { return node.id == committee.id; });
         ++k)
        committee.id = workspace.freshId("proposed-committee") + "-" + std::to_string(k);
    committee.label =
        core::fill(core::tr("Proposed committee {}"), {std::to_string(m_scenario.addNodes.size() + 1)});
    committee.committee.edit().level = 3;
    std::vector<core::Tie> seats;
    for (const std::string& id : memberIds) {
        const core::Node* member = model->findNode(id);
        if (member == nullptr ||
            !core::tieEndpointProblem(core::TieKind::MemberOf, member->kind, core::NodeKind::Committee)
                 .empty())
            continue;
        core::Tie seat;
        seat.kind = core::TieKind::MemberOf;
        seat.source = id;
        seat.target = committee.id;
        seat.details.edit().seat = "member";
        seats.push_back(std::move(seat));
    }
    if (seats.size() < 2) {
        workspace.notify(
            core::tr("A proposed committee needs at least two selected roles or organizations as members."),
            true);
        return false;
    }
    m_scenario.addNodes.push_back(std::move(committee));
    for (core::Tie& seat : seats)
        m_scenario.addTies.push_back(std::move(seat));
    start(workspace);
    return true;
}

void WhatIfPanel::clear(Workspace& workspace) {
    m_scenario = {};
    m_job.reset();
    m_impact.reset();
    m_error.clear();
    workspace.setMarks({});
}

void WhatIfPanel::setShowOnCanvas(Workspace& workspace, bool show) {
    m_showOnCanvas = show;
    publishMarks(workspace);
}

// ---------------------------------------------------------------------------------------- evaluation

void WhatIfPanel::start(Workspace& workspace) {
    m_dirty = false;
    m_error.clear();
    if (!workspace.hasDocument() ||
        (m_scenario.removeNodes.empty() && m_scenario.addTies.empty() && m_scenario.addNodes.empty())) {
        m_job.reset();
        m_impact.reset();
        workspace.setMarks({});
        return;
    }
    m_scenario.phase = workspace.mapping().phase;
    m_evaluatedRevision = workspace.structureRevision();
    m_evaluatedPhase = m_scenario.phase;
    // The job gets copies: the document may change while it runs.
    m_job = std::make_unique<BackgroundJob<core::WhatIfImpact>>(
        [model = workspace.document().model(), scenario = m_scenario] {
            return core::evaluateWhatIf(model, scenario);
        });
}

void WhatIfPanel::poll(Workspace& workspace) {
    if (m_job == nullptr || !m_job->ready())
        return;
    auto outcome = m_job->take();
    m_job.reset();
    if (auto* impact = std::get_if<core::WhatIfImpact>(&outcome)) {
        m_impact = std::move(*impact);
        m_error.clear();
    } else {
        m_impact.reset();
        m_error = std::get<std::string>(outcome);
    }
    publishMarks(workspace);
}

void WhatIfPanel::finish(Workspace& workspace) {
    if (m_job != nullptr)
        m_job->wait();
    poll(workspace);
}

// -------------------------------------------------------------------------------------- canvas marks

void WhatIfPanel::publishMarks(Workspace& workspace) const {
    if (!m_showOnCanvas || !m_impact) {
        workspace.setMarks({});
        return;
    }
    const core::WhatIfImpact& impact = *m_impact;
    CanvasMarks marks;
    marks.caption = core::tr("What if");
    for (const std::string& id : impact.scenario.removedNodes) {
        marks.nodes[id] = kMarkRemoved;
        marks.faded.insert(id);
    }
    for (const std::string& id : impact.scenario.removedTies) {
        marks.ties[id] = kMarkRemoved;
        marks.faded.insert(id);
    }
    for (const core::GroupPairDelta& pair : impact.downToOnePath) {
        marks.nodes[pair.groupA] = kMarkWeakened;
        marks.nodes[pair.groupB] = kMarkWeakened;
    }
    for (const core::GroupPairDelta& pair : impact.disconnected) {
        marks.nodes[pair.groupA] = kMarkRemoved;
        marks.nodes[pair.groupB] = kMarkRemoved;
    }
    for (const core::Tie& tie : m_scenario.addTies) {
        marks.nodes.try_emplace(tie.source, kMarkAdded);
        marks.nodes.try_emplace(tie.target, kMarkAdded);  // a proposed committee is not drawn: no effect
    }
    // The roles that carry most of the rerouted flow.
    int gainers = 0;
    for (const core::MeasureDelta& delta : impact.comparison.betweenness) {
        if (gainers == 3)
            break;
        if (delta.before && delta.after && delta.delta() > 1e-9 && !marks.nodes.contains(delta.id)) {
            marks.nodes[delta.id] = kMarkBusier;
            ++gainers;
        }
    }
    marks.key.emplace_back(kMarkRemoved, "removed, or organizations cut off");
    if (!impact.downToOnePath.empty())
        marks.key.emplace_back(kMarkWeakened, "organizations down to one path");
    if (!m_scenario.addTies.empty())
        marks.key.emplace_back(kMarkAdded, "in a proposed tie or committee");
    if (gainers > 0)
        marks.key.emplace_back(kMarkBusier, "carry more of the flow (betweenness)");
    workspace.setMarks(std::move(marks));
}

// ------------------------------------------------------------------------------------------- drawing

void WhatIfPanel::draw(Workspace& workspace) {
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document open."));
        return;
    }
    if (workspace.generation() != m_generation) {
        m_generation = workspace.generation();
        m_scenario = {};
        m_job.reset();
        m_impact.reset();
        m_error.clear();
    }
    if (auto request = workspace.requests().take<WhatIfRequest>())
        removeOnly(workspace, std::move(request->nodeIds));
    poll(workspace);
    // Nodes the document no longer has leave the scenario; a changed structure or phase re-evaluates.
    const core::Model& model = workspace.document().model();
    const auto before = m_scenario.removeNodes.size() + m_scenario.addTies.size();
    std::erase_if(m_scenario.removeNodes,
                  [&](const std::string& id) { return model.findNode(id) == nullptr; });
    const auto known = [&](const std::string& id) {
        return model.findNode(id) != nullptr ||
               std::any_of(m_scenario.addNodes.begin(), m_scenario.addNodes.end(),
                           [&](const core::Node& node) { return node.id == id; });
    };
    std::erase_if(m_scenario.addTies,
                  [&](const core::Tie& tie) { return !known(tie.source) || !known(tie.target); });
    const bool pruned = before != m_scenario.removeNodes.size() + m_scenario.addTies.size();
    if (pruned || m_dirty ||
        ((m_impact || m_job) && (workspace.structureRevision() != m_evaluatedRevision ||
                                 workspace.mapping().phase != m_evaluatedPhase)))
        start(workspace);

    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s",
                        core::tr("What happens to the network if people leave, committees are dissolved or a "
                                 "tie is added? The document itself does not change."));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    drawScenario(workspace);
    ImGui::Separator();
    drawImpact(workspace);
}

void WhatIfPanel::drawScenario(Workspace& workspace) {
    const core::Model& model = workspace.document().model();
    const std::vector<std::string> selected(workspace.selection().nodes().begin(),
                                            workspace.selection().nodes().end());
    if (ImGui::Button(core::tr("Remove the selection"))) {
        for (const std::string& id : selected) {
            if (std::find(m_scenario.removeNodes.begin(), m_scenario.removeNodes.end(), id) ==
                m_scenario.removeNodes.end())
                m_scenario.removeNodes.push_back(id);
        }
        m_dirty = true;
    }
    itemTooltip(core::tr(
        "Adds the selected nodes to the scenario's removals (a person leaves, a committee is dissolved)."));
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Clear")))
        clear(workspace);
    ImGui::BeginDisabled(selected.size() != 2);
    if (ImGui::Button(core::tr("Propose a tie")))
        proposeTie(workspace, selected[0], selected[1]);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", core::tr("Select two nodes: a tie between them is added in the scenario."));
    ImGui::SameLine();
    ImGui::BeginDisabled(selected.size() < 2);
    if (ImGui::Button(core::tr("Propose a committee")))
        proposeCommittee(workspace, selected);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(
            "%s", core::tr("Select two or more roles or organizations: a new committee with them as members "
                           "is added in the scenario."));

    if (m_scenario.removeNodes.empty() && m_scenario.addTies.empty() && m_scenario.addNodes.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled(
            "%s", core::tr("Select nodes and press \"Remove the selection\", or right-click a node on the "
                           "canvas and choose \"What if this leaves?\"."));
        ImGui::PopTextWrapPos();
        return;
    }
    std::optional<std::size_t> dropRemoval;
    for (std::size_t k = 0; k < m_scenario.removeNodes.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::SmallButton("x"))
            dropRemoval = k;
        ImGui::SameLine();
        ImGui::Text(core::tr("Without %s"), labelOf(model, m_scenario.removeNodes[k]).c_str());
        ImGui::PopID();
    }
    std::optional<std::size_t> dropCommittee;
    for (std::size_t k = 0; k < m_scenario.addNodes.size(); ++k) {
        const core::Node& committee = m_scenario.addNodes[k];
        ImGui::PushID(static_cast<int>(2000 + k));
        if (ImGui::SmallButton("x"))
            dropCommittee = k;
        ImGui::SameLine();
        std::string members;
        for (const core::Tie& tie : m_scenario.addTies) {
            if (tie.target == committee.id)
                members += (members.empty() ? "" : ", ") + labelOf(model, tie.source);
        }
        ImGui::TextWrapped(core::tr("With %s: %s"), committee.displayLabel().c_str(), members.c_str());
        ImGui::PopID();
    }
    const auto isSeat = [&](const core::Tie& tie) {
        return std::any_of(m_scenario.addNodes.begin(), m_scenario.addNodes.end(),
                           [&](const core::Node& node) { return node.id == tie.target; });
    };
    std::optional<std::size_t> dropTie;
    for (std::size_t k = 0; k < m_scenario.addTies.size(); ++k) {
        const core::Tie& tie = m_scenario.addTies[k];
        if (isSeat(tie))
            continue;
        ImGui::PushID(static_cast<int>(1000 + k));
        if (ImGui::SmallButton("x"))
            dropTie = k;
        ImGui::SameLine();
        ImGui::Text(core::tr("With a %s tie %s \xE2\x80\x94 %s"),
                    std::string(core::toString(tie.kind)).c_str(), labelOf(model, tie.source).c_str(),
                    labelOf(model, tie.target).c_str());
        ImGui::PopID();
    }
    if (dropRemoval) {
        m_scenario.removeNodes.erase(m_scenario.removeNodes.begin() +
                                     static_cast<std::ptrdiff_t>(*dropRemoval));
        m_dirty = true;
    }
    if (dropCommittee) {
        const std::string id = m_scenario.addNodes[*dropCommittee].id;
        m_scenario.addNodes.erase(m_scenario.addNodes.begin() + static_cast<std::ptrdiff_t>(*dropCommittee));
        std::erase_if(m_scenario.addTies, [&](const core::Tie& tie) { return tie.target == id; });
        m_dirty = true;
    }
    if (dropTie) {
        m_scenario.addTies.erase(m_scenario.addTies.begin() + static_cast<std::ptrdiff_t>(*dropTie));
        m_dirty = true;
    }
    bool show = m_showOnCanvas;
    if (ImGui::Checkbox(core::tr("Show on the canvas"), &show))
        setShowOnCanvas(workspace, show);
}

void WhatIfPanel::drawImpact(Workspace& workspace) {
    if (m_job != nullptr) {
        ImGui::TextDisabled(core::tr("Evaluating the scenario\xE2\x80\xA6 %.1f s"), m_job->elapsedSeconds());
    }
    if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, redText());
        ImGui::TextWrapped("%s", m_error.c_str());
        ImGui::PopStyleColor();
    }
    if (!m_impact)
        return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(core::whatIfHeadline(*m_impact, workspace.document().model(), core::ui()).c_str());
    ImGui::PopTextWrapPos();
    for (const std::string& note : m_impact->scenario.notes)
        ImGui::TextWrapped("%s", note.c_str());
    drawPairs(workspace);
    drawBetweennessMovers(m_impact->comparison, 8);
    drawGapChanges(m_impact->comparison);
    drawAlignmentChange(m_impact->comparison);
}

void WhatIfPanel::drawPairs(Workspace& workspace) {
    const core::WhatIfImpact& impact = *m_impact;
    sectionHeading("Organizations");
    if (impact.disconnected.empty() && impact.downToOnePath.empty() && impact.strengthened.empty()) {
        ImGui::TextWrapped("%s",
                           core::tr("No pair of organizations loses or gains a path between its roles."));
        return;
    }
    std::vector<core::GroupPairDelta> pairs = impact.disconnected;
    pairs.insert(pairs.end(), impact.downToOnePath.begin(), impact.downToOnePath.end());
    pairs.insert(pairs.end(), impact.strengthened.begin(), impact.strengthened.end());
    if (!impact.disconnected.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, redText());
        const std::size_t n = impact.disconnected.size();
        ImGui::TextWrapped("%s", core::fill(core::trn("{} pair of organizations loses its last link.",
                                                      "{} pairs of organizations lose their last link.", n),
                                            {std::to_string(n)})
                                     .c_str());
        ImGui::PopStyleColor();
    }
    if (!impact.downToOnePath.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, amberText());
        const std::size_t n = impact.downToOnePath.size();
        ImGui::TextWrapped(
            "%s", core::fill(core::trn("{} pair is down to one path: one more departure cuts it.",
                                       "{} pairs are down to one path: one more departure cuts them.", n),
                             {std::to_string(n)})
                      .c_str());
        ImGui::PopStyleColor();
    }
    drawPairTable(workspace, pairs, impact.comparison.pathCap);
}

}  // namespace orgweave::studio
