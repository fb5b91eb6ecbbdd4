// `orgweave render`: pictures written, exit codes (DESIGN.md §7; issue 5 item 5).
#include "CliHarness.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

using namespace orgweave::test;

/// Runs `orgweave render SAMPLE --out OUT EXTRA` in the scratch folder.
Run render(const Scratch& scratch, const std::string& sample, const fs::path& out, const std::string& extra) {
    const fs::path input = fs::path(ORGWEAVE_SAMPLES_DIR) / (sample + ".orgweave.json");
    return scratch.orgweave("render " + quote(input) + " --out " + quote(out) + " " + extra);
}

}  // namespace

TEST_CASE("render writes a PNG sized by betweenness", "[cli][render]") {
    Scratch scratch;
    const fs::path out = scratch / "rc.png";
    const Run run =
        render(scratch, "regional-committee", out, "--color-by organization --size-by betweenness");
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string bytes = readText(out);
    REQUIRE(bytes.size() > 20000);
    CHECK(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_CASE("render writes SVG and PDF with a view", "[cli][render]") {
    Scratch scratch;
    const Run svg = render(scratch, "regional-committee", scratch / "v.svg", "--view v-boundary");
    INFO(svg.err);
    CHECK(svg.status == 0);
    CHECK(readText(scratch / "v.svg").find("Legend") != std::string::npos);
    const Run pdf = render(scratch, "innlandet-like", scratch / "p.pdf", "--phase p1");
    INFO(pdf.err);
    CHECK(pdf.status == 0);
    CHECK(readText(scratch / "p.pdf").substr(0, 4) == "%PDF");
}

TEST_CASE("render of an unknown view phase or measure exits 1", "[cli][render]") {
    Scratch scratch;
    const Run view = render(scratch, "regional-committee", scratch / "x.svg", "--view nope");
    CHECK(view.status == 1);
    CHECK(view.err.find("nope") != std::string::npos);
    CHECK(render(scratch, "regional-committee", scratch / "x.svg", "--phase nope").status == 1);
    const Run measure = render(scratch, "regional-committee", scratch / "x.svg", "--size-by fame");
    CHECK(measure.status == 1);
    CHECK(measure.err.find("fame") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch / "x.svg"));
}

TEST_CASE("render to an unknown extension exits 2", "[cli][render]") {
    Scratch scratch;
    const Run run = render(scratch, "regional-committee", scratch / "x.gif", "");
    CHECK(run.status == 2);
    CHECK(run.err.find(".svg") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch / "x.gif"));
}

TEST_CASE("render with gaps outlines the nodes findings name and says so in the legend", "[cli][render]") {
    Scratch scratch;
    const Run plain = render(scratch, "regional-committee", scratch / "plain.svg", "");
    const Run gaps = render(scratch, "regional-committee", scratch / "gaps.svg", "--gaps");
    INFO(gaps.err);
    REQUIRE(plain.status == 0);
    REQUIRE(gaps.status == 0);
    const std::string withGaps = readText(scratch / "gaps.svg");
    const std::string without = readText(scratch / "plain.svg");
    // The sample has warnings (amber outlines) and the legend names them.
    CHECK(withGaps.find("#e68c00") != std::string::npos);
    CHECK(withGaps.find("warning gap") != std::string::npos);
    CHECK(without.find("#e68c00") == std::string::npos);
    CHECK(without.find("warning gap") == std::string::npos);
}

TEST_CASE("render all views writes a PDF deck or PNG slides", "[cli][render][slides]") {
    Scratch scratch;
    const fs::path pdf = scratch / "deck.pdf";
    Run run = render(scratch, "innlandet-like", pdf, "--all-views");
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(fs::file_size(pdf) > 1000);
    CHECK(run.out.find("3 pages") != std::string::npos);

    const fs::path folder = scratch / "slides";
    run = render(scratch, "innlandet-like", fs::path(folder.string() + "/"), "--all-views");
    INFO(run.err);
    REQUIRE(run.status == 0);
    CHECK(fs::exists(folder / "innlandet-like-01-v-p1.png"));
    CHECK(fs::exists(folder / "innlandet-like-02-v-p2.png"));
    CHECK(fs::exists(folder / "innlandet-like-03-v-reflect.png"));
}

TEST_CASE("render all views refuses an SVG target or a single view", "[cli][render][slides]") {
    Scratch scratch;
    Run run = render(scratch, "innlandet-like", scratch / "deck.svg", "--all-views");
    CHECK(run.status == 2);
    CHECK(run.err.find("--all-views") != std::string::npos);
    run = render(scratch, "innlandet-like", scratch / "deck.pdf", "--all-views --view v-p1");
    CHECK(run.status == 2);
    CHECK_FALSE(fs::exists(scratch / "deck.pdf"));
}

TEST_CASE("render --color-by community colours the detected communities (issue 18)", "[cli][render]") {
    Scratch scratch;
    const Run run = render(scratch, "regional-committee", scratch / "c.svg", "--color-by community");
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string svg = readText(scratch / "c.svg");
    CHECK(svg.find("Colour: community") != std::string::npos);
    CHECK(svg.find("community 1 (") != std::string::npos);
    CHECK(svg.find("community 2 (") != std::string::npos);
}

TEST_CASE("render of a view is the studio canvas's picture with its note title and legend (issue 18)",
          "[cli][render][canvas]") {
    Scratch scratch;
    // The Innlandet-like sample with a note on the canvas; view v-p1 shows phase 1, so the nodes of
    // phase 2 (the partnership board) are ghosted.
    nlohmann::json document =
        nlohmann::json::parse(readText(fs::path(ORGWEAVE_SAMPLES_DIR) / "innlandet-like.orgweave.json"));
    document["layout"]["notes"] = nlohmann::json::array(
        {{{"id", "note-1"}, {"text", "Tracks report here"}, {"x", 1900.0}, {"y", 40.0}}});
    writeText(scratch / "noted.orgweave.json", document.dump());
    const Run run = scratch.orgweave("render " + quote(scratch / "noted.orgweave.json") +
                                     " --view v-p1 --out " + quote(scratch / "p1.svg"));
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string svg = readText(scratch / "p1.svg");
    CHECK(svg.find("width=\"1600\"") != std::string::npos);
    CHECK(svg.find("height=\"1000\"") != std::string::npos);
    CHECK(svg.find("Phase 1: advisory committee and seven regional tracks") != std::string::npos);
    CHECK(svg.find("Tracks report here") != std::string::npos);
    CHECK(svg.find("Legend") != std::string::npos);
    CHECK(svg.find(">Nodes<") != std::string::npos);
    std::string partner;
    for (const auto& node : document["nodes"]) {
        if (node["id"] == "partner")
            partner = node.value("label", std::string());
    }
    REQUIRE_FALSE(partner.empty());
    CHECK(svg.find(">" + partner + "<") != std::string::npos);

    SECTION("a size of one's own, PNG and PDF") {
        const Run small =
            scratch.orgweave("render " + quote(kSample) + " --view v-seats --width 800 --height 500 --out " +
                             quote(scratch / "seats.svg"));
        REQUIRE(small.status == 0);
        CHECK(readText(scratch / "seats.svg").find("width=\"800\" height=\"500\"") != std::string::npos);
        REQUIRE(scratch
                    .orgweave("render " + quote(kSample) + " --view v-seats --out " +
                              quote(scratch / "seats.png"))
                    .status == 0);
        CHECK(readText(scratch / "seats.png").substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
        REQUIRE(scratch
                    .orgweave("render " + quote(kSample) + " --view v-seats --out " +
                              quote(scratch / "seats.pdf"))
                    .status == 0);
        CHECK(readText(scratch / "seats.pdf").substr(0, 4) == "%PDF");
        CHECK(scratch
                  .orgweave("render " + quote(kSample) + " --view v-seats --width 20 --out " +
                            quote(scratch / "tiny.svg"))
                  .status == 2);
    }
}

TEST_CASE("render --ties-by colours ties weak to strong with the legend key (issue 18)",
          "[cli][render][canvas]") {
    Scratch scratch;
    const fs::path input = fs::path(ORGWEAVE_SAMPLES_DIR) / "relational-coordination.orgweave.json";
    const Run run =
        scratch.orgweave("render " + quote(input) + " --ties-by rc_index --out " + quote(scratch / "rc.svg"));
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string svg = readText(scratch / "rc.svg");
    CHECK(svg.find("Ties: RC index") != std::string::npos);
    CHECK(svg.find("weak (&lt; 3.5)") != std::string::npos);
    // The bands' colours (Okabe–Ito): weak red-orange, moderate amber, strong bluish green.
    CHECK(svg.find("#D55E00") != std::string::npos);
    CHECK(svg.find("#009E73") != std::string::npos);

    const Run plain =
        scratch.orgweave("render " + quote(input) + " --view v-rc --out " + quote(scratch / "plain.svg"));
    REQUIRE(plain.status == 0);
    CHECK(readText(scratch / "plain.svg").find("Ties: RC index") == std::string::npos);
}

TEST_CASE("render of an unknown view or tie score exits 1 and names what is known (issue 18)",
          "[cli][render][canvas]") {
    Scratch scratch;
    const fs::path input = fs::path(ORGWEAVE_SAMPLES_DIR) / "relational-coordination.orgweave.json";
    const Run view =
        scratch.orgweave("render " + quote(input) + " --view nope --out " + quote(scratch / "x.svg"));
    CHECK(view.status == 1);
    CHECK(view.err.find("unknown view 'nope' (known: v-rc, v-learning)") != std::string::npos);
    const Run ties =
        scratch.orgweave("render " + quote(input) + " --ties-by fame --out " + quote(scratch / "x.svg"));
    CHECK(ties.status == 1);
    CHECK(ties.err.find("unknown tie score 'fame' (known: rc_index") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch / "x.svg"));
    const Run slides = scratch.orgweave("render " + quote(input) + " --all-views --ties-by rc_index --out " +
                                        quote(scratch / "deck.pdf"));
    CHECK(slides.status == 2);
}
