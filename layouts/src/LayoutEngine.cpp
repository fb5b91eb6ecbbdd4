// Engine dispatch: Graphviz, our force layout, the circle, and `auto`.
//
// Sections: names and sizes · circle · dispatch (the force layout is ForceSession.cpp)

#include "orgweave/layouts/LayoutEngine.hpp"

#include "BoostLayouts.hpp"
#include "LayoutSupport.hpp"
#include "orgweave/layouts/ForceSession.hpp"

#include <orgweave/core/Lens.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace orgweave::layouts {

using detail::finish;

// ---- names and sizes --------------------------------------------------------------------------

namespace {

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

}  // namespace

// ---- dispatch ---------------------------------------------------------------------------------

LayoutResult runLayout(const core::Model& model, const EngineRequest& request) {
    const std::string engine = request.engine == "auto" ? autoEngine(model) : request.engine;
    if (engine == "force")
        return ForceSession(model, request).run();
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
        result.positions =
            engine == "fr" ? fruchtermanReingoldPositions(model, request.seed) : kamadaKawaiPositions(model);
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

std::map<std::string, core::Point> completePositions(const core::Model& model, const std::string& engine) {
    std::map<std::string, core::Point> positions;
    std::vector<const core::Node*> missing;
    for (const core::Node& node : model.nodes) {
        const auto it = model.layout.positions.find(node.id);
        if (it != model.layout.positions.end() && std::isfinite(it->second.x) &&
            std::isfinite(it->second.y)) {
            positions.emplace(node.id, it->second);
        } else {
            missing.push_back(&node);
        }
    }
    if (missing.empty())
        return positions;
    EngineRequest request;
    request.engine = engine.empty() ? "auto" : engine;
    const LayoutResult laid = runLayout(model, request);
    if (positions.empty())
        return laid.positions;
    // Some nodes have positions: the others go, as the engine arranged them, to the right.
    double right = -std::numeric_limits<double>::infinity();
    double top = std::numeric_limits<double>::infinity();
    for (const auto& [id, p] : positions) {
        right = std::max(right, p.x);
        top = std::min(top, p.y);
    }
    double laidLeft = std::numeric_limits<double>::infinity();
    double laidTop = std::numeric_limits<double>::infinity();
    for (const core::Node* node : missing) {
        const auto it = laid.positions.find(node->id);
        if (it == laid.positions.end())
            continue;
        laidLeft = std::min(laidLeft, it->second.x);
        laidTop = std::min(laidTop, it->second.y);
    }
    for (const core::Node* node : missing) {
        const auto it = laid.positions.find(node->id);
        if (it == laid.positions.end())
            continue;
        positions[node->id] =
            core::Point{right + 120.0 + it->second.x - laidLeft, top + it->second.y - laidTop};
    }
    return positions;
}

}  // namespace orgweave::layouts
