#include "TestDocuments.hpp"
#include "orgweave/studio/canvas/Style.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>

using namespace orgweave;
using studio::LinePattern;
using studio::PartyCategory;
using studio::Shape;
using studio::Style;

TEST_CASE("style: every node kind has its own shape", "[studio][style]") {
    std::set<Shape> shapes;
    for (const core::NodeKind kind : core::kAllNodeKinds)
        shapes.insert(Style::shapeOf(kind));
    REQUIRE(shapes.size() == core::kAllNodeKinds.size());
    CHECK(Style::shapeOf(core::NodeKind::Organization) == Shape::RoundedRect);
    CHECK(Style::shapeOf(core::NodeKind::Site) == Shape::Hexagon);
    CHECK(Style::shapeOf(core::NodeKind::Committee) == Shape::Diamond);
    CHECK(Style::shapeOf(core::NodeKind::Role) == Shape::Circle);
    CHECK(Style::shapeOf(core::NodeKind::SharedTool) == Shape::Triangle);
    CHECK(Style::shapeOf(core::NodeKind::LearningAction) == Shape::Star);
}

TEST_CASE("style: organizations get distinct colours and hospitals differ from municipalities",
          "[studio][style]") {
    core::Model model = studio::test::smallNetwork();
    for (int i = 0; i < 12; ++i) {
        core::Node municipality;
        municipality.id = std::to_string(i) + "extra";
        municipality.kind = core::NodeKind::Organization;
        municipality.type = "municipality";
        model.nodes.push_back(municipality);
    }
    const Style style(model);
    REQUIRE(style.organizations().size() == 15);  // 1 hospital + 14 municipalities
    std::set<ImU32> colors;
    for (const auto& swatch : style.organizations())
        colors.insert(swatch.color);
    CHECK(colors.size() >= 13);  // the municipal palette has 13 hues; the 14th repeats the first
    const ImU32 hospital = style.organizationColor("hs");
    REQUIRE(hospital != 0);
    for (const auto& swatch : style.organizations()) {
        if (swatch.category == PartyCategory::Municipality)
            CHECK(swatch.color != hospital);
    }
    CHECK(style.organizationColor("m1") != style.organizationColor("m2"));
    CHECK(style.organizationColor("nobody") == 0);
    CHECK(style.organizations().front().category == PartyCategory::Hospital);
}

TEST_CASE("style: sites and roles take their organization's colour", "[studio][style]") {
    const core::Model model = studio::test::smallNetwork();
    const Style style(model);
    const auto fillOf = [&](const char* id) { return style.nodeStyle(*model.findNode(id)).fill; };
    CHECK(fillOf("hs-ward") == style.organizationColor("hs"));
    CHECK(fillOf("pk") == style.organizationColor("hs"));
    CHECK(fillOf("m1-dir") == style.organizationColor("m1"));
    CHECK(fillOf("m2-dir") == style.organizationColor("m2"));
    CHECK(fillOf("rc") == Style::neutralFill(core::NodeKind::Committee));
    CHECK(fillOf("tool") != fillOf("la"));
}

TEST_CASE("style: hospital vs municipality from type or sector", "[studio][style]") {
    core::Node node;
    node.kind = core::NodeKind::Organization;
    node.type = "hospital_trust";
    CHECK(Style::categoryOf(node) == PartyCategory::Hospital);
    node.type = "municipality";
    CHECK(Style::categoryOf(node) == PartyCategory::Municipality);
    node.type = "gp_collective";
    CHECK(Style::categoryOf(node) == PartyCategory::Other);
    node.type = "";
    node.attrs = nlohmann::json{{"sector", "specialist_care"}};
    CHECK(Style::categoryOf(node) == PartyCategory::Hospital);
}

TEST_CASE("style: tie kinds are drawn differently", "[studio][style]") {
    using core::TieKind;
    const auto memberOf = Style::tieStyleOf(TieKind::MemberOf);
    const auto reportsTo = Style::tieStyleOf(TieKind::ReportsTo);
    const auto collaborates = Style::tieStyleOf(TieKind::Collaborates);
    CHECK(memberOf.pattern == LinePattern::Solid);
    CHECK(memberOf.arrow);
    CHECK(reportsTo.arrow);
    CHECK(reportsTo.color != memberOf.color);
    CHECK(reportsTo.thickness > memberOf.thickness);
    CHECK(collaborates.pattern == LinePattern::Solid);
    CHECK_FALSE(collaborates.arrow);
    CHECK(Style::tieStyleOf(TieKind::ParticipatesIn).pattern == LinePattern::Dashed);
    CHECK(Style::tieStyleOf(TieKind::Uses).pattern == LinePattern::Dotted);
    CHECK(Style::tieStyleOf(TieKind::Maintains).pattern == LinePattern::Dotted);
    CHECK(Style::tieStyleOf(TieKind::Agreement).pattern == LinePattern::Double);

    std::set<std::tuple<int, ImU32, float>> looks;
    for (const TieKind kind : core::kAllTieKinds) {
        const auto s = Style::tieStyleOf(kind);
        looks.insert({static_cast<int>(s.pattern), s.color, s.thickness});
    }
    CHECK(looks.size() == core::kAllTieKinds.size());

    core::Tie tie;
    tie.kind = TieKind::Collaborates;
    tie.directed = true;
    tie.weight = 4.0;
    const Style style;
    CHECK(style.tieStyle(tie).arrow);
    CHECK(style.tieStyle(tie).thickness > collaborates.thickness);
}

TEST_CASE("style: colour helpers keep alpha and channels in range", "[studio][style]") {
    const ImU32 color = IM_COL32(200, 100, 50, 255);
    CHECK(Style::darker(color, 0.5f) == IM_COL32(100, 50, 25, 255));
    CHECK(Style::withAlpha(color, 0.0f) == IM_COL32(200, 100, 50, 0));
    CHECK(Style::withAlpha(color, 2.0f) == IM_COL32(200, 100, 50, 255));
}
