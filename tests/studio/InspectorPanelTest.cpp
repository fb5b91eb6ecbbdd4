#include "PanelDriver.hpp"
#include "TestDocuments.hpp"
#include "orgweave/core/Commands.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/panels/InspectorPanel.hpp"
#include "orgweave/studio/panels/TieInspector.hpp"

#include "orgweave/core/TieRules.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace orgweave;
using studio::InspectorPanel;
using studio::ItemRect;
using studio::test::PanelDriver;

namespace {

ItemRect fieldOf(const studio::FieldEditor& fields, const char* id, std::size_t occurrence = 0) {
    const auto rect = fields.rects().find(id, occurrence);
    REQUIRE(rect);
    return *rect;
}

}  // namespace

TEST_CASE("inspector: typing a role label is one undo step", "[studio][inspector]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.workspace().selection().selectNode("pc-1");
    driver.frames(2);
    const std::size_t steps = driver.undoSteps();

    driver.click(fieldOf(panel.nodePage().fields(), "##label"));
    driver.typeReplacing("GP liaison, medicine");
    CHECK(driver.model().findNode("pc-1")->label == "GP liaison, medicine");
    CHECK(driver.undoSteps() == steps + 1);
    CHECK(panel.message().empty());

    driver.workspace().undo();
    CHECK(driver.model().findNode("pc-1")->label == "Practice consultant 1");
}

TEST_CASE("inspector: a vocabulary pick sets the node type", "[studio][inspector]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.workspace().selection().selectNode("pc-1");
    driver.frames(2);
    const std::size_t steps = driver.undoSteps();
    REQUIRE(driver.model().findNode("pc-1")->type != "geriatrician");

    driver.click(fieldOf(panel.nodePage().fields(), "##type"));  // opens the list
    driver.frame();
    const auto entry = panel.nodePage().picker().rects().find("geriatrician");
    REQUIRE(entry);
    driver.click(*entry);
    CHECK(driver.model().findNode("pc-1")->type == "geriatrician");
    CHECK(driver.undoSteps() == steps + 1);
    // Every type of a role has a description for its tooltip.
    for (const core::VocabularyEntry& each : core::vocabulary::typesOf(core::NodeKind::Role).entries)
        CHECK_FALSE(each.description.empty());
}

TEST_CASE("inspector: an out-of-range committee level is refused with its reason", "[studio][inspector]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.workspace().selection().selectNode("sc");
    driver.frames(2);
    const core::Model before = driver.model();
    const std::size_t steps = driver.undoSteps();

    driver.click(fieldOf(panel.nodePage().fields(), "##level"));
    driver.typeReplacing("7");
    CHECK(driver.model() == before);
    CHECK(driver.undoSteps() == steps);
    CHECK(panel.message().find("committee level is 7") != std::string::npos);
    CHECK(panel.nodePage().fields().messageIsError());
    const auto notices = driver.workspace().recentNotices();
    REQUIRE_FALSE(notices.empty());
    CHECK(notices.back().error);

    // A valid level goes through and clears the message.
    driver.click(fieldOf(panel.nodePage().fields(), "##level"));
    driver.typeReplacing("3");
    CHECK(driver.model().findNode("sc")->committee->level == 3);
    CHECK(driver.undoSteps() == steps + 1);
    CHECK(panel.message().empty());
}

TEST_CASE("inspector: a site of another organization is a warning and an unknown site an error",
          "[studio][inspector]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    const core::Node* role = driver.model().findNode("hc-fredrikstad");
    REQUIRE(role->site == "fredrikstad-home");
    core::Node moved = *role;
    moved.organization = "m-halden";
    const std::size_t steps = driver.undoSteps();
    const core::EditVerdict mismatched =
        driver.workspace().propose(std::make_unique<core::EditNodeCommand>("hc-fredrikstad", moved));
    CHECK(mismatched.accepted);
    CHECK(driver.undoSteps() == steps + 1);
    REQUIRE_FALSE(mismatched.warnings.empty());
    CHECK(mismatched.warnings.front().find("belongs to") != std::string::npos);

    core::Node dangling = *driver.model().findNode("hc-fredrikstad");
    dangling.site = "no-such-site";
    const std::string before = core::writeDocument(driver.model());
    const core::EditVerdict refused =
        driver.workspace().propose(std::make_unique<core::EditNodeCommand>("hc-fredrikstad", dangling));
    CHECK_FALSE(refused.accepted);
    CHECK(refused.reason == "site \"no-such-site\" does not exist");
    CHECK(driver.undoSteps() == steps + 1);
    CHECK(core::writeDocument(driver.model()) == before);  // reverted exactly
}

TEST_CASE("inspector: a negative tie weight is refused and the RC slider commits on release",
          "[studio][inspector]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.workspace().selection().selectTie("t79");
    driver.frames(2);
    const std::size_t steps = driver.undoSteps();
    const core::Tie before = *driver.model().findTie("t79");

    driver.click(fieldOf(panel.tiePage().fields(), "##weight"));
    driver.typeReplacing("-2");
    CHECK(*driver.model().findTie("t79") == before);
    CHECK(panel.message() == "weight must be a positive number");

    // The first RC slider is "frequent" (4.6): drag it to its left end and release.
    const ItemRect slider = fieldOf(panel.tiePage().fields(), "##score", 0);
    driver.imgui().mouseAt(ImVec2(slider.min.x + 2.0f, slider.center().y));
    driver.imgui().mouseButton(0, true);
    driver.frame();
    driver.imgui().mouseAt(ImVec2(slider.min.x + 1.0f, slider.center().y));
    driver.frame();
    CHECK(driver.model().findTie("t79")->details->rc.at("frequent") ==
          Approx(4.6));  // nothing while dragging
    CHECK(driver.undoSteps() == steps);
    driver.imgui().mouseButton(0, false);
    driver.frame();
    CHECK(driver.model().findTie("t79")->details->rc.at("frequent") == Approx(1.0));
    CHECK(driver.undoSteps() == steps + 1);
}

TEST_CASE("inspector: clicking a tie of a node selects it and its end selects the node back",
          "[studio][inspector]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.workspace().selection().selectNode("hoi-hf");
    driver.frames(2);
    CHECK(core::tieKindsBetween(core::NodeKind::Role, core::NodeKind::Committee) ==
          std::vector<core::TieKind>{core::TieKind::MemberOf, core::TieKind::Collaborates});
    CHECK(core::tieKindsBetween(core::NodeKind::Organization, core::NodeKind::Organization) ==
          std::vector<core::TieKind>{core::TieKind::Agreement, core::TieKind::Collaborates});

    const auto row = panel.nodePage().tieRows().find("t79");
    REQUIRE(row);
    driver.click(*row);
    REQUIRE(driver.workspace().selection().singleTie() == "t79");
    driver.frame();
    const auto target = panel.tiePage().ends().find("target");
    REQUIRE(target);
    driver.click(*target);
    CHECK(driver.workspace().selection().singleNode() == "hoi-m");
}

TEST_CASE("inspector: several nodes get one phase edit as one command group", "[studio][inspector]") {
    core::Model model = studio::test::smallNetwork();
    core::Phase first;
    first.id = "p1";
    first.label = "Phase I";
    core::Phase second;
    second.id = "p2";
    second.label = "Phase II";
    model.annotations.phases = {first, second};
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.workspace().setDocument(model);
    driver.workspace().selection().setNodes({"hs-dir", "m1-dir", "pk"});
    driver.frames(2);
    const std::size_t steps = driver.undoSteps();
    // Untick "Phase II" for all three.
    const ItemRect box = fieldOf(panel.otherPage(), "##phase", 1);
    driver.click(ImVec2(box.min.x + 6.0f, box.center().y));
    for (const char* id : {"hs-dir", "m1-dir", "pk"})
        CHECK(driver.model().findNode(id)->phases == std::vector<std::string>{"p1"});
    CHECK(driver.undoSteps() == steps + 1);
    driver.workspace().undo();
    CHECK(driver.model().findNode("pk")->phases.empty());
}

TEST_CASE("inspector: with nothing selected the document title is edited", "[studio][inspector]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.frames(2);
    driver.click(fieldOf(panel.otherPage(), "##title"));
    driver.typeReplacing("Østfold region");
    CHECK(driver.model().annotations.meta.title == "Østfold region");
    CHECK(driver.undoSteps() == 1);
}
