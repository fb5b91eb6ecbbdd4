// Hostile DOT input and absurd positions (issue 20): edge statements that expand to millions of
// ties, very long tokens, files of blanks, syntax errors with a column, ignored attributes, and
// pictures of positions at ±1e308 or scaled by 1e12 or of 700,000 copies of one tie.
#include "LayoutsTestModels.hpp"

#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/layouts/DotFormat.hpp>
#include <orgweave/layouts/LayoutEngine.hpp>
#include <orgweave/layouts/Renderer.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

using namespace orgweave;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

std::string diagnosticsOf(const core::LoadResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics)
        out += d.format() + "\n";
    return out;
}

const core::Diagnostic* firstError(const core::LoadResult& r) {
    for (const auto& d : r.diagnostics) {
        if (d.severity == core::Severity::Error)
            return &d;
    }
    return nullptr;
}

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

struct Scratch {
    fs::path dir;
    Scratch() {
        std::random_device rd;
        dir = fs::temp_directory_path() / ("orgweave-hostile-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

/// The viewBox numbers of an SVG.
std::vector<double> viewBoxOf(const std::string& svg) {
    static const std::regex kViewBox(R"re(viewBox="([^"]*)")re");
    std::smatch m;
    std::vector<double> numbers;
    if (!std::regex_search(svg, m, kViewBox))
        return numbers;
    std::istringstream in(m[1].str());
    std::string word;
    while (in >> word)
        numbers.push_back(std::strtod(word.c_str(), nullptr));
    return numbers;
}

}  // namespace

TEST_CASE("DOT: subgraph edges that would make millions of ties are refused with the place",
          "[layouts][dot][hostile]") {
    std::string text = "digraph {\n  {";
    for (int i = 0; i < 3000; ++i)
        text += " a" + std::to_string(i);
    text += "} -> {";
    for (int i = 0; i < 3000; ++i)
        text += " b" + std::to_string(i);
    text += "}\n}\n";
    const core::LoadResult r = layouts::parseDot(text, "huge.dot");
    CHECK_FALSE(r.ok());
    const core::Diagnostic* e = firstError(r);
    REQUIRE(e != nullptr);
    CHECK(e->line == 2);
    CHECK(e->column == static_cast<int>(text.find("->") - text.find('\n')));
    CHECK_THAT(e->message, Contains("1000000"));

    SECTION("small expansions are read as cgraph reads them") {
        const core::LoadResult small = layouts::parseDot("digraph { {a b c} -> {d e} }", "small.dot");
        INFO(diagnosticsOf(small));
        REQUIRE(small.ok());
        CHECK(small.model->ties.size() == 6);
    }
}

TEST_CASE("DOT: very long tokens are read whole, escapes as cgraph reads them", "[layouts][dot][hostile]") {
    const std::string name(4 << 20, 'x');
    std::string label = "say \\\"hi\\\" \\\\ ok\\\nstill";
    while (label.size() < 10000)
        label += " and more";
    const std::string text = "digraph {\n  " + name + " -> b [label=\"" + label + "\"]\n  c -> d\n}\n";
    const core::LoadResult r = layouts::parseDot(text, "long.dot");
    INFO(diagnosticsOf(r).substr(0, 2000));
    REQUIRE(r.ok());
    REQUIRE(r.model->nodes.size() == 4);
    CHECK(r.model->nodes[0].id == name);
    // cgraph: \" is a quote, \\ stays two backslashes, a backslash before a line break joins lines.
    std::string expected = label;
    expected.replace(expected.find("\\\"hi\\\""), 6, "\"hi\"");
    expected.replace(expected.find("\\\n"), 2, "");
    REQUIRE(r.model->ties.size() == 2);
    CHECK(r.model->ties[0].details->label == expected);

    SECTION("line numbers after a long token with line breaks stay right") {
        const std::string broken =
            "digraph {\n  a [label=\"" + std::string(9000, 'y') + "\n\n\"]\n  c -> -> d\n}\n";
        const core::LoadResult bad = layouts::parseDot(broken, "broken.dot");
        const core::Diagnostic* e = firstError(bad);
        REQUIRE(e != nullptr);
        CHECK(e->line == 5);
        CHECK(e->column == 8);
    }
}

TEST_CASE("DOT: a file of blank lines or comments is empty at once", "[layouts][dot][hostile]") {
    const core::LoadResult blank = layouts::parseDot(std::string(64 << 20, '\n'), "blank.dot");
    CHECK_FALSE(blank.ok());
    REQUIRE(firstError(blank) != nullptr);
    CHECK_THAT(firstError(blank)->message, Contains("empty"));
    const core::LoadResult comments = layouts::parseDot("// nothing\n/* here */\n# 1 \"x\"\n", "c.dot");
    CHECK_FALSE(comments.ok());
}

TEST_CASE("DOT: a syntax error has a line and a column", "[layouts][dot][hostile]") {
    const core::LoadResult r = layouts::parseDot("digraph {\n  a -> b\n  c -> -> d\n}\n", "syntax.dot");
    const core::Diagnostic* e = firstError(r);
    REQUIRE(e != nullptr);
    CHECK(e->line == 3);
    CHECK(e->column == 8);
    CHECK_THAT(e->format(), Contains("syntax.dot:3:8: error:"));
}

TEST_CASE("DOT: orgweave attributes of a plain graph are ignored with a warning", "[layouts][dot][hostile]") {
    const core::LoadResult r = layouts::parseDot(
        R"(digraph { a [orgweave="{\"kind\": \"committee\"}"]; a -> b [orgweave="{}"] })", "plain.dot");
    INFO(diagnosticsOf(r));
    REQUIRE(r.ok());
    CHECK(r.model->nodes[0].kind == core::NodeKind::Role);
    bool warned = false;
    for (const auto& d : r.diagnostics)
        warned = warned || (d.severity == core::Severity::Warning && d.message.find("2 \"orgweave\"") == 0);
    CHECK(warned);
}

TEST_CASE("render: absurd positions give a finite picture", "[layouts][render][hostile]") {
    Scratch scratch;
    core::Model model = test::smallRegion();
    for (const double scale : {1e308, 1e12}) {
        std::size_t i = 0;
        for (const core::Node& node : model.nodes) {
            const double sign = (i++ % 2 == 0) ? 1.0 : -1.0;
            model.layout.positions[node.id] = core::Point{sign * scale, -sign * scale * 0.5};
        }
        const fs::path svg = scratch.dir / "absurd.svg";
        layouts::renderDocument(model, {}, svg);
        const std::vector<double> box = viewBoxOf(readAll(svg));
        REQUIRE(box.size() == 4);
        for (const double v : box) {
            CHECK(std::isfinite(v));
            CHECK(std::abs(v) < 1e6);
        }
        const fs::path png = scratch.dir / "absurd.png";
        layouts::renderDocument(model, {}, png);
        CHECK(fs::file_size(png) > 1000);
        const fs::path pdf = scratch.dir / "absurd.pdf";
        layouts::renderDocument(model, {}, pdf);
        CHECK(fs::file_size(pdf) > 1000);
    }
    SECTION("non-finite positions are not drawn at infinity") {
        model.layout.positions[model.nodes[0].id] = core::Point{INFINITY, NAN};
        const fs::path svg = scratch.dir / "nan.svg";
        layouts::renderDocument(model, {}, svg);
        for (const double v : viewBoxOf(readAll(svg)))
            CHECK(std::isfinite(v));
    }
}

TEST_CASE("render: 700,000 copies of one tie draw one line", "[layouts][render][hostile]") {
    Scratch scratch;
    const core::LoadResult base = core::parseDocument(
        R"({"format": "orgweave", "version": 1, "nodes": [{"id": "a", "kind": "role"}, {"id": "b", "kind": "role"}],
            "ties": []})",
        "two.orgweave.json");
    REQUIRE(base.ok());
    core::Model model = *base.model;
    model.ties.resize(700000);
    for (std::size_t i = 0; i < model.ties.size(); ++i) {
        model.ties[i].id = "t" + std::to_string(i);
        model.ties[i].source = "a";
        model.ties[i].target = "b";
        model.ties[i].kind = core::TieKind::Collaborates;
    }
    const fs::path svg = scratch.dir / "many.svg";
    layouts::renderDocument(model, {}, svg);
    const std::string text = readAll(svg);
    std::size_t edges = 0;
    for (std::size_t at = text.find("class=\"edge\""); at != std::string::npos;
         at = text.find("class=\"edge\"", at + 1))
        ++edges;
    CHECK(edges == 1);
}

TEST_CASE("render: more nodes than it can draw is refused with what to do", "[layouts][render][hostile]") {
    core::Model model;
    model.nodes.resize(layouts::kMaxRenderedNodes + 1);
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        model.nodes[i].id = "n" + std::to_string(i);
    Scratch scratch;
    try {
        layouts::renderDocument(model, {}, scratch.dir / "big.svg");
        FAIL("no error");
    } catch (const layouts::LayoutError& e) {
        CHECK_THAT(e.what(), Contains("too many nodes"));
    }
}
