#include "orgweave/core/ModelDiff.hpp"

#include "InteropSupport.hpp"

#include <map>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace orgweave::core {

namespace {

using interop::formatNumber;

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

template <typename T>
std::string optionalText(const std::optional<T>& value) {
    if (!value)
        return {};
    if constexpr (std::is_same_v<T, bool>)
        return *value ? "true" : "false";
    else
        return formatNumber(static_cast<double>(*value));
}

std::string jsonText(const nlohmann::json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

void addAttrs(Fields& f, const nlohmann::json& attrs) {
    if (!attrs.is_object())
        return;
    for (const auto& [key, value] : attrs.items())
        f.emplace_back("attrs." + key, jsonText(value));
}

/// The semantic fields of a node, file spelling, empty values included (so "set" vs "unset" shows).
Fields nodeFields(const Node& n, bool withPhases) {
    Fields f{{"kind", std::string(toString(n.kind))},
             {"type", n.type},
             {"label", n.label},
             {"note", n.note},
             {"organization", n.organization},
             {"site", n.site},
             {"owner", n.owner},
             {"level", optionalText(n.committee->level)},
             {"mandate", n.committee->mandate},
             {"decision_rule", n.committee->decisionRule},
             {"meetings_per_year", optionalText(n.committee->meetingsPerYear)},
             {"permanence", n.committee->permanence},
             {"end_date", n.committee->endDate},
             {"chair_rotation", optionalText(n.committee->chairRotation)},
             {"characteristics", joined(n.committee->characteristics)},
             {"strategies", joined(n.learningAction->strategies)},
             {"practices", joined(n.learningAction->practices)},
             {"iterations", optionalText(n.learningAction->iterations)},
             {"phase", n.learningAction->phase},
             {"status", n.learningAction->status},
             {"facilitator", n.learningAction->facilitator},
             {"focal_process", n.learningAction->focalProcess},
             {"shared_tool", n.learningAction->sharedTool}};
    const Leadership none;
    const Leadership& l = n.leadership ? *n.leadership : none;
    f.emplace_back("leadership.behaviors", joined(l.behaviors));
    f.emplace_back("leadership.capabilities", joined(l.capabilities));
    f.emplace_back("leadership.level", l.level);
    f.emplace_back("leadership.authority", l.authority);
    std::vector<std::string> contradictions;
    for (const Contradiction& c : n.learningAction->contradictions)
        contradictions.push_back(c.level.empty() ? c.text : c.text + " (" + c.level + ")");
    f.emplace_back("contradictions", joined(contradictions));
    if (withPhases)
        f.emplace_back("phases", joined(n.phases));
    addAttrs(f, n.attrs);
    return f;
}

Fields tieFields(const Tie& t, bool withPhases, bool withEnds) {
    Fields f{{"kind", std::string(toString(t.kind))}};
    if (withEnds) {
        f.emplace_back("source", t.source);
        f.emplace_back("target", t.target);
    }
    f.emplace_back("directed", t.isDirected() ? "true" : "false");
    f.emplace_back("weight", optionalText(t.weight));
    f.emplace_back("seat", t.details->seat);
    f.emplace_back("represents", joined(t.details->represents));
    for (std::string_view dim : kRcDimensions) {
        auto it = t.details->rc.find(std::string(dim));
        f.emplace_back("rc." + std::string(dim),
                       it == t.details->rc.end() ? std::string() : formatNumber(it->second));
    }
    for (const auto& [dim, score] : t.details->rc) {
        bool known = false;
        for (std::string_view d : kRcDimensions)
            known = known || d == dim;
        if (!known)
            f.emplace_back("rc." + dim, formatNumber(score));
    }
    f.emplace_back("label", t.details->label);
    f.emplace_back("note", t.details->note);
    if (withPhases)
        f.emplace_back("phases", joined(t.phases));
    addAttrs(f, t.attrs);
    return f;
}

/// Fields that differ, in the order of `before` then fields only `after` has.
std::vector<FieldChange> changes(const Fields& before, const Fields& after) {
    std::map<std::string, std::string> a(after.begin(), after.end());
    std::map<std::string, std::string> b(before.begin(), before.end());
    std::vector<FieldChange> out;
    for (const auto& [field, value] : before) {
        auto it = a.find(field);
        const std::string other = it == a.end() ? std::string() : it->second;
        if (other != value)
            out.push_back({field, value, other});
    }
    for (const auto& [field, value] : after) {
        if (!b.count(field) && !value.empty())
            out.push_back({field, {}, value});
    }
    return out;
}

std::string nodeLabel(const Model& m, const std::string& id) {
    const Node* n = m.findNode(id);
    return n ? n->displayLabel() : id;
}

std::string tieLabel(const Model& m, const Tie& t) {
    if (!t.details->label.empty())
        return t.details->label;
    return nodeLabel(m, t.source) + (t.isDirected() ? " → " : " — ") + nodeLabel(m, t.target);
}

ElementDiff nodeEntry(const Node& n, ChangeKind change) {
    ElementDiff d;
    d.id = n.id;
    d.label = n.displayLabel();
    d.change = change;
    d.kind = std::string(toString(n.kind));
    return d;
}

ElementDiff tieEntry(const Model& m, const Tie& t, ChangeKind change) {
    ElementDiff d;
    d.id = t.id;
    d.label = tieLabel(m, t);
    d.change = change;
    d.kind = std::string(toString(t.kind));
    d.source = t.source;
    d.target = t.target;
    return d;
}

std::string endpointKey(TieKind kind, const std::string& a, const std::string& b) {
    return std::string(toString(kind)) + '\x1f' + a + '\x1f' + b;
}

}  // namespace

std::string_view toString(ChangeKind change) {
    switch (change) {
        case ChangeKind::Added:
            return "added";
        case ChangeKind::Removed:
            return "removed";
        case ChangeKind::Changed:
            return "changed";
    }
    return "changed";
}

std::size_t ModelDiff::count(ChangeKind change, bool countTies) const {
    std::size_t n = 0;
    for (const ElementDiff& d : countTies ? ties : nodes)
        n += d.change == change ? 1 : 0;
    return n;
}

ModelDiff diffModels(const Model& before, const Model& after) {
    return diffModels(before, after, DiffOptions{});
}

ModelDiff diffModels(const Model& before, const Model& after, const DiffOptions& options) {
    const bool withPhases = !options.ignorePhases;
    ModelDiff diff;

    // Nodes by id.
    std::unordered_map<std::string, const Node*> afterNodes;
    for (const Node& n : after.nodes)
        afterNodes.emplace(n.id, &n);
    std::unordered_set<std::string> beforeNodeIds;
    for (const Node& n : before.nodes) {
        beforeNodeIds.insert(n.id);
        auto it = afterNodes.find(n.id);
        if (it == afterNodes.end()) {
            diff.nodes.push_back(nodeEntry(n, ChangeKind::Removed));
            continue;
        }
        std::vector<FieldChange> fields =
            changes(nodeFields(n, withPhases), nodeFields(*it->second, withPhases));
        if (fields.empty())
            continue;
        ElementDiff d = nodeEntry(*it->second, ChangeKind::Changed);
        d.fields = std::move(fields);
        diff.nodes.push_back(std::move(d));
    }
    for (const Node& n : after.nodes) {
        if (!beforeNodeIds.count(n.id))
            diff.nodes.push_back(nodeEntry(n, ChangeKind::Added));
    }

    // Ties: by id first, then the rest by (kind, source, target).
    std::unordered_map<std::string, std::size_t> afterTieById;
    for (std::size_t i = 0; i < after.ties.size(); ++i) {
        if (!after.ties[i].id.empty())
            afterTieById.emplace(after.ties[i].id, i);
    }
    std::vector<std::optional<std::size_t>> matchOfBefore(before.ties.size());
    std::vector<bool> afterMatched(after.ties.size(), false);
    std::vector<bool> matchedByEnds(before.ties.size(), false);
    for (std::size_t i = 0; i < before.ties.size(); ++i) {
        auto it = afterTieById.find(before.ties[i].id);
        if (before.ties[i].id.empty() || it == afterTieById.end() || afterMatched[it->second])
            continue;
        matchOfBefore[i] = it->second;
        afterMatched[it->second] = true;
    }
    std::unordered_multimap<std::string, std::size_t> afterByEnds;
    for (std::size_t j = 0; j < after.ties.size(); ++j) {
        if (!afterMatched[j])
            afterByEnds.emplace(endpointKey(after.ties[j].kind, after.ties[j].source, after.ties[j].target),
                                j);
    }
    auto takeByEnds = [&](const std::string& key) -> std::optional<std::size_t> {
        auto range = afterByEnds.equal_range(key);
        for (auto it = range.first; it != range.second; ++it) {
            if (afterMatched[it->second])
                continue;
            afterMatched[it->second] = true;
            const std::size_t j = it->second;
            afterByEnds.erase(it);
            return j;
        }
        return std::nullopt;
    };
    for (std::size_t i = 0; i < before.ties.size(); ++i) {
        if (matchOfBefore[i])
            continue;
        const Tie& t = before.ties[i];
        std::optional<std::size_t> j = takeByEnds(endpointKey(t.kind, t.source, t.target));
        if (!j && !t.isDirected())
            j = takeByEnds(endpointKey(t.kind, t.target, t.source));
        if (j) {
            matchOfBefore[i] = *j;
            matchedByEnds[i] = true;
        }
    }
    for (std::size_t i = 0; i < before.ties.size(); ++i) {
        const Tie& t = before.ties[i];
        if (!matchOfBefore[i]) {
            diff.ties.push_back(tieEntry(before, t, ChangeKind::Removed));
            continue;
        }
        const Tie& other = after.ties[*matchOfBefore[i]];
        // Ties paired by their ends have the same ends (up to the order of an undirected tie).
        const bool withEnds = !matchedByEnds[i];
        std::vector<FieldChange> fields =
            changes(tieFields(t, withPhases, withEnds), tieFields(other, withPhases, withEnds));
        if (fields.empty())
            continue;
        ElementDiff d = tieEntry(after, other, ChangeKind::Changed);
        if (other.id != t.id)
            d.beforeId = t.id;
        d.fields = std::move(fields);
        diff.ties.push_back(std::move(d));
    }
    for (std::size_t j = 0; j < after.ties.size(); ++j) {
        if (!afterMatched[j])
            diff.ties.push_back(tieEntry(after, after.ties[j], ChangeKind::Added));
    }
    return diff;
}

}  // namespace orgweave::core
