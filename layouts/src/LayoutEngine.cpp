// Engine dispatch: Graphviz, our force layout, the circle, and `auto`.
//
// Sections: names and sizes · circle · force · dispatch

#include "orgweave/layouts/LayoutEngine.hpp"

#include "BoostLayouts.hpp"
#include "orgweave/layouts/ForceLayout.hpp"

#include <orgweave/core/Lens.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace orgweave::layouts {

// ---- names and sizes --------------------------------------------------------------------------

namespace {

constexpr double kNodeHeight = 24.0;
constexpr double kTieLength = 72.0;    // median tie length of a force layout without pins, points
constexpr double kNodeRadius = 18.0;   // force: nodes are kept this far apart (circles), points
constexpr double kRoomPerNode = 60.0;  // force: side of the square each node gets at least, points

/// The studio's label box: about 7 points per character plus padding, 24 points high.
NodeSize labelBox(const std::string& label) {
    std::size_t characters = 0;
    for (char c : label) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++characters;  // UTF-8 lead bytes
    }
    const double width = std::min(320.0, std::max(kNodeHeight, 7.0 * static_cast<double>(characters) + 10.0));
    return NodeSize{width, kNodeHeight};
}

/// The group a node belongs to when grouping by `field`, "" for none (as GraphvizLayout's clusters).
std::string clusterKey(const core::Model& model, const core::Node& node, const std::string& field) {
    if (field == "organization") {
        if (node.kind == core::NodeKind::Organization)
            return node.id;
        if (!node.organization.empty())
            return node.organization;
        if (!node.site.empty()) {
            if (const core::Node* site = model.findNode(node.site))
                return site->organization;
        }
        return {};
    }
    if (field == "site")
        return node.kind == core::NodeKind::Site ? node.id : node.site;
    if (field == "owner")
        return node.kind == core::NodeKind::Committee ? node.id : node.owner;
    if (field == "kind")
        return std::string(core::toString(node.kind));
    if (field == "type")
        return node.type;
    if (auto it = node.attrs.find(field); it != node.attrs.end() && it->is_string())
        return it->get<std::string>();
    return {};
}

/// Fills sizes and the bounding box; moves the picture to (0, 0) unless `keep`.
void finish(LayoutResult& result, const core::Model& model, bool keep) {
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const core::Node& node : model.nodes) {
        auto p = result.positions.find(node.id);
        if (p == result.positions.end())
            continue;
        const NodeSize box = labelBox(node.displayLabel());
        result.sizes[node.id] = box;
        minX = std::min(minX, p->second.x - box.width / 2.0);
        maxX = std::max(maxX, p->second.x + box.width / 2.0);
        minY = std::min(minY, p->second.y - box.height / 2.0);
        maxY = std::max(maxY, p->second.y + box.height / 2.0);
    }
    if (result.positions.empty())
        return;
    if (keep) {
        result.left = minX;
        result.top = minY;
    } else {
        for (auto& [id, p] : result.positions) {
            p.x -= minX;
            p.y -= minY;
        }
    }
    result.width = maxX - minX;
    result.height = maxY - minY;
}

bool isGraphvizLimited(GraphvizEngine engine) {
    return engine != GraphvizEngine::Sfdp;
}

std::size_t distinctNodes(const core::Model& model) {
    std::unordered_set<std::string> ids;
    for (const core::Node& node : model.nodes)
        ids.insert(node.id);
    return ids.size();
}

}  // namespace

std::vector<std::string> layoutEngineNames() {
    return {"auto", "force", "circle", "fr", "kk", "dot", "neato", "fdp", "sfdp", "circo", "twopi"};
}

std::string autoEngine(const core::Model& model) {
    if (distinctNodes(model) > kAutoForceAbove)
        return "force";
    std::size_t hierarchy = 0;
    for (const core::Tie& tie : model.ties) {
        if (tie.kind == core::TieKind::MemberOf || tie.kind == core::TieKind::ReportsTo)
            ++hierarchy;
    }
    return !model.ties.empty() && 2 * hierarchy > model.ties.size() ? "dot" : "neato";
}

// ---- circle -----------------------------------------------------------------------------------

namespace {

LayoutResult circleLayout(const core::Model& model) {
    LayoutResult result;
    std::vector<const core::Node*> nodes;
    std::unordered_set<std::string> seen;
    for (const core::Node& node : model.nodes) {
        if (seen.insert(node.id).second)
            nodes.push_back(&node);
    }
    const double n = static_cast<double>(nodes.size());
    constexpr double kSpacing = 60.0;  // points of circumference per node
    const double radius = std::max(50.0, n * kSpacing / (2.0 * std::numbers::pi));
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const double a = -std::numbers::pi / 2.0 + 2.0 * std::numbers::pi * static_cast<double>(i) / n;
        result.positions[nodes[i]->id] = core::Point{radius * std::cos(a), radius * std::sin(a)};
    }
    finish(result, model, false);
    return result;
}

// ---- force ------------------------------------------------------------------------------------

LayoutResult forceLayout(const core::Model& model, const EngineRequest& request) {
    core::LensOptions lensOptions;
    lensOptions.lens = core::LensKind::Full;
    const core::LensGraph lens = core::buildLens(model, lensOptions);
    const std::size_t n = lens.graph.nodeCount();

    ForceOptions options;
    options.seed = request.seed;
    options.initial.resize(n);
    const std::set<std::string, std::less<>> pinned(model.layout.pinned.begin(), model.layout.pinned.end());
    for (std::size_t g = 0; g < n; ++g) {
        const core::Node& node = model.nodes[lens.modelIndex[g]];
        auto p = model.layout.positions.find(node.id);
        if (p == model.layout.positions.end())
            continue;
        options.initial[g] = p->second;
        if (request.respectPins && pinned.count(node.id)) {
            options.pinned.push_back(PinnedNode{static_cast<core::Graph::Index>(g), p->second});
        }
    }
    if (!request.clusterBy.empty()) {
        std::unordered_map<std::string, int> ids;
        options.clusters.assign(n, -1);
        for (std::size_t g = 0; g < n; ++g) {
            const std::string key = clusterKey(model, model.nodes[lens.modelIndex[g]], request.clusterBy);
            if (key.empty())
                continue;
            auto [it, added] = ids.emplace(key, static_cast<int>(ids.size()));
            options.clusters[g] = it->second;
        }
    }
    const bool keep = !options.pinned.empty();

    ForceLayout layout(lens.graph, std::move(options));
    if (!layout.run(request.cancel, request.progress))
        throw LayoutCancelled("layout cancelled");

    // Without pins the picture is scaled so that the median tie is kTieLength points long.
    double scale = 1.0;
    if (!keep) {
        const std::vector<core::Point> p = layout.positions();
        std::vector<double> lengths;
        for (const core::Graph::Edge& e : lens.graph.edges()) {
            lengths.push_back(std::hypot(p[e.source].x - p[e.target].x, p[e.source].y - p[e.target].y));
        }
        if (!lengths.empty()) {
            auto mid = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2);
            std::nth_element(lengths.begin(), mid, lengths.end());
            if (*mid > 1e-9)
                scale = kTieLength / *mid;
        }
        // Large networks need more room than their ties give: at least kRoomPerNode² per node in
        // the bounding box, so that overlap removal only has local work left.
        double minX = std::numeric_limits<double>::infinity();
        double minY = minX;
        double maxX = -minX;
        double maxY = -minX;
        for (const core::Point& q : p) {
            minX = std::min(minX, q.x);
            maxX = std::max(maxX, q.x);
            minY = std::min(minY, q.y);
            maxY = std::max(maxY, q.y);
        }
        const double area = std::max(maxX - minX, 1e-9) * std::max(maxY - minY, 1e-9) * scale * scale;
        const double needed = static_cast<double>(n) * kRoomPerNode * kRoomPerNode;
        if (n > 1 && area < needed)
            scale *= std::sqrt(needed / area);
    }
    layout.removeOverlaps(kNodeRadius / scale);
    const std::vector<core::Point> positions = layout.positions();

    LayoutResult result;
    for (std::size_t g = 0; g < n; ++g) {
        const core::Point p = positions[g];
        result.positions[model.nodes[lens.modelIndex[g]].id] = core::Point{p.x * scale, p.y * scale};
    }
    // Nodes the lens left out (none for the full lens without a phase) go on the left edge.
    for (const core::Node& node : model.nodes)
        result.positions.emplace(node.id, core::Point{0.0, 0.0});
    finish(result, model, keep);
    return result;
}

}  // namespace

// ---- dispatch ---------------------------------------------------------------------------------

LayoutResult runLayout(const core::Model& model, const EngineRequest& request) {
    const std::string engine = request.engine == "auto" ? autoEngine(model) : request.engine;
    if (engine == "force")
        return forceLayout(model, request);
    if (engine == "circle")
        return circleLayout(model);
    if (engine == "fr" || engine == "kk") {
        const std::size_t nodes = distinctNodes(model);
        if (nodes > kGraphvizNodeLimit) {
            throw LayoutError("the " + engine + " engine cannot lay out " + std::to_string(nodes) +
                              " nodes in reasonable time (limit " + std::to_string(kGraphvizNodeLimit) +
                              "): use --engine force or --engine sfdp");
        }
        LayoutResult result;
        result.positions = engine == "fr" ? fruchtermanReingoldPositions(model, request.seed) : kamadaKawaiPositions(model);
        finish(result, model, false);
        return result;
    }
    const std::optional<GraphvizEngine> graphviz = graphvizEngineFromString(engine);
    if (!graphviz) {
        std::string known;
        for (const std::string& name : layoutEngineNames())
            known += (known.empty() ? "" : ", ") + name;
        throw LayoutError("unknown layout engine '" + request.engine + "'; known engines: " + known);
    }
    const std::size_t nodes = distinctNodes(model);
    if (isGraphvizLimited(*graphviz) && nodes > kGraphvizNodeLimit) {
        throw LayoutError("the " + engine + " engine cannot lay out " + std::to_string(nodes) +
                          " nodes in reasonable time (it stops scaling near 1,000 nodes; limit " +
                          std::to_string(kGraphvizNodeLimit) + "): use --engine force or --engine sfdp");
    }
    LayoutOptions options;
    options.engine = *graphviz;
    options.clusterBy = request.clusterBy;
    options.respectPins = request.respectPins;
    options.seed = request.seed;
    return runGraphvizLayout(model, options);
}

}  // namespace orgweave::layouts
