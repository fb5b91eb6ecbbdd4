// The checks of DOMAIN.md §4 (v2), one function each, and the one table that names them.
// Every check reports through the CheckWriter bound to its table row (id, title, elements,
// severity), decides with three-valued logic (GapContext.hpp: Tri) and names labels, never ids.
//
// Sections: helpers · learning ↔ architecture (G1, G2, G18, G20, G24) · architecture (G3, G4, G8,
//           G21) · leadership (G5, G6, G7, G9) · context (G10–G14, G19) · learning cycle (G15–G17,
//           G22, G23) · the table
#include "GapContext.hpp"

#include "orgweave/core/Vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <iterator>
#include <numeric>
#include <sstream>

namespace orgweave::core {

namespace {

// ---- helpers ----------------------------------------------------------------------------------

using E = Element;
using S = FindingSeverity;

std::string inQuotes(const std::string& text) {
    return "‘" + text + "’";
}

std::string number(double value, int digits = 2) {
    std::ostringstream s;
    s.precision(digits);
    s << std::fixed << value;
    return s.str();
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string joinWords(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i)
        out += (i == 0 ? "" : i + 1 == words.size() ? " and " : ", ") + words[i];
    return out;
}

CheckSubject networkSubject() {
    return CheckSubject{SubjectKind::Network, {}, "the network"};
}

CheckSubject nodeSubject(SubjectKind kind, const Node& node) {
    return CheckSubject{kind, {node.id}, node.displayLabel()};
}

CheckSubject pairSubject(const GapContext& c, std::string a, std::string b) {
    if (b < a)
        std::swap(a, b);
    return CheckSubject{SubjectKind::OrganizationPair, {a, b}, c.label(a) + " and " + c.label(b)};
}

/// Label of an organization type for texts: "user organization", "GP collective", …
std::string voiceName(const std::string& type) {
    const Vocabulary& v = vocabulary::typesOf(NodeKind::Organization);
    std::string label(v.labelOf(type));
    if (label == type)
        std::replace(label.begin(), label.end(), '_', ' ');
    return label;
}

std::vector<std::string> voiceNames(const std::vector<std::string>& types) {
    std::vector<std::string> out;
    for (const std::string& t : types)
        out.push_back(voiceName(t));
    return out;
}

/// A check triggered by a context score is not evaluable while that score is not recorded, even when
/// another condition already rules the gap out: its verdict is about the context (DOMAIN.md §4).
Tri triggered(Tri trigger, Tri gap) {
    return trigger == Tri::Unknown ? Tri::Unknown : gap;
}

/// Pass, gap or not evaluable from a three-valued gap condition.
template <typename Gap>
void decide(CheckWriter& w, Tri gapCondition, CheckSubject subject, std::vector<std::string> needs,
            std::string passWhy, Gap&& gap) {
    if (gapCondition == Tri::Yes)
        gap(std::move(subject));
    else if (gapCondition == Tri::No)
        w.pass(std::move(subject), std::move(passWhy));
    else
        w.notEvaluable(std::move(subject), std::move(needs));
}

bool hasDecisionHome(const GapContext& c, const Node& action) {
    if (action.owner.empty())
        return false;
    const auto chain = c.committeeChain(action.owner);
    return std::any_of(chain.begin(), chain.end(),
                       [](const Node* n) { return n->mandate == "decision_binding"; });
}

std::string factorLabel(std::string_view factor) {
    return std::string(vocabulary::contextFactors().labelOf(factor));
}

std::string scoreNeed(std::string_view factor, const std::string& where = "system-wide") {
    return "a " + where + " score for " + factorLabel(factor) + " (context)";
}

// ---- learning ↔ architecture ------------------------------------------------------------------

void g1OrphanLearningAction(const GapContext& c, CheckWriter& w) {
    const auto& committees = c.ofKind(NodeKind::Committee);
    std::vector<std::set<std::string>> seated;
    for (const Node* committee : committees)
        seated.push_back(c.organizationsOnCommittee(committee->id, true, true));
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        if (action->type == "region_wide_reflection")
            continue;  // exempt: it brings everyone together by design
        std::vector<std::string> care;
        for (const std::string& org : c.organizationsInAction(*action)) {
            if (c.isCare(org))
                care.push_back(org);
        }
        if (care.size() < 2)
            continue;  // one care organization: nothing to connect
        std::vector<std::string> unpaired;
        std::vector<std::string> nodes{action->id};
        for (std::size_t i = 0; i < care.size(); ++i) {
            for (std::size_t j = i + 1; j < care.size(); ++j) {
                const bool shared = std::any_of(
                    seated.begin(), seated.end(),
                    [&](const std::set<std::string>& s) { return s.count(care[i]) && s.count(care[j]); });
                if (shared)
                    continue;
                unpaired.push_back(c.label(care[i]) + " and " + c.label(care[j]));
                for (const std::string& id : {care[i], care[j]}) {
                    if (!contains(nodes, id))
                        nodes.push_back(id);
                }
            }
        }
        const CheckSubject subject = nodeSubject(SubjectKind::LearningAction, *action);
        if (unpaired.empty()) {
            w.pass(subject, "Every pair of care organizations in " + inQuotes(action->displayLabel()) +
                                " shares a committee.");
            continue;
        }
        const std::size_t shown = std::min<std::size_t>(unpaired.size(), 3);
        std::vector<std::string> first(unpaired.begin(),
                                       unpaired.begin() + static_cast<std::ptrdiff_t>(shown));
        w.gap(
            subject, nodes, {},
            joinWords(first) +
                (unpaired.size() > shown ? " (and " + std::to_string(unpaired.size() - shown) + " more pairs)"
                                         : std::string()) +
                " take part in " + inQuotes(action->displayLabel()) +
                " but no committee seats or represents both, so what they learn has no shared place to land.",
            "Give them seats on the committee that owns the action, or on a working group linked to it.");
    }
}

void g2NoDecisionHome(const GapContext& c, CheckWriter& w) {
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        const CheckSubject subject = nodeSubject(SubjectKind::LearningAction, *action);
        if (action->owner.empty()) {
            w.gap(subject, {action->id}, {},
                  inQuotes(action->displayLabel()) +
                      " has no owner committee, so no forum can decide on what it finds.",
                  "Name the committee that owns the action and will act on its results.");
            continue;
        }
        const auto chain = c.committeeChain(action->owner);
        std::vector<std::string> ids{action->id};
        std::vector<std::string> unknown;
        for (const Node* n : chain) {
            ids.push_back(n->id);
            if (n->mandate.empty())
                unknown.push_back(n->displayLabel());
        }
        if (hasDecisionHome(c, *action)) {
            w.pass(subject, inQuotes(action->displayLabel()) + " reports to a decision-binding committee.",
                   ids);
            continue;
        }
        if (!unknown.empty() && !c.recorded("architecture")) {
            w.notEvaluable(subject, {"the mandate of " + joinWords(unknown)}, ids);
            continue;
        }
        w.gap(subject, ids, {},
              inQuotes(action->displayLabel()) + " is owned by " + inQuotes(c.label(action->owner)) +
                  ", and neither it nor any committee it reports to can take binding decisions.",
              "Let the owner report to a decision-binding committee such as " + c.profile.strategicForum +
                  ", or give it a mandate for this work.");
    }
}

void g18OpenFeedbackLoop(const GapContext& c, CheckWriter& w) {
    const auto& actions = c.ofKind(NodeKind::LearningAction);
    for (const Node* tool : c.ofKind(NodeKind::SharedTool)) {
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
            continue;  // a tool at one site has no loop across sites to close
        Tri covered = Tri::No;
        std::string coveredBy;
        for (const Node* a : actions) {
            if (a->sharedTool != tool->id)
                continue;
            Tri t = Tri::No;
            if (a->type == "cross_site_feedback_on_shared_tool")
                t = Tri::Yes;
            else if (a->type == "learning_benchmarking")
                t = a->purpose.empty() ? Tri::Unknown
                                       : triOf(a->purpose == "learning" || a->purpose == "both");
            if (t == Tri::Yes && coveredBy.empty())
                coveredBy = a->displayLabel();
            covered = anyOf({covered, t});
        }
        if (actions.empty() && !c.recorded("learning"))
            covered = Tri::Unknown;
        std::vector<std::string> siteIds(sites.begin(), sites.end());
        decide(w, notOf(covered), nodeSubject(SubjectKind::SharedTool, *tool),
               {"learning actions working on " + inQuotes(tool->displayLabel()) +
                " (or the purpose of the benchmarking that covers it)"},
               inQuotes(coveredBy) + " closes the feedback loop on " + inQuotes(tool->displayLabel()) + ".",
               [&](CheckSubject s) {
                   std::vector<std::string> ids{tool->id};
                   ids.insert(ids.end(), siteIds.begin(), siteIds.end());
                   w.gap(s, ids, ties,
                         inQuotes(tool->displayLabel()) + " is used at " + std::to_string(sites.size()) +
                             " sites (" + c.list(siteIds, 3) +
                             ") but no cross-site feedback action improves it.",
                         "Start a cross-site feedback action on the tool, owned by a committee where its "
                         "users sit.");
               });
    }
}

void g20NoRegionWideReflection(const GapContext& c, CheckWriter& w) {
    std::vector<std::string> partners;
    for (const Node* p : c.partners())
        partners.push_back(p->id);
    if (partners.size() < 2)
        return;  // reflection "region-wide" needs at least two governing parties
    const std::set<std::string> all(partners.begin(), partners.end());
    std::string widest;
    std::set<std::string> widestCovered;
    bool anyForum = false;
    auto consider = [&](const Node& forum, const std::set<std::string>& takers) {
        anyForum = true;
        std::set<std::string> inside;
        std::set_intersection(takers.begin(), takers.end(), all.begin(), all.end(),
                              std::inserter(inside, inside.end()));
        if (widest.empty() || inside.size() > widestCovered.size()) {
            widest = forum.id;
            widestCovered = std::move(inside);
        }
    };
    for (const Node* a : c.ofKind(NodeKind::LearningAction)) {
        if (a->type == "region_wide_reflection" || a->type == "reflection_circle")
            consider(*a, c.organizationsInAction(*a, true));
    }
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (committee->type == "reflection_circle")
            consider(*committee, c.organizationsOnCommittee(committee->id, false));
    }
    const CheckSubject subject = networkSubject();
    if (anyForum && widestCovered.size() == all.size()) {
        w.pass(subject, inQuotes(c.label(widest)) + " brings every partner together to reflect.", {widest});
        return;
    }
    if (!anyForum && c.ofKind(NodeKind::LearningAction).empty() && !c.recorded("learning")) {
        w.notEvaluable(subject,
                       {"the learning actions (or \"learning\" in meta.recorded when there are none)"});
        return;
    }
    std::vector<std::string> missing;
    std::set_difference(all.begin(), all.end(), widestCovered.begin(), widestCovered.end(),
                        std::back_inserter(missing));
    std::vector<std::string> ids;
    if (!widest.empty())
        ids.push_back(widest);
    ids.insert(ids.end(), missing.begin(), missing.end());
    w.gap(subject, ids, {},
          widest.empty()
              ? "No region-wide reflection or reflection circle is recorded in which all " +
                    std::to_string(all.size()) + " partners take part."
              : inQuotes(c.label(widest)) + " is the widest reflection, but " + c.list(missing, 4) +
                    " take no part in it (being represented is not taking part).",
          "Hold a region-wide reflection in " + c.profile.partnershipForum +
              " with every partner taking part.");
}

void g24NoSpread(const GapContext& c, CheckWriter& w) {
    const std::optional<int> now = c.assessedMonth();
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        if (action->status != "implemented" && action->status != "consolidated")
            continue;
        std::set<std::string> units;
        std::vector<std::string> spreaders;
        auto addUnits = [&](const Node& a) {
            for (const Tie* p : c.participantsOf(a.id)) {
                const Node* n = c.node(p->source);
                if (!n)
                    continue;
                if (n->kind == NodeKind::Site)
                    units.insert(n->id);
                else if (n->kind == NodeKind::Role)
                    units.insert(n->site.empty() ? c.organizationOf(*n) : n->site);
                else if (n->kind == NodeKind::Organization)
                    units.insert(n->id);
            }
        };
        addUnits(*action);
        for (const Node* other : c.ofKind(NodeKind::LearningAction)) {
            if (other->spreads == action->id) {
                addUnits(*other);
                spreaders.push_back(other->id);
            }
        }
        units.erase(std::string());
        const Tri oneSite = triOf(units.size() <= 1);
        const std::optional<int> since = GapContext::monthOf(action->statusSince);
        const Tri longEnough = (now && since) ? triOf(*now - *since > c.settings.spreadMonths) : Tri::Unknown;
        std::vector<std::string> needs;
        if (!since)
            needs.push_back("the month " + inQuotes(action->displayLabel()) +
                            " reached its status (status_since)");
        if (!now)
            needs.push_back("the date the document describes (meta.as_of) or the phase's end");
        decide(
            w, allOf({oneSite, longEnough}), nodeSubject(SubjectKind::LearningAction, *action), needs,
            oneSite == Tri::No
                ? inQuotes(action->displayLabel()) + " runs at " + std::to_string(units.size()) + " sites."
                : inQuotes(action->displayLabel()) + " is recent enough that spread cannot be expected yet.",
            [&](CheckSubject s) {
                w.gap(s, {action->id}, {},
                      inQuotes(action->displayLabel()) + " has been " + action->status + " for " +
                          std::to_string(*now - *since) +
                          " months at one site only, and no action spreads it.",
                      "Start an action that spreads it to more sites (recorded with `spreads`), with the "
                      "site that made it work as teacher.");
            });
    }
}

// ---- architecture -----------------------------------------------------------------------------

void g3UnrepresentedPartner(const GapContext& c, CheckWriter& w) {
    std::vector<const Node*> top;
    std::vector<std::string> unknownLevel;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (committee->level && *committee->level <= 2)
            top.push_back(committee);
        else if (!committee->level)
            unknownLevel.push_back(committee->displayLabel());
    }
    for (const Node* partner : c.partners()) {
        const CheckSubject subject = nodeSubject(SubjectKind::Partner, *partner);
        std::string seatedOn;
        std::string throughSeatOf;
        std::string throughCommittee;
        for (const Node* committee : top) {
            if (c.organizationsOnCommittee(committee->id, false).count(partner->id)) {
                seatedOn = committee->displayLabel();
                break;
            }
            for (const Tie* seat : c.membersOf(committee->id)) {
                const Node* member = c.node(seat->source);
                const bool represents = contains(seat->represents, partner->id);
                const bool observer =
                    seat->seat == "observer" && c.organizationOf(seat->source) == partner->id;
                const bool affiliated =
                    member &&
                    std::any_of(member->affiliations.begin(), member->affiliations.end(),
                                [&](const Affiliation& a) { return a.organization == partner->id; });
                if ((represents || observer || affiliated) && throughSeatOf.empty()) {
                    throughSeatOf = seat->source;
                    throughCommittee = committee->displayLabel();
                }
            }
        }
        if (!seatedOn.empty()) {
            w.pass(subject, partner->displayLabel() + " has a seat on " + inQuotes(seatedOn) + ".");
        } else if (!throughSeatOf.empty()) {
            w.gap(S::Info, subject, {partner->id, throughSeatOf}, {},
                  partner->displayLabel() +
                      " has no voting seat of its own on the partnership or strategic level; " +
                      c.label(throughSeatOf) + " speaks for it on " + inQuotes(throughCommittee) + ".",
                  "Check that " + partner->displayLabel() +
                      " agrees to be represented this way and hears back from " + c.label(throughSeatOf) +
                      " after each meeting.");
        } else if (!unknownLevel.empty() && !c.recorded("architecture")) {
            w.notEvaluable(subject, {"the level of " + joinWords(unknownLevel)});
        } else {
            w.gap(subject, {partner->id}, {},
                  partner->displayLabel() +
                      " has no seat on any partnership or strategic committee, not even through another "
                      "party's seat.",
                  "Give " + partner->displayLabel() + " a seat in " + c.profile.strategicForum +
                      ", or name whose seat represents it.");
        }
    }
}

void g4ParityBreach(const GapContext& c, CheckWriter& w) {
    const bool networkEqual = contains(c.model.annotations.characteristics, "equality_of_parties");
    // The sides of the setting present among the partners: label → sectors.
    std::vector<SettingProfile::Side> sides = c.profile.sides;
    if (sides.empty()) {  // generic: every partner sector is a side
        std::set<std::string> sectors;
        for (const Node* p : c.partners()) {
            if (!p->sector.empty())
                sectors.insert(p->sector);
        }
        for (const std::string& sector : sectors)
            sides.push_back({std::string(vocabulary::sectors().labelOf(sector)), {sector}});
    }
    auto sideOf = [&](const std::string& sector) -> int {
        for (std::size_t i = 0; i < sides.size(); ++i) {
            if (contains(sides[i].sectors, sector))
                return static_cast<int>(i);
        }
        return -1;
    };
    std::vector<char> sidePresent(sides.size(), 0);
    std::vector<std::string> unsectored;
    for (const Node* p : c.partners()) {
        if (p->sector.empty())
            unsectored.push_back(p->displayLabel());
        else if (int s = sideOf(p->sector); s >= 0)
            sidePresent[static_cast<std::size_t>(s)] = 1;
    }
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        const bool meant = contains(committee->characteristics, "equality_of_parties") ||
                           (networkEqual && committee->level && *committee->level <= 2);
        if (!meant)
            continue;
        std::vector<int> seats(sides.size(), 0);
        std::map<std::string, int> perPartner;
        for (const Tie* seat : c.membersOf(committee->id)) {
            if (seat->seat == "observer")
                continue;
            const std::string org = c.organizationOf(seat->source);
            if (!c.isPartner(org))
                continue;
            ++perPartner[org];
            if (int s = sideOf(c.node(org)->sector); s >= 0)
                ++seats[static_cast<std::size_t>(s)];
        }
        // Parity: one seat per partner is equality of parties too.
        const bool everyPartnerEqual = perPartner.size() == c.partners().size() && !perPartner.empty() &&
                                       std::all_of(perPartner.begin(), perPartner.end(), [&](const auto& p) {
                                           return p.second == perPartner.begin()->second;
                                       });
        Tri breach = Tri::No;
        std::string breachText;
        int lo = -1, hi = -1;
        for (std::size_t i = 0; i < sides.size(); ++i) {
            if (!sidePresent[i])
                continue;
            if (lo < 0 || seats[i] < seats[static_cast<std::size_t>(lo)])
                lo = static_cast<int>(i);
            if (hi < 0 || seats[i] > seats[static_cast<std::size_t>(hi)])
                hi = static_cast<int>(i);
        }
        if (lo >= 0 && hi >= 0 && lo != hi && !everyPartnerEqual) {
            const int a = seats[static_cast<std::size_t>(hi)];
            const int b = seats[static_cast<std::size_t>(lo)];
            const double ratio = b == 0 ? INFINITY : double(a) / double(b);
            if (a > 0 && (ratio > c.settings.parityMax || 1.0 / ratio < c.settings.parityMin)) {
                breach = Tri::Yes;
                breachText = sides[static_cast<std::size_t>(hi)].label + " holds " + std::to_string(a) +
                             " voting seats and " + sides[static_cast<std::size_t>(lo)].label + " " +
                             std::to_string(b);
            }
        }
        if (breach == Tri::No && !unsectored.empty())
            breach = Tri::Unknown;
        std::vector<std::string> missing;
        const std::set<std::string> heard = c.voicesOn(committee->id);
        for (const std::string& voice : c.profile.expectedVoices) {
            if (!heard.count(voice))
                missing.push_back(voice);
        }
        const Tri gap = anyOf({breach, triOf(!missing.empty())});
        decide(w, gap, nodeSubject(SubjectKind::Committee, *committee),
               {"the sector of " + joinWords(unsectored)},
               inQuotes(committee->displayLabel()) +
                   " keeps the setting's sides within parity and hears the expected voices.",
               [&](CheckSubject s) {
                   std::vector<std::string> parts;
                   if (breach == Tri::Yes)
                       parts.push_back(breachText);
                   if (!missing.empty())
                       parts.push_back("it hears no voice for " + joinWords(voiceNames(missing)));
                   std::string suggestion;
                   if (breach == Tri::Yes)
                       suggestion = "Rebalance the voting seats so the sides stay between " +
                                    number(c.settings.parityMin) + " and " + number(c.settings.parityMax) +
                                    " of each other";
                   if (!missing.empty())
                       suggestion += std::string(suggestion.empty() ? "Invite" : "; invite") +
                                     " representatives of " + joinWords(voiceNames(missing)) +
                                     ", at least as observers";
                   w.gap(s, {committee->id}, {},
                         inQuotes(committee->displayLabel()) + " is meant for equal partners, but " +
                             joinWords(parts) + ".",
                         suggestion + ".");
               });
    }
}

/// Vertex-independent paths between two sets of roles in an undirected graph, capped at 2; with
/// exactly one, the role whose loss cuts them. A role in both sets is a path by itself.
struct Links {
    int count = 0;
    std::optional<Graph::Index> cut;
};

Links independentLinks(const Graph& g, const std::vector<char>& inA, const std::vector<char>& inB) {
    // Split graph: v_in = 2v, v_out = 2v + 1, source 2n, sink 2n + 1; unit capacities.
    const std::size_t n = g.nodeCount();
    const std::size_t source = 2 * n, sink = 2 * n + 1;
    struct Arc {
        std::size_t to;
        int cap;
        std::size_t rev;
    };
    std::vector<std::vector<Arc>> arcs(2 * n + 2);
    auto addArc = [&](std::size_t u, std::size_t v, int cap) {
        arcs[u].push_back({v, cap, arcs[v].size()});
        arcs[v].push_back({u, 0, arcs[u].size() - 1});
    };
    for (std::size_t v = 0; v < n; ++v) {
        addArc(2 * v, 2 * v + 1, 1);
        if (inA[v])
            addArc(source, 2 * v, 1);
        if (inB[v])
            addArc(2 * v + 1, sink, 1);
        for (Graph::Index u : g.outNeighbors(static_cast<Graph::Index>(v))) {
            if (u != v)
                addArc(2 * v + 1, 2 * static_cast<std::size_t>(u), 1);
        }
    }
    auto reach = [&](std::vector<std::pair<std::size_t, std::size_t>>* parent) {
        std::vector<char> seen(arcs.size(), 0);
        std::deque<std::size_t> queue{source};
        seen[source] = 1;
        while (!queue.empty()) {
            const std::size_t u = queue.front();
            queue.pop_front();
            for (std::size_t i = 0; i < arcs[u].size(); ++i) {
                const Arc& a = arcs[u][i];
                if (a.cap <= 0 || seen[a.to])
                    continue;
                seen[a.to] = 1;
                if (parent)
                    (*parent)[a.to] = {u, i};
                queue.push_back(a.to);
            }
        }
        return seen;
    };
    Links links;
    while (links.count < 2) {
        std::vector<std::pair<std::size_t, std::size_t>> parent(arcs.size());
        if (!reach(&parent)[sink])
            break;
        for (std::size_t v = sink; v != source;) {
            auto [u, i] = parent[v];
            Arc& a = arcs[u][i];
            a.cap -= 1;
            arcs[a.to][a.rev].cap += 1;
            v = u;
        }
        ++links.count;
    }
    if (links.count == 1) {
        const auto seen = reach(nullptr);
        for (std::size_t v = 0; v < n; ++v) {
            if (seen[2 * v] && !seen[2 * v + 1]) {
                links.cut = static_cast<Graph::Index>(v);
                break;
            }
        }
    }
    return links;
}

void g8SingleBoundarySpanner(const GapContext& c, CheckWriter& w) {
    const auto& care = c.careOrganizations();
    if (care.size() < 2)
        return;
    const AnalysisResult& r = c.people();
    const Graph& g = r.lens.graph;
    const std::size_t n = g.nodeCount();
    if (n == 0)
        return;
    std::map<std::string, std::vector<char>> presence;  // organization → roles present in it
    std::map<std::string, int> roleCount;
    for (std::size_t v = 0; v < n; ++v) {
        const Node& role = c.model.nodes[r.lens.modelIndex[v]];
        for (const std::string& org : c.presenceOf(role)) {
            auto& mask = presence[org];
            mask.resize(n, 0);
            mask[v] = 1;
            ++roleCount[org];
        }
    }
    for (std::size_t i = 0; i < care.size(); ++i) {
        for (std::size_t j = i + 1; j < care.size(); ++j) {
            const std::string& a = care[i]->id;
            const std::string& b = care[j]->id;
            if (!presence.count(a) || !presence.count(b))
                continue;  // an organization without roles has no links to count
            const Links links = independentLinks(g, presence[a], presence[b]);
            if (links.count == 0)
                continue;  // not linked at all: not this check's subject
            const CheckSubject subject = pairSubject(c, a, b);
            if (links.count >= 2) {
                w.pass(subject, c.label(a) + " and " + c.label(b) +
                                    " are linked through two or more independent roles.");
                continue;
            }
            std::vector<std::string> nodes;
            std::string who = "one role";
            S severity = S::Warning;
            if (links.cut) {
                const Node& role = c.model.nodes[r.lens.modelIndex[*links.cut]];
                nodes.push_back(role.id);
                who = role.displayLabel();
                const std::string home = c.organizationOf(role);
                const bool voice = c.partyOf(home) == "voice";
                const bool seatOnly =
                    std::none_of(c.model.ties.begin(), c.model.ties.end(), [&](const Tie& t) {
                        return (t.kind == TieKind::Collaborates || t.kind == TieKind::ReportsTo) &&
                               (t.source == role.id || t.target == role.id);
                    });
                if (voice && roleCount[home] == 1 && seatOnly)
                    severity = S::Info;
                else if (roleCount[a] >= 2 && roleCount[b] >= 2)
                    severity = S::Critical;
            }
            nodes.push_back(a);
            nodes.push_back(b);
            w.gap(severity, subject, nodes, {},
                  c.label(a) + " and " + c.label(b) + " are linked through one role only (" + who +
                      "); if that post falls vacant, the link is gone.",
                  "Add a second, independent link: another role on a shared committee, a deputy for " + who +
                      ", or one of the " + c.profile.boundaryRoles + ".");
        }
    }
}

void g21OneSidedSpanner(const GapContext& c, CheckWriter& w) {
    const AnalysisResult& r = c.people();
    const Graph& g = r.lens.graph;
    std::map<std::string, int> colleagues;
    std::vector<std::string> home(g.nodeCount());
    for (std::size_t v = 0; v < g.nodeCount(); ++v) {
        home[v] = c.organizationOf(c.model.nodes[r.lens.modelIndex[v]]);
        ++colleagues[home[v]];
    }
    for (std::size_t v = 0; v < g.nodeCount(); ++v) {
        const Node& role = c.model.nodes[r.lens.modelIndex[v]];
        if (home[v].empty() || colleagues[home[v]] < 2)
            continue;  // no colleagues modelled: nothing to be tied to
        std::set<std::string> reached;
        bool inside = false;
        for (Graph::Index u : g.outNeighbors(static_cast<Graph::Index>(v))) {
            if (u == v)
                continue;
            if (!home[u].empty())
                reached.insert(home[u]);
            inside |= home[u] == home[v];
        }
        for (const Affiliation& a : role.affiliations)
            reached.insert(a.organization);
        reached.erase(home[v]);
        if (reached.size() + (inside ? 1 : 0) < 2)
            continue;  // not a boundary spanner (ties into fewer than two groups)
        const CheckSubject subject = nodeSubject(SubjectKind::Role, role);
        if (inside) {
            w.pass(subject,
                   role.displayLabel() + " is tied to colleagues in " + c.label(home[v]) + " as well.");
            continue;
        }
        w.gap(subject, {role.id, home[v]}, {},
              role.displayLabel() + " links " + std::to_string(reached.size()) +
                  " other organizations but has no tie inside " + c.label(home[v]) +
                  ", so what crosses the boundary may not reach home.",
              "Tie " + role.displayLabel() + " to colleagues in " + c.label(home[v]) +
                  ", e.g. a seat in an internal forum.");
    }
}

// ---- leadership -------------------------------------------------------------------------------

void g5LeaderlessParticipation(const GapContext& c, CheckWriter& w) {
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        const auto inAction = c.rolesInAction(*action);
        for (const std::string& org : c.organizationsInAction(*action)) {
            if (!c.isCare(org))
                continue;  // people's voices and externals are not asked to lead
            std::vector<const Node*> candidates;
            auto add = [&](const Node* n) {
                if (n && n->kind == NodeKind::Role &&
                    std::find(candidates.begin(), candidates.end(), n) == candidates.end())
                    candidates.push_back(n);
            };
            for (const Node* role : inAction) {
                if (c.organizationOf(*role) != org)
                    continue;
                add(role);
                for (const Tie& t : c.model.ties) {
                    if (t.kind == TieKind::ReportsTo && t.source == role->id)
                        add(c.node(t.target));
                }
            }
            if (!action->owner.empty()) {
                for (const Tie* seat : c.membersOf(action->owner)) {
                    if (c.organizationOf(seat->source) == org)
                        add(c.node(seat->source));
                }
            }
            CheckSubject subject{SubjectKind::CareOrganizationInAction,
                                 {org, action->id},
                                 c.label(org) + " in " + inQuotes(action->displayLabel())};
            Tri noLead = notOf(c.anyLeadership(candidates, GapContext::hasCoreBehavior));
            if (candidates.empty() && !c.recorded("leadership"))
                noLead = Tri::Unknown;
            std::vector<std::string> unassessed;
            for (const Node* role : candidates) {
                if (!role->leadership)
                    unassessed.push_back(role->id);
            }
            decide(w, noLead, subject,
                   {candidates.empty() ? "the roles of " + c.label(org) + " taking part in " +
                                             inQuotes(action->displayLabel())
                                       : "the leadership of " + c.list(unassessed, 3)},
                   "A role of " + c.label(org) + " backs " + inQuotes(action->displayLabel()) +
                       " with core leadership behaviours.",
                   [&](CheckSubject s) {
                       w.gap(s, {org, action->id}, {},
                             c.label(org) + " takes part in " + inQuotes(action->displayLabel()) +
                                 " but none of its roles there, nor those they report to or its members of "
                                 "the owner "
                                 "committee, is recorded as providing support, building a learning climate "
                                 "or spreading "
                                 "knowledge.",
                             "Ask a leader in " + c.label(org) +
                                 " to back the work: time, a learning climate, and sharing what is learned.");
                   });
        }
    }
}

void g6SingleLevelLeadership(const GapContext& c, CheckWriter& w) {
    const auto& roles = c.ofKind(NodeKind::Role);
    if (roles.empty())
        return;
    auto at = [](std::initializer_list<std::string_view> levels) {
        return [levels](const Leadership& l) {
            return GapContext::hasCoreBehavior(l) &&
                   std::find(levels.begin(), levels.end(), std::string_view(l.level)) != levels.end();
        };
    };
    const Tri top = c.anyLeadership(roles, at({"top"}));
    const Tri first = c.anyLeadership(roles, at({"first_line", "clinical_informal"}));
    std::vector<std::string> topIds, firstIds;
    for (const Node* r : roles) {
        if (r->leadership && at({"top"})(*r->leadership))
            topIds.push_back(r->id);
        if (r->leadership && at({"first_line", "clinical_informal"})(*r->leadership))
            firstIds.push_back(r->id);
    }
    const CheckSubject subject = networkSubject();
    if (top == Tri::Yes && first == Tri::Yes) {
        w.pass(subject, "Core leadership behaviours are recorded at the top and at the first line.");
    } else if (top == Tri::Yes && first == Tri::No) {
        w.gap(subject, topIds, {},
              "Leadership for learning is recorded only at the top (" + c.list(topIds, 3) +
                  "); no first-line or clinical leader carries it where the work is done.",
              "Name first-line leaders who support learning where the care is given.");
    } else if (top == Tri::No && first == Tri::Yes) {
        w.gap(subject, firstIds, {},
              "Leadership for learning is recorded only at the first line (" + c.list(firstIds, 3) +
                  "); no top leader backs it with mandate and resources.",
              "Engage top leaders in " + c.profile.strategicForum + " to back the learning work.");
    } else if (top == Tri::No && first == Tri::No) {
        w.gap(subject, {}, {}, "No core leadership behaviour is recorded at the top or at the first line.",
              "Ask top and first-line leaders to provide support, build a learning climate and spread "
              "knowledge.");
    } else {
        w.notEvaluable(subject, {"leadership entries (with level) of the roles not yet assessed"});
    }
}

void g7MandateWithoutAuthority(const GapContext& c, CheckWriter& w) {
    const CheckSubject subject{
        SubjectKind::ContextFactor, {"restricted_autonomy"}, factorLabel("restricted_autonomy")};
    std::vector<const Node*> binding;
    std::vector<std::string> unknownMandate;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (committee->mandate == "decision_binding")
            binding.push_back(committee);
        else if (committee->mandate.empty())
            unknownMandate.push_back(committee->displayLabel());
    }
    if (binding.empty()) {
        // No binding mandate: the check does not apply (no evaluation, neither pass nor gap).
        if (!unknownMandate.empty() && !c.recorded("architecture"))
            w.notEvaluable(subject, {"the mandate of " + joinWords(unknownMandate)});
        return;
    }
    std::vector<const Node*> members;
    std::vector<std::string> without, seats, committeeIds;
    Tri autonomy = c.high(c.systemScore("restricted_autonomy"));
    for (const Node* committee : binding) {
        committeeIds.push_back(committee->id);
        for (const Tie* seat : c.membersOf(committee->id)) {
            if (seat->seat == "observer" || seat->seat == "secretary")
                continue;
            const Node* member = c.node(seat->source);
            if (!member || member->kind != NodeKind::Role)
                continue;
            members.push_back(member);
            if (member->leadership && member->leadership->authority == "none" &&
                !contains(without, member->id)) {
                without.push_back(member->id);
                seats.push_back(seat->id);
            }
            const std::string org = c.organizationOf(*member);
            auto own = c.organizationScore(org, "restricted_autonomy");
            autonomy = anyOf({autonomy, c.high(own ? own : c.systemScore("restricted_autonomy"))});
        }
    }
    const Tri lacks = c.anyLeadership(members, [](const Leadership& l) { return l.authority == "none"; });
    // A member whose entry does not state authority is not assessed for this check.
    Tri lacksKnown = lacks;
    if (lacks == Tri::No && !c.recorded("leadership")) {
        for (const Node* m : members) {
            if (m->leadership && m->leadership->authority.empty())
                lacksKnown = Tri::Unknown;
        }
    }
    std::vector<std::string> needs;
    if (lacksKnown == Tri::Unknown)
        needs.push_back("the decision authority of the members of decision-binding committees");
    if (autonomy == Tri::Unknown)
        needs.push_back(scoreNeed("restricted_autonomy"));
    decide(w, anyOf({lacksKnown, autonomy}), subject, needs,
           "Members of the decision-binding committees have authority to commit, and autonomy is not "
           "strongly restricted.",
           [&](CheckSubject s) {
               std::vector<std::string> parts;
               if (!without.empty())
                   parts.push_back(c.list(without, 3) + (without.size() == 1 ? " has" : " have") +
                                   " no authority to commit their organization");
               if (autonomy == Tri::Yes)
                   parts.push_back("leaders' autonomy is strongly restricted");
               std::vector<std::string> ids = committeeIds;
               ids.insert(ids.end(), without.begin(), without.end());
               w.gap(s, ids, seats,
                     c.list(committeeIds, 4) + (committeeIds.size() == 1 ? " takes" : " take") +
                         " binding decisions, but " + joinWords(parts) + ", so decisions may stall at home.",
                     "Agree in advance what members may decide on the spot, give them a delegated mandate, "
                     "or seat "
                     "someone who can decide.");
           });
}

void g9OverloadedBroker(const GapContext& c, CheckWriter& w) {
    const AnalysisResult& r = c.people();
    if (r.nodeCount() < 2)
        return;
    std::vector<double> sorted = r.betweenness;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const std::size_t topCount = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::ceil(c.settings.brokerTopShare * double(sorted.size()))));
    const double threshold = sorted[topCount - 1];
    for (std::size_t v = 0; v < r.nodeCount(); ++v) {
        if (r.betweenness[v] <= 0.0 || r.betweenness[v] < threshold)
            continue;  // the check is about the top brokers
        const Node& role = c.model.nodes[r.lens.modelIndex[v]];
        std::set<std::string> committees;
        for (const Tie* seat : c.seatsOf(role.id))
            committees.insert(seat->target);
        const CheckSubject subject = nodeSubject(SubjectKind::Role, role);
        if (!role.leadership && !c.recorded("leadership")) {
            // Overload is a leadership question: without the role's leadership there is no verdict.
            w.notEvaluable(subject, {"the leadership of " + role.displayLabel()});
            continue;
        }
        if (static_cast<int>(committees.size()) <= c.settings.overloadCommittees) {
            w.pass(subject, role.displayLabel() + " is a top broker but sits on " +
                                std::to_string(committees.size()) + " committees only.");
            continue;
        }
        w.gap(subject, {role.id}, {},
              role.displayLabel() + " is among the top brokers (betweenness " + number(r.betweenness[v], 3) +
                  ") and sits on " + std::to_string(committees.size()) +
                  " committees: the network leans on one overloaded person.",
              "Share the load: deputies or rotating seats on some of " + role.displayLabel() +
                  "'s committees.");
    }
}

// ---- context ----------------------------------------------------------------------------------

void g10ConfirmedSilo(const GapContext& c, CheckWriter& w) {
    const AnalysisResult& r = c.people();
    std::size_t n = 0;
    double pairsInside = 0;
    for (const GroupTies& g : r.groups) {
        n += g.size;
        pairsInside += double(g.size) * double(g.size > 0 ? g.size - 1 : 0);
    }
    const bool hasTies = r.network.internalTies + r.network.externalTies > 0;
    const double expected = n > 1 ? 1.0 - 2.0 * pairsInside / (double(n) * double(n - 1)) : 0.0;
    const Tri networkHigh = c.high(c.systemScore("siloed_structures"));
    const Tri networkSilo =
        hasTies ? triOf(r.network.eiIndex < expected - c.settings.siloEiMargin) : Tri::Unknown;
    std::vector<std::string> needs;
    if (networkHigh == Tri::Unknown)
        needs.push_back(scoreNeed("siloed_structures"));
    if (!hasTies)
        needs.push_back("ties between roles of organizations");
    decide(w, triggered(networkHigh, allOf({networkHigh, networkSilo})), networkSubject(), needs,
           networkHigh == Tri::No
               ? "Siloed structures are not scored high."
               : "The ties cross organizations about as often as group sizes lead one to expect "
                 "(E-I " +
                     number(r.network.eiIndex) + ", expected " + number(expected) + ").",
           [&](CheckSubject s) {
               w.gap(s, {}, {},
                     "Siloed structures are scored " + std::to_string(*c.systemScore("siloed_structures")) +
                         " and the network confirms it: the E-I index of ties between organizations is " +
                         number(r.network.eiIndex) + ", well below the " + number(expected) +
                         " expected if ties ignored organizations.",
                     "Create cross-boundary ties on purpose: joint working groups, " +
                         c.profile.boundaryRoles + ", shared learning actions.");
           });
    for (const Node* partner : c.partners()) {
        const auto own = c.organizationScore(partner->id, "siloed_structures");
        if (!own)
            continue;  // judged with the network
        std::optional<std::size_t> group;
        for (std::size_t i = 0; i < r.partition.groupIds.size(); ++i) {
            if (r.partition.groupIds[i] == partner->id)
                group = i;
        }
        const CheckSubject subject = nodeSubject(SubjectKind::Partner, *partner);
        const Tri high = c.high(own);
        Tri silo = Tri::Unknown;
        double ei = 0, exp = 0;
        if (group && n > 1) {
            const GroupTies& g = r.groups[*group];
            if (g.internalTies + g.externalTies > 0) {
                ei = g.eiIndex;
                const double inside = double(g.size) - 1.0;
                const double denominator = inside + 2.0 * (double(n) - double(g.size));
                exp = denominator > 0 ? 1.0 - 2.0 * inside / denominator : 1.0;
                silo = triOf(ei < exp - c.settings.siloEiMargin);
            }
        }
        decide(w, triggered(high, allOf({high, silo})), subject,
               {"ties of the roles of " + partner->displayLabel()},
               high == Tri::No ? "Siloed structures are not scored high for " + partner->displayLabel() + "."
                               : partner->displayLabel() + "'s roles tie outward about as expected.",
               [&](CheckSubject s) {
                   w.gap(s, {partner->id}, {},
                         partner->displayLabel() + " scores its own silos " + std::to_string(*own) +
                             " and its roles' ties confirm it: E-I " + number(ei) + " against " +
                             number(exp) + " expected by its size.",
                         "Give " + partner->displayLabel() + "'s roles seats and tasks across the boundary.");
               });
    }
}

void g11DiverseActorsNotAtTable(const GapContext& c, CheckWriter& w) {
    const Tri high = c.high(c.systemScore("diverse_actors"));
    const CheckSubject subject = networkSubject();
    if (high != Tri::No && c.profile.expectedVoices.empty()) {
        w.notEvaluable(
            subject,
            {"the voices the partnership should hear (meta.expected_voices: the setting is generic)"});
        return;
    }
    std::set<std::string> heard;
    std::vector<std::string> committees;
    bool unknownLevel = false;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (!committee->level) {
            unknownLevel = true;
            continue;
        }
        if (*committee->level != 2 && *committee->level != 3)
            continue;
        committees.push_back(committee->id);
        const auto voices = c.voicesOn(committee->id);
        heard.insert(voices.begin(), voices.end());
    }
    std::vector<std::string> missing;
    for (const std::string& voice : c.profile.expectedVoices) {
        if (!heard.count(voice))
            missing.push_back(voice);
    }
    Tri lacking = triOf(!missing.empty());
    if (lacking == Tri::Yes && unknownLevel && !c.recorded("architecture"))
        lacking = Tri::Unknown;
    std::vector<std::string> needs;
    if (high == Tri::Unknown)
        needs.push_back(scoreNeed("diverse_actors"));
    if (lacking == Tri::Unknown)
        needs.push_back("the level of every committee");
    decide(w, triggered(high, allOf({high, lacking})), subject, needs,
           high == Tri::No ? "Diverse actors are not scored high."
                           : "The strategic and professional committees hear the expected voices.",
           [&](CheckSubject s) {
               w.gap(s, committees, {},
                     "The system has many diverse actors (score " +
                         std::to_string(*c.systemScore("diverse_actors")) +
                         "), but no strategic or professional committee hears " +
                         joinWords(voiceNames(missing)) + ".",
                     "Give " + joinWords(voiceNames(missing)) +
                         " seats or observer places on the committees where the work is shaped.");
           });
}

void g12SlowArchitecture(const GapContext& c, CheckWriter& w) {
    const auto& committees = c.ofKind(NodeKind::Committee);
    const auto& actions = c.ofKind(NodeKind::LearningAction);
    const Tri high = c.high(c.systemScore("emergent_change"));
    const Tri noTimeLimited = triOf(std::none_of(
        committees.begin(), committees.end(), [](const Node* n) { return n->permanence == "time_limited"; }));
    Tri slow = Tri::Yes;
    double most = 0;
    for (const Node* n : committees) {
        if (!n->meetingsPerYear) {
            if (!c.recorded("architecture") && slow == Tri::Yes)
                slow = Tri::Unknown;
            continue;
        }
        most = std::max(most, *n->meetingsPerYear);
        if (*n->meetingsPerYear > c.settings.slowMeetingsPerYear)
            slow = Tri::No;
    }
    Tri noIteration = triOf(std::none_of(actions.begin(), actions.end(), [](const Node* a) {
        return (a->iterations && *a->iterations > 1) || contains(a->strategies, "iterative_refinement");
    }));
    if (actions.empty() && !c.recorded("learning"))
        noIteration = Tri::Unknown;
    std::vector<std::string> needs;
    if (high == Tri::Unknown)
        needs.push_back(scoreNeed("emergent_change"));
    if (slow == Tri::Unknown)
        needs.push_back("how often every committee meets");
    if (noIteration == Tri::Unknown)
        needs.push_back("the learning actions (or \"learning\" in meta.recorded)");
    std::vector<std::string> ids;
    for (const Node* n : committees)
        ids.push_back(n->id);
    decide(
        w, triggered(noIteration, triggered(high, allOf({high, noTimeLimited, slow, noIteration}))),
        networkSubject(), needs,
        high == Tri::No
            ? "Emergent change is not scored high."
            : "The architecture can move fast: time-limited groups, frequent meetings or iterating actions.",
        [&](CheckSubject s) {
            w.gap(s, ids, {},
                  "Change is fast and unpredictable (score " +
                      std::to_string(*c.systemScore("emergent_change")) +
                      "), yet there are no time-limited groups, committees meet at most " + number(most, 0) +
                      " times a year and no learning action iterates.",
                  "Add time-limited working groups that meet often and learning actions that test and refine "
                  "in "
                  "short cycles.");
        });
}

/// G13 for one scope: the roles of `actions` (only those of `organization` when given).
Tri unresourced(const GapContext& c, const std::string& organization, std::vector<std::string>& roleIds) {
    std::vector<const Node*> roles;
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        for (const Node* role : c.rolesInAction(*action)) {
            if ((organization.empty() || c.organizationOf(*role) == organization) &&
                std::find(roles.begin(), roles.end(), role) == roles.end()) {
                roles.push_back(role);
                roleIds.push_back(role->id);
            }
        }
    }
    if (roles.empty())
        return (c.recorded("learning") || !c.ofKind(NodeKind::LearningAction).empty()) ? Tri::Yes
                                                                                       : Tri::Unknown;
    return notOf(c.anyLeadership(roles, [](const Leadership& l) {
        return GapContext::hasBehavior(l, "freeing_resources_for_learning") ||
               GapContext::hasCapability(l, "leading_under_resource_constraints");
    }));
}

void g13UnresourcedLearning(const GapContext& c, CheckWriter& w) {
    std::vector<std::string> roles;
    const Tri high = c.high(c.systemScore("restricted_resources"));
    const Tri none = unresourced(c, {}, roles);
    std::vector<std::string> needs;
    if (high == Tri::Unknown)
        needs.push_back(scoreNeed("restricted_resources"));
    if (none == Tri::Unknown)
        needs.push_back("the leadership of the roles in the learning actions");
    decide(w, triggered(high, allOf({high, none})), networkSubject(), needs,
           high == Tri::No
               ? "Restricted resources are not scored high."
               : "A role in the learning actions frees resources for learning or leads under constraints.",
           [&](CheckSubject s) {
               w.gap(s, roles, {},
                     "Resources are scarce (score " + std::to_string(*c.systemScore("restricted_resources")) +
                         ") and no one in the learning actions frees time or money for learning or leads "
                         "under those "
                         "constraints.",
                     "Ask a leader with budget authority to free time for the participants, and record it.");
           });
    for (const Node* partner : c.partners()) {
        const auto own = c.organizationScore(partner->id, "restricted_resources");
        if (!own)
            continue;
        std::vector<std::string> partnerRoles;
        const Tri partnerNone = unresourced(c, partner->id, partnerRoles);
        decide(w, triggered(c.high(own), allOf({c.high(own), partnerNone})),
               nodeSubject(SubjectKind::Partner, *partner),
               {"the leadership of " + partner->displayLabel() + "'s roles in the learning actions"},
               partner->displayLabel() + "'s learning is resourced, or its resources are not scored scarce.",
               [&](CheckSubject s) {
                   std::vector<std::string> ids{partner->id};
                   ids.insert(ids.end(), partnerRoles.begin(), partnerRoles.end());
                   w.gap(
                       s, ids, {},
                       partner->displayLabel() + " scores its resources scarce (" + std::to_string(*own) +
                           ") and none of its roles in the learning actions frees resources for learning.",
                       "Ask a leader in " + partner->displayLabel() + " to free time for its participants.");
               });
    }
}

void g14SharedGoalsMissing(const GapContext& c, CheckWriter& w) {
    const Tri high = c.high(c.systemScore("multiple_external_drivers"));
    const auto& committees = c.ofKind(NodeKind::Committee);
    const bool declared = contains(c.model.annotations.characteristics, "shared_goals") ||
                          std::any_of(committees.begin(), committees.end(), [](const Node* n) {
                              return contains(n->characteristics, "shared_goals");
                          });
    const bool anyChecklist = !c.model.annotations.characteristics.empty() ||
                              std::any_of(committees.begin(), committees.end(),
                                          [](const Node* n) { return !n->characteristics.empty(); });
    const Tri noGoals = declared                                       ? Tri::No
                        : (anyChecklist || c.recorded("architecture")) ? Tri::Yes
                                                                       : Tri::Unknown;
    double sum = 0;
    std::size_t count = 0, rcTies = 0;
    for (const Tie& tie : c.model.ties) {
        if (tie.rc.empty() || c.organizationOf(tie.source) == c.organizationOf(tie.target))
            continue;  // only ties across organizations
        ++rcTies;
        if (auto it = tie.rc.find("shared_goals"); it != tie.rc.end()) {
            sum += it->second;
            ++count;
        }
    }
    const double mean = count ? sum / double(count) : 0.0;
    const Tri weakRc = count == 0 ? (rcTies == 0 ? Tri::No : Tri::Unknown)
                                  : (mean < c.settings.rcWeak ? Tri::Yes
                                     : count == rcTies        ? Tri::No
                                                              : Tri::Unknown);
    std::vector<std::string> needs;
    if (high == Tri::Unknown)
        needs.push_back(scoreNeed("multiple_external_drivers"));
    if (noGoals == Tri::Unknown)
        needs.push_back("the characteristics of the committees (shared_goals)");
    if (weakRc == Tri::Unknown)
        needs.push_back("RC shared-goals scores on every scored tie across organizations");
    decide(w, triggered(high, allOf({high, anyOf({noGoals, weakRc})})), networkSubject(), needs,
           high == Tri::No ? "Multiple external drivers are not scored high."
                           : "Shared goals are recorded and not contradicted by the RC survey.",
           [&](CheckSubject s) {
               w.gap(s, {}, {},
                     "Many external drivers pull the parties in different directions (score " +
                         std::to_string(*c.systemScore("multiple_external_drivers")) + "), " +
                         (weakRc == Tri::Yes
                              ? "and the roles rate their shared goals weak (mean " + number(mean) + ")."
                              : "and no committee records shared goals."),
                     "Agree on a few shared goals in " + c.profile.strategicForum +
                         " and check them against each new reform or plan.");
           });
}

void g19GovernanceMismatch(const GapContext& c, CheckWriter& w) {
    const std::string& governance = c.model.annotations.governance;
    const CheckSubject subject = networkSubject();
    if (governance.empty()) {
        w.notEvaluable(subject, {"the governance form of the network"});
        return;
    }
    const std::size_t partners = c.partners().size();
    if (governance == "participant_governed" &&
        static_cast<int>(partners) > c.settings.sharedGovernanceMaxOrganizations) {
        w.gap(S::Info, subject, {}, {},
              "The network is governed by all " + std::to_string(partners) +
                  " partners together; shared governance strains with this many parties (Provan & Kenis).",
              "Consider a network administrative organization (a joint secretariat) to run the day-to-day "
              "work.");
        return;
    }
    if (governance == "lead_organization") {
        const bool claimsEquality =
            contains(c.model.annotations.characteristics, "equality_of_parties") ||
            std::any_of(c.model.nodes.begin(), c.model.nodes.end(),
                        [](const Node& n) { return contains(n.characteristics, "equality_of_parties"); });
        const AnalysisResult& r = c.organizations();
        const double total = std::accumulate(r.betweenness.begin(), r.betweenness.end(), 0.0);
        if (claimsEquality && total > 0) {
            const auto top = static_cast<std::size_t>(
                std::max_element(r.betweenness.begin(), r.betweenness.end()) - r.betweenness.begin());
            const double share = r.betweenness[top] / total;
            if (share >= c.settings.leadBetweennessShare) {
                w.gap(
                    subject, {r.ids[top]}, {},
                    r.labels[top] + " leads the network and holds " + number(100 * share, 0) +
                        "% of the organizations' betweenness, while the network claims equality of parties.",
                    "Either say openly that " + r.labels[top] +
                        " leads, or move brokering roles to the other parties.");
                return;
            }
        }
    }
    w.pass(subject, "The governance form fits the number of partners and the claims of equality.");
}

// ---- learning cycle ---------------------------------------------------------------------------

void g15StalledCycle(const GapContext& c, CheckWriter& w) {
    const std::optional<int> now = c.assessedMonth();
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        Tri atRisk = Tri::No;
        if (action->phase.empty())
            atRisk = Tri::Unknown;
        else if (action->phase == "questioning" || action->phase == "analysis")
            atRisk = Tri::Yes;
        else if (action->phase == "implementing")
            atRisk = triOf(!contains(action->practices, "iteration") && action->iterations.value_or(0) <= 1);
        std::string lastDate = action->lastActivity;
        if (lastDate.empty() && c.recorded("dates"))
            lastDate = action->start;
        const std::optional<int> last = GapContext::monthOf(lastDate);
        const Tri inactive = (now && last) ? triOf(*now - *last >= c.settings.stallMonths) : Tri::Unknown;
        const auto roles = c.rolesInAction(*action);
        Tri noDissemination = notOf(c.anyLeadership(roles, [](const Leadership& l) {
            return GapContext::hasBehavior(l, "facilitating_knowledge_dissemination");
        }));
        if (roles.empty() && !c.recorded("leadership"))
            noDissemination = Tri::Unknown;
        std::vector<std::string> needs;
        if (atRisk == Tri::Unknown)
            needs.push_back("the phase of the learning cycle " + inQuotes(action->displayLabel()) + " is in");
        if (!last)
            needs.push_back("the month of " + inQuotes(action->displayLabel()) +
                            "'s last activity (last_activity)");
        if (!now)
            needs.push_back("the date the document describes (meta.as_of) or the phase's end");
        if (noDissemination == Tri::Unknown)
            needs.push_back("the leadership of the roles taking part in " + inQuotes(action->displayLabel()));
        decide(w, triggered(noDissemination, allOf({atRisk, inactive, noDissemination})),
               nodeSubject(SubjectKind::LearningAction, *action), needs,
               inQuotes(action->displayLabel()) +
                   " is moving through its cycle or someone spreads what it learns.",
               [&](CheckSubject s) {
                   w.gap(s, {action->id}, {},
                         inQuotes(action->displayLabel()) +
                             (action->phase == "implementing"
                                  ? " is being implemented without a round of reflection"
                                  : " is still in " + action->phase) +
                             ", with no recorded activity for " + std::to_string(*now - *last) +
                             " months and no participant recorded as spreading what is learned.",
                         "Give a participant the task of facilitating knowledge dissemination and plan the "
                         "next step of "
                         "the cycle.");
               });
    }
}

void g16UnmanagedContradiction(const GapContext& c, CheckWriter& w) {
    const auto& actions = c.ofKind(NodeKind::LearningAction);
    for (const Node* action : actions) {
        if (action->contradictions.empty())
            continue;  // nothing to manage
        const auto roles = c.rolesInAction(*action);
        Tri noManager = notOf(c.anyLeadership(roles, [](const Leadership& l) {
            return GapContext::hasCapability(l, "contradiction_management");
        }));
        if (roles.empty() && !c.recorded("leadership"))
            noManager = Tri::Unknown;
        const bool session =
            std::any_of(actions.begin(), actions.end(),
                        [&](const Node* other) {
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
                        }) ||
            action->type == "structured_session_conflicting_logics";
        decide(w, allOf({noManager, triOf(!session)}), nodeSubject(SubjectKind::LearningAction, *action),
               {"the leadership of the roles taking part in " + inQuotes(action->displayLabel())},
               "The contradiction in " + inQuotes(action->displayLabel()) +
                   " has someone to manage it or a structured session.",
               [&](CheckSubject s) {
                   w.gap(s, {action->id}, {},
                         inQuotes(action->displayLabel()) + " records a contradiction (" +
                             inQuotes(action->contradictions.front().text) +
                             ") but no participant manages contradictions and no structured session on "
                             "conflicting "
                             "logics is linked.",
                         "Hold a structured session where the parties name their logics, or involve a leader "
                         "skilled in "
                         "contradiction management.");
               });
    }
}

void g17WeakRelationalBase(const GapContext& c, CheckWriter& w) {
    const auto& actions = c.ofKind(NodeKind::LearningAction);
    for (const Node* action : actions) {
        const auto roles = c.rolesInAction(*action);
        std::set<std::string> ids;
        for (const Node* r : roles)
            ids.insert(r->id);
        auto across = [&](const std::string& a, const std::string& b) {
            const Node* x = c.node(a);
            const Node* y = c.node(b);
            return x && y && (c.organizationOf(*x) != c.organizationOf(*y) || x->type != y->type);
        };
        bool anyPair = false;
        for (const Node* x : roles) {
            for (const Node* y : roles) {
                if (x != y && across(x->id, y->id))
                    anyPair = true;
            }
        }
        if (!anyPair)
            continue;  // one organization and one profession: no relational base across boundaries to judge
        std::vector<const Tie*> relevant;
        for (const Tie& tie : c.model.ties) {
            if (!ids.count(tie.source) || !ids.count(tie.target) || !across(tie.source, tie.target))
                continue;
            if (!tie.rc.empty() || (tie.kind == TieKind::Collaborates && !tie.rcWave.empty()))
                relevant.push_back(&tie);
        }
        std::vector<std::string> tieIds;
        double sum = 0;
        std::size_t scored = 0;
        bool complete = true;
        std::map<std::string, std::pair<double, int>> byDimension;
        for (const Tie* tie : relevant) {
            tieIds.push_back(tie->id);
            if (tie->rc.size() < kRcDimensions.size())
                complete = false;
            if (tie->rc.empty())
                continue;
            double s = 0;
            for (const auto& [dim, score] : tie->rc) {
                s += score;
                byDimension[dim].first += score;
                byDimension[dim].second += 1;
            }
            sum += s / double(tie->rc.size());
            ++scored;
        }
        const CheckSubject subject = nodeSubject(SubjectKind::LearningAction, *action);
        const std::string wave = c.model.annotations.rcWaves.empty() ? std::string() : " in the wave used";
        if (scored == 0) {
            w.notEvaluable(subject,
                           {"RC scores between the roles of different organizations or professions taking "
                            "part in " +
                            inQuotes(action->displayLabel()) + wave});
            continue;
        }
        const double mean = sum / double(scored);
        if (mean >= c.settings.rcWeak) {
            if (complete)
                w.pass(subject, "Relational coordination between the roles in " +
                                    inQuotes(action->displayLabel()) + " is " + number(mean) + " of 5.");
            else
                w.notEvaluable(subject, {"all seven RC dimensions on the ties between the roles in " +
                                         inQuotes(action->displayLabel()) + wave});
            continue;
        }
        std::vector<std::pair<double, std::string>> dims;
        for (const auto& [dim, total] : byDimension) {
            const double m = total.first / total.second;
            if (m < c.settings.rcWeak)
                dims.emplace_back(m, dim);
        }
        std::sort(dims.begin(), dims.end());
        std::vector<std::string> weakest;
        for (std::size_t i = 0; i < dims.size() && i < 3; ++i) {
            std::string name(vocabulary::rcDimensions().labelOf(dims[i].second));
            std::transform(name.begin(), name.end(), name.begin(),
                           [](unsigned char ch) { return std::tolower(ch); });
            weakest.push_back(name + " " + number(dims[i].first, 1));
        }
        // A relational intervention that links these roles is a remedy under way.
        auto relational = [](const Node& a) {
            return a.type == "rc_feedback" || a.type == "relational_coaching" || a.type == "huddles";
        };
        std::string remedy = relational(*action) ? action->displayLabel() : std::string();
        for (const Node* other : actions) {
            if (!relational(*other))
                continue;
            const auto otherRoles = c.rolesInAction(*other);
            std::set<std::string> otherIds;
            for (const Node* r : otherRoles)
                otherIds.insert(r->id);
            for (const Tie* tie : relevant) {
                if (otherIds.count(tie->source) && otherIds.count(tie->target) && remedy.empty())
                    remedy = other->displayLabel();
            }
        }
        w.gap(remedy.empty() ? S::Warning : S::Info, subject, {action->id}, tieIds,
              "The roles of different organizations or professions in " + inQuotes(action->displayLabel()) +
                  " rate their relational coordination weak (mean " + number(mean) + " of 5 over " +
                  std::to_string(scored) + (scored == 1 ? " tie" : " ties") +
                  (weakest.empty() ? std::string() : "; weakest: " + joinWords(weakest)) + ")" +
                  (remedy.empty() ? "." : "; " + inQuotes(remedy) + " is working on it."),
              remedy.empty()
                  ? "Work on the relationships first: feed the survey results back to these roles, or start "
                    "relational coaching or huddles between them."
                  : "Keep " + inQuotes(remedy) + " going and measure again in the next wave.");
    }
}

void g22BenchmarkingForRanking(const GapContext& c, CheckWriter& w) {
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        if (action->type != "learning_benchmarking")
            continue;
        struct Departure {
            Tri is;
            std::string text;
            std::string need;
        };
        std::vector<Departure> departures;
        departures.push_back(
            {action->facilitator.empty() ? (c.recorded("learning") ? Tri::Yes : Tri::Unknown) : Tri::No,
             "it has no facilitator", "its facilitator"});
        departures.push_back(
            {action->participation.empty() ? Tri::Unknown : triOf(action->participation == "mandatory"),
             "taking part is mandatory", "whether taking part is voluntary (participation)"});
        // Broad participation: a site, an organization or a first-line or clinical role takes part.
        Tri onlyManagers = Tri::Yes;
        for (const Tie* p : c.participantsOf(action->id)) {
            const Node* n = c.node(p->source);
            if (!n || n->id == action->facilitator)
                continue;
            if (n->kind != NodeKind::Role) {
                onlyManagers = Tri::No;
                break;
            }
            if (!n->leadership || n->leadership->level.empty()) {
                onlyManagers = Tri::Unknown;
                continue;
            }
            if (n->leadership->level != "top" && n->leadership->level != "middle") {
                onlyManagers = Tri::No;
                break;
            }
        }
        if (c.participantsOf(action->id).empty())
            onlyManagers = Tri::Unknown;
        departures.push_back(
            {onlyManagers, "only managers take part", "the leadership level of its participants"});
        departures.push_back({action->dialogue.empty()
                                  ? Tri::Unknown
                                  : triOf(action->dialogue == "none" || action->dialogue == "annual_report"),
                              action->dialogue == "annual_report"
                                  ? "the results only go out in an annual report"
                                  : "the results are not discussed together",
                              "how the results are discussed (dialogue)"});
        departures.push_back({action->purpose.empty() ? Tri::Unknown : triOf(action->purpose == "ranking"),
                              "it is built for ranking", "its purpose (learning, ranking or both)"});
        Tri any = Tri::No;
        std::vector<std::string> found, needs;
        for (const Departure& d : departures) {
            any = anyOf({any, d.is});
            if (d.is == Tri::Yes)
                found.push_back(d.text);
            if (d.is == Tri::Unknown)
                needs.push_back(d.need);
        }
        decide(w, any, nodeSubject(SubjectKind::LearningAction, *action), needs,
               inQuotes(action->displayLabel()) + " is voluntary, facilitated, broad and dialogue-based.",
               [&](CheckSubject s) {
                   w.gap(s, {action->id}, {},
                         inQuotes(action->displayLabel()) +
                             " departs from a learning-oriented benchmarking: " + joinWords(found) + ".",
                         "Make it voluntary, facilitated, open to front-line staff and discussed in regular "
                         "meetings "
                         "(seed study: benchmarking for learning, not ranking).");
               });
    }
}

void g23CoerciveSteering(const GapContext& c, CheckWriter& w) {
    if (!c.phase)
        return;  // the check is about a phase
    const Phase& phase = *c.phase;
    const Tri coercive =
        phase.bureaucracyMode.empty() ? Tri::Unknown : triOf(phase.bureaucracyMode == "coercive");
    const auto& actions = c.ofKind(NodeKind::LearningAction);
    Tri exploring = Tri::No;
    std::vector<std::string> exploringIds;
    for (const Node* a : actions) {
        const bool early = a->phase == "questioning" || a->phase == "analysis" || a->phase == "modelling" ||
                           a->phase == "testing";
        const bool homeless = !hasDecisionHome(c, *a);
        if (early || homeless) {
            exploring = Tri::Yes;
            exploringIds.push_back(a->id);
        } else if (a->phase.empty() && exploring == Tri::No) {
            exploring = Tri::Unknown;
        }
    }
    if (actions.empty() && !c.recorded("learning"))
        exploring = Tri::Unknown;
    std::vector<std::string> needs;
    if (coercive == Tri::Unknown)
        needs.push_back("the bureaucracy mode of " + phase.displayLabel());
    if (exploring == Tri::Unknown)
        needs.push_back("the learning actions of " + phase.displayLabel() + " and their phases of the cycle");
    decide(
        w, triggered(coercive, triggered(exploring, allOf({coercive, exploring}))),
        CheckSubject{SubjectKind::Phase, {phase.id}, phase.displayLabel()}, needs,
        coercive == Tri::No
            ? phase.displayLabel() + "'s steering is " + phase.bureaucracyMode + "."
            : "No exploratory learning runs under the coercive steering of " + phase.displayLabel() + ".",
        [&](CheckSubject s) {
            w.gap(
                s, exploringIds, {},
                "Steering in " + phase.displayLabel() + " is coercive while " + c.list(exploringIds, 3) +
                    " still explore (questioning to testing) or have no decision home.",
                "Shield exploratory learning from top-down control: give it an enabling frame (clear goals, "
                "room to test) and a decision-binding home.");
        });
}

// ---- the table --------------------------------------------------------------------------------

constexpr std::array kLA{E::Learning, E::Architecture};
constexpr std::array kA{E::Architecture};
constexpr std::array kLeL{E::Leadership, E::Learning};
constexpr std::array kLeA{E::Leadership, E::Architecture};
constexpr std::array kCLeA{E::Context, E::Leadership, E::Architecture};
constexpr std::array kALe{E::Architecture, E::Leadership};
constexpr std::array kCA{E::Context, E::Architecture};
constexpr std::array kCAL{E::Context, E::Architecture, E::Learning};
constexpr std::array kCLeL{E::Context, E::Leadership, E::Learning};
constexpr std::array kLLe{E::Learning, E::Leadership};
constexpr std::array kLR{E::Learning, E::Relational};
constexpr std::array kAC{E::Architecture, E::Context};
constexpr std::array kL{E::Learning};

using K = SubjectKind;

const std::array<GapRule, 24> kRules{{
    {{"G1", "Orphan learning action",
      "a learning action involves two care organizations but no committee seats or represents both", kLA,
      K::LearningAction, S::Warning},
     g1OrphanLearningAction},
    {{"G2", "No decision home",
      "a learning action has no owner, or its owner committee (and all it reports to) has no "
      "decision-binding mandate",
      kLA, K::LearningAction, S::Warning},
     g2NoDecisionHome},
    {{"G3", "Unrepresented partner",
      "a partner has no seat on any level 1 or 2 committee (info when another's seat represents it)", kA,
      K::Partner, S::Critical},
     g3UnrepresentedPartner},
    {{"G4", "Parity breach",
      "a committee for equal partners holds the setting's sides' seats outside the parity range, or misses a "
      "voice the "
      "setting expects",
      kA, K::Committee, S::Warning},
     g4ParityBreach},
    {{"G5", "Leaderless participation",
      "a care organization takes part in a learning action but none of its roles there, those they report to "
      "or its "
      "members of the owner committee shows a core leadership behaviour",
      kLeL, K::CareOrganizationInAction, S::Warning},
     g5LeaderlessParticipation},
    {{"G6", "Single-level leadership",
      "core leadership behaviours are recorded at the top but not at the first line, or the reverse", kLeA,
      K::Network, S::Warning},
     g6SingleLevelLeadership},
    {{"G7", "Mandate without authority",
      "members of decision-binding committees lack decision authority, or restricted autonomy scores high",
      kCLeA, K::ContextFactor, S::Warning},
     g7MandateWithoutAuthority},
    {{"G8", "Single boundary spanner",
      "two care organizations are linked through exactly one role in the people lens, counting affiliations",
      kA, K::OrganizationPair, S::Warning},
     g8SingleBoundarySpanner},
    {{"G9", "Overloaded broker",
      "a role in the top betweenness decile sits on more than the allowed number of committees", kALe,
      K::Role, S::Warning},
     g9OverloadedBroker},
    {{"G10", "Confirmed silo",
      "siloed structures score high and the E-I index is well below what group sizes alone would give", kCA,
      K::Network, S::Critical},
     g10ConfirmedSilo},
    {{"G11", "Diverse actors not at the table",
      "diverse actors score high but the strategic and professional committees lack the voices the setting "
      "expects",
      kCA, K::Network, S::Warning},
     g11DiverseActorsNotAtTable},
    {{"G12", "Slow architecture for fast change",
      "emergent change scores high, there are no time-limited groups, committees meet rarely and no learning "
      "action "
      "iterates",
      kCAL, K::Network, S::Warning},
     g12SlowArchitecture},
    {{"G13", "Unresourced learning",
      "restricted resources score high and no role in the learning actions frees resources or leads under "
      "constraints",
      kCLeL, K::Network, S::Warning},
     g13UnresourcedLearning},
    {{"G14", "Shared goals missing under many drivers",
      "multiple external drivers score high and no committee has shared goals (or RC shared goals are weak)",
      kCA, K::Network, S::Warning},
     g14SharedGoalsMissing},
    {{"G15", "Stalled cycle",
      "a learning action in questioning or analysis, or implementing without reflection, has had no activity "
      "for the "
      "stall period and no participant spreads knowledge",
      kLLe, K::LearningAction, S::Warning},
     g15StalledCycle},
    {{"G16", "Unmanaged contradiction",
      "a learning action records a contradiction but no participant manages contradictions and no structured "
      "session is "
      "linked",
      kLLe, K::LearningAction, S::Warning},
     g16UnmanagedContradiction},
    {{"G17", "Weak relational base",
      "relational coordination between the participating roles of different organizations or professions is "
      "weak in "
      "the wave used",
      kLR, K::LearningAction, S::Warning},
     g17WeakRelationalBase},
    {{"G18", "Open feedback loop on a shared tool",
      "a tool used at two or more sites has no cross-site feedback action nor a learning benchmarking "
      "covering it",
      kLA, K::SharedTool, S::Warning},
     g18OpenFeedbackLoop},
    {{"G19", "Governance mismatch",
      "shared governance with more partners than it carries, or a lead organization holding most betweenness "
      "in a "
      "network that claims equality",
      kAC, K::Network, S::Warning},
     g19GovernanceMismatch},
    {{"G20", "No region-wide reflection",
      "no region-wide reflection or reflection circle in which every partner takes part", kL, K::Network,
      S::Warning},
     g20NoRegionWideReflection},
    {{"G21", "One-sided spanner",
      "a boundary spanner with colleagues modelled has no tie inside its own organization", kA, K::Role,
      S::Info},
     g21OneSidedSpanner},
    {{"G22", "Benchmarking built for ranking",
      "a learning benchmarking has no facilitator, is mandatory, involves only managers, has no dialogue or "
      "is for "
      "ranking",
      kLLe, K::LearningAction, S::Warning},
     g22BenchmarkingForRanking},
    {{"G23", "Coercive steering of exploratory learning",
      "a phase's steering is coercive while its learning actions explore or have no decision home", kCAL,
      K::Phase, S::Warning},
     g23CoerciveSteering},
    {{"G24", "No spread",
      "a learning action implemented at one site for longer than the spread period has no other site taking "
      "part or "
      "spreading it",
      kLA, K::LearningAction, S::Warning},
     g24NoSpread},
}};

}  // namespace

std::span<const GapRule> gapRuleTable() {
    return kRules;
}

}  // namespace orgweave::core
