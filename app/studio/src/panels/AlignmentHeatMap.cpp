// AlignmentHeatMap: sections · cells · matrix · scores
#include "orgweave/studio/panels/AlignmentHeatMap.hpp"

#include "orgweave/studio/panels/FieldEditor.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

namespace orgweave::studio {

namespace {

constexpr const char* kShortLabels[4] = {"Context", "Archit.", "Leader.", "Learning"};

std::size_t slotOf(core::Element element) {
    switch (element) {
        case core::Element::Context:
            return 0;
        case core::Element::Architecture:
        case core::Element::Relational:
            return 1;
        case core::Element::Leadership:
            return 2;
        case core::Element::Learning:
            return 3;
    }
    return 1;
}

ImU32 mix(ImVec4 a, ImVec4 b, float t) {
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f));
}

/// Bar colour of a 0–100 score: red below 50, amber below 80, green from 80.
ImVec4 scoreColor(int score) {
    if (score < 50)
        return ImVec4(0.80f, 0.20f, 0.16f, 1.0f);
    if (score < 80)
        return ImVec4(0.93f, 0.66f, 0.10f, 1.0f);
    return ImVec4(0.30f, 0.62f, 0.36f, 1.0f);
}

/// Width of the widest element label plus spacing.
float elementLabelWidth() {
    float width = 0.0f;
    for (core::Element element : core::kAlignmentElements)
        width = std::max(width, ImGui::CalcTextSize(std::string(core::labelOf(element)).c_str()).x);
    return width + ImGui::GetStyle().ItemSpacing.x * 2.0f;
}

void scoreBar(const char* label, int score, float labelWidth) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(labelWidth);
    char overlay[16];
    std::snprintf(overlay, sizeof overlay, "%d", score);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, scoreColor(score));
    ImGui::ProgressBar(static_cast<float>(score) / 100.0f, ImVec2(-FLT_MIN, 0.0f), overlay);
    ImGui::PopStyleColor();
}

}  // namespace

// -------------------------------------------------------------------------------------------- cells

std::vector<std::size_t> AlignmentHeatMap::findingsOf(const core::GapReport& gaps, std::size_t row,
                                                      std::size_t column) {
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < gaps.findings.size(); ++i) {
        std::set<std::size_t> slots;
        for (core::Element element : gaps.findings[i].elements)
            slots.insert(slotOf(element));
        const bool counted = row == column ? slots.size() == 1 && slots.count(row) > 0
                                           : slots.count(row) > 0 && slots.count(column) > 0;
        if (counted)
            result.push_back(i);
    }
    return result;
}

ImU32 AlignmentHeatMap::cellColor(int weight, int maxWeight) {
    const ImVec4 white(1.0f, 1.0f, 1.0f, 1.0f);
    const ImVec4 amber(1.0f, 0.76f, 0.28f, 1.0f);
    const ImVec4 red(0.80f, 0.16f, 0.12f, 1.0f);
    if (weight <= 0)
        return mix(white, white, 0.0f);
    // A single warning already shows; the scale never tops out below 12 (two critical gaps).
    const float t =
        std::clamp(static_cast<float>(weight) / static_cast<float>(std::max(maxWeight, 12)), 0.0f, 1.0f);
    const float lifted = 0.15f + 0.85f * t;
    return lifted < 0.5f ? mix(white, amber, lifted * 2.0f) : mix(amber, red, (lifted - 0.5f) * 2.0f);
}

std::pair<ImVec2, ImVec2> AlignmentHeatMap::cellRect(std::size_t row, std::size_t column) const {
    const ImVec2 min(m_origin.x + static_cast<float>(column) * m_cell,
                     m_origin.y + static_cast<float>(row) * m_cell);
    return {min, ImVec2(min.x + m_cell, min.y + m_cell)};
}

// ------------------------------------------------------------------------------------------- matrix

void AlignmentHeatMap::draw(const core::Model& model, const core::GapReport& gaps) {
    drawMatrix(gaps);
    drawScores(model, gaps);
}

void AlignmentHeatMap::drawMatrix(const core::GapReport& gaps) {
    const core::Alignment& alignment = gaps.alignment;
    const float rowLabel = elementLabelWidth();
    const float available = ImGui::GetContentRegionAvail().x - rowLabel;
    m_cell = std::clamp(available / 4.0f, ImGui::GetFontSize() * 2.5f, ImGui::GetFontSize() * 5.0f);
    const float header = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    m_origin = ImVec2(start.x + rowLabel, start.y + header);
    ImGui::InvisibleButton("##alignment", ImVec2(rowLabel + 4.0f * m_cell, header + 4.0f * m_cell));
    const bool hovered = ImGui::IsItemHovered();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
    int maxWeight = 0;
    for (const auto& row : alignment.weights)
        for (int weight : row)
            maxWeight = std::max(maxWeight, weight);

    for (std::size_t c = 0; c < 4; ++c) {
        const ImVec2 size = ImGui::CalcTextSize(kShortLabels[c]);
        draw->AddText(ImVec2(m_origin.x + static_cast<float>(c) * m_cell + (m_cell - size.x) * 0.5f, start.y),
                      text, kShortLabels[c]);
    }
    m_hovered.reset();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t r = 0; r < 4; ++r) {
        const std::string label(core::labelOf(core::kAlignmentElements[r]));
        draw->AddText(ImVec2(start.x, m_origin.y + static_cast<float>(r) * m_cell +
                                          (m_cell - ImGui::GetFontSize()) * 0.5f),
                      text, label.c_str());
        for (std::size_t c = 0; c < 4; ++c) {
            const auto [min, max] = cellRect(r, c);
            const int weight = alignment.weights[r][c];
            const ImU32 fill = cellColor(weight, maxWeight);
            draw->AddRectFilled(min, max, fill);
            draw->AddRect(min, max, grid);
            const int count = alignment.counts[r][c];
            if (count > 0) {
                char number[16];
                std::snprintf(number, sizeof number, "%d", count);
                const ImVec2 size = ImGui::CalcTextSize(number);
                const ImVec4 rgba = ImGui::ColorConvertU32ToFloat4(fill);
                const bool dark = rgba.x * 0.3f + rgba.y * 0.59f + rgba.z * 0.11f < 0.5f;
                draw->AddText(ImVec2(min.x + (m_cell - size.x) * 0.5f, min.y + (m_cell - size.y) * 0.5f),
                              dark ? IM_COL32(255, 255, 255, 255) : IM_COL32(20, 20, 20, 255), number);
            }
            if (hovered && mouse.x >= min.x && mouse.x < max.x && mouse.y >= min.y && mouse.y < max.y)
                m_hovered = std::make_pair(r, c);
        }
    }
    m_drawn = true;
    m_tooltip.clear();
    if (!m_hovered)
        return;
    const auto [r, c] = *m_hovered;
    m_tooltip = findingsOf(gaps, r, c);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    const std::string a(core::labelOf(core::kAlignmentElements[r]));
    const std::string b(core::labelOf(core::kAlignmentElements[c]));
    if (r == c)
        ImGui::Text("%s alone: %zu findings (weight %d)", a.c_str(), m_tooltip.size(),
                    alignment.weights[r][c]);
    else
        ImGui::Text("%s \xE2\x86\x94 %s: %zu findings (weight %d)", a.c_str(), b.c_str(), m_tooltip.size(),
                    alignment.weights[r][c]);
    ImGui::Separator();
    if (m_tooltip.empty())
        ImGui::TextDisabled("No gaps between these elements.");
    for (std::size_t i : m_tooltip) {
        const core::Finding& finding = gaps.findings[i];
        const std::string severity(core::toString(finding.severity));
        ImGui::Bullet();
        ImGui::TextWrapped("%s %s (%s): %s", finding.rule.c_str(), finding.title.c_str(), severity.c_str(),
                           finding.explanation.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// ------------------------------------------------------------------------------------------- scores

void AlignmentHeatMap::drawScores(const core::Model& model, const core::GapReport& gaps) {
    const core::Alignment& alignment = gaps.alignment;
    const float labelWidth = elementLabelWidth();
    ImGui::Spacing();
    ImGui::TextDisabled("Element scores");
    itemTooltip(
        "100 minus 5 per weight of the findings that touch the element: a warning costs 15, a critical gap "
        "30.");
    for (std::size_t e = 0; e < 4; ++e) {
        const std::string label(core::labelOf(core::kAlignmentElements[e]));
        ImGui::PushID(static_cast<int>(e));
        scoreBar(label.c_str(), alignment.elementScores[e], labelWidth);
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::TextDisabled("Organization scores (worst first)");
    itemTooltip("The same score over the findings that name the organization or one of its sites or roles.");
    std::vector<std::pair<int, std::string>> organizations;
    for (const auto& [id, score] : alignment.organizationScores) {
        const core::Node* node = model.findNode(id);
        organizations.emplace_back(score, node ? node->displayLabel() : id);
    }
    std::sort(organizations.begin(), organizations.end());
    if (organizations.empty())
        ImGui::TextDisabled("No organizations.");
    float nameWidth = 0.0f;
    for (const auto& [score, name] : organizations)
        nameWidth = std::max(nameWidth, ImGui::CalcTextSize(name.c_str()).x);
    nameWidth = std::min(nameWidth + ImGui::GetStyle().ItemSpacing.x * 2.0f,
                         ImGui::GetContentRegionAvail().x * 0.55f);
    for (std::size_t i = 0; i < organizations.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        scoreBar(organizations[i].second.c_str(), organizations[i].first, nameWidth);
        ImGui::PopID();
    }
}

}  // namespace orgweave::studio
