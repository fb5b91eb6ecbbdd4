// Sections: escaping · sections in the order of the HTML page
#include "ReportMarkdown.hpp"

#include <orgweave/core/Alignment.hpp>

#include <sstream>

namespace orgweave::cli {

using namespace orgweave::core;

std::string escapeMarkdown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '>':
            case '|':
            case '&':
            case '#':
            case '~':
                out += '\\';
                out += c;
                break;
            case '\n':
            case '\r':
            case '\t':
                out += ' ';
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

std::string md(std::string_view text) {
    return escapeMarkdown(text);
}

void writeSummary(std::ostringstream& out, const ReportData& d) {
    out << "## Summary\n\n";
    std::size_t fragile = 0;
    for (const ReportPair& p : d.pairs)
        fragile += p.paths == 1 ? 1 : 0;
    out << "- " << d.nodeTotal << " nodes, " << d.tieTotal << " ties\n"
        << "- " << d.spanners.size() << " boundary spanners\n"
        << "- " << fragile << " organization pair" << (fragile == 1 ? "" : "s") << " hanging on one role\n"
        << "- " << d.criticalCount + d.warningCount + d.infoCount << " gap findings (" << d.criticalCount
        << " critical, " << d.warningCount << " warnings, " << d.infoCount << " info)\n\n";
    out << "| Nodes by kind | Count |\n|---|---:|\n";
    for (const auto& [kind, n] : d.nodeCounts)
        out << "| " << md(kind) << " | " << n << " |\n";
    out << "\n| Ties by kind | Count |\n|---|---:|\n";
    for (const auto& [kind, n] : d.tieCounts)
        out << "| " << md(kind) << " | " << n << " |\n";
    out << "\n### Governance\n\n";
    if (d.governance.empty()) {
        out << "Not recorded in the document.\n";
    } else {
        out << "**" << md(d.governance) << "**" << (d.governanceDescription.empty() ? "" : ": ")
            << md(d.governanceDescription) << "\n";
    }
    if (!d.characteristics.empty()) {
        out << "\nNetwork characteristics: ";
        for (std::size_t i = 0; i < d.characteristics.size(); ++i)
            out << (i ? ", " : "") << md(d.characteristics[i]);
        out << ".\n";
    }
    const NetworkSummary& n = d.network;
    out << "\n### The network of roles\n\n"
        << d.roles << " roles and " << n.ties << " ties between them. Density "
        << formatValue(n.density, false) << ", " << n.components
        << (n.components == 1 ? " component" : " components") << ", diameter " << n.diameter
        << ", average path length " << formatValue(n.averagePathLength, false)
        << ", E-I index by organization " << formatValue(n.eiIndex, false)
        << ", modularity of the organizations " << formatValue(n.partitionModularity, false) << ".\n";
    out << "\n### Context\n\n";
    if (d.context.empty()) {
        out << "No context scores in the document.\n";
    } else {
        out << "| Factor | Scope | Score (1–5) | Note |\n|---|---|---:|---|\n";
        for (const ReportContextRow& c : d.context) {
            out << "| " << md(c.factor) << " | " << md(c.scope) << " | " << (c.score >= 4 ? "**" : "")
                << c.score << (c.score >= 4 ? "**" : "") << " | " << md(c.note) << " |\n";
        }
    }
    out << "\n";
}

void writePicture(std::ostringstream& out, const ReportData& d, const std::string& pictureFile) {
    out << "## The network\n\n";
    if (pictureFile.empty()) {
        out << "No picture: " << md(d.svgProblem) << "\n\n";
        return;
    }
    out << "![The collaboration network](<" << pictureFile << ">)\n\n*" << md(d.pictureNote)
        << " The picture is the file " << md(pictureFile) << " next to this one.*\n\n";
}

void writeKeyActors(std::ostringstream& out, const ReportData& d) {
    out << "## Key actors\n\nThe ten roles that stand out on each measure (network of roles).\n\n";
    for (const ReportMeasure& m : d.keyActors) {
        out << "### " << md(m.title) << "\n\n" << md(m.meaning) << "\n\n";
        if (m.top.empty()) {
            out << "No role scores above zero.\n\n";
            continue;
        }
        out << "| # | Role | Organization | " << md(m.name) << " |\n|---:|---|---|---:|\n";
        for (std::size_t i = 0; i < m.top.size(); ++i) {
            const ReportActor& a = m.top[i];
            out << "| " << i + 1 << " | " << md(a.label) << " | " << md(a.organization) << " | "
                << formatValue(a.value, m.integer) << " |\n";
        }
        out << "\n";
    }
}

void writeSpanners(std::ostringstream& out, const ReportData& d) {
    out << "## Boundary spanners and brokerage\n\nRoles with ties into two or more organizations; brokerage "
           "by "
           "organization (Gould–Fernandez).\n\n";
    if (d.spanners.empty()) {
        out << "No role has ties into more than one organization.\n\n";
        return;
    }
    out << "| Role | Organization | Orgs reached | Kind | Betweenness | Coordinator | Consultant | "
           "Representative | "
           "Gatekeeper | Liaison | Total |\n|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const ReportSpanner& s : d.spanners) {
        const BrokerageCounts& b = s.brokerage;
        out << "| " << md(s.label) << " | " << md(s.organization) << " | " << s.groupsReached << " | "
            << (s.multilateral ? "multilateral" : "one-sided") << " | " << formatValue(s.betweenness, false)
            << " | " << b.coordinator << " | " << b.consultant << " | " << b.representative << " | "
            << b.gatekeeper << " | " << b.liaison << " | " << b.total() << " |\n";
    }
    out << "\n";
}

void writePairs(std::ostringstream& out, const ReportData& d) {
    out << "## Organization pairs and independent role paths\n\nHow many roles would have to leave before "
           "two "
           "organizations lose every connection. **1 = fragile**: one vacant post cuts the link.\n\n";
    if (d.pairs.empty()) {
        out << "Every pair of organizations is joined by " << d.pathCap
            << " or more independent role paths.\n\n";
        return;
    }
    out << "| Organization | Organization | Independent role paths |\n|---|---|---:|\n";
    for (const ReportPair& p : d.pairs) {
        out << "| " << md(p.organizationA) << " | " << md(p.organizationB) << " | "
            << (p.paths == 1   ? std::string("**1 (fragile)**")
                : p.paths == 0 ? std::string("0 (not connected)")
                               : std::to_string(p.paths))
            << " |\n";
    }
    if (d.pairsAtCap > 0) {
        out << "\nThe other " << d.pairsAtCap << (d.pairsAtCap == 1 ? " pair is" : " pairs are")
            << " joined by " << d.pathCap << " or more independent role paths.\n";
    }
    out << "\n";
}

void writeGaps(std::ostringstream& out, const ReportData& d) {
    out << "## Gap findings\n\n"
        << d.criticalCount + d.warningCount + d.infoCount << " findings: " << d.criticalCount << " critical, "
        << d.warningCount << " warnings, " << d.infoCount << " for information.\n";
    for (const ReportFindingGroup& g : d.findingGroups) {
        out << "\n### " << md(g.elements) << "\n\n";
        for (const ReportFinding& rf : g.findings) {
            const Finding& f = rf.finding;
            out << "- **" << md(f.rule) << " " << md(f.title) << "** `" << toString(f.severity) << "` — "
                << md(f.explanation);
            if (!rf.involved.empty())
                out << "  \n  *Involves:* " << md(rf.involved);
            out << "  \n  *Suggestion:* " << md(f.suggestion) << "\n";
        }
    }
    if (!d.notEvaluated.empty()) {
        out << "\n### Not evaluated\n\n";
        for (const NotEvaluated& n : d.notEvaluated)
            out << "- " << md(n.rule) << " " << md(n.title) << ": " << md(n.reason) << "\n";
    }
    out << "\n";
}

void writeAlignment(std::ostringstream& out, const ReportData& d) {
    const Alignment& a = d.alignment;
    out << "## Alignment\n\nEach cell: k of n evaluations pass, percent weighted by the severity each check "
           "has when "
           "it fails (info 0.25, warning 1, critical 2); \"not recorded\" when nothing could be "
           "evaluated.\n\n|  |";
    for (Element e : kAlignmentElements)
        out << " " << labelOf(e) << " |";
    out << "\n|---|---|---|---|---|\n";
    for (std::size_t i = 0; i < kAlignmentElements.size(); ++i) {
        out << "| **" << labelOf(kAlignmentElements[i]) << "** |";
        for (std::size_t j = 0; j < kAlignmentElements.size(); ++j)
            out << " " << a.cells[i][j].text() << " |";
        out << "\n";
    }
    out << "\n| Element | Score | Completeness |\n|---|---:|---:|\n";
    for (std::size_t i = 0; i < kAlignmentElements.size(); ++i) {
        const auto& c = a.completeness[i];
        out << "| " << labelOf(kAlignmentElements[i]) << " | " << a.elements[i].text() << " | "
            << (c ? std::to_string(static_cast<int>(*c * 100.0 + 0.5)) + "%" : std::string("–")) << " |\n";
    }
    if (!d.organizationScores.empty()) {
        out << "\n| Partner | Score |\n|---|---:|\n";
        for (const auto& [label, score] : d.organizationScores)
            out << "| " << md(label) << " | " << score.text() << " |\n";
    }
}

}  // namespace

std::string reportMarkdown(const ReportData& d, const std::string& pictureFile) {
    std::ostringstream out;
    out << "# " << md(d.title);
    if (!d.phaseLabel.empty())
        out << " — " << md(d.phaseLabel);
    out << "\n\nCollaboration network report · source " << md(d.sourceFile) << "\n\n";
    if (!d.description.empty())
        out << md(d.description) << "\n\n";
    writeSummary(out, d);
    writePicture(out, d, pictureFile);
    writeKeyActors(out, d);
    writeSpanners(out, d);
    writePairs(out, d);
    writeGaps(out, d);
    writeAlignment(out, d);
    out << "\n*Made by orgweave " << ORGWEAVE_VERSION << ".*\n";
    return out.str();
}

}  // namespace orgweave::cli
