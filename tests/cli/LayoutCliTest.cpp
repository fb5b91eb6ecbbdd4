// `orgweave layout`: positions stored in the document, in place or to --out; exit codes (DESIGN.md §7).
#include <orgweave/core/NativeFormat.hpp>

#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace {

using namespace orgweave::test;

const fs::path kKarate = fs::path(ORGWEAVE_SOURCE_DIR) / "tests/reference/data/karate.graphml";

/// Every node has a finite position and no two share one.
void checkPositions(const orgweave::core::Model& model) {
    std::set<std::pair<double, double>> points;
    for (const orgweave::core::Node& node : model.nodes) {
        INFO(node.id);
        REQUIRE(model.layout.positions.count(node.id));
        const orgweave::core::Point p = model.layout.positions.at(node.id);
        CHECK(std::isfinite(p.x));
        CHECK(std::isfinite(p.y));
        points.emplace(p.x, p.y);
    }
    CHECK(points.size() == model.nodes.size());
}

}  // namespace

TEST_CASE("layout stores positions in place and keeps pinned nodes", "[cli][layout]") {
    Scratch s;
    const fs::path doc = s / "doc.orgweave.json";
    orgweave::core::LoadResult original = orgweave::core::loadDocument(kSample);
    REQUIRE(original.ok());
    orgweave::core::Model model = *original.model;
    const std::string pinnedId = model.nodes.front().id;
    model.layout.positions[pinnedId] = orgweave::core::Point{-123.5, 456.25};
    model.layout.pinned = {pinnedId};
    orgweave::core::saveDocument(model, doc);

    const std::string engine = GENERATE(as<std::string>{}, "force", "circle", "neato", "auto");
    INFO(engine);
    Run r = s.orgweave("layout " + quote(doc) + " --engine " + engine + " --clusters organization --seed 3");
    INFO(r.err);
    REQUIRE(r.status == 0);
    orgweave::core::LoadResult laidOut = orgweave::core::loadDocument(doc);
    REQUIRE(laidOut.ok());
    checkPositions(*laidOut.model);
    CHECK(laidOut.model->layout.positions.at(pinnedId) == orgweave::core::Point{-123.5, 456.25});
    CHECK(laidOut.model->nodes == model.nodes);
    CHECK(laidOut.model->ties == model.ties);
}

TEST_CASE("layout with the same seed writes the same document", "[cli][layout]") {
    Scratch s;
    Run a = s.orgweave("layout " + quote(kSample) + " --engine force --seed 9 --out " +
                       quote(s / "a.orgweave.json"));
    Run b = s.orgweave("layout " + quote(kSample) + " --engine force --seed 9 --out " +
                       quote(s / "b.orgweave.json"));
    REQUIRE(a.status == 0);
    REQUIRE(b.status == 0);
    CHECK(readText(s / "a.orgweave.json") == readText(s / "b.orgweave.json"));
    CHECK(readText(s / "a.orgweave.json") != readText(kSample));
}

TEST_CASE("layout of a GraphML file needs an output document", "[cli][layout]") {
    Scratch s;
    Run r = s.orgweave("layout " + quote(kKarate) + " --engine force");
    CHECK(r.status == 2);
    CHECK(r.err.find("--out") != std::string::npos);
    CHECK(r.err.find(".orgweave.json") != std::string::npos);

    const fs::path out = s / "karate.orgweave.json";
    r = s.orgweave("layout " + quote(kKarate) + " --engine force --out " + quote(out));
    INFO(r.err);
    REQUIRE(r.status == 0);
    orgweave::core::LoadResult laidOut = orgweave::core::loadDocument(out);
    REQUIRE(laidOut.ok());
    CHECK(laidOut.model->nodes.size() == 34);
    checkPositions(*laidOut.model);

    r = s.orgweave("layout " + quote(kKarate) + " --engine force --out " + quote(s / "karate.dot"));
    CHECK(r.status == 2);
}

TEST_CASE("layout refuses an unknown engine with exit 1 and names the known ones", "[cli][layout]") {
    Scratch s;
    const fs::path doc = s / "doc.orgweave.json";
    fs::copy_file(kSample, doc);
    Run r = s.orgweave("layout " + quote(doc) + " --engine spring");
    CHECK(r.status == 1);
    CHECK(r.err.find("spring") != std::string::npos);
    CHECK(r.err.find("sfdp") != std::string::npos);
    CHECK(readText(doc) == readText(kSample));  // untouched

    r = s.orgweave("layout " + quote(doc));  // --engine is required
    CHECK(r.status == 2);
}
