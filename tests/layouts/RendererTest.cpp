// Rendering documents to SVG, PNG and PDF (layouts/Renderer.hpp; issue 5 item 6): valid files with
// the title and a legend, errors for unknown views, phases, measures and extensions.
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/layouts/GraphvizLayout.hpp>
#include <orgweave/layouts/Renderer.hpp>

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace orgweave;

namespace {

const char* const kSamples[] = {"regional-committee", "fonna-like", "innlandet-like", "midcounty-frailty",
                                "relational-coordination"};

core::Model loadSample(const std::string& name) {
    const fs::path path = fs::path(ORGWEAVE_SAMPLES_DIR) / (name + ".orgweave.json");
    core::LoadResult loaded = core::loadDocument(path);
    REQUIRE(loaded.ok());
    return *loaded.model;
}

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class ScratchFolder {
public:
    ScratchFolder() {
        std::random_device rd;
        m_dir =
            fs::temp_directory_path() / ("orgweave-render-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_dir);
    }
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    fs::path operator/(const std::string& name) const { return m_dir / name; }
    std::size_t fileCount() const {
        std::size_t n = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(m_dir))
            ++n;
        return n;
    }

private:
    fs::path m_dir;
};

}  // namespace

TEST_CASE("every sample renders to SVG that parses as XML with title and legend", "[layouts][render]") {
    const std::string name =
        GENERATE(values<std::string>({kSamples[0], kSamples[1], kSamples[2], kSamples[3], kSamples[4]}));
    CAPTURE(name);
    const core::Model model = loadSample(name);
    ScratchFolder scratch;
    const fs::path out = scratch / "picture.svg";
    layouts::RenderOptions options;
    options.sizeBy = "degree";
    layouts::renderDocument(model, options, out);
    pugi::xml_document svg;
    const pugi::xml_parse_result parsed = svg.load_file(out.c_str());
    REQUIRE(parsed);
    CHECK(std::string(svg.document_element().name()) == "svg");
    const std::string text = readBytes(out);
    CHECK(text.find("Legend") != std::string::npos);
    // The title is one <text> element (Graphviz escapes characters such as '-' as entities).
    bool titleFound = false;
    for (const pugi::xpath_node& t : svg.select_nodes("//*[local-name()='text']")) {
        titleFound = titleFound || model.annotations.meta.title == t.node().child_value();
    }
    CHECK(titleFound);
    CHECK(scratch.fileCount() == 1);  // no temporary file left behind
}

TEST_CASE("a PNG starts with the PNG signature and is not trivial", "[layouts][render]") {
    const core::Model model = loadSample("regional-committee");
    ScratchFolder scratch;
    const fs::path out = scratch / "picture.png";
    layouts::RenderOptions options;
    options.sizeBy = "betweenness";
    layouts::renderDocument(model, options, out);
    const std::string bytes = readBytes(out);
    REQUIRE(bytes.size() > 20000);
    CHECK(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST_CASE("a PDF starts with the PDF header", "[layouts][render]") {
    const core::Model model = loadSample("relational-coordination");
    ScratchFolder scratch;
    const fs::path out = scratch / "picture.PDF";
    layouts::renderDocument(model, layouts::RenderOptions{}, out);
    const std::string bytes = readBytes(out);
    REQUIRE(bytes.size() > 1000);
    CHECK(bytes.substr(0, 4) == "%PDF");
}

TEST_CASE("a view sets the title and caption and outlines its nodes", "[layouts][render]") {
    const core::Model model = loadSample("regional-committee");
    REQUIRE(!model.annotations.views.empty());
    const core::View& view = model.annotations.views.front();
    ScratchFolder scratch;
    const fs::path out = scratch / "view.svg";
    layouts::RenderOptions options;
    options.viewId = view.id;
    layouts::renderDocument(model, options, out);
    const std::string text = readBytes(out);
    CHECK(text.find("highlighted in the view") != std::string::npos);
    CHECK(text.find("stroke-width=\"3.5\"") != std::string::npos);
    CHECK(text.find("betweenness") != std::string::npos);  // the view sizes by betweenness
}

TEST_CASE("colour by kind and by an attribute and by a measure", "[layouts][render]") {
    const core::Model model = loadSample("fonna-like");
    ScratchFolder scratch;
    for (const char* colorBy : {"kind", "type", "pagerank"}) {
        CAPTURE(colorBy);
        layouts::RenderOptions options;
        options.colorBy = colorBy;
        const fs::path out = scratch / (std::string(colorBy) + ".svg");
        layouts::renderDocument(model, options, out);
        CHECK(readBytes(out).find(std::string("Colour: ") + colorBy) != std::string::npos);
    }
}

TEST_CASE("a phase leaves out what belongs to other phases", "[layouts][render]") {
    const core::Model model = loadSample("midcounty-frailty");
    REQUIRE(!model.annotations.phases.empty());
    ScratchFolder scratch;
    layouts::RenderOptions options;
    options.phase = model.annotations.phases.front().id;
    const fs::path out = scratch / "phase.svg";
    layouts::renderDocument(model, options, out);
    pugi::xml_document svg;
    CHECK(svg.load_file(out.c_str()));
}

TEST_CASE("nodes without positions are placed by the engine", "[layouts][render]") {
    core::Model model = loadSample("relational-coordination");
    model.layout.positions.clear();
    ScratchFolder scratch;
    layouts::RenderOptions options;
    options.engine = "circle";
    const fs::path out = scratch / "laid.svg";
    layouts::renderDocument(model, options, out);
    pugi::xml_document svg;
    CHECK(svg.load_file(out.c_str()));
}

TEST_CASE("unknown views phases measures and extensions are errors", "[layouts][render]") {
    const core::Model model = loadSample("regional-committee");
    ScratchFolder scratch;
    layouts::RenderOptions view;
    view.viewId = "no-such-view";
    CHECK_THROWS_WITH(layouts::renderDocument(model, view, scratch / "a.svg"),
                      Catch::Contains("no-such-view"));
    layouts::RenderOptions phase;
    phase.phase = "no-such-phase";
    CHECK_THROWS_AS(layouts::renderDocument(model, phase, scratch / "a.svg"), layouts::LayoutError);
    layouts::RenderOptions size;
    size.sizeBy = "fame";
    CHECK_THROWS_WITH(layouts::renderDocument(model, size, scratch / "a.svg"), Catch::Contains("fame"));
    layouts::RenderOptions colour;
    colour.colorBy = "no_such_attribute";
    CHECK_THROWS_AS(layouts::renderDocument(model, colour, scratch / "a.svg"), layouts::LayoutError);
    CHECK_THROWS_AS(layouts::renderDocument(model, layouts::RenderOptions{}, scratch / "a.gif"),
                    layouts::LayoutError);
    CHECK_THROWS_AS(layouts::renderDocument(model, layouts::RenderOptions{}, scratch / "missing" / "a.svg"),
                    layouts::LayoutError);
    CHECK(scratch.fileCount() == 0);
}

TEST_CASE("render: a picture spread to a page's aspect fills it (slides, issue 18)", "[render][slides]") {
    const core::Model model = loadSample("regional-committee");
    ScratchFolder scratch;
    const auto aspectOf = [&](double aspect) {
        layouts::RenderOptions options;
        options.aspect = aspect;
        const fs::path svg = scratch / ("a" + std::to_string(aspect) + ".svg");
        layouts::renderDocument(model, options, svg);
        pugi::xml_document doc;
        REQUIRE(doc.load_file(svg.c_str()));
        const pugi::xml_node root = doc.child("svg");
        const double width = std::stod(root.attribute("width").as_string());
        const double height = std::stod(root.attribute("height").as_string());
        REQUIRE(height > 0.0);
        return width / height;
    };
    const double asLaidOut = aspectOf(0.0);
    const double page = 16.0 / 9.0;
    const double spread = aspectOf(page * 0.85);
    INFO("as laid out " << asLaidOut << ", spread " << spread);
    // Closer to the page than the layout itself, within a fifth of it.
    CHECK(std::abs(spread - page) <= std::abs(asLaidOut - page));
    CHECK(std::abs(spread - page) / page < 0.2);
}
