// `orgweave report`: the HTML page (sections, picture as well-formed SVG, key actors, every
// finding, escaping, no external resources), the Markdown notes with the picture beside them,
// and exit codes.
#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <filesystem>
#include <limits>
#include <string>

namespace fs = std::filesystem;

namespace {

using namespace orgweave::test;

const char* const kSections[] = {"Summary",
                                 "The network",
                                 "Key actors",
                                 "Boundary spanners and brokerage",
                                 "Organization pairs and independent role paths",
                                 "Gap findings",
                                 "Alignment"};

/// The label of the role with the highest value of `measure` in `analyze --format json`.
std::string topLabel(const Scratch& scratch, const std::string& measure) {
    const Run run = scratch.orgweave("analyze " + quote(kSample) + " --format json");
    REQUIRE(run.status == 0);
    const auto json = nlohmann::json::parse(run.out);
    double best = -std::numeric_limits<double>::infinity();
    std::string label;
    for (const auto& node : json.at("nodes")) {
        const auto& value = node.at(measure);
        if (value.is_number() && value.get<double>() > best) {
            best = value.get<double>();
            label = node.at("label").get<std::string>();
        }
    }
    return label;
}

std::string escapedHtml(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '"')
            out += "&quot;";
        else if (c == '\'')
            out += "&#39;";
        else
            out += c;
    }
    return out;
}

/// A small document whose role label and title need escaping.
std::string trickyDocument() {
    return R"({"format": "orgweave", "version": 1,
  "meta": {"title": "Tom & Jerry <script>alert(1)</script>"},
  "nodes": [
    {"id": "h", "kind": "organization", "type": "hospital_trust", "label": "Hospital"},
    {"id": "m", "kind": "organization", "type": "municipality", "label": "Town | Council"},
    {"id": "a", "kind": "role", "type": "nurse", "label": "<b>&\"x\"", "organization": "h"},
    {"id": "b", "kind": "role", "type": "nurse", "label": "Home nurse", "organization": "m"},
    {"id": "c", "kind": "role", "type": "nurse", "label": "Ward nurse", "organization": "h"}
  ],
  "ties": [
    {"id": "t1", "kind": "collaborates", "source": "a", "target": "b"},
    {"id": "t2", "kind": "collaborates", "source": "a", "target": "c"}
  ],
  "phases": [{"id": "p1", "label": "Phase <1>"}]
})";
}

}  // namespace

TEST_CASE("report html has every section a well-formed picture and the top actors", "[cli][report]") {
    Scratch scratch;
    const fs::path out = scratch / "report.html";
    const Run run = scratch.orgweave("report " + quote(kSample) + " --out " + quote(out));
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string html = readText(out);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("</html>") != std::string::npos);
    for (const char* section : kSections)
        CHECK(html.find(std::string("<h2>") + section + "</h2>") != std::string::npos);

    // Self-contained: no scripts, no links to other files, nothing fetched.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("src=\"http") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    // Printing on A4.
    CHECK(html.find("@page { size: A4") != std::string::npos);
    CHECK(html.find("break-inside: avoid") != std::string::npos);

    // The picture parses as XML and is the network with its legend.
    const auto begin = html.find("<svg");
    const auto end = html.find("</svg>");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    CHECK(html.find("<svg", begin + 1) == std::string::npos);  // one picture
    const std::string svg = html.substr(begin, end + 6 - begin);
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_string(svg.c_str());
    INFO(parsed.description());
    REQUIRE(parsed);
    CHECK(std::string(doc.first_child().name()) == "svg");
    CHECK(svg.find("Legend") != std::string::npos);
    CHECK(doc.select_nodes("//*[local-name()='g'][@class='node']").size() > 60);

    // The top role by betweenness, degree and brokerage appears (escaped as the page writes it).
    CHECK(html.find(escapedHtml(topLabel(scratch, "betweenness"))) != std::string::npos);
    CHECK(html.find(escapedHtml(topLabel(scratch, "degree"))) != std::string::npos);
    CHECK(html.find("id=\"measure-constraint\"") != std::string::npos);
    CHECK(html.find("id=\"measure-brokerage\"") != std::string::npos);
    // A fragile pair is highlighted (the sample has single boundary spanners, G8).
    CHECK(html.find("<tr class=\"fragile\">") != std::string::npos);

    // Every finding of `gaps` is in the report with its rule id and severity badge.
    const Run gaps = scratch.orgweave("gaps " + quote(kSample) + " --format json");
    REQUIRE(gaps.status == 0);
    const auto findings = nlohmann::json::parse(gaps.out).at("findings");
    REQUIRE(findings.size() > 5);
    for (const auto& f : findings) {
        const std::string rule = f.at("rule").get<std::string>();
        INFO(rule);
        CHECK(html.find("<span class=\"rule\">" + rule + "</span>") != std::string::npos);
        CHECK(html.find(escapedHtml(f.at("explanation").get<std::string>())) != std::string::npos);
    }
    CHECK(html.find("<span class=\"badge warning\">") != std::string::npos);
    CHECK(html.find("<table class=\"matrix\">") != std::string::npos);
}

TEST_CASE("report markdown has the sections and writes the picture beside it", "[cli][report]") {
    Scratch scratch;
    const fs::path out = scratch / "notes.md";
    const Run run = scratch.orgweave("report " + quote(kSample) + " --out " + quote(out));
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string md = readText(out);
    for (const char* section : kSections)
        CHECK(md.find(std::string("\n## ") + section + "\n") != std::string::npos);
    CHECK(md.find("![The collaboration network](<notes.svg>)") != std::string::npos);
    CHECK(md.find("|---|") != std::string::npos);
    pugi::xml_document svg;
    REQUIRE(svg.load_file((scratch / "notes.svg").c_str()));
    CHECK(std::string(svg.document_element().name()) == "svg");

    const Run gaps = scratch.orgweave("gaps " + quote(kSample) + " --format json");
    for (const auto& f : nlohmann::json::parse(gaps.out).at("findings"))
        CHECK(md.find("**" + f.at("rule").get<std::string>() + " ") != std::string::npos);
}

TEST_CASE("report escapes user text in html and markdown", "[cli][report]") {
    Scratch scratch;
    const fs::path input = scratch / "tricky.orgweave.json";
    writeText(input, trickyDocument());
    const Run html =
        scratch.orgweave("report " + quote(input) + " --out " + quote(scratch / "r.html") + " --phase p1");
    INFO(html.err);
    REQUIRE(html.status == 0);
    const std::string page = readText(scratch / "r.html");
    CHECK(page.find("&lt;b&gt;&amp;&quot;x&quot;") != std::string::npos);
    CHECK(page.find("<b>&\"x\"") == std::string::npos);
    CHECK(page.find("Tom &amp; Jerry &lt;script&gt;") != std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("Phase &lt;1&gt;") != std::string::npos);

    const Run md = scratch.orgweave("report " + quote(input) + " --out " + quote(scratch / "r.md"));
    INFO(md.err);
    REQUIRE(md.status == 0);
    const std::string notes = readText(scratch / "r.md");
    CHECK(notes.find("\\<b\\>\\&\"x\"") != std::string::npos);
    CHECK(notes.find("<b>") == std::string::npos);
    CHECK(notes.find("Town \\| Council") != std::string::npos);
    CHECK(notes.find("# Tom \\& Jerry \\<script\\>") != std::string::npos);
}

TEST_CASE("report of an unknown phase exits 1", "[cli][report]") {
    Scratch scratch;
    const Run run = scratch.orgweave("report " + quote(kSample) + " --out " + quote(scratch / "r.html") +
                                     " --phase nope");
    CHECK(run.status == 1);
    CHECK(run.err.find("phase \"nope\" is not defined in this document") != std::string::npos);
    CHECK_FALSE(fs::exists(scratch / "r.html"));
}

TEST_CASE("report wrong usage exits 2", "[cli][report]") {
    Scratch scratch;
    CHECK(scratch.orgweave("report " + quote(kSample)).status == 2);
    const Run txt = scratch.orgweave("report " + quote(kSample) + " --out " + quote(scratch / "r.txt"));
    CHECK(txt.status == 2);
    CHECK(txt.err.find(".html") != std::string::npos);
    CHECK(scratch.orgweave("report --out " + quote(scratch / "r.html")).status == 2);
    CHECK_FALSE(fs::exists(scratch / "r.txt"));
}
