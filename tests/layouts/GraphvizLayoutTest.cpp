// Graphviz layouts: every engine gives finite, distinct, reproducible positions.
#include "LayoutsTestModels.hpp"

#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/layouts/GraphvizLayout.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <map>
#include <set>

using namespace orgweave;
using layouts::GraphvizEngine;

namespace {

constexpr std::array kEngines{GraphvizEngine::Dot,  GraphvizEngine::Neato, GraphvizEngine::Fdp,
                              GraphvizEngine::Sfdp, GraphvizEngine::Circo, GraphvizEngine::Twopi};

core::Model sampleOrSmall(bool sample) {
    if (!sample)
        return test::smallRegion();
    core::LoadResult r = core::loadDocument(test::samplePath());
    if (!r.ok())
        return core::Model{};
    return *r.model;
}

void checkLayout(const core::Model& model, const layouts::LayoutResult& result) {
    REQUIRE(result.positions.size() == model.nodes.size());
    REQUIRE(result.sizes.size() == model.nodes.size());
    CHECK(std::isfinite(result.width));
    CHECK(std::isfinite(result.height));
    std::set<std::pair<double, double>> points;
    for (const core::Node& node : model.nodes) {
        INFO(node.id);
        REQUIRE(result.positions.count(node.id));
        const core::Point p = result.positions.at(node.id);
        CHECK(std::isfinite(p.x));
        CHECK(std::isfinite(p.y));
        // inside the bounding box (which starts at left/top), give or take rounding
        CHECK(p.x >= result.left - 0.5);
        CHECK(p.y >= result.top - 0.5);
        CHECK(p.x <= result.left + result.width + 0.5);
        CHECK(p.y <= result.top + result.height + 0.5);
        CHECK(result.sizes.at(node.id).width > 0);
        points.emplace(p.x, p.y);
    }
    CHECK(points.size() == model.nodes.size());  // no two nodes at the same point
}

}  // namespace

TEST_CASE("engine names", "[layout]") {
    for (GraphvizEngine engine : kEngines) {
        CHECK(layouts::graphvizEngineFromString(layouts::toString(engine)) == engine);
    }
    CHECK(layouts::toString(GraphvizEngine::Sfdp) == "sfdp");
    CHECK_FALSE(layouts::graphvizEngineFromString("spring").has_value());
}

TEST_CASE("every Graphviz engine lays out a document", "[layout]") {
    const GraphvizEngine engine = GENERATE(from_range(kEngines));
    const bool sample = GENERATE(false, true);
    const core::Model model = sampleOrSmall(sample);
    if (sample && model.nodes.empty()) {
        WARN("sample not found or not loadable: " << test::samplePath());
        return;
    }
    INFO("engine " << layouts::toString(engine) << (sample ? ", sample" : ", small document"));
    layouts::LayoutOptions options;
    options.engine = engine;
    const layouts::LayoutResult first = layouts::runGraphvizLayout(model, options);
    checkLayout(model, first);
    if (engine != GraphvizEngine::Neato && engine != GraphvizEngine::Fdp) {
        CHECK(first.left == 0.0);  // pins are only respected by neato and fdp
        CHECK(first.top == 0.0);
    }
    const layouts::LayoutResult second = layouts::runGraphvizLayout(model, options);
    for (const auto& [id, p] : first.positions) {
        INFO(id << ": " << p.x << "," << p.y << " then " << second.positions.at(id).x << ","
                << second.positions.at(id).y);
        CHECK(second.positions.at(id) == p);
    }
    CHECK(second.positions == first.positions);  // deterministic
    CHECK(second.width == first.width);
}

TEST_CASE("a layout without pins starts at the origin", "[layout]") {
    core::Model model = test::smallRegion();
    model.layout.pinned.clear();
    const GraphvizEngine engine = GENERATE(from_range(kEngines));
    layouts::LayoutOptions options;
    options.engine = engine;
    const layouts::LayoutResult result = layouts::runGraphvizLayout(model, options);
    double minX = 1e300;
    double minY = 1e300;
    for (const auto& [id, p] : result.positions) {
        minX = std::min(minX, p.x - result.sizes.at(id).width / 2);
        minY = std::min(minY, p.y - result.sizes.at(id).height / 2);
    }
    CHECK(result.left == 0.0);
    CHECK(result.top == 0.0);
    CHECK(minX >= -1.0);
    CHECK(minY >= -1.0);
    CHECK(minX < 40.0);  // the picture touches the origin (give or take a margin)
    CHECK(minY < 40.0);
}

TEST_CASE("clusters by organization", "[layout]") {
    const GraphvizEngine engine = GENERATE(GraphvizEngine::Dot, GraphvizEngine::Fdp, GraphvizEngine::Neato);
    const core::Model model = test::smallRegion();
    layouts::LayoutOptions options;
    options.engine = engine;
    options.clusterBy = "organization";
    const layouts::LayoutResult result = layouts::runGraphvizLayout(model, options);
    checkLayout(model, result);
}

TEST_CASE("pinned nodes keep their place with neato and fdp", "[layout]") {
    const GraphvizEngine engine = GENERATE(GraphvizEngine::Neato, GraphvizEngine::Fdp);
    core::Model model = test::smallRegion();
    model.layout.positions = {{"hf", {1000.0, 500.0}}, {"m1", {3000.0, 500.0}}};
    model.layout.pinned = {"hf", "m1"};
    layouts::LayoutOptions options;
    options.engine = engine;
    const layouts::LayoutResult result = layouts::runGraphvizLayout(model, options);
    checkLayout(model, result);
    CHECK(result.positions.at("hf") == core::Point{1000.0, 500.0});
    CHECK(result.positions.at("m1") == core::Point{3000.0, 500.0});
    CHECK(result.width >= 1999.0);  // Graphviz itself kept them 2000 points apart

    options.respectPins = false;
    const layouts::LayoutResult free = layouts::runGraphvizLayout(model, options);
    CHECK(free.left == 0.0);
    CHECK(free.width < 1500.0);
}

TEST_CASE("seeds and node sizes", "[layout]") {
    const core::Model model = test::smallRegion();
    layouts::LayoutOptions options;
    options.engine = GraphvizEngine::Sfdp;
    options.seed = 7;
    const auto a = layouts::runGraphvizLayout(model, options);
    const auto b = layouts::runGraphvizLayout(model, options);
    CHECK(a.positions == b.positions);

    options.engine = GraphvizEngine::Dot;
    options.sizeByLabel = false;
    const auto fixed = layouts::runGraphvizLayout(model, options);
    for (const auto& [id, size] : fixed.sizes)
        CHECK(size.width == Approx(0.35 * 72).margin(1.0));
    options.sizeByLabel = true;
    const auto labelled = layouts::runGraphvizLayout(model, options);
    CHECK(labelled.sizes.at("sc").width > labelled.sizes.at("m1").width);  // longer label, wider box
}

TEST_CASE("odd models lay out without errors", "[layout]") {
    const GraphvizEngine engine = GENERATE(from_range(kEngines));
    layouts::LayoutOptions options;
    options.engine = engine;
    CHECK(layouts::runGraphvizLayout(core::Model{}, options).positions.empty());

    core::Model model;
    for (std::string id : {"node", "a b", "x\"y", "back\\", "Ålesund", "\\N"}) {
        core::Node n;
        n.id = id;
        n.label = id == "x\"y" ? "" : "label \\G <b>" + id;
        n.organization = "missing";  // dangling containment: ignored
        model.nodes.push_back(n);
    }
    model.ties.push_back(test::makeTie("t1", core::TieKind::Collaborates, "node", "nowhere"));
    model.ties.push_back(test::makeTie("t2", core::TieKind::Collaborates, "a b", "a b"));
    model.ties.push_back(test::makeTie("t3", core::TieKind::Collaborates, "x\"y", "back\\"));
    const auto result = layouts::runGraphvizLayout(model, options);
    checkLayout(model, result);
}

TEST_CASE("the hierarchical layout ranks committees by level and fits a page (issue 18)", "[layout][dot]") {
    const core::Model model = sampleOrSmall(true);
    REQUIRE_FALSE(model.nodes.empty());
    layouts::LayoutOptions options;
    options.engine = GraphvizEngine::Dot;
    const layouts::LayoutResult result = layouts::runGraphvizLayout(model, options);
    checkLayout(model, result);
    // Aspect between 1:2 and 2:1.
    REQUIRE(result.height > 0.0);
    const double aspect = result.width / result.height;
    CHECK(aspect <= 2.0 + 1e-6);
    CHECK(aspect >= 0.5 - 1e-6);
    // Every committee of a lower level number sits above every committee of a higher one.
    std::map<int, std::pair<double, double>> span;  // level → lowest and highest y
    for (const core::Node& node : model.nodes) {
        if (node.kind != core::NodeKind::Committee || !node.committee->level)
            continue;
        const double y = result.positions.at(node.id).y;
        auto [it, added] = span.emplace(*node.committee->level, std::make_pair(y, y));
        it->second.first = std::min(it->second.first, y);
        it->second.second = std::max(it->second.second, y);
    }
    REQUIRE(span.size() >= 2);
    for (auto it = span.begin(); std::next(it) != span.end(); ++it) {
        INFO("level " << it->first);
        CHECK(it->second.second == Approx(it->second.first));  // one rank per level
        CHECK(it->second.second < std::next(it)->second.first);
    }
}
