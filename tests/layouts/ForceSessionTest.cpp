// ForceSession: the force engine of runLayout, step by step as the studio animates it.
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/layouts/ForceSession.hpp>
#include <orgweave/layouts/LayoutEngine.hpp>
#include <orgweave/layouts/NodeDecorations.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

using namespace orgweave;

namespace {

/// A hub with eight spokes whose labels are long: label-aware spacing must keep them apart.
core::Model longLabels() {
    core::Model model;
    const auto role = [](std::string id, std::string label) {
        core::Node node;
        node.id = std::move(id);
        node.kind = core::NodeKind::Role;
        node.label = std::move(label);
        return node;
    };
    model.nodes.push_back(role("hub", "Hub"));
    for (int k = 0; k < 8; ++k) {
        model.nodes.push_back(
            role("s" + std::to_string(k), "A rather long role name number " + std::to_string(k)));
        core::Tie tie;
        tie.id = "t" + std::to_string(k);
        tie.kind = core::TieKind::Collaborates;
        tie.source = "hub";
        tie.target = "s" + std::to_string(k);
        model.ties.push_back(tie);
    }
    return model;
}

}  // namespace

TEST_CASE("force session: stepping then finishing gives what run gives", "[layouts][force]") {
    const core::Model model = longLabels();
    layouts::EngineRequest request;
    request.engine = "force";
    const layouts::LayoutResult once = layouts::ForceSession(model, request).run();

    layouts::ForceSession session(model, request);
    while (!session.converged() && session.iterations() < session.iterationCap()) {
        session.step(1);
        CHECK(session.preview().size() == model.nodes.size());
    }
    const layouts::LayoutResult stepped = session.finish();
    REQUIRE(stepped.positions.size() == once.positions.size());
    for (const auto& [id, p] : once.positions) {
        CHECK(stepped.positions.at(id).x == Approx(p.x));
        CHECK(stepped.positions.at(id).y == Approx(p.y));
    }
}

TEST_CASE("force session: nodes with long labels keep room for them", "[layouts][force]") {
    const core::Model model = longLabels();
    layouts::EngineRequest request;
    request.engine = "force";
    const layouts::LayoutResult result = layouts::ForceSession(model, request).run();
    // Labels of 33 characters are about 240 points wide: neighbours at least ~2 × 60 points apart
    // (the label radius is capped at 60), far more than the 36 points of plain node spacing.
    double closest = 1e300;
    for (int a = 0; a < 8; ++a) {
        for (int b = a + 1; b < 8; ++b) {
            const core::Point p = result.positions.at("s" + std::to_string(a));
            const core::Point q = result.positions.at("s" + std::to_string(b));
            closest = std::min(closest, std::hypot(p.x - q.x, p.y - q.y));
        }
    }
    CHECK(closest > 100.0);
}

TEST_CASE("clustered layouts (force, dot) keep organizations' outlines apart and frame the result",
          "[layouts][force][clusters]") {
    const std::string engine = GENERATE(as<std::string>{}, "force", "dot");  // dot's clusters too
    for (const char* sample : {"regional-committee.orgweave.json", "midcounty-frailty.orgweave.json"}) {
        INFO(engine << " on " << sample);
        const core::LoadResult loaded =
            core::loadDocument(std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / sample);
        REQUIRE(loaded.ok());
        core::Model model = *loaded.model;
        model.layout.pinned.clear();
        layouts::EngineRequest request;
        request.engine = engine;
        request.clusterBy = "organization";
        const layouts::LayoutResult result = layouts::runLayout(model, request);
        struct Box {
            double minX, minY, maxX, maxY;
            std::string organization;
        };
        std::vector<Box> boxes;
        for (const layouts::OutlineMembers& outline : layouts::outlineMembership(model)) {
            Box box{1e300, 1e300, -1e300, -1e300, model.nodes[outline.organization].id};
            for (const std::size_t i : outline.members) {
                const core::Point p = result.positions.at(model.nodes[i].id);
                box = Box{std::min(box.minX, p.x), std::min(box.minY, p.y), std::max(box.maxX, p.x),
                          std::max(box.maxY, p.y), box.organization};
            }
            boxes.push_back(box);
        }
        REQUIRE(boxes.size() >= 5);
        // The members' rectangles, grown by 30 points (an outline's padding), overlap nowhere.
        constexpr double kPad = 30.0;
        for (std::size_t a = 0; a < boxes.size(); ++a) {
            for (std::size_t b = a + 1; b < boxes.size(); ++b) {
                const Box& p = boxes[a];
                const Box& q = boxes[b];
                const bool apart = p.maxX + kPad <= q.minX - kPad || q.maxX + kPad <= p.minX - kPad ||
                                   p.maxY + kPad <= q.minY - kPad || q.maxY + kPad <= p.minY - kPad;
                INFO(p.organization << " and " << q.organization);
                CHECK(apart);
            }
        }
        // Framed: every node inside the bounding box, which starts at (0, 0).
        CHECK(result.left == 0.0);
        CHECK(result.top == 0.0);
        for (const auto& [id, p] : result.positions) {
            CHECK(p.x >= 0.0);
            CHECK(p.y >= 0.0);
            CHECK(p.x <= result.width);
            CHECK(p.y <= result.height);
        }
    }
}
