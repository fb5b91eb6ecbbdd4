// The decisions the canvas and the renderer share (NodeDecorations.hpp; issue 16
// item 1): which nodes an organization's outline holds, the worst finding per node, and the
// radius of a node sized by a measure.
#include <orgweave/layouts/NodeDecorations.hpp>
#include <orgweave/layouts/NodeMapping.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace orgweave;
using core::NodeKind;

namespace {

core::Node node(std::string id, NodeKind kind, std::string organization = {}, std::string site = {}) {
    core::Node n;
    n.id = std::move(id);
    n.kind = kind;
    n.label = n.id;
    n.organization = std::move(organization);
    n.site = std::move(site);
    return n;
}

core::Finding finding(std::string rule, core::FindingSeverity severity, std::vector<std::string> nodes) {
    core::Finding f;
    f.rule = std::move(rule);
    f.severity = severity;
    f.nodes = std::move(nodes);
    return f;
}

}  // namespace

TEST_CASE("outline membership: an organization with its sites, roles and the roles at its sites",
          "[layouts][style]") {
    core::Model model;
    model.nodes = {
        node("hs", NodeKind::Organization),          node("m1", NodeKind::Organization),
        node("lonely", NodeKind::Organization),       // no members: no outline
        node("ward", NodeKind::Site, "hs"),           // 3
        node("nurse", NodeKind::Role, "hs", "ward"),  // 4
        node("visitor", NodeKind::Role, "", "ward"),  // 5: at a site of hs, no organization of its own
        node("m1-dir", NodeKind::Role, "m1"),         // 6
        node("rc", NodeKind::Committee, "hs"),        // 7: committees are never inside an outline
        node("hs", NodeKind::Organization),           // 8: a duplicate id is not a second outline
    };
    const std::vector<layouts::OutlineMembers> outlines = layouts::outlineMembership(model);
    REQUIRE(outlines.size() == 2);
    CHECK(outlines[0].organization == 0);
    CHECK(outlines[0].members == std::vector<std::size_t>{0, 3, 4, 5});
    CHECK(outlines[1].organization == 1);
    CHECK(outlines[1].members == std::vector<std::size_t>{1, 6});
}

TEST_CASE("outline membership: a role's own organization wins over its site's", "[layouts][style]") {
    core::Model model;
    model.nodes = {node("a", NodeKind::Organization), node("b", NodeKind::Organization),
                   node("site-a", NodeKind::Site, "a"), node("role", NodeKind::Role, "b", "site-a")};
    const auto outlines = layouts::outlineMembership(model);
    REQUIRE(outlines.size() == 2);
    CHECK(outlines[0].members == std::vector<std::size_t>{0, 2});
    CHECK(outlines[1].members == std::vector<std::size_t>{1, 3});
}

TEST_CASE("worst severity per node: the most severe finding, optionally of one rule", "[layouts][style]") {
    core::Model model;
    model.nodes = {node("a", NodeKind::Role), node("b", NodeKind::Role), node("c", NodeKind::Role)};
    const std::vector<core::Finding> findings{
        finding("G1", core::FindingSeverity::Info, {"a", "b"}),
        finding("G2", core::FindingSeverity::Critical, {"a", "ghost"}),  // "ghost" is not a node
        finding("G3", core::FindingSeverity::Warning, {"b"}),
    };
    const auto all = layouts::worstSeverityPerNode(model, findings);
    REQUIRE(all.size() == 3);
    CHECK(all[0] == core::FindingSeverity::Critical);
    CHECK(all[1] == core::FindingSeverity::Warning);
    CHECK_FALSE(all[2].has_value());

    const auto onlyG1 = layouts::worstSeverityPerNode(model, findings, "G1");
    CHECK(onlyG1[0] == core::FindingSeverity::Info);
    CHECK(onlyG1[1] == core::FindingSeverity::Info);
    CHECK_FALSE(onlyG1[2].has_value());
    CHECK_FALSE(layouts::worstSeverityPerNode(model, findings, "G9")[0].has_value());
}

TEST_CASE("sized radius: 6 to 23 with area proportional to the value", "[layouts][style]") {
    CHECK(layouts::sizedRadius(0.0) == Approx(6.0));
    CHECK(layouts::sizedRadius(1.0) == Approx(23.0));
    CHECK(layouts::sizedRadius(0.5) == Approx(14.5));

    core::Model model;
    model.nodes = {node("low", NodeKind::Role), node("high", NodeKind::Role), node("none", NodeKind::Role)};
    const layouts::MeasureValues values{{"low", 1.0}, {"high", 4.0}};
    const std::vector<double> units = layouts::sizeUnits(model, values);
    REQUIRE(units.size() == 3);
    CHECK(layouts::sizedRadius(units[0]) == Approx(layouts::kSizedMinRadius));
    CHECK(layouts::sizedRadius(units[1]) == Approx(layouts::kSizedMaxRadius));
    CHECK(layouts::sizedRadius(units[2]) == Approx(layouts::kSizedMinRadius));
}
