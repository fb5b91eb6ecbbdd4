#include "orgweave/core/Scenario.hpp"

#include "orgweave/core/Commands.hpp"
#include "orgweave/core/Lens.hpp"
#include "orgweave/core/PhaseFilter.hpp"
#include "orgweave/core/TieRules.hpp"
#include "orgweave/core/Translate.hpp"
#include "orgweave/core/Validation.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace orgweave::core {

namespace {

std::size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::string inQuotes(const std::string& id) {
    return "'" + id + "'";
}

/// Error messages of a validation, without their places (indices move when nodes are removed).
std::multiset<std::string> errorMessages(const Model& model) {
    std::multiset<std::string> out;
    for (const Diagnostic& d : validate(model)) {
        if (d.severity == Severity::Error)
            out.insert(d.message);
    }
    return out;
}

class Remover {
public:
    Remover(ScenarioModel& out, const Model& original, const Translator& texts)
        : m_out(out), m_original(original), m_texts(texts) {}

    void run(const std::vector<std::string>& asked) {
        Model& m = m_out.model;
        for (const std::string& id : asked) {
            if (!m.findNode(id))
                throw ScenarioError(unknownNodeMessage(m_original, id));
            add(id);
        }
        for (const std::string& id : asked) {
            const Node* org = m_original.findNode(id);
            if (org->kind != NodeKind::Organization)
                continue;
            std::vector<std::string> contained;
            for (const Node& n : m.nodes) {
                if (n.organization == id && (n.kind == NodeKind::Site || n.kind == NodeKind::Role) &&
                    add(n.id))
                    contained.push_back(n.displayLabel());
            }
            if (!contained.empty()) {
                std::string list;
                for (const std::string& label : contained)
                    list += (list.empty() ? "" : ", ") + label;
                note(fill(m_texts.tr("Removing {} also removes its sites and roles: {}."),
                          {org->displayLabel(), list}));
            }
        }
        noteDetached();
        // The document's own removal: ties, position, pin, containment fields, `represents`,
        // view highlights and context scores naming the node (RemoveNodeCommand).
        for (const std::string& id : m_out.removedNodes)
            RemoveNodeCommand(id).apply(m);
        std::unordered_set<std::string> tiesAfter;
        for (const Tie& t : m.ties)
            tiesAfter.insert(t.id);
        for (const Tie& t : m_original.ties) {
            if (!tiesAfter.count(t.id))
                m_out.removedTies.push_back(t.id);
        }
    }

private:
    bool add(const std::string& id) {
        if (!m_removed.insert(id).second)
            return false;
        m_out.removedNodes.push_back(id);
        return true;
    }
    void note(std::string text) { m_out.notes.push_back(std::move(text)); }
    std::string label(const std::string& id) const {
        const Node* n = m_original.findNode(id);
        return n ? n->displayLabel() : id;
    }

    /// Notes what the nodes that stay lose (RemoveNodeCommand clears these references).
    void noteDetached() {
        for (const Node& n : m_out.model.nodes) {
            if (m_removed.count(n.id))
                continue;
            if (m_removed.count(n.site))
                note(fill(m_texts.tr("{} stays in the network without a site ({} is removed)."),
                          {n.displayLabel(), label(n.site)}));
            if (m_removed.count(n.owner))
                note(fill(m_texts.tr("{} loses its owner committee ({} is removed)."),
                          {n.displayLabel(), label(n.owner)}));
            if (m_removed.count(n.learningAction->facilitator))
                note(fill(m_texts.tr("{} loses its facilitator ({} is removed)."),
                          {n.displayLabel(), label(n.learningAction->facilitator)}));
            if (m_removed.count(n.learningAction->sharedTool))
                note(fill(m_texts.tr("{} no longer names a shared tool ({} is removed)."),
                          {n.displayLabel(), label(n.learningAction->sharedTool)}));
        }
    }

    ScenarioModel& m_out;
    const Model& m_original;
    Translator m_texts;
    std::unordered_set<std::string> m_removed;
};

std::string freshTieId(const Model& m, std::size_t& counter) {
    std::unordered_set<std::string> used;
    for (const Tie& t : m.ties)
        used.insert(t.id);
    std::string id;
    do
        id = "whatif-t" + std::to_string(++counter);
    while (used.count(id));
    return id;
}

/// "Hospital trust and Moss" for one pair; "Hospital trust ↔ Moss, Fredrikstad ↔ Moss and 3 more
/// pairs" for several.
std::string listOfPairs(const std::vector<GroupPairDelta>& pairs, std::size_t shown, const Translator& t) {
    const std::string conjunction = t.tr(" and ");
    if (pairs.size() == 1)
        return pairs[0].labelA + conjunction + pairs[0].labelB;
    std::string out;
    for (std::size_t i = 0; i < pairs.size() && i < shown; ++i) {
        out += (i == 0                  ? ""
                : i + 1 == pairs.size() ? conjunction
                                        : ", ") +
               pairs[i].labelA + " ↔ " + pairs[i].labelB;
    }
    if (pairs.size() > shown) {
        const std::size_t more = pairs.size() - shown;
        out += fill(t.trn(" and {} more pair", " and {} more pairs", more),
                    {t.formatCount(static_cast<long long>(more))});
    }
    return out;
}

/// The label of the organization every pair names, when there are two pairs or more.
std::string sharedOrganization(const std::vector<GroupPairDelta>& pairs) {
    if (pairs.size() < 2)
        return {};
    for (const std::string& candidate : {pairs[0].labelA, pairs[0].labelB}) {
        if (std::all_of(pairs.begin(), pairs.end(), [&](const GroupPairDelta& p) {
                return p.labelA == candidate || p.labelB == candidate;
            }))
            return candidate;
    }
    return {};
}

/// "Hospital trust, Fredrikstad, Sarpsborg and 5 more": the other side of each pair.
std::string othersOf(const std::vector<GroupPairDelta>& pairs, const std::string& shared, std::size_t shown,
                     const Translator& t) {
    std::string out;
    for (std::size_t i = 0; i < pairs.size() && i < shown; ++i) {
        const std::string& other = pairs[i].labelA == shared ? pairs[i].labelB : pairs[i].labelA;
        out += (i == 0 ? "" : i + 1 == pairs.size() ? t.tr(" and ") : ", ") + other;
    }
    if (pairs.size() > shown)
        out += fill(t.tr(" and {} more"), {t.formatCount(static_cast<long long>(pairs.size() - shown))});
    return out;
}

/// `pattern` (a translated "a proposed tie" / "{} proposed ties") with the count filled in.
std::string counted(std::size_t n, const char* pattern, const Translator& t) {
    return fill(pattern, {t.formatCount(static_cast<long long>(n))});
}

/// The plural phrase for proposed nodes of one kind ("a proposed committee", "2 proposed roles").
std::string proposedNodes(std::size_t n, std::optional<NodeKind> kind, const Translator& t) {
    if (!kind)
        return counted(n, t.trn("a proposed node", "{} proposed nodes", n), t);
    switch (*kind) {
        case NodeKind::Organization:
            return counted(n, t.trn("a proposed organization", "{} proposed organizations", n), t);
        case NodeKind::Site:
            return counted(n, t.trn("a proposed site", "{} proposed sites", n), t);
        case NodeKind::Committee:
            return counted(n, t.trn("a proposed committee", "{} proposed committees", n), t);
        case NodeKind::Role:
            return counted(n, t.trn("a proposed role", "{} proposed roles", n), t);
        case NodeKind::SharedTool:
            return counted(n, t.trn("a proposed shared tool", "{} proposed shared tools", n), t);
        case NodeKind::LearningAction:
            return counted(n, t.trn("a proposed learning action", "{} proposed learning actions", n), t);
    }
    return counted(n, t.trn("a proposed node", "{} proposed nodes", n), t);
}

/// "Removing Practice consultant 1 (pc-1), adding a proposed committee and 3 proposed ties".
std::string requestText(const Scenario& request, const Model& original, const Translator& t) {
    std::string removed;
    const auto& ids = request.removeNodes;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i == 3) {
            removed += fill(t.tr(" and {} more"), {t.formatCount(static_cast<long long>(ids.size() - 3))});
            break;
        }
        const Node* n = original.findNode(ids[i]);
        removed += (i == 0 ? "" : ", ") + (n ? n->displayLabel() : ids[i]) + " (" + ids[i] + ")";
    }
    std::string added;
    if (!request.addNodes.empty()) {
        // "a proposed committee" when every added node is one kind, else "2 proposed nodes".
        const NodeKind kind = request.addNodes.front().kind;
        const bool oneKind = std::all_of(request.addNodes.begin(), request.addNodes.end(),
                                         [&](const Node& n) { return n.kind == kind; });
        added =
            proposedNodes(request.addNodes.size(), oneKind ? std::optional<NodeKind>(kind) : std::nullopt, t);
    }
    if (!request.addTies.empty())
        added += (added.empty() ? "" : t.tr(" and ")) +
                 counted(request.addTies.size(),
                         t.trn("a proposed tie", "{} proposed ties", request.addTies.size()), t);
    if (removed.empty())
        return added.empty() ? std::string() : fill(t.tr("Adding {}"), {added});
    return added.empty() ? fill(t.tr("Removing {}"), {removed})
                         : fill(t.tr("Removing {}, adding {}"), {removed, added});
}

}  // namespace

std::optional<TieKind> proposedTieKind(NodeKind source, NodeKind target) {
    const std::vector<TieKind> kinds = tieKindsBetween(source, target);
    if (kinds.empty())
        return std::nullopt;
    // Between two roles or two committees a proposal is a working relationship, not a reporting line.
    const bool collaborates = std::find(kinds.begin(), kinds.end(), TieKind::Collaborates) != kinds.end();
    if (kinds.front() == TieKind::ReportsTo && collaborates)
        return TieKind::Collaborates;
    return kinds.front();
}

std::string unknownNodeMessage(const Model& model, const std::string& id) {
    std::string best;
    // Close means at most a third of the id's letters differ (one for short ids), never all of them.
    std::size_t bestDistance = std::max<std::size_t>(1, id.size() / 3) + 1;
    for (const Node& n : model.nodes) {
        const std::size_t d = editDistance(id, n.id);
        if (d < bestDistance && d < id.size()) {
            bestDistance = d;
            best = n.id;
        }
    }
    std::string message = fill(tr("no node {}"), {inQuotes(id)});
    if (!best.empty())
        message += " " + fill(tr("(did you mean {}?)"), {inQuotes(best)});
    return message;
}

ScenarioModel applyScenario(const Model& model, const Scenario& scenario, const Translator& texts) {
    ScenarioModel out;
    out.model = model;
    Remover(out, model, texts).run(scenario.removeNodes);

    Model& m = out.model;
    for (const Node& n : scenario.addNodes) {
        if (n.id.empty())
            throw ScenarioError(tr("a proposed node needs an id"));
        if (m.findNode(n.id))
            throw ScenarioError(fill(tr("a node {} exists already"), {inQuotes(n.id)}));
        m.nodes.push_back(n);
    }
    std::size_t counter = 0;
    for (Tie t : scenario.addTies) {
        for (const std::string* end : {&t.source, &t.target}) {
            if (m.findNode(*end))
                continue;
            if (model.findNode(*end))
                throw ScenarioError(
                    fill(tr("node {} is removed by this scenario; a proposed tie cannot use it"),
                         {inQuotes(*end)}));
            throw ScenarioError(unknownNodeMessage(m, *end));
        }
        const Node* source = m.findNode(t.source);
        const Node* target = m.findNode(t.target);
        if (std::string problem = tieEndpointProblem(t.kind, source->kind, target->kind); !problem.empty()) {
            throw ScenarioError("proposed " + std::string(toString(t.kind)) + " tie " + inQuotes(t.source) +
                                " → " + inQuotes(t.target) + ": " + problem);
        }
        if (t.id.empty())
            t.id = freshTieId(m, counter);
        else if (m.findTie(t.id))
            throw ScenarioError(fill(tr("a tie {} exists already"), {inQuotes(t.id)}));
        m.ties.push_back(std::move(t));
    }

    // The copy must not be less valid than the original.
    std::multiset<std::string> before = errorMessages(model);
    for (const std::string& message : errorMessages(m)) {
        auto it = before.find(message);
        if (it == before.end())
            throw ScenarioError(fill(tr("the scenario does not make a valid document: {}"), {message}));
        before.erase(it);
    }
    return out;
}

WhatIfImpact evaluateWhatIf(const Model& model, const Scenario& scenario, const CompareOptions& options) {
    if (std::string problem = unknownPhaseProblem(model, scenario.phase); !problem.empty())
        throw ComparisonError(problem);
    WhatIfImpact impact;
    impact.request = scenario;
    impact.scenario = applyScenario(model, scenario, options.gaps.texts);
    for (const std::string& id : scenario.removeNodes) {
        const Node* n = model.findNode(id);
        if (n && !existsInPhase(n->phases, scenario.phase)) {
            impact.scenario.notes.push_back(
                fill(options.gaps.texts.tr("{} does not exist in phase {}; removing it changes "
                                           "nothing there."),
                     {n->displayLabel(), scenario.phase}));
        }
    }
    impact.comparison = compareModels(model, scenario.phase, impact.scenario.model, scenario.phase, options);
    impact.comparison.nameBefore = "current";
    impact.comparison.nameAfter = "scenario";
    for (const GroupPairDelta& p : impact.comparison.groupPairs) {
        if (p.pathsBefore > 0 && p.pathsAfter == 0)
            impact.disconnected.push_back(p);
        else if (p.pathsBefore >= 2 && p.pathsAfter == 1)
            impact.downToOnePath.push_back(p);
        else if (p.pathsAfter > p.pathsBefore)
            impact.strengthened.push_back(p);
    }
    return impact;
}

std::string whatIfHeadline(const WhatIfImpact& impact, const Model& original, const Translator& t) {
    const std::string what = requestText(impact.request, original, t);
    std::string effect;
    if (!impact.disconnected.empty()) {
        const std::string shared = sharedOrganization(impact.disconnected);
        effect = shared.empty()
                     ? fill(t.tr("{} lose their last link"), {listOfPairs(impact.disconnected, 3, t)})
                     : fill(t.tr("{} loses its last link to {}"),
                            {shared, othersOf(impact.disconnected, shared, 3, t)});
    }
    if (!impact.downToOnePath.empty()) {
        effect += (effect.empty() ? "" : "; ") +
                  fill(t.tr("{} are down to one path"),
                       {listOfPairs(impact.downToOnePath, effect.empty() ? 3 : 1, t)});
    }
    if (!impact.strengthened.empty()) {
        effect += (effect.empty() ? "" : "; ") +
                  fill(t.tr("{} gain paths"), {listOfPairs(impact.strengthened, effect.empty() ? 3 : 1, t)});
    }
    if (effect.empty())
        effect = t.tr("no pair of organizations loses a link");
    return what + ": " + effect;
}

}  // namespace orgweave::core
