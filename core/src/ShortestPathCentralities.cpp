#include "orgweave/core/ShortestPathCentralities.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

namespace orgweave::core {

namespace {

__extension__ typedef __int128 Fixed;            // 2^-40 fixed point; sums are exact and order-free
constexpr double kFixedScale = 1099511627776.0;  // 2^40

/// Non-negative values only: truncation after +0.5 rounds to nearest, without a libm call.
Fixed toFixed(double value) {
    return static_cast<Fixed>(static_cast<std::int64_t>(value * kFixedScale + 0.5));
}
double fromFixed(Fixed value) {
    return static_cast<double>(value) / kFixedScale;
}

/// What one worker accumulates over the sources it processes.
struct Accumulator {
    std::vector<Fixed> betweenness;
    std::vector<Fixed> harmonic;
    std::vector<std::uint64_t> distanceSum;  // Σ d(s, t) at t
    std::vector<std::uint32_t> reachedBy;    // sources s ≠ t reaching t
    std::uint64_t pairDistanceSum = 0;
    std::uint64_t pairs = 0;
    std::size_t diameter = 0;

    explicit Accumulator(std::size_t n) : betweenness(n), harmonic(n), distanceSum(n), reachedBy(n) {}
};

/// Per-node state of one search, kept together so a neighbour costs one cache line, not three.
struct NodeState {
    double sigma = 0.0;          // shortest paths from the source
    double delta = 0.0;          // dependency of the source on this node
    std::int32_t distance = -1;  // −1: not reached
};

/// Per-thread scratch space, allocated once.
struct Scratch {
    std::vector<NodeState> state;
    std::vector<Graph::Index> order;  // BFS order; doubles as the queue

    explicit Scratch(std::size_t n) : state(n) { order.reserve(n); }
};

void processSource(const Graph& g, Graph::Index s, Scratch& w, Accumulator& acc,
                   const std::vector<Fixed>& inverse) {
    NodeState* state = w.state.data();
    w.order.clear();
    w.order.push_back(s);
    state[s].distance = 0;
    state[s].sigma = 1.0;
    for (std::size_t head = 0; head < w.order.size(); ++head) {
        const Graph::Index v = w.order[head];
        const std::int32_t next = state[v].distance + 1;
        const double sv = state[v].sigma;
        for (Graph::Index u : g.outNeighbors(v)) {
            NodeState& su = state[u];
            if (su.distance < 0) {
                su.distance = next;
                su.sigma = sv;
                w.order.push_back(u);
            } else if (su.distance == next) {
                su.sigma += sv;
            }
        }
    }
    const std::size_t reached = w.order.size() - 1;
    acc.pairs += reached;
    if (reached > 0)
        acc.diameter =
            std::max<std::size_t>(acc.diameter, static_cast<std::size_t>(state[w.order.back()].distance));
    // Farthest first: distances, then dependencies pushed to the in-neighbours one step closer.
    for (std::size_t i = w.order.size(); i-- > 1;) {
        const Graph::Index t = w.order[i];
        NodeState& st = state[t];
        const auto d = static_cast<std::uint32_t>(st.distance);
        acc.distanceSum[t] += d;
        acc.reachedBy[t] += 1;
        acc.harmonic[t] += inverse[d];
        acc.pairDistanceSum += d;
        const double coefficient = (1.0 + st.delta) / st.sigma;
        const std::int32_t previous = st.distance - 1;
        for (Graph::Index v : g.inNeighbors(t)) {
            NodeState& sv = state[v];
            if (sv.distance == previous)
                sv.delta += sv.sigma * coefficient;
        }
        acc.betweenness[t] += toFixed(st.delta);
    }
    for (Graph::Index v : w.order)
        state[v] = NodeState{};
}

}  // namespace

unsigned resolveThreads(unsigned requested) {
    if (requested > 0)
        return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

ShortestPathCentralities::ShortestPathCentralities(const Graph& graph, PathCentralityOptions options)
    : m_graph(graph), m_options(options) {}

void ShortestPathCentralities::run() {
    const std::size_t n = m_graph.nodeCount();
    m_betweenness.assign(n, 0.0);
    m_closeness.assign(n, 0.0);
    m_harmonic.assign(n, 0.0);
    m_diameter = 0;
    m_averagePathLength = 0.0;
    if (n == 0)
        return;

    std::vector<Graph::Index> sources(n);
    std::iota(sources.begin(), sources.end(), Graph::Index{0});
    m_approximate = m_options.sampleSources > 0 && m_options.sampleSources < n;
    std::vector<char> sampled(n, 1);
    if (m_approximate) {
        std::mt19937_64 rng(m_options.seed);
        const std::size_t k = m_options.sampleSources;
        for (std::size_t i = 0; i < k; ++i) {  // partial Fisher–Yates: the first k are the sample
            std::uniform_int_distribution<std::size_t> pick(i, n - 1);
            std::swap(sources[i], sources[pick(rng)]);
        }
        sources.resize(k);
        std::fill(sampled.begin(), sampled.end(), 0);
        for (Graph::Index s : sources)
            sampled[s] = 1;
    }
    m_sourcesUsed = sources.size();

    const unsigned threads = std::min<std::size_t>(resolveThreads(m_options.threads), sources.size());
    std::vector<Accumulator> accumulators;
    accumulators.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
        accumulators.emplace_back(n);
    std::atomic<std::size_t> next{0};
    constexpr std::size_t kBatch = 16;
    // 1/d in fixed point for every possible distance, shared read-only by the workers.
    std::vector<Fixed> inverse(n + 1, 0);
    for (std::size_t d = 1; d <= n; ++d)
        inverse[d] = toFixed(1.0 / static_cast<double>(d));
    auto work = [&](unsigned t) {
        Scratch scratch(n);
        Accumulator& acc = accumulators[t];
        while (true) {
            if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                return;
            const std::size_t begin = next.fetch_add(kBatch);
            if (begin >= sources.size())
                return;
            const std::size_t end = std::min(begin + kBatch, sources.size());
            for (std::size_t i = begin; i < end; ++i)
                processSource(m_graph, sources[i], scratch, acc, inverse);
        }
    };
    if (threads == 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back(work, t);
        for (auto& thread : pool)
            thread.join();
    }
    m_cancelled = m_options.cancel && m_options.cancel->load();

    // Reduction: integer sums, identical for any thread count.
    Accumulator total(n);
    for (const Accumulator& acc : accumulators) {
        for (std::size_t v = 0; v < n; ++v) {
            total.betweenness[v] += acc.betweenness[v];
            total.harmonic[v] += acc.harmonic[v];
            total.distanceSum[v] += acc.distanceSum[v];
            total.reachedBy[v] += acc.reachedBy[v];
        }
        total.pairDistanceSum += acc.pairDistanceSum;
        total.pairs += acc.pairs;
        total.diameter = std::max(total.diameter, acc.diameter);
    }

    const double nd = static_cast<double>(n);
    const double betweennessScale = (n > 2 ? 1.0 / ((nd - 1.0) * (nd - 2.0)) : 1.0) *
                                    (m_approximate ? nd / static_cast<double>(sources.size()) : 1.0);
    for (std::size_t v = 0; v < n; ++v) {
        m_betweenness[v] = fromFixed(total.betweenness[v]) * (n > 2 ? betweennessScale : 0.0);
        double harmonic = fromFixed(total.harmonic[v]);
        double reached = total.reachedBy[v];
        double distanceSum = static_cast<double>(total.distanceSum[v]);
        if (m_approximate) {
            const double others = static_cast<double>(sources.size()) - (sampled[v] ? 1.0 : 0.0);
            const double scale = others > 0 ? (nd - 1.0) / others : 0.0;
            harmonic *= scale;
            reached *= scale;
            distanceSum *= scale;
        }
        m_harmonic[v] = harmonic;
        if (distanceSum > 0 && n > 1)
            m_closeness[v] = (reached / distanceSum) * (reached / (nd - 1.0));
    }
    m_diameter = total.diameter;
    m_averagePathLength =
        total.pairs ? static_cast<double>(total.pairDistanceSum) / static_cast<double>(total.pairs) : 0.0;
}

}  // namespace orgweave::core
