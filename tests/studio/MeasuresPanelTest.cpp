#include "PanelDriver.hpp"
#include "orgweave/core/Text.hpp"
#include "orgweave/studio/panels/MeasuresPanel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace orgweave;
using studio::MeasuresPanel;
using studio::test::PanelDriver;

namespace {

struct Fixture {
    studio::Workspace workspace;
    MeasuresPanel panel;
    PanelDriver driver{panel, workspace};

    Fixture() {
        workspace.setDocument(studio::test::loadSampleModel("regional-committee.orgweave.json"),
                              "regional.orgweave.json");
        driver.frame();  // starts the analysis
        workspace.analysis().waitUntilIdle();
        driver.frame();  // builds the order
        driver.frame();  // draws the rows
    }
    const core::AnalysisResult& result() const { return workspace.analysis().latest()->analysis; }
};

}  // namespace

TEST_CASE("measures panel: the table shows a row per analysed node", "[studio][measures]") {
    Fixture f;
    REQUIRE(f.workspace.analysis().latest());
    CHECK(f.workspace.analysis().latest()->analysisError.empty());
    CHECK(f.panel.rowOrder().size() == f.result().nodeCount());
    CHECK(f.result().nodeCount() == f.workspace.document().model().nodes.size());
    CHECK_FALSE(f.panel.rowRect(0).empty());
    // Sorted by label (A to Z, ignoring case) before the user sorts.
    const auto& order = f.panel.rowOrder();
    for (std::size_t k = 1; k < order.size(); ++k) {
        CHECK(core::toLowerAscii(MeasuresPanel::cellText(f.result(), MeasuresPanel::Label, order[k - 1])) <=
              core::toLowerAscii(MeasuresPanel::cellText(f.result(), MeasuresPanel::Label, order[k])));
    }
}

TEST_CASE("measures panel: clicking the betweenness header sorts by betweenness", "[studio][measures]") {
    Fixture f;
    f.driver.clickAndLeave(f.panel.headerRect(MeasuresPanel::Betweenness));
    const auto& order = f.panel.rowOrder();
    REQUIRE(order.size() == f.result().nodeCount());
    const auto& b = f.result().betweenness;
    // Highest first (measures prefer descending), and not simply document order.
    for (std::size_t k = 1; k < order.size(); ++k)
        CHECK(b[order[k - 1]] >= b[order[k]]);
    CHECK(b[order.front()] == Approx(*std::max_element(b.begin(), b.end())));
    CHECK(b[order.front()] > b[order.back()]);

    // A second click reverses it.
    f.driver.clickAndLeave(f.panel.headerRect(MeasuresPanel::Betweenness));
    CHECK(b[f.panel.rowOrder().front()] == Approx(*std::min_element(b.begin(), b.end())));
}

TEST_CASE("measures panel: clicking a row selects its node", "[studio][measures]") {
    Fixture f;
    f.driver.clickAndLeave(f.panel.headerRect(MeasuresPanel::Betweenness));
    const std::size_t top = f.panel.rowOrder().front();
    f.driver.clickAndLeave(f.panel.rowRect(0));
    REQUIRE(f.workspace.selection().singleNode());
    CHECK(*f.workspace.selection().singleNode() == f.result().ids[top]);
    CHECK_FALSE(f.workspace.requests().take<studio::FocusRequest>());  // one click selects, it does not frame

    const std::size_t third = f.panel.rowOrder()[2];
    f.driver.clickAndLeave(f.panel.rowRect(2));
    CHECK(*f.workspace.selection().singleNode() == f.result().ids[third]);
}

TEST_CASE("measures panel: the filter keeps matching rows only", "[studio][measures]") {
    Fixture f;
    f.panel.setFilter("practice consultant");
    f.driver.frame();
    const auto& order = f.panel.rowOrder();
    REQUIRE_FALSE(order.empty());
    CHECK(order.size() < f.result().nodeCount());
    for (std::size_t i : order) {
        const std::string text =
            core::toLowerAscii(f.result().labels[i] + " " + f.result().ids[i] + " " +
                               MeasuresPanel::cellText(f.result(), MeasuresPanel::Group, i));
        CHECK(text.find("practice consultant") != std::string::npos);
    }
}

TEST_CASE("measures panel: size by betweenness and colour by kind set the canvas mapping",
          "[studio][measures]") {
    Fixture f;
    CHECK(f.workspace.mapping().sizeBy.empty());
    f.driver.clickAndLeave(f.panel.itemRect("size-by"));
    f.driver.clickAndLeave(f.panel.itemRect("size-by/Betweenness"));
    CHECK(f.workspace.mapping().sizeBy == "betweenness");
    CHECK(f.panel.itemRect("size-by/Betweenness").empty());  // the combo closed

    CHECK(f.workspace.mapping().colorBy == "organization");
    f.driver.clickAndLeave(f.panel.itemRect("colour-by"));
    f.driver.clickAndLeave(f.panel.itemRect("colour-by/Kind"));
    CHECK(f.workspace.mapping().colorBy == "kind");
    CHECK(f.workspace.mapping().sizeBy == "betweenness");
}

TEST_CASE("measures panel: the CSV export writes every node atomically", "[studio][measures]") {
    Fixture f;
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / "orgweave-measures-panel-test.csv";
    std::filesystem::remove(path);
    std::string error;
    REQUIRE(f.panel.exportCsv(f.workspace, path, error));
    std::ifstream in(path);
    std::string header;
    std::getline(in, header);
    CHECK(header.rfind("id,label,kind,group,degree,betweenness,", 0) == 0);
    std::size_t lines = 0;
    for (std::string line; std::getline(in, line);)
        ++lines;
    CHECK(lines == f.result().nodeCount());
    std::filesystem::remove(path);

    CHECK_FALSE(f.panel.exportCsv(f.workspace,
                                  std::filesystem::temp_directory_path() / "no-such-dir" / "x.csv", error));
    CHECK_FALSE(error.empty());
}

TEST_CASE("measures panel: undefined values show as a dash", "[studio][measures]") {
    core::AnalysisResult r;
    r.ids = {"a"};
    r.labels = {"A"};
    r.constraint = {std::nan("")};
    r.degree = {0.5};
    CHECK(MeasuresPanel::cellText(r, MeasuresPanel::Constraint, 0) == "\xE2\x80\x93");
    CHECK(MeasuresPanel::cellText(r, MeasuresPanel::Constraint, 0, true).empty());
    CHECK(MeasuresPanel::cellText(r, MeasuresPanel::Degree, 0) == "0.5000");
    for (int c = 0; c < MeasuresPanel::ColumnCount; ++c)
        CHECK_FALSE(MeasuresPanel::columnHelp(c).empty());
}
