// The gap rules of DOMAIN.md §4, one function each.
// Sections: helpers · learning ↔ architecture (G1, G2, G18, G20) · architecture (G3, G4, G8, G21)
//           · leadership (G5, G6, G7, G9) · context (G10–G14, G19) · learning cycle (G15–G17)
#include "GapContext.hpp"

#include "orgweave/core/GapEngine.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <sstream>

namespace orgweave::core {

namespace {

// ---- helpers ----------------------------------------------------------------------------------

using E = Element;
using S = FindingSeverity;

std::string_view titleOf(std::string_view rule) {
    for (const GapRuleInfo& info : gapRules()) {
        if (info.id == rule)
            return info.title;
    }
    return rule;
}

void add(GapOutput& out, std::string_view rule, S severity, std::vector<E> elements,
         std::vector<std::string> nodes, std::vector<std::string> ties, std::string explanation,
         std::string suggestion) {
    out.findings.push_back(Finding{std::string(rule), std::string(titleOf(rule)), severity,
                                   std::move(elements), std::move(nodes), std::move(ties),
                                   std::move(explanation), std::move(suggestion)});
}

void skip(GapOutput& out, std::string_view rule, std::string reason) {
    out.notEvaluated.push_back(
        NotEvaluated{std::string(rule), std::string(titleOf(rule)), std::move(reason)});
}

std::string quoted(const std::string& text) {
    return "‘" + text + "’";
}

std::string number(double value, int digits = 2) {
    std::ostringstream s;
    s.precision(digits);
    s << std::fixed << value;
    return s.str();
}

/// Mean of the RC dimensions present on a tie, or nullopt.
std::optional<double> rcIndex(const Tie& tie) {
    if (tie.rc.empty())
        return std::nullopt;
    double sum = 0;
    for (const auto& [dim, score] : tie.rc)
        sum += score;
    return sum / static_cast<double>(tie.rc.size());
}

bool anyRc(const Model& m) {
    return std::any_of(m.ties.begin(), m.ties.end(), [](const Tie& t) { return !t.rc.empty(); });
}

bool anyLeadership(const GapContext& c) {
    return std::any_of(c.model.nodes.begin(), c.model.nodes.end(),
                       [](const Node& n) { return n.kind == NodeKind::Role && n.leadership.has_value(); });
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// ---- learning ↔ architecture ------------------------------------------------------------------

void g1OrphanLearningAction(const GapContext& c, GapOutput& out) {
    const auto actions = c.ofKind(NodeKind::LearningAction);
    if (actions.empty())
        return skip(out, "G1", "the document has no learning actions");
    const auto committees = c.ofKind(NodeKind::Committee);
    std::vector<std::set<std::string>> seated;
    for (const Node* committee : committees)
        seated.push_back(c.organizationsOnCommittee(committee->id, false));
    for (const Node* action : actions) {
        const auto orgs = c.organizationsInAction(action->id);
        const std::vector<std::string> list(orgs.begin(), orgs.end());
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = i + 1; j < list.size(); ++j) {
                const bool shared = std::any_of(
                    seated.begin(), seated.end(),
                    [&](const std::set<std::string>& s) { return s.count(list[i]) && s.count(list[j]); });
                if (shared)
                    continue;
                add(out, "G1", S::Warning, {E::Learning, E::Architecture}, {action->id, list[i], list[j]}, {},
                    c.label(list[i]) + " and " + c.label(list[j]) + " both take part in " +
                        quoted(action->displayLabel()) +
                        " but sit on no committee together, so what they learn has no shared place to land.",
                    "Give both a seat on the committee that owns the action, or on a working group linked to "
                    "it.");
            }
        }
    }
}

void g2NoDecisionHome(const GapContext& c, GapOutput& out) {
    const auto actions = c.ofKind(NodeKind::LearningAction);
    if (actions.empty())
        return skip(out, "G2", "the document has no learning actions");
    for (const Node* action : actions) {
        if (action->owner.empty()) {
            add(out, "G2", S::Warning, {E::Learning, E::Architecture}, {action->id}, {},
                quoted(action->displayLabel()) +
                    " has no owner committee, so no forum can decide on what it finds.",
                "Name the committee that owns the action and will act on its results.");
            continue;
        }
        const auto chain = c.committeeChain(action->owner);
        const bool binding = std::any_of(chain.begin(), chain.end(),
                                         [](const Node* n) { return n->mandate == "decision_binding"; });
        if (binding)
            continue;
        std::vector<std::string> ids{action->id};
        for (const Node* n : chain)
            ids.push_back(n->id);
        add(out, "G2", S::Warning, {E::Learning, E::Architecture}, ids, {},
            quoted(action->displayLabel()) + " is owned by " + quoted(c.label(action->owner)) +
                ", and neither it nor any committee it reports to can take binding decisions.",
            "Let the owner report to a decision-binding committee, or give it a mandate for this work.");
    }
}

void g18OpenFeedbackLoop(const GapContext& c, GapOutput& out) {
    const auto tools = c.ofKind(NodeKind::SharedTool);
    if (tools.empty())
        return skip(out, "G18", "the document has no shared tools");
    for (const Node* tool : tools) {
        std::set<std::string> sites;
        std::vector<std::string> ties;
        for (const Tie& tie : c.model.ties) {
            if (tie.kind != TieKind::Uses || tie.target != tool->id)
                continue;
            const Node* user = c.node(tie.source);
            if (user && user->kind == NodeKind::Site) {
                sites.insert(user->id);
                ties.push_back(tie.id);
            }
        }
        if (sites.size() < 2)
            continue;
        const bool loop = std::any_of(c.model.nodes.begin(), c.model.nodes.end(), [&](const Node& n) {
            return n.kind == NodeKind::LearningAction && n.type == "cross_site_feedback_on_shared_tool" &&
                   n.sharedTool == tool->id;
        });
        if (loop)
            continue;
        std::vector<std::string> ids{tool->id};
        ids.insert(ids.end(), sites.begin(), sites.end());
        add(out, "G18", S::Warning, {E::Learning, E::Architecture}, ids, ties,
            quoted(tool->displayLabel()) + " is used at " + std::to_string(sites.size()) + " sites (" +
                c.list(std::vector<std::string>(sites.begin(), sites.end()), 3) +
                ") but no cross-site feedback action improves it.",
            "Start a cross-site feedback action on the tool, owned by a committee where its users sit.");
    }
}

void g20NoRegionWideReflection(const GapContext& c, GapOutput& out) {
    const auto orgs = c.ofKind(NodeKind::Organization);
    if (orgs.size() < 2)
        return skip(out, "G20", "the document has fewer than two organizations");
    std::set<std::string> all;
    for (const Node* o : orgs)
        all.insert(o->id);
    // The forum (committee or learning action) that covers the most organizations.
    std::string best;
    std::set<std::string> bestCovered;
    auto consider = [&](const Node* forum, const std::set<std::string>& covered) {
        std::set<std::string> inside;
        std::set_intersection(covered.begin(), covered.end(), all.begin(), all.end(),
                              std::inserter(inside, inside.end()));
        if (best.empty() || inside.size() > bestCovered.size()) {
            best = forum->id;
            bestCovered = inside;
        }
    };
    for (const Node* committee : c.ofKind(NodeKind::Committee))
        consider(committee, c.organizationsOnCommittee(committee->id));
    for (const Node* action : c.ofKind(NodeKind::LearningAction))
        consider(action, c.organizationsInAction(action->id));
    if (!best.empty() && bestCovered.size() == all.size())
        return;
    std::vector<std::string> missing;
    std::set_difference(all.begin(), all.end(), bestCovered.begin(), bestCovered.end(),
                        std::back_inserter(missing));
    std::vector<std::string> ids;
    if (!best.empty())
        ids.push_back(best);
    ids.insert(ids.end(), missing.begin(), missing.end());
    add(out, "G20", S::Warning, {E::Learning}, ids, {},
        "No committee or learning action brings all " + std::to_string(all.size()) +
            " organizations together" +
            (best.empty()
                 ? std::string(".")
                 : "; the widest, " + quoted(c.label(best)) + ", leaves out " + c.list(missing, 4) + "."),
        "Hold a region-wide reflection (e.g. the partnership meeting) with every party represented.");
}

// ---- architecture -----------------------------------------------------------------------------

void g3UnrepresentedOrganization(const GapContext& c, GapOutput& out) {
    std::vector<const Node*> top;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (committee->level && *committee->level <= 2)
            top.push_back(committee);
    }
    if (top.empty())
        return skip(out, "G3", "no committee has level 1 (partnership) or 2 (strategic)");
    std::set<std::string> direct;
    std::map<std::string, std::string> representedBy;  // organization → member whose seat speaks for it
    for (const Node* committee : top) {
        for (const std::string& org : c.organizationsOnCommittee(committee->id, false))
            direct.insert(org);
        for (const Tie* seat : c.membersOf(committee->id)) {
            for (const std::string& org : seat->represents)
                representedBy.emplace(org, seat->source);
        }
    }
    std::map<std::string, std::vector<std::string>> byMember;
    for (const Node* org : c.ofKind(NodeKind::Organization)) {
        if (direct.count(org->id))
            continue;
        if (auto it = representedBy.find(org->id); it != representedBy.end()) {
            byMember[it->second].push_back(org->id);
            continue;
        }
        add(out, "G3", S::Critical, {E::Architecture}, {org->id}, {},
            org->displayLabel() +
                " has no member on any partnership or strategic committee, not even through another party's "
                "seat.",
            "Give " + org->displayLabel() + " a seat, or name whose seat represents it.");
    }
    for (const auto& [member, orgs] : byMember) {
        std::vector<std::string> ids{member};
        ids.insert(ids.end(), orgs.begin(), orgs.end());
        const bool one = orgs.size() == 1;
        add(out, "G3", S::Info, {E::Architecture}, ids, {},
            c.list(orgs, 4) + (one ? " has" : " have") + " no seat of " + (one ? "its" : "their") +
                " own on the partnership or strategic level; the seat of " + c.label(member) +
                " speaks for " + (one ? "it." : "them."),
            "Check that they agree to be represented this way and hear back from " + c.label(member) +
                " after each meeting.");
    }
}

void g4ParityBreach(const GapContext& c, GapOutput& out) {
    std::vector<const Node*> equal;
    const bool networkEqual = contains(c.model.annotations.characteristics, "equality_of_parties");
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (contains(committee->characteristics, "equality_of_parties") ||
            (networkEqual && committee->level && *committee->level <= 2)) {
            equal.push_back(committee);
        }
    }
    if (equal.empty())
        return skip(out, "G4", "no committee is marked for equal partners (equality_of_parties)");
    for (const Node* committee : equal) {
        int hospital = 0, municipal = 0;
        std::map<std::string, int> seatsPerParty;
        std::set<std::string> voices;
        for (const Tie* seat : c.membersOf(committee->id)) {
            const Node* member = c.node(seat->source);
            if (!member)
                continue;
            const std::string voice = c.voiceOf(*member);
            if (!voice.empty())
                voices.insert(voice);
            if (seat->seat == "observer" || seat->seat == "secretary")
                continue;
            const std::string org = c.organizationOf(*member);
            if (!org.empty())
                ++seatsPerParty[org];
            if (c.isHospital(org))
                ++hospital;
            if (c.isMunicipality(org))
                ++municipal;
        }
        if (hospital > 0 && municipal > 0) {  // a forum of one side only has no ratio to keep
            const double ratio = municipal == 0 ? INFINITY : double(hospital) / double(municipal);
            // One seat per party (every organization the same number) is also equality of parties.
            const bool perParty = std::all_of(seatsPerParty.begin(), seatsPerParty.end(), [&](const auto& p) {
                return p.second == seatsPerParty.begin()->second;
            });
            if (!perParty && (ratio < c.settings.parityMin || ratio > c.settings.parityMax)) {
                add(out, "G4", S::Warning, {E::Architecture}, {committee->id}, {},
                    quoted(committee->displayLabel()) + " is meant for equal partners but has " +
                        std::to_string(hospital) + " hospital and " + std::to_string(municipal) +
                        " municipal voting seats.",
                    "Rebalance the seats so the hospital:municipal ratio is between " +
                        number(c.settings.parityMin) + " and " + number(c.settings.parityMax) + ".");
            }
        }
        std::vector<std::string> missing;
        for (const char* voice : {"user", "gp", "employee"}) {
            if (!voices.count(voice))
                missing.emplace_back(voice);
        }
        if (!missing.empty()) {
            std::string names;
            for (std::size_t i = 0; i < missing.size(); ++i) {
                const std::string name = missing[i] == "user" ? "users"
                                         : missing[i] == "gp" ? "GPs"
                                                              : "employees";
                names += (i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ") + name;
            }
            add(out, "G4", S::Warning, {E::Architecture}, {committee->id}, {},
                quoted(committee->displayLabel()) + " is meant for equal partners but has no voice for " +
                    names + ".",
                "Invite representatives of " + names + ", at least as observers.");
        }
    }
}

void g8SingleBoundarySpanner(const GapContext& c, GapOutput& out) {
    if (c.ofKind(NodeKind::Organization).size() < 2)
        return skip(out, "G8", "the document has fewer than two organizations");
    const AnalysisResult& r = c.people();
    if (r.nodeCount() == 0)
        return skip(out, "G8", "the document has no roles");
    const Graph& g = r.lens.graph;
    const std::size_t n = g.nodeCount();
    auto groupIdOf = [&](Graph::Index v) -> const std::string& {
        return r.partition.groupIds[static_cast<std::size_t>(r.partition.groupOf[v])];
    };
    // The roles whose departure alone cuts every path between two groups (n ≤ 2000 to stay fast).
    auto cutRoles = [&](const std::string& a, const std::string& b) {
        std::vector<Graph::Index> cuts;
        if (n > 2000)
            return cuts;
        for (Graph::Index x = 0; x < n; ++x) {
            std::vector<char> seen(n, 0);
            std::vector<Graph::Index> queue;
            for (Graph::Index v = 0; v < n; ++v) {
                if (v != x && groupIdOf(v) == a) {
                    seen[v] = 1;
                    queue.push_back(v);
                }
            }
            bool reached = false;
            for (std::size_t h = 0; h < queue.size() && !reached; ++h) {
                for (Graph::Index u : g.outNeighbors(queue[h])) {
                    if (u == x || seen[u])
                        continue;
                    reached |= groupIdOf(u) == b;
                    seen[u] = 1;
                    queue.push_back(u);
                }
            }
            if (!reached)
                cuts.push_back(x);
        }
        return cuts;
    };
    // One finding per role that alone carries links, listing the organizations it links.
    std::map<Graph::Index, std::vector<std::pair<std::string, std::string>>> byRole;
    std::vector<std::pair<std::string, std::string>> unknown;
    for (const GroupPair& pair : r.groupPairs) {
        if (pair.paths != 1)
            continue;
        const std::string& a = r.partition.groupIds[static_cast<std::size_t>(pair.groupA)];
        const std::string& b = r.partition.groupIds[static_cast<std::size_t>(pair.groupB)];
        const auto cuts = cutRoles(a, b);
        for (Graph::Index x : cuts)
            byRole[x].emplace_back(a, b);
        if (cuts.empty())
            unknown.emplace_back(a, b);
    }
    for (const auto& [x, pairs] : byRole) {
        const std::string& home = groupIdOf(x);
        std::size_t colleagues = 0;
        for (Graph::Index v = 0; v < n; ++v)
            colleagues += (groupIdOf(v) == home) ? 1 : 0;
        std::vector<std::string> others;
        for (const auto& [a, b] : pairs) {
            const std::string& other = a == home ? b : b == home ? a : std::string();
            if (!other.empty())
                others.push_back(other);
        }
        std::vector<std::string> ids{r.ids[x]};
        if (colleagues == 1 && others.size() == pairs.size()) {
            ids.push_back(home);
            ids.insert(ids.end(), others.begin(), others.end());
            add(out, "G8", S::Warning, {E::Architecture}, ids, {},
                c.label(home) + " is present in the network through one role only (" + r.labels[x] +
                    "); if that post falls vacant, " + c.label(home) + " loses its links to " +
                    c.list(others, 3) + ".",
                "Give " + c.label(home) + " a second role in the collaboration, or name a deputy for " +
                    r.labels[x] + ".");
            continue;
        }
        std::set<std::string> orgs;
        for (const auto& [a, b] : pairs) {
            orgs.insert(a);
            orgs.insert(b);
        }
        ids.insert(ids.end(), orgs.begin(), orgs.end());
        const auto& [a, b] = pairs.front();
        add(out, "G8", S::Critical, {E::Architecture}, ids, {},
            r.labels[x] + " is the only link between " + c.label(a) + " and " + c.label(b) +
                (pairs.size() > 1
                     ? " (and " + std::to_string(pairs.size() - 1) + " more pairs of organizations)"
                     : std::string()) +
                "; if that post falls vacant, the link is gone.",
            "Add a second, independent link: another role on a shared committee, or a deputy for " +
                r.labels[x] + ".");
    }
    for (const auto& [a, b] : unknown) {
        add(out, "G8", S::Critical, {E::Architecture}, {a, b}, {},
            c.label(a) + " and " + c.label(b) +
                " are connected through one person only; if that post falls vacant, the link is gone.",
            "Add a second, independent link between them, e.g. another role on a shared committee.");
    }
}

void g21OneSidedSpanner(const GapContext& c, GapOutput& out) {
    if (c.ofKind(NodeKind::Organization).size() < 2)
        return skip(out, "G21", "the document has fewer than two organizations");
    const AnalysisResult& r = c.people();
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        if (!r.boundarySpanner[v] || r.multilateral[v])
            continue;
        const std::size_t group = static_cast<std::size_t>(r.partition.groupOf[v]);
        const std::string org = r.partition.groupIds[group];
        if (r.groups[group].size < 2)
            continue;  // no colleagues modelled: nothing to be tied to
        add(out, "G21", S::Info, {E::Architecture}, {r.ids[v], org}, {},
            r.labels[v] + " links " + std::to_string(r.groupsReached[v]) +
                " other organizations but has no tie inside " + c.label(org) +
                ", so what crosses the boundary may not reach home.",
            "Tie " + r.labels[v] + " to colleagues in " + c.label(org) +
                ", e.g. a seat in an internal forum.");
    }
}

// ---- leadership -------------------------------------------------------------------------------

void g5LeaderlessParticipation(const GapContext& c, GapOutput& out) {
    const auto actions = c.ofKind(NodeKind::LearningAction);
    if (actions.empty())
        return skip(out, "G5", "the document has no learning actions");
    if (!anyLeadership(c))
        return skip(out, "G5", "no role has leadership behaviours recorded");
    std::set<std::string> leading, staffed;
    for (const Node* role : c.ofKind(NodeKind::Role)) {
        staffed.insert(c.organizationOf(*role));
        if (GapContext::hasCoreBehavior(*role))
            leading.insert(c.organizationOf(*role));
    }
    for (const Node* action : actions) {
        for (const std::string& org : c.organizationsInAction(action->id)) {
            if (leading.count(org) || !staffed.count(org))
                continue;  // no roles modelled: nothing to judge
            add(out, "G5", S::Warning, {E::Leadership, E::Learning}, {org, action->id}, {},
                c.label(org) + " takes part in " + quoted(action->displayLabel()) +
                    " but none of its roles is recorded as providing support, building a learning climate or "
                    "spreading knowledge.",
                "Ask a leader in " + c.label(org) +
                    " to back the work: time, a learning climate, and sharing what is learned.");
        }
    }
}

void g6SingleLevelLeadership(const GapContext& c, GapOutput& out) {
    if (!anyLeadership(c))
        return skip(out, "G6", "no role has leadership behaviours recorded");
    std::vector<std::string> top, firstLine;
    for (const Node* role : c.ofKind(NodeKind::Role)) {
        if (!role->leadership || role->leadership->behaviors.empty())
            continue;
        const std::string& level = role->leadership->level;
        if (level == "top")
            top.push_back(role->id);
        if (level == "first_line" || level == "clinical_informal")
            firstLine.push_back(role->id);
    }
    if (top.empty() && firstLine.empty())
        return skip(out, "G6", "no role with leadership behaviours is recorded at the top or the first line");
    if (!top.empty() && firstLine.empty()) {
        add(out, "G6", S::Warning, {E::Leadership, E::Architecture}, top, {},
            "Leadership for learning is recorded only at the top (" + c.list(top, 3) +
                "); no first-line or clinical leader carries it where the work is done.",
            "Name first-line leaders who support learning on the wards, in home care and at the GP offices.");
    } else if (top.empty() && !firstLine.empty()) {
        add(out, "G6", S::Warning, {E::Leadership, E::Architecture}, firstLine, {},
            "Leadership for learning is recorded only at the first line (" + c.list(firstLine, 3) +
                "); no top leader backs it with mandate and resources.",
            "Engage top leaders on the strategic committee to back the learning work.");
    }
}

void g7MandateWithoutAuthority(const GapContext& c, GapOutput& out) {
    std::vector<const Node*> binding;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (committee->mandate == "decision_binding")
            binding.push_back(committee);
    }
    if (binding.empty())
        return skip(out, "G7", "no committee has a decision-binding mandate");
    const bool restricted = c.high(c.systemScore("restricted_autonomy"));
    for (const Node* committee : binding) {
        std::vector<std::string> without;
        std::vector<std::string> ties;
        for (const Tie* seat : c.membersOf(committee->id)) {
            if (seat->seat == "observer" || seat->seat == "secretary")
                continue;
            const Node* member = c.node(seat->source);
            if (member && member->leadership && member->leadership->authority == "none") {
                without.push_back(member->id);
                ties.push_back(seat->id);
            }
        }
        if (!without.empty()) {
            std::vector<std::string> ids{committee->id};
            ids.insert(ids.end(), without.begin(), without.end());
            add(out, "G7", S::Warning, {E::Context, E::Leadership, E::Architecture}, ids, ties,
                quoted(committee->displayLabel()) + " takes binding decisions, but " + c.list(without, 3) +
                    (without.size() == 1 ? " has" : " have") + " no authority to commit their organization.",
                "Give members a delegated mandate, or seat someone who can decide.");
        }
        if (restricted) {
            add(out, "G7", S::Warning, {E::Context, E::Leadership, E::Architecture}, {committee->id}, {},
                quoted(committee->displayLabel()) +
                    " takes binding decisions while leaders' autonomy is strongly restricted (score " +
                    std::to_string(*c.systemScore("restricted_autonomy")) +
                    "), so decisions may stall at home.",
                "Agree in advance what members may decide on the spot, and how fast their organizations "
                "confirm.");
        }
    }
}

void g9OverloadedBroker(const GapContext& c, GapOutput& out) {
    const AnalysisResult& r = c.people();
    if (r.nodeCount() < 2)
        return skip(out, "G9", "fewer than two roles");
    std::vector<double> sorted = r.betweenness;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const std::size_t topCount = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::ceil(c.settings.brokerTopShare * double(sorted.size()))));
    const double threshold = sorted[topCount - 1];
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        if (r.betweenness[v] <= 0.0 || r.betweenness[v] < threshold)
            continue;
        std::set<std::string> committees;
        for (const Tie* seat : c.seatsOf(r.ids[v]))
            committees.insert(seat->target);
        if (static_cast<int>(committees.size()) <= c.settings.overloadCommittees)
            continue;
        add(out, "G9", S::Warning, {E::Architecture, E::Leadership}, {r.ids[v]}, {},
            r.labels[v] + " is among the top brokers (betweenness " + number(r.betweenness[v], 3) +
                ") and sits on " + std::to_string(committees.size()) +
                " committees: the network leans on one overloaded person.",
            "Share the load: deputies or rotating seats on some of " + r.labels[v] + "'s committees.");
    }
}

// ---- context ----------------------------------------------------------------------------------

void g10ConfirmedSilo(const GapContext& c, GapOutput& out) {
    const auto score = c.systemScore("siloed_structures");
    if (!score)
        return skip(out, "G10", "no system-wide context score for siloed structures");
    if (!c.high(score))
        return;
    const AnalysisResult& r = c.people();
    if (r.network.internalTies + r.network.externalTies == 0)
        return skip(out, "G10", "no ties between roles with an organization");
    if (!(r.network.eiIndex < c.settings.siloEiIndex))
        return;
    add(out, "G10", S::Critical, {E::Context, E::Architecture}, {}, {},
        "Siloed structures are scored " + std::to_string(*score) +
            " and the network confirms it: the E-I index of ties between organizations is " +
            number(r.network.eiIndex) + ", so most ties stay inside one organization.",
        "Create cross-boundary ties on purpose: joint working groups, practice consultants, shared learning "
        "actions.");
}

void g11DiverseActorsNotAtTable(const GapContext& c, GapOutput& out) {
    const auto score = c.systemScore("diverse_actors");
    if (!score)
        return skip(out, "G11", "no system-wide context score for diverse actors");
    if (!c.high(score))
        return;
    std::set<std::string> voices;
    std::vector<std::string> committees;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (!committee->level || (*committee->level != 2 && *committee->level != 3))
            continue;
        committees.push_back(committee->id);
        for (const Tie* seat : c.membersOf(committee->id)) {
            if (const Node* member = c.node(seat->source)) {
                const std::string v = c.voiceOf(*member);
                if (!v.empty())
                    voices.insert(v);
            }
        }
    }
    if (committees.empty())
        return skip(out, "G11", "no committee has level 2 or 3");
    std::vector<std::string> missing;
    if (!voices.count("user"))
        missing.push_back("users");
    if (!voices.count("gp"))
        missing.push_back("GPs");
    if (!voices.count("employee"))
        missing.push_back("employee representatives");
    if (missing.empty())
        return;
    std::string names;
    for (std::size_t i = 0; i < missing.size(); ++i)
        names += (i == 0 ? "" : i + 1 == missing.size() ? " and " : ", ") + missing[i];
    add(out, "G11", S::Warning, {E::Context, E::Architecture}, committees, {},
        "The system has many diverse actors (score " + std::to_string(*score) +
            "), but no strategic or professional committee seats " + names + ".",
        "Give " + names + " seats or observer places on the committees where the work is shaped.");
}

void g12SlowArchitecture(const GapContext& c, GapOutput& out) {
    const auto score = c.systemScore("emergent_change");
    if (!score)
        return skip(out, "G12", "no system-wide context score for emergent change");
    if (!c.high(score))
        return;
    const auto committees = c.ofKind(NodeKind::Committee);
    if (committees.empty())
        return skip(out, "G12", "the document has no committees");
    const bool timeLimited = std::any_of(committees.begin(), committees.end(),
                                         [](const Node* n) { return n->permanence == "time_limited"; });
    double maxMeetings = 0;
    bool anyMeetings = false;
    for (const Node* n : committees) {
        if (n->meetingsPerYear) {
            anyMeetings = true;
            maxMeetings = std::max(maxMeetings, *n->meetingsPerYear);
        }
    }
    if (!anyMeetings)
        return skip(out, "G12", "no committee records how often it meets");
    const auto actions = c.ofKind(NodeKind::LearningAction);
    const bool iterates = std::any_of(actions.begin(), actions.end(), [](const Node* a) {
        return (a->iterations && *a->iterations > 1) || contains(a->strategies, "iterative_refinement");
    });
    if (timeLimited || maxMeetings > c.settings.slowMeetingsPerYear || iterates)
        return;
    std::vector<std::string> ids;
    for (const Node* n : committees)
        ids.push_back(n->id);
    add(out, "G12", S::Warning, {E::Context, E::Architecture, E::Learning}, ids, {},
        "Change is fast and unpredictable (score " + std::to_string(*score) +
            "), yet there are no time-limited groups, committees meet at most " + number(maxMeetings, 0) +
            " times a year and no learning action iterates.",
        "Add time-limited working groups that meet often and learning actions that test and refine in short "
        "cycles.");
}

void g13UnresourcedLearning(const GapContext& c, GapOutput& out) {
    const auto score = c.systemScore("restricted_resources");
    if (!score)
        return skip(out, "G13", "no system-wide context score for restricted resources");
    if (!c.high(score))
        return;
    const auto actions = c.ofKind(NodeKind::LearningAction);
    if (actions.empty())
        return skip(out, "G13", "the document has no learning actions");
    if (!anyLeadership(c))
        return skip(out, "G13", "no role has leadership behaviours recorded");
    for (const Node* action : actions) {
        for (const Node* role : c.rolesInAction(*action)) {
            if (GapContext::hasBehavior(*role, "freeing_resources_for_learning") ||
                GapContext::hasCapability(*role, "leading_under_resource_constraints")) {
                return;
            }
        }
    }
    std::vector<std::string> ids;
    for (const Node* a : actions)
        ids.push_back(a->id);
    add(out, "G13", S::Warning, {E::Context, E::Leadership, E::Learning}, ids, {},
        "Resources are scarce (score " + std::to_string(*score) +
            ") and no one in the learning actions frees time or money for learning or leads under those "
            "constraints.",
        "Ask a leader with budget authority to free time for the participants, and record it.");
}

void g14SharedGoalsMissing(const GapContext& c, GapOutput& out) {
    const auto score = c.systemScore("multiple_external_drivers");
    if (!score)
        return skip(out, "G14", "no system-wide context score for multiple external drivers");
    if (!c.high(score))
        return;
    const auto committees = c.ofKind(NodeKind::Committee);
    const bool declared = contains(c.model.annotations.characteristics, "shared_goals") ||
                          std::any_of(committees.begin(), committees.end(), [](const Node* n) {
                              return contains(n->characteristics, "shared_goals");
                          });
    double sum = 0;
    std::size_t count = 0;
    for (const Tie& tie : c.model.ties) {
        // Only ties across organizations: strong ties inside one party must not hide weak shared goals.
        if (c.organizationOf(tie.source) == c.organizationOf(tie.target))
            continue;
        if (auto it = tie.rc.find("shared_goals"); it != tie.rc.end()) {
            sum += it->second;
            ++count;
        }
    }
    const bool weakRc = count > 0 && sum / double(count) < c.settings.rcWeak;
    if (declared && !weakRc)
        return;
    add(out, "G14", S::Warning, {E::Context, E::Architecture}, {}, {},
        "Many external drivers pull the parties in different directions (score " + std::to_string(*score) +
            "), " +
            (declared
                 ? "and the roles rate their shared goals weak (mean " + number(sum / double(count)) + ")."
                 : "and no committee records shared goals."),
        "Agree on a few shared goals in the strategic committee and check them against each new reform or "
        "plan.");
}

void g19GovernanceMismatch(const GapContext& c, GapOutput& out) {
    const std::string& governance = c.model.annotations.governance;
    if (governance.empty())
        return skip(out, "G19", "the governance form is not recorded");
    const auto orgs = c.ofKind(NodeKind::Organization);
    if (governance == "participant_governed" &&
        static_cast<int>(orgs.size()) > c.settings.sharedGovernanceMaxOrganizations) {
        add(out, "G19", S::Info, {E::Architecture, E::Context}, {}, {},
            "The network is governed by all " + std::to_string(orgs.size()) +
                " participants together; shared governance strains with this many parties (Provan & Kenis).",
            "Consider a network administrative organization (a joint secretariat) to run the day-to-day "
            "work.");
    }
    if (governance == "lead_organization") {
        const AnalysisResult& r = c.organizations();
        const double total = std::accumulate(r.betweenness.begin(), r.betweenness.end(), 0.0);
        if (total <= 0)
            return;
        const auto top = static_cast<std::size_t>(
            std::max_element(r.betweenness.begin(), r.betweenness.end()) - r.betweenness.begin());
        const double share = r.betweenness[top] / total;
        const bool claimsEquality =
            contains(c.model.annotations.characteristics, "equality_of_parties") ||
            std::any_of(c.model.nodes.begin(), c.model.nodes.end(),
                        [](const Node& n) { return contains(n.characteristics, "equality_of_parties"); });
        if (share >= c.settings.leadBetweennessShare && claimsEquality) {
            add(out, "G19", S::Warning, {E::Architecture, E::Context}, {r.ids[top]}, {},
                r.labels[top] + " leads the network and holds " + number(100 * share, 0) +
                    "% of the organizations' betweenness, while the network claims equality of parties.",
                "Either say openly that " + r.labels[top] +
                    " leads, or move brokering roles to the other parties.");
        }
    }
}

// ---- learning cycle ---------------------------------------------------------------------------

void g15StalledCycle(const GapContext& c, GapOutput& out) {
    const auto actions = c.ofKind(NodeKind::LearningAction);
    if (actions.empty())
        return skip(out, "G15", "the document has no learning actions");
    if (!anyLeadership(c))
        return skip(out, "G15", "no role has leadership behaviours recorded");
    if (std::none_of(actions.begin(), actions.end(), [](const Node* a) { return !a->phase.empty(); })) {
        return skip(out, "G15", "no learning action records its phase of the learning cycle");
    }
    for (const Node* action : actions) {
        if (action->phase.empty())
            continue;
        const bool early = action->phase == "questioning" || action->phase == "analysis";
        const bool noReflection = (action->phase == "implementing" || action->phase == "consolidating") &&
                                  !contains(action->practices, "iteration") &&
                                  action->iterations.value_or(0) <= 1;
        if (!early && !noReflection)
            continue;
        const auto roles = c.rolesInAction(*action);
        const bool disseminates = std::any_of(roles.begin(), roles.end(), [](const Node* r) {
            return GapContext::hasBehavior(*r, "facilitating_knowledge_dissemination");
        });
        if (disseminates)
            continue;
        add(out, "G15", S::Warning, {E::Learning, E::Leadership}, {action->id}, {},
            quoted(action->displayLabel()) +
                (early ? " is still in " + action->phase
                       : " is being implemented without a round of reflection") +
                ", and no participant is recorded as spreading what is learned.",
            "Give a participant the task of facilitating knowledge dissemination and plan the next step of "
            "the cycle.");
    }
}

void g16UnmanagedContradiction(const GapContext& c, GapOutput& out) {
    const auto actions = c.ofKind(NodeKind::LearningAction);
    if (actions.empty())
        return skip(out, "G16", "the document has no learning actions");
    if (!anyLeadership(c))
        return skip(out, "G16", "no role has leadership behaviours recorded");
    for (const Node* action : actions) {
        if (action->contradictions.empty())
            continue;
        const auto roles = c.rolesInAction(*action);
        const bool managed = std::any_of(roles.begin(), roles.end(), [](const Node* r) {
            return GapContext::hasCapability(*r, "contradiction_management");
        });
        if (managed)
            continue;
        // A structured session on conflicting logics linked by owner, shared tool or a participant.
        const auto orgs = c.organizationsInAction(action->id);
        const bool session = std::any_of(actions.begin(), actions.end(), [&](const Node* other) {
            if (other == action || other->type != "structured_session_conflicting_logics")
                return false;
            if (!action->owner.empty() && other->owner == action->owner)
                return true;
            if (!action->sharedTool.empty() && other->sharedTool == action->sharedTool)
                return true;
            const auto otherRoles = c.rolesInAction(*other);
            return std::any_of(roles.begin(), roles.end(), [&](const Node* r) {
                return std::find(otherRoles.begin(), otherRoles.end(), r) != otherRoles.end();
            });
        });
        if (session)
            continue;
        add(out, "G16", S::Warning, {E::Learning, E::Leadership}, {action->id}, {},
            quoted(action->displayLabel()) + " records a contradiction (" +
                quoted(action->contradictions.front().text) +
                ") but no participant manages contradictions and no structured session on conflicting logics "
                "is linked.",
            "Hold a structured session where the parties name their logics, or involve a leader skilled in "
            "contradiction management.");
    }
}

void g17WeakRelationalBase(const GapContext& c, GapOutput& out) {
    if (!anyRc(c.model))
        return skip(out, "G17", "no relational coordination scores on ties");
    const auto actions = c.ofKind(NodeKind::LearningAction);
    if (actions.empty())
        return skip(out, "G17", "the document has no learning actions");
    bool anyScored = false;
    for (const Node* action : actions) {
        const auto roles = c.rolesInAction(*action);
        std::set<std::string> ids;
        for (const Node* r : roles)
            ids.insert(r->id);
        double sum = 0;
        std::vector<std::string> ties;
        for (const Tie& tie : c.model.ties) {
            const auto index = rcIndex(tie);
            if (!index || !ids.count(tie.source) || !ids.count(tie.target))
                continue;
            if (c.organizationOf(tie.source) == c.organizationOf(tie.target))
                continue;
            sum += *index;
            ties.push_back(tie.id);
        }
        if (ties.empty())
            continue;
        anyScored = true;
        const double mean = sum / double(ties.size());
        if (mean >= c.settings.rcWeak)
            continue;
        add(out, "G17", S::Warning, {E::Learning, E::Relational}, {action->id}, ties,
            "The roles of different organizations in " + quoted(action->displayLabel()) +
                " rate their relational coordination weak (mean " + number(mean) + " of 5 over " +
                std::to_string(ties.size()) + (ties.size() == 1 ? " tie)." : " ties)."),
            "Work on the relationships first: shared goals, timely communication and mutual respect between "
            "these roles.");
    }
    if (!anyScored)
        skip(out, "G17", "no RC scores between participating roles of different organizations");
}

}  // namespace

void evaluateGapRules(const GapContext& c, GapOutput& out) {
    using Rule = void (*)(const GapContext&, GapOutput&);
    const std::array<std::pair<std::string_view, Rule>, 21> rules{{
        {"G1", g1OrphanLearningAction},
        {"G2", g2NoDecisionHome},
        {"G3", g3UnrepresentedOrganization},
        {"G4", g4ParityBreach},
        {"G5", g5LeaderlessParticipation},
        {"G6", g6SingleLevelLeadership},
        {"G7", g7MandateWithoutAuthority},
        {"G8", g8SingleBoundarySpanner},
        {"G9", g9OverloadedBroker},
        {"G10", g10ConfirmedSilo},
        {"G11", g11DiverseActorsNotAtTable},
        {"G12", g12SlowArchitecture},
        {"G13", g13UnresourcedLearning},
        {"G14", g14SharedGoalsMissing},
        {"G15", g15StalledCycle},
        {"G16", g16UnmanagedContradiction},
        {"G17", g17WeakRelationalBase},
        {"G18", g18OpenFeedbackLoop},
        {"G19", g19GovernanceMismatch},
        {"G20", g20NoRegionWideReflection},
        {"G21", g21OneSidedSpanner},
    }};
    for (const auto& [id, rule] : rules) {
        if (c.settings.disabled.count(id)) {
            skip(out, id, "disabled in the rules settings");
            continue;
        }
        rule(c, out);
    }
}

}  // namespace orgweave::core
