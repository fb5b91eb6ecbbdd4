// The Gaps panel.

#include "orgweave/studio/panels/GapsPanel.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/studio/support/StatusColors.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>

namespace orgweave::studio {

namespace {

/// Colour-blind-safe severity colours (Okabe–Ito vermillion, orange, blue) for the theme; the
/// letter carries the meaning without colour.
ImVec4 severityColor(core::FindingSeverity severity) {
    switch (severity) {
        case core::FindingSeverity::Critical:
            return redText();
        case core::FindingSeverity::Warning:
            return amberText();
        case core::FindingSeverity::Info:
            return blueText();
    }
    return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
}

const char* severityLetter(core::FindingSeverity severity) {
    switch (severity) {
        case core::FindingSeverity::Critical:
            return "!";
        case core::FindingSeverity::Warning:
            return "W";
        case core::FindingSeverity::Info:
            return "i";
    }
    return "?";
}

const char* severityName(core::FindingSeverity severity) {
    return core::tr(core::toString(severity).data());
}

/// The letter on a badge: white on the dark shades of the light theme, near-black on the light
/// shades of the dark theme.
ImU32 badgeLetterColor() {
    return darkBackground() ? IM_COL32(20, 20, 20, 255) : IM_COL32_WHITE;
}

/// A filled rounded badge with a white letter, as wide as a square, at the cursor; `frameLine`
/// centres it on a line of framed widgets (checkboxes) instead of a line of text.
void badge(core::FindingSeverity severity, bool frameLine = false) {
    const float size = ImGui::GetTextLineHeight();
    if (frameLine)
        ImGui::AlignTextToFramePadding();
    ImVec2 p = ImGui::GetCursorScreenPos();
    if (frameLine)
        p.y += ImGui::GetStyle().FramePadding.y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(p, ImVec2(p.x + size, p.y + size), ImGui::GetColorU32(severityColor(severity)),
                        size * 0.25f);
    const char* letter = severityLetter(severity);
    const ImVec2 t = ImGui::CalcTextSize(letter);
    draw->AddText(ImVec2(p.x + (size - t.x) * 0.5f, p.y + (size - t.y) * 0.5f), badgeLetterColor(), letter);
    ImGui::Dummy(ImVec2(size, frameLine ? ImGui::GetFrameHeight() : size));
}

}  // namespace

std::string GapsPanel::elementPairLabel(const core::Finding& finding) {
    return elementsLabel(finding.elements);
}

std::string GapsPanel::elementsLabel(const std::vector<core::Element>& elements) {
    std::string label;
    for (core::Element element : elements) {
        if (!label.empty())
            label += " \xE2\x80\x93 ";  // " – " (the font has no "↔")
        label += core::tr(std::string(core::labelOf(element)).c_str());
    }
    return label.empty() ? std::string(core::tr("Other")) : label;
}

void GapsPanel::remember(const std::string& name) {
    m_items[name] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

Rect GapsPanel::itemRect(const std::string& name) const {
    auto it = m_items.find(name);
    return it == m_items.end() ? Rect{} : it->second;
}

std::size_t GapsPanel::visibleCount(const Workspace& workspace) const {
    const auto& latest = workspace.analysis().latest();
    if (!latest)
        return 0;
    return static_cast<std::size_t>(
        std::count_if(latest->gaps.findings.begin(), latest->gaps.findings.end(),
                      [&](const core::Finding& f) { return showsSeverity(f.severity); }));
}

void GapsPanel::draw(Workspace& workspace) {
    m_drawn.clear();
    m_drawnRects.clear();
    m_drawnPasses.clear();
    m_summary.clear();
    m_items.clear();
    if (!workspace.hasDocument()) {
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    AnalysisService& analysis = workspace.analysis();
    const auto latest = analysis.latest();
    if (analysis.running())
        ImGui::Text(core::tr("Evaluating the gap rules\xE2\x80\xA6 %.1f s"), analysis.runningSeconds());
    if (!latest) {
        if (!analysis.running())
            ImGui::TextDisabled("%s", core::tr("No analysis yet."));
        return;
    }
    if (analysis.isStale(workspace.structureRevision())) {
        ImGui::PushStyleColor(ImGuiCol_Text, amberText());
        ImGui::TextWrapped("%s", core::tr("Computed for an older version of the network."));
        ImGui::PopStyleColor();
    }
    if (!latest->gapsError.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, redText());
        ImGui::TextWrapped(core::tr("The gap rules could not be evaluated: %s"), latest->gapsError.c_str());
        ImGui::PopStyleColor();
    }

    drawSummary(latest->gaps);

    // Filter and canvas options.
    CanvasMapping& mapping = workspace.mapping();
    constexpr std::array<core::FindingSeverity, 3> kOrder{
        core::FindingSeverity::Critical, core::FindingSeverity::Warning, core::FindingSeverity::Info};
    const auto& findings = latest->gaps.findings;
    for (core::FindingSeverity severity : kOrder) {
        const auto count = std::count_if(findings.begin(), findings.end(),
                                         [&](const core::Finding& f) { return f.severity == severity; });
        badge(severity, true);
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        const std::string label = std::string(severityName(severity)) + " (" + std::to_string(count) + ")";
        ImGui::Checkbox(label.c_str(), &m_show[index(severity)]);
        remember("show/" + std::string(severityName(severity)));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Checkbox(core::tr("Show halos on canvas"), &mapping.showGapHalos);
    remember("halos");
    ImGui::SameLine();
    ImGui::BeginDisabled(mapping.haloRule.empty() && workspace.selection().empty());
    const bool clear = ImGui::Button(core::tr("Clear focus"));
    remember("clear-focus");
    if (clear) {
        mapping.haloRule.clear();
        workspace.selection().clear();
    }
    ImGui::EndDisabled();
    if (!mapping.haloRule.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled(core::tr("halos: %s only"), mapping.haloRule.c_str());
    }
    ImGui::Separator();

    if (ImGui::BeginChild("##gap-list")) {
        // Groups in order of first appearance; findings keep the report's order inside a group.
        std::vector<std::string> groupOrder;
        std::map<std::string, std::vector<std::size_t>> groups;
        for (std::size_t k = 0; k < findings.size(); ++k) {
            if (!showsSeverity(findings[k].severity))
                continue;
            const std::string label = elementPairLabel(findings[k]);
            auto [it, added] = groups.try_emplace(label);
            if (added)
                groupOrder.push_back(label);
            it->second.push_back(k);
        }
        if (findings.empty() && latest->gapsError.empty())
            ImGui::TextWrapped("%s", core::tr("No gaps found: every rule that could be evaluated passed."));
        else if (groupOrder.empty())
            ImGui::TextDisabled("%s", core::tr("Every finding is hidden by the severity filter."));
        for (const std::string& group : groupOrder) {
            const std::vector<std::size_t>& members = groups[group];
            core::FindingSeverity worst = core::FindingSeverity::Info;
            for (std::size_t k : members)
                worst = std::max(worst, findings[k].severity);
            // The group's evidence: its checks that passed of those evaluated.
            int passes = 0, evaluated = 0;
            for (const core::CheckEvaluation& e : latest->gaps.evaluations) {
                if (e.status == core::CheckStatus::NotEvaluable || elementsLabel(e.elements) != group)
                    continue;
                ++evaluated;
                passes += e.status == core::CheckStatus::Pass ? 1 : 0;
            }
            const std::string header =
                group + "  (" +
                core::fill(
                    core::trn("{} gap · {} of {} pass", "{} gaps · {} of {} pass", members.size()),
                    {std::to_string(members.size()), std::to_string(passes), std::to_string(evaluated)}) +
                ")###" + group;
            const bool open = ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
            // Worst severity as a badge at the right end of the header.
            const ImVec2 max = ImGui::GetItemRectMax();
            const ImVec2 min = ImGui::GetItemRectMin();
            const float size = ImGui::GetTextLineHeight();
            const ImVec2 at(max.x - size - ImGui::GetStyle().FramePadding.x,
                            min.y + (max.y - min.y - size) * 0.5f);
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(at, ImVec2(at.x + size, at.y + size),
                                ImGui::GetColorU32(severityColor(worst)), size * 0.25f);
            const ImVec2 t = ImGui::CalcTextSize(severityLetter(worst));
            draw->AddText(ImVec2(at.x + (size - t.x) * 0.5f, at.y + (size - t.y) * 0.5f), badgeLetterColor(),
                          severityLetter(worst));
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(core::tr("%zu finding%s, worst: %s"), members.size(),
                                  members.size() == 1 ? "" : "s", severityName(worst));
            if (!open)
                continue;
            for (std::size_t k : members)
                drawFinding(workspace, findings[k], k);
        }

        drawPasses(workspace, latest->gaps);

        const auto& notEvaluated = latest->gaps.notEvaluated;
        if (!notEvaluated.empty()) {
            ImGui::Spacing();
            const std::string header =
                core::fill(core::tr("Not evaluable ({})"), {std::to_string(notEvaluated.size())}) +
                "###not-evaluated";
            if (ImGui::CollapsingHeader(header.c_str())) {
                for (const core::NotEvaluated& rule : notEvaluated) {
                    ImGui::TextDisabled("%s", rule.rule.c_str());
                    ImGui::SameLine();
                    ImGui::TextUnformatted((rule.title + " \xE2\x80\x94 " + rule.subject.label).c_str());
                    ImGui::Indent();
                    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                    ImGui::TextWrapped("%s", rule.reason.c_str());
                    ImGui::PopStyleColor();
                    ImGui::Unindent();
                }
            }
        }
    }
    ImGui::EndChild();
}

void GapsPanel::drawSummary(const core::GapReport& report) {
    const int passes = report.passes();
    const int evaluated = static_cast<int>(std::count_if(
        report.evaluations.begin(), report.evaluations.end(),
        [](const core::CheckEvaluation& e) { return e.status != core::CheckStatus::NotEvaluable; }));
    const std::size_t gaps = report.findings.size();
    if (evaluated == 0) {
        m_summary = core::tr(
            "No check could be evaluated: record the data listed under \xE2\x80\x9CNot "
            "evaluable\xE2\x80\x9D.");
    } else {
        m_summary = core::fill(core::trn("{} of {} checks pass · {} gap", "{} of {} checks pass · {} gaps",
                                         static_cast<unsigned long>(gaps)),
                               {std::to_string(passes), std::to_string(evaluated), std::to_string(gaps)});
    }
    if (!report.notEvaluated.empty())
        m_summary +=
            core::fill(core::tr(" · {} not evaluable"), {std::to_string(report.notEvaluated.size())});
    ImGui::TextWrapped("%s", m_summary.c_str());
    remember("summary");
    if (!report.phaseNote.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", report.phaseNote.c_str());
        ImGui::PopStyleColor();
    }
    // Each element's score over the checks that touch it; "not recorded" where none was evaluated.
    if (ImGui::BeginTable("##element-scores", 2, ImGuiTableFlags_SizingStretchProp)) {
        for (std::size_t slot = 0; slot < core::kAlignmentElements.size(); ++slot) {
            const core::AlignmentScore& score = report.alignment.elements[slot];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(
                core::tr(std::string(core::labelOf(core::kAlignmentElements[slot])).c_str()));
            ImGui::TableNextColumn();
            if (score.recorded()) {
                ImGui::TextUnformatted(score.text().c_str());
            } else {
                ImGui::TextDisabled("%s", score.text().c_str());
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip(
                        "%s",
                        core::tr("No check of this element could be evaluated: its data is not recorded."));
            }
            if (const auto& share = report.alignment.completeness[slot]) {
                ImGui::SameLine();
                ImGui::TextDisabled(core::tr("(recorded for %d%% of partners)"),
                                    static_cast<int>(*share * 100.0 + 0.5));
            }
        }
        ImGui::EndTable();
    }
}

void GapsPanel::drawPasses(Workspace& workspace, const core::GapReport& report) {
    const int passes = report.passes();
    if (passes == 0)
        return;
    ImGui::Spacing();
    const std::string header = core::fill(core::tr("Passed ({})"), {std::to_string(passes)}) + "###passed";
    const bool open = ImGui::CollapsingHeader(header.c_str());
    remember("passed");
    if (!open)
        return;
    for (std::size_t k = 0; k < report.evaluations.size(); ++k) {
        const core::CheckEvaluation& e = report.evaluations[k];
        if (e.status != core::CheckStatus::Pass)
            continue;
        m_drawnPasses.push_back(k);
        ImGui::PushID(static_cast<int>(k));
        ImGui::TextDisabled("%s", e.rule.c_str());
        ImGui::SameLine();
        const std::string title = e.title + " \xE2\x80\x94 " + e.subject.label;
        if (ImGui::Selectable(title.c_str(), false)) {
            std::vector<std::string> present;
            for (const std::string& id : e.nodes) {
                if (workspace.document().model().findNode(id))
                    present.push_back(id);
            }
            workspace.selection().setNodes(present);
            if (!present.empty())
                workspace.requests().post(FocusRequest{present});
        }
        if (!e.explanation.empty()) {
            ImGui::Indent();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", e.explanation.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent();
        }
        ImGui::PopID();
    }
}

void GapsPanel::drawFinding(Workspace& workspace, const core::Finding& finding, std::size_t findingIndex) {
    CanvasMapping& mapping = workspace.mapping();
    ImGui::PushID(static_cast<int>(findingIndex));
    const bool focused = mapping.haloRule == finding.rule && !finding.nodes.empty() &&
                         std::all_of(finding.nodes.begin(), finding.nodes.end(), [&](const std::string& id) {
                             return workspace.selection().hasNode(id);
                         });
    badge(finding.severity);
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::PushStyleColor(ImGuiCol_Text, severityColor(finding.severity));
    const std::string title = finding.rule + "  " + finding.title;
    const bool clicked = ImGui::Selectable(title.c_str(), focused);
    ImGui::PopStyleColor();
    m_drawn.push_back(findingIndex);
    m_drawnRects.push_back(Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(core::tr("%s \xE2\x80\x94 click to select and frame its %zu node%s"),
                          severityName(finding.severity), finding.nodes.size(),
                          finding.nodes.size() == 1 ? "" : "s");
    if (clicked) {
        std::vector<std::string> present;
        for (const std::string& id : finding.nodes) {
            if (workspace.document().model().findNode(id))
                present.push_back(id);
        }
        workspace.selection().setNodes(present);
        if (!present.empty())
            workspace.requests().post(FocusRequest{present});
        mapping.haloRule = finding.rule;
    }
    ImGui::Indent(ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextWrapped("%s", finding.explanation.c_str());
    if (!finding.suggestion.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped(core::tr("\xE2\x86\x92 %s"), finding.suggestion.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Unindent(ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::Spacing();
    ImGui::PopID();
}

}  // namespace orgweave::studio
