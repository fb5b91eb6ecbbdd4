// ViewsPanel: sections · save · list · chosen view · filter
#include "orgweave/studio/panels/ViewsPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/ViewFilter.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/session/ViewActions.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace orgweave::studio {

void ViewsPanel::draw(Workspace& workspace) {
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document open."));
        return;
    }
    if (workspace.generation() != m_generation) {
        m_generation = workspace.generation();
        m_chosen.reset();
        m_fields.reset();
    }
    const auto& views = workspace.model()->annotations.views;
    if (m_chosen && *m_chosen >= views.size())
        m_chosen.reset();
    drawSave(workspace);
    ImGui::Separator();
    drawList(workspace);
    if (m_chosen) {
        ImGui::Separator();
        drawChosen(workspace, *m_chosen);
    }
}

// --------------------------------------------------------------------------------------------- save

void ViewsPanel::drawSave(Workspace& workspace) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped(
        "%s", core::tr("Saves what the canvas shows now: phase, colours, sizes, filter, the selection as "
                       "highlights and the camera."));
    ImGui::PopStyleColor();
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##new-title", core::tr("Title of the new view"), &m_newTitle);
    m_rects.recordLastItem("new-title");
    ImGui::TextDisabled("%s", core::tr("Caption"));
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextMultiline("##new-caption", &m_newCaption,
                              ImVec2(-1.0f, ImGui::GetTextLineHeight() * 3.2f));
    m_rects.recordLastItem("new-caption");
    if (ImGui::Button(core::tr("Save current view"))) {
        core::View view = ViewActions::capture(workspace, m_newTitle, m_newCaption);
        if (ViewActions::add(workspace, std::move(view))) {
            m_chosen = workspace.model()->annotations.views.size() - 1;
            m_newTitle.clear();
            m_newCaption.clear();
            m_fields.reset();
        }
    }
    m_rects.recordLastItem("save");
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Present"))) {
        const auto& views = workspace.model()->annotations.views;
        workspace.requests().post(
            PresentRequest{m_chosen && *m_chosen < views.size() ? views[*m_chosen].id : std::string()});
    }
    m_rects.recordLastItem("present");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s", core::tr("Full screen, one view after another (F5). Arrow keys step, Escape leaves."));
}

// --------------------------------------------------------------------------------------------- list

void ViewsPanel::drawList(Workspace& workspace) {
    const auto& views = workspace.model()->annotations.views;
    if (views.empty()) {
        ImGui::TextWrapped(
            "%s",
            core::tr("No saved views yet. Arrange the canvas, select the nodes to highlight and save it."));
        return;
    }
    for (std::size_t i = 0; i < views.size(); ++i) {
        const core::View& view = views[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string label = std::to_string(i + 1) + ". " + (view.title.empty() ? view.id : view.title);
        if (ImGui::Selectable(label.c_str(), m_chosen == i)) {
            if (m_chosen != i)
                m_fields.reset();
            m_chosen = i;
            ViewActions::apply(workspace, view, true, true);
        }
        m_rects.recordLastItem("view:" + view.id);
        if (ImGui::IsItemHovered() && !view.caption.empty())
            ImGui::SetTooltip("%s", view.caption.c_str());
        ImGui::PopID();
    }
}

// ------------------------------------------------------------------------------------- chosen view

void ViewsPanel::drawChosen(Workspace& workspace, std::size_t index) {
    const core::View view = workspace.model()->annotations.views[index];  // a copy: edits replace it
    const std::size_t count = workspace.model()->annotations.views.size();
    ImGui::BeginDisabled(index == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up) && ViewActions::move(workspace, index, -1))
        m_chosen = index - 1;
    ImGui::EndDisabled();
    m_rects.recordLastItem("up");
    ImGui::SameLine();
    ImGui::BeginDisabled(index + 1 >= count);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down) && ViewActions::move(workspace, index, +1))
        m_chosen = index + 1;
    ImGui::EndDisabled();
    m_rects.recordLastItem("down");
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Update camera"))) {
        core::View updated = view;
        updated.camera = workspace.stage().currentCamera();
        ViewActions::replace(workspace, index, std::move(updated),
                             core::fill(core::tr("Update camera of view {}"), {view.id}));
    }
    m_rects.recordLastItem("update-camera");
    ImGui::SameLine();
    if (ImGui::Button(core::tr("Delete"))) {
        ViewActions::remove(workspace, index);
        m_chosen.reset();
        m_fields.reset();
        return;
    }
    m_rects.recordLastItem("delete");

    if (m_fields.beginForm("##view-form", 80.0f)) {
        std::string committed;
        m_fields.row(core::tr("Title"));
        if (m_fields.text("##title", view.title, committed)) {
            core::View updated = view;
            updated.title = committed;
            ViewActions::replace(workspace, index, std::move(updated),
                                 core::fill(core::tr("Rename view {}"), {view.id}));
        }
        m_rects.recordLastItem("title");
        m_fields.row(core::tr("Caption"),
                     core::tr("Shown under the picture when presenting and in exported slides."));
        if (m_fields.multiline("##caption", view.caption, committed, 4.0f)) {
            core::View updated = view;
            updated.caption = committed;
            ViewActions::replace(workspace, index, std::move(updated),
                                 core::fill(core::tr("Edit caption of view {}"), {view.id}));
        }
        m_rects.recordLastItem("caption");
        m_fields.row(core::tr("Phase"));
        ImGui::TextUnformatted(view.phase.empty() ? "all phases" : view.phase.c_str());
        m_fields.row(core::tr("Camera"));
        if (view.camera) {
            ImGui::Text(core::tr("centre %.0f, %.0f \xC2\xB7 zoom %.2f"), view.camera->x, view.camera->y,
                        view.camera->zoom);
        } else {
            ImGui::TextDisabled("%s", core::tr("none: frames the visible nodes"));
        }
        m_fields.row(core::tr("Highlights"));
        ImGui::Text(core::tr("%zu nodes"), view.highlighted.size());
        m_fields.endForm();
    }
    drawFilter(workspace, index);
}

// ------------------------------------------------------------------------------------------- filter

void ViewsPanel::drawFilter(Workspace& workspace, std::size_t index) {
    const core::Model& model = *workspace.model();
    const core::View& view = model.annotations.views[index];
    core::ViewFilter filter = core::ViewFilter::fromJson(view.filter);
    bool changed = false;
    std::string description;
    ImGui::TextDisabled("%s", core::tr("Show only (nothing ticked: everything)"));
    if (ImGui::TreeNodeEx(core::fill("{}###kinds", {core::tr("Kinds")}).c_str(),
                          ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& entry : core::vocabulary::nodeKinds().entries) {
            const std::string id(entry.id);
            bool on = filter.kinds().contains(id);
            if (ImGui::Checkbox((std::string(entry.label) + "##kind-" + id).c_str(), &on)) {
                on ? (void)filter.kinds().insert(id) : (void)filter.kinds().erase(id);
                changed = true;
                description = core::fill(core::tr("Filter view {} by kind"), {view.id});
            }
            m_rects.recordLastItem("kind:" + id);
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNodeEx(core::fill("{}###organizations", {core::tr("Organizations")}).c_str(),
                          ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const core::Node& node : model.nodes) {
            if (node.kind != core::NodeKind::Organization)
                continue;
            bool on = filter.organizations().contains(node.id);
            if (ImGui::Checkbox(std::string(node.displayLabel() + "##organization-" + node.id).c_str(),
                                &on)) {
                on ? (void)filter.organizations().insert(node.id)
                   : (void)filter.organizations().erase(node.id);
                changed = true;
                description = core::fill(core::tr("Filter view {} by organization"), {view.id});
            }
            m_rects.recordLastItem("organization:" + node.id);
        }
        ImGui::TreePop();
    }
    if (!changed)
        return;
    core::View updated = view;
    // Keys the filter does not know stay as they were.
    nlohmann::json json = updated.filter.is_object() ? updated.filter : nlohmann::json::object();
    for (const char* key : {"kinds", "organizations", "types"})
        json.erase(std::string(key));
    json.update(filter.toJson());
    updated.filter = std::move(json);
    if (ViewActions::replace(workspace, index, updated, description) && m_chosen == index)
        ViewActions::apply(workspace, workspace.model()->annotations.views[index], false, false);
}

}  // namespace orgweave::studio
