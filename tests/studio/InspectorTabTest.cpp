// Tab moves through the Inspector's fields in form order (Shift+Tab back), and leaving a field by
// Tab, Shift+Tab or a click on a field above commits what was typed in it as one undo step.
#include "PanelDriver.hpp"
#include "orgweave/studio/panels/InspectorPanel.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace orgweave;
using studio::InspectorPanel;
using studio::test::PanelDriver;

namespace {

constexpr int kTab = 258;  // GLFW_KEY_TAB, mapped to ImGuiKey_Tab by HeadlessImGui

/// In the field that has the keyboard: select all and type `text` (no Enter).
void retype(PanelDriver& driver, const std::string& text) {
    ImGui::GetIO().KeyCtrl = true;
    driver.press('A');
    ImGui::GetIO().KeyCtrl = false;
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    driver.frame();
}

}  // namespace

TEST_CASE("inspector: Tab moves through the fields in order and commits each one",
          "[studio][inspector][tab]") {
    InspectorPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.workspace().selection().selectNode("sc");
    driver.frames(2);
    const std::size_t steps = driver.undoSteps();

    const auto label = panel.nodePage().fields().rects().find("##label");
    REQUIRE(label);
    driver.click(*label);
    retype(driver, "Regional committee");
    driver.press(kTab);  // Label → Note
    CHECK(driver.model().findNode("sc")->label == "Regional committee");
    CHECK(driver.undoSteps() == steps + 1);

    retype(driver, "Meets every quarter");
    driver.press(kTab);  // Note → Level
    CHECK(driver.model().findNode("sc")->note == "Meets every quarter");
    CHECK(driver.undoSteps() == steps + 2);

    retype(driver, "1");
    driver.press(kTab);  // Level → Meetings / year
    CHECK(driver.model().findNode("sc")->committee->level == 1);

    retype(driver, "6");
    ImGui::GetIO().KeyShift = true;
    driver.press(kTab);  // Shift+Tab: Meetings / year → back to Level
    ImGui::GetIO().KeyShift = false;
    CHECK(driver.model().findNode("sc")->committee->meetingsPerYear == Approx(6.0));
    CHECK(driver.undoSteps() == steps + 4);

    retype(driver, "2");
    driver.press(kTab);
    CHECK(driver.model().findNode("sc")->committee->level == 2);  // Shift+Tab went back to Level
    CHECK(driver.model().findNode("sc")->committee->meetingsPerYear == Approx(6.0));
    CHECK(driver.undoSteps() == steps + 5);

    // The field being edited also commits when a field above it is clicked (it is drawn after the
    // one that takes the keyboard).
    retype(driver, "12");  // in Meetings / year, where the last Tab went
    driver.click(*label);
    CHECK(driver.model().findNode("sc")->committee->meetingsPerYear == Approx(12.0));
    CHECK(driver.undoSteps() == steps + 6);
}
