#pragma once
// Community detection by the Louvain method (Blondel et al. 2008) on the undirected, unweighted
// view: local moves of nodes to the neighbouring community with the best modularity gain, then
// aggregation of communities into nodes, until nothing improves. Nodes are visited in an order
// shuffled with `seed`, so the result is reproducible. Communities are numbered by their first
// node. A level stops when a pass raises the modularity by less than 1e-5 (a few single moves on
// a network of 500,000 ties). Cost: O(m) per pass, typically a few passes per level and a few levels.

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <cstdint>
#include <vector>

namespace orgweave::core {

class LouvainCommunities {
public:
    /// The node order of each pass is shuffled with options.seed.
    explicit LouvainCommunities(GraphSnapshot graph, MeasureOptions options = {})
        : m_graph(std::move(graph)), m_options(std::move(options)) {}
    void run();
    const std::vector<int>& communityOf() const { return m_communityOf; }
    std::size_t communityCount() const { return m_count; }
    double modularity() const { return m_modularity; }

private:
    GraphSnapshot m_graph;
    MeasureOptions m_options;
    std::vector<int> m_communityOf;
    std::size_t m_count = 0;
    double m_modularity = 0.0;
};

}  // namespace orgweave::core
