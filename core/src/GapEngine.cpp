#include "orgweave/core/GapEngine.hpp"

#include "GapContext.hpp"
#include "orgweave/core/PhaseFilter.hpp"

#include <algorithm>
#include <stdexcept>

namespace orgweave::core {

namespace {
constexpr std::array<GapRuleInfo, 21> kRules{{
    {"G1", "Orphan learning action",
     "a learning action involves two organizations but no committee has members from both"},
    {"G2", "No decision home",
     "a learning action has no owner, or its owner committee (and all it reports to) has no decision-binding "
     "mandate"},
    {"G3", "Unrepresented organization",
     "an organization has no member on any level 1 or 2 committee (info when another's seat represents it)"},
    {"G4", "Parity breach",
     "a committee for equal partners has hospital:municipal seats outside the parity range, or lacks user, "
     "GP or employee voices"},
    {"G5", "Leaderless participation",
     "an organization takes part in a learning action but none of its roles shows a core leadership "
     "behaviour"},
    {"G6", "Single-level leadership",
     "leadership behaviours are recorded only at the top, none at the first line (or the reverse)"},
    {"G7", "Mandate without authority",
     "a member of a decision-binding committee has no decision authority, or restricted autonomy is high"},
    {"G8", "Single boundary spanner", "two organizations are connected through exactly one role"},
    {"G9", "Overloaded broker",
     "a role in the top betweenness decile sits on more than the allowed number of committees"},
    {"G10", "Confirmed silo",
     "siloed structures score high and the organizations' E-I index is below the silo threshold"},
    {"G11", "Diverse actors not at the table",
     "diverse actors score high but level 2/3 committees lack users, GPs or employee representatives"},
    {"G12", "Slow architecture for fast change",
     "emergent change scores high, there are no time-limited groups, committees meet rarely and no learning "
     "action iterates"},
    {"G13", "Unresourced learning",
     "restricted resources score high and no role in the learning actions frees resources or leads under "
     "constraints"},
    {"G14", "Shared goals missing under many drivers",
     "multiple external drivers score high and no committee has shared goals (or RC shared goals are weak)"},
    {"G15", "Stalled cycle",
     "a learning action stays in questioning/analysis, or implements without reflecting, and no participant "
     "spreads knowledge"},
    {"G16", "Unmanaged contradiction",
     "a learning action records a contradiction but no participant manages contradictions and no structured "
     "session is linked"},
    {"G17", "Weak relational base",
     "relational coordination between participating roles of different organizations is weak"},
    {"G18", "Open feedback loop on a shared tool",
     "a tool used at two or more sites has no cross-site feedback action"},
    {"G19", "Governance mismatch",
     "shared governance with many participants, or a lead organization holding most betweenness in a network "
     "that claims equality"},
    {"G20", "No region-wide reflection", "no committee or learning action includes every organization"},
    {"G21", "One-sided spanner", "a boundary spanner has no ties inside its own organization"},
}};

int ruleNumber(const std::string& id) {
    return std::stoi(id.substr(1));
}
}  // namespace

const std::array<GapRuleInfo, 21>& gapRules() {
    return kRules;
}

GapReport findGaps(const Model& model, const GapSettings& settings, std::string_view phase) {
    if (std::string problem = unknownPhaseProblem(model, phase); !problem.empty())
        throw std::invalid_argument(problem);
    const Model scoped = modelInPhase(model, phase);
    const GapContext context(scoped, settings);
    GapOutput out;
    evaluateGapRules(context, out);
    std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
        return ruleNumber(a.rule) < ruleNumber(b.rule);
    });
    GapReport report;
    report.alignment = computeAlignment(scoped, out.findings);
    report.findings = std::move(out.findings);
    report.notEvaluated = std::move(out.notEvaluated);
    return report;
}

}  // namespace orgweave::core
