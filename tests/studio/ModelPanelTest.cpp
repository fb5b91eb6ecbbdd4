#include "PanelDriver.hpp"
#include "orgweave/studio/panels/ModelPanel.hpp"

#include <catch2/catch.hpp>

using namespace orgweave;
using studio::ItemRect;
using studio::ModelPanel;
using studio::test::PanelDriver;

TEST_CASE("model panel: the siloed structures slider is one annotation edit on release", "[studio][model]") {
    ModelPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.frames(2);
    REQUIRE(driver.model().annotations.context.system.at("siloed_structures").score == 4);
    const std::size_t steps = driver.undoSteps();

    // System sliders come first, in vocabulary order: external drivers, diverse actors, siloed.
    const auto slider = panel.fields().rects().find("##score", 2);
    REQUIRE(slider);
    driver.imgui().mouseAt(ImVec2(slider->max.x - 2.0f, slider->center().y));
    driver.imgui().mouseButton(0, true);
    driver.frame();
    CHECK(driver.undoSteps() == steps);
    driver.imgui().mouseButton(0, false);
    driver.frame();
    CHECK(driver.model().annotations.context.system.at("siloed_structures").score == 5);
    CHECK(driver.model().annotations.context.system.at("siloed_structures").note ==
          "Two levels of government with separate budgets, records and line management");
    CHECK(driver.undoSteps() == steps + 1);
    CHECK(driver.workspace().document().history().at(steps).description().find("Siloed structures") !=
          std::string::npos);
}

TEST_CASE("model panel: unticking a factor removes its score", "[studio][model]") {
    ModelPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.frames(2);
    const auto slider = panel.fields().rects().find("##score", 4);  // restricted resources
    REQUIRE(slider);
    // The "scored" checkbox sits just left of the slider.
    driver.click(ImVec2(slider->min.x - ImGui::GetFrameHeight() * 0.5f - ImGui::GetStyle().ItemSpacing.x,
                        slider->center().y));
    CHECK(driver.model().annotations.context.system.count("restricted_resources") == 0);
    CHECK(driver.undoSteps() == 1);
}

TEST_CASE("model panel: the alignment heat map draws once the analysis finished", "[studio][model]") {
    ModelPanel panel;
    PanelDriver driver(panel);
    driver.openSample("regional-committee.orgweave.json");
    driver.frame();
    driver.workspace().analysis().waitUntilIdle();
    driver.frame();
    REQUIRE(driver.workspace().analysis().latest());
    CHECK(panel.heatMap().drawn());
    const core::GapReport& gaps = driver.workspace().analysis().latest()->gaps;
    REQUIRE_FALSE(gaps.findings.empty());

    // Hover the cell with most gaps: its tooltip lists as many findings as the cell has gaps.
    std::size_t bestRow = 0;
    std::size_t bestColumn = 0;
    for (std::size_t r = 0; r < 4; ++r)
        for (std::size_t c = 0; c < 4; ++c)
            if (gaps.alignment.cells[r][c].gaps() > gaps.alignment.cells[bestRow][bestColumn].gaps()) {
                bestRow = r;
                bestColumn = c;
            }
    const auto [min, max] = panel.heatMap().cellRect(bestRow, bestColumn);
    driver.hover(ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f));
    driver.frame();
    REQUIRE(panel.heatMap().hoveredCell() == std::make_pair(bestRow, bestColumn));
    CHECK(static_cast<int>(panel.heatMap().tooltipFindings().size()) ==
          gaps.alignment.cells[bestRow][bestColumn].gaps());
    core::AlignmentScore allPass;
    allPass.add(true, 1.0);
    core::AlignmentScore halfFail = allPass;
    halfFail.add(false, 1.0);
    core::AlignmentScore allFail;
    allFail.add(false, 2.0);
    CHECK(studio::AlignmentHeatMap::cellColor(allPass) == IM_COL32(255, 255, 255, 255));
    CHECK(studio::AlignmentHeatMap::cellColor(allFail) != studio::AlignmentHeatMap::cellColor(halfFail));
    // Nothing evaluated is grey, never the colour of a cell where everything passes.
    CHECK(studio::AlignmentHeatMap::cellColor(core::AlignmentScore{}) !=
          studio::AlignmentHeatMap::cellColor(allPass));
}
