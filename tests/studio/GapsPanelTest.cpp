#include "PanelDriver.hpp"
#include "orgweave/studio/panels/GapsPanel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace orgweave;
using studio::GapsPanel;
using studio::test::PanelDriver;

namespace {

struct Fixture {
    studio::Workspace workspace;
    GapsPanel panel;
    PanelDriver driver{panel, workspace};

    Fixture() {
        workspace.setDocument(studio::test::loadSampleModel("regional-committee.orgweave.json"));
        driver.frame();
        workspace.analysis().waitUntilIdle();
        driver.frame();
        driver.frame();
    }
    const core::GapReport& report() const { return workspace.analysis().latest()->gaps; }
};

}  // namespace

TEST_CASE("gaps panel: clicking a finding selects and frames its nodes", "[studio][gaps]") {
    Fixture f;
    REQUIRE(f.workspace.analysis().latest());
    REQUIRE_FALSE(f.report().findings.empty());
    REQUIRE_FALSE(f.panel.drawnFindings().empty());
    CHECK(f.panel.drawnFindings().size() == f.report().findings.size());
    CHECK(f.workspace.selection().empty());
    CHECK(f.workspace.mapping().haloRule.empty());

    // The first finding that names nodes.
    std::size_t k = 0;
    while (k < f.panel.drawnFindings().size() &&
           f.report().findings[f.panel.drawnFindings()[k]].nodes.empty())
        ++k;
    REQUIRE(k < f.panel.drawnFindings().size());
    const core::Finding finding = f.report().findings[f.panel.drawnFindings()[k]];
    f.driver.clickAndLeave(f.panel.findingRect(k));

    std::vector<std::string> selected(f.workspace.selection().nodes().begin(),
                                      f.workspace.selection().nodes().end());
    std::vector<std::string> expected = finding.nodes;
    std::sort(expected.begin(), expected.end());
    expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
    CHECK(selected == expected);
    const auto focus = f.workspace.requests().take<studio::FocusRequest>();
    REQUIRE(focus);
    CHECK(focus->nodeIds == finding.nodes);
    CHECK(f.workspace.mapping().haloRule == finding.rule);

    // Clear focus drops the halo rule and the selection.
    f.driver.clickAndLeave(f.panel.itemRect("clear-focus"));
    CHECK(f.workspace.mapping().haloRule.empty());
    CHECK(f.workspace.selection().empty());
}

TEST_CASE("gaps panel: the severity filter hides findings", "[studio][gaps]") {
    Fixture f;
    REQUIRE_FALSE(f.report().findings.empty());
    const core::FindingSeverity severity = f.report().findings[f.panel.drawnFindings().front()].severity;
    const auto ofSeverity = static_cast<std::size_t>(
        std::count_if(f.report().findings.begin(), f.report().findings.end(),
                      [&](const core::Finding& x) { return x.severity == severity; }));
    const std::string name(core::toString(severity));
    f.driver.clickAndLeave(f.panel.itemRect("show/" + name));
    CHECK_FALSE(f.panel.showsSeverity(severity));
    CHECK(f.panel.drawnFindings().size() == f.report().findings.size() - ofSeverity);
    for (std::size_t k : f.panel.drawnFindings())
        CHECK(f.report().findings[k].severity != severity);
    CHECK(f.panel.visibleCount(f.workspace) == f.report().findings.size() - ofSeverity);

    f.driver.clickAndLeave(f.panel.itemRect("show/" + name));
    CHECK(f.panel.drawnFindings().size() == f.report().findings.size());
}

TEST_CASE("gaps panel: the halo checkbox writes the canvas mapping", "[studio][gaps]") {
    Fixture f;
    CHECK(f.workspace.mapping().showGapHalos);
    f.driver.clickAndLeave(f.panel.itemRect("halos"));
    CHECK_FALSE(f.workspace.mapping().showGapHalos);
}

TEST_CASE("gaps panel: findings are grouped by the elements they relate", "[studio][gaps]") {
    core::Finding finding;
    finding.elements = {core::Element::Learning, core::Element::Architecture};
    CHECK(GapsPanel::elementPairLabel(finding) == "Collaborative learning \xE2\x80\x93 Architecture");
    finding.elements = {core::Element::Architecture};
    CHECK(GapsPanel::elementPairLabel(finding) == "Architecture");
}

TEST_CASE("gaps panel: the evidence is shown, checks passed as well as gaps", "[studio][gaps]") {
    Fixture f;
    REQUIRE(f.workspace.analysis().latest());
    const core::GapReport& report = f.report();
    const int passes = report.passes();
    REQUIRE(passes > 0);
    const std::size_t evaluated = static_cast<std::size_t>(passes) + report.findings.size();
    // "k of n checks pass · g gaps · u not evaluable", the numbers of the report.
    CHECK(f.panel.summary().rfind(
              std::to_string(passes) + " of " + std::to_string(evaluated) + " checks pass", 0) == 0);
    CHECK(f.panel.summary().find(std::to_string(report.findings.size()) + " gaps") != std::string::npos);
    if (!report.notEvaluated.empty())
        CHECK(f.panel.summary().find(std::to_string(report.notEvaluated.size()) + " not evaluable") !=
              std::string::npos);
    // The passed checks are listed once their section is opened.
    CHECK(f.panel.drawnPasses().empty());
    const studio::Rect header = f.panel.itemRect("passed");
    REQUIRE(header.width() > 0.0f);
    f.driver.clickAndLeave(header);
    f.driver.frame();
    CHECK(f.panel.drawnPasses().size() == static_cast<std::size_t>(passes));
    for (std::size_t k : f.panel.drawnPasses())
        CHECK(report.evaluations[k].status == core::CheckStatus::Pass);
}
