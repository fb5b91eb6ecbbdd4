#include "orgweave/core/LouvainCommunities.hpp"

#include "orgweave/core/Modularity.hpp"

#include <algorithm>
#include <numeric>
#include <random>

namespace orgweave::core {

namespace {

/// A weighted undirected graph with self-loops: the aggregated level of the method.
struct Level {
    std::vector<std::vector<std::pair<int, double>>> adjacency;  // no self entries
    std::vector<double> selfLoops;                               // weight of the loop on each node
    std::vector<double> strength;                                // k_i (a loop counts twice)
    double totalWeight = 0.0;                                    // 2m
    std::size_t size() const { return adjacency.size(); }
};

Level firstLevel(const Graph& g) {
    Level level;
    const std::size_t n = g.nodeCount();
    level.adjacency.resize(n);
    level.selfLoops.assign(n, 0.0);
    level.strength.assign(n, 0.0);
    for (Graph::Index v = 0; v < n; ++v) {
        for (Graph::Index u : g.outNeighbors(v))
            level.adjacency[v].emplace_back(static_cast<int>(u), 1.0);
        level.strength[v] = static_cast<double>(g.outDegree(v));
        level.totalWeight += level.strength[v];
    }
    return level;
}

/// A level stops moving nodes once a whole pass raises the modularity by less than this: without
/// it, nodes kept trading places for gains near 1e-12 and a level of 100,000 nodes ran into the cap
/// of 100 passes; at 1e-7 (networkx's threshold between levels) it still ran 49 passes, the last 27
/// moving a handful of nodes each for about 3e-4 of modularity in all. On networks of fewer than
/// 100,000 ties one tie's worth of modularity (1/m) is already more than this.
constexpr double kPassGainThreshold = 1e-5;

/// Local moving; returns the community of each node of the level and whether anything moved.
bool moveNodes(const Level& level, std::vector<int>& community, std::mt19937_64& rng) {
    const std::size_t n = level.size();
    community.resize(n);
    std::iota(community.begin(), community.end(), 0);
    std::vector<double> total(level.strength);  // Σ strength of each community
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<double> weightTo(n, 0.0);
    std::vector<int> touched;
    const double m2 = level.totalWeight;
    bool movedAny = false;
    for (int pass = 0; pass < 100; ++pass) {
        bool moved = false;
        double passGain = 0.0;  // Σ (gain(best) − gain(own)): the pass's modularity gain × m2 / 2
        for (int v : order) {
            const int own = community[static_cast<std::size_t>(v)];
            const double k = level.strength[static_cast<std::size_t>(v)];
            touched.clear();
            for (const auto& [u, w] : level.adjacency[static_cast<std::size_t>(v)]) {
                const int c = community[static_cast<std::size_t>(u)];
                if (weightTo[static_cast<std::size_t>(c)] == 0.0)
                    touched.push_back(c);
                weightTo[static_cast<std::size_t>(c)] += w;
            }
            total[static_cast<std::size_t>(own)] -= k;
            int best = own;
            const double ownGain =
                weightTo[static_cast<std::size_t>(own)] - total[static_cast<std::size_t>(own)] * k / m2;
            double bestGain = ownGain;
            for (int c : touched) {
                const double gain =
                    weightTo[static_cast<std::size_t>(c)] - total[static_cast<std::size_t>(c)] * k / m2;
                if (gain > bestGain + 1e-12) {
                    best = c;
                    bestGain = gain;
                }
            }
            total[static_cast<std::size_t>(best)] += k;
            community[static_cast<std::size_t>(v)] = best;
            for (int c : touched)
                weightTo[static_cast<std::size_t>(c)] = 0.0;
            weightTo[static_cast<std::size_t>(own)] = 0.0;
            if (best != own) {
                moved = true;
                passGain += bestGain - ownGain;
            }
        }
        movedAny |= moved;
        if (!moved || 2.0 * passGain / m2 < kPassGainThreshold)
            break;
    }
    return movedAny;
}

/// Renumbers communities 0..k−1 by first appearance; returns k.
int renumber(std::vector<int>& community) {
    std::vector<int> map(community.size(), -1);
    int next = 0;
    for (int& c : community) {
        if (map[static_cast<std::size_t>(c)] < 0)
            map[static_cast<std::size_t>(c)] = next++;
        c = map[static_cast<std::size_t>(c)];
    }
    return next;
}

Level aggregate(const Level& level, const std::vector<int>& community, int count) {
    Level next;
    const auto k = static_cast<std::size_t>(count);
    next.adjacency.resize(k);
    next.selfLoops.assign(k, 0.0);
    next.strength.assign(k, 0.0);
    next.totalWeight = level.totalWeight;
    std::vector<double> weightTo(k, 0.0);
    std::vector<int> touched;
    std::vector<std::vector<int>> members(k);
    for (std::size_t v = 0; v < level.size(); ++v)
        members[static_cast<std::size_t>(community[v])].push_back(static_cast<int>(v));
    for (std::size_t c = 0; c < k; ++c) {
        touched.clear();
        for (int v : members[c]) {
            next.selfLoops[c] += level.selfLoops[static_cast<std::size_t>(v)];
            next.strength[c] += level.strength[static_cast<std::size_t>(v)];
            for (const auto& [u, w] : level.adjacency[static_cast<std::size_t>(v)]) {
                const auto cu = static_cast<std::size_t>(community[static_cast<std::size_t>(u)]);
                if (cu == c) {
                    next.selfLoops[c] += w / 2.0;  // each inside edge is seen from both ends
                    continue;
                }
                if (weightTo[cu] == 0.0)
                    touched.push_back(static_cast<int>(cu));
                weightTo[cu] += w;
            }
        }
        for (int cu : touched) {
            next.adjacency[c].emplace_back(cu, weightTo[static_cast<std::size_t>(cu)]);
            weightTo[static_cast<std::size_t>(cu)] = 0.0;
        }
    }
    return next;
}

}  // namespace

void LouvainCommunities::run() {
    const UndirectedView view(*m_graph);
    const Graph& g = view.get();
    const std::size_t n = g.nodeCount();
    m_communityOf.assign(n, 0);
    std::iota(m_communityOf.begin(), m_communityOf.end(), 0);
    m_count = n;
    m_modularity = core::modularity(g, m_communityOf);
    if (n == 0 || g.edgeCount() == 0) {
        renumber(m_communityOf);
        return;
    }
    std::mt19937_64 rng(m_options.seed);
    Level level = firstLevel(g);
    std::vector<int> community;
    for (int depth = 0; depth < 64; ++depth) {
        if (!moveNodes(level, community, rng))
            break;
        const int count = renumber(community);
        for (int& c : m_communityOf)
            c = community[static_cast<std::size_t>(c)];
        if (static_cast<std::size_t>(count) == level.size())
            break;
        level = aggregate(level, community, count);
    }
    m_count = static_cast<std::size_t>(renumber(m_communityOf));
    m_modularity = core::modularity(g, m_communityOf);
}

}  // namespace orgweave::core
