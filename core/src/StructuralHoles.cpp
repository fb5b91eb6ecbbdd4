#include "orgweave/core/StructuralHoles.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <span>

namespace orgweave::core {

namespace {

/// Every node's alters (the union of in- and out-neighbours, sorted) and the mutual weight m(u, w)
/// beside each, in compressed sparse row form, built once.
struct AlterLists {
    std::vector<std::size_t> offsets;
    std::vector<Graph::Index> alters;
    std::vector<double> mutual;

    std::span<const Graph::Index> of(Graph::Index v) const {
        return {alters.data() + offsets[v], alters.data() + offsets[v + 1]};
    }
    std::span<const double> mutualOf(Graph::Index v) const {
        return {mutual.data() + offsets[v], mutual.data() + offsets[v + 1]};
    }
};

}  // namespace

void StructuralHoles::run() {
    const Graph& g = *m_graph;
    const std::size_t n = g.nodeCount();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    m_constraint.assign(n, nan);
    m_effectiveSize.assign(n, nan);
    m_efficiency.assign(n, nan);

    auto arc = [&](Graph::Index u, Graph::Index w) {
        return m_weighted ? g.arcWeight(u, w) : (g.hasArc(u, w) ? 1.0 : 0.0);
    };
    auto mutual = [&](Graph::Index u, Graph::Index w) { return arc(u, w) + arc(w, u); };

    AlterLists lists;
    lists.offsets.assign(n + 1, 0);
    for (Graph::Index u = 0; u < n; ++u) {
        auto outs = g.outNeighbors(u);
        if (g.isDirected()) {
            auto ins = g.inNeighbors(u);
            std::set_union(outs.begin(), outs.end(), ins.begin(), ins.end(),
                           std::back_inserter(lists.alters));
        } else {
            lists.alters.insert(lists.alters.end(), outs.begin(), outs.end());
        }
        lists.offsets[u + 1] = lists.alters.size();
    }
    lists.mutual.resize(lists.alters.size());
    // Σ and max of mutual weights of each node over its alters.
    std::vector<double> sum(n, 0.0);
    std::vector<double> max(n, 0.0);
    for (Graph::Index u = 0; u < n; ++u) {
        for (std::size_t k = lists.offsets[u]; k < lists.offsets[u + 1]; ++k) {
            const double m = mutual(u, lists.alters[k]);
            lists.mutual[k] = m;
            sum[u] += m;
            max[u] = std::max(max[u], m);
        }
    }

    // Per node v, the sums over alters q of v are gathered at the alters j they reach: only the
    // pairs (q, j) with a tie between them add anything, so q's own alters are walked (or, when q has
    // more alters than v, v's alters are looked up in q's list). Each sum still adds its terms in
    // the order of q, so the results are the same as the plain double loop's, to the last bit.
    const bool borgatti = !g.isDirected() && !m_weighted;
    const bool countTies = borgatti && m_triangles.empty();
    std::vector<std::uint32_t> position(n, 0);  // 1 + the alter's index among v's alters; 0: not one
    std::vector<double> pv;                     // p(v, j) per alter j
    std::vector<double> indirect;               // Σ_q p(v, q) p(q, j) per alter j
    std::vector<double> redundancy;             // Σ_q p(v, q) m(j, q) / max m(j, ·) per alter j
    for (Graph::Index v = 0; v < n; ++v) {
        const auto alters = lists.of(v);
        // networkx tests `len(G[v]) == 0`: on a directed graph that is "no successors".
        if (alters.empty() || g.outDegree(v) == 0)
            continue;
        const std::size_t size = alters.size();
        const auto mutualV = lists.mutualOf(v);
        pv.assign(size, 0.0);
        indirect.assign(size, 0.0);
        redundancy.assign(size, 0.0);
        for (std::size_t i = 0; i < size; ++i) {
            position[alters[i]] = static_cast<std::uint32_t>(i + 1);
            pv[i] = sum[v] == 0.0 ? 0.0 : mutualV[i] / sum[v];
        }
        std::uint64_t ties = 0;
        // The terms of alter q at alter j (index ji) with m(q, j) = mqj > 0.
        auto add = [&](Graph::Index q, double pvq, std::size_t ji, Graph::Index j, double mqj) {
            indirect[ji] += pvq * (sum[q] == 0.0 ? 0.0 : mqj / sum[q]);
            if (!borgatti && max[j] > 0.0)
                redundancy[ji] += pvq * mqj / max[j];
            if (countTies && q < j)
                ++ties;
        };
        for (std::size_t qi = 0; qi < size; ++qi) {
            const Graph::Index q = alters[qi];
            const auto altersQ = lists.of(q);
            if (altersQ.size() <= size) {
                const auto mutualQ = lists.mutualOf(q);
                for (std::size_t k = 0; k < altersQ.size(); ++k) {
                    const Graph::Index j = altersQ[k];
                    if (position[j] != 0 && j != q && mutualQ[k] != 0.0)
                        add(q, pv[qi], position[j] - 1, j, mutualQ[k]);
                }
            } else {
                for (std::size_t ji = 0; ji < size; ++ji) {
                    const Graph::Index j = alters[ji];
                    if (j == q)
                        continue;
                    const auto at = std::lower_bound(altersQ.begin(), altersQ.end(), j);
                    if (at == altersQ.end() || *at != j)
                        continue;
                    const double mqj = lists.mutualOf(q)[static_cast<std::size_t>(at - altersQ.begin())];
                    if (mqj != 0.0)
                        add(q, pv[qi], ji, j, mqj);
                }
            }
        }
        for (Graph::Index j : alters)
            position[j] = 0;

        double constraint = 0.0;
        for (std::size_t i = 0; i < size; ++i) {
            const double local = pv[i] + indirect[i];
            constraint += local * local;
        }
        m_constraint[v] = constraint;

        const double alterCount = static_cast<double>(size);
        double effective = 0.0;
        if (borgatti) {
            if (!m_triangles.empty())
                ties = m_triangles[v];
            effective = alterCount - 2.0 * static_cast<double>(ties) / alterCount;
        } else {
            for (std::size_t i = 0; i < size; ++i)
                effective += 1.0 - redundancy[i];
        }
        m_effectiveSize[v] = effective;
        m_efficiency[v] = effective / alterCount;
    }
}

}  // namespace orgweave::core
