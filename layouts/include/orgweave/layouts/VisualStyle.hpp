#pragma once
// The one style description of orgweave's pictures, shared by the studio's canvas and the
// renderer (DESIGN.md §5): a picture looks like the screen because both read this table.
//
// Shape by kind: organization rounded box, site hexagon, committee diamond, role circle, shared
// tool triangle, learning action star. Colour by organization: hospitals (type hospital_* or
// sector specialist/hospital) take blues, municipalities the other hues of Okabe–Ito and Paul Tol
// "muted" (colour-blind safe), others (GPs, users, unions) their own hues, in file order; a site or
// role takes its organization's colour; nodes of no organization use neutral fills. Tie look by
// kind: member_of thin grey-blue arrow, reports_to dark arrow, collaborates teal, participates_in
// dashed purple, uses/maintains dotted, agreement a double line. Colours are 0xRRGGBB. Cost: O(1)
// per lookup; organizationColours() O(nodes).

#include "orgweave/core/Finding.hpp"
#include "orgweave/core/Model.hpp"

#include <array>
#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::layouts {

/// A colour as 0xRRGGBB.
using Rgb = std::uint32_t;

enum class NodeShape { RoundedRect, Hexagon, Diamond, Circle, Triangle, Star };
enum class LinePattern { Solid, Dashed, Dotted, Double };
/// What kind of party an organization is, for colouring.
enum class PartyCategory { Hospital, Municipality, Other };

struct TieLook {
    LinePattern pattern = LinePattern::Solid;
    Rgb color = 0x707070;
    double width = 1.0;  ///< points at scale 1
    bool arrow = false;
    const char* legend = "";  ///< "member of", …
};

namespace palette {
/// Okabe–Ito blue, Tol indigo, Tol blue: hospitals.
inline constexpr std::array<Rgb, 3> kHospital{0x0072B2, 0x332288, 0x4477AA};
/// The remaining hues of Okabe–Ito and Tol "muted", neighbours in file order contrasting.
inline constexpr std::array<Rgb, 13> kMunicipal{0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x117733,
                                                0xDDCC77, 0x882255, 0x44AA99, 0xF0E442, 0xAA4499,
                                                0x999933, 0xCC6677, 0x88CCEE};
/// GP collectives, user organizations, unions, universities, secretariats.
inline constexpr std::array<Rgb, 5> kOther{0x56B4E9, 0x661100, 0x6F6F6F, 0xAA4466, 0x6699CC};
/// Any attribute's categories: Okabe–Ito without black, then Tol muted.
inline constexpr std::array<Rgb, 15> kCategory{0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00,
                                               0x56B4E9, 0xF0E442, 0x332288, 0x117733, 0x44AA99,
                                               0xDDCC77, 0x882255, 0xAA4499, 0x999933, 0xCC6677};
/// Light → dark (ColorBrewer Blues) for colour by measure.
inline constexpr std::array<Rgb, 5> kSequential{0xDEEBF7, 0x9ECAE1, 0x6BAED6, 0x3182BD, 0x08519C};
/// A node without the value being coloured.
inline constexpr Rgb kMissing = 0xE0E0E0;
/// Outline of learning actions and shared tools (their fill is neutral).
inline constexpr Rgb kDarkOutline = 0x3A3A3A;
}  // namespace palette

NodeShape shapeOf(core::NodeKind kind);
/// Base radius at scale 1 (screen pixels in the studio, points in pictures).
double baseRadiusOf(const core::Node& node);
double baseRadiusOf(core::NodeKind kind);
/// Fill of nodes that belong to no organization.
Rgb neutralFillOf(core::NodeKind kind);
/// Fill when colouring by kind.
Rgb kindColorOf(core::NodeKind kind);
/// "organization", "site", … as a legend says it.
const char* kindLegendOf(core::NodeKind kind);
/// Look of a tie kind (tieLookOf(Tie) also thickens weighted collaboration and honours `directed`).
TieLook tieLookOf(core::TieKind kind);
TieLook tieLookOf(const core::Tie& tie);
PartyCategory partyCategoryOf(const core::Node& organization);
/// The organization a node is drawn in: itself for an organization, `organization` for a site or
/// role; empty otherwise.
std::string_view drawnOrganizationOf(const core::Node& node);

/// Halo or outline of a node that gap findings name, by the most severe finding: critical red,
/// warning amber, info blue.
Rgb gapColorOf(core::FindingSeverity severity);
/// The halo colour's legend entry: "critical gap", "warning", "information" (an English message id).
const char* severityLegendOf(core::FindingSeverity severity);

/// The k-th generated colour, for organizations or categories beyond the palettes: hues a golden
/// angle apart at three lightness levels (OKLCH, chroma 0.13), so neighbours in k differ in hue and
/// lightness. Deterministic; distinct for k < 1000 (callers still skip colours already used).
Rgb generatedColour(std::size_t k);

/// Hands out the palette's colours, then generated ones, never the same colour twice.
class ColourSequence {
public:
    explicit ColourSequence(std::span<const Rgb> palette) : m_palette(palette) {}
    /// The next colour of the palette, or a generated one once it is used up.
    Rgb next();
    /// How many generated colours were handed out.
    std::size_t generated() const { return m_generated; }
    /// Marks a colour as taken (by another sequence) so this one never repeats it.
    void reserve(Rgb color) { m_used.insert(color); }

private:
    std::span<const Rgb> m_palette;
    std::size_t m_index = 0;
    std::size_t m_generatedIndex = 0;
    std::size_t m_generated = 0;
    std::set<Rgb> m_used;
};

/// `color` scaled towards black by `factor`.
Rgb darker(Rgb color, double factor = 0.62);
/// "#RRGGBB".
std::string hexOf(Rgb color);

struct OrganizationColour {
    std::string id;
    std::string label;
    PartyCategory category = PartyCategory::Other;
    Rgb color = 0;
    bool generated = false;  ///< beyond the palettes: a generated colour
};

/// Every organization of the model with its colour, in file order: the category's palette first,
/// then generated colours (generatedColour), every organization a colour of its own.
std::vector<OrganizationColour> organizationColours(const core::Model& model);

}  // namespace orgweave::layouts
