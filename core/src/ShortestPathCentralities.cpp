#include "orgweave/core/ShortestPathCentralities.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <random>

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

/// The distance sums one worker accumulates at one node t over the sources it processes: one
/// record per node, so the backward pass touches one cache line per node instead of one per array.
struct TargetSums {
    Fixed harmonic = 0;
    std::uint64_t distanceSum = 0;  // Σ d(s, t)
    std::uint64_t reachedBy = 0;    // sources s ≠ t reaching t
};

/// What one worker accumulates over the sources it processes.
struct Accumulator {
    std::vector<Fixed> betweenness;
    std::vector<TargetSums> sums;
    std::uint64_t pairDistanceSum = 0;
    std::uint64_t pairs = 0;
    std::size_t diameter = 0;

    explicit Accumulator(std::size_t n) : betweenness(n), sums(n) {}
};

/// `value` when `condition` holds, else +0.0, without a branch (exact, also for inf).
inline double when(bool condition, double value) {
    const std::uint64_t mask = std::uint64_t{0} - static_cast<std::uint64_t>(condition);
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(value) & mask);
}

/// The state of one node during one search. The distance and the value every arc test reads sit
/// side by side, so an arc costs one cache line: `value` is σ(v) (shortest paths from the source)
/// during the forward pass and becomes push(v) = 1/σ(v) + share(v) once v's dependency is known.
struct Cell {
    std::int32_t distance = -1;  // −1: not reached
    double value = 0.0;
};

/// Per-thread scratch space of one search, allocated once.
struct Scratch {
    std::vector<Cell> cells;
    std::vector<Graph::Index> order;  // BFS order; doubles as the queue

    explicit Scratch(std::size_t n) : cells(n), order(n) {}
};

/// One breadth-first search from `s` and Brandes' dependency accumulation, both as gathers: every
/// node reads its neighbours once and writes only itself (no read-modify-write of a neighbour, so
/// no store waits on another). σ(v) = Σ σ(u) over in-neighbours u one step closer (integers, exact
/// in a double, so the order of the sum does not matter); share(v) = δ(v)/σ(v) = Σ (1/σ(c) +
/// share(c)) over out-neighbours c one step farther, read from push(c). The backward pass runs
/// farthest first, so when v is reached every node one step farther already holds push and every
/// node as far as v or nearer still holds σ.
/// kAtSource (undirected graphs with every node a source): d(s, t) = d(t, s), so the distance sums
/// of t are those of t's own search; they are added to s's record once instead of to every t's.
template <bool kAtSource>
void processSource(const Graph& g, Graph::Index s, Scratch& w, Accumulator& acc,
                   const std::vector<Fixed>& inverse) {
    Cell* cell = w.cells.data();
    Graph::Index* order = w.order.data();
    const bool directed = g.isDirected();
    std::size_t tail = 0;
    order[tail++] = s;
    cell[s].distance = 0;
    for (std::size_t head = 0; head < tail; ++head) {
        const Graph::Index v = order[head];
        const std::int32_t level = cell[v].distance;
        const std::int32_t next = level + 1;
        const std::int32_t previous = level - 1;  // −1 at the source: unreached nodes have σ = 0
        // Whether an arc continues a shortest path is not predictable, so the value to add is
        // selected by a bit mask instead of a branch.
        double sv = v == s ? 1.0 : 0.0;
        if (directed) {
            for (Graph::Index u : g.outNeighbors(v)) {
                if (cell[u].distance < 0) {
                    cell[u].distance = next;
                    order[tail++] = u;
                }
            }
            for (Graph::Index u : g.inNeighbors(v))
                sv += when(cell[u].distance == previous, cell[u].value);
        } else {
            for (Graph::Index u : g.outNeighbors(v)) {
                const std::int32_t du = cell[u].distance;
                if (du < 0) {
                    cell[u].distance = next;
                    order[tail++] = u;
                }
                sv += when(du == previous, cell[u].value);
            }
        }
        cell[v].value = sv;
    }
    const std::size_t reached = tail - 1;
    acc.pairs += reached;
    if (reached > 0)
        acc.diameter =
            std::max<std::size_t>(acc.diameter, static_cast<std::size_t>(cell[order[tail - 1]].distance));
    TargetSums* sums = acc.sums.data();
    Fixed* betweenness = acc.betweenness.data();
    std::uint64_t pairDistanceSum = 0;
    Fixed harmonicAtSource = 0;
    for (std::size_t i = tail; i-- > 1;) {
        const Graph::Index t = order[i];
        const std::int32_t dt = cell[t].distance;
        const std::int32_t farther = dt + 1;
        double share = 0.0;
        for (Graph::Index c : g.outNeighbors(t))
            share += when(cell[c].distance == farther, cell[c].value);
        const double st = cell[t].value;
        cell[t].value = 1.0 / st + share;
        const auto d = static_cast<std::uint32_t>(dt);
        if constexpr (kAtSource) {
            harmonicAtSource += inverse[d];
        } else {
            TargetSums& sum = sums[t];
            sum.distanceSum += d;
            sum.reachedBy += 1;
            sum.harmonic += inverse[d];
        }
        betweenness[t] += toFixed(st * share);
        pairDistanceSum += d;
    }
    if constexpr (kAtSource) {
        sums[s].distanceSum += pairDistanceSum;
        sums[s].reachedBy += reached;
        sums[s].harmonic += harmonicAtSource;
    }
    acc.pairDistanceSum += pairDistanceSum;
    for (std::size_t i = 0; i < tail; ++i)
        cell[order[i]] = Cell{};
}

}  // namespace

ShortestPathCentralities::ShortestPathCentralities(GraphSnapshot graph, MeasureOptions options,
                                                   std::size_t sampleSources)
    : m_graph(std::move(graph)), m_options(std::move(options)), m_sampleSources(sampleSources) {}

void ShortestPathCentralities::run() {
    const Graph& g = *m_graph;
    const std::size_t n = g.nodeCount();
    m_betweenness.assign(n, 0.0);
    m_closeness.assign(n, 0.0);
    m_harmonic.assign(n, 0.0);
    m_diameter = 0;
    m_averagePathLength = 0.0;
    m_errorBound = 0.0;
    m_harmonicErrorBound = 0.0;
    if (n == 0)
        return;

    std::vector<Graph::Index> sources(n);
    std::iota(sources.begin(), sources.end(), Graph::Index{0});
    m_approximate = m_sampleSources > 0 && m_sampleSources < n;
    std::vector<char> sampled(n, 1);
    if (m_approximate) {
        std::mt19937_64 rng(m_options.seed);
        const std::size_t k = m_sampleSources;
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

    constexpr std::size_t kBatch = 16;
    const unsigned workers = workerCount(sources.size(), kBatch, m_options);
    std::vector<Accumulator> accumulators;
    accumulators.reserve(workers);
    std::vector<Scratch> scratch;
    scratch.reserve(workers);
    for (unsigned t = 0; t < workers; ++t) {
        accumulators.emplace_back(n);
        scratch.emplace_back(n);
    }
    // 1/d in fixed point for every possible distance, shared read-only by the workers.
    std::vector<Fixed> inverse(n + 1, 0);
    for (std::size_t d = 1; d <= n; ++d)
        inverse[d] = toFixed(1.0 / static_cast<double>(d));
    const bool atSource = !m_approximate && !g.isDirected();
    m_cancelled = !parallelFor(
        sources.size(), kBatch, m_options, "shortest paths",
        [&](unsigned worker, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                if (atSource)
                    processSource<true>(g, sources[i], scratch[worker], accumulators[worker], inverse);
                else
                    processSource<false>(g, sources[i], scratch[worker], accumulators[worker], inverse);
            }
        });

    // Reduction: integer sums, identical for any thread count.
    Accumulator total(n);
    for (const Accumulator& acc : accumulators) {
        for (std::size_t v = 0; v < n; ++v) {
            TargetSums& sum = total.sums[v];
            const TargetSums& part = acc.sums[v];
            total.betweenness[v] += acc.betweenness[v];
            sum.harmonic += part.harmonic;
            sum.distanceSum += part.distanceSum;
            sum.reachedBy += part.reachedBy;
        }
        total.pairDistanceSum += acc.pairDistanceSum;
        total.pairs += acc.pairs;
        total.diameter = std::max(total.diameter, acc.diameter);
    }

    const double nd = static_cast<double>(n);
    const double betweennessScale = (n > 2 ? 1.0 / ((nd - 1.0) * (nd - 2.0)) : 1.0) *
                                    (m_approximate ? nd / static_cast<double>(sources.size()) : 1.0);
    for (std::size_t v = 0; v < n; ++v) {
        const TargetSums& sum = total.sums[v];
        m_betweenness[v] = fromFixed(total.betweenness[v]) * (n > 2 ? betweennessScale : 0.0);
        double harmonic = fromFixed(sum.harmonic);
        auto reached = static_cast<double>(sum.reachedBy);
        auto distanceSum = static_cast<double>(sum.distanceSum);
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
    if (m_approximate) {
        const double k = static_cast<double>(sources.size());
        const double range = nd / (nd - 1.0);
        const double delta = 1.0 - kBoundConfidence;
        m_errorBound = range * std::sqrt((1.0 - (k - 1.0) / nd) * std::log(2.0 * nd / delta) / (2.0 * k));
        // Harmonic: at t, K − 1 or K of the n − 1 other nodes are sampled, each adding 1/d ∈ [0, 1].
        const double others = k - 1.0;
        m_harmonicErrorBound =
            others > 0
                ? std::sqrt((1.0 - (others - 1.0) / (nd - 1.0)) * std::log(2.0 * nd / delta) / (2.0 * others))
                : 1.0;
    }
    m_diameter = total.diameter;
    m_averagePathLength =
        total.pairs ? static_cast<double>(total.pairDistanceSum) / static_cast<double>(total.pairs) : 0.0;
}

}  // namespace orgweave::core
