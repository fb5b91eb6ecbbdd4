// InspectorPanel: sections · dispatch · several items · document meta
#include "orgweave/studio/panels/InspectorPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Lens.hpp"
#include "orgweave/core/PhaseEdits.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/panels/DocumentPickers.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace orgweave::studio {

// ----------------------------------------------------------------------------------------- dispatch

const std::string& InspectorPanel::message() const {
    switch (m_page) {
        case Page::Node:
            return m_node.fields().message();
        case Page::Tie:
            return m_tie.fields().message();
        default:
            return m_fields.message();
    }
}

void InspectorPanel::draw(Workspace& workspace) {
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    const Selection& selection = workspace.selection();
    if (selection.revision() != m_selectionRevision) {
        m_selectionRevision = selection.revision();
        m_node.reset();
        m_tie.reset();
        m_fields.reset();
    }
    const core::Model& model = workspace.document().model();
    if (const auto id = selection.singleNode()) {
        if (const core::Node* node = model.findNode(*id)) {
            m_page = Page::Node;
            m_node.draw(workspace, *node);
            return;
        }
    }
    if (const auto id = selection.singleTie()) {
        if (const core::Tie* tie = model.findTie(*id)) {
            m_page = Page::Tie;
            m_tie.draw(workspace, *tie);
            return;
        }
    }
    if (!selection.empty()) {
        m_page = Page::Several;
        drawSeveral(workspace);
        return;
    }
    m_page = Page::Meta;
    drawMeta(workspace);
}

// ------------------------------------------------------------------------------------- several items

void InspectorPanel::drawSeveral(Workspace& workspace) {
    const core::Model& model = workspace.document().model();
    const Selection& selection = workspace.selection();
    std::vector<const core::Node*> nodes;
    std::map<core::NodeKind, std::size_t> nodeKinds;
    for (const std::string& id : selection.nodes()) {
        if (const core::Node* node = model.findNode(id)) {
            nodes.push_back(node);
            ++nodeKinds[node->kind];
        }
    }
    std::map<core::TieKind, std::size_t> tieKinds;
    for (const std::string& id : selection.ties()) {
        if (const core::Tie* tie = model.findTie(id))
            ++tieKinds[tie->kind];
    }
    ImGui::Text(core::tr("%zu nodes and %zu ties selected"), nodes.size(), selection.ties().size());
    if (ImGui::BeginTable("##counts", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        for (const auto& [kind, count] : nodeKinds) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(
                std::string(core::vocabulary::nodeKinds().labelOf(core::toString(kind))).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::Text(core::tr("%zu"), count);
        }
        for (const auto& [kind, count] : tieKinds) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::Text(core::tr("Tie: %s"),
                        std::string(core::vocabulary::tieKinds().labelOf(core::toString(kind))).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::Text(core::tr("%zu"), count);
        }
        ImGui::EndTable();
    }
    if (nodes.empty())
        return;

    // The edit of this frame, as the new content of each node it changes.
    std::vector<core::Node> edited;
    std::string description;

    std::vector<const core::Node*> contained;  // sites and roles
    for (const core::Node* node : nodes) {
        if (node->kind == core::NodeKind::Site || node->kind == core::NodeKind::Role)
            contained.push_back(node);
    }
    if (!contained.empty() &&
        ImGui::CollapsingHeader(core::tr("Organization"), ImGuiTreeNodeFlags_DefaultOpen)) {
        std::set<std::string> organizations;
        for (const core::Node* node : contained)
            organizations.insert(node->organization);
        std::string organization = organizations.size() == 1 ? *organizations.begin() : std::string();
        if (organizations.size() > 1)
            ImGui::TextDisabled(core::tr("The %zu sites and roles belong to %zu organizations."),
                                contained.size(), organizations.size());
        ImGui::SetNextItemWidth(-FLT_MIN);
        const bool changed = pickNode("##organization", model, core::NodeKind::Organization, organization);
        m_fields.track("##organization");
        if (changed) {
            for (const core::Node* node : contained) {
                core::Node after = *node;
                after.organization = organization;
                if (after.kind == core::NodeKind::Role && !after.site.empty()) {
                    const core::Node* site = model.findNode(after.site);
                    const bool movedSite =
                        std::find_if(contained.begin(), contained.end(), [&](const core::Node* n) {
                            return n->id == after.site;
                        }) != contained.end();
                    if (site && !movedSite && site->organization != organization)
                        after.site.clear();
                }
                if (!(after == *node))
                    edited.push_back(std::move(after));
            }
            description =
                core::fill(core::tr("Set the organization of {} nodes"), {std::to_string(contained.size())});
        }
    }

    if (!model.annotations.phases.empty() &&
        ImGui::CollapsingHeader(core::tr("Phases"), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::TextDisabled("%s", core::tr("Ticked: every selected node exists in that phase."));
        for (const core::Phase& phase : model.annotations.phases) {
            std::size_t inPhase = 0;
            for (const core::Node* node : nodes) {
                if (core::existsInPhase(node->phases, phase.id))
                    ++inPhase;
            }
            bool all = inPhase == nodes.size();
            ImGui::PushID(phase.id.c_str());
            if (inPhase > 0 && !all)
                ImGui::PushItemFlag(ImGuiItemFlags_MixedValue, true);
            const bool clicked = ImGui::Checkbox(phase.displayLabel().c_str(), &all);
            if (inPhase > 0 && inPhase < nodes.size())
                ImGui::PopItemFlag();
            m_fields.track("##phase");
            ImGui::PopID();
            if (clicked && edited.empty()) {
                for (const core::Node* node : nodes) {
                    core::Node after = *node;
                    after.phases =
                        core::withPhaseMembership(node->phases, model.annotations.phases, phase.id, all);
                    if (!(after == *node))
                        edited.push_back(std::move(after));
                }
                description = core::fill(
                    all ? core::trn("Add {} node to phase '{}'", "Add {} nodes to phase '{}'", nodes.size())
                        : core::trn("Remove {} node from phase '{}'", "Remove {} nodes from phase '{}'",
                                    nodes.size()),
                    {std::to_string(nodes.size()), phase.displayLabel()});
            }
        }
    }

    if (edited.empty())
        return;
    m_fields.submit(workspace, [edited, description] {
        std::vector<core::CommandPtr> commands;
        for (const core::Node& node : edited)
            commands.push_back(std::make_unique<core::EditNodeCommand>(node.id, node));
        return std::make_unique<core::CommandGroup>(std::move(commands), description);
    });
}

// ------------------------------------------------------------------------------------ document meta

void InspectorPanel::drawMeta(Workspace& workspace) {
    const core::Annotations annotations = workspace.document().model().annotations;
    ImGui::TextDisabled("%s", core::tr("Nothing selected: the document"));
    std::optional<core::Annotations> after;
    std::string description;
    if (m_fields.beginForm("##meta", 96.0f)) {
        m_fields.row(core::tr("Title"),
                     core::tr("The network's title, shown in the window, on pictures and in reports."));
        std::string title;
        if (m_fields.text("##title", annotations.meta.title, title)) {
            after = annotations;
            after->meta.title = title;
            description = core::tr("Edit title");
        }
        m_fields.row(core::tr("Description"), core::tr("What the network shows and for whom."));
        std::string text;
        if (m_fields.multiline("##description", annotations.meta.description, text, 6.0f) && !after) {
            after = annotations;
            after->meta.description = text;
            description = core::tr("Edit description");
        }
        m_fields.endForm();
    }
    ImGui::TextDisabled(core::tr("Sources (%zu)"), annotations.meta.sources.size());
    itemTooltip(core::tr("Where the network's facts come from: documents, interviews, data sets."));
    for (std::size_t i = 0; i < annotations.meta.sources.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        std::string text;
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() -
                                ImGui::GetStyle().ItemSpacing.x);
        const bool edited = m_fields.multiline("##source", annotations.meta.sources[i], text, 2.0f);
        ImGui::SameLine();
        const bool remove = ImGui::SmallButton("x");
        itemTooltip(core::tr("Remove this source"));
        if (edited && !after) {
            after = annotations;
            after->meta.sources[i] = text;
            description = core::tr("Edit source");
        }
        if (remove && !after) {
            after = annotations;
            after->meta.sources.erase(after->meta.sources.begin() + static_cast<std::ptrdiff_t>(i));
            description = core::tr("Remove source");
        }
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##new-source", core::tr("add a source (Enter)"), &m_newSource,
                                 ImGuiInputTextFlags_EnterReturnsTrue) &&
        !m_newSource.empty() && !after) {
        after = annotations;
        after->meta.sources.push_back(m_newSource);
        description = core::tr("Add source");
        m_newSource.clear();
    }
    if (after) {
        const core::Annotations value = *after;
        m_fields.submit(workspace, [value, description] {
            return std::make_unique<core::EditAnnotationsCommand>(value, description);
        });
    }
}

}  // namespace orgweave::studio
