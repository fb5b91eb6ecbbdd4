#include "orgweave/studio/canvas/CanvasFind.hpp"

#include "orgweave/core/Translate.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/NodeSearch.hpp"
#include "orgweave/studio/session/Workspace.hpp"
#include "orgweave/studio/support/Keys.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

namespace orgweave::studio {

namespace {

constexpr ImU32 kMatchRing = IM_COL32(230, 140, 0, 255);

}  // namespace

void CanvasFind::open() {
    m_open = true;
    m_focus = true;
}

void CanvasFind::close() {
    m_open = false;
    m_focus = false;
    m_current = -1;
}

void CanvasFind::refresh(const Canvas& canvas, std::uint64_t revision) {
    if (m_searched == m_query && m_revision == revision)
        return;
    const bool sameQuery = m_searched == m_query;
    m_searched = m_query;
    m_revision = revision;
    m_matches.clear();
    if (canvas.model() != nullptr && m_query.find_first_not_of(" \t") != std::string::npos) {
        for (const std::size_t i : NodeSearch::find(*canvas.model(), m_query)) {
            if (!canvas.hidden(i))
                m_matches.push_back(i);
        }
    }
    if (!sameQuery || m_current >= static_cast<int>(m_matches.size()))
        m_current = -1;  // new text: the next Enter goes to the best match
}

void CanvasFind::step(Canvas& canvas, Workspace& workspace, int direction) {
    if (m_matches.empty())
        return;
    const int count = static_cast<int>(m_matches.size());
    if (m_current < 0)
        m_current = direction > 0 ? 0 : count - 1;
    else
        m_current = ((m_current + direction) % count + count) % count;
    const std::size_t node = m_matches[static_cast<std::size_t>(m_current)];
    canvas.frameNodes({node});
    workspace.selection().selectNode(canvas.model()->nodes[node].id);
}

void CanvasFind::draw(Canvas& canvas, Workspace& workspace) {
    if (!m_open)
        return;
    refresh(canvas, workspace.revision());
    const float scale = canvas.scale();
    const Rect view = canvas.viewport();
    // At the top of the canvas, under the legend when the legend is there.
    float top = view.min.y + 10.0f * scale;
    const Rect& legend = canvas.legend().rect();
    if (canvas.legend().visible() && legend.width() > 0.0f && legend.min.y < top + 40.0f * scale)
        top = std::max(top, legend.max.y + 8.0f * scale);
    ImGui::SetNextWindowPos(ImVec2(view.center().x, top), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    if (m_focus)
        ImGui::SetNextWindowFocus();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("##find-bar", nullptr, flags)) {
        if (m_focus) {
            ImGui::SetKeyboardFocusHere();
            m_focus = false;
        }
        ImGui::SetNextItemWidth(300.0f * scale);
        const bool enter = ImGui::InputTextWithHint(
            "##find", core::tr("Find a node by label, id or attribute"), &m_query,
            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        m_rects.recordLastItem("field");
        const bool escape = namedKeyPressed(ImGuiKey_Escape) &&
                            (ImGui::IsItemActive() || ImGui::IsItemDeactivated() ||
                             ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows));
        refresh(canvas, workspace.revision());
        // Enter leaves the field and the field takes the keyboard back a frame later: an Enter in
        // between (a quick second press) is the bar's too.
        const bool enterAgain = !enter && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
                                (namedKeyPressed(ImGuiKey_Enter) || namedKeyPressed(ImGuiKey_KeyPadEnter));
        if (enter || enterAgain) {
            step(canvas, workspace, ImGui::GetIO().KeyShift ? -1 : 1);
            m_focus = true;  // Enter leaves the field; keep typing and pressing Enter
        }
        ImGui::SameLine();
        if (m_query.empty()) {
            ImGui::TextDisabled("%s", core::tr("Enter: next, Shift+Enter: previous"));
        } else if (m_matches.empty()) {
            ImGui::TextDisabled("%s", core::tr("No match"));
        } else {
            const std::string shown = m_current < 0 ? "-" : std::to_string(m_current + 1);
            ImGui::TextDisabled(
                "%s", core::fill(core::tr("{} of {}"), {shown, std::to_string(m_matches.size())}).c_str());
        }
        ImGui::SameLine();
        if (ImGui::ArrowButton("##previous", ImGuiDir_Up))
            step(canvas, workspace, -1);
        m_rects.recordLastItem("previous");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", core::tr("Previous match (Shift+Enter)"));
        ImGui::SameLine();
        if (ImGui::ArrowButton("##next", ImGuiDir_Down))
            step(canvas, workspace, 1);
        m_rects.recordLastItem("next");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", core::tr("Next match (Enter)"));
        ImGui::SameLine();
        const bool closeClicked = ImGui::SmallButton(core::tr("Close"));
        m_rects.recordLastItem("close");
        if (closeClicked || escape)
            close();
    }
    ImGui::End();
}

void CanvasFind::drawHighlights(ImDrawList* drawList, const Canvas& canvas) const {
    if (!m_open || m_matches.empty())
        return;
    const float scale = canvas.scale();
    for (std::size_t k = 0; k < m_matches.size(); ++k) {
        const std::size_t i = m_matches[k];
        if (i >= canvas.nodeCount())
            continue;
        const bool current = static_cast<int>(k) == m_current;
        const float r = canvas.screenRadius(i) * 1.35f + (current ? 7.0f : 5.0f) * scale;
        drawList->AddCircle(canvas.screenPosition(i), r, kMatchRing, 0, (current ? 4.0f : 2.5f) * scale);
    }
}

}  // namespace orgweave::studio
