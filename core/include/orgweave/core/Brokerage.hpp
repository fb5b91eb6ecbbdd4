#pragma once
// Gould–Fernandez brokerage roles by a partition, counted like R sna `brokerage()`.
// For every broker v and ordered pair (a, b), a ≠ b, with arcs a→v and v→b but no arc a→b
// (an undirected tie is two arcs), the two-path is classified by the groups of a, v, b:
//   coordinator    A → A → A      consultant (itinerant)  A → B → A
//   representative A → A → B      gatekeeper              A → B → B
//   liaison        A → B → C
// Nodes without a partition value form one group "(none)". Cost: O(Σ in-deg · out-deg · log deg).

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <cstdint>
#include <vector>

namespace orgweave::core {

struct BrokerageCounts {
    std::uint64_t coordinator = 0;
    std::uint64_t consultant = 0;
    std::uint64_t representative = 0;
    std::uint64_t gatekeeper = 0;
    std::uint64_t liaison = 0;
    std::uint64_t total() const { return coordinator + consultant + representative + gatekeeper + liaison; }
    bool operator==(const BrokerageCounts&) const = default;
};

class Brokerage {
public:
    Brokerage(GraphSnapshot graph, std::vector<int> groupOf, MeasureOptions options = {})
        : m_graph(std::move(graph)), m_groupOf(std::move(groupOf)), m_options(std::move(options)) {}
    void run();
    const std::vector<BrokerageCounts>& counts() const { return m_counts; }

private:
    void countFor(Graph::Index v);

    GraphSnapshot m_graph;
    std::vector<int> m_groupOf;
    MeasureOptions m_options;
    std::vector<BrokerageCounts> m_counts;
};

}  // namespace orgweave::core
