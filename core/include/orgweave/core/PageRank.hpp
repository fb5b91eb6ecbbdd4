#pragma once
// PageRank as networkx 2.8 computes it (`pagerank`, alpha 0.85, uniform teleport, dangling nodes'
// rank spread uniformly): x ← α(xP + Σ_dangling x · 1/n) + (1 − α)/n until Σ|x − x_last| < n · tol,
// then x / Σx. The tolerance is 1e-12 (DOMAIN.md §3: converged values, networkx with `tol=1e-12`),
// not networkx's default 1e-6; stops early (not converged) when options.cancel is set. Undirected ties are
// two arcs. Unweighted unless `weighted` (arc weights as transition strengths). Cost: O(iterations · (n +
// m)).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <vector>

namespace orgweave::core {

class PageRank {
public:
    static constexpr double kTolerance = 1e-12;
    static constexpr int kMaxIterations = 10000;

    explicit PageRank(GraphSnapshot graph, MeasureOptions options = {}, double alpha = 0.85,
                      double tolerance = kTolerance, int maxIterations = kMaxIterations,
                      bool weighted = false)
        : m_graph(std::move(graph)),
          m_options(std::move(options)),
          m_alpha(alpha),
          m_tolerance(tolerance),
          m_maxIterations(maxIterations),
          m_weighted(weighted) {}
    void run();
    const std::vector<double>& rank() const { return m_rank; }
    bool converged() const { return m_converged; }

private:
    GraphSnapshot m_graph;
    MeasureOptions m_options;
    double m_alpha;
    double m_tolerance;
    int m_maxIterations;
    bool m_weighted;
    std::vector<double> m_rank;
    bool m_converged = false;
};

}  // namespace orgweave::core
