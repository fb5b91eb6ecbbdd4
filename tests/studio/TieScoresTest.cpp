// Issue 18, any numeric tie score: ties coloured and weighted by PARTNER trust and value or another
// numeric tie attribute, chosen in the Measures panel's menu, keyed in the legend; the tie matrix by
// any score (organizations rated in a trust and value survey).
#include "HeadlessImGui.hpp"
#include "PanelDriver.hpp"
#include "orgweave/core/PartnerSurveyImport.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/Style.hpp"
#include "orgweave/studio/panels/MeasuresPanel.hpp"
#include "orgweave/studio/panels/RcMatrixPanel.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

using namespace orgweave;
using studio::test::HeadlessImGui;
using studio::test::PanelDriver;

namespace {

/// midcounty-frailty with the sample trust and value survey imported, and a numeric tie attribute
/// "contacts_per_month" on three ties (2, 5, 11).
core::Model surveyedModel() {
    core::Model model = studio::test::loadSampleModel("midcounty-frailty.orgweave.json");
    const core::PartnerImportResult imported = core::importPartnerSurveyFile(
        model, std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / "midcounty-frailty.partner.csv");
    REQUIRE(imported.ok());
    const double contacts[] = {2.0, 5.0, 11.0};
    for (std::size_t i = 0; i < 3; ++i)
        model.ties[i].attrs["contacts_per_month"] = contacts[i];
    return model;
}

}  // namespace

TEST_CASE("tie scores: PARTNER and attribute scores have their scale, bands and names",
          "[studio][tie-scores]") {
    const core::Model model = surveyedModel();
    const std::vector<std::string> names = layouts::tieScoreNames(model);
    const auto has = [&](const std::string& name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    CHECK(names.front() == "rc_index");
    CHECK(has("partner_trust"));
    CHECK(has("partner_value"));
    CHECK(has("partner_openness"));
    CHECK(has("contacts_per_month"));
    CHECK_FALSE(has("partner_respondents"));  // a count
    CHECK_FALSE(has("partner_survey"));       // text
    CHECK(layouts::tieScoreLabel("partner_trust") == "Trust (PARTNER)");

    const layouts::TieScoreScale trust = layouts::tieScoreScale(model, "partner_trust");
    CHECK(trust.low == 1.0);
    CHECK(trust.high == 4.0);
    CHECK(trust.weakBelow == Approx(2.0));
    CHECK(trust.strongAbove == Approx(3.0));
    CHECK_FALSE(trust.relationalCoordination);
    // acute → asc: trust 2 (moderate, at the band's edge), asc → vcs: trust 4 (high, thickest).
    for (const core::Tie& tie : model.ties) {
        if (tie.source == "asc" && tie.target == "vcs") {
            const layouts::TieQuality quality = layouts::tieQuality(tie, "partner_trust", trust);
            CHECK(quality.band == layouts::TieQuality::Band::Strong);
            CHECK(quality.widthFactor == Approx(3.0));
        }
    }
    const layouts::TieScoreScale contacts = layouts::tieScoreScale(model, "contacts_per_month");
    CHECK(contacts.low == 2.0);
    CHECK(contacts.high == 11.0);
    CHECK(contacts.weakBelow == Approx(5.0));
    CHECK(contacts.strongAbove == Approx(8.0));
    CHECK(layouts::tieQuality(model.ties[0], "contacts_per_month", contacts).band ==
          layouts::TieQuality::Band::Weak);
    CHECK(layouts::tieQuality(model.ties[1], "contacts_per_month", contacts).band ==
          layouts::TieQuality::Band::Moderate);
    CHECK(layouts::tieQuality(model.ties[2], "contacts_per_month", contacts).band ==
          layouts::TieQuality::Band::Strong);
    const auto swatches = layouts::tieQualitySwatches(contacts);
    REQUIRE(swatches.size() == 3);
    CHECK(swatches.front().label == "low (< 5)");
    CHECK(swatches.back().label == "high (> 8)");
}

TEST_CASE("tie scores: the Measures panel's ties menu offers trust and value", "[studio][tie-scores]") {
    studio::Workspace workspace;
    workspace.setDocument(surveyedModel(), "partner.orgweave.json");
    studio::MeasuresPanel panel;
    PanelDriver driver{panel, workspace};
    driver.frame();
    driver.clickAndLeave(panel.itemRect("ties-by"));
    REQUIRE_FALSE(panel.itemRect("ties-by/Trust (PARTNER)").empty());
    driver.clickAndLeave(panel.itemRect("ties-by/Trust (PARTNER)"));
    CHECK(workspace.mapping().tieColorBy == "partner_trust");
    driver.clickAndLeave(panel.itemRect("ties-by"));
    driver.clickAndLeave(panel.itemRect("ties-by/contacts per month"));
    CHECK(workspace.mapping().tieColorBy == "contacts_per_month");
}

TEST_CASE("tie scores: the canvas colours and weights ties by trust and keys the bands",
          "[studio][tie-scores]") {
    HeadlessImGui imgui{ImVec2(1200.0f, 800.0f)};
    studio::MainWindow window;
    window.setDocument(surveyedModel(), "partner.orgweave.json");
    imgui.frame([&] { window.draw(); });
    window.workspace().mapping().tieColorBy = "partner_trust";
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    CHECK(window.canvas().legend().hasTieKey());
    CHECK(window.canvas().legend().tieKeyHeading() == "Ties: Trust (PARTNER)");
    const core::Model& model = *window.workspace().model();
    const layouts::TieScoreScale scale = layouts::tieScoreScale(model, "partner_trust");
    std::set<ImU32> colours;
    std::size_t scored = 0;
    for (const studio::Scene::TieItem& item : window.canvas().scene().ties()) {
        const layouts::TieQuality quality =
            layouts::tieQuality(model.ties[item.modelIndex], "partner_trust", scale);
        if (quality.band == layouts::TieQuality::Band::None)
            continue;
        ++scored;
        CHECK(item.style.color == studio::imColor(quality.color));
        CHECK(item.style.thickness >= 1.4f);
        colours.insert(item.style.color);
    }
    CHECK(scored == 20);
    CHECK(colours.size() >= 2);  // low and high trust are told apart
}

TEST_CASE("tie scores: the tie matrix shows organizations rated by trust", "[studio][tie-scores]") {
    studio::Workspace workspace;
    workspace.setDocument(surveyedModel(), "partner.orgweave.json");
    studio::RcMatrixPanel panel;
    PanelDriver driver{panel, workspace};
    driver.frame();
    // The sample has no RC scores: the panel opens on the first score the ties have.
    CHECK(panel.score() == "partner_trust");
    CHECK(panel.scoredCells() == 20);
    panel.setScore("rc_index");
    driver.frame();
    CHECK(panel.scoredCells() == 0);
    panel.setScore("partner_trust");
    driver.frame();
    CHECK(panel.scoredCells() == 20);
    REQUIRE(panel.roles().size() == 7);
    for (const std::string& id : panel.roles())
        CHECK(workspace.model()->findNode(id)->kind == core::NodeKind::Organization);
    panel.setScore("contacts_per_month");
    driver.frame();
    CHECK(panel.scoredCells() >= 3);
}

TEST_CASE("tie scores: the legend with tie and shape keys stays inside a narrow canvas",
          "[studio][tie-scores]") {
    HeadlessImGui imgui{ImVec2(1000.0f, 700.0f)};
    studio::MainWindow window;
    window.setDocument(surveyedModel(), "partner.orgweave.json");
    window.workspace().mapping().tieColorBy = "partner_trust";
    window.workspace().mapping().shapeBy = "sector";
    for (int i = 0; i < 4; ++i)
        imgui.frame([&] { window.draw(); });
    window.canvas().requestFit();
    for (int i = 0; i < 3; ++i)
        imgui.frame([&] { window.draw(); });
    const studio::Legend& legend = window.canvas().legend();
    REQUIRE(legend.hasShapeKey());
    const studio::Rect canvas = window.canvas().viewport();
    const studio::Rect box = legend.rect();
    INFO("canvas " << canvas.width() << " x " << canvas.height() << ", legend " << box.width() << " x "
                   << box.height());
    CHECK(box.min.x >= canvas.min.x);
    CHECK(box.max.x <= canvas.max.x);
    CHECK(box.max.y <= canvas.max.y);
}

TEST_CASE("tie scores: only the survey wave in use is drawn, never mixed with another",
          "[studio][tie-scores][waves]") {
    // Two rounds of the trust and value survey: w1 (2023) and w2 (2024), a tie per pair and wave.
    core::Model model = studio::test::loadSampleModel("midcounty-frailty.orgweave.json");
    const auto survey = std::filesystem::path(ORGWEAVE_SAMPLES_DIR) / "midcounty-frailty.partner.csv";
    core::PartnerImportOptions first;
    first.wave = "w1";
    first.waveDate = "2023-05";
    REQUIRE(core::importPartnerSurveyFile(model, survey, first).ok());
    core::PartnerImportOptions second;
    second.wave = "w2";
    second.waveDate = "2024-05";
    REQUIRE(core::importPartnerSurveyFile(model, survey, second).ok());

    // The document has no phases: its latest wave, w2, is the one in use.
    const layouts::TieScoreScale trust = layouts::tieScoreScale(model, "partner_trust");
    REQUIRE(trust.wavesRecorded);
    REQUIRE(trust.wave == std::optional<std::string>("w2"));
    std::size_t drawn = 0;
    std::size_t absent = 0;
    for (const core::Tie& tie : model.ties) {
        if (!layouts::tieScore(tie, "partner_trust"))
            continue;
        const bool inUse = tie.attrs.at("partner_wave") == "w2";
        CHECK(layouts::tieScore(tie, "partner_trust", trust).has_value() == inUse);
        CHECK((layouts::tieQuality(tie, "partner_trust", trust).band == layouts::TieQuality::Band::None) ==
              !inUse);
        (inUse ? drawn : absent) += 1;
    }
    CHECK(drawn == 20);
    CHECK(absent == 20);
    // A score that belongs to no survey is drawn whatever the waves.
    CHECK_FALSE(layouts::tieScoreScale(model, "weight").relationalCoordination);
}
