#include "orgweave/core/Connectivity.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <iterator>
#include <map>

namespace orgweave::core {

namespace {
struct EdgeComponent {
    std::size_t component = 0;
};
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeComponent>;
}  // namespace

void Connectivity::run() {
    const std::size_t n = m_graph->nodeCount();
    m_componentOf.assign(n, 0);
    m_articulation.assign(n, 0);
    m_bridges.clear();
    m_componentCount = 0;
    if (n == 0)
        return;

    const std::vector<Graph::Edge> edges = UndirectedView(*m_graph).get().edges();
    BoostGraph g(n);
    for (const Graph::Edge& e : edges)
        boost::add_edge(e.source, e.target, g);

    m_componentCount = static_cast<std::size_t>(boost::connected_components(g, m_componentOf.data()));

    std::vector<BoostGraph::vertex_descriptor> points;
    const auto result = boost::biconnected_components(g, boost::get(&EdgeComponent::component, g),
                                                      std::back_inserter(points));
    for (auto v : points)
        m_articulation[v] = 1;

    // A bridge is a biconnected component made of a single edge.
    std::vector<std::size_t> edgesPerComponent(result.first, 0);
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        ++edgesPerComponent[g[*it].component];
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        if (edgesPerComponent[g[*it].component] != 1)
            continue;
        auto a = static_cast<Graph::Index>(boost::source(*it, g));
        auto b = static_cast<Graph::Index>(boost::target(*it, g));
        m_bridges.emplace_back(std::min(a, b), std::max(a, b));
    }
    std::sort(m_bridges.begin(), m_bridges.end());
}

}  // namespace orgweave::core
