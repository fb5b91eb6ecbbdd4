// Sections: first page (what the network is, priorities, alignment, not evaluated) · context ·
// architecture · leadership · collaborative learning · relational coordination · phase story
#include "ReportHtmlParts.hpp"
#include "orgweave/core/Text.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace orgweave::cli::html {

using namespace orgweave::core;

namespace {

std::string e(std::string_view text) {
    return core::escapeMarkup(text);
}

std::string orDash(const std::string& text) {
    return text.empty() ? std::string("<span class=\"nr\">–</span>") : core::escapeMarkup(text);
}

std::string percentOf(const Translator& t, std::optional<double> share) {
    return share ? sayf(t, "{}%", {std::to_string(static_cast<int>(std::lround(*share * 100.0)))})
                 : std::string("–");
}

/// "node ids" attribute value of a finding, for the side panel.
std::string nodesAttribute(const Finding& f) {
    std::string out;
    for (const std::string& id : f.nodes)
        out += (out.empty() ? "" : " ") + id;
    return core::escapeMarkup(out);
}

void writeFinding(std::ostringstream& out, const Finding& f, const std::string& involved, const Translator& t,
                  const std::string& owner = {}, const std::string& ownerWhy = {}, std::size_t partners = 0) {
    out << "<div class=\"finding " << severityClass(f.severity) << "\" tabindex=\"0\" data-nodes=\""
        << nodesAttribute(f) << "\" data-rule=\"" << e(f.rule) << "\">\n<h4>" << badge(t, f.severity)
        << "<span class=\"rule\">" << e(f.rule) << "</span>" << e(f.title)
        << "</h4>\n<p class=\"explanation\">" << e(f.explanation) << "</p>\n";
    if (!owner.empty())
        out << "<p class=\"owner\"><strong>" << say(t, "Owner:") << "</strong> " << e(owner)
            << " <span class=\"why\">(" << e(ownerWhy) << ")</span>"
            << (partners > 0 ? " · " + sayn(t, "{} partner affected", "{} partners affected", partners) : "")
            << "</p>\n";
    if (!involved.empty())
        out << "<p class=\"involved\"><strong>" << say(t, "Involves:") << "</strong> " << e(involved)
            << "</p>\n";
    if (!f.suggestion.empty())
        out << "<p class=\"suggestion\"><strong>" << say(t, "Suggestion:") << "</strong> " << e(f.suggestion)
            << "</p>\n";
    out << "</div>\n";
}

void writeMatrix(std::ostringstream& out, const Alignment& a, const Translator& t, bool withCompleteness) {
    out << "<table class=\"matrix\">\n<thead><tr><th></th>";
    for (Element el : kAlignmentElements)
        out << "<th scope=\"col\">" << e(say(t, std::string(labelOf(el)).c_str())) << "</th>";
    if (withCompleteness)
        out << "<th scope=\"col\" class=\"compl\">" << say(t, "completeness") << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < kAlignmentElements.size(); ++i) {
        out << "<tr><th scope=\"row\">" << e(say(t, std::string(labelOf(kAlignmentElements[i])).c_str()))
            << "</th>";
        for (std::size_t j = 0; j < kAlignmentElements.size(); ++j) {
            const AlignmentScore& cell = a.cells[i][j];
            out << "<td class=\"cell " << scoreClassOf(cell) << "\">" << e(scoreText(t, cell)) << "</td>";
        }
        if (withCompleteness)
            out << "<td class=\"compl\">" << percentOf(t, a.completeness[i]) << "</td>";
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

// ---- first page -------------------------------------------------------------------------------

void writeWhat(std::ostringstream& out, const ReportData& d, const Translator& t) {
    std::map<std::string, std::vector<std::string>> byParty;
    for (const ReportParty& p : d.parties)
        byParty[p.party].push_back(p.label);
    std::size_t committees = d.committees.size();
    out << "<p class=\"what\">";
    out << sayn(t, "{} partner", "{} partners", byParty["partner"].size()) << ", "
        << sayn(t, "{} voice", "{} voices", byParty["voice"].size()) << ", "
        << sayn(t, "{} external", "{} externals", byParty["external"].size()) << "; "
        << sayn(t, "{} committee", "{} committees", committees) << ", "
        << sayn(t, "{} learning action", "{} learning actions", d.actions.size()) << ", "
        << sayn(t, "{} role", "{} roles", d.roles) << ".";
    if (!d.period.empty())
        out << " " << e(sayf(t, "Period: {}.", {d.period}));
    if (!d.asOf.empty())
        out << " " << e(sayf(t, "Described as of {}.", {d.asOf}));
    out << " " << e(sayf(t, "Setting: {}.", {d.setting}));
    if (!d.governance.empty())
        out << " " << e(sayf(t, "Governance: {}.", {d.governance}));
    out << "</p>\n<dl class=\"parties\">\n";
    const std::pair<const char*, const char*> kinds[] = {
        {"partner", N_("Partners")}, {"voice", N_("Voices")}, {"external", N_("Externals")}};
    for (const auto& [party, title] : kinds) {
        const auto& labels = byParty[party];
        if (labels.empty())
            continue;
        out << "<dt>" << say(t, title) << "</dt><dd>";
        for (std::size_t i = 0; i < labels.size(); ++i)
            out << (i ? ", " : "") << e(labels[i]);
        out << "</dd>\n";
    }
    out << "</dl>\n";
    if (!d.assessedNote.empty())
        out << "<p class=\"assessed\">" << e(d.assessedNote) << "</p>\n";
}

void writePriorities(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<h3 id=\"priorities-title\">" << say(t, "Priorities") << "</h3>\n";
    if (d.priorities.empty()) {
        out << "<p>"
            << (d.evaluations == d.passes && d.passes > 0
                    ? say(t,
                          "Every check that could be evaluated passes: no priority follows from the checks.")
                    : say(t,
                          "No check found a gap: nothing here is a priority yet. See what was not "
                          "evaluated."))
            << "</p>\n";
        return;
    }
    out << "<p class=\"lead\">"
        << say(t,
               "Most severe first, then the most widely felt (partners, then roles and units involved); one "
               "per "
               "check. The owner is who can act: the committee that owns a learning action, the partner "
               "itself, "
               "else the highest committee for the network's architecture.")
        << "</p>\n<ol class=\"priorities\">\n";
    for (const ReportPriority& p : d.priorities) {
        out << "<li>";
        writeFinding(out, p.finding, p.involved, t, p.owner, p.ownerWhy, p.partners);
        out << "</li>\n";
    }
    out << "</ol>\n";
}

void writeNotEvaluated(std::ostringstream& out, const ReportData& d, const Translator& t) {
    if (d.notEvaluated.empty())
        return;
    struct Row {
        std::string title;
        std::vector<std::string> subjects;
        std::vector<std::string> needs;
    };
    std::vector<std::pair<std::string, Row>> rows;
    for (const NotEvaluated& n : d.notEvaluated) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first == n.rule; });
        if (it == rows.end()) {
            rows.push_back({n.rule, {n.title, {}, {}}});
            it = rows.end() - 1;
        }
        it->second.subjects.push_back(n.subject.label);
        for (const std::string& need : n.needs.empty() ? std::vector<std::string>{n.reason} : n.needs)
            if (std::find(it->second.needs.begin(), it->second.needs.end(), need) == it->second.needs.end())
                it->second.needs.push_back(need);
    }
    out << "<h3>" << say(t, "Not evaluated") << "</h3>\n<p class=\"legend-line\">"
        << say(t,
               "No score is given where nothing was evaluated. These checks need data the document does not "
               "hold:")
        << "</p>\n<table class=\"noteval\">\n<thead><tr><th>" << say(t, "check") << "</th><th>"
        << say(t, "subjects") << "</th><th>" << say(t, "needs") << "</th></tr></thead>\n<tbody>\n";
    for (const auto& [rule, row] : rows) {
        out << "<tr><td><strong>" << e(rule) << "</strong> " << e(row.title) << "</td><td>";
        const std::size_t shown = std::min<std::size_t>(row.subjects.size(), 4);
        for (std::size_t i = 0; i < shown; ++i)
            out << (i ? "; " : "") << e(row.subjects[i]);
        if (row.subjects.size() > shown)
            out << " " << e(sayf(t, "and {} more", {std::to_string(row.subjects.size() - shown)}));
        out << "</td><td>";
        for (std::size_t i = 0; i < row.needs.size(); ++i)
            out << (i ? "; " : "") << e(row.needs[i]);
        out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

}  // namespace

void writeFirstPage(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<section id=\"first-page\">\n<h2>" << say(t, "What this network is and what to do next")
        << "</h2>\n";
    writeWhat(out, d, t);
    writePriorities(out, d, t);
    out << "<h3>" << say(t, "Alignment at a glance") << "</h3>\n<p class=\"legend-line\">"
        << e(sayf(t,
                  "{} of {} evaluations pass. Each cell: k of n evaluations of the checks relating the two "
                  "elements pass, the percent weighted by severity (info 0.25, warning 1, critical 2); grey: "
                  "not "
                  "recorded. Completeness: share of partners for which the element is recorded.",
                  {std::to_string(d.passes), std::to_string(d.evaluations - d.notEvaluated.size())}))
        << "</p>\n";
    writeMatrix(out, d.alignment, t, true);
    writeNotEvaluated(out, d, t);
    out << "</section>\n";
}

// ---- element sections -------------------------------------------------------------------------

namespace {

void writeChecksOf(std::ostringstream& out, const std::vector<CheckEvaluation>& checks, const Translator& t) {
    if (checks.empty())
        return;
    out << "<table class=\"checks\">\n<thead><tr><th>" << say(t, "check") << "</th><th>" << say(t, "subject")
        << "</th><th>" << say(t, "result") << "</th><th>" << say(t, "what it means")
        << "</th></tr></thead>\n<tbody>\n";
    for (const CheckEvaluation& c : checks) {
        const char* status = c.status == CheckStatus::Pass  ? N_("pass")
                             : c.status == CheckStatus::Gap ? N_("gap")
                                                            : N_("not evaluated");
        std::string meaning =
            c.status == CheckStatus::NotEvaluable
                ? (c.needs.empty() ? c.explanation : say(t, "needs") + " " + c.needs.front())
                : c.explanation;
        out << "<tr class=\"st-" << (c.status == CheckStatus::NotEvaluable ? "ne" : toString(c.status))
            << "\"><td><strong>" << e(c.rule) << "</strong> " << e(c.title) << "</td><td>"
            << e(c.subject.label) << "</td><td>" << say(t, status) << "</td><td>" << e(meaning)
            << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void writeContext(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<section id=\"context\" class=\"major\">\n<h2>" << say(t, "Context") << "</h2>\n";
    if (d.context.empty()) {
        out << "<p class=\"nr\">" << say(t, "Not recorded: the document holds no context scores.")
            << "</p>\n";
    } else {
        out << "<table>\n<thead><tr><th>" << say(t, "factor") << "</th><th>" << say(t, "scope")
            << "</th><th class=\"num\">" << say(t, "score (1–5)") << "</th><th>" << say(t, "note")
            << "</th></tr></thead>\n<tbody>\n";
        for (const ReportContextRow& c : d.context)
            out << "<tr><td>" << e(c.factor) << "</td><td>" << e(c.scope) << "</td><td class=\"num"
                << (c.score >= 4 ? " high" : "") << "\">" << c.score << "</td><td>" << e(c.note)
                << "</td></tr>\n";
        out << "</tbody>\n</table>\n";
    }
    out << "<h3>" << say(t, "What the scores imply") << "</h3>\n<p class=\"legend-line\">"
        << say(t,
               "Scores of 4 or 5 trigger the context checks; each check below says what follows for this "
               "network.")
        << "</p>\n";
    writeChecksOf(out, d.contextChecks, t);
    out << "</section>\n";
}

void writeArchitecture(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<section id=\"architecture\" class=\"major\">\n<h2>" << say(t, "Architecture") << "</h2>\n";
    if (d.committees.empty()) {
        out << "<p class=\"nr\">" << say(t, "No committees recorded.") << "</p>\n";
    } else {
        out << "<table class=\"committees\">\n<thead><tr><th>" << say(t, "committee")
            << "</th><th class=\"num\">" << say(t, "level") << "</th><th>" << say(t, "mandate")
            << "</th><th class=\"num\">" << say(t, "seats") << "</th><th>" << say(t, "seats by organization")
            << "</th><th>" << say(t, "parity") << "</th></tr></thead>\n<tbody>\n";
        for (const ReportCommittee& c : d.committees) {
            const char* parity = c.parity == "pass"  ? N_("balanced")
                                 : c.parity == "gap" ? N_("breach")
                                 : c.parity.empty()  ? N_("not asked")
                                                     : N_("not evaluated");
            out << "<tr><td>" << e(c.label) << "</td><td class=\"num\">"
                << (c.level ? std::to_string(*c.level) : std::string("–")) << "</td><td>" << orDash(c.mandate)
                << "</td><td class=\"num\">" << c.seats << "</td><td>" << orDash(c.seatsByOrganization)
                << "</td><td class=\"parity-" << e(c.parity.empty() ? "none" : c.parity) << "\" title=\""
                << e(c.parityNote) << "\">" << say(t, parity) << "</td></tr>\n";
        }
        out << "</tbody>\n</table>\n<p class=\"legend-line\">"
            << say(t,
                   "Parity: check G4 on committees meant for equal partners (observers excluded); hover or "
                   "see "
                   "the findings for the counts.")
            << "</p>\n";
    }
    std::vector<const ReportPair*> fragile;
    for (const ReportPair& p : d.pairs)
        if (p.paths <= 1)
            fragile.push_back(&p);
    out << "<h3>" << say(t, "Fragile organization pairs") << "</h3>\n";
    if (fragile.empty()) {
        out << "<p>" << say(t, "No pair of organizations hangs on a single role.") << "</p>\n";
    } else {
        out << "<ul class=\"plain\">\n";
        for (const ReportPair* p : fragile)
            out << "<li>" << e(p->organizationA) << " — " << e(p->organizationB) << ": "
                << (p->paths == 1 ? say(t, "one role holds the link") : say(t, "not connected")) << "</li>\n";
        out << "</ul>\n";
    }
    out << "</section>\n";
}

void writeLeadership(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<section id=\"leadership\" class=\"major\">\n<h2>" << say(t, "Leadership") << "</h2>\n";
    if (d.leaders.empty()) {
        out << "<p class=\"nr\">" << say(t, "Not recorded: no role has a leadership entry.")
            << "</p>\n</section>\n";
        return;
    }
    out << "<p class=\"legend-line\">"
        << say(t,
               "Who does what at which level, per partner. An entry with no "
               "behaviours means assessed: none shown.")
        << "</p>\n";
    std::string current;
    for (const ReportLeader& l : d.leaders) {
        if (l.partner != current) {
            if (!current.empty())
                out << "</tbody>\n</table>\n";
            current = l.partner;
            out << "<table class=\"leaders\">\n<caption>" << e(l.partner) << "</caption>\n<thead><tr><th>"
                << say(t, "role") << "</th><th>" << say(t, "level") << "</th><th>" << say(t, "behaviours")
                << "</th><th>" << say(t, "authority") << "</th></tr></thead>\n<tbody>\n";
        }
        out << "<tr><td>" << e(l.role) << "</td><td>" << orDash(l.level) << "</td><td>"
            << (l.behaviors.empty() ? "<span class=\"nr\">" + say(t, "none shown") + "</span>"
                                    : e(l.behaviors))
            << "</td><td>" << orDash(l.authority) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
}

void writeLearning(std::ostringstream& out, const ReportData& d, const Translator& t) {
    out << "<section id=\"learning\" class=\"major\">\n<h2>" << say(t, "Collaborative learning") << "</h2>\n";
    if (d.actions.empty()) {
        out << "<p class=\"nr\">" << say(t, "No learning actions recorded.") << "</p>\n</section>\n";
        return;
    }
    out << "<table class=\"actions\">\n<thead><tr><th>" << say(t, "learning action") << "</th><th>"
        << say(t, "participants") << "</th><th>" << say(t, "owner") << "</th><th>" << say(t, "stage")
        << "</th><th>" << say(t, "dates") << "</th><th class=\"num\">" << say(t, "iterations") << "</th><th>"
        << say(t, "status") << "</th></tr></thead>\n<tbody>\n";
    for (const ReportAction& a : d.actions) {
        std::string dates;
        if (!a.start.empty())
            dates += sayf(t, "started {}", {a.start});
        if (!a.lastActivity.empty())
            dates += (dates.empty() ? "" : "; ") + sayf(t, "last activity {}", {a.lastActivity});
        if (!a.statusSince.empty())
            dates += (dates.empty() ? "" : "; ") + sayf(t, "status since {}", {a.statusSince});
        out << "<tr><td>" << e(a.label);
        if (!a.type.empty())
            out << "<span class=\"org\">" << e(a.type) << "</span>";
        out << "</td><td>" << orDash(a.participants) << "</td><td>"
            << (a.owner.empty() ? "<span class=\"high\">" + say(t, "no owner") + "</span>" : e(a.owner))
            << "</td><td>" << orDash(a.stage) << "</td><td>" << orDash(dates) << "</td><td class=\"num\">"
            << (a.iterations ? std::to_string(*a.iterations) : std::string("–")) << "</td><td>"
            << orDash(a.status) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
}

std::string rcClass(double v) {
    return v < 3.0 ? "rc1" : v < 3.5 ? "rc2" : v < 4.0 ? "rc3" : "rc4";
}

void writeRc(std::ostringstream& out, const ReportData& d, const Translator& t) {
    if (!d.rc)
        return;
    const ReportRc& rc = *d.rc;
    out << "<section id=\"rc\" class=\"major\">\n<h2>" << say(t, "Relational coordination") << "</h2>\n";
    if (!rc.waveNote.empty())
        out << "<p class=\"assessed\">" << e(rc.waveNote) << "</p>\n";
    if (rc.index)
        out << "<p>"
            << e(sayf(t, "Network RC index {} (1–5; below 3.5 is weak).", {t.formatNumber(*rc.index, 2)}))
            << "</p>\n";
    if (!rc.dimensions.empty()) {
        out << "<p><strong>" << say(t, "Weakest dimensions:") << "</strong> ";
        const std::size_t shown = std::min<std::size_t>(3, rc.dimensions.size());
        for (std::size_t i = 0; i < shown; ++i)
            out << (i ? ", " : "") << e(rc.dimensions[i].first) << " "
                << t.formatNumber(rc.dimensions[i].second, 2);
        out << "</p>\n";
    }
    out << "<div class=\"scroll\"><table class=\"rcmap\">\n<caption>"
        << say(t, "Role × role: mean of the scored dimensions") << "</caption>\n<thead><tr><th></th>";
    for (const std::string& r : rc.roles)
        out << "<th scope=\"col\"><span>" << e(r) << "</span></th>";
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < rc.roles.size(); ++i) {
        out << "<tr><th scope=\"row\">" << e(rc.roles[i]) << "</th>";
        for (std::size_t j = 0; j < rc.roles.size(); ++j) {
            const auto& v = rc.cells[i][j];
            if (v)
                out << "<td class=\"" << rcClass(*v) << "\">" << t.formatNumber(*v, 1) << "</td>";
            else
                out << "<td class=\"none\"></td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table></div>\n</section>\n";
}

}  // namespace

void writeElements(std::ostringstream& out, const ReportData& d, const Translator& t) {
    writeContext(out, d, t);
    writeArchitecture(out, d, t);
    writeLeadership(out, d, t);
    writeLearning(out, d, t);
    writeRc(out, d, t);
}

// ---- phase story ------------------------------------------------------------------------------

void writePhaseStory(std::ostringstream& out, const ReportData& d, const Translator& t) {
    if (d.phases.empty())
        return;
    out << "<section id=\"phases\" class=\"major\">\n<h2>" << say(t, "The phase story")
        << "</h2>\n<p class=\"lead\">"
        << e(sayf(t,
                  "How the network changed from phase to phase, from the analysis of each phase. The rest of "
                  "this "
                  "report assesses {}.",
                  {d.phaseLabel}))
        << "</p>\n<div class=\"scroll\"><table class=\"story\">\n<thead><tr><th>" << say(t, "phase")
        << "</th><th class=\"num\">" << say(t, "organizations") << "</th><th class=\"num\">"
        << say(t, "roles") << "</th><th class=\"num\">" << say(t, "committees") << "</th><th class=\"num\">"
        << say(t, "actions") << "</th><th class=\"num\">" << say(t, "ties") << "</th><th class=\"num\">"
        << say(t, "checks pass") << "</th><th class=\"num\">" << say(t, "gaps") << "</th><th class=\"num\">"
        << say(t, "not evaluated") << "</th>";
    for (Element el : kAlignmentElements)
        out << "<th>" << e(say(t, std::string(labelOf(el)).c_str())) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (const ReportPhaseStep& p : d.phases) {
        out << "<tr" << (p.id == d.phaseId ? " class=\"assessed-row\"" : "") << "><td><strong>" << e(p.label)
            << "</strong><span class=\"org\">" << e(p.period) << "</span></td><td class=\"num\">"
            << p.organizations << "</td><td class=\"num\">" << p.roles << "</td><td class=\"num\">"
            << p.committees << "</td><td class=\"num\">" << p.actions << "</td><td class=\"num\">" << p.ties
            << "</td><td class=\"num\">" << p.passes << "</td><td class=\"num\">" << p.gaps
            << "</td><td class=\"num\">" << p.notEvaluable << "</td>";
        for (std::size_t i = 0; i < kAlignmentElements.size(); ++i) {
            const AlignmentScore& score = p.alignment.elements[i];
            out << "<td class=\"cell " << scoreClassOf(score) << "\">"
                << (score.recorded() ? e(sayf(t, "{}/{} · {}%",
                                              {std::to_string(score.passes), std::to_string(score.total),
                                               std::to_string(*score.percent())}))
                                     : e(say(t, "not recorded")))
                << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody>\n</table></div>\n";
    out << "<div class=\"phase-pictures\">\n";
    for (const ReportPhaseStep& p : d.phases) {
        out << "<figure class=\"phase\">";
        if (p.svg.empty())
            out << "<p class=\"missing\">" << say(t, "No picture.") << "</p>";
        else
            out << p.svg;
        out << "<figcaption>" << e(p.label) << "</figcaption></figure>\n";
    }
    out << "</div>\n";
    for (std::size_t i = 1; i < d.phases.size(); ++i) {
        const ReportPhaseStep& p = d.phases[i];
        out << "<h3>" << e(sayf(t, "From {} to {}", {d.phases[i - 1].label, p.label})) << "</h3>\n<p>"
            << e(sayf(
                   t,
                   "{} nodes added, {} removed; {} ties added, {} removed. {} new gaps, {} resolved, {} no "
                   "longer evaluated.",
                   {std::to_string(p.nodesAdded), std::to_string(p.nodesRemoved), std::to_string(p.tiesAdded),
                    std::to_string(p.tiesRemoved), std::to_string(p.gapsNew.size()),
                    std::to_string(p.gapsResolved.size()), std::to_string(p.gapsNoLongerEvaluated.size())}))
            << "</p>\n<ul class=\"plain changes\">\n";
        for (const Finding& f : p.gapsNew)
            out << "<li><span class=\"chg new\">" << say(t, "new") << "</span> <strong>" << e(f.rule)
                << "</strong> " << e(f.explanation) << "</li>\n";
        for (const Finding& f : p.gapsResolved)
            out << "<li><span class=\"chg resolved\">" << say(t, "resolved") << "</span> <strong>"
                << e(f.rule) << "</strong> " << e(f.explanation) << "</li>\n";
        for (const Finding& f : p.gapsNoLongerEvaluated)
            out << "<li><span class=\"chg gone\">" << say(t, "no longer evaluated") << "</span> <strong>"
                << e(f.rule) << "</strong> " << e(f.explanation) << "</li>\n";
        out << "</ul>\n";
    }
    out << "</section>\n";
}

}  // namespace orgweave::cli::html
