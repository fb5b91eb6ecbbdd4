#pragma once
// PageRank as networkx 2.8 computes it (`pagerank`, alpha 0.85, uniform teleport, tolerance 1e-6,
// dangling nodes' rank spread uniformly): x ← α(xP + Σ_dangling x · 1/n) + (1 − α)/n until
// Σ|x − x_last| < n · tol, then x / Σx. Undirected ties are two arcs. Unweighted unless `weighted`
// (arc weights as transition strengths). Cost: O(iterations · (n + m)).

#include "orgweave/core/Graph.hpp"

#include <vector>

namespace orgweave::core {

class PageRank {
public:
    explicit PageRank(const Graph& graph, double alpha = 0.85, double tolerance = 1e-6,
                      int maxIterations = 1000, bool weighted = false)
        : m_graph(graph),
          m_alpha(alpha),
          m_tolerance(tolerance),
          m_maxIterations(maxIterations),
          m_weighted(weighted) {}
    void run();
    const std::vector<double>& rank() const { return m_rank; }
    bool converged() const { return m_converged; }

private:
    const Graph& m_graph;
    double m_alpha;
    double m_tolerance;
    int m_maxIterations;
    bool m_weighted;
    std::vector<double> m_rank;
    bool m_converged = false;
};

}  // namespace orgweave::core
