// Every view as slides (layouts/SlideDeck.hpp; issue 8 item 4): one PDF page and one non-blank PNG
// per view, named "<stem>-01-<view-id>.png", and one slide for a document without views.
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/core/ViewFilter.hpp>
#include <orgweave/layouts/Renderer.hpp>
#include <orgweave/layouts/SlideDeck.hpp>

#include <cairo.h>
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace orgweave;

namespace {

core::Model loadSample(const std::string& name) {
    core::LoadResult loaded = core::loadDocument(fs::path(ORGWEAVE_SAMPLES_DIR) / (name + ".orgweave.json"));
    REQUIRE(loaded.ok());
    return *loaded.model;
}

struct Scratch {
    fs::path dir;
    Scratch() {
        std::random_device rd;
        dir = fs::temp_directory_path() / ("orgweave-slides-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

/// Page objects in a PDF ("/Type /Page", not "/Type /Pages"), without a PDF library.
std::size_t pdfPages(const fs::path& pdf) {
    std::ifstream in(pdf, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string text = s.str();
    std::size_t pages = 0;
    for (std::size_t at = text.find("/Type /Page"); at != std::string::npos;
         at = text.find("/Type /Page", at + 1)) {
        if (text.compare(at, 12, "/Type /Pages") != 0)
            ++pages;
    }
    return pages;
}

struct PngFacts {
    int width = 0;
    int height = 0;
    double inkShare = 0.0;  ///< pixels that are not near-white
};

PngFacts readPng(const fs::path& png) {
    cairo_surface_t* surface = cairo_image_surface_create_from_png(png.c_str());
    PngFacts facts;
    if (cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS) {
        facts.width = cairo_image_surface_get_width(surface);
        facts.height = cairo_image_surface_get_height(surface);
        const int stride = cairo_image_surface_get_stride(surface);
        const unsigned char* data = cairo_image_surface_get_data(surface);
        std::size_t ink = 0;
        for (int y = 0; y < facts.height; ++y) {
            for (int x = 0; x < facts.width; ++x) {
                const unsigned char* p = data + y * stride + x * 4;  // B G R A
                if (p[0] < 230 || p[1] < 230 || p[2] < 230)
                    ++ink;
            }
        }
        facts.inkShare = static_cast<double>(ink) / (static_cast<double>(facts.width) * facts.height);
    }
    cairo_surface_destroy(surface);
    return facts;
}

}  // namespace

TEST_CASE("a deck of innlandet-like has a PDF page and a PNG slide per view", "[layouts][slides]") {
    const core::Model model = loadSample("innlandet-like");
    REQUIRE(model.annotations.views.size() == 3);
    Scratch scratch;
    const layouts::SlideDeck deck(model);
    REQUIRE(deck.slides().size() == 3);

    const fs::path pdf = scratch.dir / "deck.pdf";
    deck.writePdf(pdf);
    REQUIRE(fs::exists(pdf));
    CHECK(pdfPages(pdf) == 3);

    const std::vector<fs::path> pngs = deck.writePngs(scratch.dir / "slides", "innlandet-like");
    REQUIRE(pngs.size() == 3);
    for (std::size_t k = 0; k < pngs.size(); ++k) {
        const std::string& id = model.annotations.views[k].id;
        CHECK(pngs[k].filename().string() == "innlandet-like-0" + std::to_string(k + 1) + "-" + id + ".png");
        REQUIRE(fs::exists(pngs[k]));
        const PngFacts facts = readPng(pngs[k]);
        CHECK(facts.width == 1920);
        CHECK(facts.height == 1080);
        CHECK(facts.inkShare > 0.01);  // a picture, not a blank page
    }
    // Nothing is left behind but the slides (no temporary SVG or PNG files).
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(scratch.dir / "slides"))
        ++files;
    CHECK(files == 3);
}

TEST_CASE("a document without views makes one slide of the whole network", "[layouts][slides]") {
    core::Model model = loadSample("regional-committee");
    model.annotations.views.clear();
    Scratch scratch;
    const layouts::SlideDeck deck(model);
    REQUIRE(deck.slides().size() == 1);
    CHECK(deck.pngName("deck", 0) == "deck-01-network.png");
    const fs::path pdf = scratch.dir / "one.pdf";
    deck.writePdf(pdf);
    CHECK(pdfPages(pdf) == 1);
}

TEST_CASE("the renderer leaves out what a view's filter hides", "[layouts][render][views]") {
    core::Model model = loadSample("innlandet-like");
    REQUIRE_FALSE(model.annotations.views.empty());
    core::View& view = model.annotations.views.front();
    view.filter = nlohmann::json{{"kinds", {"organization"}}};
    view.phase.clear();
    Scratch scratch;
    layouts::RenderOptions options;
    options.viewId = view.id;
    const fs::path svg = scratch.dir / "organizations.svg";
    layouts::renderDocument(model, options, svg);
    std::ifstream in(svg);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string text = s.str();
    // Node labels are SVG text elements: organizations stay, everything else goes (plain labels only).
    std::size_t checked = 0;
    for (const core::Node& node : model.nodes) {
        const std::string label = node.displayLabel();
        bool plain = !label.empty() && label.size() <= 25;
        for (const char c : label)
            plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == ' ');
        if (!plain)
            continue;
        const bool shown = text.find(">" + label + "<") != std::string::npos;
        CAPTURE(node.id);
        CHECK(shown == (node.kind == core::NodeKind::Organization));
        ++checked;
    }
    CHECK(checked > 5);
}
