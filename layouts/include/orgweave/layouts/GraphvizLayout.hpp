#pragma once
// Node placement with a Graphviz engine through gvc (DESIGN.md §5). Graphviz objects never leave
// the implementation. Cost: the engine's (dot and neato stop scaling near 1,000 nodes; sfdp scales).
//
// Coordinates in the result are in points, y growing downwards (screen convention, as the studio
// and the document's layout use), with the top-left of the bounding box at (0, 0).

#include <orgweave/core/Model.hpp>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::layouts {

/// Graphviz engines by their command-line names.
enum class GraphvizEngine { Dot, Neato, Fdp, Sfdp, Circo, Twopi };

std::string_view toString(GraphvizEngine engine);
std::optional<GraphvizEngine> graphvizEngineFromString(std::string_view name);

struct LayoutOptions {
    GraphvizEngine engine = GraphvizEngine::Dot;
    /// Draw groups of nodes sharing this field as clusters ("organization"), empty for none.
    std::string clusterBy;
    /// Keep pinned nodes (Layout::pinned with a position) where they are (neato/fdp).
    bool respectPins = true;
    unsigned seed = 1;
};

struct LayoutResult {
    std::map<std::string, core::Point> positions;  ///< node id → centre, points
    double width = 0.0;
    double height = 0.0;
};

/// Thrown when Graphviz cannot lay the graph out; the message says why.
class LayoutError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Lays out every node of the model (ties as edges; containment as invisible edges so that roles
/// sit near their site and organization). Throws LayoutError.
LayoutResult runGraphvizLayout(const core::Model& model, const LayoutOptions& options);

}  // namespace orgweave::layouts
