#pragma once
// Burt's structural holes as networkx 2.8 computes them (`constraint`, `effective_size`).
//
// Alters of v: its in- and out-neighbours. Mutual weight m(u, w) = a(u→w) + a(w→u) (arcs count
// 1 each unless weighted); p(u, w) = m(u, w) / Σ_x m(u, x).
//  - constraint(v) = Σ_alters j (p(v, j) + Σ_alters q p(v, q) p(q, j))²
//  - effective size: undirected unweighted graphs use Borgatti's n − 2t/n (n alters, t ties among
//    them, as networkx); otherwise Σ_j (1 − Σ_q p(v, q) · m(j, q) / max_x m(j, x)).
//  - efficiency = effective size / number of alters.
// Isolates have no defined value: NaN here, written as null by the outputs. As in networkx, a
// node of a directed graph without outgoing arcs counts as an isolate here (networkx tests G[v]).
// Cost: O(m log m) to list alters, then per node v only the ties among its alters: O(Σ_{q∈N(v)}
// min(deg q, deg v · log deg q)) over all v; O(n + m) memory.

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <cstdint>
#include <vector>

namespace orgweave::core {

class StructuralHoles {
public:
    /// `triangles` (from LocalClustering on an undirected graph) saves recounting; may be empty.
    StructuralHoles(GraphSnapshot graph, std::vector<std::uint64_t> triangles = {}, bool weighted = false)
        : m_graph(std::move(graph)), m_triangles(std::move(triangles)), m_weighted(weighted) {}
    void run();
    const std::vector<double>& constraint() const { return m_constraint; }
    const std::vector<double>& effectiveSize() const { return m_effectiveSize; }
    const std::vector<double>& efficiency() const { return m_efficiency; }

private:
    GraphSnapshot m_graph;
    std::vector<std::uint64_t> m_triangles;
    bool m_weighted;
    std::vector<double> m_constraint;
    std::vector<double> m_effectiveSize;
    std::vector<double> m_efficiency;
};

}  // namespace orgweave::core
