#include "orgweave/core/Brokerage.hpp"

namespace orgweave::core {

void Brokerage::run() {
    const std::size_t n = m_graph->nodeCount();
    m_counts.assign(n, BrokerageCounts{});
    parallelFor(n, 256, m_options, "brokerage", [&](unsigned, std::size_t begin, std::size_t end) {
        for (auto v = static_cast<Graph::Index>(begin); v < end; ++v)
            countFor(v);
    });
}

void Brokerage::countFor(Graph::Index v) {
    BrokerageCounts& c = m_counts[v];
    const int gv = m_groupOf[v];
    for (Graph::Index a : m_graph->inNeighbors(v)) {
        const int ga = m_groupOf[a];
        for (Graph::Index b : m_graph->outNeighbors(v)) {
            if (a == b || m_graph->hasArc(a, b))
                continue;
            const int gb = m_groupOf[b];
            if (ga == gv && gv == gb) {
                ++c.coordinator;
            } else if (ga == gb) {
                ++c.consultant;  // A → B → A
            } else if (ga == gv) {
                ++c.representative;  // A → A → B
            } else if (gv == gb) {
                ++c.gatekeeper;  // A → B → B
            } else {
                ++c.liaison;
            }
        }
    }
}

}  // namespace orgweave::core
