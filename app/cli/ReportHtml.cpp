// Sections: escaping · style · script · picture · findings · appendix (structure, key actors,
// spanners, pairs) · panel data · page
#include "ReportHtml.hpp"

#include "ReportHtmlParts.hpp"

#include <orgweave/core/Alignment.hpp>
#include <orgweave/core/MeasureCatalogue.hpp>
#include <orgweave/core/Text.hpp>

#include <cstdio>
#include <sstream>

namespace orgweave::cli {

using namespace orgweave::core;

// ---- escaping ---------------------------------------------------------------------------------

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
  .chrome, #panel, noscript { display: none !important; }
  figure.network svg { transform: none !important; }
  section#first-page { break-after: page; }
  .phase-pictures { grid-template-columns: repeat(2, 1fr); }
  table.rcmap { font-size: 7pt; }
}
/* v2 report: first page, element sections, phase story, side panel */
p.what { font-size: 1.05rem; }
dl.parties { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.parties dt { font-weight: 700; }
dl.parties dd { margin: 0; }
.assessed { background: #ddf4ff; border: 1px solid #9cd3f5; border-radius: .4rem; padding: .35rem .7rem; display: inline-block; }
ol.priorities { padding-left: 1.4rem; }
ol.priorities > li { margin: .4rem 0; }
ol.priorities > li::marker { font-weight: 700; font-size: 1.1rem; }
.finding .owner { font-size: .92rem; }
.finding .why { color: var(--muted); }
.finding { cursor: pointer; }
.finding.selected { outline: 3px solid var(--accent); }
td.cell.good { background: #dafbe1; color: #116329; }
td.cell.fair { background: #fff8c5; color: #6b4a00; }
td.cell.poor { background: #ffd8d3; color: #82071e; font-weight: 700; }
td.cell.none { background: #eaeef2; color: #6e7781; font-style: italic; }
td.compl, th.compl { border-left: 3px solid var(--line); color: var(--muted); }
.nr { color: #6e7781; font-style: italic; }
tr.st-gap td { background: #fff1ef; }
tr.st-ne td { color: #6e7781; font-style: italic; }
td.parity-gap { color: #a40e26; font-weight: 700; }
td.parity-pass { color: #1a7f37; }
.scroll { overflow-x: auto; }
table.rcmap { width: auto; font-size: .78rem; }
table.rcmap td { text-align: center; min-width: 2.6em; padding: .2rem .3rem; }
table.rcmap thead th { vertical-align: bottom; max-width: 7em; font-size: .72rem; }
.rc1 { background: #f19a9a; } .rc2 { background: #ffc9b8; } .rc3 { background: #fff8c5; } .rc4 { background: #aceebb; }
table.rcmap td.none { background: #f6f8fa; }
tr.assessed-row td { background: #ddf4ff; }
.chg { display: inline-block; min-width: 6em; font-size: .72rem; font-weight: 700; text-transform: uppercase; }
.chg.new { color: #a40e26; } .chg.resolved { color: #1a7f37; } .chg.gone { color: #6e7781; }
.phase-pictures { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
figure.phase { margin: 0; border: 1px solid var(--line); border-radius: .4rem; padding: .4rem; }
figure.phase svg { width: 100%; height: auto; display: block; }
.chrome { display: none; }
html.js .chrome { display: flex; gap: .5rem; align-items: center; margin: .25rem 0; color: var(--muted); font-size: .85rem; }
.chrome button { font: inherit; padding: .2rem .7rem; border: 1px solid var(--line); border-radius: .3rem; background: var(--soft); cursor: pointer; }
html.js figure.network { overflow: hidden; }
html.js figure.network svg { cursor: grab; touch-action: none; }
html.js figure.network g.node { cursor: pointer; }
g.node.selected polygon, g.node.selected ellipse, g.node.selected path { stroke: #0b5cad; stroke-width: 4; }
#panel { position: fixed; top: 0; right: 0; width: min(24rem, 92vw); height: 100vh; overflow-y: auto; background: #ffffff;
  border-left: 1px solid var(--line); box-shadow: -4px 0 16px rgba(0,0,0,.12); padding: 1rem 1.2rem; z-index: 10; }
#panel[hidden] { display: none; }
#panel h3 { margin-top: 0; }
#panel .kind { color: var(--muted); }
#panel ul { padding-left: 1.1rem; font-size: .9rem; }
#panel button.close { float: right; }
table.story { font-size: .82rem; }
table.story td.cell { white-space: nowrap; text-align: center; }
@media print {
  .phase-pictures { grid-template-columns: repeat(2, 1fr); }
  table.story { font-size: 7pt; }
  table.story th, table.story td { padding: .15rem .25rem; }
  table.story td.cell { white-space: normal; }
  .scroll { overflow: visible; }
  section#first-page { font-size: 9pt; }
  section#first-page p.what { font-size: 10pt; }
  section#first-page .finding { padding: .3rem .7rem; margin: .3rem 0; }
  section#first-page .finding p { margin: .1rem 0; }
  section#first-page table { font-size: 8pt; }
  section#first-page td, section#first-page th { padding: .2rem .4rem; }
}
)CSS";

// Pan and zoom of the network picture (viewBox), the side panel for nodes and findings, and a test
// mode: "#click=ID" in the URL clicks node ID once the page has loaded (tests/cli/report_browser_test.sh).
constexpr const char* kScript = R"JS(
(function () {
  'use strict';
  document.documentElement.className += ' js';
  var dataTag = document.getElementById('report-data');
  if (!dataTag) return;
  var data = JSON.parse(dataTag.textContent);
  var byId = {}, byLabel = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; if (!(n.label in byLabel)) byLabel[n.label] = n; });
  var panel = document.getElementById('panel');
  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }
  function list(title, items) {
    if (!items || !items.length) return;
    panel.appendChild(el('h4', title));
    var ul = el('ul'); items.forEach(function (t) { ul.appendChild(el('li', t)); }); panel.appendChild(ul);
  }
  function clearSelection() {
    Array.prototype.forEach.call(document.querySelectorAll('.selected'), function (s) { s.classList.remove('selected'); });
  }
  function openPanel() {
    panel.textContent = '';
    var close = el('button', data.text.close, 'close'); close.type = 'button';
    close.addEventListener('click', function () { panel.hidden = true; clearSelection(); });
    panel.appendChild(close);
    panel.hidden = false;
  }
  function showNode(n) {
    openPanel();
    panel.appendChild(el('h3', n.label));
    panel.appendChild(el('p', n.kind + (n.organization ? ' · ' + n.organization : ''), 'kind'));
    list(data.text.measures, n.measures.map(function (m) { return m[0] + ': ' + m[1]; }));
    list(data.text.findings, n.findings.length ? n.findings : [data.text.noFindings]);
    list(data.text.belongs, n.belongs);
    panel.setAttribute('data-node', n.id);
  }
  function showFinding(f) {
    openPanel();
    panel.appendChild(el('h3', f.querySelector('h4').textContent));
    Array.prototype.forEach.call(f.querySelectorAll('p'), function (p) { panel.appendChild(el('p', p.textContent)); });
    var ids = (f.getAttribute('data-nodes') || '').split(' ').filter(Boolean);
    list(data.text.involves, ids.map(function (id) { return byId[id] ? byId[id].label + ' (' + byId[id].kind + ')' : id; }));
    clearSelection(); f.classList.add('selected');
    ids.forEach(function (id) { var g = nodeElements[id]; if (g) g.classList.add('selected'); });
  }
  var nodeElements = {};
  var figure = document.querySelector('figure.network');
  var svg = figure ? figure.querySelector('svg') : null;
  if (svg) {
    Array.prototype.forEach.call(svg.querySelectorAll('g.node'), function (g) {
      var a = g.querySelector('a');
      var label = a ? (a.getAttribute('xlink:title') || a.getAttribute('title')) : null;
      var n = label ? byLabel[label] : null;
      if (!n) return;
      g.setAttribute('data-id', n.id);
      nodeElements[n.id] = g;
      g.addEventListener('click', function (ev) { ev.preventDefault(); ev.stopPropagation(); clearSelection(); g.classList.add('selected'); showNode(n); });
    });
    var vb = svg.viewBox.baseVal, home = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
    function setView(x, y, w, h) { svg.setAttribute('viewBox', x + ' ' + y + ' ' + w + ' ' + h); }
    function toSvg(ev) {
      var r = svg.getBoundingClientRect();
      return { x: vb.x + (ev.clientX - r.left) / r.width * vb.width, y: vb.y + (ev.clientY - r.top) / r.height * vb.height };
    }
    svg.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var p = toSvg(ev), k = ev.deltaY < 0 ? 0.8 : 1.25;
      var w = Math.min(Math.max(vb.width * k, home.w / 20), home.w * 4), f = w / vb.width;
      setView(p.x - (p.x - vb.x) * f, p.y - (p.y - vb.y) * f, w, vb.height * f);
    }, { passive: false });
    var drag = null;
    svg.addEventListener('pointerdown', function (ev) {
      if (ev.target.closest && ev.target.closest('g.node')) return;
      drag = { x: ev.clientX, y: ev.clientY, vx: vb.x, vy: vb.y };
      svg.setPointerCapture(ev.pointerId); svg.style.cursor = 'grabbing';
    });
    svg.addEventListener('pointermove', function (ev) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      setView(drag.vx - (ev.clientX - drag.x) * vb.width / r.width, drag.vy - (ev.clientY - drag.y) * vb.height / r.height, vb.width, vb.height);
    });
    svg.addEventListener('pointerup', function () { drag = null; svg.style.cursor = ''; });
    var reset = document.getElementById('reset-view');
    if (reset) reset.addEventListener('click', function () { setView(home.x, home.y, home.w, home.h); });
  }
  Array.prototype.forEach.call(document.querySelectorAll('.finding'), function (f) {
    f.addEventListener('click', function () { showFinding(f); });
    f.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') showFinding(f); });
  });
  var m = /^#click=(.+)$/.exec(location.hash);
  if (m) {
    var id = decodeURIComponent(m[1]);
    var target = nodeElements[id];
    if (target) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    else if (byId[id]) showNode(byId[id]);
    document.body.setAttribute('data-test-clicked', target ? 'picture' : (byId[id] ? 'data' : 'unknown'));
  }
})();
)JS";

// ---- helpers ----------------------------------------------------------------------------------

using html::badge;
using html::severityClass;

std::string e(std::string_view text) {
    return core::escapeMarkup(text);
}

/// A JSON string literal that is also safe inside <script> ("<" escaped).
std::string jsonString(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '<':
                out += "\\u003c";
                break;
            case '>':
                out += "\\u003e";
                break;
            case '&':
                out += "\\u0026";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string jsonList(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + jsonString(items[i]);
    return out + "]";
}

// ---- picture ----------------------------------------------------------------------------------

void writePicture(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<section id=\"network\" class=\"major\">\n<h2>" << say(t, "The network") << "</h2>\n";
    if (d.svg.empty()) {
        out << "<p class=\"missing\">" << e(sayf(t, "No picture: {}", {d.svgProblem})) << "</p>\n";
    } else {
        out << "<div class=\"chrome\"><button type=\"button\" id=\"reset-view\">" << say(t, "Reset view")
            << "</button><span>"
            << say(t, "Wheel to zoom, drag to pan; click a node or a finding for its details.")
            << "</span></div>\n"
            << "<figure class=\"network\">\n"
            << d.svg << "\n<figcaption>" << e(say(t, d.pictureNote.c_str())) << " "
            << say(t, "The legend inside the picture names the shapes, line styles and colours.")
            << "</figcaption>\n</figure>\n";
    }
    out << "</section>\n";
}

// ---- findings ---------------------------------------------------------------------------------

void writeFindings(std::ostringstream& out, const ReportData& d, const Translator& t) {
    const std::size_t total = d.criticalCount + d.warningCount + d.infoCount;
    out << "<section id=\"findings\" class=\"major\">\n<h2>" << say(t, "All findings")
        << "</h2>\n<p class=\"lead\">"
        << e(sayf(t,
                  "{} findings: {} critical, {} warnings, {} for information; by the elements they relate.",
                  {std::to_string(total), std::to_string(d.criticalCount), std::to_string(d.warningCount),
                   std::to_string(d.infoCount)}))
        << "</p>\n";
    for (const ReportFindingGroup& g : d.findingGroups) {
        out << "<h3>" << e(g.elements) << "</h3>\n";
        for (const ReportFinding& rf : g.findings) {
            const Finding& f = rf.finding;
            std::string nodes;
            for (const std::string& id : f.nodes)
                nodes += (nodes.empty() ? "" : " ") + id;
            out << "<div class=\"finding " << severityClass(f.severity) << "\" tabindex=\"0\" data-nodes=\""
                << e(nodes) << "\">\n<h4>" << badge(t, f.severity) << "<span class=\"rule\">" << e(f.rule)
                << "</span>" << e(f.title) << "</h4>\n<p>" << e(f.explanation) << "</p>\n";
            if (!rf.involved.empty())
                out << "<p class=\"involved\"><strong>" << say(t, "Involves:") << "</strong> "
                    << e(rf.involved) << "</p>\n";
            out << "<p class=\"suggestion\"><strong>" << say(t, "Suggestion:") << "</strong> "
                << e(f.suggestion) << "</p>\n</div>\n";
        }
    }
    out << "</section>\n";
}

// ---- appendix ---------------------------------------------------------------------------------

void writeStructure(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<h3 id=\"structure\">" << say(t, "Structure")
        << "</h3>\n<div class=\"columns\">\n<div>\n<table>\n<caption>" << say(t, "Nodes by kind")
        << "</caption>\n<thead><tr><th>" << say(t, "kind") << "</th><th class=\"num\">" << say(t, "count")
        << "</th></tr></thead>\n<tbody>\n";
    for (const auto& [kind, n] : d.nodeCounts)
        out << "<tr><td>" << e(kind) << "</td><td class=\"num\">" << n << "</td></tr>\n";
    out << "</tbody>\n</table>\n</div>\n<div>\n<table>\n<caption>" << say(t, "Ties by kind")
        << "</caption>\n<thead><tr><th>" << say(t, "kind") << "</th><th class=\"num\">" << say(t, "count")
        << "</th></tr></thead>\n<tbody>\n";
    for (const auto& [kind, n] : d.tieCounts)
        out << "<tr><td>" << e(kind) << "</td><td class=\"num\">" << n << "</td></tr>\n";
    out << "</tbody>\n</table>\n</div>\n</div>\n";
    const NetworkSummary& n = d.network;
    out << "<p>"
        << e(sayf(
               t,
               "{} roles and {} ties between them (collaboration, reporting lines and shared committee "
               "seats). "
               "Density {}, {} components, diameter {}, average path length {}. E-I index by organization {} "
               "(−1: all ties inside organizations, +1: all across). Modularity of the organizations {}.",
               {std::to_string(d.roles), std::to_string(n.ties), formatValue(t, n.density, false),
                std::to_string(n.components), std::to_string(n.diameter),
                formatValue(t, n.averagePathLength, false), formatValue(t, n.eiIndex, false),
                formatValue(t, n.partitionModularity, false)}))
        << "</p>\n";
}

void writeKeyActors(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<h3 id=\"key-actors\">" << say(t, "Key actors") << "</h3>\n<p class=\"lead\">"
        << say(t,
               "The ten roles that stand out on each measure, computed on the network of roles, as orgweave "
               "analyze reports them.")
        << "</p>\n<div class=\"columns\">\n";
    for (const ReportMeasure& m : d.keyActors) {
        out << "<div>\n<h4 id=\"measure-" << e(m.name) << "\">" << e(say(t, m.title.c_str())) << "</h4>\n"
            << "<p class=\"legend-line\">" << e(say(t, m.meaning.c_str())) << "</p>\n";
        if (m.top.empty()) {
            out << "<p>" << say(t, "No role scores above zero.") << "</p>\n</div>\n";
            continue;
        }
        out << "<table>\n<thead><tr><th class=\"rank\">#</th><th>" << say(t, "role")
            << "</th><th class=\"num\">"
            << e(core::findMeasure(m.name) ? t.text(core::findMeasure(m.name)->label) : m.name)
            << "</th></tr></thead>\n<tbody>\n";
        for (std::size_t i = 0; i < m.top.size(); ++i) {
            const ReportActor& a = m.top[i];
            out << "<tr><td class=\"rank\">" << i + 1 << "</td><td>" << e(a.label);
            if (!a.organization.empty())
                out << "<span class=\"org\">" << e(a.organization) << "</span>";
            out << "</td><td class=\"num\">" << formatValue(t, a.value, m.integer) << "</td></tr>\n";
        }
        out << "</tbody>\n</table>\n</div>\n";
    }
    out << "</div>\n";
}

void writeSpanners(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<h3 id=\"spanners\">" << say(t, "Boundary spanners and brokerage") << "</h3>\n<p class=\"lead\">"
        << say(t,
               "Roles with ties into two or more organizations. Multilateral spanners also have ties inside "
               "their "
               "own organization; one-sided ones do not. Brokerage counts the open two-paths a role sits on "
               "by the "
               "organizations at the ends (Gould–Fernandez): coordinator A→A→A, consultant A→B→A, "
               "representative "
               "A→A→B, gatekeeper A→B→B, liaison A→B→C.")
        << "</p>\n";
    if (d.spanners.empty()) {
        out << "<p>" << say(t, "No role has ties into more than one organization.") << "</p>\n";
        return;
    }
    out << "<table class=\"spanners\">\n<thead><tr><th>" << say(t, "role") << "</th><th class=\"num\">"
        << say(t, "orgs reached") << "</th><th>" << say(t, "kind") << "</th><th class=\"num\">"
        << say(t, "betweenness") << "</th><th class=\"num\">" << say(t, "coord.") << "</th><th class=\"num\">"
        << say(t, "consult.") << "</th><th class=\"num\">" << say(t, "repr.") << "</th><th class=\"num\">"
        << say(t, "gatek.") << "</th><th class=\"num\">" << say(t, "liaison") << "</th><th class=\"num\">"
        << say(t, "total") << "</th></tr></thead>\n<tbody>\n";
    for (const ReportSpanner& s : d.spanners) {
        const BrokerageCounts& b = s.brokerage;
        out << "<tr><td>" << e(s.label) << "<span class=\"org\">" << e(s.organization)
            << "</span></td><td class=\"num\">" << s.groupsReached << "</td><td>"
            << (s.multilateral ? say(t, "multilateral") : say(t, "one-sided")) << "</td><td class=\"num\">"
            << formatValue(t, s.betweenness, false) << "</td><td class=\"num\">" << b.coordinator
            << "</td><td class=\"num\">" << b.consultant << "</td><td class=\"num\">" << b.representative
            << "</td><td class=\"num\">" << b.gatekeeper << "</td><td class=\"num\">" << b.liaison
            << "</td><td class=\"num\"><strong>" << b.total() << "</strong></td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void writePairs(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<h3 id=\"pairs\">" << say(t, "Organization pairs and independent role paths")
        << "</h3>\n<p class=\"lead\">"
        << say(t,
               "How many roles would have to leave before two organizations lose every connection between "
               "their "
               "roles (vertex-independent paths). 1 = fragile: one vacant post cuts the link; 0: not "
               "connected.")
        << "</p>\n";
    if (d.pairs.empty()) {
        out << "<p>"
            << e(sayf(t, "Every pair of organizations is joined by {} or more independent role paths.",
                      {std::to_string(d.pathCap)}))
            << "</p>\n";
        return;
    }
    out << "<table class=\"pairs\">\n<thead><tr><th>" << say(t, "organization") << "</th><th>"
        << say(t, "organization") << "</th><th class=\"num\">" << say(t, "independent role paths")
        << "</th></tr></thead>\n<tbody>\n";
    for (const ReportPair& p : d.pairs) {
        const char* cls = p.paths == 1 ? " class=\"fragile\"" : p.paths == 0 ? " class=\"cut\"" : "";
        out << "<tr" << cls << "><td>" << e(p.organizationA) << "</td><td>" << e(p.organizationB)
            << "</td><td class=\"num\">" << p.paths
            << (p.paths == 1   ? "<span class=\"fragile-tag\">" + say(t, "fragile") + "</span>"
                : p.paths == 0 ? " (" + say(t, "not connected") + ")"
                               : std::string())
            << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
    if (d.pairsAtCap > 0)
        out << "<p>"
            << e(sayf(t, "The other {} pairs are joined by {} or more independent role paths.",
                      {std::to_string(d.pairsAtCap), std::to_string(d.pathCap)}))
            << "</p>\n";
}

void writeAppendix(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<section id=\"appendix\" class=\"major\">\n<h2>" << say(t, "Appendix: measures") << "</h2>\n";
    writeStructure(out, d, t);
    writeKeyActors(out, d, t);
    writeSpanners(out, d, t);
    writePairs(out, d, t);
    out << "</section>\n";
}

// ---- panel data -------------------------------------------------------------------------------

void writePanelData(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<script type=\"application/json\" id=\"report-data\">{\"text\":{\"close\":"
        << jsonString(say(t, "Close")) << ",\"measures\":" << jsonString(say(t, "Measures"))
        << ",\"findings\":" << jsonString(say(t, "Findings"))
        << ",\"noFindings\":" << jsonString(say(t, "none"))
        << ",\"belongs\":" << jsonString(say(t, "Belongs to"))
        << ",\"involves\":" << jsonString(say(t, "Involves")) << "},\"nodes\":[";
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const ReportNodeInfo& n = d.nodes[i];
        out << (i ? ",\n" : "\n") << "{\"id\":" << jsonString(n.id) << ",\"label\":" << jsonString(n.label)
            << ",\"kind\":" << jsonString(n.kind) << ",\"organization\":" << jsonString(n.organization)
            << ",\"measures\":[";
        for (std::size_t m = 0; m < n.measures.size(); ++m)
            out << (m ? "," : "") << "[" << jsonString(say(t, n.measures[m].first.c_str())) << ","
                << jsonString(n.measures[m].second) << "]";
        out << "],\"findings\":" << jsonList(n.findings) << ",\"belongs\":" << jsonList(n.belongs) << "}";
    }
    out << "]}</script>\n";
}

}  // namespace

// ---- page -------------------------------------------------------------------------------------

std::string reportHtml(const ReportData& d, const Translator& t) {
    std::ostringstream out;
    const std::string title = d.title + (d.phaseLabel.empty() ? std::string() : " — " + d.phaseLabel);
    out << "<!DOCTYPE html>\n<html lang=\"" << languageCode(t.language())
        << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"orgweave " << ORGWEAVE_VERSION << "\">\n"
        << "<title>" << e(title) << " — " << say(t, "orgweave report") << "</title>\n<style>" << kStyle
        << "</style>\n</head>\n"
        << "<body>\n<main>\n<header class=\"title\">\n<h1>" << e(d.title) << "</h1>\n<p class=\"subtitle\">"
        << say(t, "Collaboration network report");
    if (!d.phaseLabel.empty())
        out << " · " << say(t, "phase") << " <strong>" << e(d.phaseLabel) << "</strong>";
    out << " · " << say(t, "source") << " <code>" << e(d.sourceFile) << "</code></p>\n";
    if (!d.description.empty())
        out << "<p class=\"description\">" << e(d.description) << "</p>\n";
    out << "</header>\n";
    html::writeFirstPage(out, d, t);
    writePicture(out, d, t);
    html::writeElements(out, d, t);
    html::writePhaseStory(out, d, t);
    writeFindings(out, d, t);
    writeAppendix(out, d, t);
    out << "<footer>"
        << e(sayf(t,
                  "Made by orgweave {}. Measures follow networkx 2.8 conventions on the network of roles; "
                  "checks "
                  "as in DOMAIN.md §4.",
                  {ORGWEAVE_VERSION}))
        << "</footer>\n</main>\n<aside id=\"panel\" hidden aria-live=\"polite\"></aside>\n";
    writePanelData(out, d, t);
    out << "<script>" << kScript << "</script>\n</body>\n</html>\n";
    return out.str();
}

}  // namespace orgweave::cli
