#include "orgweave/core/EigenvectorCentrality.hpp"

#include <cmath>

namespace orgweave::core {

void EigenvectorCentrality::run() {
    const std::size_t n = m_graph->nodeCount();
    m_centrality.assign(n, 0.0);
    m_converged = false;
    m_iterations = 0;
    if (n == 0)
        return;
    std::vector<double> x(n, 1.0 / static_cast<double>(n));
    std::vector<double> last(n);
    for (m_iterations = 1; m_iterations <= m_maxIterations; ++m_iterations) {
        if (m_options.cancelled())
            break;
        last.swap(x);
        for (Graph::Index v = 0; v < n; ++v) {
            double sum = last[v];  // the identity term of (A + I)
            for (Graph::Index u : m_graph->inNeighbors(v))
                sum += last[u];
            x[v] = sum;
        }
        double norm = 0.0;
        for (double value : x)
            norm += value * value;
        norm = std::sqrt(norm);
        if (norm == 0.0)
            norm = 1.0;
        double change = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            x[v] /= norm;
            change += std::abs(x[v] - last[v]);
        }
        if (change < static_cast<double>(n) * m_tolerance) {
            m_converged = true;
            break;
        }
    }
    m_centrality = std::move(x);
}

}  // namespace orgweave::core
