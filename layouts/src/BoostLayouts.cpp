#include "BoostLayouts.hpp"

#include <orgweave/core/Lens.hpp>

// Boost.Graph's Kamada–Kawai (through Johnson's all-pairs shortest paths) trips g++ 12's
// -Wmaybe-uninitialized inside Boost's edge iterators (a false positive at -O2/-O3); it is
// silenced for this file only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace orgweave::layouts {

namespace {

constexpr double kTieLength = 72.0;  // points per tie, as the force layout

using Topology = boost::square_topology<boost::minstd_rand>;
using PointType = Topology::point_type;
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                         boost::property<boost::edge_weight_t, double>>;

struct LensGraphs {
    core::LensGraph lens;
    BoostGraph graph;
};

LensGraphs fullLens(const core::Model& model) {
    LensGraphs out;
    core::LensOptions options;
    options.lens = core::LensKind::Full;
    out.lens = core::buildLens(model, options);
    const std::size_t n = out.lens.graph.nodeCount();
    out.graph = BoostGraph(n);
    for (const core::Graph::Edge& e : out.lens.graph.edges())
        boost::add_edge(e.source, e.target, 1.0, out.graph);
    return out;
}

std::map<std::string, core::Point> toPositions(const core::Model& model, const core::LensGraph& lens,
                                               const std::vector<PointType>& points, double scale) {
    std::map<std::string, core::Point> positions;
    for (std::size_t v = 0; v < points.size(); ++v) {
        positions[model.nodes[lens.modelIndex[v]].id] =
            core::Point{points[v][0] * scale, points[v][1] * scale};
    }
    for (const core::Node& node : model.nodes)
        positions.emplace(node.id, core::Point{0.0, 0.0});
    return positions;
}

}  // namespace

std::map<std::string, core::Point> fruchtermanReingoldPositions(const core::Model& model, unsigned seed) {
    LensGraphs g = fullLens(model);
    const std::size_t n = boost::num_vertices(g.graph);
    std::vector<PointType> points(n);
    if (n == 0)
        return toPositions(model, g.lens, points, 1.0);
    boost::minstd_rand rng(seed == 0 ? 1 : seed);
    const double side = kTieLength * std::sqrt(static_cast<double>(n)) * 2.0;
    Topology topology(rng, side);
    auto position =
        boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g.graph));
    boost::random_graph_layout(g.graph, position, topology);
    boost::fruchterman_reingold_force_directed_layout(g.graph, position, topology,
                                                      boost::cooling(boost::linear_cooling<double>(200)));
    return toPositions(model, g.lens, points, 1.0);
}

std::map<std::string, core::Point> kamadaKawaiPositions(const core::Model& model) {
    LensGraphs g = fullLens(model);
    const std::size_t n = boost::num_vertices(g.graph);
    std::vector<PointType> points(n);
    if (n == 0)
        return toPositions(model, g.lens, points, 1.0);
    std::vector<int> component(n);
    const int components = boost::connected_components(g.graph, component.data());

    double offsetX = 0.0;
    for (int c = 0; c < components; ++c) {
        std::vector<std::size_t> members;
        for (std::size_t v = 0; v < n; ++v) {
            if (component[v] == c)
                members.push_back(v);
        }
        std::vector<PointType> local(members.size());
        if (members.size() > 1) {
            std::vector<int> localIndex(n, -1);
            for (std::size_t i = 0; i < members.size(); ++i)
                localIndex[members[i]] = static_cast<int>(i);
            BoostGraph sub(members.size());
            for (auto [it, end] = boost::edges(g.graph); it != end; ++it) {
                const auto s = boost::source(*it, g.graph);
                const auto t = boost::target(*it, g.graph);
                if (localIndex[s] >= 0 && localIndex[t] >= 0) {
                    boost::add_edge(static_cast<std::size_t>(localIndex[s]),
                                    static_cast<std::size_t>(localIndex[t]), 1.0, sub);
                }
            }
            auto position =
                boost::make_iterator_property_map(local.begin(), boost::get(boost::vertex_index, sub));
            boost::circle_graph_layout(sub, position,
                                       kTieLength * std::sqrt(static_cast<double>(members.size())));
            boost::kamada_kawai_spring_layout(sub, position, boost::get(boost::edge_weight, sub), Topology(),
                                              boost::edge_length(kTieLength),
                                              boost::layout_tolerance<double>(1e-7));
        }
        // Place the component to the right of the previous ones.
        double minX = 0, maxX = 0, minY = 0;
        for (std::size_t i = 0; i < local.size(); ++i) {
            minX = i == 0 ? local[i][0] : std::min(minX, local[i][0]);
            maxX = i == 0 ? local[i][0] : std::max(maxX, local[i][0]);
            minY = i == 0 ? local[i][1] : std::min(minY, local[i][1]);
        }
        for (std::size_t i = 0; i < members.size(); ++i) {
            points[members[i]][0] = local[i][0] - minX + offsetX;
            points[members[i]][1] = local[i][1] - minY;
        }
        offsetX += (maxX - minX) + 2.0 * kTieLength;
    }
    return toPositions(model, g.lens, points, 1.0);
}

}  // namespace orgweave::layouts

#pragma GCC diagnostic pop
