// Sections: escaping · first page · picture · elements · phase story · findings · appendix · page
// (the order of the HTML page, compact: one line per priority, finding and action)
#include "ReportMarkdown.hpp"

#include "ReportText.hpp"

#include <orgweave/core/Alignment.hpp>

#include <algorithm>
#include <cmath>

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

std::string scoreText(const Translator& t, const AlignmentScore& score) {
    if (!score.recorded())
        return say(t, "not recorded");
    return sayf(
        t, "{} of {} · {}%",
        {std::to_string(score.passes), std::to_string(score.total), std::to_string(*score.percent())});
}

std::string elementName(const Translator& t, Element el) {
    return say(t, std::string(labelOf(el)).c_str());
}

const char* severityWord(FindingSeverity s) {
    return s == FindingSeverity::Critical  ? N_("critical")
           : s == FindingSeverity::Warning ? N_("warning")
                                           : N_("info");
}

void writeFirstPage(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "## " << say(t, "What this network is and what to do next") << "\n\n";
    std::size_t partners = 0, voices = 0, externals = 0;
    for (const ReportParty& p : d.parties)
        (p.party == "voice" ? voices : p.party == "external" ? externals : partners) += 1;
    out << sayn(t, "{} partner", "{} partners", partners) << ", " << sayn(t, "{} voice", "{} voices", voices)
        << ", " << sayn(t, "{} external", "{} externals", externals) << "; "
        << sayn(t, "{} committee", "{} committees", d.committees.size()) << ", "
        << sayn(t, "{} learning action", "{} learning actions", d.actions.size()) << ", "
        << sayn(t, "{} role", "{} roles", d.roles) << ".";
    if (!d.period.empty())
        out << " " << md(sayf(t, "Period: {}.", {d.period}));
    out << " " << md(sayf(t, "Setting: {}.", {d.setting}));
    if (!d.governance.empty())
        out << " " << md(sayf(t, "Governance: {}.", {d.governance}));
    out << "\n\n";
    for (const auto& [party, title] :
         {std::pair{"partner", N_("Partners")}, {"voice", N_("Voices")}, {"external", N_("Externals")}}) {
        std::string labels;
        for (const ReportParty& p : d.parties)
            if (p.party == party)
                labels += (labels.empty() ? "" : ", ") + md(p.label);
        if (!labels.empty())
            out << "- **" << say(t, title) << ":** " << labels << "\n";
    }
    if (!d.assessedNote.empty())
        out << "\n> " << md(d.assessedNote) << "\n";
    out << "\n### " << say(t, "Priorities") << "\n\n";
    if (d.priorities.empty())
        out << say(t, "No check found a gap: nothing here is a priority yet. See what was not evaluated.")
            << "\n";
    for (std::size_t i = 0; i < d.priorities.size(); ++i) {
        const ReportPriority& p = d.priorities[i];
        out << i + 1 << ". **" << say(t, severityWord(p.finding.severity)) << " · " << md(p.finding.rule)
            << " " << md(p.finding.title) << "** — " << md(p.finding.explanation) << "  \n   "
            << say(t, "Owner:") << " " << md(p.owner) << " (" << md(p.ownerWhy) << ")";
        if (p.partners > 0)
            out << " · " << sayn(t, "{} partner affected", "{} partners affected", p.partners);
        if (!p.finding.suggestion.empty())
            out << "  \n   " << say(t, "Suggestion:") << " " << md(p.finding.suggestion);
        out << "\n";
    }
    out << "\n### " << say(t, "Alignment at a glance") << "\n\n"
        << md(sayf(t, "{} of {} evaluations pass.",
                   {std::to_string(d.passes), std::to_string(d.evaluations - d.notEvaluated.size())}))
        << "\n\n|  |";
    for (Element el : kAlignmentElements)
        out << " " << elementName(t, el) << " |";
    out << " " << say(t, "completeness") << " |\n|---|";
    for (std::size_t i = 0; i <= kAlignmentElements.size(); ++i)
        out << "---|";
    out << "\n";
    for (std::size_t i = 0; i < kAlignmentElements.size(); ++i) {
        out << "| **" << elementName(t, kAlignmentElements[i]) << "** |";
        for (std::size_t j = 0; j < kAlignmentElements.size(); ++j) {
            const AlignmentScore& c = d.alignment.cells[i][j];
            out << " " << (c.recorded() ? scoreText(t, c) : "_" + scoreText(t, c) + "_") << " |";
        }
        const auto& c = d.alignment.completeness[i];
        out << " "
            << (c ? sayf(t, "{}%", {std::to_string(static_cast<int>(std::lround(*c * 100.0)))})
                  : std::string("–"))
            << " |\n";
    }
    if (!d.notEvaluated.empty()) {
        out << "\n### " << say(t, "Not evaluated") << "\n\n";
        std::vector<std::string> rules;
        for (const NotEvaluated& n : d.notEvaluated) {
            if (std::find(rules.begin(), rules.end(), n.rule) != rules.end())
                continue;
            rules.push_back(n.rule);
            const auto count = std::count_if(d.notEvaluated.begin(), d.notEvaluated.end(),
                                             [&](const NotEvaluated& x) { return x.rule == n.rule; });
            out << "- **" << md(n.rule) << " " << md(n.title) << "** ("
                << sayn(t, "{} subject", "{} subjects", static_cast<unsigned long>(count))
                << "): " << md(n.reason) << "\n";
        }
    }
    out << "\n";
}

void writeElements(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "## " << say(t, "Context") << "\n\n";
    if (d.context.empty())
        out << "_" << say(t, "Not recorded: the document holds no context scores.") << "_\n";
    for (const ReportContextRow& c : d.context)
        out << "- " << md(c.factor) << " (" << md(c.scope) << "): **" << c.score << "**"
            << (c.note.empty() ? "" : " — " + md(c.note)) << "\n";
    for (const CheckEvaluation& c : d.contextChecks)
        if (c.status == CheckStatus::Gap)
            out << "- " << say(t, "implies") << " " << md(c.rule) << " " << md(c.title) << ": "
                << md(c.explanation) << "\n";

    out << "\n## " << say(t, "Architecture") << "\n\n";
    if (d.committees.empty())
        out << "_" << say(t, "No committees recorded.") << "_\n";
    else
        out << "| " << say(t, "committee") << " | " << say(t, "level") << " | " << say(t, "mandate") << " | "
            << say(t, "seats") << " | " << say(t, "parity") << " |\n|---|---|---|---|---|\n";
    for (const ReportCommittee& c : d.committees)
        out << "| " << md(c.label) << " | " << (c.level ? std::to_string(*c.level) : "–") << " | "
            << md(c.mandate) << " | " << c.seats
            << (c.seatsByOrganization.empty() ? "" : " (" + md(c.seatsByOrganization) + ")") << " | "
            << md(c.parity.empty()     ? std::string("–")
                  : c.parity == "pass" ? say(t, "balanced")
                  : c.parity == "gap"  ? say(t, "breach")
                                       : say(t, "not evaluated"))
            << " |\n";
    for (const ReportPair& p : d.pairs)
        if (p.paths == 1)
            out << "- " << say(t, "fragile") << ": " << md(p.organizationA) << " — " << md(p.organizationB)
                << "\n";

    out << "\n## " << say(t, "Leadership") << "\n\n";
    if (d.leaders.empty())
        out << "_" << say(t, "Not recorded: no role has a leadership entry.") << "_\n";
    for (const ReportLeader& l : d.leaders)
        out << "- " << md(l.partner) << ": " << md(l.role)
            << (l.level.empty() ? "" : " (" + md(l.level) + ")") << " — "
            << (l.behaviors.empty() ? say(t, "none shown") : md(l.behaviors)) << "\n";

    out << "\n## " << say(t, "Collaborative learning") << "\n\n";
    if (d.actions.empty())
        out << "_" << say(t, "No learning actions recorded.") << "_\n";
    for (const ReportAction& a : d.actions) {
        out << "- **" << md(a.label) << "** — " << say(t, "owner") << " "
            << (a.owner.empty() ? say(t, "no owner") : md(a.owner)) << "; " << say(t, "stage") << " "
            << (a.stage.empty() ? "–" : md(a.stage)) << "; " << say(t, "status") << " "
            << (a.status.empty() ? "–" : md(a.status));
        if (a.iterations)
            out << "; "
                << sayn(t, "{} iteration", "{} iterations", static_cast<unsigned long>(*a.iterations));
        if (!a.start.empty() || !a.lastActivity.empty())
            out << "; " << md(a.start) << " → " << md(a.lastActivity);
        out << "  \n  " << say(t, "participants") << ": "
            << (a.participants.empty() ? "–" : md(a.participants)) << "\n";
    }
    if (d.rc) {
        out << "\n## " << say(t, "Relational coordination") << "\n\n";
        if (!d.rc->waveNote.empty())
            out << md(d.rc->waveNote) << ". ";
        if (d.rc->index)
            out << md(
                sayf(t, "Network RC index {} (1–5; below 3.5 is weak).", {t.formatNumber(*d.rc->index, 2)}));
        out << "\n\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(3, d.rc->dimensions.size()); ++i)
            out << "- " << say(t, "weak:") << " " << md(d.rc->dimensions[i].first) << " "
                << t.formatNumber(d.rc->dimensions[i].second, 2) << "\n";
    }
    out << "\n";
}

void writePhaseStory(std::ostringstream& out, const ReportData& d, const Translator& t) {
    if (d.phases.empty())
        return;
    out << "## " << say(t, "The phase story") << "\n\n"
        << md(sayf(t,
                   "How the network changed from phase to phase, from the analysis of each phase. The rest "
                   "of this "
                   "report assesses {}.",
                   {d.phaseLabel}))
        << "\n\n| " << say(t, "phase") << " | " << say(t, "roles") << " | " << say(t, "committees") << " | "
        << say(t, "actions") << " | " << say(t, "checks pass") << " | " << say(t, "gaps") << " | "
        << say(t, "not evaluated") << " |\n|---|---|---|---|---|---|---|\n";
    for (const ReportPhaseStep& p : d.phases)
        out << "| " << md(p.label) << " | " << p.roles << " | " << p.committees << " | " << p.actions << " | "
            << p.passes << " | " << p.gaps << " | " << p.notEvaluable << " |\n";
    for (std::size_t i = 1; i < d.phases.size(); ++i) {
        const ReportPhaseStep& p = d.phases[i];
        out << "\n**" << md(sayf(t, "From {} to {}", {d.phases[i - 1].label, p.label})) << ":** "
            << md(sayf(
                   t,
                   "{} nodes added, {} removed; {} ties added, {} removed. {} new gaps, {} resolved, {} no "
                   "longer evaluated.",
                   {std::to_string(p.nodesAdded), std::to_string(p.nodesRemoved), std::to_string(p.tiesAdded),
                    std::to_string(p.tiesRemoved), std::to_string(p.gapsNew.size()),
                    std::to_string(p.gapsResolved.size()), std::to_string(p.gapsNoLongerEvaluated.size())}))
            << "\n";
        for (const Finding& f : p.gapsResolved)
            out << "- " << say(t, "resolved") << ": " << md(f.rule) << " " << md(f.explanation) << "\n";
        for (const Finding& f : p.gapsNew)
            out << "- " << say(t, "new") << ": " << md(f.rule) << " " << md(f.explanation) << "\n";
    }
    out << "\n";
}

void writeFindings(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "## " << say(t, "All findings") << "\n\n";
    for (const ReportFindingGroup& g : d.findingGroups) {
        out << "### " << md(g.elements) << "\n\n";
        for (const ReportFinding& rf : g.findings)
            out << "- **" << say(t, severityWord(rf.finding.severity)) << " · " << md(rf.finding.rule)
                << "** " << md(rf.finding.explanation) << " _" << say(t, "Suggestion:") << "_ "
                << md(rf.finding.suggestion) << "\n";
        out << "\n";
    }
}

void writeAppendix(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "## " << say(t, "Appendix: measures") << "\n\n### " << say(t, "Key actors") << "\n\n";
    for (const ReportMeasure& m : d.keyActors) {
        out << "- **" << md(say(t, m.title.c_str())) << ":** ";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, m.top.size()); ++i)
            out << (i ? "; " : "") << md(m.top[i].label) << " " << formatValue(t, m.top[i].value, m.integer);
        out << "\n";
    }
    out << "\n### " << say(t, "Boundary spanners and brokerage") << "\n\n";
    if (!d.spanners.empty())
        out << "| " << say(t, "role") << " | " << say(t, "organization") << " | " << say(t, "orgs reached")
            << " | " << say(t, "betweenness") << " | " << say(t, "brokerage")
            << " |\n|---|---|---|---|---|\n";
    for (const ReportSpanner& s : d.spanners)
        out << "| " << md(s.label) << " | " << md(s.organization) << " | " << s.groupsReached << " | "
            << formatValue(t, s.betweenness, false) << " | " << s.brokerage.total() << " |\n";
    out << "\n### " << say(t, "Organization pairs and independent role paths") << "\n\n";
    for (const ReportPair& p : d.pairs)
        out << "- " << md(p.organizationA) << " — " << md(p.organizationB) << ": " << p.paths
            << (p.paths == 1 ? " (" + say(t, "fragile") + ")" : std::string()) << "\n";
    if (d.pairsAtCap > 0)
        out << "- "
            << md(sayf(t, "The other {} pairs are joined by {} or more independent role paths.",
                       {std::to_string(d.pairsAtCap), std::to_string(d.pathCap)}))
            << "\n";
    out << "\n";
}

}  // namespace

std::string reportMarkdown(const ReportData& d, const std::string& pictureFile, const Translator& t) {
    std::ostringstream out;
    out << "# " << md(d.title) << "\n\n" << say(t, "Collaboration network report");
    if (!d.phaseLabel.empty())
        out << " · " << say(t, "phase") << " **" << md(d.phaseLabel) << "**";
    out << " · " << say(t, "source") << " `" << d.sourceFile << "`\n\n";
    if (!d.description.empty())
        out << md(d.description) << "\n\n";
    writeFirstPage(out, d, t);
    out << "## " << say(t, "The network") << "\n\n";
    if (pictureFile.empty())
        out << md(sayf(t, "No picture: {}", {d.svgProblem})) << "\n\n";
    else
        out << "![" << say(t, "The network") << "](<" << pictureFile << ">)\n\n"
            << md(d.pictureNote) << "\n\n";
    writeElements(out, d, t);
    writePhaseStory(out, d, t);
    writeFindings(out, d, t);
    writeAppendix(out, d, t);
    return out.str();
}

}  // namespace orgweave::cli
