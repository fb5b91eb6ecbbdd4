// Issue 18: distinct colours for any number of organizations and categories, colour by community
// and by the colours a file gave its nodes.
#include "orgweave/core/Analysis.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/layouts/VisualStyle.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <string>

using namespace orgweave;

namespace {

core::Model organizations(int count, const std::string& type) {
    core::Model model;
    for (int k = 0; k < count; ++k) {
        core::Node node;
        node.id = "o" + std::to_string(k);
        node.kind = core::NodeKind::Organization;
        node.type = type;
        node.label = "Organization " + std::to_string(k);
        model.nodes.push_back(node);
    }
    return model;
}

/// Euclidean distance in RGB, 0…441.
double distance(layouts::Rgb a, layouts::Rgb b) {
    double sum = 0.0;
    for (const int shift : {16, 8, 0}) {
        const double d = static_cast<double>((a >> shift) & 0xFF) - static_cast<double>((b >> shift) & 0xFF);
        sum += d * d;
    }
    return std::sqrt(sum);
}

}  // namespace

TEST_CASE("colours: every organization gets a colour of its own beyond the palette", "[layouts][colours]") {
    for (const int count : {3, 20, 60, 200}) {
        const core::Model model = organizations(count, "municipality");
        const auto colours = layouts::organizationColours(model);
        REQUIRE(colours.size() == static_cast<std::size_t>(count));
        std::set<layouts::Rgb> distinct;
        std::size_t generated = 0;
        for (const auto& c : colours) {
            distinct.insert(c.color);
            generated += c.generated ? 1 : 0;
        }
        CHECK(distinct.size() == static_cast<std::size_t>(count));
        CHECK(generated == static_cast<std::size_t>(std::max(0, count - 13)));  // 13 municipal hues
    }
    // The legend says so.
    const layouts::NodeColours colours =
        layouts::colourNodes(organizations(20, "municipality"), "organization", nullptr);
    CHECK(colours.generated == 7);
    CHECK(colours.heading == "Organizations (7 generated colours)");
    CHECK(layouts::colourNodes(organizations(3, "municipality"), "organization", nullptr).heading ==
          "Organizations");
}

TEST_CASE("colours: generated colours are far apart from their neighbours", "[layouts][colours]") {
    for (std::size_t k = 0; k + 1 < 60; ++k) {
        CHECK(distance(layouts::generatedColour(k), layouts::generatedColour(k + 1)) > 40.0);
        CHECK(distance(layouts::generatedColour(k), layouts::generatedColour(k + 3)) > 25.0);
    }
}

TEST_CASE("colours: any attribute's categories stay distinct beyond the palette", "[layouts][colours]") {
    core::Model model = organizations(40, "municipality");
    for (std::size_t k = 0; k < model.nodes.size(); ++k)
        model.nodes[k].attrs["sector"] = "sector " + std::to_string(k);
    const layouts::NodeColours colours = layouts::colourNodes(model, "sector", nullptr);
    const std::set<layouts::Rgb> distinct(colours.fill.begin(), colours.fill.end());
    CHECK(distinct.size() == 40);
    CHECK(colours.generated == 40 - layouts::palette::kCategory.size());
    CHECK(colours.heading.find("generated colours") != std::string::npos);
}

TEST_CASE("colours: by the colour the file gave each node", "[layouts][colours]") {
    core::Model model = organizations(4, "municipality");
    model.nodes[0].attrs["color"] = "#ff0000";
    model.nodes[1].attrs["color"] = "#FF0000";
    model.nodes[2].attrs["color"] = "#0a0";
    const layouts::NodeColours colours = layouts::colourNodes(model, "file_colour", nullptr);
    REQUIRE(colours.fill.size() == 4);
    CHECK(colours.fill[0] == 0xFF0000);
    CHECK(colours.fill[1] == 0xFF0000);
    CHECK(colours.fill[2] == 0x00AA00);
    CHECK(colours.fill[3] == layouts::palette::kMissing);
    REQUIRE(colours.swatches.size() == 2);
    CHECK(colours.swatches[0].label == "#FF0000 (2)");
    CHECK_FALSE(colours.nothingToColour);
}

TEST_CASE("colours: by detected community", "[layouts][colours]") {
    // Two triangles joined by one tie: two communities.
    core::Model model;
    for (const char* id : {"a", "b", "c", "x", "y", "z"}) {
        core::Node node;
        node.id = id;
        node.kind = core::NodeKind::Role;
        model.nodes.push_back(node);
    }
    const auto tie = [&](const char* s, const char* t) {
        core::Tie edge;
        edge.id = std::string(s) + t;
        edge.source = s;
        edge.target = t;
        edge.kind = core::TieKind::Collaborates;
        model.ties.push_back(edge);
    };
    tie("a", "b");
    tie("b", "c");
    tie("c", "a");
    tie("x", "y");
    tie("y", "z");
    tie("z", "x");
    tie("c", "x");
    core::AnalysisOptions options;
    options.lens.lens = core::LensKind::Full;
    options.measures.insert("communities");
    const core::AnalysisResult result = core::analyze(model, options);
    REQUIRE(layouts::needsAnalysis("community"));
    const layouts::MeasureValues values = layouts::coloringValues(result, "community");
    REQUIRE(values.size() == 6);
    const layouts::NodeColours colours = layouts::colourNodes(model, "community", &values);
    CHECK(colours.fill[0] == colours.fill[1]);
    CHECK(colours.fill[1] == colours.fill[2]);
    CHECK(colours.fill[3] == colours.fill[4]);
    CHECK(colours.fill[0] != colours.fill[3]);
    REQUIRE(colours.swatches.size() == 2);
    CHECK(colours.swatches[0].label.find("(3 nodes)") != std::string::npos);
    CHECK(colours.heading == "Colour: community");
}

TEST_CASE("tie quality: RC index and dimensions in the bands of DOMAIN.md 2.5", "[layouts][colours][rc]") {
    core::Tie tie;
    tie.details.edit().rc = {{"frequent", 3.0}, {"timely", 3.4}};
    const layouts::TieQuality weak = layouts::tieQuality(tie, "rc_index");
    CHECK(weak.band == layouts::TieQuality::Band::Weak);
    CHECK(weak.score == Approx(3.2));
    tie.details.edit().rc = {{"frequent", 3.6}, {"shared_goals", 4.0}};
    CHECK(layouts::tieQuality(tie, "rc_index").band == layouts::TieQuality::Band::Moderate);
    CHECK(layouts::tieQuality(tie, "shared_goals").band == layouts::TieQuality::Band::Moderate);
    tie.details.edit().rc = {{"shared_goals", 4.6}};
    const layouts::TieQuality strong = layouts::tieQuality(tie, "shared_goals");
    CHECK(strong.band == layouts::TieQuality::Band::Strong);
    CHECK(strong.widthFactor > weak.widthFactor);
    CHECK(strong.color != weak.color);
    CHECK(layouts::tieQuality(tie, "timely").band == layouts::TieQuality::Band::None);  // not scored
    // Bands are settings.
    CHECK(layouts::tieQuality(tie, "shared_goals", 4.7, 4.9).band == layouts::TieQuality::Band::Weak);
    CHECK(layouts::isTieScore("rc_index"));
    CHECK(layouts::isTieScore("mutual_respect"));
    CHECK_FALSE(layouts::isTieScore("weight"));
    const auto swatches = layouts::tieQualitySwatches("rc_index");
    REQUIRE(swatches.size() == 3);
    CHECK(swatches[0].label == "weak (< 3.5)");
    CHECK(layouts::tieQualityHeading("shared_goals") == "Ties: RC shared goals");
}
