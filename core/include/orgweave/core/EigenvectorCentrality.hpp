#pragma once
// Eigenvector centrality as networkx 2.8 computes it: power iteration on (A + I) from a uniform
// start, each step normalized to unit Euclidean length, stopping when Σ|x − x_last| < n · 1e−6.
// Directed graphs use in-arcs (a node is central when central nodes point to it). Unweighted.
// networkx gives up after 100 steps; we go on to 1000 and report convergence, so slowly mixing
// graphs still get a value. Cost: O(iterations · (n + m)).

#include "orgweave/core/Graph.hpp"

#include <vector>

namespace orgweave::core {

class EigenvectorCentrality {
public:
    explicit EigenvectorCentrality(const Graph& graph, double tolerance = 1e-6, int maxIterations = 1000)
        : m_graph(graph), m_tolerance(tolerance), m_maxIterations(maxIterations) {}
    void run();
    const std::vector<double>& centrality() const { return m_centrality; }
    bool converged() const { return m_converged; }
    int iterations() const { return m_iterations; }

private:
    const Graph& m_graph;
    double m_tolerance;
    int m_maxIterations;
    std::vector<double> m_centrality;
    bool m_converged = false;
    int m_iterations = 0;
};

}  // namespace orgweave::core
