#include "orgweave/layouts/VisualStyle.hpp"

#include "orgweave/core/Translate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace orgweave::layouts {

using core::NodeKind;
using core::TieKind;

namespace {
bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}
}  // namespace

NodeShape shapeOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return NodeShape::RoundedRect;
        case NodeKind::Site:
            return NodeShape::Hexagon;
        case NodeKind::Committee:
            return NodeShape::Diamond;
        case NodeKind::Role:
            return NodeShape::Circle;
        case NodeKind::SharedTool:
            return NodeShape::Triangle;
        case NodeKind::LearningAction:
            return NodeShape::Star;
    }
    return NodeShape::Circle;
}

double baseRadiusOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return 15.0;
        case NodeKind::Site:
            return 11.0;
        case NodeKind::Committee:
            return 15.0;
        case NodeKind::Role:
            return 8.0;
        case NodeKind::SharedTool:
            return 11.0;
        case NodeKind::LearningAction:
            return 13.0;
    }
    return 8.0;
}

double baseRadiusOf(const core::Node& node) {
    double radius = baseRadiusOf(node.kind);
    if (node.kind == NodeKind::Committee && node.committee->level.has_value())
        radius *= *node.committee->level <= 1 ? 1.2 : (*node.committee->level == 2 ? 1.08 : 0.92);
    return radius;
}

Rgb neutralFillOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Committee:
            return 0x4A5568;
        case NodeKind::SharedTool:
            return 0xB8B8B8;
        case NodeKind::LearningAction:
            return 0xFFFFFF;
        default:
            return 0xD0D0D0;
    }
}

Rgb kindColorOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return 0x0072B2;
        case NodeKind::Site:
            return 0x56B4E9;
        case NodeKind::Committee:
            return 0x4A5568;
        case NodeKind::Role:
            return 0xE69F00;
        case NodeKind::SharedTool:
            return 0x009E73;
        case NodeKind::LearningAction:
            return 0xCC79A7;
    }
    return palette::kMissing;
}

const char* kindLegendOf(NodeKind kind) {
    switch (kind) {
        case NodeKind::Organization:
            return core::N_("organization");
        case NodeKind::Site:
            return core::N_("site");
        case NodeKind::Committee:
            return core::N_("committee");
        case NodeKind::Role:
            return core::N_("role");
        case NodeKind::SharedTool:
            return core::N_("shared tool");
        case NodeKind::LearningAction:
            return core::N_("learning action");
    }
    return "";
}

TieLook tieLookOf(TieKind kind) {
    switch (kind) {
        case TieKind::MemberOf:
            return {LinePattern::Solid, 0x8397B0, 1.1, true, core::N_("member of")};
        case TieKind::ReportsTo:
            return {LinePattern::Solid, 0x2B2B2B, 1.8, true, core::N_("reports to")};
        case TieKind::Collaborates:
            return {LinePattern::Solid, 0x1B8A7A, 1.8, false, core::N_("collaborates")};
        case TieKind::ParticipatesIn:
            return {LinePattern::Dashed, 0x7B5EA7, 1.4, false, core::N_("participates in")};
        case TieKind::Uses:
            return {LinePattern::Dotted, 0x707070, 1.4, false, core::N_("uses")};
        case TieKind::Maintains:
            return {LinePattern::Dotted, 0x303030, 1.8, false, core::N_("maintains")};
        case TieKind::Agreement:
            return {LinePattern::Double, 0xB07C26, 1.0, false, core::N_("agreement")};
    }
    return {};
}

TieLook tieLookOf(const core::Tie& tie) {
    TieLook look = tieLookOf(tie.kind);
    if (tie.kind == TieKind::Collaborates && tie.weight.has_value() && *tie.weight > 1.0)
        look.width *= std::min(3.0, std::sqrt(*tie.weight));
    if (tie.directed.has_value())
        look.arrow = *tie.directed;
    return look;
}

PartyCategory partyCategoryOf(const core::Node& organization) {
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

std::string_view drawnOrganizationOf(const core::Node& node) {
    switch (node.kind) {
        case NodeKind::Organization:
            return node.id;
        case NodeKind::Site:
        case NodeKind::Role:
            return node.organization;
        default:
            return {};
    }
}

Rgb gapColorOf(core::FindingSeverity severity) {
    switch (severity) {
        case core::FindingSeverity::Critical:
            return 0xC8281E;
        case core::FindingSeverity::Warning:
            return 0xE68C00;
        case core::FindingSeverity::Info:
            return 0x286EC8;
    }
    return 0x000000;
}

const char* severityLegendOf(core::FindingSeverity severity) {
    switch (severity) {
        case core::FindingSeverity::Critical:
            return core::N_("critical gap");
        case core::FindingSeverity::Warning:
            return core::N_("warning");
        case core::FindingSeverity::Info:
            return core::N_("information");
    }
    return "";
}

Rgb darker(Rgb color, double factor) {
    const auto channel = [&](int shift) {
        return static_cast<Rgb>(std::lround(static_cast<double>((color >> shift) & 0xFF) * factor)) << shift;
    };
    return channel(16) | channel(8) | channel(0);
}

std::string hexOf(Rgb color) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06X", static_cast<unsigned>(color & 0xFFFFFF));
    return buffer;
}

Rgb generatedColour(std::size_t k) {
    // OKLCH → OKLab → linear sRGB → sRGB (Björn Ottosson's matrices).
    constexpr std::array<double, 3> kLightness{0.62, 0.50, 0.74};
    const double lightness = kLightness[k % kLightness.size()];
    const double hue = std::fmod(25.0 + static_cast<double>(k) * 137.50776, 360.0) * 3.14159265358979 / 180.0;
    double chroma = 0.13;
    for (int attempt = 0; attempt < 8; ++attempt, chroma *= 0.85) {
        const double a = chroma * std::cos(hue);
        const double b = chroma * std::sin(hue);
        const double l_ = lightness + 0.3963377774 * a + 0.2158037573 * b;
        const double m_ = lightness - 0.1055613458 * a - 0.0638541728 * b;
        const double s_ = lightness - 0.0894841775 * a - 1.2914855480 * b;
        const double l = l_ * l_ * l_;
        const double m = m_ * m_ * m_;
        const double s = s_ * s_ * s_;
        const std::array<double, 3> linear{4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
                                           -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
                                           -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s};
        if (std::any_of(linear.begin(), linear.end(), [](double v) { return v < 0.0 || v > 1.0; }))
            continue;  // outside sRGB: less chroma
        Rgb rgb = 0;
        for (const double v : linear) {
            const double encoded = v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055;
            rgb = (rgb << 8) | static_cast<Rgb>(std::lround(std::clamp(encoded, 0.0, 1.0) * 255.0));
        }
        return rgb;
    }
    const auto grey = static_cast<Rgb>(std::lround(lightness * 255.0));
    return (grey << 16) | (grey << 8) | grey;
}

Rgb ColourSequence::next() {
    while (m_index < m_palette.size()) {
        const Rgb color = m_palette[m_index++];
        if (m_used.insert(color).second)
            return color;
    }
    for (;;) {
        const Rgb color = generatedColour(m_generatedIndex++);
        if (m_used.insert(color).second || m_generatedIndex > 100000) {
            ++m_generated;
            return color;
        }
    }
}

std::vector<OrganizationColour> organizationColours(const core::Model& model) {
    std::vector<OrganizationColour> colours;
    std::set<std::string, std::less<>> seen;
    std::set<Rgb> generatedUsed;
    std::size_t generatedIndex = 0;
    std::array<std::size_t, 3> used{0, 0, 0};
    for (const core::Node& node : model.nodes) {
        if (node.kind != NodeKind::Organization || !seen.insert(node.id).second)
            continue;
        OrganizationColour colour;
        colour.id = node.id;
        colour.label = node.displayLabel();
        colour.category = partyCategoryOf(node);
        std::size_t& n = used[static_cast<std::size_t>(colour.category)];
        const std::span<const Rgb> own =
            colour.category == PartyCategory::Hospital       ? std::span<const Rgb>(palette::kHospital)
            : colour.category == PartyCategory::Municipality ? std::span<const Rgb>(palette::kMunicipal)
                                                             : std::span<const Rgb>(palette::kOther);
        if (n < own.size()) {
            colour.color = own[n];
        } else {
            // Beyond the category's palette: one generated sequence shared by all categories.
            do {
                colour.color = generatedColour(generatedIndex++);
            } while (generatedUsed.count(colour.color) > 0 && generatedIndex < 100000);
            generatedUsed.insert(colour.color);
            colour.generated = true;
        }
        ++n;
        colours.push_back(std::move(colour));
    }
    return colours;
}

}  // namespace orgweave::layouts
