#pragma once
// E-I index (Krackhardt & Stern) and boundary spanners by a partition, on the undirected view.
//
// Node: E = alters in other groups, I = alters in its own group; E-I = (E − I)/(E + I), NaN when
// E + I = 0. Boundary spanner: its alters, together with the groups it is itself present in by
// affiliation (Partition::alsoIn, DOMAIN.md §2.7), make two or more groups; multilateral when it
// also has ties in its own group (a spanner without ties in its own group is one-sided). Nodes without a
// partition value (group "") are neither counted as alters' groups nor classified.
// Group: size, internal ties (both ends inside), external ties (one end inside), E-I of those.
// Network: E-I over ties whose two ends both have a value. Cost: O(n + m).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"
#include "orgweave/core/Partition.hpp"

#include <cstdint>
#include <vector>

namespace orgweave::core {

struct GroupTies {
    std::size_t size = 0;
    std::uint64_t internalTies = 0;
    std::uint64_t externalTies = 0;
    double eiIndex = 0.0;  ///< NaN for a group without ties
};

class BoundarySpanning {
public:
    BoundarySpanning(GraphSnapshot graph, Partition partition)
        : m_graph(std::move(graph)), m_partition(std::move(partition)) {}
    void run();
    const std::vector<double>& eiIndex() const { return m_eiIndex; }
    const std::vector<std::uint32_t>& externalAlters() const { return m_external; }
    const std::vector<std::uint32_t>& internalAlters() const { return m_internal; }
    const std::vector<char>& isSpanner() const { return m_spanner; }
    const std::vector<char>& isMultilateral() const { return m_multilateral; }
    /// Distinct groups among each node's alters and its affiliations (the number of groups it reaches).
    const std::vector<std::uint32_t>& groupsReached() const { return m_groupsReached; }
    const std::vector<GroupTies>& groups() const { return m_groups; }
    double networkEiIndex() const { return m_networkEi; }
    std::uint64_t networkInternalTies() const { return m_networkInternal; }
    std::uint64_t networkExternalTies() const { return m_networkExternal; }

private:
    GraphSnapshot m_graph;
    Partition m_partition;
    std::vector<double> m_eiIndex;
    std::vector<std::uint32_t> m_external;
    std::vector<std::uint32_t> m_internal;
    std::vector<char> m_spanner;
    std::vector<char> m_multilateral;
    std::vector<std::uint32_t> m_groupsReached;
    std::vector<GroupTies> m_groups;
    double m_networkEi = 0.0;
    std::uint64_t m_networkInternal = 0;
    std::uint64_t m_networkExternal = 0;
};

}  // namespace orgweave::core
