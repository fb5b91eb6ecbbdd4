// AlignmentHeatMap: sections · cells · matrix · scores
#include "orgweave/studio/panels/AlignmentHeatMap.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/studio/panels/FieldEditor.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

namespace orgweave::studio {

namespace {

/// Column heads, abbreviated to fit (translators: keep them as short).
constexpr const char* kShortLabels[4] = {core::N_("Context"), core::N_("Archit."), core::N_("Leader."),
                                         core::N_("Learning")};

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

/// A bar with "k of n · p%", or a grey "not recorded" (never a full bar for no evidence).
void scoreBar(const char* label, const core::AlignmentScore& score, float labelWidth,
              const char* empty = nullptr) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(labelWidth);
    const std::string overlay = score.recorded() ? score.text() : std::string(empty ? empty : "not recorded");
    const int percent = score.percent().value_or(0);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram,
                          score.recorded() ? scoreColor(percent) : ImVec4(0.62f, 0.62f, 0.62f, 1.0f));
    ImGui::ProgressBar(score.recorded() ? static_cast<float>(percent) / 100.0f : 0.0f, ImVec2(-FLT_MIN, 0.0f),
                       overlay.c_str());
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

ImU32 AlignmentHeatMap::cellColor(const core::AlignmentScore& score) {
    const ImVec4 white(1.0f, 1.0f, 1.0f, 1.0f);
    const ImVec4 grey(0.62f, 0.62f, 0.62f, 1.0f);
    const ImVec4 amber(1.0f, 0.76f, 0.28f, 1.0f);
    const ImVec4 red(0.80f, 0.16f, 0.12f, 1.0f);
    const auto percent = score.percent();
    if (!percent)
        return mix(grey, grey, 0.0f);
    if (*percent >= 100)
        return mix(white, white, 0.0f);
    // Any gap already shows; a cell with half its weight failing is amber, none passing red.
    const float t = 0.15f + 0.85f * std::clamp(static_cast<float>(100 - *percent) / 100.0f, 0.0f, 1.0f);
    return t < 0.5f ? mix(white, amber, t * 2.0f) : mix(amber, red, (t - 0.5f) * 2.0f);
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

    for (std::size_t c = 0; c < 4; ++c) {
        const ImVec2 size = ImGui::CalcTextSize(core::tr(kShortLabels[c]));
        draw->AddText(ImVec2(m_origin.x + static_cast<float>(c) * m_cell + (m_cell - size.x) * 0.5f, start.y),
                      text, core::tr(kShortLabels[c]));
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
            const core::AlignmentScore& cell = alignment.cells[r][c];
            const ImU32 fill = cellColor(cell);
            draw->AddRectFilled(min, max, fill);
            draw->AddRect(min, max, grid);
            {
                // k of n in every cell; "–" for not recorded.
                char number[24];
                if (cell.recorded())
                    std::snprintf(number, sizeof number, "%d/%d", cell.passes, cell.total);
                else
                    std::snprintf(number, sizeof number, "\xE2\x80\x93");
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
    const std::string scoreText = alignment.cells[r][c].text();
    if (r == c)
        ImGui::Text(core::tr("%s alone: %s"), a.c_str(), scoreText.c_str());
    else
        ImGui::Text(core::tr("%s \xE2\x86\x94 %s: %s"), a.c_str(), b.c_str(), scoreText.c_str());
    ImGui::TextDisabled(
        "%s", core::tr("k of n evaluations pass, weighted by severity (info 0.25, warning 1, critical 2)"));
    ImGui::Separator();
    if (m_tooltip.empty())
        ImGui::TextDisabled("%s", core::tr("No gaps between these elements."));
    for (std::size_t i : m_tooltip) {
        const core::Finding& finding = gaps.findings[i];
        const std::string severity(core::ui().text(core::toString(finding.severity)));
        ImGui::Bullet();
        ImGui::TextWrapped("%s %s (%s): %s", finding.rule.c_str(), finding.title.c_str(), severity.c_str(),
                           finding.explanation.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// ------------------------------------------------------------------------------------------- scores

void AlignmentHeatMap::drawScores(const core::Model& /*model*/, const core::GapReport& gaps) {
    const core::Alignment& alignment = gaps.alignment;
    const float labelWidth = elementLabelWidth();
    ImGui::Spacing();
    if (!gaps.phaseNote.empty())
        ImGui::TextDisabled("%s", gaps.phaseNote.c_str());
    ImGui::TextDisabled("%s", core::tr("Element scores"));
    itemTooltip(core::tr(
        "k of n evaluations of the checks touching the element pass; the percent weighs each by the severity "
        "its check has when it fails (info 0.25, warning 1, critical 2). Not recorded: nothing could be "
        "evaluated. Completeness (in brackets): the share of partners for which the element is recorded."));
    for (std::size_t e = 0; e < 4; ++e) {
        std::string label(core::labelOf(core::kAlignmentElements[e]));
        if (const auto& c = alignment.completeness[e])
            label += " (" + std::to_string(static_cast<int>(*c * 100.0 + 0.5)) + "%)";
        ImGui::PushID(static_cast<int>(e));
        scoreBar(label.c_str(), alignment.elements[e], labelWidth * 1.3f);
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", core::tr("Partner scores (worst first)"));
    itemTooltip(core::tr(
        "The same over the evaluations whose subject is or involves the partner. Voices and externals "
        "are listed, not scored."));
    std::vector<const core::OrganizationAlignment*> organizations;
    for (const core::OrganizationAlignment& o : alignment.organizations)
        organizations.push_back(&o);
    std::stable_sort(organizations.begin(), organizations.end(), [](const auto* x, const auto* y) {
        if (x->scored != y->scored)
            return x->scored;
        return x->score.percent().value_or(101) < y->score.percent().value_or(101);
    });
    if (organizations.empty())
        ImGui::TextDisabled("%s", core::tr("No organizations."));
    float nameWidth = 0.0f;
    for (const auto* o : organizations)
        nameWidth = std::max(nameWidth, ImGui::CalcTextSize(o->label.c_str()).x);
    nameWidth = std::min(nameWidth + ImGui::GetStyle().ItemSpacing.x * 2.0f,
                         ImGui::GetContentRegionAvail().x * 0.55f);
    for (std::size_t i = 0; i < organizations.size(); ++i) {
        const core::OrganizationAlignment& o = *organizations[i];
        ImGui::PushID(static_cast<int>(i));
        if (!o.scored) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(o.label.c_str());
            ImGui::SameLine(nameWidth);
            ImGui::TextDisabled(core::tr("%s: listed, not scored"), o.party.c_str());
        } else {
            scoreBar(o.label.c_str(), o.score, nameWidth, o.representedOnly ? "represented only" : nullptr);
        }
        ImGui::PopID();
    }
}

}  // namespace orgweave::studio
