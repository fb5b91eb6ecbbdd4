#pragma once
// Fragility of the undirected view (Boost.Graph): connected components, articulation points
// (nodes whose removal disconnects part of the network) and bridges (ties whose removal does).
// A directed graph is analysed as undirected (weak connectivity), as networkx does for these.
// Cost: O(n + m).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <utility>
#include <vector>

namespace orgweave::core {

class Connectivity {
public:
    explicit Connectivity(GraphSnapshot graph) : m_graph(std::move(graph)) {}
    void run();
    std::size_t componentCount() const { return m_componentCount; }
    const std::vector<int>& componentOf() const { return m_componentOf; }
    const std::vector<char>& isArticulationPoint() const { return m_articulation; }
    /// Each bridge once, as (smaller index, larger index), sorted.
    const std::vector<std::pair<Graph::Index, Graph::Index>>& bridges() const { return m_bridges; }

private:
    GraphSnapshot m_graph;
    std::size_t m_componentCount = 0;
    std::vector<int> m_componentOf;
    std::vector<char> m_articulation;
    std::vector<std::pair<Graph::Index, Graph::Index>> m_bridges;
};

}  // namespace orgweave::core
