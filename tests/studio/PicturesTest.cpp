// Issue 18, pictures that explain: labels on the canvas (full where there is room; the selected,
// the highlighted and organization names win), colours beyond the palette, communities.
#include "HeadlessImGui.hpp"
#include "PanelDriver.hpp"
#include "TestDocuments.hpp"
#include "orgweave/core/Utf8Text.hpp"
#include "orgweave/layouts/NodeMapping.hpp"
#include "orgweave/studio/canvas/Canvas.hpp"
#include "orgweave/studio/canvas/Painter.hpp"
#include "orgweave/studio/panels/RcMatrixPanel.hpp"
#include "orgweave/studio/session/MainWindow.hpp"
#include "orgweave/studio/support/Theme.hpp"

#include "FileTestSupport.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <set>
#include <string>

using namespace orgweave;
using studio::Canvas;
using studio::test::HeadlessImGui;

namespace {

/// An organization with `roles` roles crowded around it (a dense picture at scale).
core::Model crowdedOrganization(int roles) {
    core::Model model;
    core::Node organization;
    organization.id = "trust";
    organization.kind = core::NodeKind::Organization;
    organization.type = "hospital_trust";
    organization.label = "Hospital trust";
    model.nodes.push_back(organization);
    model.layout.positions["trust"] = {0.0, 0.0};
    for (int k = 0; k < roles; ++k) {
        core::Node role;
        role.id = "role-" + std::to_string(k);
        role.kind = core::NodeKind::Role;
        role.organization = "trust";
        model.nodes.push_back(role);
        const double angle = 2.0 * 3.14159265 * k / roles;
        const double radius = 14.0 + 6.0 * (k % 4);
        model.layout.positions[role.id] = {radius * std::cos(angle), radius * std::sin(angle)};
    }
    // Far corners so the fit zooms out and the crowd becomes small.
    for (int k = 0; k < 4; ++k) {
        core::Node far;
        far.id = "far-" + std::to_string(k);
        far.kind = core::NodeKind::Role;
        model.nodes.push_back(far);
        model.layout.positions[far.id] = {k % 2 == 0 ? -900.0 : 900.0, k < 2 ? -600.0 : 600.0};
    }
    return model;
}

}  // namespace

TEST_CASE("labels: a long label is drawn in full where there is room", "[studio][labels]") {
    HeadlessImGui imgui{ImVec2(1400.0f, 900.0f)};
    core::Model model = studio::test::smallNetwork();
    const std::string longLabel = "Sykehuset Østfold HF, klinikk for medisin og rehabilitering";
    REQUIRE(longLabel.size() > 30);
    model.nodes[0].label = longLabel;
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    REQUIRE(canvas.labelShown(0));
    ImFont* font = canvas.boldFont() != nullptr ? canvas.boldFont() : ImGui::GetFont();
    const float full =
        studio::Painter::labelRect(font, font->FontSize, {0.0f, 0.0f}, longLabel, canvas.scale()).width();
    bool drawnInFull = false;
    for (const studio::Rect& rect : canvas.labelRects())
        drawnInFull = drawnInFull || std::abs(rect.width() - full) < 1.0f;
    CHECK(drawnInFull);
    CHECK(canvas.scene().nodes()[0].label.size() <= 32);  // the short form exists for crowded places
}

TEST_CASE("labels: at scale the organization's name wins over its roles", "[studio][labels]") {
    HeadlessImGui imgui{ImVec2(900.0f, 600.0f)};
    const core::Model model = crowdedOrganization(60);
    Canvas canvas;
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    CHECK(canvas.labelShown(0));
    CHECK(canvas.stats().labelsSkipped > 0);  // the roles give way
    const auto& rects = canvas.labelRects();
    for (std::size_t a = 0; a < rects.size(); ++a) {
        for (std::size_t b = a + 1; b < rects.size(); ++b)
            CHECK_FALSE(rects[a].overlaps(rects[b]));
    }
}

TEST_CASE("labels: the selected and the highlighted nodes are always labelled", "[studio][labels]") {
    HeadlessImGui imgui{ImVec2(900.0f, 600.0f)};
    studio::MainWindow window;
    window.setDocument(crowdedOrganization(60), "crowd.orgweave.json");
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    const Canvas& canvas = window.canvas();
    const std::size_t selected = *canvas.indexOf("role-7");
    const std::size_t highlighted = *canvas.indexOf("role-31");
    REQUIRE_FALSE(canvas.labelShown(selected));
    REQUIRE_FALSE(canvas.labelShown(highlighted));
    window.workspace().selection().selectNode("role-7");
    window.workspace().mapping().highlighted = {"role-31"};
    imgui.frame([&] { window.draw(); });
    CHECK(canvas.labelShown(selected));
    CHECK(canvas.labelShown(highlighted));
    CHECK(canvas.labelShown(0));  // the organization keeps its name as well
}

TEST_CASE("fonts: a document's scripts are merged into the atlas (issue 18)", "[studio][fonts]") {
    core::Model model = studio::test::smallNetwork();
    model.nodes[0].label = "Больница Αθήνα";  // Cyrillic, Greek: DejaVu Sans, in the base ranges
    model.nodes[1].label = "東京病院";        // CJK
    model.nodes[2].label = "서울 병원 ☎";     // Hangul, a BMP symbol
    const std::set<ImWchar> characters = studio::Theme::charactersOf(model);
    CHECK(characters.count(0x6771) == 1);   // 東
    CHECK(characters.count(0xC11C) == 1);   // 서
    CHECK(characters.count(0x260E) == 1);   // ☎
    CHECK(characters.count(0x0411) == 0);   // Б is in the base ranges
    CHECK(characters.size() == 4 + 4 + 1);  // 東京病院, 서울병원, ☎

    studio::Theme theme;
    CHECK(theme.wantCharacters(characters));
    CHECK_FALSE(theme.wantCharacters(characters));  // nothing new: no rebuild
    ImFontAtlas atlas;
    theme.loadFonts(atlas, 1.0f);
    REQUIRE(atlas.Build());
    if (!theme.hasTrueTypeFont()) {
        WARN("DejaVu Sans is not installed: the built-in font has no other scripts");
        return;
    }
    ImFont* regular = theme.regular();
    CHECK(regular->FindGlyphNoFallback(0x0411) != nullptr);  // Б
    CHECK(regular->FindGlyphNoFallback(0x03B8) != nullptr);  // θ
    const bool cjkInstalled =
        std::filesystem::exists("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    if (cjkInstalled) {
        CHECK(theme.fallbacksMerged() > 0);
        CHECK(regular->FindGlyphNoFallback(0x6771) != nullptr);  // 東
        CHECK(regular->FindGlyphNoFallback(0xC11C) != nullptr);  // 서
        CHECK(theme.bold()->FindGlyphNoFallback(0x6771) != nullptr);
    } else {
        WARN("fonts-noto-cjk is not installed: CJK labels show the replacement glyph");
    }
    if (std::filesystem::exists("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"))
        CHECK(regular->FindGlyphNoFallback(0x260E) != nullptr);  // ☎
    // A character outside the ranges is not in the atlas: only what documents use is built.
    CHECK(regular->FindGlyphNoFallback(0x5BFA) == nullptr);  // 寺
}

TEST_CASE("tie quality: the canvas colours ties by RC and keys the bands (issue 18)", "[studio][rc]") {
    HeadlessImGui imgui{ImVec2(1200.0f, 800.0f)};
    studio::MainWindow window;
    window.setDocument(studio::test::loadSampleModel("relational-coordination.orgweave.json"),
                       "rc.orgweave.json");
    imgui.frame([&] { window.draw(); });
    const core::Model& model = *window.workspace().model();
    std::size_t scored = 0;
    for (const core::Tie& tie : model.ties)
        scored += tie.details->rc.empty() ? 0 : 1;
    REQUIRE(scored > 0);
    window.workspace().mapping().tieColorBy = "rc_index";
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
    CHECK(window.canvas().legend().hasTieKey());
    std::set<ImU32> colours;
    for (const studio::Scene::TieItem& item : window.canvas().scene().ties()) {
        const core::Tie& tie = model.ties[item.modelIndex];
        const layouts::TieQuality quality = layouts::tieQuality(tie, "rc_index");
        if (quality.band == layouts::TieQuality::Band::None)
            continue;
        CHECK(item.style.color == studio::imColor(quality.color));
        colours.insert(item.style.color);
    }
    CHECK_FALSE(colours.empty());
    window.workspace().mapping().tieColorBy.clear();
    imgui.frame([&] { window.draw(); });
    CHECK_FALSE(window.canvas().legend().hasTieKey());
}

TEST_CASE("export: the picture is the canvas's own drawing (issue 18)", "[studio][export]") {
    HeadlessImGui imgui{ImVec2(1200.0f, 800.0f)};
    Canvas canvas;
    core::Model model = studio::test::smallNetwork();
    model.nodes[1].label = "東京 Больница";
    canvas.setModel(&model);
    imgui.windowFrame([&] { canvas.draw(); });
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "orgweave-pictures-test";
    std::filesystem::create_directories(folder);
    const std::filesystem::path svg = folder / "canvas.svg";
    canvas.requestExport(svg);
    CHECK(canvas.exportPending());
    imgui.windowFrame([&] { canvas.draw(); });
    const auto result = canvas.takeExportResult();
    REQUIRE(result);
    CHECK(result->error.empty());
    const std::string text = studio::test::readFileBytes(svg);
    CHECK(text.rfind("<?xml", 0) == 0);
    CHECK(text.find("Legend") != std::string::npos);
    CHECK(text.find("東京 Больница") != std::string::npos);
    CHECK(text.find("Noto Sans CJK") != std::string::npos);  // a font for every script
    // Every label the canvas drew is in the picture.
    for (std::size_t i = 0; i < canvas.nodeCount(); ++i) {
        if (canvas.labelShown(i)) {
            INFO(canvas.scene().nodes()[i].fullLabel);
            const std::string& full = canvas.scene().nodes()[i].fullLabel;
            const std::string& shortLabel = canvas.scene().nodes()[i].label;
            CHECK((text.find(">" + full + "<") != std::string::npos ||
                   text.find(">" + shortLabel + "<") != std::string::npos));
        }
    }
    // The picture has the canvas's size.
    CHECK(text.find("width=\"" + std::to_string(static_cast<int>(canvas.viewport().width())) + "\"") !=
          std::string::npos);

    SECTION("PNG and PDF") {
        canvas.requestExport(folder / "canvas.png");
        imgui.windowFrame([&] { canvas.draw(); });
        REQUIRE(canvas.takeExportResult()->error.empty());
        CHECK(studio::test::readFileBytes(folder / "canvas.png").substr(0, 8) ==
              std::string("\x89PNG\r\n\x1a\n", 8));
        canvas.requestExport(folder / "canvas.pdf");
        imgui.windowFrame([&] { canvas.draw(); });
        REQUIRE(canvas.takeExportResult()->error.empty());
        CHECK(studio::test::readFileBytes(folder / "canvas.pdf").substr(0, 4) == "%PDF");
    }
    SECTION("the current camera, or the whole network") {
        canvas.zoomBy(4.0f);
        imgui.windowFrame([&] { canvas.draw(); });
        const int zoomedLabels = canvas.stats().labelsDrawn;
        const float zoom = canvas.camera().zoom();
        canvas.requestExport(folder / "zoomed.svg");
        imgui.windowFrame([&] { canvas.draw(); });
        REQUIRE(canvas.takeExportResult()->error.empty());
        canvas.requestExport(folder / "all.svg", true);
        imgui.windowFrame([&] { canvas.draw(); });
        REQUIRE(canvas.takeExportResult()->error.empty());
        CHECK(canvas.camera().zoom() == Approx(zoom));  // the view came back
        const std::string zoomed = studio::test::readFileBytes(folder / "zoomed.svg");
        const std::string all = studio::test::readFileBytes(folder / "all.svg");
        const auto count = [](const std::string& s, const std::string& what) {
            std::size_t n = 0;
            for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1))
                ++n;
            return n;
        };
        CHECK(count(all, "<text") >= count(zoomed, "<text"));
        CHECK(zoomedLabels <= static_cast<int>(canvas.nodeCount()));
    }
    SECTION("a bad extension is an error, not a crash") {
        canvas.requestExport(folder / "canvas.txt");
        imgui.windowFrame([&] { canvas.draw(); });
        const auto bad = canvas.takeExportResult();
        REQUIRE(bad);
        CHECK_FALSE(bad->error.empty());
    }
}

TEST_CASE("rc matrix: roles by organization with their RC in bands (issue 18)", "[studio][rc]") {
    studio::Workspace workspace;
    workspace.setDocument(studio::test::loadSampleModel("relational-coordination.orgweave.json"),
                          "rc.orgweave.json");
    studio::RcMatrixPanel panel;
    studio::test::PanelDriver driver{panel, workspace};
    driver.frame();
    REQUIRE_FALSE(panel.roles().empty());
    CHECK(panel.scoredCells() > 0);
    const core::Model& model = *workspace.model();
    // Sorted by organization: each organization's roles are together.
    std::vector<std::string> organizations;
    for (const std::string& id : panel.roles()) {
        const core::Node* role = model.findNode(id);
        REQUIRE(role != nullptr);
        CHECK(role->kind == core::NodeKind::Role);
        if (organizations.empty() || organizations.back() != role->organization)
            organizations.push_back(role->organization);
    }
    const std::set<std::string> distinct(organizations.begin(), organizations.end());
    CHECK(distinct.size() == organizations.size());
    // By profession: roles of one type are together.
    panel.setSortBy(studio::RcMatrixPanel::SortBy::Profession);
    driver.frame();
    std::vector<std::string> types;
    for (const std::string& id : panel.roles()) {
        const std::string& type = model.findNode(id)->type;
        if (types.empty() || types.back() != type)
            types.push_back(type);
    }
    CHECK(std::set<std::string>(types.begin(), types.end()).size() == types.size());
    // One dimension has at most as many scored cells as the index.
    const std::size_t all = panel.scoredCells();
    panel.setScore("shared_goals");
    driver.frame();
    CHECK(panel.scoredCells() <= all);
}
