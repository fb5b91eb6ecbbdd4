#include "orgweave/studio/canvas/Style.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace orgweave::studio {

Style::Style(const core::Model& model) {
    for (const layouts::OrganizationColour& organization : layouts::organizationColours(model)) {
        m_byId.emplace(organization.id, m_organizations.size());
        m_organizations.push_back({organization.id, organization.label, organization.category,
                                   imColor(organization.color), organization.generated});
    }
}

Shape Style::shapeOf(core::NodeKind kind) {
    return layouts::shapeOf(kind);
}

float Style::radiusOf(core::NodeKind kind) {
    return static_cast<float>(layouts::baseRadiusOf(kind));
}

TieStyle Style::tieStyleOf(core::TieKind kind) {
    const layouts::TieLook look = layouts::tieLookOf(kind);
    return {look.pattern, imColor(look.color), static_cast<float>(look.width), look.arrow};
}

ImU32 Style::neutralFill(core::NodeKind kind) {
    return imColor(layouts::neutralFillOf(kind));
}

PartyCategory Style::categoryOf(const core::Node& organization) {
    return layouts::partyCategoryOf(organization);
}

std::string_view Style::organizationOf(const core::Node& node) {
    return layouts::drawnOrganizationOf(node);
}

ImU32 Style::organizationColor(std::string_view organizationId) const {
    const auto it = m_byId.find(organizationId);
    return it == m_byId.end() ? 0 : m_organizations[it->second].color;
}

NodeStyle Style::nodeStyle(const core::Node& node) const {
    NodeStyle style;
    style.shape = shapeOf(node.kind);
    style.radius = static_cast<float>(layouts::baseRadiusOf(node));
    const ImU32 organization = organizationColor(organizationOf(node));
    style.fill = organization != 0 ? organization : neutralFill(node.kind);
    style.outline = node.kind == core::NodeKind::LearningAction || node.kind == core::NodeKind::SharedTool
                        ? imColor(layouts::palette::kDarkOutline)
                        : darker(style.fill);
    return style;
}

TieStyle Style::tieStyle(const core::Tie& tie) const {
    const layouts::TieLook look = layouts::tieLookOf(tie);
    return {look.pattern, imColor(look.color), static_cast<float>(look.width), look.arrow};
}

ImU32 Style::darker(ImU32 color, float factor) {
    const auto channel = [&](int shift) {
        return static_cast<ImU32>(std::lround(static_cast<float>((color >> shift) & 0xFF) * factor));
    };
    return (channel(IM_COL32_R_SHIFT) << IM_COL32_R_SHIFT) | (channel(IM_COL32_G_SHIFT) << IM_COL32_G_SHIFT) |
           (channel(IM_COL32_B_SHIFT) << IM_COL32_B_SHIFT) | (color & IM_COL32_A_MASK);
}

ImU32 Style::withAlpha(ImU32 color, float alpha) {
    const auto a = static_cast<ImU32>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
    return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

}  // namespace orgweave::studio
