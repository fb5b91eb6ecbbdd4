#pragma once
// How the canvas, the legend and (later) exported pictures draw a document (DESIGN.md §5, §6).
//
// Node shape by kind: organization = rounded rectangle, site = hexagon, committee = diamond,
// role = circle, shared tool = triangle, learning action = five-pointed star.
// Node colour by organization: a site or a role takes the colour of its organization. Hospitals
// (type hospital_trust or sector specialist_care) take blues, municipalities take the other hues of
// the Okabe–Ito and Paul Tol "muted" palettes (both colour-blind safe), in file order, so hospital
// and municipal parties stay apart even when there are many municipalities. Nodes without an
// organization (committees, tools, learning actions) use neutral slate and greys; shape tells them apart.
// Tie style by kind: member_of thin grey-blue with arrow, reports_to dark with arrow, collaborates
// solid teal, participates_in dashed purple, uses/maintains dotted, agreement a double line.
// Cost: construction O(nodes); lookups O(log organizations).

#include "orgweave/core/Model.hpp"

#include <imgui.h>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

enum class Shape { RoundedRect, Hexagon, Diamond, Circle, Triangle, Star };
enum class LinePattern { Solid, Dashed, Dotted, Double };
/// What kind of party an organization is, for colouring.
enum class PartyCategory { Hospital, Municipality, Other };

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
