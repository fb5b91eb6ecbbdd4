#pragma once
// For each pair of groups of a partition (e.g. two organizations), the number of vertex-independent
// paths between their members in the undirected view: by Menger's theorem, the fewest nodes whose
// removal cuts every connection between the two groups (members included). 1 means one person away
// from disconnection; 0 means not connected. Counted by unit-capacity max-flow on the node-split
// graph, stopping at `cap` (a value equal to cap means "cap or more"). Groups without a value are
// skipped. Pairs run in parallel. Cost: O(pairs · cap · (n + m)).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"
#include "orgweave/core/Partition.hpp"

#include <vector>

namespace orgweave::core {

struct GroupPair {
    int groupA = 0;
    int groupB = 0;
    unsigned paths = 0;
    bool capped = false;  ///< paths == cap: at least that many
};

class GroupPathCounts {
public:
    GroupPathCounts(GraphSnapshot graph, Partition partition, unsigned cap = 5, MeasureOptions options = {})
        : m_graph(std::move(graph)),
          m_partition(std::move(partition)),
          m_cap(cap),
          m_options(std::move(options)) {}
    void run();
    const std::vector<GroupPair>& pairs() const { return m_pairs; }
    unsigned cap() const { return m_cap; }

private:
    GraphSnapshot m_graph;
    Partition m_partition;
    unsigned m_cap;
    MeasureOptions m_options;
    std::vector<GroupPair> m_pairs;
};

}  // namespace orgweave::core
