#include "orgweave/core/Modularity.hpp"

#include <algorithm>
#include <limits>

namespace orgweave::core {

double modularity(const Graph& graph, const std::vector<int>& communityOf) {
    const UndirectedView view(graph);
    const Graph& g = view.get();
    const double m = static_cast<double>(g.edgeCount());
    if (m == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t communities =
        communityOf.empty()
            ? 0
            : static_cast<std::size_t>(*std::max_element(communityOf.begin(), communityOf.end())) + 1;
    std::vector<double> inside(communities, 0.0);
    std::vector<double> degree(communities, 0.0);
    for (Graph::Index v = 0; v < g.nodeCount(); ++v) {
        const auto c = static_cast<std::size_t>(communityOf[v]);
        degree[c] += static_cast<double>(g.degree(v));
        for (Graph::Index u : g.outNeighbors(v)) {
            if (u > v && communityOf[u] == communityOf[v])
                inside[c] += 1.0;
        }
    }
    double q = 0.0;
    for (std::size_t c = 0; c < communities; ++c) {
        const double share = degree[c] / (2.0 * m);
        q += inside[c] / m - share * share;
    }
    return q;
}

}  // namespace orgweave::core
