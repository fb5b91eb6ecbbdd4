#pragma once
// Node placement with a Graphviz engine through gvc (DESIGN.md §5). Graphviz objects never leave
// the implementation. Cost: the engine's (dot and neato stop scaling near 1,000 nodes; sfdp scales).
// fdp runs as the `fdp` command in new processes: Graphviz 2.43's fdp gives a different layout of
// the same graph on almost every call within a long-lived process, and on a few calls in a hundred
// even in a fresh one, so it runs without address randomization, twice (three times on a tie),
// and the layout that comes out twice wins. Without the command it runs in this process and is
// then not reproducible. The other engines run in this process through gvc.
//
// Coordinates in the result are in points, y growing downwards (screen convention, as the studio
// and the document's layout use), with the top-left of the bounding box at (0, 0) — unless pinned
// nodes were respected: then they keep their coordinates exactly and the box starts at (left, top).
// Results are deterministic: the same model and options give the same positions (neato, fdp and
// sfdp start from a random placement seeded with `seed`). Nodes are boxes as wide as their label
// in the studio's font (about 7 points per character, 24 points high; LayoutOptions::sizeByLabel)
// so that labels do not overlap; node overlaps are removed for every engine but dot, which makes
// none, and but neato/fdp with pins (Graphviz's overlap removal would move the pinned nodes).

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
    /// Seed of the initial random placement (neato, fdp, sfdp).
    unsigned seed = 1;
    /// Size each node by its label (true) or use 25-point squares (false).
    bool sizeByLabel = true;
};

/// Width and height of a node as the engine sized it, points.
struct NodeSize {
    double width = 0.0;
    double height = 0.0;
    bool operator==(const NodeSize&) const = default;
};

struct LayoutResult {
    std::map<std::string, core::Point> positions;  ///< node id → centre, points
    std::map<std::string, NodeSize> sizes;         ///< node id → box the engine gave it
    double left = 0.0;  ///< top-left of the bounding box (0, 0 unless pinned nodes moved it)
    double top = 0.0;
    double width = 0.0;  ///< size of the bounding box
    double height = 0.0;
};

/// Thrown when Graphviz cannot lay the graph out; the message says why.
class LayoutError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Lays out every node of the model (ties as edges; containment as invisible edges so that roles
/// sit near their site and organization; clusters with dot and fdp; pins with neato and fdp).
/// Ties and containment that name missing nodes are ignored. Thread-safe (Graphviz calls are
/// serialized). Throws LayoutError.
LayoutResult runGraphvizLayout(const core::Model& model, const LayoutOptions& options);

}  // namespace orgweave::layouts
