#include "orgweave/studio/panels/RcMatrixPanel.hpp"

#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/studio/canvas/Style.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <optional>

namespace orgweave::studio {

namespace {

bool isActor(core::NodeKind kind) {
    return kind == core::NodeKind::Role || kind == core::NodeKind::Organization ||
           kind == core::NodeKind::Site || kind == core::NodeKind::Committee;
}

}  // namespace

namespace {

/// The first score of tieScoreNames() that some tie of `model` has; the RC index when none has one.
std::string firstScored(const core::Model& model) {
    for (const std::string& key : layouts::tieScoreNames(model)) {
        if (std::any_of(model.ties.begin(), model.ties.end(),
                        [&](const core::Tie& tie) { return layouts::tieScore(tie, key).has_value(); }))
            return key;
    }
    return "rc_index";
}

}  // namespace

void RcMatrixPanel::rebuild(const core::Model& model, std::string_view phase) {
    m_roles.clear();
    m_labels.clear();
    m_groups.clear();
    m_cells.clear();
    const core::NodeIndex index(model);
    m_scale = layouts::tieScoreScale(model, m_score, m_rcWeak, m_rcStrong, phase);
    // The roles (or, for scores between organizations, the actors) with a scored tie.
    std::vector<std::size_t> involved;
    std::vector<char> seen(model.nodes.size(), 0);
    for (const core::Tie& tie : model.ties) {
        if (!layouts::tieScore(tie, m_score, m_scale))
            continue;
        for (const std::string* end : {&tie.source, &tie.target}) {
            const auto i = index.find(*end);
            if (i && isActor(model.nodes[*i].kind) && !seen[*i]) {
                seen[*i] = 1;
                involved.push_back(*i);
            }
        }
    }
    const auto organizationOf = [&](std::size_t i) {
        const core::Node& node = model.nodes[i];
        if (node.kind == core::NodeKind::Organization)
            return node.displayLabel();
        if (const auto o = index.find(node.organization))
            return model.nodes[*o].displayLabel();
        return node.organization;
    };
    std::stable_sort(involved.begin(), involved.end(), [&](std::size_t a, std::size_t b) {
        const std::string oa = organizationOf(a);
        const std::string ob = organizationOf(b);
        const std::string& ta = model.nodes[a].type;
        const std::string& tb = model.nodes[b].type;
        if (m_sortBy == SortBy::Organization) {
            if (oa != ob)
                return oa < ob;
            if (ta != tb)
                return ta < tb;
        } else {
            if (ta != tb)
                return ta < tb;
            if (oa != ob)
                return oa < ob;
        }
        return model.nodes[a].displayLabel() < model.nodes[b].displayLabel();
    });
    std::vector<std::size_t> rowOf(model.nodes.size(), 0);
    for (std::size_t k = 0; k < involved.size(); ++k) {
        const std::size_t i = involved[k];
        rowOf[i] = k;
        m_roles.push_back(model.nodes[i].id);
        m_labels.push_back(model.nodes[i].displayLabel());
        m_groups.push_back(m_sortBy == SortBy::Organization ? organizationOf(i) : model.nodes[i].type);
    }
    for (const core::Tie& tie : model.ties) {
        const std::optional<double> score = layouts::tieScore(tie, m_score, m_scale);
        if (!score)
            continue;
        const auto a = index.find(tie.source);
        const auto b = index.find(tie.target);
        if (!a || !b || !seen[*a] || !seen[*b])
            continue;
        m_cells[{rowOf[*a], rowOf[*b]}] = {*score, tie.id};
        if (!tie.isDirected() && !m_cells.count({rowOf[*b], rowOf[*a]}))
            m_cells[{rowOf[*b], rowOf[*a]}] = {*score, tie.id};
    }
}

void RcMatrixPanel::draw(Workspace& workspace) {
    const core::Model* model = workspace.model();
    if (model == nullptr) {
        ImGui::TextDisabled("%s", core::tr("No document."));
        return;
    }
    // Choices: the score and the order.
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
    if (ImGui::BeginCombo("##rc-score", layouts::tieScoreLabel(m_score).c_str(),
                          ImGuiComboFlags_HeightLargest)) {
        for (const std::string& key : layouts::tieScoreNames(*model)) {
            if (ImGui::Selectable(layouts::tieScoreLabel(key).c_str(), m_score == key))
                setScore(key);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    int sort = m_sortBy == SortBy::Organization ? 0 : 1;
    ImGui::RadioButton(core::tr("by organization"), &sort, 0);
    ImGui::SameLine();
    ImGui::RadioButton(core::tr("by profession"), &sort, 1);
    m_sortBy = sort == 0 ? SortBy::Organization : SortBy::Profession;
    ImGui::SameLine();
    if (ImGui::SmallButton(core::tr("Colour the canvas")))
        workspace.mapping().tieColorBy = m_score;

    const core::GapSettings& settings = workspace.analysis().settings().gapSettings;
    if (m_builtFor != model || m_builtRevision != workspace.revision() || m_builtScore != m_score ||
        m_builtSort != m_sortBy || m_builtPhase != workspace.mapping().phase || m_rcWeak != settings.rcWeak ||
        m_rcStrong != settings.rcStrong) {
        m_rcWeak = settings.rcWeak;
        m_rcStrong = settings.rcStrong;
        if (!m_scoreChosen)
            m_score = firstScored(*model);
        rebuild(*model, workspace.mapping().phase);
        m_builtFor = model;
        m_builtRevision = workspace.revision();
        m_builtScore = m_score;
        m_builtPhase = workspace.mapping().phase;
        m_builtSort = m_sortBy;
    }
    if (m_roles.empty()) {
        ImGui::TextWrapped("%s",
                           core::tr("No tie has this score. Import a relational coordination survey with "
                                    "`orgweave import-rc` or a trust and value survey with `orgweave "
                                    "import-partner`, or enter scores on a tie in the Inspector."));
        return;
    }
    // Key: the three bands (RC with the Gaps settings' thresholds).
    for (const layouts::Swatch& swatch : layouts::tieQualitySwatches(m_scale)) {
        ImGui::ColorButton(swatch.label.c_str(), ImGui::ColorConvertU32ToFloat4(imColor(swatch.color)),
                           ImGuiColorEditFlags_NoTooltip, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        ImGui::TextUnformatted(swatch.label.c_str());
        ImGui::SameLine();
    }
    ImGui::NewLine();

    // The heat map: row labels at the left, one square per cell.
    const float cell = std::max(ImGui::GetFontSize() * 1.7f, 22.0f);
    float labelWidth = 0.0f;
    for (const std::string& label : m_labels)
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(label.c_str()).x);
    labelWidth = std::min(labelWidth + 8.0f, ImGui::GetFontSize() * 14.0f);
    const auto n = m_roles.size();
    const ImVec2 size{labelWidth + cell * static_cast<float>(n) + 4.0f,
                      cell * static_cast<float>(n + 1) + 4.0f};
    ImGui::BeginChild("##rc-matrix", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_HorizontalScrollbar);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##cells", size);
    const bool hovered = ImGui::IsItemHovered();
    const bool clicked = ImGui::IsItemClicked();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::optional<std::pair<std::size_t, std::size_t>> under;
    for (std::size_t row = 0; row < n; ++row) {
        const float y = origin.y + cell * static_cast<float>(row + 1);
        // Group separators where the organization (or profession) changes.
        if (row > 0 && m_groups[row] != m_groups[row - 1]) {
            drawList->AddLine({origin.x, y}, {origin.x + size.x, y}, text, 1.5f);
            drawList->AddLine({origin.x + labelWidth + cell * static_cast<float>(row), origin.y},
                              {origin.x + labelWidth + cell * static_cast<float>(row), origin.y + size.y},
                              text, 1.5f);
        }
        drawList->PushClipRect({origin.x, y}, {origin.x + labelWidth - 4.0f, y + cell}, true);
        drawList->AddText({origin.x, y + (cell - ImGui::GetFontSize()) * 0.5f}, text, m_labels[row].c_str());
        drawList->PopClipRect();
        for (std::size_t column = 0; column < n; ++column) {
            const ImVec2 min{origin.x + labelWidth + cell * static_cast<float>(column), y};
            const ImVec2 max = min + ImVec2(cell, cell);
            drawList->AddRect(min, max, grid);
            if (mouse.x >= min.x && mouse.x < max.x && mouse.y >= min.y && mouse.y < max.y)
                under = std::make_pair(row, column);
            const auto found = m_cells.find({row, column});
            if (found == m_cells.end())
                continue;
            const layouts::TieQuality quality =
                layouts::tieQuality(*model->findTie(found->second.second), m_score, m_scale);
            drawList->AddRectFilled(min + ImVec2(1.0f, 1.0f), max - ImVec2(1.0f, 1.0f),
                                    imColor(quality.color));
            char value[16];
            std::snprintf(value, sizeof value, "%.1f", found->second.first);
            const ImVec2 textSize = ImGui::CalcTextSize(value);
            drawList->AddText(min + (ImVec2(cell, cell) - textSize) * 0.5f, IM_COL32(255, 255, 255, 255),
                              value);
        }
    }
    // Column heads: numbers (the row's label in the tooltip), so long names never overlap.
    for (std::size_t column = 0; column < n; ++column) {
        char head[24];
        std::snprintf(head, sizeof head, "%zu", column + 1);
        const ImVec2 textSize = ImGui::CalcTextSize(head);
        drawList->AddText(
            {origin.x + labelWidth + cell * static_cast<float>(column) + (cell - textSize.x) * 0.5f,
             origin.y + (cell - textSize.y) * 0.5f},
            text, head);
    }
    if (hovered && under) {
        const auto [row, column] = *under;
        const auto found = m_cells.find({row, column});
        ImGui::BeginTooltip();
        ImGui::Text("%s \xE2\x86\x92 %s", m_labels[row].c_str(), m_labels[column].c_str());
        if (found != m_cells.end())
            ImGui::Text("%s: %.2f", layouts::tieScoreLabel(m_score).c_str(), found->second.first);
        else
            ImGui::TextDisabled("%s", core::tr("no score"));
        ImGui::EndTooltip();
        if (clicked && found != m_cells.end())
            workspace.selection().selectTie(found->second.second);
    }
    ImGui::EndChild();
}

}  // namespace orgweave::studio
