#include "orgweave/studio/session/StatusBar.hpp"
#include <orgweave/core/Translate.hpp>

#include <array>
#include <tuple>
#include <vector>

namespace orgweave::studio {

namespace {

constexpr const char* kSeparator = "   \xC2\xB7   ";  // ·

/// "3 organizations", "1 site": a count of nodes of one kind in the studio's language.
std::string nodePlural(core::NodeKind kind, int n) {
    const auto count = static_cast<unsigned long>(n);
    const char* pattern = "";
    switch (kind) {
        case core::NodeKind::Organization:
            pattern = core::trn("{} organization", "{} organizations", count);
            break;
        case core::NodeKind::Site:
            pattern = core::trn("{} site", "{} sites", count);
            break;
        case core::NodeKind::Committee:
            pattern = core::trn("{} committee", "{} committees", count);
            break;
        case core::NodeKind::Role:
            pattern = core::trn("{} role", "{} roles", count);
            break;
        case core::NodeKind::SharedTool:
            pattern = core::trn("{} shared tool", "{} shared tools", count);
            break;
        case core::NodeKind::LearningAction:
            pattern = core::trn("{} learning action", "{} learning actions", count);
            break;
    }
    return core::fill(pattern, {core::ui().formatCount(n)});
}

/// "4 member of", "2 agreements": a count of ties of one kind.
std::string tieName(core::TieKind kind, int n) {
    const auto count = static_cast<unsigned long>(n);
    const char* pattern = "";
    switch (kind) {
        case core::TieKind::MemberOf:
            pattern = core::trn("{} member of", "{} member of", count);
            break;
        case core::TieKind::ReportsTo:
            pattern = core::trn("{} reports to", "{} reports to", count);
            break;
        case core::TieKind::Collaborates:
            pattern = core::trn("{} collaborates", "{} collaborates", count);
            break;
        case core::TieKind::ParticipatesIn:
            pattern = core::trn("{} participates in", "{} participates in", count);
            break;
        case core::TieKind::Uses:
            pattern = core::trn("{} uses", "{} uses", count);
            break;
        case core::TieKind::Maintains:
            pattern = core::trn("{} maintains", "{} maintains", count);
            break;
        case core::TieKind::Agreement:
            pattern = core::trn("{} agreement", "{} agreements", count);
            break;
    }
    return core::fill(pattern, {core::ui().formatCount(n)});
}

}  // namespace

namespace {

/// "3 organizations, 1 site, …" for the kinds present, in the order of `allKinds`.
template <typename Item, typename Kinds, typename Name>
std::string countsByKind(const std::vector<Item>& items, const Kinds& allKinds, Name name) {
    std::array<int, std::tuple_size_v<Kinds>> counts{};
    for (const Item& item : items)
        ++counts[static_cast<std::size_t>(item.kind)];
    std::string text;
    for (const auto kind : allKinds) {
        const int n = counts[static_cast<std::size_t>(kind)];
        if (n == 0)
            continue;
        if (!text.empty())
            text += ", ";
        text += name(kind, n);
    }
    return text;
}

}  // namespace

std::string StatusBar::nodeCounts(const core::Model& model) {
    return countsByKind(model.nodes, core::kAllNodeKinds, nodePlural);
}

std::string StatusBar::tieCounts(const core::Model& model) {
    return countsByKind(model.ties, core::kAllTieKinds, tieName);
}

std::string StatusBar::summary(const core::Model& model, const std::string& fallbackTitle) {
    std::string text = model.annotations.meta.title.empty() ? fallbackTitle : model.annotations.meta.title;
    const std::size_t nodes = model.nodes.size();
    const std::size_t ties = model.ties.size();
    if (!text.empty())
        text += kSeparator;
    text += core::fill(core::trn("{} node", "{} nodes", nodes),
                       {core::ui().formatCount(static_cast<long long>(nodes))});
    if (nodes > 0)
        text += ": " + nodeCounts(model);
    text += kSeparator;
    text += core::fill(core::trn("{} tie", "{} ties", ties),
                       {core::ui().formatCount(static_cast<long long>(ties))});
    if (ties > 0)
        text += ": " + tieCounts(model);
    return text;
}

std::string StatusBar::shortSummary(const core::Model& model, const std::string& fallbackTitle) {
    std::string text = model.annotations.meta.title.empty() ? fallbackTitle : model.annotations.meta.title;
    const std::size_t nodes = model.nodes.size();
    const std::size_t ties = model.ties.size();
    if (!text.empty())
        text += kSeparator;
    text += core::fill(core::trn("{} node", "{} nodes", nodes),
                       {core::ui().formatCount(static_cast<long long>(nodes))});
    text += kSeparator;
    text += core::fill(core::trn("{} tie", "{} ties", ties),
                       {core::ui().formatCount(static_cast<long long>(ties))});
    return text;
}

void StatusBar::setText(std::string text, std::string shortText) {
    m_text = std::move(text);
    m_shortText = std::move(shortText);
}

void StatusBar::draw(const Rect& area) const {
    ImGui::SetNextWindowPos(area.min);
    ImGui::SetNextWindowSize(area.size());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ImGui::GetStyle().FramePadding.x * 1.5f, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
    constexpr ImGuiWindowFlags kFlags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("##statusbar", nullptr, kFlags)) {
        ImDrawList* drawList = ImGui::GetWindowDrawList();
        drawList->PushClipRectFullScreen();
        drawList->AddLine({area.min.x, area.min.y + 0.5f}, {area.max.x, area.min.y + 0.5f},
                          ImGui::GetColorU32(ImGuiCol_Border), 1.0f);
        drawList->PopClipRect();
        const float room = area.width() - 2.0f * ImGui::GetStyle().WindowPadding.x;
        const bool fits = ImGui::CalcTextSize(m_text.c_str()).x <= room || m_shortText.empty();
        ImGui::SetCursorPosY((area.height() - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(fits ? m_text.c_str() : m_shortText.c_str());
        if (!fits && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
            ImGui::TextUnformatted(m_text.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(3);
}

}  // namespace orgweave::studio
