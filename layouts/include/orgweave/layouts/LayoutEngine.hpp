#pragma once
// One entry point for every layout engine by its command-line name (DESIGN.md §5, §7).
//
//   dot neato fdp sfdp circo twopi   Graphviz (runGraphvizLayout); all but sfdp refuse graphs of
//                                    more than kGraphvizNodeLimit nodes (they stop scaling)
//   force                            our ForceAtlas2-style Barnes–Hut layout (ForceLayout)
//   circle                           nodes on a circle in document order; deterministic
//   fr kk                            Boost.Graph's Fruchterman–Reingold and Kamada–Kawai (each
//                                    component on its own, side by side); same size limit
//   auto                             force above kAutoForceAbove nodes, else dot when member_of and
//                                    reports_to ties dominate (a committee hierarchy), else neato
//
// Convention: as runGraphvizLayout: points, y down, top-left of the bounding box at (0, 0) unless
// pinned nodes kept their coordinates (force, neato, fdp). Node sizes are label boxes (about 7
// points per character, 24 high). Cost: the engine's; force is O(n log n) per iteration.

#include <orgweave/core/Model.hpp>
#include <orgweave/layouts/GraphvizLayout.hpp>

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace orgweave::layouts {

/// Largest graph dot, neato, fdp, circo and twopi are asked to lay out.
inline constexpr std::size_t kGraphvizNodeLimit = 2000;
/// `auto` uses our force layout above this many nodes.
inline constexpr std::size_t kAutoForceAbove = 800;

struct EngineRequest {
    std::string engine = "auto";
    /// Group nodes by this field ("organization", "site", "kind", "type" or a string attribute):
    /// clusters in dot/fdp, attraction groups in force; empty for none.
    std::string clusterBy;
    unsigned seed = 1;
    bool respectPins = true;
    /// force only: set from another thread to stop (runLayout then throws LayoutCancelled).
    const std::atomic<bool>* cancel = nullptr;
    /// force only: called with (iterations done, iteration cap).
    std::function<void(std::size_t, std::size_t)> progress;
};

/// Thrown by runLayout when the request's cancel flag was set.
class LayoutCancelled : public LayoutError {
public:
    using LayoutError::LayoutError;
};

/// The engine names runLayout knows, in the order help texts list them.
std::vector<std::string> layoutEngineNames();

/// The engine `auto` picks for this model.
std::string autoEngine(const core::Model& model);

/// Lays out every node of the model with the named engine. Throws LayoutError for an unknown
/// engine (the message lists the known ones), for a graph too large for the engine (it suggests
/// force or sfdp) or when the engine fails; LayoutCancelled when cancelled.
LayoutResult runLayout(const core::Model& model, const EngineRequest& request);

/// The document's positions (y down) completed for drawing: nodes without a (finite) position are
/// laid out with `engine` ("" = auto) and, when some nodes had positions, put to the right of them
/// as the engine arranged them. Throws as runLayout. Cost: O(n) when every node has a position,
/// else the engine's.
std::map<std::string, core::Point> completePositions(const core::Model& model, const std::string& engine);

}  // namespace orgweave::layouts
