#include "orgweave/core/GroupPathCounts.hpp"

#include <algorithm>
#include <map>

namespace orgweave::core {

namespace {

/// Residual network of the node-split graph: node v becomes in(v) = 2v and out(v) = 2v + 1, with
/// an arc in→out of capacity 1; a tie u–v becomes out(u)→in(v) and out(v)→in(u). The source and
/// sink are tied to every node; their capacities are switched on per pair.
class FlowNetwork {
public:
    explicit FlowNetwork(const Graph& g) : m_n(g.nodeCount()) {
        const std::size_t nodes = 2 * m_n + 2;
        m_source = static_cast<int>(2 * m_n);
        m_sink = m_source + 1;
        m_first.assign(nodes, -1);
        for (Graph::Index v = 0; v < m_n; ++v)
            addArc(in(v), out(v));
        for (Graph::Index v = 0; v < m_n; ++v) {
            for (Graph::Index u : g.outNeighbors(v))
                addArc(out(v), in(u));
        }
        m_sourceArc.resize(m_n);
        m_sinkArc.resize(m_n);
        for (Graph::Index v = 0; v < m_n; ++v) {
            m_sourceArc[v] = addArc(m_source, in(v), 0);
            m_sinkArc[v] = addArc(out(v), m_sink, 0);
        }
        m_parentArc.assign(nodes, -1);
        m_queue.reserve(nodes);
    }

    unsigned maxFlow(const std::vector<Graph::Index>& a, const std::vector<Graph::Index>& b, unsigned cap) {
        for (std::size_t arc = 0; arc < m_original.size(); ++arc)
            m_capacity[arc] = m_original[arc];
        for (Graph::Index v : a)
            m_capacity[static_cast<std::size_t>(m_sourceArc[v])] = 1;
        for (Graph::Index v : b)
            m_capacity[static_cast<std::size_t>(m_sinkArc[v])] = 1;
        unsigned flow = 0;
        while (flow < cap && augment())
            ++flow;
        for (Graph::Index v : a)
            m_capacity[static_cast<std::size_t>(m_sourceArc[v])] = 0;
        for (Graph::Index v : b)
            m_capacity[static_cast<std::size_t>(m_sinkArc[v])] = 0;
        return flow;
    }

private:
    static int in(Graph::Index v) { return static_cast<int>(2 * v); }
    static int out(Graph::Index v) { return static_cast<int>(2 * v + 1); }

    int addArc(int from, int to, int capacity = 1) {
        const int forward = static_cast<int>(m_to.size());
        push(from, to, capacity);
        push(to, from, 0);
        return forward;
    }
    void push(int from, int to, int capacity) {
        m_to.push_back(to);
        m_capacity.push_back(capacity);
        m_original.push_back(capacity);
        m_next.push_back(m_first[static_cast<std::size_t>(from)]);
        m_first[static_cast<std::size_t>(from)] = static_cast<int>(m_to.size()) - 1;
    }

    bool augment() {
        std::fill(m_parentArc.begin(), m_parentArc.end(), -1);
        m_queue.clear();
        m_queue.push_back(m_source);
        m_parentArc[static_cast<std::size_t>(m_source)] = -2;
        for (std::size_t head = 0; head < m_queue.size(); ++head) {
            const int v = m_queue[head];
            for (int arc = m_first[static_cast<std::size_t>(v)]; arc >= 0;
                 arc = m_next[static_cast<std::size_t>(arc)]) {
                const int u = m_to[static_cast<std::size_t>(arc)];
                if (m_capacity[static_cast<std::size_t>(arc)] <= 0 ||
                    m_parentArc[static_cast<std::size_t>(u)] != -1)
                    continue;
                m_parentArc[static_cast<std::size_t>(u)] = arc;
                if (u == m_sink) {
                    for (int x = m_sink; x != m_source;) {
                        const int e = m_parentArc[static_cast<std::size_t>(x)];
                        m_capacity[static_cast<std::size_t>(e)] -= 1;
                        m_capacity[static_cast<std::size_t>(e ^ 1)] += 1;
                        x = m_to[static_cast<std::size_t>(e ^ 1)];
                    }
                    return true;
                }
                m_queue.push_back(u);
            }
        }
        return false;
    }

    std::size_t m_n;
    int m_source = 0;
    int m_sink = 0;
    std::vector<int> m_first;
    std::vector<int> m_next;
    std::vector<int> m_to;
    std::vector<int> m_capacity;
    std::vector<int> m_original;
    std::vector<int> m_sourceArc;
    std::vector<int> m_sinkArc;
    std::vector<int> m_parentArc;
    std::vector<int> m_queue;
};

}  // namespace

void GroupPathCounts::run() {
    m_pairs.clear();
    const UndirectedView view(*m_graph);
    const Graph& g = view.get();
    const std::size_t groups = m_partition.groupCount();
    std::vector<std::vector<Graph::Index>> members(groups);
    for (Graph::Index v = 0; v < g.nodeCount(); ++v) {
        members[static_cast<std::size_t>(m_partition.groupOf[v])].push_back(v);
        for (int also : m_partition.alsoInOf(v))  // affiliations: a member there too
            members[static_cast<std::size_t>(also)].push_back(v);
    }
    for (std::size_t a = 0; a < groups; ++a) {
        if (m_partition.groupIds[a].empty())
            continue;
        for (std::size_t b = a + 1; b < groups; ++b) {
            if (m_partition.groupIds[b].empty())
                continue;
            m_pairs.push_back(GroupPair{static_cast<int>(a), static_cast<int>(b), 0, false});
        }
    }
    if (m_pairs.empty())
        return;

    // Shortcut: direct ties between two groups whose ends are all distinct are independent paths
    // already; when a greedy matching of them reaches the cap, no flow is needed for that pair.
    std::map<std::pair<int, int>, std::vector<std::pair<Graph::Index, Graph::Index>>> direct;
    for (const Graph::Edge& e : g.edges()) {
        int a = m_partition.groupOf[e.source];
        int b = m_partition.groupOf[e.target];
        if (a == b)
            continue;
        if (a > b)
            std::swap(a, b);
        direct[{a, b}].emplace_back(e.source, e.target);
    }
    std::vector<char> used(g.nodeCount(), 0);
    std::vector<std::size_t> needFlow;
    for (std::size_t i = 0; i < m_pairs.size(); ++i) {
        GroupPair& pair = m_pairs[i];
        unsigned matched = 0;
        auto it = direct.find({pair.groupA, pair.groupB});
        if (it != direct.end()) {
            for (auto [u, v] : it->second) {
                if (used[u] || used[v])
                    continue;
                used[u] = used[v] = 1;
                if (++matched >= m_cap)
                    break;
            }
            for (auto [u, v] : it->second)
                used[u] = used[v] = 0;
        }
        if (matched >= m_cap) {
            pair.paths = m_cap;
            pair.capped = true;
        } else {
            needFlow.push_back(i);
        }
    }
    if (needFlow.empty())
        return;

    // One flow network per worker, built once; a chunk is one pair (max-flows vary a lot in cost).
    const unsigned workers = workerCount(needFlow.size(), 1, m_options);
    std::vector<FlowNetwork> networks;
    networks.reserve(workers);
    for (unsigned w = 0; w < workers; ++w)
        networks.emplace_back(g);
    parallelFor(needFlow.size(), 1, m_options, "group paths",
                [&](unsigned worker, std::size_t begin, std::size_t end) {
                    for (std::size_t k = begin; k < end; ++k) {
                        GroupPair& pair = m_pairs[needFlow[k]];
                        // Search from the smaller group: the breadth-first searches start from fewer nodes.
                        const auto& a = members[static_cast<std::size_t>(pair.groupA)];
                        const auto& b = members[static_cast<std::size_t>(pair.groupB)];
                        FlowNetwork& network = networks[worker];
                        pair.paths = a.size() <= b.size() ? network.maxFlow(a, b, m_cap)
                                                          : network.maxFlow(b, a, m_cap);
                        pair.capped = pair.paths >= m_cap;
                    }
                });
}

}  // namespace orgweave::core
