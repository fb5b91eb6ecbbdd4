#include "orgweave/core/LocalClustering.hpp"

namespace orgweave::core {

void LocalClustering::run() {
    const std::size_t n = m_graph->nodeCount();
    m_clustering.assign(n, 0.0);
    m_triangles.assign(n, 0);
    if (!m_graph->isDirected()) {
        std::vector<char> mark(n, 0);
        for (Graph::Index v = 0; v < n; ++v) {
            auto neighbors = m_graph->outNeighbors(v);
            const std::size_t d = neighbors.size();
            if (d < 2)
                continue;
            for (Graph::Index u : neighbors)
                mark[u] = 1;
            std::uint64_t ends = 0;  // each tie among neighbours is seen from both ends
            for (Graph::Index u : neighbors) {
                for (Graph::Index w : m_graph->outNeighbors(u))
                    ends += mark[w];
            }
            for (Graph::Index u : neighbors)
                mark[u] = 0;
            m_triangles[v] = ends / 2;
            m_clustering[v] =
                static_cast<double>(ends) / (static_cast<double>(d) * static_cast<double>(d - 1));
        }
        return;
    }
    std::vector<char> isPred(n, 0);
    std::vector<char> isSucc(n, 0);
    for (Graph::Index i = 0; i < n; ++i) {
        auto preds = m_graph->inNeighbors(i);
        auto succs = m_graph->outNeighbors(i);
        for (Graph::Index j : preds)
            isPred[j] = 1;
        for (Graph::Index j : succs)
            isSucc[j] = 1;
        std::uint64_t directed = 0;
        std::uint64_t reciprocal = 0;
        auto countFrom = [&](Graph::Index j) {
            for (Graph::Index k : m_graph->inNeighbors(j))
                directed += static_cast<std::uint64_t>(isPred[k] + isSucc[k]);
            for (Graph::Index k : m_graph->outNeighbors(j))
                directed += static_cast<std::uint64_t>(isPred[k] + isSucc[k]);
        };
        for (Graph::Index j : preds)
            countFrom(j);
        for (Graph::Index j : succs) {
            countFrom(j);
            reciprocal += static_cast<std::uint64_t>(isPred[j]);
        }
        for (Graph::Index j : preds)
            isPred[j] = 0;
        for (Graph::Index j : succs)
            isSucc[j] = 0;
        const double total = static_cast<double>(preds.size() + succs.size());
        const double denominator = (total * (total - 1.0) - 2.0 * static_cast<double>(reciprocal)) * 2.0;
        if (directed > 0 && denominator > 0)
            m_clustering[i] = static_cast<double>(directed) / denominator;
    }
}

}  // namespace orgweave::core
