#include "orgweave/studio/Style.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace orgweave::studio {

namespace {

constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

// Okabe–Ito blue, Tol indigo, Tol blue: hospitals.
constexpr std::array<ImU32, 3> kHospitalPalette{rgb(0x0072B2), rgb(0x332288), rgb(0x4477AA)};
// The remaining hues of Okabe–Ito and Tol "muted", ordered so that neighbours in file order contrast.
constexpr std::array<ImU32, 13> kMunicipalPalette{
    rgb(0xE69F00), rgb(0x009E73), rgb(0xCC79A7), rgb(0xD55E00), rgb(0x117733), rgb(0xDDCC77), rgb(0x882255),
    rgb(0x44AA99), rgb(0xF0E442), rgb(0xAA4499), rgb(0x999933), rgb(0xCC6677), rgb(0x88CCEE)};
// GP collectives, user organizations, unions, universities, secretariats.
constexpr std::array<ImU32, 5> kOtherPalette{rgb(0x56B4E9), rgb(0x661100), rgb(0x6F6F6F), rgb(0xAA4466),
                                             rgb(0x6699CC)};

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

}  // namespace

Style::Style(const core::Model& model) {
    std::array<std::size_t, 3> used{0, 0, 0};
    for (const core::Node& node : model.nodes) {
        if (node.kind != core::NodeKind::Organization || m_byId.contains(node.id))
            continue;
        OrganizationSwatch swatch;
        swatch.id = node.id;
        swatch.label = node.displayLabel();
        swatch.category = categoryOf(node);
        std::size_t& n = used[static_cast<std::size_t>(swatch.category)];
        switch (swatch.category) {
            case PartyCategory::Hospital:
                swatch.color = kHospitalPalette[n % kHospitalPalette.size()];
                break;
            case PartyCategory::Municipality:
                swatch.color = kMunicipalPalette[n % kMunicipalPalette.size()];
                break;
            case PartyCategory::Other:
                swatch.color = kOtherPalette[n % kOtherPalette.size()];
                break;
        }
        ++n;
        m_byId.emplace(swatch.id, m_organizations.size());
        m_organizations.push_back(std::move(swatch));
    }
}

Shape Style::shapeOf(core::NodeKind kind) {
    switch (kind) {
        case core::NodeKind::Organization:
            return Shape::RoundedRect;
        case core::NodeKind::Site:
            return Shape::Hexagon;
        case core::NodeKind::Committee:
            return Shape::Diamond;
        case core::NodeKind::Role:
            return Shape::Circle;
        case core::NodeKind::SharedTool:
            return Shape::Triangle;
        case core::NodeKind::LearningAction:
            return Shape::Star;
    }
    return Shape::Circle;
}

float Style::radiusOf(core::NodeKind kind) {
    switch (kind) {
        case core::NodeKind::Organization:
            return 15.0f;
        case core::NodeKind::Site:
            return 11.0f;
        case core::NodeKind::Committee:
            return 15.0f;
        case core::NodeKind::Role:
            return 8.0f;
        case core::NodeKind::SharedTool:
            return 11.0f;
        case core::NodeKind::LearningAction:
            return 13.0f;
    }
    return 8.0f;
}

TieStyle Style::tieStyleOf(core::TieKind kind) {
    switch (kind) {
        case core::TieKind::MemberOf:
            return {LinePattern::Solid, rgb(0x8397B0), 1.1f, true};
        case core::TieKind::ReportsTo:
            return {LinePattern::Solid, rgb(0x2B2B2B), 1.8f, true};
        case core::TieKind::Collaborates:
            return {LinePattern::Solid, rgb(0x1B8A7A), 1.8f, false};
        case core::TieKind::ParticipatesIn:
            return {LinePattern::Dashed, rgb(0x7B5EA7), 1.4f, false};
        case core::TieKind::Uses:
            return {LinePattern::Dotted, rgb(0x707070), 1.4f, false};
        case core::TieKind::Maintains:
            return {LinePattern::Dotted, rgb(0x303030), 1.8f, false};
        case core::TieKind::Agreement:
            return {LinePattern::Double, rgb(0xB07C26), 1.0f, false};
    }
    return {};
}

ImU32 Style::neutralFill(core::NodeKind kind) {
    switch (kind) {
        case core::NodeKind::Committee:
            return rgb(0x4A5568);
        case core::NodeKind::SharedTool:
            return rgb(0xB8B8B8);
        case core::NodeKind::LearningAction:
            return rgb(0xFFFFFF);
        default:
            return rgb(0xD0D0D0);
    }
}

PartyCategory Style::categoryOf(const core::Node& organization) {
    const std::string_view type = organization.type;
    if (contains(type, "hospital"))
        return PartyCategory::Hospital;
    if (contains(type, "municipal"))
        return PartyCategory::Municipality;
    if (organization.attrs.is_object()) {
        const auto sector = organization.attrs.find("sector");
        if (sector != organization.attrs.end() && sector->is_string()) {
            const std::string& value = sector->get_ref<const std::string&>();
            if (contains(value, "specialist") || contains(value, "hospital"))
                return PartyCategory::Hospital;
            if (contains(value, "primary") || contains(value, "municipal"))
                return PartyCategory::Municipality;
        }
    }
    return PartyCategory::Other;
}

std::string_view Style::organizationOf(const core::Node& node) {
    switch (node.kind) {
        case core::NodeKind::Organization:
            return node.id;
        case core::NodeKind::Site:
        case core::NodeKind::Role:
            return node.organization;
        default:
            return {};
    }
}

ImU32 Style::organizationColor(std::string_view organizationId) const {
    const auto it = m_byId.find(organizationId);
    return it == m_byId.end() ? 0 : m_organizations[it->second].color;
}

NodeStyle Style::nodeStyle(const core::Node& node) const {
    NodeStyle style;
    style.shape = shapeOf(node.kind);
    style.radius = radiusOf(node.kind);
    if (node.kind == core::NodeKind::Committee && node.level.has_value()) {
        style.radius *= *node.level <= 1 ? 1.2f : (*node.level == 2 ? 1.08f : 0.92f);
    }
    const ImU32 organization = organizationColor(organizationOf(node));
    style.fill = organization != 0 ? organization : neutralFill(node.kind);
    style.outline = node.kind == core::NodeKind::LearningAction || node.kind == core::NodeKind::SharedTool
                        ? rgb(0x3A3A3A)
                        : darker(style.fill);
    return style;
}

TieStyle Style::tieStyle(const core::Tie& tie) const {
    TieStyle style = tieStyleOf(tie.kind);
    if (tie.kind == core::TieKind::Collaborates && tie.weight.has_value() && *tie.weight > 1.0) {
        style.thickness *= static_cast<float>(std::min(3.0, std::sqrt(*tie.weight)));
    }
    if (tie.directed.has_value())
        style.arrow = *tie.directed;
    return style;
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
