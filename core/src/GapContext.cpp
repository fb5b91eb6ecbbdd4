#include "GapContext.hpp"

#include <algorithm>

namespace orgweave::core {

GapContext::GapContext(const Model& m, const GapSettings& s) : model(m), settings(s), m_index(m) {
    for (const Tie& tie : model.ties) {
        if (tie.kind == TieKind::MemberOf) {
            m_members[tie.target].push_back(&tie);
            m_seats[tie.source].push_back(&tie);
        } else if (tie.kind == TieKind::ParticipatesIn) {
            m_participants[tie.target].push_back(&tie);
        }
    }
}

const Node* GapContext::node(std::string_view id) const {
    auto i = m_index.find(id);
    return i ? &model.nodes[*i] : nullptr;
}

std::string GapContext::label(std::string_view id) const {
    const Node* n = node(id);
    return n ? n->displayLabel() : std::string(id);
}

std::string GapContext::organizationOf(const Node& n) const {
    if (n.kind == NodeKind::Organization)
        return n.id;
    if (!n.organization.empty())
        return n.organization;
    if (!n.site.empty()) {
        if (const Node* site = node(n.site))
            return site->organization;
    }
    return {};
}

std::string GapContext::organizationOf(std::string_view id) const {
    const Node* n = node(id);
    return n ? organizationOf(*n) : std::string();
}

std::vector<const Node*> GapContext::ofKind(NodeKind kind) const {
    std::vector<const Node*> out;
    for (const Node& n : model.nodes) {
        if (n.kind == kind)
            out.push_back(&n);
    }
    return out;
}

const std::vector<const Tie*>& GapContext::membersOf(const std::string& committee) const {
    auto it = m_members.find(committee);
    return it == m_members.end() ? m_none : it->second;
}

const std::vector<const Tie*>& GapContext::seatsOf(const std::string& member) const {
    auto it = m_seats.find(member);
    return it == m_seats.end() ? m_none : it->second;
}

const std::vector<const Tie*>& GapContext::participantsOf(const std::string& action) const {
    auto it = m_participants.find(action);
    return it == m_participants.end() ? m_none : it->second;
}

std::set<std::string> GapContext::organizationsOnCommittee(const std::string& committee,
                                                           bool withRepresented) const {
    std::set<std::string> out;
    for (const Tie* seat : membersOf(committee)) {
        const std::string org = organizationOf(seat->source);
        if (!org.empty())
            out.insert(org);
        if (withRepresented)
            out.insert(seat->represents.begin(), seat->represents.end());
    }
    return out;
}

std::set<std::string> GapContext::organizationsInAction(const std::string& action) const {
    std::set<std::string> out;
    for (const Tie* p : participantsOf(action)) {
        const std::string org = organizationOf(p->source);
        if (!org.empty())
            out.insert(org);
    }
    return out;
}

std::vector<const Node*> GapContext::rolesInAction(const Node& action) const {
    std::vector<const Node*> out;
    auto add = [&](const Node* n) {
        if (n && n->kind == NodeKind::Role && std::find(out.begin(), out.end(), n) == out.end())
            out.push_back(n);
    };
    std::set<std::string> sites;
    for (const Tie* p : participantsOf(action.id)) {
        const Node* n = node(p->source);
        if (!n)
            continue;
        if (n->kind == NodeKind::Site)
            sites.insert(n->id);
        add(n);
    }
    for (const Node& n : model.nodes) {
        if (n.kind == NodeKind::Role && sites.count(n.site))
            add(&n);
    }
    add(node(action.facilitator));
    return out;
}

std::vector<const Node*> GapContext::committeeChain(const std::string& committee) const {
    std::vector<const Node*> chain;
    std::set<std::string> seen;
    std::vector<std::string> pending{committee};
    while (!pending.empty()) {
        const std::string id = pending.back();
        pending.pop_back();
        if (!seen.insert(id).second)
            continue;
        const Node* c = node(id);
        if (!c || c->kind != NodeKind::Committee)
            continue;
        chain.push_back(c);
        for (const Tie& tie : model.ties) {
            if (tie.kind == TieKind::ReportsTo && tie.source == id)
                pending.push_back(tie.target);
        }
    }
    return chain;
}

std::optional<int> GapContext::systemScore(std::string_view factor) const {
    auto it = model.annotations.context.system.find(std::string(factor));
    if (it == model.annotations.context.system.end())
        return std::nullopt;
    return it->second.score;
}

std::optional<int> GapContext::organizationScore(const std::string& organization,
                                                 std::string_view factor) const {
    auto org = model.annotations.context.organizations.find(organization);
    if (org == model.annotations.context.organizations.end())
        return std::nullopt;
    auto it = org->second.find(std::string(factor));
    if (it == org->second.end())
        return std::nullopt;
    return it->second.score;
}

bool GapContext::hasBehavior(const Node& role, std::string_view behavior) {
    if (!role.leadership)
        return false;
    const auto& b = role.leadership->behaviors;
    return std::find(b.begin(), b.end(), behavior) != b.end();
}

bool GapContext::hasCapability(const Node& role, std::string_view capability) {
    if (!role.leadership)
        return false;
    const auto& c = role.leadership->capabilities;
    return std::find(c.begin(), c.end(), capability) != c.end();
}

bool GapContext::hasCoreBehavior(const Node& role) {
    return hasBehavior(role, "providing_support") || hasBehavior(role, "building_learning_climate") ||
           hasBehavior(role, "facilitating_knowledge_dissemination");
}

std::string GapContext::voiceOf(const Node& member) const {
    auto byType = [](const std::string& type) -> std::string {
        if (type == "user_representative" || type == "user_organization")
            return "user";
        if (type == "gp" || type == "gp_collective" || type == "practice_consultant")
            return "gp";
        if (type == "employee_representative" || type == "union")
            return "employee";
        return {};
    };
    std::string voice = byType(member.type);
    if (voice.empty()) {
        if (const Node* org = node(organizationOf(member)))
            voice = byType(org->type);
    }
    return voice;
}

bool GapContext::isHospital(const std::string& organization) const {
    const Node* n = node(organization);
    return n && n->type == "hospital_trust";
}

bool GapContext::isMunicipality(const std::string& organization) const {
    const Node* n = node(organization);
    return n && n->type == "municipality";
}

const AnalysisResult& GapContext::people() const {
    if (!m_people) {
        AnalysisOptions options;
        options.lens.lens = LensKind::People;
        options.measures = {"betweenness", "boundary_spanner", "ei_index", "group_paths"};
        options.pathCap = 2;
        m_people = analyze(model, options);
    }
    return *m_people;
}

const AnalysisResult& GapContext::organizations() const {
    if (!m_organizations) {
        AnalysisOptions options;
        options.lens.lens = LensKind::Organizations;
        options.measures = {"betweenness"};
        m_organizations = analyze(model, options);
    }
    return *m_organizations;
}

std::string GapContext::list(const std::vector<std::string>& ids, std::size_t max) const {
    std::string out;
    const std::size_t shown = std::min(ids.size(), max);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0)
            out += (i + 1 == shown && shown == ids.size()) ? " and " : ", ";
        out += label(ids[i]);
    }
    if (ids.size() > shown)
        out += " and " + std::to_string(ids.size() - shown) + " more";
    return out;
}

}  // namespace orgweave::core
