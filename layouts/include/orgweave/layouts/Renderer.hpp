#pragma once
// Pictures of a document as SVG, PNG or PDF, drawn by Graphviz (DESIGN.md §5; issue 5 item 4).
//
// Every node is drawn where the document's layout puts it (nodes without a position are placed
// by runLayout with `engine`), shaped, coloured and sized as the studio's canvas draws them: both
// read VisualStyle.hpp and NodeMapping.hpp. Organizations get a
// light rounded outline behind their sites and roles; the picture carries its title, an optional
// caption and a legend (kinds, colours, what size means) in a free corner, with a margin so that
// no label is clipped. Graphviz objects never leave the implementation; calls into Graphviz are
// serialized. Cost: O(nodes + ties) plus Graphviz's rendering (and the layout engine when needed).

#include <orgweave/core/Model.hpp>
#include "orgweave/core/Translate.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace orgweave::layouts {

enum class RenderFormat { Svg, Png, Pdf };

/// Limits of what renderDocument draws (Graphviz draws every object; beyond these it takes minutes
/// and gigabytes). Parallel ties with the same look are merged into one line first, so a file of
/// 700,000 copies of one tie draws one line.
inline constexpr std::size_t kMaxRenderedNodes = 20'000;
inline constexpr std::size_t kMaxRenderedTies = 100'000;

/// The format named by a path's extension (.svg, .png, .pdf, any case); nullopt otherwise.
std::optional<RenderFormat> renderFormatOf(const std::filesystem::path& path);

struct RenderOptions {
    /// Engine for nodes without a position (LayoutEngine.hpp names).
    std::string engine = "auto";
    /// "organization", "kind", a measure name (degree, betweenness, …: light to dark) or any node
    /// field or attribute (categorical palette). Empty: the view's choice, else organization.
    std::string colorBy;
    /// A measure name of core::analyze (degree, betweenness, closeness, …); empty: the view's
    /// choice, else every node of a kind has the same size.
    std::string sizeBy;
    /// Only what exists in this phase; empty: the view's phase, else everything.
    std::string phase;
    /// A saved view: sets phase, colour, size, title and caption where the options do not,
    /// outlines its highlighted nodes thickly and leaves out what its filter hides
    /// (ViewFilter.hpp; measures are then computed on what the picture shows).
    std::string viewId;
    /// Replaces the document's (or the view's) title when not empty.
    std::string title;
    /// Outlines the nodes that gap findings name in the colour of their most severe finding
    /// (critical red, warning amber, info blue), as the studio's halos; the legend says so.
    bool gaps = false;
    /// When > 0: the node positions are spread along their short side (never shrunk) to this
    /// width : height, so the picture fills a page of that shape (slides: 16 : 9). 0: as laid out.
    double aspect = 0.0;
    /// The language of the legend's texts and numbers (a report's language can differ from the
    /// studio's); by default the process's.
    core::Translator texts = core::ui();
};

/// Draws the document into `out` (format by extension), written to a temporary file in the same
/// folder and renamed, so `out` is either the old file or the whole new picture. Non-finite
/// positions are drawn at the origin and absurd extents (beyond 1e5 points) are scaled down to a
/// readable square, so the picture always has a finite, drawable size. Throws LayoutError for an
/// unknown extension, view, phase or measure (the message says which), beyond the limits above,
/// for a layout engine that cannot lay out that many nodes (naming the engine to use instead) and
/// when Graphviz or the file system fails.
void renderDocument(const core::Model& model, const RenderOptions& options, const std::filesystem::path& out);

}  // namespace orgweave::layouts
