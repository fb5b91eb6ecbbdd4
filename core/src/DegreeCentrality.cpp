#include "orgweave/core/DegreeCentrality.hpp"

#include <algorithm>

namespace orgweave::core {

void DegreeCentrality::run() {
    const std::size_t n = m_graph->nodeCount();
    m_centrality.assign(n, 0.0);
    m_degree.assign(n, 0);
    if (n == 0)
        return;
    const double scale = n > 1 ? 1.0 / static_cast<double>(n - 1) : 1.0;
    for (Graph::Index v = 0; v < n; ++v) {
        m_degree[v] = m_graph->degree(v);
        m_centrality[v] = n > 1 ? static_cast<double>(m_degree[v]) * scale : 1.0;
    }
    m_centralization = 0.0;
    if (n >= 3) {
        const UndirectedView view(*m_graph);
        const Graph& undirected = view.get();
        std::size_t maxDegree = 0;
        for (Graph::Index v = 0; v < n; ++v)
            maxDegree = std::max(maxDegree, undirected.degree(v));
        double sum = 0.0;
        for (Graph::Index v = 0; v < n; ++v)
            sum += static_cast<double>(maxDegree - undirected.degree(v));
        m_centralization = sum / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    }
}

}  // namespace orgweave::core
