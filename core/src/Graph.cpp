#include "orgweave/core/Graph.hpp"

#include <algorithm>
#include <tuple>

namespace orgweave::core {

namespace {

/// Sorts arcs by (source, target), merging duplicates by summing weights.
std::vector<Graph::Edge> simpleArcs(std::vector<Graph::Edge> arcs) {
    std::sort(arcs.begin(), arcs.end(), [](const Graph::Edge& a, const Graph::Edge& b) {
        return std::tie(a.source, a.target) < std::tie(b.source, b.target);
    });
    std::vector<Graph::Edge> out;
    out.reserve(arcs.size());
    for (const Graph::Edge& arc : arcs) {
        if (!out.empty() && out.back().source == arc.source && out.back().target == arc.target) {
            out.back().weight += arc.weight;
        } else {
            out.push_back(arc);
        }
    }
    return out;
}

void fillCsr(std::size_t n, const std::vector<Graph::Edge>& arcs, bool bySource,
             std::vector<std::size_t>& offsets, std::vector<Graph::Index>& targets,
             std::vector<double>* weights) {
    offsets.assign(n + 1, 0);
    for (const auto& arc : arcs)
        ++offsets[(bySource ? arc.source : arc.target) + 1];
    for (std::size_t i = 0; i < n; ++i)
        offsets[i + 1] += offsets[i];
    targets.resize(arcs.size());
    if (weights)
        weights->resize(arcs.size());
    std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
    for (const auto& arc : arcs) {  // arcs are sorted by (source, target): lists come out sorted
        const std::size_t slot = next[bySource ? arc.source : arc.target]++;
        targets[slot] = bySource ? arc.target : arc.source;
        if (weights)
            (*weights)[slot] = arc.weight;
    }
}

}  // namespace

Graph::Graph(std::size_t nodeCount, const std::vector<Edge>& edges, bool directed) : m_directed(directed) {
    std::vector<Edge> arcs;
    arcs.reserve(directed ? edges.size() : 2 * edges.size());
    for (const Edge& e : edges) {
        if (e.source == e.target)
            continue;  // self-loops are ignored (DOMAIN.md §3)
        arcs.push_back(e);
        if (!directed)
            arcs.push_back(Edge{e.target, e.source, e.weight});
    }
    arcs = simpleArcs(std::move(arcs));
    m_edgeCount = directed ? arcs.size() : arcs.size() / 2;
    fillCsr(nodeCount, arcs, true, m_outOffsets, m_outTargets, &m_outWeights);
    if (directed) {
        std::sort(arcs.begin(), arcs.end(), [](const Edge& a, const Edge& b) {
            return std::tie(a.target, a.source) < std::tie(b.target, b.source);
        });
        fillCsr(nodeCount, arcs, false, m_inOffsets, m_inSources, nullptr);
    }
}

bool Graph::hasArc(Index u, Index v) const {
    auto list = outNeighbors(u);
    return std::binary_search(list.begin(), list.end(), v);
}

double Graph::arcWeight(Index u, Index v) const {
    auto list = outNeighbors(u);
    auto it = std::lower_bound(list.begin(), list.end(), v);
    if (it == list.end() || *it != v)
        return 0.0;
    return outWeights(u)[static_cast<std::size_t>(it - list.begin())];
}

Graph Graph::undirected() const {
    if (!m_directed)
        return *this;
    std::vector<Edge> all;
    const std::size_t n = nodeCount();
    for (Index u = 0; u < n; ++u) {
        auto targets = outNeighbors(u);
        auto weights = outWeights(u);
        for (std::size_t i = 0; i < targets.size(); ++i)
            all.push_back(Edge{u, targets[i], weights[i]});
    }
    // A reciprocal pair becomes one edge; keep the larger weight rather than double counting.
    std::vector<Edge> merged;
    for (const Edge& e : all) {
        if (e.source < e.target || !hasArc(e.target, e.source)) {
            const double w = std::max(e.weight, arcWeight(e.target, e.source));
            merged.push_back(Edge{e.source, e.target, w});
        }
    }
    return Graph(n, merged, false);
}

std::vector<Graph::Edge> Graph::edges() const {
    std::vector<Edge> out;
    out.reserve(m_edgeCount);
    const std::size_t n = nodeCount();
    for (Index u = 0; u < n; ++u) {
        auto targets = outNeighbors(u);
        auto weights = outWeights(u);
        for (std::size_t i = 0; i < targets.size(); ++i) {
            if (m_directed || u < targets[i])
                out.push_back(Edge{u, targets[i], weights[i]});
        }
    }
    return out;
}

}  // namespace orgweave::core
