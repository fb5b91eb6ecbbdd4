#pragma once
// Betweenness, closeness and harmonic closeness from one breadth-first search per source
// (Brandes 2001), in parallel over sources, plus the distance statistics of the network.
//
// Conventions (networkx 2.8, DOMAIN.md §3): unweighted shortest paths along arc direction.
//  - betweenness: normalized; raw pair-dependency sum / ((n−1)(n−2)) for directed and undirected
//    graphs alike (networkx halves undirected sums and doubles the normalization); 0 when n ≤ 2.
//  - closeness(t): uses distances *to* t (networkx's incoming distance); Wasserman–Faust scaling:
//    (r−1)/Σd · (r−1)/(n−1) with r the nodes that reach t (t included); 0 when nothing reaches t.
//  - harmonic(t): Σ 1/d(s, t) over s ≠ t that reach t (raw, not normalized).
//  - diameter: the longest finite distance; averagePathLength: mean over ordered pairs (s, t),
//    s ≠ t, with t reachable from s (igraph's `unconn=TRUE`); both 0 when no pair is connected.
// Sums are accumulated in 2^-40 fixed point in 128-bit integers, so the result is identical
// whatever the number of threads or the order in which sources are processed.
// Sampling (sampleSources = K < n): K distinct sources drawn with `seed`; betweenness is scaled
// by n/K, closeness and harmonic by (n−1)/(sources other than t) — unbiased estimators of the sums.
// betweennessErrorBound() is then ε such that every node's estimate is within ±ε of its exact
// normalized betweenness with probability kBoundConfidence: each source contributes a value in
// [0, n/(n−1)] to the mean, so Hoeffding's bound for sampling without replacement (Serfling) with a
// union bound over the n nodes gives ε = R·sqrt((1 − (K−1)/n) · ln(2n/δ) / (2K)), R = n/(n−1),
// δ = 1 − confidence. harmonicErrorBound() is the same for harmonic / (n − 1): at t, the K − 1 (or
// K) sampled sources other than t each add 1/d ∈ [0, 1], so ε_h = sqrt((1 − (K−2)/(n−1)) ·
// ln(2n/δ) / (2(K−1))). Closeness is the ratio of two such estimates (nodes reached, distance sum)
// and has no bound of its own. Both are 0 for exact runs. Cost: O(K·(n + m)) time, O(threads · n) memory, no
// allocation per source. Progress ("shortest paths", sources done, K) and cancel through options.

#include "orgweave/core/Graph.hpp"
#include "orgweave/core/MeasureOptions.hpp"

#include <cstdint>
#include <vector>

namespace orgweave::core {

class ShortestPathCentralities {
public:
    /// Probability with which betweennessErrorBound() holds for every node at once.
    static constexpr double kBoundConfidence = 0.95;

    /// `sampleSources` 0 or ≥ n: exact.
    explicit ShortestPathCentralities(GraphSnapshot graph, MeasureOptions options = {},
                                      std::size_t sampleSources = 0);
    void run();

    const std::vector<double>& betweenness() const { return m_betweenness; }
    const std::vector<double>& closeness() const { return m_closeness; }
    const std::vector<double>& harmonic() const { return m_harmonic; }
    std::size_t diameter() const { return m_diameter; }
    double averagePathLength() const { return m_averagePathLength; }
    /// True when sources were sampled (the values are estimates).
    bool isApproximate() const { return m_approximate; }
    std::size_t sourcesUsed() const { return m_sourcesUsed; }
    /// ±ε on every node's normalized betweenness with probability kBoundConfidence (0 when exact).
    double betweennessErrorBound() const { return m_errorBound; }
    /// ±ε on every node's harmonic / (n − 1) with probability kBoundConfidence (0 when exact).
    double harmonicErrorBound() const { return m_harmonicErrorBound; }
    bool wasCancelled() const { return m_cancelled; }

private:
    GraphSnapshot m_graph;
    MeasureOptions m_options;
    std::size_t m_sampleSources;
    std::vector<double> m_betweenness;
    std::vector<double> m_closeness;
    std::vector<double> m_harmonic;
    std::size_t m_diameter = 0;
    double m_averagePathLength = 0.0;
    bool m_approximate = false;
    std::size_t m_sourcesUsed = 0;
    bool m_cancelled = false;
    double m_errorBound = 0.0;
    double m_harmonicErrorBound = 0.0;
};

}  // namespace orgweave::core
