#pragma once
// An immutable, simple graph snapshot in compressed sparse row form: what every measure reads.
//
// Convention: nodes are dense indices 0..n-1. Parallel ties between one pair count once and
// self-loops are dropped (DOMAIN.md §3); their weights are summed into the arc's weight. An
// undirected graph stores each edge as two arcs (u→v and v→u), so out- and in-neighbours agree.
// Neighbour lists are sorted, so hasArc() is a binary search. Cost: O(m log m) to build,
// 2 × (n + arcs) integers plus one double per arc.

#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace orgweave::core {

class Graph {
public:
    using Index = std::uint32_t;

    struct Edge {
        Index source;
        Index target;
        double weight = 1.0;
    };

    Graph() = default;
    /// Builds from a list of ties; for an undirected graph the order of source/target is irrelevant.
    Graph(std::size_t nodeCount, const std::vector<Edge>& edges, bool directed);

    std::size_t nodeCount() const { return m_outOffsets.empty() ? 0 : m_outOffsets.size() - 1; }
    /// Undirected: number of edges (unordered pairs). Directed: number of arcs.
    std::size_t edgeCount() const { return m_edgeCount; }
    bool isDirected() const { return m_directed; }

    std::span<const Index> outNeighbors(Index v) const {
        return {m_outTargets.data() + m_outOffsets[v], m_outTargets.data() + m_outOffsets[v + 1]};
    }
    std::span<const double> outWeights(Index v) const {
        return {m_outWeights.data() + m_outOffsets[v], m_outWeights.data() + m_outOffsets[v + 1]};
    }
    std::span<const Index> inNeighbors(Index v) const {
        if (!m_directed)
            return outNeighbors(v);
        return {m_inSources.data() + m_inOffsets[v], m_inSources.data() + m_inOffsets[v + 1]};
    }
    std::size_t outDegree(Index v) const { return m_outOffsets[v + 1] - m_outOffsets[v]; }
    std::size_t inDegree(Index v) const {
        return m_directed ? m_inOffsets[v + 1] - m_inOffsets[v] : outDegree(v);
    }
    /// Undirected: the degree. Directed: in + out (networkx DiGraph.degree).
    std::size_t degree(Index v) const { return m_directed ? outDegree(v) + inDegree(v) : outDegree(v); }

    /// Whether the arc u→v exists (for undirected graphs: the edge). O(log degree).
    bool hasArc(Index u, Index v) const;
    /// Weight of u→v, 0 when absent. O(log degree).
    double arcWeight(Index u, Index v) const;

    /// The same graph with direction forgotten (itself when undirected).
    Graph undirected() const;
    /// Every edge once (undirected: source < target).
    std::vector<Edge> edges() const;

private:
    bool m_directed = false;
    std::size_t m_edgeCount = 0;
    std::vector<std::size_t> m_outOffsets;
    std::vector<Index> m_outTargets;
    std::vector<double> m_outWeights;
    std::vector<std::size_t> m_inOffsets;
    std::vector<Index> m_inSources;
};

/// The undirected view of a graph, copying only when the graph is directed: measures that read
/// the undirected view take one of these instead of calling Graph::undirected() (which copies).
/// Cost: nothing for an undirected graph, O(m log m) for a directed one. Keeps a reference to
/// `graph`, which must outlive the view.
class UndirectedView {
public:
    explicit UndirectedView(const Graph& graph) : m_graph(graph) {
        if (graph.isDirected())
            m_copy = graph.undirected();
    }
    const Graph& get() const { return m_copy ? *m_copy : m_graph; }

private:
    const Graph& m_graph;
    std::optional<Graph> m_copy;
};

}  // namespace orgweave::core
