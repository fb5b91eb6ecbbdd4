// PhaseTimeline: sections · selecting · widths · drawing
#include "orgweave/studio/canvas/PhaseTimeline.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/support/Keys.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace orgweave::studio {

namespace {

constexpr const char* kDash = " \xE2\x80\x93 ";  // –
constexpr const char* kDot = " \xC2\xB7 ";       // ·

/// Months since year 0 at the start (`end` false) or the end of a YYYY[-MM[-DD]] date; -1 if none.
double monthOf(const std::string& date, bool end) {
    if (date.size() < 4)
        return -1.0;
    const double year = std::atof(date.substr(0, 4).c_str());
    if (date.size() < 7)
        return year * 12.0 + (end ? 12.0 : 0.0);
    const double month = std::atof(date.substr(5, 2).c_str()) - 1.0;
    if (date.size() < 10)
        return year * 12.0 + month + (end ? 1.0 : 0.0);
    const double day = std::atof(date.substr(8, 2).c_str()) - 1.0;
    return year * 12.0 + month + (day + (end ? 1.0 : 0.0)) / 31.0;
}

/// `text` shortened with "…" to fit `width` at the current font.
std::string fitted(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width)
        return text;
    std::string shortened = text;
    while (!shortened.empty()) {
        shortened.pop_back();
        while (!shortened.empty() && (static_cast<unsigned char>(shortened.back()) & 0xC0) == 0x80)
            shortened.pop_back();  // never cut inside a UTF-8 character
        const std::string candidate = shortened + "\xE2\x80\xA6";
        if (ImGui::CalcTextSize(candidate.c_str()).x <= width)
            return candidate;
    }
    return {};
}

}  // namespace

// ---------------------------------------------------------------------------------------- selecting

float PhaseTimeline::height(float scale) {
    return std::round(ImGui::GetFontSize() * 2.3f + 10.0f * scale);
}

bool PhaseTimeline::wanted(const Workspace& workspace) {
    return workspace.hasDocument() && !workspace.document().model().annotations.phases.empty();
}

bool PhaseTimeline::select(Workspace& workspace, const std::string& phase) {
    if (!workspace.hasDocument())
        return false;
    if (!phase.empty() && workspace.document().model().findPhase(phase) == nullptr)
        return false;
    workspace.mapping().phase = phase;
    if (workspace.analysis().settings().phase != phase) {
        AnalysisSettings settings = workspace.analysis().settings();
        settings.phase = phase;
        workspace.analysis().setSettings(std::move(settings));
    }
    return true;
}

void PhaseTimeline::step(Workspace& workspace, int delta) {
    if (!wanted(workspace))
        return;
    const auto& phases = workspace.document().model().annotations.phases;
    int index = 0;  // 0: all phases, k: phases[k - 1]
    for (std::size_t k = 0; k < phases.size(); ++k) {
        if (phases[k].id == workspace.mapping().phase)
            index = static_cast<int>(k) + 1;
    }
    index = std::clamp(index + delta, 0, static_cast<int>(phases.size()));
    select(workspace, index == 0 ? std::string() : phases[static_cast<std::size_t>(index) - 1].id);
}

void PhaseTimeline::keepValid(Workspace& workspace) {
    const std::string& shown = workspace.mapping().phase;
    const std::string& analysed = workspace.analysis().settings().phase;
    if (shown.empty() && analysed.empty())
        return;
    if (!select(workspace, shown))
        select(workspace, "");
    else if (analysed != shown)
        select(workspace, shown);
}

std::string PhaseTimeline::dateRange(const core::Phase& phase) {
    if (!phase.start.empty() && !phase.end.empty())
        return phase.start + kDash + phase.end;
    if (!phase.start.empty())
        return "from " + phase.start;
    if (!phase.end.empty())
        return "until " + phase.end;
    return {};
}

std::string PhaseTimeline::caption(const core::Model& model, std::string_view phase) {
    const core::Phase* shown = model.findPhase(phase);
    if (shown == nullptr)
        return {};
    const std::string dates = dateRange(*shown);
    return shown->displayLabel() + (dates.empty() ? std::string() : kDot + dates);
}

// ------------------------------------------------------------------------------------------ drawing

void PhaseTimeline::handleKeys(Workspace& workspace) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper || !wanted(workspace))
        return;
    if (namedKeyPressed(ImGuiKey_LeftArrow, true))
        step(workspace, -1);
    if (namedKeyPressed(ImGuiKey_RightArrow, true))
        step(workspace, +1);
}

void PhaseTimeline::draw(Workspace& workspace, const Rect& area, float scale) {
    m_segments.clear();
    m_ghostButton = {};
    m_hideButton = {};
    if (!wanted(workspace) || area.empty())
        return;
    const std::vector<core::Phase>& phases = workspace.document().model().annotations.phases;
    const std::string shown = workspace.mapping().phase;
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(area.min, area.max, ImGui::GetColorU32(ImGuiCol_MenuBarBg));
    drawList->AddLine(area.min, {area.max.x, area.min.y}, ImGui::GetColorU32(ImGuiCol_Border));

    const float pad = 5.0f * scale;
    const float gap = 3.0f * scale;
    const float rounding = 3.0f * scale;
    const Rect inner{area.min + ImVec2(pad, pad), area.max - ImVec2(pad, pad)};
    const ImVec4 accentColor = ImGui::GetStyleColorVec4(ImGuiCol_CheckMark);
    const ImU32 accent = ImGui::GetColorU32(accentColor);
    // Text on the highlighted segment: white on a dark accent, near-black on a light one (dark theme).
    const float luminance = 0.2126f * accentColor.x + 0.7152f * accentColor.y + 0.0722f * accentColor.z;
    const ImU32 onAccent = luminance > 0.45f ? IM_COL32(16, 22, 30, 255) : IM_COL32(255, 255, 255, 255);
    const ImU32 onAccentDim = luminance > 0.45f ? IM_COL32(16, 22, 30, 200) : IM_COL32(255, 255, 255, 215);

    // A button of the strip: frame, centred or left-aligned lines, true when clicked.
    const auto button = [&](const char* id, const Rect& rect, bool current, const std::string& line1,
                            const std::string& line2) {
        ImGui::SetCursorScreenPos(rect.min);
        ImGui::InvisibleButton(id, rect.size());
        const bool hovered = ImGui::IsItemHovered();
        const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
        const ImU32 fill =
            current ? accent : ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_FrameBg);
        drawList->AddRectFilled(rect.min, rect.max, fill, rounding);
        if (!current)
            drawList->AddRect(rect.min, rect.max, ImGui::GetColorU32(ImGuiCol_Border), rounding);
        const float textWidth = rect.width() - 2.0f * pad;
        const float lineHeight = ImGui::GetTextLineHeight();
        const float lines = line2.empty() ? 1.0f : 2.0f;
        float y = std::round(rect.center().y - lineHeight * lines * 0.5f);
        const std::string first = fitted(line1, textWidth);
        drawList->AddText({std::round(rect.min.x + pad), y},
                          current ? onAccent : ImGui::GetColorU32(ImGuiCol_Text), first.c_str());
        if (!line2.empty()) {
            y += lineHeight;
            const std::string second = fitted(line2, textWidth);
            drawList->AddText({std::round(rect.min.x + pad), y},
                              current ? onAccentDim : ImGui::GetColorU32(ImGuiCol_TextDisabled),
                              second.c_str());
        }
        return clicked;
    };

    // Ghost | Hide at the right end.
    const float toggleWidth = ImGui::CalcTextSize(core::tr("Ghost")).x + 2.0f * pad;
    const float hideWidth = ImGui::CalcTextSize(core::tr("Hide")).x + 2.0f * pad;
    m_hideButton = {{inner.max.x - hideWidth, inner.min.y}, inner.max};
    m_ghostButton = {{m_hideButton.min.x - toggleWidth, inner.min.y}, {m_hideButton.min.x, inner.max.y}};
    const char* absentLabel = core::tr("Absent:");
    const ImVec2 absentSize = ImGui::CalcTextSize(absentLabel);
    const float absentX = std::round(m_ghostButton.min.x - pad - absentSize.x);
    drawList->AddText({absentX, std::round(inner.center().y - absentSize.y * 0.5f)},
                      ImGui::GetColorU32(ImGuiCol_TextDisabled), absentLabel);
    bool& hide = workspace.mapping().hideAbsent;
    if (button("##ghost", m_ghostButton, !hide, core::tr("Ghost"), ""))
        hide = false;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", core::tr("Draw nodes and ties absent from the phase faintly"));
    if (button("##hide", m_hideButton, hide, core::tr("Hide"), ""))
        hide = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", core::tr("Leave out nodes and ties absent from the phase"));

    // Segment widths: "All phases" fixed; phases by duration when all are dated, else equal.
    const float allWidth = ImGui::CalcTextSize(core::tr("All phases")).x + 2.0f * pad;
    const float left = inner.min.x + allWidth + gap * 3.0f;
    const float right = absentX - gap * 3.0f;
    const float count = static_cast<float>(phases.size());
    const float span = std::max(right - left - gap * (count - 1.0f), count);
    std::vector<double> durations;
    for (const core::Phase& phase : phases) {
        const double start = monthOf(phase.start, false);
        const double end = monthOf(phase.end, true);
        durations.push_back(start >= 0.0 && end > start ? end - start : -1.0);
    }
    const bool dated = std::none_of(durations.begin(), durations.end(), [](double d) { return d <= 0.0; });
    double total = 0.0;
    for (const double d : durations)
        total += dated ? d : 1.0;
    // Every segment keeps room for a few characters; the rest is shared by duration.
    const float minimum = std::min(span / count, ImGui::GetFontSize() * 4.0f);
    const float shared = span - minimum * count;

    m_segments.push_back({{inner.min.x, inner.min.y}, {inner.min.x + allWidth, inner.max.y}});
    if (button("##all", m_segments.back(), shown.empty(), core::tr("All phases"), ""))
        select(workspace, "");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "%s", core::tr("Every node and tie, whatever its phases (Left/Right step through the phases)"));
    float x = left;
    for (std::size_t k = 0; k < phases.size(); ++k) {
        const core::Phase& phase = phases[k];
        const double weight = (dated ? durations[k] : 1.0) / total;
        const float width = minimum + shared * static_cast<float>(weight);
        const Rect rect{{std::round(x), inner.min.y}, {std::round(x + width), inner.max.y}};
        x += width + gap;
        m_segments.push_back(rect);
        ImGui::PushID(static_cast<int>(k));
        if (button("##phase", rect, phase.id == shown, phase.displayLabel(), dateRange(phase)))
            select(workspace, phase.id);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
            ImGui::TextUnformatted(phase.displayLabel().c_str());
            const std::string dates = dateRange(phase);
            if (!dates.empty())
                ImGui::TextDisabled("%s", dates.c_str());
            if (!phase.bureaucracyMode.empty()) {
                ImGui::Text(
                    "Bureaucracy: %s",
                    std::string(core::vocabulary::bureaucracyModes().labelOf(phase.bureaucracyMode)).c_str());
            }
            if (!phase.note.empty())
                ImGui::TextUnformatted(phase.note.c_str());
            ImGui::TextDisabled("%s", core::tr("Click to show this phase"));
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::PopID();
    }
}

}  // namespace orgweave::studio
