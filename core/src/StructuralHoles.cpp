#include "orgweave/core/StructuralHoles.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace orgweave::core {

namespace {

/// Alters of v: union of in- and out-neighbours, sorted.
void altersOf(const Graph& g, Graph::Index v, std::vector<Graph::Index>& out) {
    out.clear();
    auto outs = g.outNeighbors(v);
    if (!g.isDirected()) {
        out.assign(outs.begin(), outs.end());
        return;
    }
    auto ins = g.inNeighbors(v);
    std::set_union(outs.begin(), outs.end(), ins.begin(), ins.end(), std::back_inserter(out));
}

}  // namespace

void StructuralHoles::run() {
    const std::size_t n = m_graph->nodeCount();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    m_constraint.assign(n, nan);
    m_effectiveSize.assign(n, nan);
    m_efficiency.assign(n, nan);

    auto arc = [&](Graph::Index u, Graph::Index w) {
        return m_weighted ? m_graph->arcWeight(u, w) : (m_graph->hasArc(u, w) ? 1.0 : 0.0);
    };
    auto mutual = [&](Graph::Index u, Graph::Index w) { return arc(u, w) + arc(w, u); };

    // Σ and max of mutual weights of each node over its alters.
    std::vector<double> sum(n, 0.0);
    std::vector<double> max(n, 0.0);
    std::vector<Graph::Index> alters;
    for (Graph::Index u = 0; u < n; ++u) {
        altersOf(*m_graph, u, alters);
        for (Graph::Index w : alters) {
            const double m = mutual(u, w);
            sum[u] += m;
            max[u] = std::max(max[u], m);
        }
    }
    auto p = [&](Graph::Index u, Graph::Index w) { return sum[u] == 0.0 ? 0.0 : mutual(u, w) / sum[u]; };

    const bool borgatti = !m_graph->isDirected() && !m_weighted;
    std::vector<Graph::Index> jAlters;
    for (Graph::Index v = 0; v < n; ++v) {
        altersOf(*m_graph, v, alters);
        // networkx tests `len(G[v]) == 0`: on a directed graph that is "no successors".
        if (alters.empty() || m_graph->outDegree(v) == 0)
            continue;
        double constraint = 0.0;
        for (Graph::Index j : alters) {
            double indirect = 0.0;
            for (Graph::Index q : alters) {
                if (q != j)
                    indirect += p(v, q) * p(q, j);
            }
            const double local = p(v, j) + indirect;
            constraint += local * local;
        }
        m_constraint[v] = constraint;

        const double size = static_cast<double>(alters.size());
        double effective = 0.0;
        if (borgatti) {
            std::uint64_t ties = 0;
            if (!m_triangles.empty()) {
                ties = m_triangles[v];
            } else {
                for (Graph::Index j : alters) {
                    for (Graph::Index q : alters)
                        ties += (j < q && m_graph->hasArc(j, q)) ? 1 : 0;
                }
            }
            effective = size - 2.0 * static_cast<double>(ties) / size;
        } else {
            for (Graph::Index j : alters) {
                double redundancy = 0.0;
                for (Graph::Index q : alters) {
                    if (max[j] > 0.0)
                        redundancy += p(v, q) * mutual(j, q) / max[j];
                }
                effective += 1.0 - redundancy;
            }
        }
        m_effectiveSize[v] = effective;
        m_efficiency[v] = effective / size;
    }
}

}  // namespace orgweave::core
