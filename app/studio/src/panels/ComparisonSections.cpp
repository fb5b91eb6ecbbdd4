#include "orgweave/studio/panels/ComparisonSections.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/Alignment.hpp"
#include "orgweave/studio/panels/FieldEditor.hpp"
#include "orgweave/studio/support/StatusColors.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace orgweave::studio {
namespace {

std::string number(double value) {
    return core::ui().formatNumber(value, 3);  // "0,120" in bokmål
}

/// "0.120 → 0.250" with a coloured signed change after it.
void changeCells(double before, double after, bool higherIsBetter) {
    ImGui::TableNextColumn();
    ImGui::Text(core::tr("%s \xE2\x86\x92 %s"), number(before).c_str(), number(after).c_str());
    ImGui::TableNextColumn();
    const double delta = after - before;
    if (std::abs(delta) < 1e-12) {
        ImGui::TextDisabled("=");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, (delta > 0) == higherIsBetter ? blueText() : redText());
    ImGui::Text("%+.3f", delta);
    ImGui::PopStyleColor();
}

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;

}  // namespace

std::string pathsText(unsigned paths, unsigned cap) {
    if (paths == 0)
        return core::tr("no path");
    if (cap > 0 && paths >= cap)
        return core::fill(core::tr("{}+ paths"), {std::to_string(cap)});
    return core::fill(core::trn("{} path", "{} paths", paths), {std::to_string(paths)});
}

void drawBetweennessMovers(const core::Comparison& comparison, std::size_t limit) {
    sectionHeading(core::tr("Betweenness: who brokers more, who less"));
    std::size_t shown = 0;
    if (ImGui::BeginTable("##movers", 3, kTableFlags)) {
        ImGui::TableSetupColumn(core::tr("Node"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(core::tr("Before \xE2\x86\x92 after"), ImGuiTableColumnFlags_WidthStretch,
                                1.6f);
        ImGui::TableSetupColumn(core::tr("Change"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableHeadersRow();
        for (const core::MeasureDelta& delta : comparison.betweenness) {
            if (shown == limit)
                break;
            if (!delta.before || !delta.after || std::abs(delta.delta()) < 1e-9)
                continue;  // added and removed nodes are listed as such
            ++shown;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(delta.label.c_str());
            changeCells(*delta.before, *delta.after, true);
        }
        ImGui::EndTable();
    }
    if (shown == 0)
        ImGui::TextDisabled("%s", core::tr("No node present on both sides changes its betweenness."));
}

void drawPairTable(Workspace& workspace, const std::vector<core::GroupPairDelta>& pairs, unsigned cap) {
    constexpr std::size_t kFirstRows = 10;
    const auto rows = [&](std::size_t from, std::size_t to) {
        if (!ImGui::BeginTable("##pairs", 2, kTableFlags))
            return;
        ImGui::TableSetupColumn(core::tr("Organizations"), ImGuiTableColumnFlags_WidthStretch, 2.6f);
        ImGui::TableSetupColumn(core::tr("Paths"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        if (from == 0)
            ImGui::TableHeadersRow();
        for (std::size_t k = from; k < to; ++k) {
            const core::GroupPairDelta& pair = pairs[k];
            const bool cut = pair.pathsAfter == 0 && pair.pathsBefore > 0;
            const bool one = pair.pathsAfter == 1 && pair.pathsBefore > 1;
            const bool gain = pair.pathsAfter > pair.pathsBefore;
            const char* verdict = cut    ? core::tr("lose their last link")
                                  : one  ? core::tr("down to one path")
                                  : gain ? core::tr("gain paths")
                                         : core::tr("fewer paths");
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(k));
            const std::string names = pair.labelA + " \xE2\x80\x94 " + pair.labelB;
            if (ImGui::Selectable(names.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
                workspace.requests().post(FocusRequest{{pair.groupA, pair.groupB}});
            itemTooltip(core::fill(
                core::tr("{}: {}, {} before, {} after (independent chains of roles between "
                         "them). Click to frame both."),
                {names, verdict, pathsText(pair.pathsBefore, cap), pathsText(pair.pathsAfter, cap)}));
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, cut ? redText() : gain ? blueText() : amberText());
            const auto count = [&](unsigned paths) {
                return paths == 0     ? std::string(core::tr("none"))
                       : paths >= cap ? std::to_string(cap) + "+"
                                      : std::to_string(paths);
            };
            ImGui::Text(core::tr("%s \xE2\x86\x92 %s"), count(pair.pathsBefore).c_str(),
                        count(pair.pathsAfter).c_str());
            ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    };
    rows(0, std::min(pairs.size(), kFirstRows));
    if (pairs.size() > kFirstRows) {
        const std::size_t rest = pairs.size() - kFirstRows;
        const std::string more =
            core::fill(core::trn("{} more pair", "{} more pairs", rest), {std::to_string(rest)}) +
            "###more-pairs";
        if (ImGui::TreeNode(more.c_str())) {
            rows(kFirstRows, pairs.size());
            ImGui::TreePop();
        }
    }
}

void drawGroupPairs(Workspace& workspace, const core::Comparison& comparison) {
    sectionHeading(core::tr("Organization pairs: paths between their roles"));
    if (comparison.groupPairs.empty()) {
        ImGui::TextDisabled("%s", core::tr("No pair of organizations gains or loses a path."));
        return;
    }
    drawPairTable(workspace, comparison.groupPairs, comparison.pathCap);
}

void drawGapChanges(const core::Comparison& comparison) {
    sectionHeading(core::tr("Gaps"));
    if (comparison.gapsNew.empty() && comparison.gapsResolved.empty() &&
        comparison.gapsNoLongerEvaluated.empty())
        ImGui::TextDisabled("%s", core::tr("No gap appears or goes away."));
    const auto line = [](const core::Finding& finding, const char* what, const ImVec4& color) {
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::TextWrapped("%s %s %s (%s)", what, finding.rule.c_str(), finding.title.c_str(),
                           core::ui().text(core::toString(finding.severity)).c_str());
        ImGui::PopStyleColor();
        ImGui::Indent();
        ImGui::TextWrapped("%s", finding.explanation.c_str());
        ImGui::Unindent();
    };
    for (const core::Finding& finding : comparison.gapsNew)
        line(finding, core::tr("New:"), redText());
    for (const core::Finding& finding : comparison.gapsResolved)
        line(finding, core::tr("Resolved:"), blueText());
    for (const core::Finding& finding : comparison.gapsNoLongerEvaluated)
        line(finding, core::tr("No longer evaluated (not an improvement):"),
             ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
}

void drawAlignmentChange(const core::Comparison& comparison) {
    sectionHeading(core::tr("Alignment of the four elements (k of n pass, weighted)"));
    if (!ImGui::BeginTable("##alignment", 3, kTableFlags))
        return;
    ImGui::TableSetupColumn(core::tr("Element"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(core::tr("Before \xE2\x86\x92 after"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(core::tr("Change"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    for (std::size_t e = 0; e < core::kAlignmentElements.size(); ++e) {
        const core::AlignmentScore& scoreBefore = comparison.alignmentBefore.elements[e];
        const core::AlignmentScore& scoreAfter = comparison.alignmentAfter.elements[e];
        const int before = scoreBefore.percent().value_or(0);
        const int after = scoreAfter.percent().value_or(0);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(core::labelOf(core::kAlignmentElements[e])).c_str());
        ImGui::TableNextColumn();
        ImGui::Text(core::tr("%s \xE2\x86\x92 %s"), scoreBefore.text().c_str(), scoreAfter.text().c_str());
        ImGui::TableNextColumn();
        if (scoreAfter.total < scoreBefore.total) {
            ImGui::TextDisabled("%s", core::tr("over fewer checks"));
        } else if (!scoreBefore.recorded() || !scoreAfter.recorded() || after == before) {
            ImGui::TextDisabled("=");
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, after > before ? blueText() : redText());
            ImGui::Text("%+d", after - before);
            ImGui::PopStyleColor();
        }
    }
    ImGui::EndTable();
}

void drawNetworkChange(const core::Comparison& comparison) {
    sectionHeading(core::tr("The network"));
    if (!ImGui::BeginTable("##network", 3, kTableFlags))
        return;
    ImGui::TableSetupColumn(core::tr("Measure"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(core::tr("Before \xE2\x86\x92 after"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(core::tr("Change"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    const core::NetworkSummary& a = comparison.networkBefore;
    const core::NetworkSummary& b = comparison.networkAfter;
    const auto count = [](const char* name, std::size_t before, std::size_t after, bool higherIsBetter) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(name);
        ImGui::TableNextColumn();
        ImGui::Text(core::tr("%zu \xE2\x86\x92 %zu"), before, after);
        ImGui::TableNextColumn();
        if (before == after) {
            ImGui::TextDisabled("=");
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, (after > before) == higherIsBetter ? blueText() : redText());
            ImGui::Text(core::tr("%+lld"), static_cast<long long>(after) - static_cast<long long>(before));
            ImGui::PopStyleColor();
        }
    };
    const auto value = [](const char* name, double before, double after, bool higherIsBetter) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(name);
        changeCells(before, after, higherIsBetter);
    };
    count(core::tr("Nodes analysed"), a.nodes, b.nodes, true);
    count(core::tr("Ties analysed"), a.ties, b.ties, true);
    count(core::tr("Components"), a.components, b.components, false);
    value(core::tr("Density"), a.density, b.density, true);
    value(core::tr("Average path length"), a.averagePathLength, b.averagePathLength, false);
    value(core::tr("Degree centralization"), a.degreeCentralization, b.degreeCentralization, false);
    value(core::tr("E-I index (organizations)"), a.eiIndex, b.eiIndex, true);
    ImGui::EndTable();
}

}  // namespace orgweave::studio
