// FieldEditor: sections · form · text fields · numbers · sliders · submitting
#include "orgweave/studio/panels/FieldEditor.hpp"

#include "orgweave/core/Translate.hpp"

#include <imgui_stdlib.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace orgweave::studio {

namespace {

const ImVec4 kErrorColor{0.78f, 0.12f, 0.08f, 1.0f};
const ImVec4 kWarningColor{0.62f, 0.40f, 0.0f, 1.0f};

std::string formatNumber(std::optional<double> value) {
    if (!value)
        return {};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", *value);
    return buffer;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

}  // namespace

void sectionHeading(const char* text) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
    ImGui::Separator();
}

void itemTooltip(std::string_view text) {
    if (text.empty() || !ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// --------------------------------------------------------------------------------------------- form

bool FieldEditor::beginForm(const char* id, float labelWidth) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingFixedFit))
        return false;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed,
                            labelWidth * ImGui::GetFontSize() / 15.0f);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void FieldEditor::endForm() {
    ImGui::EndTable();
}

void FieldEditor::row(const char* label, std::string_view help) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    itemTooltip(help);
    ImGui::TableSetColumnIndex(1);
    ImGui::SetNextItemWidth(-FLT_MIN);
}

// -------------------------------------------------------------------------------------- text fields

bool FieldEditor::text(const char* id, const std::string& value, std::string& committed, const char* hint) {
    const ImGuiID key = ImGui::GetID(id);
    std::string buffer = shownText(key, value);
    if (hint)
        ImGui::InputTextWithHint(id, hint, &buffer);
    else
        ImGui::InputText(id, &buffer);
    const bool finished = ImGui::IsItemDeactivatedAfterEdit();
    keepText(key, buffer, ImGui::IsItemActive());
    track(id);
    if (finished && buffer != value) {
        committed = std::move(buffer);
        return true;
    }
    return false;
}

std::string FieldEditor::shownText(ImGuiID key, const std::string& value) const {
    if (m_liveId == key)
        return m_liveText;
    if (m_leavingId == key)
        return m_leavingText;
    return value;
}

void FieldEditor::keepText(ImGuiID key, const std::string& buffer, bool active) {
    if (active) {
        if (m_liveId != 0 && m_liveId != key) {
            m_leavingId = m_liveId;
            m_leavingText = std::move(m_liveText);
        }
        m_liveId = key;
        m_liveText = buffer;
        return;
    }
    if (m_liveId == key)
        m_liveId = 0;
    if (m_leavingId == key) {
        m_leavingId = 0;
        m_leavingText.clear();
    }
}

bool FieldEditor::multiline(const char* id, const std::string& value, std::string& committed, float lines) {
    const ImGuiID key = ImGui::GetID(id);
    std::string buffer = shownText(key, value);
    ImGui::InputTextMultiline(id, &buffer,
                              ImVec2(ImGui::CalcItemWidth(), ImGui::GetTextLineHeight() * lines + 8.0f));
    const bool finished = ImGui::IsItemDeactivatedAfterEdit();
    keepText(key, buffer, ImGui::IsItemActive());
    track(id);
    if (finished && buffer != value) {
        committed = std::move(buffer);
        return true;
    }
    return false;
}

// ------------------------------------------------------------------------------------------ numbers

bool FieldEditor::number(const char* id, std::optional<double> value, std::optional<double>& committed,
                         bool integer) {
    std::string typed;
    if (!text(id, formatNumber(value), typed))
        return false;
    const std::string clean = trimmed(typed);
    if (clean.empty()) {
        committed.reset();
        return value.has_value();
    }
    double parsed = 0.0;
    const auto [end, error] = std::from_chars(clean.data(), clean.data() + clean.size(), parsed);
    if (error != std::errc() || end != clean.data() + clean.size() || !std::isfinite(parsed)) {
        m_messageField = m_field;
        m_message = "\"" + clean + "\" is not a number";
        m_messageIsError = true;
        return false;
    }
    if (integer && parsed != std::floor(parsed)) {
        m_messageField = m_field;
        m_message = "\"" + clean + "\" is not a whole number";
        m_messageIsError = true;
        return false;
    }
    committed = parsed;
    return committed != value;
}

// ------------------------------------------------------------------------------------------ sliders

namespace {

/// A slider that shows its live value while dragged and reports one commit on release.
template <typename T, typename Draw>
bool releasedSlider(const char* id, T value, T& committed, ImGuiID& liveId, T& liveValue, Draw draw) {
    const ImGuiID key = ImGui::GetID(id);
    T shown = liveId == key ? liveValue : value;
    draw(&shown);
    if (ImGui::IsItemActive()) {
        liveId = key;
        liveValue = shown;
    }
    const bool finished = ImGui::IsItemDeactivatedAfterEdit();
    if (!ImGui::IsItemActive() && liveId == key)
        liveId = 0;
    if (finished && shown != value) {
        committed = shown;
        return true;
    }
    return false;
}

}  // namespace

bool FieldEditor::slider(const char* id, float value, float& committed, float min, float max,
                         const char* format) {
    const bool changed = releasedSlider(id, value, committed, m_liveId, m_liveValue, [&](float* shown) {
        ImGui::SliderFloat(id, shown, min, max, format, ImGuiSliderFlags_AlwaysClamp);
    });
    track(id);
    return changed;
}

bool FieldEditor::sliderInt(const char* id, int value, int& committed, int min, int max, const char* format) {
    const bool changed = releasedSlider(id, value, committed, m_liveId, m_liveInt, [&](int* shown) {
        ImGui::SliderInt(id, shown, min, max, format, ImGuiSliderFlags_AlwaysClamp);
    });
    track(id);
    return changed;
}

// --------------------------------------------------------------------------------------- submitting

void FieldEditor::track(const char* id) {
    m_field = ImGui::GetID(id);
    m_rects.recordLastItem(id);
    drawMessage(m_field);
}

void FieldEditor::drawMessage(ImGuiID id) const {
    if (id == 0 || id != m_messageField || m_message.empty())
        return;
    ImGui::PushStyleColor(ImGuiCol_Text, m_messageIsError ? kErrorColor : kWarningColor);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(m_message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

bool FieldEditor::submit(Workspace& workspace, const CommandFactory& makeCommand) {
    if (!workspace.hasDocument())
        return false;
    const core::EditVerdict verdict = workspace.propose(makeCommand());
    m_messageField = m_field;
    m_messageIsError = !verdict.accepted;
    m_message.clear();
    if (!verdict.accepted) {
        m_message = verdict.reason;
        return false;
    }
    for (const std::string& warning : verdict.warnings)
        m_message += (m_message.empty() ? "" : "\n") + warning;
    return true;
}

void FieldEditor::refuse(Workspace& workspace, std::string reason) {
    m_messageField = m_field;
    m_messageIsError = true;
    m_message = std::move(reason);
    workspace.notify(core::fill(core::tr("Edit refused: {}"), {m_message}), true);
}

void FieldEditor::reset() {
    m_liveId = 0;
    m_liveText.clear();
    m_leavingId = 0;
    m_leavingText.clear();
    m_field = 0;
    m_messageField = 0;
    m_message.clear();
    m_messageIsError = false;
}

}  // namespace orgweave::studio
