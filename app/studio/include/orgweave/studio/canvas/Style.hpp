#pragma once
// How the canvas and the legend draw a document: VisualStyle.hpp of orgweave_layouts (the one
// style table, shared with rendered pictures) in ImGui colours. Shape by kind, colour by
// organization (hospitals blue, municipalities the other colour-blind-safe hues, in file order),
// neutral fills for nodes of no organization, tie look by kind; see VisualStyle.hpp.
// Cost: construction O(nodes); lookups O(log organizations).

#include "orgweave/core/Model.hpp"
#include "orgweave/layouts/VisualStyle.hpp"

#include <imgui.h>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

using Shape = layouts::NodeShape;
using LinePattern = layouts::LinePattern;
using PartyCategory = layouts::PartyCategory;

/// An 0xRRGGBB colour as an opaque ImGui colour.
constexpr ImU32 imColor(layouts::Rgb rgb) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF);
}

struct NodeStyle {
    Shape shape = Shape::Circle;
    ImU32 fill = IM_COL32(200, 200, 200, 255);
    ImU32 outline = IM_COL32(80, 80, 80, 255);
    float radius = 10.0f;  ///< at scale 1, in screen pixels
};

struct TieStyle {
    LinePattern pattern = LinePattern::Solid;
    ImU32 color = IM_COL32(120, 120, 120, 255);
    float thickness = 1.0f;  ///< at scale 1, in screen pixels
    bool arrow = false;      ///< draw an arrow head at the target
};

/// One organization as the legend shows it.
struct OrganizationSwatch {
    std::string id;
    std::string label;
    PartyCategory category = PartyCategory::Other;
    ImU32 color = 0;
    bool generated = false;  ///< beyond the palettes (VisualStyle.hpp's generatedColour)
};

class Style {
public:
    Style() = default;
    explicit Style(const core::Model& model);

    static Shape shapeOf(core::NodeKind kind);
    /// Base radius of a node of this kind at scale 1.
    static float radiusOf(core::NodeKind kind);
    static TieStyle tieStyleOf(core::TieKind kind);
    /// Fill for nodes that belong to no organization (committee, shared tool, learning action, or
    /// a site or role whose organization is unknown).
    static ImU32 neutralFill(core::NodeKind kind);
    static PartyCategory categoryOf(const core::Node& organization);

    NodeStyle nodeStyle(const core::Node& node) const;
    /// Tie style; a weighted collaborates tie is drawn thicker (up to 3×).
    TieStyle tieStyle(const core::Tie& tie) const;
    /// Colour of an organization id, or 0 when the id is not an organization of the model.
    ImU32 organizationColor(std::string_view organizationId) const;
    /// The organization a node is drawn in: itself for an organization, its `organization` field
    /// for a site or role; empty otherwise.
    static std::string_view organizationOf(const core::Node& node);

    const std::vector<OrganizationSwatch>& organizations() const { return m_organizations; }

    /// A darker shade of `color` (for outlines), same alpha.
    static ImU32 darker(ImU32 color, float factor = 0.62f);
    /// `color` with a new alpha in [0, 1].
    static ImU32 withAlpha(ImU32 color, float alpha);

private:
    std::vector<OrganizationSwatch> m_organizations;         // file order
    std::map<std::string, std::size_t, std::less<>> m_byId;  // id → index in m_organizations
};

}  // namespace orgweave::studio
