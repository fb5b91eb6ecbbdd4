// Renaming a node's id keeps every reference consistent and undoes exactly; ids from labels.
#include "TestModels.hpp"

#include <orgweave/core/Document.hpp>
#include <orgweave/core/RenameNodeCommand.hpp>
#include <orgweave/core/Validation.hpp>

#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>

using namespace orgweave;
using namespace orgweave::core;

TEST_CASE("renaming an organization's id renames every reference in one undo step", "[commands][rename]") {
    Model start = test::richModel();
    start.annotations.views[0].filter["organizations"] = {"m1", "hf"};
    start.annotations.views[0].highlighted.push_back("m1");
    Document doc(start);
    const Model before = doc.model();
    doc.execute(std::make_unique<RenameNodeCommand>("m1", "halden", std::string("Halden municipality")));
    const Model& m = doc.model();
    CHECK(m.findNode("m1") == nullptr);
    REQUIRE(m.findNode("halden") != nullptr);
    CHECK(m.findNode("halden")->label == "Halden municipality");
    CHECK(m.findNode("md")->organization == "halden");
    CHECK(m.findTie("t7")->target == "halden");
    CHECK(m.findTie("t2")->details->represents == std::vector<std::string>{"halden", "m2"});
    CHECK(m.annotations.context.organizations.contains("halden"));
    CHECK_FALSE(m.annotations.context.organizations.contains("m1"));
    CHECK(m.layout.positions.contains("halden"));
    CHECK(m.annotations.views[0].filter["organizations"] == nlohmann::json({"halden", "hf"}));
    CHECK(m.annotations.views[0].highlighted.back() == "halden");
    CHECK(validate(m).size() == validate(before).size());
    CHECK(doc.history().index() == 1);
    CHECK(doc.history().at(0).description() == "Rename 'Halden' to 'Halden municipality'");
    REQUIRE(doc.undo());
    CHECK(doc.model() == before);
    REQUIRE(doc.redo());
    CHECK(doc.model().findNode("halden") != nullptr);
}

TEST_CASE("renaming a role renames its leadership, pins and ties", "[commands][rename]") {
    Document doc(test::richModel());
    const Model before = doc.model();
    doc.execute(std::make_unique<RenameNodeCommand>("pc", "gp-liaison"));
    const Model& m = doc.model();
    CHECK(m.annotations.views[0].highlighted == std::vector<std::string>{"gp-liaison"});
    for (const Tie& tie : m.ties) {
        CHECK(tie.source != "pc");
        CHECK(tie.target != "pc");
    }
    CHECK(m.findNode("gp-liaison")->label == "Practice consultant");  // the label stays
    REQUIRE(doc.undo());
    CHECK(doc.model() == before);
}

TEST_CASE("renaming to an id in use or from an unknown node is refused", "[commands][rename]") {
    Model m = test::richModel();
    const Model before = m;
    RenameNodeCommand taken("pc", "md");
    CHECK_THROWS_AS(taken.apply(m), std::invalid_argument);
    RenameNodeCommand tieId("pc", "t7");
    CHECK_THROWS_AS(tieId.apply(m), std::invalid_argument);
    RenameNodeCommand unknown("nobody", "somebody");
    CHECK_THROWS_AS(unknown.apply(m), std::invalid_argument);
    RenameNodeCommand empty("pc", "");
    CHECK_THROWS_AS(empty.apply(m), std::invalid_argument);
    CHECK(m == before);
}

TEST_CASE("ids from labels: slugs, unique suffixes and automatic ids", "[commands][rename]") {
    CHECK(slugFromLabel("Practice consultant") == "practice-consultant");
    CHECK(slugFromLabel("  Kommuneoverlege, Ålesund / Øst  ") == "kommuneoverlege-alesund-ost");
    CHECK(slugFromLabel("Ærlig talt – Straße") == "aerlig-talt-strasse");
    CHECK(slugFromLabel("GP #2 (acting)") == "gp-2-acting");
    CHECK(slugFromLabel("—") == "");
    CHECK(slugFromLabel("") == "");
    CHECK(slugFromLabel(std::string(200, 'a')).size() == 48);
    const Model m = test::richModel();
    CHECK(uniqueNodeId(m, "practice-consultant") == "practice-consultant");
    CHECK(uniqueNodeId(m, "pc") == "pc-2");
    CHECK(uniqueNodeId(m, "t7") == "t7-2");  // tie ids are taken too
    CHECK(isAutomaticNodeId("role-3", NodeKind::Role));
    CHECK(isAutomaticNodeId("learning-action-12", NodeKind::LearningAction));
    CHECK_FALSE(isAutomaticNodeId("role-", NodeKind::Role));
    CHECK_FALSE(isAutomaticNodeId("role-3b", NodeKind::Role));
    CHECK_FALSE(isAutomaticNodeId("committee-1", NodeKind::Role));
    CHECK_FALSE(isAutomaticNodeId("practice-consultant", NodeKind::Role));
}
