// The bokmål translation end to end: a report rendered with --lang nb has no English sentence left
// (HTML and Markdown), and the CLI's messages and the checks' findings come out in bokmål.
//
// How "no English left" is decided: the report's visible text (HTML: text between tags, the title,
// alt and aria-label attributes, and the strings of the side panel's data; Markdown: the text, with
// escapes undone) minus every string of the document itself (labels, descriptions, notes and ids
// are the user's words, English in these samples), then searched for English function words that
// do not occur in Norwegian ("the", "of", "and", "with", "which", …). A forgotten English sentence
// carries at least one of them; the failure names the line it is in. The picture (SVG) is left out:
// its labels are the document's, its legend belongs to the renderer.
#include "CliHarness.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

using namespace orgweave::test;

namespace {

/// Every string literal of a JSON text, with the common escapes undone (\" \\ \/ \n \t and \uXXXX
/// below 0x800, which is all the samples use).
std::vector<std::string> jsonStrings(const std::string& json) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] != '"')
            continue;
        std::string s;
        std::size_t j = i + 1;
        for (; j < json.size() && json[j] != '"'; ++j) {
            if (json[j] != '\\' || j + 1 >= json.size()) {
                s += json[j];
                continue;
            }
            const char e = json[++j];
            if (e == 'n' || e == 't')
                s += ' ';
            else if (e == 'u' && j + 4 < json.size()) {
                const unsigned code = static_cast<unsigned>(std::stoul(json.substr(j + 1, 4), nullptr, 16));
                if (code < 0x80) {
                    s += static_cast<char>(code);
                } else if (code < 0x800) {
                    s += static_cast<char>(0xC0 | (code >> 6));
                    s += static_cast<char>(0x80 | (code & 0x3F));
                } else {
                    s += static_cast<char>(0xE0 | (code >> 12));
                    s += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                    s += static_cast<char>(0x80 | (code & 0x3F));
                }
                j += 4;
            } else {
                s += e;
            }
        }
        out.push_back(s);
        i = j;
    }
    return out;
}

std::string replaceAll(std::string text, const std::string& what, const std::string& with) {
    if (what.empty())
        return text;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
    return text;
}

std::string unescapeHtml(std::string text) {
    for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}, {"&amp;", "&"}})
        text = replaceAll(text, entity, character);
    return text;
}

/// The text between `open` and `close` (both excluded), from `from` on; npos when not found.
std::size_t findBlock(const std::string& text, const std::string& open, const std::string& close,
                      std::size_t from, std::string& inside) {
    const std::size_t at = text.find(open, from);
    if (at == std::string::npos)
        return std::string::npos;
    const std::size_t stop = text.find(close, at + open.size());
    inside = text.substr(at + open.size(),
                         stop == std::string::npos ? std::string::npos : stop - at - open.size());
    return at;
}

/// What a reader of the HTML report sees, one piece per line (no std::regex: the page is large).
std::string visibleHtml(const std::string& html) {
    std::string out;
    std::string inside;
    if (findBlock(html, "<script type=\"application/json\" id=\"report-data\">", "</script>", 0, inside) !=
        std::string::npos) {
        for (const std::string& s : jsonStrings(inside))
            out += s + "\n";
    }
    std::string page = html;
    for (const auto& [open, close] : std::vector<std::pair<std::string, std::string>>{
             {"<script", "</script>"}, {"<style", "</style>"}, {"<svg", "</svg>"}}) {
        for (std::size_t at = page.find(open); at != std::string::npos; at = page.find(open, at)) {
            const std::size_t stop = page.find(close, at);
            page.erase(at, stop == std::string::npos ? std::string::npos : stop + close.size() - at);
            page.insert(at, "\n");
        }
    }
    for (const std::string attribute : {" title=\"", " alt=\"", " aria-label=\""}) {
        for (std::size_t at = findBlock(page, attribute, "\"", 0, inside); at != std::string::npos;
             at = findBlock(page, attribute, "\"", at + 1, inside))
            out += unescapeHtml(inside) + "\n";
    }
    std::string text;
    bool inTag = false;
    for (char c : page) {
        if (c == '<')
            inTag = true;
        else if (c == '>' && inTag) {
            inTag = false;
            text += '\n';
        } else if (!inTag) {
            text += c;
        }
    }
    return out + unescapeHtml(text);
}

/// What a reader of the Markdown report sees: no image links, no backslash escapes.
std::string visibleMarkdown(const std::string& md) {
    std::string text;
    for (std::size_t i = 0; i < md.size(); ++i) {
        if (md.compare(i, 2, "![") == 0) {
            const std::size_t close = md.find(')', i);
            if (close != std::string::npos) {
                i = close;
                continue;
            }
        }
        if (md[i] == '\\' && i + 1 < md.size() && std::ispunct(static_cast<unsigned char>(md[i + 1])))
            ++i;
        text += md[i];
    }
    return text;
}

/// English words that are not also Norwegian words.
const std::vector<std::string> kEnglishWords{
    "the",  "of",   "and",   "is",     "not",   "with",  "which", "are",   "has",  "have", "this",  "that",
    "from", "was",  "were",  "been",   "its",   "it",    "their", "there", "what", "when", "where", "into",
    "only", "but",  "than",  "each",   "every", "who",   "does",  "an",    "or",   "on",   "in",    "more",
    "one",  "none", "would", "should", "could", "these", "those", "they",  "them", "yet"};

/// Whether the character whose first byte (or, for the last character of a word, any byte) is at
/// `i` is a letter or digit: ASCII alphanumerics and the Latin letters from U+00C0 on (æ, ø, å, é).
bool letterAt(const std::string& text, std::size_t i) {
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
        --i;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80)
        return std::isalnum(c) != 0;
    if (c == 0xC3)  // U+00C0–U+00FF: letters, except × and ÷
        return i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) != 0x97 &&
               static_cast<unsigned char>(text[i + 1]) != 0xB7;
    return c >= 0xC4 && c <= 0xC9;  // U+0100–U+027F: Latin Extended
}

/// The lines of `text` (the document's own strings cut out) that hold an English word, each with
/// the word found.
std::vector<std::string> englishLines(const std::string& text, const std::string& documentJson) {
    std::vector<std::string> strings;
    for (const std::string& s : jsonStrings(documentJson)) {
        if (s.size() >= 3)
            strings.push_back(s);
    }
    std::sort(strings.begin(), strings.end(),
              [](const auto& a, const auto& b) { return a.size() > b.size(); });
    // Cut out whole words only: a document id such as "sted" must not cut "tjenestested" in two.
    std::string rest = text;
    for (const std::string& s : strings) {
        for (std::size_t at = rest.find(s); at != std::string::npos; at = rest.find(s, at + 1)) {
            std::size_t before = at;
            while (before > 0 && (static_cast<unsigned char>(rest[before - 1]) & 0xC0) == 0x80)
                --before;  // back over UTF-8 continuation bytes to the character before
            const bool startsWord =
                at == 0 || !letterAt(rest, before > 0 ? before - 1 : 0) || !letterAt(s, 0);
            const bool endsWord =
                at + s.size() >= rest.size() || !letterAt(rest, at + s.size()) || !letterAt(s, s.size() - 1);
            if (startsWord && endsWord)
                rest.replace(at, s.size(), " | ");
        }
    }
    std::vector<std::string> found;
    std::size_t start = 0;
    while (start < rest.size()) {
        std::size_t end = rest.find('\n', start);
        if (end == std::string::npos)
            end = rest.size();
        const std::string line = rest.substr(start, end - start);
        std::string words = " ";
        for (char c : line)
            words += (c & 0x80) != 0                               ? c
                     : std::isalpha(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c))
                                                                   : ' ';
        words += " ";
        for (const std::string& w : kEnglishWords) {
            if (words.find(" " + w + " ") != std::string::npos) {
                found.push_back("'" + w + "' in: " + line);
                break;
            }
        }
        start = end + 1;
    }
    return found;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines)
        out += l + "\n";
    return out;
}

}  // namespace

TEST_CASE("the check for English words finds a forgotten English sentence and ignores the document's",
          "[cli][translation]") {
    const std::string document = R"({"nodes":[{"id":"a","label":"Head of the ward"}]})";
    CHECK(englishLines("Head of the ward har ingen bånd til kolleger.", document).empty());
    CHECK(englishLines("Rapport om samhandlingsnettverket", document).empty());
    CHECK(englishLines("Head of the ward has no tie inside its own organization.", document).size() == 1);
    CHECK(englishLines("Alle parter\nSee what was not evaluated.", document).size() == 1);
}

TEST_CASE("report --lang nb leaves no English sentence in the HTML and the Markdown report",
          "[cli][translation]") {
    for (const std::string sample : {"regional-committee", "midcounty-frailty", "fonna-like"}) {
        const fs::path file = fs::path(ORGWEAVE_SAMPLES_DIR) / (sample + ".orgweave.json");
        const std::string document = readText(file);
        Scratch dir;
        for (const std::string ext : {"html", "md"}) {
            const fs::path out = dir / (sample + "." + ext);
            const Run run = dir.orgweave("report --lang nb " + quote(file) + " --out " + quote(out));
            INFO(sample << "." << ext << ": " << run.err);
            REQUIRE(run.status == 0);
            const std::string report = readText(out);
            const std::string text = ext == "html" ? visibleHtml(report) : visibleMarkdown(report);
            CHECK(text.find("Rapport om samhandlingsnettverket") != std::string::npos);
            const std::vector<std::string> english = englishLines(text, document);
            INFO("English left:\n" << joinLines(english));
            CHECK(english.empty());
        }
    }
}

TEST_CASE("with --lang nb an error message and the gap findings come out in bokmål while JSON stays English",
          "[cli][translation]") {
    Scratch dir;
    const Run missing = dir.orgweave("--lang nb validate " + quote(dir / "missing.orgweave.json"));
    CHECK(missing.status == 1);
    CHECK(missing.err.find(": feil: kan ikke lese: filen finnes ikke") != std::string::npos);
    CHECK(missing.err.find("error") == std::string::npos);

    const fs::path sample = fs::path(ORGWEAVE_SAMPLES_DIR) / "regional-committee.orgweave.json";
    const Run table = dir.orgweave("gaps --lang nb " + quote(sample));
    REQUIRE(table.status == 0);
    CHECK(table.out.find("Ingen regional refleksjon") != std::string::npos);
    CHECK(
        table.out.find("Hold en regional refleksjonssamling i partnerskapsmøtet der alle partene deltar.") !=
        std::string::npos);
    CHECK(table.out.find("No region-wide reflection") == std::string::npos);

    const Run json = dir.orgweave("gaps --lang nb --format json " + quote(sample));
    REQUIRE(json.status == 0);
    CHECK(json.out.find("No region-wide reflection") != std::string::npos);
    CHECK(json.out.find("Ingen regional refleksjon") == std::string::npos);
}

TEST_CASE("analyze --lang nb: Norwegian headings and comma decimals while JSON and CSV keep the point",
          "[cli][translation]") {
    Scratch dir;
    const Run table = dir.orgweave("analyze --lang nb " + quote(kSample));
    INFO(table.err);
    REQUIRE(table.status == 0);
    for (const char* norwegian :
         {"Personlinsen: ", "roller, ", "tetthet 0,", "Grensekryssere: ", "Nøkkelroller (de ",
          "Meglerroller (Gould–Fernandez", "Sårbarhet", "Grupper etter organization", "Bånd innenfor",
          "Mellomplassering (betweenness): den som "}) {
        INFO(norwegian);
        CHECK(table.out.find(norwegian) != std::string::npos);
    }
    for (const char* english : {"people lens", "density", "Boundary spanners", "Key roles", "Fragility",
                                "Groups by", "Ties inside"}) {
        INFO(english);
        CHECK(table.out.find(english) == std::string::npos);
    }
    CHECK(table.out.find(" 0.") == std::string::npos);

    const Run english = dir.orgweave("analyze --lang en " + quote(kSample));
    REQUIRE(english.status == 0);
    CHECK(english.out.find("people lens: ") != std::string::npos);
    CHECK(english.out.find("density 0.") != std::string::npos);

    const Run json = dir.orgweave("analyze --lang nb --format json " + quote(kSample));
    REQUIRE(json.status == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed.at("network").at("density").is_number());
    const Run csv = dir.orgweave("analyze --lang nb --format csv " + quote(kSample));
    REQUIRE(csv.status == 0);
    CHECK(csv.out.find("0.") != std::string::npos);
    CHECK(csv.out == dir.orgweave("analyze --lang en --format csv " + quote(kSample)).out);
}

TEST_CASE("whatif and diff --lang nb: Norwegian text and Markdown while JSON is unchanged",
          "[cli][translation]") {
    Scratch dir;
    const Run whatIf = dir.orgweave("whatif --lang nb " + quote(kSample) + " --remove sc");
    INFO(whatIf.err);
    REQUIRE(whatIf.status == 0);
    CHECK(whatIf.out.find("Hva om: ") != std::string::npos);
    CHECK(whatIf.out.find("Fjerner Strategic committee (sc): Moss mister sin siste forbindelse til ") !=
          std::string::npos);
    CHECK(whatIf.out.find("Virksomhetspar som mister forbindelsen (7)") != std::string::npos);
    CHECK(whatIf.out.find("Hospital trust ↔ Moss: 1 → 0 stier") != std::string::npos);
    CHECK(whatIf.out.find("Organization pairs") == std::string::npos);
    CHECK(whatIf.out.find("What if") == std::string::npos);

    const Run md = dir.orgweave("whatif --lang nb --format md " + quote(kSample) + " --remove pc-1");
    REQUIRE(md.status == 0);
    CHECK(md.out.rfind("# Hva om: ", 0) == 0);
    CHECK(md.out.find("ingen virksomhetspar mister en forbindelse") != std::string::npos);
    CHECK(md.out.find("0,0444 → —") != std::string::npos);
    CHECK(md.out.find(
              "Joint review of patient records mister fasilitatoren sin (Practice consultant 1 fjernes).") !=
          std::string::npos);

    const Run json = dir.orgweave("whatif --lang nb --format json " + quote(kSample) + " --remove sc");
    REQUIRE(json.status == 0);
    CHECK(json.out == dir.orgweave("whatif --lang en --format json " + quote(kSample) + " --remove sc").out);

    const Run diff = dir.orgweave("diff --lang nb " + quote(kSample) + " " + quote(kSample));
    REQUIRE(diff.status == 0);
    CHECK(diff.out.rfind("Endringer: ", 0) == 0);
    CHECK(diff.out.find("Noder: 0 lagt til, 0 fjernet, 0 endret.") != std::string::npos);
    CHECK(diff.out.find("Nettverket (linsens graf)") != std::string::npos);
    CHECK(diff.out.find("added") == std::string::npos);
}

TEST_CASE("with --lang nb usage and reader errors are in bokmål and keep the file and line and column",
          "[cli][translation]") {
    Scratch dir;
    const fs::path bad = dir / "bad.orgweave.json";
    writeText(bad, "{\"format\": \"orgweave\", \"version\": 2,\n  \"nodes\": [}\n");
    const Run broken = dir.orgweave("--lang nb validate " + quote(bad));
    CHECK(broken.status == 1);
    INFO(broken.err);
    CHECK(broken.err.find("bad.orgweave.json:2:") != std::string::npos);
    CHECK(broken.err.find(": feil: ugyldig JSON: ") != std::string::npos);

    const fs::path tie = dir / "tie.orgweave.json";
    writeText(tie,
              "{\"format\": \"orgweave\", \"version\": 2,\n"
              " \"nodes\": [{\"id\": \"a\", \"kind\": \"role\", \"label\": \"A\"}],\n"
              " \"ties\": [\n"
              "  {\"id\": \"t1\", \"kind\": \"collaborates\", \"source\": \"a\", \"target\": \"x\"}]}\n");
    const Run invalid = dir.orgweave("--lang nb validate " + quote(tie));
    CHECK(invalid.status == 1);
    CHECK(invalid.err.find("tie.orgweave.json:4:") != std::string::npos);
    CHECK(invalid.err.find(": feil: båndet «t1»: målet «x» finnes ikke") != std::string::npos);

    const Run usage = dir.orgweave("--lang nb whatif " + quote(kSample));
    CHECK(usage.status == 2);
    CHECK(usage.err.find("orgweave whatif: si hva som endres: --remove") != std::string::npos);

    const Run picture = dir.orgweave("render --lang nb " + quote(kSample) + " --out " + quote(dir / "x.txt"));
    CHECK(picture.status == 2);
    CHECK(picture.err.find("figuren må være .svg, .png eller .pdf") != std::string::npos);
}

TEST_CASE("with --lang nb a malformed GraphML file gets a bokmål message with its file and line and column",
          "[cli][translation]") {
    Scratch dir;
    const fs::path bad = dir / "broken.graphml";
    writeText(bad,
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
              "  <graph edgedefault=\"undirected\">\n"
              "    <node id=\"a\"/>\n"
              "    <edge source=\"a\" target=\"b\"/>\n"
              "  </graph>\n"
              "</graphml>\n");
    const Run nb = dir.orgweave("--lang nb validate " + quote(bad));
    CHECK(nb.status == 1);
    INFO(nb.err);
    CHECK(nb.err.find("broken.graphml:5:5: feil: <edge> viser til noden «b» som sin target, men ingen "
                      "<node id=\"b\"> er deklarert") != std::string::npos);

    const Run en = dir.orgweave("--lang en validate " + quote(bad));
    CHECK(en.status == 1);
    CHECK(en.err.find("broken.graphml:5:5: error: <edge> refers to node \"b\" as its target") !=
          std::string::npos);
}

TEST_CASE("with --lang nb the legend of the picture in a report and in render is in bokmål",
          "[cli][translation]") {
    Scratch dir;
    const Run report =
        dir.orgweave("report --lang nb " + quote(kSample) + " --out " + quote(dir / "rapport.md"));
    INFO(report.err);
    REQUIRE(report.status == 0);
    const std::string svg = readText(dir / "rapport.svg");
    CHECK(svg.find("Tegnforklaring") != std::string::npos);
    CHECK(svg.find("Virksomheter") != std::string::npos);
    CHECK(svg.find("Legend") == std::string::npos);

    const Run render = dir.orgweave("render --lang nb " + quote(kSample) + " --size-by betweenness --out " +
                                    quote(dir / "bilde.svg"));
    REQUIRE(render.status == 0);
    const std::string picture = readText(dir / "bilde.svg");
    CHECK(picture.find("Tegnforklaring") != std::string::npos);
    CHECK(picture.find("betweenness (0 til 0,") != std::string::npos);

    const Run english =
        dir.orgweave("render --lang en " + quote(kSample) + " --out " + quote(dir / "en.svg"));
    REQUIRE(english.status == 0);
    CHECK(readText(dir / "en.svg").find("Legend") != std::string::npos);
}
