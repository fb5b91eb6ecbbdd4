#pragma once
// Community detection by the Louvain method (Blondel et al. 2008) on the undirected, unweighted
// view: local moves of nodes to the neighbouring community with the best modularity gain, then
// aggregation of communities into nodes, until nothing improves. Nodes are visited in an order
// shuffled with `seed`, so the result is reproducible. Communities are numbered by their first
// node. Cost: O(m) per pass, typically a few passes per level and a few levels.

#include "orgweave/core/Graph.hpp"

#include <cstdint>
#include <vector>

namespace orgweave::core {

class LouvainCommunities {
public:
    explicit LouvainCommunities(const Graph& graph, std::uint64_t seed = 1) : m_graph(graph), m_seed(seed) {}
    void run();
    const std::vector<int>& communityOf() const { return m_communityOf; }
    std::size_t communityCount() const { return m_count; }
    double modularity() const { return m_modularity; }

private:
    const Graph& m_graph;
    std::uint64_t m_seed;
    std::vector<int> m_communityOf;
    std::size_t m_count = 0;
    double m_modularity = 0.0;
};

}  // namespace orgweave::core
