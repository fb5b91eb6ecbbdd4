#pragma once
// Local clustering coefficient (networkx `clustering`, unweighted).
// Undirected: 2T / (d(d − 1)), T the ties among the node's neighbours; 0 below degree 2.
// Directed (Fagiolo 2007, as networkx): T_dir / ((d_tot(d_tot − 1) − 2 d_recip) · 2).
// Also gives T per node (the undirected triangles), which effective size reuses.
// Cost: O(Σ deg²) with a marker array, no allocation per node.

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <cstdint>
#include <vector>

namespace orgweave::core {

class LocalClustering {
public:
    explicit LocalClustering(GraphSnapshot graph) : m_graph(std::move(graph)) {}
    void run();
    const std::vector<double>& clustering() const { return m_clustering; }
    /// Undirected graphs only: ties among each node's neighbours.
    const std::vector<std::uint64_t>& triangles() const { return m_triangles; }

private:
    GraphSnapshot m_graph;
    std::vector<double> m_clustering;
    std::vector<std::uint64_t> m_triangles;
};

}  // namespace orgweave::core
