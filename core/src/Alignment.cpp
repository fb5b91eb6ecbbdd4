// Sections: scores · involvement · completeness · computeAlignment
#include "orgweave/core/Alignment.hpp"

#include "orgweave/core/NodeIndex.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace orgweave::core {

// ---- scores -----------------------------------------------------------------------------------

double severityWeight(FindingSeverity severity) {
    switch (severity) {
        case FindingSeverity::Info:
            return 0.25;
        case FindingSeverity::Warning:
            return 1.0;
        case FindingSeverity::Critical:
            return 2.0;
    }
    return 1.0;
}

std::size_t alignmentSlot(Element element) {
    switch (element) {
        case Element::Context:
            return 0;
        case Element::Architecture:
        case Element::Relational:
            return 1;
        case Element::Leadership:
            return 2;
        case Element::Learning:
            return 3;
    }
    return 1;
}

std::optional<int> AlignmentScore::percent() const {
    if (total == 0 || totalWeight <= 0.0)
        return std::nullopt;
    return static_cast<int>(std::lround(100.0 * passWeight / totalWeight));
}

std::string AlignmentScore::text() const {
    if (!recorded())
        return "not recorded";
    return std::to_string(passes) + " of " + std::to_string(total) + " · " + std::to_string(*percent()) + "%";
}

void AlignmentScore::add(bool pass, double weight) {
    ++total;
    totalWeight += weight;
    if (pass) {
        ++passes;
        passWeight += weight;
    }
}

const OrganizationAlignment* Alignment::organization(std::string_view id) const {
    for (const OrganizationAlignment& o : organizations) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

namespace {

// ---- involvement ------------------------------------------------------------------------------

class Involvement {
public:
    explicit Involvement(const Model& model) : m_model(model), m_index(model) {
        for (const Tie& tie : model.ties) {
            if (tie.kind == TieKind::ParticipatesIn)
                m_participants[tie.target].push_back(tie.source);
            if (tie.kind == TieKind::MemberOf && tie.details->seat != "observer")
                m_members[tie.target].push_back(tie.source);
        }
    }

    /// Organizations a subject is or involves (DOMAIN.md §4, partner scores).
    std::set<std::string> of(const CheckSubject& subject) const {
        std::set<std::string> out;
        for (const std::string& id : subject.ids) {
            const Node* n = node(id);
            if (!n)
                continue;
            switch (n->kind) {
                case NodeKind::Organization:
                    out.insert(n->id);
                    break;
                case NodeKind::Role:
                case NodeKind::Site:
                    if (std::string org = organizationOf(*n); !org.empty())
                        out.insert(org);
                    break;
                case NodeKind::LearningAction:
                    // For a care organization in an action, the organization alone is involved.
                    if (subject.kind != SubjectKind::CareOrganizationInAction)
                        add(m_participants, n->id, out);
                    break;
                case NodeKind::Committee:
                    add(m_members, n->id, out);
                    break;
                case NodeKind::SharedTool:
                    break;
            }
        }
        return out;
    }

    std::string organizationOf(const Node& n) const {
        if (n.kind == NodeKind::Organization)
            return n.id;
        if (!n.organization.empty())
            return n.organization;
        if (const Node* site = node(n.site))
            return site->organization;
        return {};
    }

    const Node* node(std::string_view id) const {
        auto i = m_index.find(id);
        return i ? &m_model.nodes[*i] : nullptr;
    }

private:
    void add(const std::map<std::string, std::vector<std::string>>& from, const std::string& key,
             std::set<std::string>& out) const {
        auto it = from.find(key);
        if (it == from.end())
            return;
        for (const std::string& id : it->second) {
            if (const Node* n = node(id)) {
                if (std::string org = organizationOf(*n); !org.empty())
                    out.insert(org);
            }
        }
    }

    const Model& m_model;
    NodeIndex m_index;
    std::map<std::string, std::vector<std::string>> m_participants;
    std::map<std::string, std::vector<std::string>> m_members;
};

bool isPartner(const Node& n) {
    return n.kind == NodeKind::Organization &&
           (n.organizationProfile->party.empty() || n.organizationProfile->party == "partner");
}

bool recordedInMeta(const Model& model, std::string_view element) {
    const auto& r = model.annotations.meta.recorded;
    return std::find(r.begin(), r.end(), element) != r.end();
}

// ---- completeness -----------------------------------------------------------------------------

std::array<std::optional<double>, 4> completenessOf(const Model& model, const Involvement& inv) {
    std::vector<const Node*> partners;
    for (const Node& n : model.nodes) {
        if (isPartner(n))
            partners.push_back(&n);
    }
    std::array<std::optional<double>, 4> out{};
    if (partners.empty())
        return out;
    std::set<std::string> seated, led, learning;
    for (const Tie& tie : model.ties) {
        if (tie.kind == TieKind::MemberOf) {
            if (const Node* n = inv.node(tie.source))
                seated.insert(inv.organizationOf(*n));
            seated.insert(tie.details->represents.begin(), tie.details->represents.end());
        } else if (tie.kind == TieKind::ParticipatesIn) {
            if (const Node* n = inv.node(tie.source))
                learning.insert(inv.organizationOf(*n));
        }
    }
    for (const Node& n : model.nodes) {
        if (n.kind == NodeKind::Role && n.leadership)
            led.insert(inv.organizationOf(n));
    }
    const auto& context = model.annotations.context;
    const std::array<const char*, 4> names{"context", "architecture", "leadership", "learning"};
    for (std::size_t e = 0; e < 4; ++e) {
        if (recordedInMeta(model, names[e])) {
            out[e] = 1.0;
            continue;
        }
        std::size_t count = 0;
        for (const Node* p : partners) {
            bool has = false;
            switch (e) {
                case 0:
                    has = !context.system.empty() || context.organizations.count(p->id);
                    break;
                case 1:
                    has = seated.count(p->id) > 0;
                    break;
                case 2:
                    has = led.count(p->id) > 0;
                    break;
                default:
                    has = learning.count(p->id) > 0;
                    break;
            }
            count += has ? 1 : 0;
        }
        out[e] = double(count) / double(partners.size());
    }
    return out;
}

}  // namespace

// ---- computeAlignment -------------------------------------------------------------------------

Alignment computeAlignment(const Model& model, const std::vector<CheckEvaluation>& evaluations) {
    Alignment a;
    const Involvement inv(model);
    std::map<std::string, std::size_t> at;
    std::set<std::string> withRoles;
    for (const Node& n : model.nodes) {
        if (n.kind == NodeKind::Role) {
            withRoles.insert(inv.organizationOf(n));
            for (const Affiliation& af : n.affiliations)
                withRoles.insert(af.organization);
        }
    }
    for (const Node& n : model.nodes) {
        if (n.kind != NodeKind::Organization)
            continue;
        OrganizationAlignment o;
        o.id = n.id;
        o.label = n.displayLabel();
        o.party = n.organizationProfile->party.empty() ? "partner" : n.organizationProfile->party;
        o.scored = isPartner(n);
        o.representedOnly = o.scored && !withRoles.count(n.id);
        at[n.id] = a.organizations.size();
        a.organizations.push_back(std::move(o));
        if (isPartner(n))
            ++a.partners;
    }
    for (const CheckEvaluation& e : evaluations) {
        if (e.status == CheckStatus::NotEvaluable)
            continue;
        const bool pass = e.status == CheckStatus::Pass;
        const double w = severityWeight(e.severity);
        std::set<std::size_t> slots;
        for (Element element : e.elements)
            slots.insert(alignmentSlot(element));
        const std::vector<std::size_t> list(slots.begin(), slots.end());
        if (list.size() == 1)
            a.cells[list[0]][list[0]].add(pass, w);
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = i + 1; j < list.size(); ++j) {
                a.cells[list[i]][list[j]].add(pass, w);
                a.cells[list[j]][list[i]].add(pass, w);
            }
        }
        for (std::size_t s : list)
            a.elements[s].add(pass, w);
        for (const std::string& org : inv.of(e.subject)) {
            if (auto it = at.find(org); it != at.end() && a.organizations[it->second].scored)
                a.organizations[it->second].score.add(pass, w);
        }
    }
    a.completeness = completenessOf(model, inv);
    return a;
}

}  // namespace orgweave::core
