#pragma once
// Eigenvector centrality as networkx 2.8 computes it: power iteration on (A + I) from a uniform
// start, each step normalized to unit Euclidean length, stopping when Σ|x − x_last| < n · tol.
// The tolerance is 1e-12 (DOMAIN.md §3: converged values, networkx with `tol=1e-12`), not
// networkx's default 1e-6. Directed graphs use in-arcs (a node is central when central nodes point
// to it). Unweighted. We go on to kMaxIterations and report convergence, so slowly mixing graphs
// still get a value. Stops early (not converged) when options.cancel is set.
// Cost: O(iterations · (n + m)).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <vector>

namespace orgweave::core {

class EigenvectorCentrality {
public:
    static constexpr double kTolerance = 1e-12;
    static constexpr int kMaxIterations = 10000;

    explicit EigenvectorCentrality(GraphSnapshot graph, MeasureOptions options = {},
                                   double tolerance = kTolerance, int maxIterations = kMaxIterations)
        : m_graph(std::move(graph)),
          m_options(std::move(options)),
          m_tolerance(tolerance),
          m_maxIterations(maxIterations) {}
    void run();
    const std::vector<double>& centrality() const { return m_centrality; }
    bool converged() const { return m_converged; }
    int iterations() const { return m_iterations; }

private:
    GraphSnapshot m_graph;
    MeasureOptions m_options;
    double m_tolerance;
    int m_maxIterations;
    std::vector<double> m_centrality;
    bool m_converged = false;
    int m_iterations = 0;
};

}  // namespace orgweave::core
