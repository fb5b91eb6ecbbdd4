#include "orgweave/core/PageRank.hpp"

#include <cmath>
#include <numeric>

namespace orgweave::core {

void PageRank::run() {
    const std::size_t n = m_graph->nodeCount();
    m_rank.assign(n, 0.0);
    m_converged = false;
    if (n == 0)
        return;
    const double nd = static_cast<double>(n);
    // Out-strength of each node; 0 marks a dangling node.
    std::vector<double> strength(n, 0.0);
    for (Graph::Index v = 0; v < n; ++v) {
        if (m_weighted) {
            for (double w : m_graph->outWeights(v))
                strength[v] += w;
        } else {
            strength[v] = static_cast<double>(m_graph->outDegree(v));
        }
    }
    std::vector<double> x(n, 1.0 / nd);
    std::vector<double> last(n);
    for (int iteration = 0; iteration < m_maxIterations; ++iteration) {
        if (m_options.cancelled())
            break;
        last.swap(x);
        double dangling = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            if (strength[v] == 0.0)
                dangling += last[v];
        }
        for (Graph::Index v = 0; v < n; ++v) {
            double incoming = 0.0;
            auto sources = m_graph->inNeighbors(v);
            for (Graph::Index u : sources) {
                const double w = m_weighted ? m_graph->arcWeight(u, v) : 1.0;
                incoming += last[u] * w / strength[u];
            }
            x[v] = m_alpha * (incoming + dangling / nd) + (1.0 - m_alpha) / nd;
        }
        double change = 0.0;
        for (std::size_t v = 0; v < n; ++v)
            change += std::abs(x[v] - last[v]);
        if (change < nd * m_tolerance) {
            m_converged = true;
            break;
        }
    }
    const double total = std::accumulate(x.begin(), x.end(), 0.0);
    for (std::size_t v = 0; v < n; ++v)
        m_rank[v] = x[v] / total;
}

}  // namespace orgweave::core
