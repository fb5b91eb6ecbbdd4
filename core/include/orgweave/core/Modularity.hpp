#pragma once
// Newman's modularity of a partition of the undirected, unweighted view (networkx
// `community.modularity`, resolution 1): Q = Σ_c [ L_c/m − (d_c / 2m)² ], L_c the ties inside
// community c, d_c the sum of its degrees, m the number of ties. NaN when there are no ties.
// Cost: O(n + m).

#include "orgweave/core/Graph.hpp"

#include <vector>

namespace orgweave::core {

double modularity(const Graph& graph, const std::vector<int>& communityOf);

}  // namespace orgweave::core
