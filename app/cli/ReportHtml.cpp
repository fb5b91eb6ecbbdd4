// Sections: escaping · style · summary · picture · key actors · spanners · pairs · gaps ·
// alignment · page
#include "ReportHtml.hpp"

#include <orgweave/core/Alignment.hpp>

#include <sstream>

namespace orgweave::cli {

using namespace orgweave::core;

// ---- escaping ---------------------------------------------------------------------------------

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

// ---- style ------------------------------------------------------------------------------------

constexpr const char* kStyle = R"CSS(
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: var(--ink); line-height: 1.5; font-size: 16px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans",
  "Liberation Sans", Arial, sans-serif; }
main { max-width: 64em; margin: 0 auto; padding: 2.5rem 1.75rem 4rem; }
header.title { border-bottom: 3px solid var(--ink); padding-bottom: 1rem; margin-bottom: 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .4rem; }
.subtitle { color: var(--muted); margin: 0; }
.description { margin: .75rem 0 0; max-width: 48em; }
h2 { font-size: 1.45rem; line-height: 1.25; margin: 2.75rem 0 .5rem; padding-bottom: .3rem;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; margin: 1.5rem 0 .35rem; }
p.lead { color: var(--muted); margin: .25rem 0 1rem; max-width: 52em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 .3rem; }
th, td { text-align: left; vertical-align: top; padding: .38rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); border-bottom: 2px solid #afb8c1; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rank { color: var(--muted); width: 2.2em; }
.org { display: block; color: var(--muted); font-size: .8rem; line-height: 1.25; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .75rem; margin: 1rem 0 1.5rem; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .85rem; background: #ffffff; }
.card .n { display: block; font-size: 1.75rem; font-weight: 700; line-height: 1.2; }
.card .what { color: var(--muted); font-size: .85rem; }
.card.alert .n { color: #a40e26; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 0 2rem; }
.dots { letter-spacing: .1em; color: #0b5cad; white-space: nowrap; }
.dots .off { color: #c4ccd4; }
.high { font-weight: 700; color: #a40e26; }
/* The picture may be wider than the text column on screen: networks need room for their labels. */
figure.network { margin: 1rem 0 .5rem; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem;
  width: min(calc(100vw - 2rem), 92em); position: relative; left: 50%; transform: translateX(-50%); background: #ffffff; }
figure.network svg { display: block; width: 100%; height: auto; }
figure.network figcaption { max-width: 60em; margin-left: auto; margin-right: auto; }
figcaption { color: var(--muted); font-size: .88rem; margin-top: .4rem; }
.missing { border: 1px dashed #afb8c1; padding: 1rem; color: var(--muted); }
.badge { display: inline-block; min-width: 4.6em; text-align: center; padding: .08rem .5rem; border-radius: 1rem;
  font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.badge.critical { background: #a40e26; color: #ffffff; }
.badge.warning { background: #8a5a00; color: #ffffff; }
.badge.info { background: #ddf4ff; color: #0a3069; border: 1px solid #9cd3f5; }
.tag { display: inline-block; padding: 0 .45rem; border-radius: .3rem; background: var(--soft);
  border: 1px solid var(--line); font-size: .8rem; }
tr.fragile td { background: #fff1ef; }
tr.fragile td.num { color: #a40e26; font-weight: 700; }
table.pairs { width: auto; min-width: 55%; }
table.spanners th.num { font-size: .8rem; }
table.spanners td.num, table.spanners th.num { padding-left: .35rem; padding-right: .35rem; }
.fragile-tag { display: inline-block; margin-left: .5rem; padding: 0 .45rem; border-radius: .3rem; background: #a40e26;
  color: #ffffff; font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
tr.cut td { background: #f6f8fa; color: var(--muted); }
.finding { border: 1px solid var(--line); border-left: 5px solid #afb8c1; border-radius: .4rem;
  padding: .5rem .9rem; margin: .5rem 0; }
.finding.critical { border-left-color: #a40e26; }
.finding.warning { border-left-color: #bf8700; }
.finding.info { border-left-color: #54aeff; }
.finding h4 { margin: 0 0 .25rem; font-size: 1rem; }
.finding h4 .rule { font-variant-numeric: tabular-nums; margin: 0 .35rem; }
.finding p { margin: .25rem 0; }
.finding .involved, .finding .suggestion { font-size: .92rem; }
.finding .suggestion { color: #1a4a2e; }
table.matrix { width: auto; min-width: 60%; }
table.matrix td { text-align: center; min-width: 7.5em; font-variant-numeric: tabular-nums; }
table.matrix th[scope=row] { background: var(--soft); }
.w0 { background: #eef8f0; color: #2f6b3b; }
.w1 { background: #fff8c5; }
.w2 { background: #ffe1a8; }
.w3 { background: #ffc9b8; }
.w4 { background: #f19a9a; color: #3d0008; font-weight: 700; }
.score { font-weight: 700; font-variant-numeric: tabular-nums; }
.score.good { color: #1a7f37; }
.score.fair { color: #8a5a00; }
.score.poor { color: #a40e26; }
.legend-line { color: var(--muted); font-size: .85rem; }
ul.plain { padding-left: 1.2rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); padding-top: .6rem; }
@page { size: A4; margin: 15mm 14mm 17mm 14mm; }
/* The picture is wide: it gets a landscape page of its own. */
@page picture { size: A4 landscape; margin: 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.5rem; }
  section.major { break-before: page; }
  section#network { page: picture; }
  h2, h3, caption, p.lead { break-after: avoid; }
  .cards { grid-template-columns: repeat(3, 1fr); }
  table.matrix { break-inside: avoid; }
  thead { display: table-header-group; }
  tr, .finding, .card, figure.network { break-inside: avoid; }
  .columns > div { break-inside: avoid; }
  figure.network { border: none; padding: 0; width: 100%; left: 0; transform: none; }
  figure.network svg { max-height: 160mm; }
  a { color: inherit; text-decoration: none; }
}
)CSS";

// ---- helpers ----------------------------------------------------------------------------------

std::string severityClass(FindingSeverity s) {
    return std::string(toString(s));
}

std::string badge(FindingSeverity s) {
    return "<span class=\"badge " + severityClass(s) + "\">" + std::string(toString(s)) + "</span>";
}

std::string scoreClass(int score) {
    return score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
}

std::string weightClass(int weight) {
    if (weight == 0)
        return "w0";
    if (weight <= 2)
        return "w1";
    if (weight <= 5)
        return "w2";
    if (weight <= 11)
        return "w3";
    return "w4";
}

std::string dots(int score) {
    std::string out = "<span class=\"dots\" aria-hidden=\"true\">";
    for (int i = 1; i <= 5; ++i)
        out += i <= score ? "●" : "<span class=\"off\">●</span>";
    return out + "</span>";
}

// ---- summary ----------------------------------------------------------------------------------

void writeSummary(std::ostringstream& out, const ReportData& d) {
    const std::size_t findings = d.criticalCount + d.warningCount + d.infoCount;
    std::size_t fragile = 0;
    for (const ReportPair& p : d.pairs)
        fragile += p.paths == 1 ? 1 : 0;
    out << "<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n";
    auto card = [&](std::size_t n, const std::string& what, bool alert) {
        out << "<div class=\"card" << (alert ? " alert" : "") << "\"><span class=\"n\">" << n
            << "</span><span class=\"what\">" << escapeHtml(what) << "</span></div>\n";
    };
    card(d.nodeTotal, "nodes", false);
    card(d.tieTotal, "ties", false);
    card(d.spanners.size(), "boundary spanners", false);
    card(fragile,
         fragile == 1 ? "organization pair hangs on one role" : "organization pairs hang on one role",
         fragile > 0);
    card(findings, findings == 1 ? "gap finding" : "gap findings", false);
    card(d.criticalCount + d.warningCount, "warnings and critical gaps",
         d.criticalCount + d.warningCount > 0);
    out << "</div>\n<div class=\"columns\">\n<div>\n<table>\n<caption>Nodes by kind</caption>\n"
        << "<thead><tr><th>kind</th><th class=\"num\">count</th></tr></thead>\n<tbody>\n";
    for (const auto& [kind, n] : d.nodeCounts)
        out << "<tr><td>" << escapeHtml(kind) << "</td><td class=\"num\">" << n << "</td></tr>\n";
    out << "</tbody>\n</table>\n</div>\n<div>\n<table>\n<caption>Ties by kind</caption>\n"
        << "<thead><tr><th>kind</th><th class=\"num\">count</th></tr></thead>\n<tbody>\n";
    for (const auto& [kind, n] : d.tieCounts)
        out << "<tr><td>" << escapeHtml(kind) << "</td><td class=\"num\">" << n << "</td></tr>\n";
    out << "</tbody>\n</table>\n</div>\n</div>\n";

    out << "<h3>Governance</h3>\n";
    if (d.governance.empty()) {
        out << "<p>Not recorded in the document.</p>\n";
    } else {
        out << "<p><strong>" << escapeHtml(d.governance) << "</strong>";
        if (!d.governanceDescription.empty())
            out << ": " << escapeHtml(d.governanceDescription);
        out << "</p>\n";
    }
    if (!d.characteristics.empty()) {
        out << "<p>Network characteristics: ";
        for (std::size_t i = 0; i < d.characteristics.size(); ++i)
            out << (i ? " " : "") << "<span class=\"tag\">" << escapeHtml(d.characteristics[i]) << "</span>";
        out << "</p>\n";
    }

    const NetworkSummary& n = d.network;
    out << "<h3>The network of roles</h3>\n<p>" << d.roles << " roles and " << n.ties
        << " ties between them (collaboration, reporting lines and shared committee seats). Density "
        << formatValue(n.density, false) << ", " << n.components
        << (n.components == 1 ? " component" : " components") << ", diameter " << n.diameter
        << ", average path length " << formatValue(n.averagePathLength, false)
        << ". E-I index by organization " << formatValue(n.eiIndex, false)
        << " (−1: all ties inside organizations, "
        << "+1: all across). Modularity of the organizations " << formatValue(n.partitionModularity, false)
        << ".</p>\n";

    out << "<h3>Context</h3>\n";
    if (d.context.empty()) {
        out << "<p>No context scores in the document.</p>\n";
    } else {
        out << "<table>\n<thead><tr><th>factor</th><th>scope</th><th class=\"num\">score "
               "(1–5)</th><th>note</th></tr>"
               "</thead>\n<tbody>\n";
        for (const ReportContextRow& c : d.context) {
            out << "<tr><td>" << escapeHtml(c.factor) << "</td><td>" << escapeHtml(c.scope)
                << "</td><td class=\"num" << (c.score >= 4 ? " high" : "") << "\">" << dots(c.score) << " "
                << c.score << "</td><td>" << escapeHtml(c.note) << "</td></tr>\n";
        }
        out << "</tbody>\n</table>\n<p class=\"legend-line\">Scores of 4 and 5 (in red) are high enough to "
               "trigger the "
               "context rules of the gap analysis.</p>\n";
    }
    out << "</section>\n";
}

// ---- picture ----------------------------------------------------------------------------------

void writePicture(std::ostringstream& out, const ReportData& d) {
    out << "<section id=\"network\" class=\"major\">\n<h2>The network</h2>\n";
    if (d.svg.empty()) {
        out << "<p class=\"missing\">No picture: " << escapeHtml(d.svgProblem) << "</p>\n";
    } else {
        out << "<figure class=\"network\">\n"
            << d.svg << "\n<figcaption>" << escapeHtml(d.pictureNote)
            << " The legend inside the picture names the shapes, line styles and "
               "colours.</figcaption>\n</figure>\n";
    }
    out << "</section>\n";
}

// ---- key actors -------------------------------------------------------------------------------

void writeKeyActors(std::ostringstream& out, const ReportData& d) {
    out << "<section id=\"key-actors\" class=\"major\">\n<h2>Key actors</h2>\n<p class=\"lead\">The ten "
           "roles that "
           "stand out on each measure, computed on the network of roles (ties by collaboration, reporting "
           "lines and "
           "shared committee seats), as <code>orgweave analyze</code> reports them.</p>\n<div "
           "class=\"columns\">\n";
    for (const ReportMeasure& m : d.keyActors) {
        out << "<div>\n<h3 id=\"measure-" << escapeHtml(m.name) << "\">" << escapeHtml(m.title) << "</h3>\n"
            << "<p class=\"legend-line\">" << escapeHtml(m.meaning) << "</p>\n";
        if (m.top.empty()) {
            out << "<p>No role scores above zero.</p>\n</div>\n";
            continue;
        }
        out << "<table>\n<thead><tr><th class=\"rank\">#</th><th>role</th><th class=\"num\">"
            << escapeHtml(m.name) << "</th></tr></thead>\n<tbody>\n";
        for (std::size_t i = 0; i < m.top.size(); ++i) {
            const ReportActor& a = m.top[i];
            out << "<tr><td class=\"rank\">" << i + 1 << "</td><td>" << escapeHtml(a.label);
            if (!a.organization.empty())
                out << "<span class=\"org\">" << escapeHtml(a.organization) << "</span>";
            out << "</td><td class=\"num\">" << formatValue(a.value, m.integer) << "</td></tr>\n";
        }
        out << "</tbody>\n</table>\n</div>\n";
    }
    out << "</div>\n</section>\n";
}

// ---- spanners ---------------------------------------------------------------------------------

void writeSpanners(std::ostringstream& out, const ReportData& d) {
    out << "<section id=\"spanners\">\n<h2>Boundary spanners and brokerage</h2>\n<p class=\"lead\">Roles "
           "with ties "
           "into two or more organizations. <em>Multilateral</em> spanners also have ties inside their own "
           "organization; <em>one-sided</em> ones do not. Brokerage counts the open two-paths a role sits on "
           "by the "
           "organizations at the ends (Gould–Fernandez): coordinator A→A→A, consultant A→B→A, representative "
           "A→A→B, "
           "gatekeeper A→B→B, liaison A→B→C.</p>\n";
    if (d.spanners.empty()) {
        out << "<p>No role has ties into more than one organization.</p>\n</section>\n";
        return;
    }
    out << "<table class=\"spanners\">\n<thead><tr><th>role</th><th class=\"num\">orgs "
           "reached</th><th>kind</th>"
           "<th class=\"num\">betweenness</th><th class=\"num\">coord.</th><th class=\"num\">consult.</th>"
           "<th class=\"num\">repr.</th><th class=\"num\">gatek.</th><th class=\"num\">liaison</th>"
           "<th class=\"num\">total</th></tr></thead>\n<tbody>\n";
    for (const ReportSpanner& s : d.spanners) {
        const BrokerageCounts& b = s.brokerage;
        out << "<tr><td>" << escapeHtml(s.label) << "<span class=\"org\">" << escapeHtml(s.organization)
            << "</span></td><td class=\"num\">" << s.groupsReached << "</td><td>"
            << (s.multilateral ? "multilateral" : "one-sided") << "</td><td class=\"num\">"
            << formatValue(s.betweenness, false) << "</td><td class=\"num\">" << b.coordinator
            << "</td><td class=\"num\">" << b.consultant << "</td><td class=\"num\">" << b.representative
            << "</td><td class=\"num\">" << b.gatekeeper << "</td><td class=\"num\">" << b.liaison
            << "</td><td class=\"num\"><strong>" << b.total() << "</strong></td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
}

// ---- pairs ------------------------------------------------------------------------------------

void writePairs(std::ostringstream& out, const ReportData& d) {
    out << "<section id=\"pairs\">\n<h2>Organization pairs and independent role paths</h2>\n<p "
           "class=\"lead\">How "
           "many roles would have to leave before two organizations lose every connection between their "
           "roles "
           "(vertex-independent paths). <strong>1 = fragile</strong>: one vacant post cuts the link; 0: not "
           "connected at all.</p>\n";
    if (d.pairs.empty()) {
        out << "<p>Every pair of organizations is joined by " << d.pathCap
            << " or more independent role paths.</p>\n";
    } else {
        out << "<table class=\"pairs\">\n<thead><tr><th>organization</th><th>organization</th>"
               "<th class=\"num\">independent role paths</th></tr></thead>\n<tbody>\n";
        for (const ReportPair& p : d.pairs) {
            const char* cls = p.paths == 1 ? " class=\"fragile\"" : p.paths == 0 ? " class=\"cut\"" : "";
            out << "<tr" << cls << "><td>" << escapeHtml(p.organizationA) << "</td><td>"
                << escapeHtml(p.organizationB) << "</td><td class=\"num\">" << p.paths
                << (p.paths == 1   ? "<span class=\"fragile-tag\">fragile</span>"
                    : p.paths == 0 ? " (not connected)"
                                   : "")
                << "</td></tr>\n";
        }
        out << "</tbody>\n</table>\n";
        if (d.pairsAtCap > 0) {
            out << "<p>The other " << d.pairsAtCap << (d.pairsAtCap == 1 ? " pair is" : " pairs are")
                << " joined by " << d.pathCap << " or more independent role paths.</p>\n";
        }
    }
    out << "</section>\n";
}

// ---- gaps -------------------------------------------------------------------------------------

void writeGaps(std::ostringstream& out, const ReportData& d) {
    const std::size_t total = d.criticalCount + d.warningCount + d.infoCount;
    out << "<section id=\"gaps\" class=\"major\">\n<h2>Gap findings</h2>\n<p class=\"lead\">Where context, "
           "architecture, leadership and collaborative learning fail to support each other (rules G1–G21). "
        << total << (total == 1 ? " finding: " : " findings: ") << d.criticalCount << " critical, "
        << d.warningCount << (d.warningCount == 1 ? " warning, " : " warnings, ") << d.infoCount
        << " for information.</p>\n";
    for (const ReportFindingGroup& g : d.findingGroups) {
        out << "<h3>" << escapeHtml(g.elements) << "</h3>\n";
        for (const ReportFinding& rf : g.findings) {
            const Finding& f = rf.finding;
            out << "<div class=\"finding " << severityClass(f.severity) << "\">\n<h4>" << badge(f.severity)
                << "<span class=\"rule\">" << escapeHtml(f.rule) << "</span>" << escapeHtml(f.title)
                << "</h4>\n<p>" << escapeHtml(f.explanation) << "</p>\n";
            if (!rf.involved.empty())
                out << "<p class=\"involved\"><strong>Involves:</strong> " << escapeHtml(rf.involved)
                    << "</p>\n";
            out << "<p class=\"suggestion\"><strong>Suggestion:</strong> " << escapeHtml(f.suggestion)
                << "</p>\n</div>\n";
        }
    }
    if (!d.notEvaluated.empty()) {
        out << "<h3>Not evaluated</h3>\n<p class=\"legend-line\">These rules need data the document does not "
               "hold."
               "</p>\n<ul class=\"plain\">\n";
        for (const NotEvaluated& n : d.notEvaluated) {
            out << "<li><strong>" << escapeHtml(n.rule) << " " << escapeHtml(n.title)
                << "</strong>: " << escapeHtml(n.reason) << "</li>\n";
        }
        out << "</ul>\n";
    }
    out << "</section>\n";
}

// ---- alignment --------------------------------------------------------------------------------

/// Colour class of a score: by percent, grey ("none") when not recorded.
std::string scoreClassOf(const AlignmentScore& score) {
    return score.percent() ? scoreClass(*score.percent()) : std::string("none");
}

void writeAlignment(std::ostringstream& out, const ReportData& d) {
    const Alignment& a = d.alignment;
    out << "<section id=\"alignment\" class=\"major\">\n<h2>Alignment</h2>\n<p class=\"lead\">Each cell: k "
           "of n "
           "evaluations pass, the percent weighted by the severity each check has when it fails (info 0.25, "
           "warning 1, "
           "critical 2); <em>not recorded</em> when nothing could be evaluated. Relational coordination "
           "counts as "
           "architecture.</p>\n<table class=\"matrix\">\n<thead><tr><th></th>";
    for (Element e : kAlignmentElements)
        out << "<th scope=\"col\">" << escapeHtml(labelOf(e)) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < kAlignmentElements.size(); ++i) {
        out << "<tr><th scope=\"row\">" << escapeHtml(labelOf(kAlignmentElements[i])) << "</th>";
        for (std::size_t j = 0; j < kAlignmentElements.size(); ++j) {
            const AlignmentScore& cell = a.cells[i][j];
            out << "<td class=\"" << (cell.recorded() ? weightClass(cell.gaps()) : std::string("w0")) << "\">"
                << escapeHtml(cell.text()) << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";
    out << "<div class=\"columns\">\n<div>\n<table>\n<caption>Scores per element</caption>\n<thead><tr>"
           "<th>element</th><th class=\"num\">score</th><th "
           "class=\"num\">completeness</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < kAlignmentElements.size(); ++i) {
        const auto& c = a.completeness[i];
        out << "<tr><td>" << escapeHtml(labelOf(kAlignmentElements[i]))
            << "</td><td class=\"num\"><span class=\"score " << scoreClassOf(a.elements[i]) << "\">"
            << escapeHtml(a.elements[i].text()) << "</span></td><td class=\"num\">"
            << (c ? std::to_string(static_cast<int>(*c * 100.0 + 0.5)) + "%" : std::string("–"))
            << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n<p class=\"legend-line\">Completeness: the share of partners for which the "
           "element "
           "is recorded.</p>\n</div>\n";
    if (!d.organizationScores.empty()) {
        out << "<div>\n<table>\n<caption>Scores per partner</caption>\n<thead><tr><th>partner</th>"
               "<th class=\"num\">score</th></tr></thead>\n<tbody>\n";
        for (const auto& [label, score] : d.organizationScores) {
            out << "<tr><td>" << escapeHtml(label) << "</td><td class=\"num\"><span class=\"score "
                << scoreClassOf(score) << "\">" << escapeHtml(score.text()) << "</span></td></tr>\n";
        }
        out << "</tbody>\n</table>\n</div>\n";
    }
    out << "</div>\n</section>\n";
}

}  // namespace

// ---- page -------------------------------------------------------------------------------------

std::string reportHtml(const ReportData& d) {
    std::ostringstream out;
    const std::string title = d.title + (d.phaseLabel.empty() ? std::string() : " — " + d.phaseLabel);
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"orgweave " << ORGWEAVE_VERSION << "\">\n"
        << "<title>" << escapeHtml(title) << " — orgweave report</title>\n<style>" << kStyle
        << "</style>\n</head>\n"
        << "<body>\n<main>\n<header class=\"title\">\n<h1>" << escapeHtml(d.title)
        << "</h1>\n<p class=\"subtitle\">"
        << "Collaboration network report";
    if (!d.phaseLabel.empty())
        out << " · phase <strong>" << escapeHtml(d.phaseLabel) << "</strong>";
    out << " · source <code>" << escapeHtml(d.sourceFile) << "</code></p>\n";
    if (!d.description.empty())
        out << "<p class=\"description\">" << escapeHtml(d.description) << "</p>\n";
    out << "</header>\n";
    writeSummary(out, d);
    writePicture(out, d);
    writeKeyActors(out, d);
    writeSpanners(out, d);
    writePairs(out, d);
    writeGaps(out, d);
    writeAlignment(out, d);
    out << "<footer>Made by orgweave " << ORGWEAVE_VERSION
        << ". Measures follow networkx 2.8 conventions on the network of roles; gap rules as in DOMAIN.md §4."
           "</footer>\n</main>\n</body>\n</html>\n";
    return out.str();
}

}  // namespace orgweave::cli
