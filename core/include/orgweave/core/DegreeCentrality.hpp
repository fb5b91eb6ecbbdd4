#pragma once
// Degree centrality (networkx `degree_centrality`): degree / (n − 1); for a directed graph the
// degree is in + out. A single node has centrality 1, as in networkx. Also Freeman's degree
// centralization of the undirected view: Σ (max − deg) / ((n − 1)(n − 2)), 0 when n < 3.
// Cost: O(n).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <vector>

namespace orgweave::core {

class DegreeCentrality {
public:
    explicit DegreeCentrality(GraphSnapshot graph) : m_graph(std::move(graph)) {}
    void run();
    const std::vector<double>& centrality() const { return m_centrality; }
    const std::vector<std::size_t>& degree() const { return m_degree; }
    double centralization() const { return m_centralization; }

private:
    GraphSnapshot m_graph;
    std::vector<double> m_centrality;
    std::vector<std::size_t> m_degree;
    double m_centralization = 0.0;
};

}  // namespace orgweave::core
