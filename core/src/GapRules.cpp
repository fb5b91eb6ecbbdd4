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

/// A name in the quotation marks of the language of the texts ("‘…’", bokmål "«…»").
std::string inQuotes(const GapContext& c, const std::string& text) {
    return sayf(c, "‘{}’", {text});
}

/// `value` with `digits` decimals in the language of the texts (comma decimals in bokmål).
std::string number(const GapContext& c, double value, int digits = 2) {
    return c.settings.texts.formatNumber(value, digits);
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// "A, B and C" in the language of the texts.
std::string joinWords(const GapContext& c, const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0 && i + 1 == words.size())
            out = sayf(c, "{} and {}", {out, words[i]});
        else
            out += (i == 0 ? "" : ", ") + words[i];
    }
    return out;
}

CheckSubject networkSubject(const GapContext& c) {
    return CheckSubject{SubjectKind::Network, {}, say(c, "the network")};
}

CheckSubject nodeSubject(SubjectKind kind, const Node& node) {
    return CheckSubject{kind, {node.id}, node.displayLabel()};
}

CheckSubject pairSubject(const GapContext& c, std::string a, std::string b) {
    if (b < a)
        std::swap(a, b);
    return CheckSubject{
        SubjectKind::OrganizationPair, {a, b}, sayf(c, "{} and {}", {c.label(a), c.label(b)})};
}

/// Label of an organization type for texts: "user organization", "GP collective", …
std::string voiceName(const GapContext& c, const std::string& type) {
    const Vocabulary& v = vocabulary::typesOf(NodeKind::Organization);
    std::string label = c.settings.texts.text(v.labelOf(type));
    if (label == type)
        std::replace(label.begin(), label.end(), '_', ' ');
    return label;
}

std::vector<std::string> voiceNames(const GapContext& c, const std::vector<std::string>& types) {
    std::vector<std::string> out;
    for (const std::string& t : types)
        out.push_back(voiceName(c, t));
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
                       [](const Node* n) { return n->committee->mandate == "decision_binding"; });
}

std::string factorLabel(const GapContext& c, std::string_view factor) {
    return c.settings.texts.text(vocabulary::contextFactors().labelOf(factor));
}

/// A label of a closed vocabulary in running text: translated, first letter lower-case.
std::string lowerLabel(const GapContext& c, const Vocabulary& v, std::string_view id) {
    std::string label = c.settings.texts.text(v.labelOf(id));
    if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z')
        label[0] = static_cast<char>(label[0] - 'A' + 'a');
    return label;
}

std::string scoreNeed(const GapContext& c, std::string_view factor) {
    return sayf(c, "a system-wide score for {} (context)", {factorLabel(c, factor)});
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
                unpaired.push_back(sayf(c, "{} and {}", {c.label(care[i]), c.label(care[j])}));
                for (const std::string& id : {care[i], care[j]}) {
                    if (!contains(nodes, id))
                        nodes.push_back(id);
                }
            }
        }
        const CheckSubject subject = nodeSubject(SubjectKind::LearningAction, *action);
        if (unpaired.empty()) {
            w.pass(subject, sayf(c, "Every pair of care organizations in {} shares a committee.",
                                 {inQuotes(c, action->displayLabel())}));
            continue;
        }
        const std::size_t shown = std::min<std::size_t>(unpaired.size(), 3);
        std::vector<std::string> first(unpaired.begin(),
                                       unpaired.begin() + static_cast<std::ptrdiff_t>(shown));
        w.gap(
            subject, nodes, {},
            sayf(c,
                 "{}{} take part in {} but no committee seats or represents both, so what they learn has no "
                 "shared place to land.",
                 {joinWords(c, first),
                  unpaired.size() > shown
                      ? sayn(c, " (and {} more pair)", " (and {} more pairs)", unpaired.size() - shown)
                      : std::string(),
                  inQuotes(c, action->displayLabel())}),
            say(c,
                "Give them seats on the committee that owns the action, or on a working group linked to "
                "it."));
    }
}

void g2NoDecisionHome(const GapContext& c, CheckWriter& w) {
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        const CheckSubject subject = nodeSubject(SubjectKind::LearningAction, *action);
        if (action->owner.empty()) {
            w.gap(subject, {action->id}, {},
                  sayf(c, "{} has no owner committee, so no forum can decide on what it finds.",
                       {inQuotes(c, action->displayLabel())}),
                  say(c, "Name the committee that owns the action and will act on its results."));
            continue;
        }
        const auto chain = c.committeeChain(action->owner);
        std::vector<std::string> ids{action->id};
        std::vector<std::string> unknown;
        for (const Node* n : chain) {
            ids.push_back(n->id);
            if (n->committee->mandate.empty())
                unknown.push_back(n->displayLabel());
        }
        if (hasDecisionHome(c, *action)) {
            w.pass(
                subject,
                sayf(c, "{} reports to a decision-binding committee.", {inQuotes(c, action->displayLabel())}),
                ids);
            continue;
        }
        if (!unknown.empty() && !c.recorded("architecture")) {
            w.notEvaluable(subject, {sayf(c, "the mandate of {}", {joinWords(c, unknown)})}, ids);
            continue;
        }
        w.gap(subject, ids, {},
              sayf(c,
                   "{} is owned by {}, and neither it nor any committee it reports to can take binding "
                   "decisions.",
                   {inQuotes(c, action->displayLabel()), inQuotes(c, c.label(action->owner))}),
              sayf(c,
                   "Let the owner report to a decision-binding committee such as {}, or give it a mandate "
                   "for this "
                   "work.",
                   {c.profile.strategicForum}));
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
            if (a->learningAction->sharedTool != tool->id)
                continue;
            Tri t = Tri::No;
            if (a->type == "cross_site_feedback_on_shared_tool")
                t = Tri::Yes;
            else if (a->type == "learning_benchmarking")
                t = a->learningAction->purpose.empty() ? Tri::Unknown
                                                       : triOf(a->learningAction->purpose == "learning" ||
                                                               a->learningAction->purpose == "both");
            if (t == Tri::Yes && coveredBy.empty())
                coveredBy = a->displayLabel();
            covered = anyOf({covered, t});
        }
        if (actions.empty() && !c.recorded("learning"))
            covered = Tri::Unknown;
        std::vector<std::string> siteIds(sites.begin(), sites.end());
        decide(w, notOf(covered), nodeSubject(SubjectKind::SharedTool, *tool),
               {sayf(c, "learning actions working on {} (or the purpose of the benchmarking that covers it)",
                     {inQuotes(c, tool->displayLabel())})},
               sayf(c, "{} closes the feedback loop on {}.",
                    {inQuotes(c, coveredBy), inQuotes(c, tool->displayLabel())}),
               [&](CheckSubject s) {
                   std::vector<std::string> ids{tool->id};
                   ids.insert(ids.end(), siteIds.begin(), siteIds.end());
                   w.gap(
                       s, ids, ties,
                       sayn(c, "{1} is used at {0} site ({2}) but no cross-site feedback action improves it.",
                            "{1} is used at {0} sites ({2}) but no cross-site feedback action improves it.",
                            sites.size(), {inQuotes(c, tool->displayLabel()), c.list(siteIds, 3)}),
                       say(c,
                           "Start a cross-site feedback action on the tool, owned by a committee where its "
                           "users sit."));
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
    const CheckSubject subject = networkSubject(c);
    if (anyForum && widestCovered.size() == all.size()) {
        w.pass(subject,
               sayf(c, "{} brings every partner together to reflect.", {inQuotes(c, c.label(widest))}),
               {widest});
        return;
    }
    if (!anyForum && c.ofKind(NodeKind::LearningAction).empty() && !c.recorded("learning")) {
        w.notEvaluable(
            subject, {say(c, "the learning actions (or \"learning\" in meta.recorded when there are none)")});
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
          widest.empty() ? sayn(c,
                                "No region-wide reflection or reflection circle is recorded in which all {} "
                                "partners take part.",
                                "No region-wide reflection or reflection circle is recorded in which all {} "
                                "partners take part.",
                                all.size())
                         : sayf(c,
                                "{} is the widest reflection, but {} take no part in it (being represented "
                                "is not taking part).",
                                {inQuotes(c, c.label(widest)), c.list(missing, 4)}),
          sayf(c, "Hold a region-wide reflection in {} with every partner taking part.",
               {c.profile.partnershipForum}));
}

void g24NoSpread(const GapContext& c, CheckWriter& w) {
    const std::optional<int> now = c.assessedMonth();
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        if (action->learningAction->status != "implemented" &&
            action->learningAction->status != "consolidated")
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
            if (other->learningAction->spreads == action->id) {
                addUnits(*other);
                spreaders.push_back(other->id);
            }
        }
        units.erase(std::string());
        const Tri oneSite = triOf(units.size() <= 1);
        const std::optional<int> since = GapContext::monthOf(action->learningAction->statusSince);
        const Tri longEnough = (now && since) ? triOf(*now - *since > c.settings.spreadMonths) : Tri::Unknown;
        std::vector<std::string> needs;
        if (!since)
            needs.push_back(sayf(c, "the month {} reached its status (status_since)",
                                 {inQuotes(c, action->displayLabel())}));
        if (!now)
            needs.push_back(say(c, "the date the document describes (meta.as_of) or the phase's end"));
        decide(
            w, allOf({oneSite, longEnough}), nodeSubject(SubjectKind::LearningAction, *action), needs,
            oneSite == Tri::No ? sayn(c, "{1} runs at {0} site.", "{1} runs at {0} sites.", units.size(),
                                      {inQuotes(c, action->displayLabel())})
                               : sayf(c, "{} is recent enough that spread cannot be expected yet.",
                                      {inQuotes(c, action->displayLabel())}),
            [&](CheckSubject s) {
                const auto months = static_cast<unsigned long>(*now - *since);
                w.gap(s, {action->id}, {},
                      sayn(c, "{1} has been {2} for {0} month at one site only, and no action spreads it.",
                           "{1} has been {2} for {0} months at one site only, and no action spreads it.",
                           months,
                           {inQuotes(c, action->displayLabel()),
                            lowerLabel(c, vocabulary::learningStatus(), action->learningAction->status)}),
                      say(c,
                          "Start an action that spreads it to more sites (recorded with `spreads`), with the "
                          "site that made it work as teacher."));
            });
    }
}

// ---- architecture -----------------------------------------------------------------------------

void g3UnrepresentedPartner(const GapContext& c, CheckWriter& w) {
    std::vector<const Node*> top;
    std::vector<std::string> unknownLevel;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (committee->committee->level && *committee->committee->level <= 2)
            top.push_back(committee);
        else if (!committee->committee->level)
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
                const bool represents = contains(seat->details->represents, partner->id);
                const bool observer =
                    seat->details->seat == "observer" && c.organizationOf(seat->source) == partner->id;
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
            w.pass(subject,
                   sayf(c, "{} has a seat on {}.", {partner->displayLabel(), inQuotes(c, seatedOn)}));
        } else if (!throughSeatOf.empty()) {
            w.gap(S::Info, subject, {partner->id, throughSeatOf}, {},
                  sayf(c,
                       "{} has no voting seat of its own on the partnership or strategic level; {} speaks "
                       "for it "
                       "on {}.",
                       {partner->displayLabel(), c.label(throughSeatOf), inQuotes(c, throughCommittee)}),
                  sayf(c,
                       "Check that {} agrees to be represented this way and hears back from {} after each "
                       "meeting.",
                       {partner->displayLabel(), c.label(throughSeatOf)}));
        } else if (!unknownLevel.empty() && !c.recorded("architecture")) {
            w.notEvaluable(subject, {sayf(c, "the level of {}", {joinWords(c, unknownLevel)})});
        } else {
            w.gap(subject, {partner->id}, {},
                  sayf(c,
                       "{} has no seat on any partnership or strategic committee, not even through another "
                       "party's seat.",
                       {partner->displayLabel()}),
                  sayf(c, "Give {} a seat in {}, or name whose seat represents it.",
                       {partner->displayLabel(), c.profile.strategicForum}));
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
            if (!p->organizationProfile->sector.empty())
                sectors.insert(p->organizationProfile->sector);
        }
        for (const std::string& sector : sectors)
            sides.push_back({c.settings.texts.text(vocabulary::sectors().labelOf(sector)), {sector}});
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
        if (p->organizationProfile->sector.empty())
            unsectored.push_back(p->displayLabel());
        else if (int s = sideOf(p->organizationProfile->sector); s >= 0)
            sidePresent[static_cast<std::size_t>(s)] = 1;
    }
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        const bool meant = contains(committee->committee->characteristics, "equality_of_parties") ||
                           (networkEqual && committee->committee->level && *committee->committee->level <= 2);
        if (!meant)
            continue;
        std::vector<int> seats(sides.size(), 0);
        std::map<std::string, int> perPartner;
        for (const Tie* seat : c.membersOf(committee->id)) {
            if (seat->details->seat == "observer")
                continue;
            const std::string org = c.organizationOf(seat->source);
            if (!c.isPartner(org))
                continue;
            ++perPartner[org];
            if (int s = sideOf(c.node(org)->organizationProfile->sector); s >= 0)
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
                breachText = sayf(c, "{} holds {} voting seats and {} {}",
                                  {sides[static_cast<std::size_t>(hi)].label, std::to_string(a),
                                   sides[static_cast<std::size_t>(lo)].label, std::to_string(b)});
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
               {sayf(c, "the sector of {}", {joinWords(c, unsectored)})},
               sayf(c, "{} keeps the setting's sides within parity and hears the expected voices.",
                    {inQuotes(c, committee->displayLabel())}),
               [&](CheckSubject s) {
                   std::vector<std::string> parts;
                   if (breach == Tri::Yes)
                       parts.push_back(breachText);
                   if (!missing.empty())
                       parts.push_back(
                           sayf(c, "it hears no voice for {}", {joinWords(c, voiceNames(c, missing))}));
                   std::string suggestion;
                   if (breach == Tri::Yes)
                       suggestion = sayf(
                           c, "Rebalance the voting seats so the sides stay between {} and {} of each other",
                           {number(c, c.settings.parityMin), number(c, c.settings.parityMax)});
                   if (!missing.empty())
                       suggestion += suggestion.empty()
                                         ? sayf(c, "Invite representatives of {}, at least as observers",
                                                {joinWords(c, voiceNames(c, missing))})
                                         : sayf(c, "; invite representatives of {}, at least as observers",
                                                {joinWords(c, voiceNames(c, missing))});
                   w.gap(s, {committee->id}, {},
                         sayf(c, "{} is meant for equal partners, but {}.",
                              {inQuotes(c, committee->displayLabel()), joinWords(c, parts)}),
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
                w.pass(subject, sayf(c, "{} and {} are linked through two or more independent roles.",
                                     {c.label(a), c.label(b)}));
                continue;
            }
            std::vector<std::string> nodes;
            std::string who = say(c, "one role");
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
            w.gap(
                severity, subject, nodes, {},
                sayf(c,
                     "{} and {} are linked through one role only ({}); if that post falls vacant, the link "
                     "is gone.",
                     {c.label(a), c.label(b), who}),
                sayf(
                    c,
                    "Add a second, independent link: another role on a shared committee, a deputy for {}, or "
                    "one of the {}.",
                    {who, c.profile.boundaryRoles}));
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
            w.pass(subject, sayf(c, "{} is tied to colleagues in {} as well.",
                                 {role.displayLabel(), c.label(home[v])}));
            continue;
        }
        w.gap(subject, {role.id, home[v]}, {},
              sayn(c,
                   "{1} links {0} other organization but has no tie inside {2}, so what crosses the boundary "
                   "may "
                   "not reach home.",
                   "{1} links {0} other organizations but has no tie inside {2}, so what crosses the "
                   "boundary may "
                   "not reach home.",
                   reached.size(), {role.displayLabel(), c.label(home[v])}),
              sayf(c, "Tie {} to colleagues in {}, e.g. a seat in an internal forum.",
                   {role.displayLabel(), c.label(home[v])}));
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
                                 sayf(c, "{} in {}", {c.label(org), inQuotes(c, action->displayLabel())})};
            Tri noLead = notOf(c.anyLeadership(candidates, GapContext::hasCoreBehavior));
            if (candidates.empty() && !c.recorded("leadership"))
                noLead = Tri::Unknown;
            std::vector<std::string> unassessed;
            for (const Node* role : candidates) {
                if (!role->leadership)
                    unassessed.push_back(role->id);
            }
            decide(
                w, noLead, subject,
                {candidates.empty() ? sayf(c, "the roles of {} taking part in {}",
                                           {c.label(org), inQuotes(c, action->displayLabel())})
                                    : sayf(c, "the leadership of {}", {c.list(unassessed, 3)})},
                sayf(c, "A role of {} backs {} with core leadership behaviours.",
                     {c.label(org), inQuotes(c, action->displayLabel())}),
                [&](CheckSubject s) {
                    w.gap(
                        s, {org, action->id}, {},
                        sayf(c,
                             "{} takes part in {} but none of its roles there, nor those they report to or "
                             "its "
                             "members of the owner committee, is recorded as providing support, building a "
                             "learning climate or spreading knowledge.",
                             {c.label(org), inQuotes(c, action->displayLabel())}),
                        sayf(
                            c,
                            "Ask a leader in {} to back the work: time, a learning climate, and sharing what "
                            "is learned.",
                            {c.label(org)}));
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
    const CheckSubject subject = networkSubject(c);
    if (top == Tri::Yes && first == Tri::Yes) {
        w.pass(subject, say(c, "Core leadership behaviours are recorded at the top and at the first line."));
    } else if (top == Tri::Yes && first == Tri::No) {
        w.gap(
            subject, topIds, {},
            sayf(c,
                 "Leadership for learning is recorded only at the top ({}); no first-line or clinical leader "
                 "carries it where the work is done.",
                 {c.list(topIds, 3)}),
            say(c, "Name first-line leaders who support learning where the care is given."));
    } else if (top == Tri::No && first == Tri::Yes) {
        w.gap(subject, firstIds, {},
              sayf(c,
                   "Leadership for learning is recorded only at the first line ({}); no top leader backs it "
                   "with "
                   "mandate and resources.",
                   {c.list(firstIds, 3)}),
              sayf(c, "Engage top leaders in {} to back the learning work.", {c.profile.strategicForum}));
    } else if (top == Tri::No && first == Tri::No) {
        w.gap(subject, {}, {},
              say(c, "No core leadership behaviour is recorded at the top or at the first line."),
              say(c,
                  "Ask top and first-line leaders to provide support, build a learning climate and spread "
                  "knowledge."));
    } else {
        w.notEvaluable(subject, {say(c, "leadership entries (with level) of the roles not yet assessed")});
    }
}

void g7MandateWithoutAuthority(const GapContext& c, CheckWriter& w) {
    const CheckSubject subject{
        SubjectKind::ContextFactor, {"restricted_autonomy"}, factorLabel(c, "restricted_autonomy")};
    std::vector<const Node*> binding;
    std::vector<std::string> unknownMandate;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (committee->committee->mandate == "decision_binding")
            binding.push_back(committee);
        else if (committee->committee->mandate.empty())
            unknownMandate.push_back(committee->displayLabel());
    }
    if (binding.empty()) {
        // No binding mandate: the check does not apply (no evaluation, neither pass nor gap).
        if (!unknownMandate.empty() && !c.recorded("architecture"))
            w.notEvaluable(subject, {sayf(c, "the mandate of {}", {joinWords(c, unknownMandate)})});
        return;
    }
    std::vector<const Node*> members;
    std::vector<std::string> without, seats, committeeIds;
    Tri autonomy = c.high(c.systemScore("restricted_autonomy"));
    for (const Node* committee : binding) {
        committeeIds.push_back(committee->id);
        for (const Tie* seat : c.membersOf(committee->id)) {
            if (seat->details->seat == "observer" || seat->details->seat == "secretary")
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
        needs.push_back(say(c, "the decision authority of the members of decision-binding committees"));
    if (autonomy == Tri::Unknown)
        needs.push_back(scoreNeed(c, "restricted_autonomy"));
    decide(w, anyOf({lacksKnown, autonomy}), subject, needs,
           say(c,
               "Members of the decision-binding committees have authority to commit, and autonomy is not "
               "strongly restricted."),
           [&](CheckSubject s) {
               std::vector<std::string> parts;
               if (!without.empty())
                   parts.push_back(sayn(c, "{1} has no authority to commit their organization",
                                        "{1} have no authority to commit their organization", without.size(),
                                        {c.list(without, 3)}));
               if (autonomy == Tri::Yes)
                   parts.push_back(say(c, "leaders' autonomy is strongly restricted"));
               std::vector<std::string> ids = committeeIds;
               ids.insert(ids.end(), without.begin(), without.end());
               w.gap(
                   s, ids, seats,
                   sayn(c, "{1} takes binding decisions, but {2}, so decisions may stall at home.",
                        "{1} take binding decisions, but {2}, so decisions may stall at home.",
                        committeeIds.size(), {c.list(committeeIds, 4), joinWords(c, parts)}),
                   say(c,
                       "Agree in advance what members may decide on the spot, give them a delegated mandate, "
                       "or seat someone who can decide."));
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
            w.notEvaluable(subject, {sayf(c, "the leadership of {}", {role.displayLabel()})});
            continue;
        }
        if (static_cast<int>(committees.size()) <= c.settings.overloadCommittees) {
            w.pass(subject, sayn(c, "{1} is a top broker but sits on {0} committee only.",
                                 "{1} is a top broker but sits on {0} committees only.", committees.size(),
                                 {role.displayLabel()}));
            continue;
        }
        w.gap(subject, {role.id}, {},
              sayn(c,
                   "{1} is among the top brokers (betweenness {2}) and sits on {0} committee: the network "
                   "leans on "
                   "one overloaded person.",
                   "{1} is among the top brokers (betweenness {2}) and sits on {0} committees: the network "
                   "leans "
                   "on one overloaded person.",
                   committees.size(), {role.displayLabel(), number(c, r.betweenness[v], 3)}),
              sayf(c, "Share the load: deputies or rotating seats on some of the committees {} sits on.",
                   {role.displayLabel()}));
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
        needs.push_back(scoreNeed(c, "siloed_structures"));
    if (!hasTies)
        needs.push_back(say(c, "ties between roles of organizations"));
    decide(
        w, triggered(networkHigh, allOf({networkHigh, networkSilo})), networkSubject(c), needs,
        networkHigh == Tri::No
            ? say(c, "Siloed structures are not scored high.")
            : sayf(c,
                   "The ties cross organizations about as often as group sizes lead one to expect (E-I {}, "
                   "expected {}).",
                   {number(c, r.network.eiIndex), number(c, expected)}),
        [&](CheckSubject s) {
            w.gap(
                s, {}, {},
                sayf(c,
                     "Siloed structures are scored {} and the network confirms it: the E-I index of ties "
                     "between organizations is {}, well below the {} expected if ties ignored organizations.",
                     {std::to_string(*c.systemScore("siloed_structures")), number(c, r.network.eiIndex),
                      number(c, expected)}),
                sayf(c,
                     "Create cross-boundary ties on purpose: joint working groups, {}, shared learning "
                     "actions.",
                     {c.profile.boundaryRoles}));
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
               {sayf(c, "ties of the roles of {}", {partner->displayLabel()})},
               high == Tri::No
                   ? sayf(c, "Siloed structures are not scored high for {}.", {partner->displayLabel()})
                   : sayf(c, "The roles of {} tie outward about as expected.", {partner->displayLabel()}),
               [&](CheckSubject s) {
                   w.gap(s, {partner->id}, {},
                         sayf(c,
                              "{} scores its own silos {} and its roles' ties confirm it: E-I {} against {} "
                              "expected by its size.",
                              {partner->displayLabel(), std::to_string(*own), number(c, ei), number(c, exp)}),
                         sayf(c, "Give the roles of {} seats and tasks across the boundary.",
                              {partner->displayLabel()}));
               });
    }
}

void g11DiverseActorsNotAtTable(const GapContext& c, CheckWriter& w) {
    const Tri high = c.high(c.systemScore("diverse_actors"));
    const CheckSubject subject = networkSubject(c);
    if (high != Tri::No && c.profile.expectedVoices.empty()) {
        w.notEvaluable(
            subject,
            {say(c,
                 "the voices the partnership should hear (meta.expected_voices: the setting is generic)")});
        return;
    }
    std::set<std::string> heard;
    std::vector<std::string> committees;
    bool unknownLevel = false;
    for (const Node* committee : c.ofKind(NodeKind::Committee)) {
        if (!committee->committee->level) {
            unknownLevel = true;
            continue;
        }
        if (*committee->committee->level != 2 && *committee->committee->level != 3)
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
        needs.push_back(scoreNeed(c, "diverse_actors"));
    if (lacking == Tri::Unknown)
        needs.push_back(say(c, "the level of every committee"));
    decide(w, triggered(high, allOf({high, lacking})), subject, needs,
           high == Tri::No ? say(c, "Diverse actors are not scored high.")
                           : say(c, "The strategic and professional committees hear the expected voices."),
           [&](CheckSubject s) {
               w.gap(s, committees, {},
                     sayf(c,
                          "The system has many diverse actors (score {}), but no strategic or professional "
                          "committee hears {}.",
                          {std::to_string(*c.systemScore("diverse_actors")),
                           joinWords(c, voiceNames(c, missing))}),
                     sayf(c, "Give {} seats or observer places on the committees where the work is shaped.",
                          {joinWords(c, voiceNames(c, missing))}));
           });
}

void g12SlowArchitecture(const GapContext& c, CheckWriter& w) {
    const auto& committees = c.ofKind(NodeKind::Committee);
    const auto& actions = c.ofKind(NodeKind::LearningAction);
    const Tri high = c.high(c.systemScore("emergent_change"));
    const Tri noTimeLimited = triOf(std::none_of(committees.begin(), committees.end(), [](const Node* n) {
        return n->committee->permanence == "time_limited";
    }));
    Tri slow = Tri::Yes;
    double most = 0;
    for (const Node* n : committees) {
        if (!n->committee->meetingsPerYear) {
            if (!c.recorded("architecture") && slow == Tri::Yes)
                slow = Tri::Unknown;
            continue;
        }
        most = std::max(most, *n->committee->meetingsPerYear);
        if (*n->committee->meetingsPerYear > c.settings.slowMeetingsPerYear)
            slow = Tri::No;
    }
    Tri noIteration = triOf(std::none_of(actions.begin(), actions.end(), [](const Node* a) {
        return (a->learningAction->iterations && *a->learningAction->iterations > 1) ||
               contains(a->learningAction->strategies, "iterative_refinement");
    }));
    if (actions.empty() && !c.recorded("learning"))
        noIteration = Tri::Unknown;
    std::vector<std::string> needs;
    if (high == Tri::Unknown)
        needs.push_back(scoreNeed(c, "emergent_change"));
    if (slow == Tri::Unknown)
        needs.push_back(say(c, "how often every committee meets"));
    if (noIteration == Tri::Unknown)
        needs.push_back(say(c, "the learning actions (or \"learning\" in meta.recorded)"));
    std::vector<std::string> ids;
    for (const Node* n : committees)
        ids.push_back(n->id);
    decide(w, triggered(noIteration, triggered(high, allOf({high, noTimeLimited, slow, noIteration}))),
           networkSubject(c), needs,
           high == Tri::No ? say(c, "Emergent change is not scored high.")
                           : say(c,
                                 "The architecture can move fast: time-limited groups, frequent meetings or "
                                 "iterating actions."),
           [&](CheckSubject s) {
               w.gap(
                   s, ids, {},
                   sayf(c,
                        "Change is fast and unpredictable (score {}), yet there are no time-limited groups, "
                        "committees meet at most {} times a year and no learning action iterates.",
                        {std::to_string(*c.systemScore("emergent_change")), number(c, most, 0)}),
                   say(c,
                       "Add time-limited working groups that meet often and learning actions that test and "
                       "refine "
                       "in short cycles."));
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
        needs.push_back(scoreNeed(c, "restricted_resources"));
    if (none == Tri::Unknown)
        needs.push_back(say(c, "the leadership of the roles in the learning actions"));
    // Without evidence of learning (no actions, learning not declared mapped) the check says nothing
    // about learning, even when resources are not scarce: it is not evaluable, so deleting the
    // actions never makes learning look better (DOMAIN.md §4).
    decide(
        w, none == Tri::Unknown ? Tri::Unknown : triggered(high, allOf({high, none})), networkSubject(c),
        needs,
        high == Tri::No
            ? say(c, "Restricted resources are not scored high.")
            : say(c,
                  "A role in the learning actions frees resources for learning or leads under constraints."),
        [&](CheckSubject s) {
            w.gap(
                s, roles, {},
                sayf(c,
                     "Resources are scarce (score {}) and no one in the learning actions frees time or money "
                     "for learning or leads under those constraints.",
                     {std::to_string(*c.systemScore("restricted_resources"))}),
                say(c,
                    "Ask a leader with budget authority to free time for the participants, and record it."));
        });
    for (const Node* partner : c.partners()) {
        const auto own = c.organizationScore(partner->id, "restricted_resources");
        if (!own)
            continue;
        std::vector<std::string> partnerRoles;
        const Tri partnerNone = unresourced(c, partner->id, partnerRoles);
        decide(
            w,
            partnerNone == Tri::Unknown ? Tri::Unknown
                                        : triggered(c.high(own), allOf({c.high(own), partnerNone})),
            nodeSubject(SubjectKind::Partner, *partner),
            {sayf(c, "the leadership of the roles of {} in the learning actions", {partner->displayLabel()})},
            sayf(c, "The learning of {} is resourced, or its resources are not scored scarce.",
                 {partner->displayLabel()}),
            [&](CheckSubject s) {
                std::vector<std::string> ids{partner->id};
                ids.insert(ids.end(), partnerRoles.begin(), partnerRoles.end());
                w.gap(s, ids, {},
                      sayf(c,
                           "{} scores its resources scarce ({}) and none of its roles in the learning "
                           "actions frees "
                           "resources for learning.",
                           {partner->displayLabel(), std::to_string(*own)}),
                      sayf(c, "Ask a leader in {} to free time for its participants.",
                           {partner->displayLabel()}));
            });
    }
}

void g14SharedGoalsMissing(const GapContext& c, CheckWriter& w) {
    const Tri high = c.high(c.systemScore("multiple_external_drivers"));
    const auto& committees = c.ofKind(NodeKind::Committee);
    const bool declared = contains(c.model.annotations.characteristics, "shared_goals") ||
                          std::any_of(committees.begin(), committees.end(), [](const Node* n) {
                              return contains(n->committee->characteristics, "shared_goals");
                          });
    const bool anyChecklist = !c.model.annotations.characteristics.empty() ||
                              std::any_of(committees.begin(), committees.end(), [](const Node* n) {
                                  return !n->committee->characteristics.empty();
                              });
    const Tri noGoals = declared                                       ? Tri::No
                        : (anyChecklist || c.recorded("architecture")) ? Tri::Yes
                                                                       : Tri::Unknown;
    double sum = 0;
    std::size_t count = 0, rcTies = 0;
    for (const Tie& tie : c.model.ties) {
        if (tie.details->rc.empty() || c.organizationOf(tie.source) == c.organizationOf(tie.target))
            continue;  // only ties across organizations
        ++rcTies;
        if (auto it = tie.details->rc.find("shared_goals"); it != tie.details->rc.end()) {
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
        needs.push_back(scoreNeed(c, "multiple_external_drivers"));
    if (noGoals == Tri::Unknown)
        needs.push_back(say(c, "the characteristics of the committees (shared_goals)"));
    if (weakRc == Tri::Unknown)
        needs.push_back(say(c, "RC shared-goals scores on every scored tie across organizations"));
    decide(
        w, triggered(high, allOf({high, anyOf({noGoals, weakRc})})), networkSubject(c), needs,
        high == Tri::No ? say(c, "Multiple external drivers are not scored high.")
                        : say(c, "Shared goals are recorded and not contradicted by the RC survey."),
        [&](CheckSubject s) {
            const std::string score = std::to_string(*c.systemScore("multiple_external_drivers"));
            w.gap(
                s, {}, {},
                weakRc == Tri::Yes
                    ? sayf(c,
                           "Many external drivers pull the parties in different directions (score {}), and "
                           "the roles rate their shared goals weak (mean {}).",
                           {score, number(c, mean)})
                    : sayf(
                          c,
                          "Many external drivers pull the parties in different directions (score {}), and no "
                          "committee records shared goals.",
                          {score}),
                sayf(c, "Agree on a few shared goals in {} and check them against each new reform or plan.",
                     {c.profile.strategicForum}));
        });
}

void g19GovernanceMismatch(const GapContext& c, CheckWriter& w) {
    const std::string& governance = c.model.annotations.governance;
    const CheckSubject subject = networkSubject(c);
    if (governance.empty()) {
        w.notEvaluable(subject, {say(c, "the governance form of the network")});
        return;
    }
    const std::size_t partners = c.partners().size();
    if (governance == "participant_governed" &&
        static_cast<int>(partners) > c.settings.sharedGovernanceMaxOrganizations) {
        w.gap(
            S::Info, subject, {}, {},
            sayf(c,
                 "The network is governed by all {} partners together; shared governance strains with this "
                 "many "
                 "parties (Provan & Kenis).",
                 {std::to_string(partners)}),
            say(c,
                "Consider a network administrative organization (a joint secretariat) to run the day-to-day "
                "work."));
        return;
    }
    if (governance == "lead_organization") {
        const bool claimsEquality =
            contains(c.model.annotations.characteristics, "equality_of_parties") ||
            std::any_of(c.model.nodes.begin(), c.model.nodes.end(), [](const Node& n) {
                return contains(n.committee->characteristics, "equality_of_parties");
            });
        const AnalysisResult& r = c.organizations();
        const double total = std::accumulate(r.betweenness.begin(), r.betweenness.end(), 0.0);
        if (claimsEquality && total > 0) {
            const auto top = static_cast<std::size_t>(
                std::max_element(r.betweenness.begin(), r.betweenness.end()) - r.betweenness.begin());
            const double share = r.betweenness[top] / total;
            if (share >= c.settings.leadBetweennessShare) {
                w.gap(
                    subject, {r.ids[top]}, {},
                    sayf(c,
                         "{} leads the network and holds {} percent of the organizations' betweenness, while "
                         "the network "
                         "claims equality of parties.",
                         {r.labels[top], number(c, 100 * share, 0)}),
                    sayf(c, "Either say openly that {} leads, or move brokering roles to the other parties.",
                         {r.labels[top]}));
                return;
            }
        }
    }
    w.pass(subject, say(c, "The governance form fits the number of partners and the claims of equality."));
}

// ---- learning cycle ---------------------------------------------------------------------------

void g15StalledCycle(const GapContext& c, CheckWriter& w) {
    const std::optional<int> now = c.assessedMonth();
    for (const Node* action : c.ofKind(NodeKind::LearningAction)) {
        Tri atRisk = Tri::No;
        if (action->learningAction->phase.empty())
            atRisk = Tri::Unknown;
        else if (action->learningAction->phase == "questioning" ||
                 action->learningAction->phase == "analysis")
            atRisk = Tri::Yes;
        else if (action->learningAction->phase == "implementing")
            atRisk = triOf(!contains(action->learningAction->practices, "iteration") &&
                           action->learningAction->iterations.value_or(0) <= 1);
        std::string lastDate = action->learningAction->lastActivity;
        if (lastDate.empty() && c.recorded("dates"))
            lastDate = action->learningAction->start;
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
            needs.push_back(
                sayf(c, "the phase of the learning cycle {} is in", {inQuotes(c, action->displayLabel())}));
        if (!last)
            needs.push_back(sayf(c, "the month of the last activity of {} (last_activity)",
                                 {inQuotes(c, action->displayLabel())}));
        if (!now)
            needs.push_back(say(c, "the date the document describes (meta.as_of) or the phase's end"));
        if (noDissemination == Tri::Unknown)
            needs.push_back(sayf(c, "the leadership of the roles taking part in {}",
                                 {inQuotes(c, action->displayLabel())}));
        decide(w, triggered(noDissemination, allOf({atRisk, inactive, noDissemination})),
               nodeSubject(SubjectKind::LearningAction, *action), needs,
               sayf(c, "{} is moving through its cycle or someone spreads what it learns.",
                    {inQuotes(c, action->displayLabel())}),
               [&](CheckSubject s) {
                   const auto months = static_cast<unsigned long>(*now - *last);
                   const std::string where =
                       lowerLabel(c, vocabulary::learningPhases(), action->learningAction->phase);
                   w.gap(
                       s, {action->id}, {},
                       action->learningAction->phase == "implementing"
                           ? sayn(c,
                                  "{1} is being implemented without a round of reflection, with no recorded "
                                  "activity for {0} month and no participant recorded as spreading what is "
                                  "learned.",
                                  "{1} is being implemented without a round of reflection, with no recorded "
                                  "activity for {0} months and no participant recorded as spreading what is "
                                  "learned.",
                                  months, {inQuotes(c, action->displayLabel())})
                           : sayn(c,
                                  "{1} is still in {2}, with no recorded activity for {0} month and no "
                                  "participant recorded as spreading what is learned.",
                                  "{1} is still in {2}, with no recorded activity for {0} months and no "
                                  "participant recorded as spreading what is learned.",
                                  months, {inQuotes(c, action->displayLabel()), where}),
                       say(c,
                           "Give a participant the task of facilitating knowledge dissemination and plan the "
                           "next step of the cycle."));
               });
    }
}

void g16UnmanagedContradiction(const GapContext& c, CheckWriter& w) {
    const auto& actions = c.ofKind(NodeKind::LearningAction);
    for (const Node* action : actions) {
        if (action->learningAction->contradictions.empty())
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
                            if (!action->learningAction->sharedTool.empty() &&
                                other->learningAction->sharedTool == action->learningAction->sharedTool)
                                return true;
                            const auto otherRoles = c.rolesInAction(*other);
                            return std::any_of(roles.begin(), roles.end(), [&](const Node* r) {
                                return std::find(otherRoles.begin(), otherRoles.end(), r) != otherRoles.end();
                            });
                        }) ||
            action->type == "structured_session_conflicting_logics";
        decide(
            w, allOf({noManager, triOf(!session)}), nodeSubject(SubjectKind::LearningAction, *action),
            {sayf(c, "the leadership of the roles taking part in {}", {inQuotes(c, action->displayLabel())})},
            sayf(c, "The contradiction in {} has someone to manage it or a structured session.",
                 {inQuotes(c, action->displayLabel())}),
            [&](CheckSubject s) {
                w.gap(
                    s, {action->id}, {},
                    sayf(c,
                         "{} records a contradiction ({}) but no participant manages contradictions and no "
                         "structured session on conflicting logics is linked.",
                         {inQuotes(c, action->displayLabel()),
                          inQuotes(c, action->learningAction->contradictions.front().text)}),
                    say(c,
                        "Hold a structured session where the parties name their logics, or involve a leader "
                        "skilled in contradiction management."));
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
            if (!tie.details->rc.empty() ||
                (tie.kind == TieKind::Collaborates && !tie.details->rcWave.empty()))
                relevant.push_back(&tie);
        }
        std::vector<std::string> tieIds;
        double sum = 0;
        std::size_t scored = 0;
        bool complete = true;
        std::map<std::string, std::pair<double, int>> byDimension;
        for (const Tie* tie : relevant) {
            tieIds.push_back(tie->id);
            if (tie->details->rc.size() < kRcDimensions.size())
                complete = false;
            if (tie->details->rc.empty())
                continue;
            double s = 0;
            for (const auto& [dim, score] : tie->details->rc) {
                s += score;
                byDimension[dim].first += score;
                byDimension[dim].second += 1;
            }
            sum += s / double(tie->details->rc.size());
            ++scored;
        }
        const CheckSubject subject = nodeSubject(SubjectKind::LearningAction, *action);
        const std::string wave =
            c.model.annotations.rcWaves.empty() ? std::string() : say(c, " in the wave used");
        if (scored == 0) {
            w.notEvaluable(subject,
                           {sayf(c,
                                 "RC scores between the roles of different organizations or professions "
                                 "taking part in {}{}",
                                 {inQuotes(c, action->displayLabel()), wave})});
            continue;
        }
        const double mean = sum / double(scored);
        if (mean >= c.settings.rcWeak) {
            if (complete)
                w.pass(subject, sayf(c, "Relational coordination between the roles in {} is {} of 5.",
                                     {inQuotes(c, action->displayLabel()), number(c, mean)}));
            else
                w.notEvaluable(subject,
                               {sayf(c, "all seven RC dimensions on the ties between the roles in {}{}",
                                     {inQuotes(c, action->displayLabel()), wave})});
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
            std::string name = c.settings.texts.text(vocabulary::rcDimensions().labelOf(dims[i].second));
            std::transform(name.begin(), name.end(), name.begin(),
                           [](unsigned char ch) { return ch < 0x80 ? std::tolower(ch) : ch; });
            weakest.push_back(name + " " + number(c, dims[i].first, 1));
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
              sayn(c,
                   "The roles of different organizations or professions in {1} rate their relational "
                   "coordination "
                   "weak (mean {2} of 5 over {0} tie{3}){4}",
                   "The roles of different organizations or professions in {1} rate their relational "
                   "coordination "
                   "weak (mean {2} of 5 over {0} ties{3}){4}",
                   scored,
                   {inQuotes(c, action->displayLabel()), number(c, mean),
                    weakest.empty() ? std::string() : sayf(c, "; weakest: {}", {joinWords(c, weakest)}),
                    remedy.empty() ? std::string(".")
                                   : sayf(c, "; {} is working on it.", {inQuotes(c, remedy)})}),
              remedy.empty()
                  ? say(c,
                        "Work on the relationships first: feed the survey results back to these roles, or "
                        "start "
                        "relational coaching or huddles between them.")
                  : sayf(c, "Keep {} going and measure again in the next wave.", {inQuotes(c, remedy)}));
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
        departures.push_back({action->learningAction->facilitator.empty()
                                  ? (c.recorded("learning") ? Tri::Yes : Tri::Unknown)
                                  : Tri::No,
                              say(c, "it has no facilitator"), say(c, "its facilitator")});
        departures.push_back({action->learningAction->participation.empty()
                                  ? Tri::Unknown
                                  : triOf(action->learningAction->participation == "mandatory"),
                              say(c, "taking part is mandatory"),
                              say(c, "whether taking part is voluntary (participation)")});
        // Broad participation: a site, an organization or a first-line or clinical role takes part.
        Tri onlyManagers = Tri::Yes;
        for (const Tie* p : c.participantsOf(action->id)) {
            const Node* n = c.node(p->source);
            if (!n || n->id == action->learningAction->facilitator)
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
        departures.push_back({onlyManagers, say(c, "only managers take part"),
                              say(c, "the leadership level of its participants")});
        departures.push_back({action->learningAction->dialogue.empty()
                                  ? Tri::Unknown
                                  : triOf(action->learningAction->dialogue == "none" ||
                                          action->learningAction->dialogue == "annual_report"),
                              action->learningAction->dialogue == "annual_report"
                                  ? say(c, "the results only go out in an annual report")
                                  : say(c, "the results are not discussed together"),
                              say(c, "how the results are discussed (dialogue)")});
        departures.push_back(
            {action->learningAction->purpose.empty() ? Tri::Unknown
                                                     : triOf(action->learningAction->purpose == "ranking"),
             say(c, "it is built for ranking"), say(c, "its purpose (learning, ranking or both)")});
        Tri any = Tri::No;
        std::vector<std::string> found, needs;
        for (const Departure& d : departures) {
            any = anyOf({any, d.is});
            if (d.is == Tri::Yes)
                found.push_back(d.text);
            if (d.is == Tri::Unknown)
                needs.push_back(d.need);
        }
        decide(
            w, any, nodeSubject(SubjectKind::LearningAction, *action), needs,
            sayf(c, "{} is voluntary, facilitated, broad and dialogue-based.",
                 {inQuotes(c, action->displayLabel())}),
            [&](CheckSubject s) {
                w.gap(s, {action->id}, {},
                      sayf(c, "{} departs from a learning-oriented benchmarking: {}.",
                           {inQuotes(c, action->displayLabel()), joinWords(c, found)}),
                      say(c,
                          "Make it voluntary, facilitated, open to front-line staff and discussed in regular "
                          "meetings (seed study: benchmarking for learning, not ranking)."));
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
        const bool early = a->learningAction->phase == "questioning" ||
                           a->learningAction->phase == "analysis" ||
                           a->learningAction->phase == "modelling" || a->learningAction->phase == "testing";
        const bool homeless = !hasDecisionHome(c, *a);
        if (early || homeless) {
            exploring = Tri::Yes;
            exploringIds.push_back(a->id);
        } else if (a->learningAction->phase.empty() && exploring == Tri::No) {
            exploring = Tri::Unknown;
        }
    }
    if (actions.empty() && !c.recorded("learning"))
        exploring = Tri::Unknown;
    std::vector<std::string> needs;
    if (coercive == Tri::Unknown)
        needs.push_back(sayf(c, "the bureaucracy mode of {}", {phase.displayLabel()}));
    if (exploring == Tri::Unknown)
        needs.push_back(
            sayf(c, "the learning actions of {} and their phases of the cycle", {phase.displayLabel()}));
    decide(
        w, triggered(coercive, triggered(exploring, allOf({coercive, exploring}))),
        CheckSubject{SubjectKind::Phase, {phase.id}, phase.displayLabel()}, needs,
        coercive == Tri::No ? sayf(c, "The steering in {} is {}.",
                                   {phase.displayLabel(),
                                    lowerLabel(c, vocabulary::bureaucracyModes(), phase.bureaucracyMode)})
                            : sayf(c, "No exploratory learning runs under the coercive steering of {}.",
                                   {phase.displayLabel()}),
        [&](CheckSubject s) {
            w.gap(
                s, exploringIds, {},
                sayf(c,
                     "Steering in {} is coercive while {} still explore (questioning to testing) or have no "
                     "decision home.",
                     {phase.displayLabel(), c.list(exploringIds, 3)}),
                say(c,
                    "Shield exploratory learning from top-down control: give it an enabling frame (clear "
                    "goals, "
                    "room to test) and a decision-binding home."));
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
    {{"G1", N_("Orphan learning action"),
      "a learning action involves two care organizations but no committee seats or represents both", kLA,
      K::LearningAction, S::Warning},
     g1OrphanLearningAction},
    {{"G2", N_("No decision home"),
      "a learning action has no owner, or its owner committee (and all it reports to) has no "
      "decision-binding mandate",
      kLA, K::LearningAction, S::Warning},
     g2NoDecisionHome},
    {{"G3", N_("Unrepresented partner"),
      "a partner has no seat on any level 1 or 2 committee (info when another's seat represents it)", kA,
      K::Partner, S::Critical},
     g3UnrepresentedPartner},
    {{"G4", N_("Parity breach"),
      "a committee for equal partners holds the setting's sides' seats outside the parity range, or misses a "
      "voice the "
      "setting expects",
      kA, K::Committee, S::Warning},
     g4ParityBreach},
    {{"G5", N_("Leaderless participation"),
      "a care organization takes part in a learning action but none of its roles there, those they report to "
      "or its "
      "members of the owner committee shows a core leadership behaviour",
      kLeL, K::CareOrganizationInAction, S::Warning},
     g5LeaderlessParticipation},
    {{"G6", N_("Single-level leadership"),
      "core leadership behaviours are recorded at the top but not at the first line, or the reverse", kLeA,
      K::Network, S::Warning},
     g6SingleLevelLeadership},
    {{"G7", N_("Mandate without authority"),
      "members of decision-binding committees lack decision authority, or restricted autonomy scores high",
      kCLeA, K::ContextFactor, S::Warning},
     g7MandateWithoutAuthority},
    {{"G8", N_("Single boundary spanner"),
      "two care organizations are linked through exactly one role in the people lens, counting affiliations",
      kA, K::OrganizationPair, S::Warning},
     g8SingleBoundarySpanner},
    {{"G9", N_("Overloaded broker"),
      "a role in the top betweenness decile sits on more than the allowed number of committees", kALe,
      K::Role, S::Warning},
     g9OverloadedBroker},
    {{"G10", N_("Confirmed silo"),
      "siloed structures score high and the E-I index is well below what group sizes alone would give", kCA,
      K::Network, S::Critical},
     g10ConfirmedSilo},
    {{"G11", N_("Diverse actors not at the table"),
      "diverse actors score high but the strategic and professional committees lack the voices the setting "
      "expects",
      kCA, K::Network, S::Warning},
     g11DiverseActorsNotAtTable},
    {{"G12", N_("Slow architecture for fast change"),
      "emergent change scores high, there are no time-limited groups, committees meet rarely and no learning "
      "action "
      "iterates",
      kCAL, K::Network, S::Warning},
     g12SlowArchitecture},
    {{"G13", N_("Unresourced learning"),
      "restricted resources score high and no role in the learning actions frees resources or leads under "
      "constraints",
      kCLeL, K::Network, S::Warning},
     g13UnresourcedLearning},
    {{"G14", N_("Shared goals missing under many drivers"),
      "multiple external drivers score high and no committee has shared goals (or RC shared goals are weak)",
      kCA, K::Network, S::Warning},
     g14SharedGoalsMissing},
    {{"G15", N_("Stalled cycle"),
      "a learning action in questioning or analysis, or implementing without reflection, has had no activity "
      "for the "
      "stall period and no participant spreads knowledge",
      kLLe, K::LearningAction, S::Warning},
     g15StalledCycle},
    {{"G16", N_("Unmanaged contradiction"),
      "a learning action records a contradiction but no participant manages contradictions and no structured "
      "session is "
      "linked",
      kLLe, K::LearningAction, S::Warning},
     g16UnmanagedContradiction},
    {{"G17", N_("Weak relational base"),
      "relational coordination between the participating roles of different organizations or professions is "
      "weak in "
      "the wave used",
      kLR, K::LearningAction, S::Warning},
     g17WeakRelationalBase},
    {{"G18", N_("Open feedback loop on a shared tool"),
      "a tool used at two or more sites has no cross-site feedback action nor a learning benchmarking "
      "covering it",
      kLA, K::SharedTool, S::Warning},
     g18OpenFeedbackLoop},
    {{"G19", N_("Governance mismatch"),
      "shared governance with more partners than it carries, or a lead organization holding most betweenness "
      "in a "
      "network that claims equality",
      kAC, K::Network, S::Warning},
     g19GovernanceMismatch},
    {{"G20", N_("No region-wide reflection"),
      "no region-wide reflection or reflection circle in which every partner takes part", kL, K::Network,
      S::Warning},
     g20NoRegionWideReflection},
    {{"G21", N_("One-sided spanner"),
      "a boundary spanner with colleagues modelled has no tie inside its own organization", kA, K::Role,
      S::Info},
     g21OneSidedSpanner},
    {{"G22", N_("Benchmarking built for ranking"),
      "a learning benchmarking has no facilitator, is mandatory, involves only managers, has no dialogue or "
      "is for "
      "ranking",
      kLLe, K::LearningAction, S::Warning},
     g22BenchmarkingForRanking},
    {{"G23", N_("Coercive steering of exploratory learning"),
      "a phase's steering is coercive while its learning actions explore or have no decision home", kCAL,
      K::Phase, S::Warning},
     g23CoerciveSteering},
    {{"G24", N_("No spread"),
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
