#pragma once
// A lens turns the multi-mode document into the one-mode graph a measure reads (DESIGN.md §4).
//
//   full           every node; every tie plus every containment link (site→organization,
//                  role→organization, role→site, learning_action→owner)
//   people         roles; tied by collaborates, reports_to and shared committee membership (an
//                  observer seat makes no co-membership; taking part in one learning action is no tie)
//   organizations  organizations; tied when their roles or sites share a committee, collaborate,
//                  or the organizations hold an agreement; weight = number of such links
//
// Undirected by default; `directed` keeps the direction of directed ties (containment and shared
// membership stay reciprocal). With a phase, only nodes and ties present in that phase count.
// Imported plain graphs are roles with collaborates ties, so every lens gives networkx's answer.
// Cost: O(nodes + ties + Σ committee size²).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/Model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

enum class LensKind { Full, People, Organizations };

std::string_view toString(LensKind lens);
std::optional<LensKind> lensFromString(std::string_view name);

struct LensOptions {
    LensKind lens = LensKind::People;
    bool directed = false;
    std::string phase;  ///< empty: every node and tie
};

/// The analysed graph with the model nodes behind each index.
struct LensGraph {
    Graph graph;
    std::vector<std::size_t> modelIndex;  ///< graph node → index into Model::nodes
    LensKind lens = LensKind::People;
};

/// Whether a node or tie limited to some phases exists in `phase` (always true for empty phase).
bool existsInPhase(const std::vector<std::string>& phases, std::string_view phase);

LensGraph buildLens(const Model& model, const LensOptions& options);

}  // namespace orgweave::core
