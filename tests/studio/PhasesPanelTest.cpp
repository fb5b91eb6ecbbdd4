// The Phases panel: create, edit, rename, reorder, delete and selection limits, each one undo step
// with every reference to the phase updated.
#include "PanelDriver.hpp"
#include "orgweave/studio/panels/ModelPanel.hpp"
#include "orgweave/studio/panels/PhasesPanel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace orgweave;
using studio::PhasesPanel;
using studio::test::PanelDriver;

namespace {

constexpr const char* kSample = "midcounty-frailty.orgweave.json";

std::vector<std::string> phaseIds(const core::Model& model) {
    std::vector<std::string> ids;
    for (const core::Phase& phase : model.annotations.phases)
        ids.push_back(phase.id);
    return ids;
}

/// How many nodes, ties and views name `phase`.
std::size_t references(const core::Model& model, const std::string& phase) {
    const auto names = [&](const std::vector<std::string>& list) {
        return std::find(list.begin(), list.end(), phase) != list.end() ? 1u : 0u;
    };
    std::size_t count = 0;
    for (const core::Node& node : model.nodes)
        count += names(node.phases);
    for (const core::Tie& tie : model.ties)
        count += names(tie.phases);
    for (const core::View& view : model.annotations.views)
        count += view.phase == phase ? 1u : 0u;
    return count;
}

/// Opens the sample with `phase`'s section open.
void openOn(PanelDriver& driver, PhasesPanel& panel, const std::string& phase) {
    driver.openSample(kSample);
    panel.expand(phase);
    driver.frames(2);
}

void clickButton(PanelDriver& driver, const PhasesPanel& panel, const char* key) {
    const auto rect = panel.rects().find(key);
    REQUIRE(rect);
    driver.click(*rect);
    driver.frame();
}

void editField(PanelDriver& driver, const PhasesPanel& panel, const char* field, const std::string& text) {
    const auto rect = panel.fields().rects().find(field);
    REQUIRE(rect);
    driver.click(*rect);
    driver.typeReplacing(text);
    driver.frame();
}

}  // namespace

TEST_CASE("phases panel: new phase appends a fresh id in one undo step", "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "");
    clickButton(driver, panel, "New phase");
    REQUIRE(driver.model().annotations.phases.size() == 5);
    CHECK(driver.model().annotations.phases.back().id == "p5");
    CHECK(driver.model().annotations.phases.back().label == "Phase 5");
    CHECK(panel.expanded() == "p5");
    CHECK(driver.undoSteps() == 1);
    REQUIRE(driver.workspace().undo());
    CHECK(driver.model().annotations.phases.size() == 4);
}

TEST_CASE("phases panel: label dates and mode are edited field by field", "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "p2");
    editField(driver, panel, "##label", "Devolution");
    CHECK(driver.model().annotations.phases[1].label == "Devolution");
    CHECK(driver.undoSteps() == 1);
    editField(driver, panel, "##end", "2016-03");
    CHECK(driver.model().annotations.phases[1].end == "2016-03");
    CHECK(driver.undoSteps() == 2);
    // An end before the start is refused with the reason under the field.
    editField(driver, panel, "##end", "2010");
    CHECK(driver.model().annotations.phases[1].end == "2016-03");
    CHECK(driver.undoSteps() == 2);
    CHECK(panel.fields().message().find("ends before it starts") != std::string::npos);
}

TEST_CASE("phases panel: renaming an id renames every reference in one undo step", "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "p2");
    driver.workspace().mapping().phase = "p2";
    const core::Model before = driver.model();
    const std::size_t uses = references(before, "p2");
    REQUIRE(uses > 10);
    editField(driver, panel, "##id", "devolved");
    CHECK(phaseIds(driver.model()) == std::vector<std::string>{"p1", "devolved", "p3", "p4"});
    CHECK(references(driver.model(), "p2") == 0);
    CHECK(references(driver.model(), "devolved") == uses);
    CHECK(driver.model().annotations.views[1].phase == "devolved");
    CHECK(driver.workspace().mapping().phase == "devolved");  // the canvas keeps showing it
    CHECK(panel.expanded() == "devolved");
    CHECK(driver.undoSteps() == 1);
    // A taken id is refused.
    editField(driver, panel, "##id", "p3");
    CHECK(driver.undoSteps() == 1);
    CHECK(panel.fields().message().find("already called") != std::string::npos);
    REQUIRE(driver.workspace().undo());
    CHECK(driver.model() == before);
}

TEST_CASE("phases panel: up and down reorder the phases", "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "p3");
    clickButton(driver, panel, "Up");
    CHECK(phaseIds(driver.model()) == std::vector<std::string>{"p1", "p3", "p2", "p4"});
    CHECK(driver.undoSteps() == 1);
    clickButton(driver, panel, "Down");
    CHECK(phaseIds(driver.model()) == std::vector<std::string>{"p1", "p2", "p3", "p4"});
    CHECK(driver.undoSteps() == 2);
    REQUIRE(driver.workspace().undo());
    CHECK(phaseIds(driver.model()) == std::vector<std::string>{"p1", "p3", "p2", "p4"});
}

TEST_CASE("phases panel: deleting a phase asks and keeps its items in every phase", "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "p1");
    driver.workspace().mapping().phase = "p1";
    const core::Model before = driver.model();
    clickButton(driver, panel, "Delete");
    CHECK(driver.undoSteps() == 0);
    CHECK(panel.deleteQuestion().find("2 nodes and 8 ties exist in this phase alone") != std::string::npos);
    clickButton(driver, panel, "Keep");
    CHECK(phaseIds(driver.model()) == std::vector<std::string>{"p2", "p3", "p4"});
    CHECK(references(driver.model(), "p1") == 0);
    CHECK(driver.model().nodes.size() == before.nodes.size());
    REQUIRE(driver.model().findNode("steer") != nullptr);
    CHECK(driver.model().findNode("steer")->phases.empty());  // now in every phase
    CHECK(driver.model().annotations.views[0].phase.empty());
    CHECK(driver.workspace().mapping().phase.empty());  // the canvas shows all phases again
    CHECK(driver.workspace().analysis().settings().phase.empty());
    CHECK(driver.undoSteps() == 1);
    CHECK(panel.deleteQuestion().empty());
    REQUIRE(driver.workspace().undo());
    CHECK(driver.model() == before);
}

TEST_CASE("phases panel: deleting a phase with its items removes what existed only there",
          "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "p1");
    const core::Model before = driver.model();
    clickButton(driver, panel, "Delete");
    clickButton(driver, panel, "Remove");
    CHECK(driver.model().findNode("steer") == nullptr);
    CHECK(driver.model().findNode("la-risk") == nullptr);
    CHECK(driver.model().nodes.size() == before.nodes.size() - 2);
    CHECK(references(driver.model(), "p1") == 0);
    CHECK(driver.undoSteps() == 1);
    REQUIRE(driver.workspace().undo());
    CHECK(driver.model() == before);
}

TEST_CASE("phases panel: cancel leaves the phase alone", "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "p4");
    clickButton(driver, panel, "Delete");
    REQUIRE_FALSE(panel.deleteQuestion().empty());
    clickButton(driver, panel, "Cancel");
    CHECK(driver.model().annotations.phases.size() == 4);
    CHECK(driver.undoSteps() == 0);
    CHECK(panel.deleteQuestion().empty());
}

TEST_CASE("phases panel: the selection is limited to or added to a phase", "[studio][phases]") {
    PhasesPanel panel;
    PanelDriver driver(panel);
    openOn(driver, panel, "p3");
    const core::Node& first = driver.model().nodes.front();
    REQUIRE(first.phases.empty());
    const std::string id = first.id;
    driver.workspace().selection().selectNode(id);
    driver.frame();
    clickButton(driver, panel, "Limit");
    CHECK(driver.model().findNode(id)->phases == std::vector<std::string>{"p3"});
    CHECK(driver.undoSteps() == 1);
    panel.expand("p4");
    driver.frames(2);
    clickButton(driver, panel, "Add");
    CHECK(driver.model().findNode(id)->phases == std::vector<std::string>{"p3", "p4"});
    CHECK(driver.undoSteps() == 2);
}

TEST_CASE("phases panel: context scores open the model panel on the phase", "[studio][phases]") {
    studio::ModelPanel model;
    PhasesPanel panel(&model);
    PanelDriver driver(panel);
    openOn(driver, panel, "p2");
    clickButton(driver, panel, "Context");
    CHECK(model.phaseScope() == "p2");
    const auto request = driver.workspace().requests().take<studio::ShowPanelRequest>();
    REQUIRE(request);
    CHECK(request->title == "Model");
    CHECK_FALSE(driver.workspace().requests().has<studio::ShowPanelRequest>());
}
