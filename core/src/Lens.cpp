#include "orgweave/core/Lens.hpp"

#include "orgweave/core/NodeIndex.hpp"

#include <algorithm>
#include <map>

namespace orgweave::core {

std::string_view toString(LensKind lens) {
    switch (lens) {
        case LensKind::Full:
            return "full";
        case LensKind::People:
            return "people";
        case LensKind::Organizations:
            return "organizations";
    }
    return "people";
}

std::optional<LensKind> lensFromString(std::string_view name) {
    if (name == "full")
        return LensKind::Full;
    if (name == "people")
        return LensKind::People;
    if (name == "organizations" || name == "orgs")
        return LensKind::Organizations;
    return std::nullopt;
}

bool existsInPhase(const std::vector<std::string>& phases, std::string_view phase) {
    return phase.empty() || phases.empty() || std::find(phases.begin(), phases.end(), phase) != phases.end();
}

namespace {

constexpr Graph::Index kAbsent = static_cast<Graph::Index>(-1);

struct Builder {
    const Model& model;
    const LensOptions& options;
    NodeIndex index;
    std::vector<Graph::Index> graphIndex;  // model node → graph node or kAbsent
    LensGraph result;
    std::vector<Graph::Edge> edges;

    Builder(const Model& m, const LensOptions& o) : model(m), options(o), index(m) {}

    void include(bool (*keep)(const Node&)) {
        graphIndex.assign(model.nodes.size(), kAbsent);
        for (std::size_t i = 0; i < model.nodes.size(); ++i) {
            const Node& node = model.nodes[i];
            if (!keep(node) || !existsInPhase(node.phases, options.phase))
                continue;
            if (index.find(node.id) != i)
                continue;  // a duplicate id: the first one wins
            graphIndex[i] = static_cast<Graph::Index>(result.modelIndex.size());
            result.modelIndex.push_back(i);
        }
    }

    Graph::Index graphNode(std::string_view id) const {
        auto i = index.find(id);
        return i ? graphIndex[*i] : kAbsent;
    }

    const Node* node(std::string_view id) const {
        auto i = index.find(id);
        return i ? &model.nodes[*i] : nullptr;
    }

    bool tieIsPresent(const Tie& tie) const {
        if (!existsInPhase(tie.phases, options.phase))
            return false;
        const Node* s = node(tie.source);
        const Node* t = node(tie.target);
        return s && t && existsInPhase(s->phases, options.phase) && existsInPhase(t->phases, options.phase);
    }

    /// Adds u→v (and v→u when the tie is reciprocal in a directed analysis).
    void link(Graph::Index u, Graph::Index v, bool directedTie, double weight = 1.0) {
        if (u == kAbsent || v == kAbsent)
            return;
        edges.push_back(Graph::Edge{u, v, weight});
        if (options.directed && !directedTie)
            edges.push_back(Graph::Edge{v, u, weight});
    }

    /// Members of each committee present in the phase: committee id → member node ids. An
    /// observer seat is drawn and listed but makes no co-membership (DOMAIN.md §2.7) unless
    /// `withObservers`.
    std::map<std::string, std::vector<std::string>> committeeMembers(bool withObservers) const {
        std::map<std::string, std::vector<std::string>> members;
        for (const Tie& tie : model.ties) {
            if (tie.kind != TieKind::MemberOf || !tieIsPresent(tie))
                continue;
            if (!withObservers && tie.details->seat == "observer")
                continue;
            members[tie.target].push_back(tie.source);
        }
        return members;
    }

    LensGraph finish() {
        result.lens = options.lens;
        result.graph = Graph(result.modelIndex.size(), edges, options.directed);
        return std::move(result);
    }
};

LensGraph buildFull(Builder& b) {
    b.include([](const Node&) { return true; });
    for (const Tie& tie : b.model.ties) {
        if (!b.tieIsPresent(tie))
            continue;
        b.link(b.graphNode(tie.source), b.graphNode(tie.target), tie.isDirected());
    }
    for (std::size_t g = 0; g < b.result.modelIndex.size(); ++g) {
        const Node& node = b.model.nodes[b.result.modelIndex[g]];
        const auto self = static_cast<Graph::Index>(g);
        for (const std::string* container : {&node.organization, &node.site, &node.owner}) {
            if (!container->empty())
                b.link(self, b.graphNode(*container), false);
        }
    }
    return b.finish();
}

LensGraph buildPeople(Builder& b) {
    b.include([](const Node& n) { return n.kind == NodeKind::Role; });
    for (const Tie& tie : b.model.ties) {
        if ((tie.kind != TieKind::Collaborates && tie.kind != TieKind::ReportsTo) || !b.tieIsPresent(tie))
            continue;
        b.link(b.graphNode(tie.source), b.graphNode(tie.target), tie.isDirected());
    }
    for (const auto& [committee, members] : b.committeeMembers(false)) {
        for (std::size_t i = 0; i < members.size(); ++i) {
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                b.link(b.graphNode(members[i]), b.graphNode(members[j]), false);
            }
        }
    }
    return b.finish();
}

LensGraph buildOrganizations(Builder& b) {
    b.include([](const Node& n) { return n.kind == NodeKind::Organization; });
    // The organization a node speaks for: itself, or the organization it belongs to.
    auto organizationOf = [&](std::string_view id) -> Graph::Index {
        const Node* n = b.node(id);
        if (!n)
            return kAbsent;
        if (n->kind == NodeKind::Organization)
            return b.graphNode(n->id);
        if (!n->organization.empty())
            return b.graphNode(n->organization);
        if (!n->site.empty()) {
            if (const Node* site = b.node(n->site))
                return b.graphNode(site->organization);
        }
        return kAbsent;
    };
    for (const Tie& tie : b.model.ties) {
        if (!b.tieIsPresent(tie))
            continue;
        if (tie.kind == TieKind::Agreement || tie.kind == TieKind::Collaborates) {
            const Graph::Index u = organizationOf(tie.source);
            const Graph::Index v = organizationOf(tie.target);
            if (u != v)
                b.link(u, v, tie.isDirected());
        }
    }
    for (const auto& [committee, members] : b.committeeMembers(true)) {
        std::vector<Graph::Index> orgs;
        for (const std::string& member : members) {
            const Graph::Index o = organizationOf(member);
            if (o != kAbsent && std::find(orgs.begin(), orgs.end(), o) == orgs.end())
                orgs.push_back(o);
        }
        for (std::size_t i = 0; i < orgs.size(); ++i) {
            for (std::size_t j = i + 1; j < orgs.size(); ++j)
                b.link(orgs[i], orgs[j], false);
        }
    }
    return b.finish();
}

}  // namespace

LensGraph buildLens(const Model& model, const LensOptions& options) {
    Builder builder(model, options);
    switch (options.lens) {
        case LensKind::Full:
            return buildFull(builder);
        case LensKind::Organizations:
            return buildOrganizations(builder);
        case LensKind::People:
            break;
    }
    return buildPeople(builder);
}

}  // namespace orgweave::core
