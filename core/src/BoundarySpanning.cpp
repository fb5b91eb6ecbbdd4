#include "orgweave/core/BoundarySpanning.hpp"

#include <limits>

namespace orgweave::core {

namespace {
double eiRatio(double external, double internal) {
    const double total = external + internal;
    return total > 0 ? (external - internal) / total : std::numeric_limits<double>::quiet_NaN();
}
}  // namespace

void BoundarySpanning::run() {
    const UndirectedView view(*m_graph);
    const Graph& g = view.get();
    const std::size_t n = g.nodeCount();
    const auto& groupOf = m_partition.groupOf;
    const auto& ids = m_partition.groupIds;
    auto hasValue = [&](Graph::Index v) { return !ids[static_cast<std::size_t>(groupOf[v])].empty(); };

    m_eiIndex.assign(n, std::numeric_limits<double>::quiet_NaN());
    m_external.assign(n, 0);
    m_internal.assign(n, 0);
    m_spanner.assign(n, 0);
    m_multilateral.assign(n, 0);
    m_groupsReached.assign(n, 0);
    m_groups.assign(m_partition.groupCount(), GroupTies{});

    std::vector<std::uint32_t> seenAt(m_partition.groupCount(), static_cast<std::uint32_t>(-1));
    for (Graph::Index v = 0; v < n; ++v) {
        const int gv = groupOf[v];
        ++m_groups[static_cast<std::size_t>(gv)].size;
        std::uint32_t reached = 0;
        for (Graph::Index u : g.outNeighbors(v)) {
            if (!hasValue(u))
                continue;
            const int gu = groupOf[u];
            if (seenAt[static_cast<std::size_t>(gu)] != v) {
                seenAt[static_cast<std::size_t>(gu)] = v;
                ++reached;
            }
            if (!hasValue(v))
                continue;
            (gu == gv ? m_internal[v] : m_external[v]) += 1;
        }
        // Present in another organization (an affiliation): the node itself joins that group.
        for (int also : m_partition.alsoInOf(v)) {
            if (seenAt[static_cast<std::size_t>(also)] != v) {
                seenAt[static_cast<std::size_t>(also)] = v;
                ++reached;
            }
        }
        m_groupsReached[v] = reached;
        if (!hasValue(v))
            continue;
        m_eiIndex[v] = eiRatio(m_external[v], m_internal[v]);
        m_spanner[v] = reached >= 2;
        m_multilateral[v] = m_spanner[v] && m_internal[v] > 0;
    }
    for (const Graph::Edge& e : g.edges()) {
        const int a = groupOf[e.source];
        const int b = groupOf[e.target];
        if (a == b) {
            ++m_groups[static_cast<std::size_t>(a)].internalTies;
        } else {
            ++m_groups[static_cast<std::size_t>(a)].externalTies;
            ++m_groups[static_cast<std::size_t>(b)].externalTies;
        }
        if (!hasValue(e.source) || !hasValue(e.target))
            continue;
        (a == b ? m_networkInternal : m_networkExternal) += 1;
    }
    for (GroupTies& group : m_groups) {
        group.eiIndex =
            eiRatio(static_cast<double>(group.externalTies), static_cast<double>(group.internalTies));
    }
    m_networkEi = eiRatio(static_cast<double>(m_networkExternal), static_cast<double>(m_networkInternal));
}

}  // namespace orgweave::core
