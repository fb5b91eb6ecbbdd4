// `orgweave report`: the HTML page (first page with priorities ordered by severity and owners, the
// alignment matrix with grey not-recorded cells, one section per element, the phase story of a
// phased sample, the appendix, picture as well-formed SVG, every finding, escaping, no external
// resources, no absolute path), the Markdown notes with the picture beside them, and exit codes.
// The browser test of the interactive picture is report_browser_test.sh.
#include "CliHarness.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using namespace orgweave::test;

const char* const kSections[] = {"What this network is and what to do next",
                                 "The network",
                                 "Context",
                                 "Architecture",
                                 "Leadership",
                                 "Collaborative learning",
                                 "All findings",
                                 "Appendix: measures"};

const fs::path kPhased = fs::path(ORGWEAVE_SAMPLES_DIR) / "midcounty-frailty.orgweave.json";

/// The text between the first `from` at or after `start` and the next `to` after it ("" when absent).
std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const auto a = text.find(from);
    if (a == std::string::npos)
        return {};
    const auto b = text.find(to, a + from.size());
    return b == std::string::npos ? std::string() : text.substr(a, b - a);
}

/// Severity ranks (critical 2, warning 1, info 0) of the badges in `html`, in order.
std::vector<int> severities(const std::string& html) {
    std::vector<int> out;
    std::size_t pos = 0;
    const std::string badge = "<span class=\"badge ";
    while ((pos = html.find(badge, pos)) != std::string::npos) {
        pos += badge.size();
        out.push_back(html.compare(pos, 8, "critical") == 0  ? 2
                      : html.compare(pos, 7, "warning") == 0 ? 1
                                                             : 0);
    }
    return out;
}

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
    // The first page comes first, the appendix last.
    CHECK(html.find("id=\"first-page\"") < html.find("id=\"network\""));
    CHECK(html.find("id=\"learning\"") < html.find("id=\"appendix\""));

    // The header names the file, never the folders it lies in.
    CHECK(html.find(kSample.parent_path().string()) == std::string::npos);
    CHECK(html.find("<code>regional-committee.orgweave.json</code>") != std::string::npos);

    // Three to five priorities, most severe first, each with an owner and a suggestion.
    const std::string priorities = between(html, "<ol class=\"priorities\">", "</ol>");
    REQUIRE_FALSE(priorities.empty());
    const std::vector<int> ranks = severities(priorities);
    CHECK(ranks.size() >= 3);
    CHECK(ranks.size() <= 5);
    CHECK(std::is_sorted(ranks.rbegin(), ranks.rend()));
    std::size_t owners = 0;
    for (std::size_t pos = 0;
         (pos = priorities.find("<p class=\"owner\"><strong>Owner:</strong> ", pos)) != std::string::npos;
         ++pos)
        ++owners;
    CHECK(owners == ranks.size());
    // The most severe finding of `gaps` is as severe as the first priority.
    {
        const Run gapsRun = scratch.orgweave("gaps " + quote(kSample) + " --format json");
        REQUIRE(gapsRun.status == 0);
        int worst = 0;
        const auto gapsJson = nlohmann::json::parse(gapsRun.out);
        for (const auto& f : gapsJson.at("findings")) {
            const std::string sev = f.at("severity").get<std::string>();
            worst = std::max(worst, sev == "critical" ? 2 : sev == "warning" ? 1 : 0);
        }
        CHECK(ranks.front() == worst);
    }
    // The alignment matrix with completeness beside it; the element sections hold real rows.
    CHECK(html.find("<th scope=\"col\" class=\"compl\">completeness</th>") != std::string::npos);
    CHECK(between(html, "<section id=\"architecture\"", "</section>").find("<table class=\"committees\">") !=
          std::string::npos);
    CHECK(between(html, "<section id=\"learning\"", "</section>").find("<table class=\"actions\">") !=
          std::string::npos);
    // A document without phases tells no phase story.
    CHECK(html.find("id=\"phases\"") == std::string::npos);

    // Self-contained: the only scripts are inline (the panel's data and the interaction), no links to
    // other files, nothing fetched; the panel is hidden until a script opens it.
    CHECK(html.find("<script src") == std::string::npos);
    CHECK(html.find("<script type=\"application/json\" id=\"report-data\">") != std::string::npos);
    CHECK(html.find("<aside id=\"panel\" hidden") != std::string::npos);
    CHECK(html.find("fetch(") == std::string::npos);
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
    CHECK(html.find("<svg", begin + 1) == std::string::npos);  // one picture (no phases)
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

TEST_CASE("report of a phased document tells the phase story and assesses the latest phase",
          "[cli][report]") {
    Scratch scratch;
    const fs::path out = scratch / "phases.html";
    const Run run = scratch.orgweave("report " + quote(kPhased) + " --out " + quote(out));
    INFO(run.err);
    REQUIRE(run.status == 0);
    const std::string html = readText(out);
    const std::string story = between(html, "<section id=\"phases\"", "</section>");
    REQUIRE_FALSE(story.empty());
    CHECK(story.find("<h2>The phase story</h2>") != std::string::npos);
    // Every phase is a row and a picture; the latest is the one assessed and the page says so.
    for (const char* phase :
         {"Formal commissioning", "Devolved front-line work", "Top-down reversal", "Joint venture"}) {
        INFO(phase);
        CHECK(story.find(std::string("<figcaption>") + phase + "</figcaption>") != std::string::npos);
    }
    CHECK(story.find("The rest of this report assesses Joint venture.") != std::string::npos);
    CHECK(story.find("<tr class=\"assessed-row\"><td><strong>Joint venture</strong>") != std::string::npos);
    CHECK(story.find("From Top-down reversal to Joint venture") != std::string::npos);
    CHECK(html.find("phase <strong>Joint venture</strong>") != std::string::npos);
    CHECK(between(html, "<section id=\"first-page\"", "</section>").find("class=\"assessed\"") !=
          std::string::npos);
    // Each phase picture parses as SVG.
    std::size_t pictures = 0;
    for (std::size_t pos = story.find("<svg"); pos != std::string::npos; pos = story.find("<svg", pos + 1)) {
        const auto end = story.find("</svg>", pos);
        REQUIRE(end != std::string::npos);
        pugi::xml_document doc;
        CHECK(doc.load_string(story.substr(pos, end + 6 - pos).c_str()));
        ++pictures;
    }
    CHECK(pictures == 4);

    // --phase assesses the phase given instead, and says so.
    const Run early =
        scratch.orgweave("report " + quote(kPhased) + " --out " + quote(scratch / "p1.html") + " --phase p1");
    REQUIRE(early.status == 0);
    CHECK(readText(scratch / "p1.html").find("The rest of this report assesses Formal commissioning.") !=
          std::string::npos);
}

TEST_CASE("report greys not-recorded alignment cells and gives no score where nothing was evaluated",
          "[cli][report]") {
    Scratch scratch;
    const fs::path input = scratch / "tricky.orgweave.json";
    writeText(input, trickyDocument());
    REQUIRE(scratch.orgweave("report " + quote(input) + " --out " + quote(scratch / "r.html")).status == 0);
    const std::string html = readText(scratch / "r.html");
    const std::string matrix = between(html, "<table class=\"matrix\">", "</table>");
    REQUIRE_FALSE(matrix.empty());
    // This document records no context, leadership or learning: those cells are grey "not recorded".
    CHECK(matrix.find("<td class=\"cell none\">not recorded</td>") != std::string::npos);
    // A grey cell never carries a score, and every cell with a score is coloured by it.
    std::size_t grey = 0, scored = 0;
    for (std::size_t pos = matrix.find("<td class=\"cell "); pos != std::string::npos;
         pos = matrix.find("<td class=\"cell ", pos + 1)) {
        const auto close = matrix.find("</td>", pos);
        const std::string cell = matrix.substr(pos, close - pos);
        if (cell.find("cell none") != std::string::npos) {
            CHECK(cell.find(">not recorded") != std::string::npos);
            ++grey;
        } else {
            CHECK(cell.find("%") != std::string::npos);
            ++scored;
        }
    }
    CHECK(grey > 0);
    CHECK(grey + scored == 16);
    // What was not evaluated is listed with the data it needs.
    CHECK(html.find("<h3>Not evaluated</h3>") != std::string::npos);
    CHECK(html.find("<table class=\"noteval\">") != std::string::npos);
    CHECK(html.find("<p class=\"nr\">Not recorded: no role has a leadership entry.</p>") !=
          std::string::npos);
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
    CHECK(md.find("![The network](<notes.svg>)") != std::string::npos);
    CHECK(md.find("\n### Priorities\n\n1. **") != std::string::npos);
    CHECK(md.find(kSample.parent_path().string()) == std::string::npos);
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
    CHECK(page.find("<script>alert") == std::string::npos);
    // In the panel's JSON, "<" is escaped so a label cannot close the script element.
    CHECK(page.find("\\u003cb\\u003e") != std::string::npos);
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
