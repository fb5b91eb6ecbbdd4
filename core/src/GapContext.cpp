// Sections: three-valued logic · GapContext · CheckWriter
#include "GapContext.hpp"

#include <algorithm>
#include <cctype>

namespace orgweave::core {

// ---- three-valued logic -----------------------------------------------------------------------

Tri triOf(bool value) {
    return value ? Tri::Yes : Tri::No;
}

Tri allOf(std::initializer_list<Tri> values) {
    Tri out = Tri::Yes;
    for (Tri v : values) {
        if (v == Tri::No)
            return Tri::No;
        if (v == Tri::Unknown)
            out = Tri::Unknown;
    }
    return out;
}

Tri anyOf(std::initializer_list<Tri> values) {
    Tri out = Tri::No;
    for (Tri v : values) {
        if (v == Tri::Yes)
            return Tri::Yes;
        if (v == Tri::Unknown)
            out = Tri::Unknown;
    }
    return out;
}

Tri notOf(Tri value) {
    return value == Tri::Unknown ? Tri::Unknown : value == Tri::Yes ? Tri::No : Tri::Yes;
}

// ---- GapContext -------------------------------------------------------------------------------

GapContext::GapContext(const Model& m, const GapSettings& s, const Phase* p)
    : model(m),
      settings(s),
      phase(p),
      profile(settingProfile(m.annotations.setting, m.annotations.meta.expectedVoices)),
      m_index(m) {
    // The profile's words appear in the checks' texts: in the language of the texts.
    for (std::string* text : {&profile.partnershipForum, &profile.strategicForum, &profile.boundaryRoles})
        *text = settings.texts.text(*text);
    for (SettingProfile::Side& side : profile.sides)
        side.label = settings.texts.text(side.label);
    for (const Node& n : model.nodes)
        m_byKind[n.kind].push_back(&n);
    for (const Tie& tie : model.ties) {
        if (tie.kind == TieKind::MemberOf) {
            m_members[tie.target].push_back(&tie);
            m_seats[tie.source].push_back(&tie);
        } else if (tie.kind == TieKind::ParticipatesIn) {
            m_participants[tie.target].push_back(&tie);
        }
    }
    for (const Node* org : ofKind(NodeKind::Organization)) {
        if (isPartner(org->id))
            m_partners.push_back(org);
        if (isCare(org->id))
            m_care.push_back(org);
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

std::string GapContext::list(const std::vector<std::string>& ids, std::size_t max) const {
    std::string out;
    const std::size_t shown = std::min(ids.size(), max);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i + 1 == shown && shown == ids.size() && i > 0)
            out = fill(settings.texts.tr("{} and {}"), {out, label(ids[i])});
        else
            out += (i > 0 ? ", " : "") + label(ids[i]);
    }
    if (ids.size() > shown)
        out = fill(settings.texts.tr("{} and {} more"), {out, std::to_string(ids.size() - shown)});
    return out;
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

std::vector<std::string> GapContext::presenceOf(const Node& n) const {
    std::vector<std::string> out;
    if (std::string main = organizationOf(n); !main.empty())
        out.push_back(main);
    for (const Affiliation& a : n.affiliations) {
        if (node(a.organization) && std::find(out.begin(), out.end(), a.organization) == out.end())
            out.push_back(a.organization);
    }
    return out;
}

std::string GapContext::partyOf(std::string_view organization) const {
    const Node* n = node(organization);
    if (!n || n->kind != NodeKind::Organization)
        return {};
    return n->organizationProfile->party.empty() ? std::string("partner") : n->organizationProfile->party;
}

bool GapContext::isPartner(std::string_view organization) const {
    return partyOf(organization) == "partner";
}

bool GapContext::isCare(std::string_view organization) const {
    const std::string party = partyOf(organization);
    if (party == "partner")
        return true;
    if (party != "voice")
        return false;
    static const std::set<std::string, std::less<>> careSectors{"specialist_health", "primary_health",
                                                                "social_care", "public_health", "welfare"};
    return careSectors.count(node(organization)->organizationProfile->sector) > 0;
}

bool GapContext::recorded(std::string_view element) const {
    const auto& r = model.annotations.meta.recorded;
    return std::find(r.begin(), r.end(), element) != r.end();
}

const std::vector<const Node*>& GapContext::ofKind(NodeKind kind) const {
    auto it = m_byKind.find(kind);
    return it == m_byKind.end() ? m_noNodes : it->second;
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
    for (const Node* n : ofKind(NodeKind::Role)) {
        if (sites.count(n->site))
            add(n);
    }
    add(node(action.learningAction->facilitator));
    return out;
}

std::set<std::string> GapContext::organizationsInAction(const Node& action, bool withAffiliations) const {
    std::set<std::string> out;
    for (const Tie* p : participantsOf(action.id)) {
        const Node* n = node(p->source);
        if (!n)
            continue;
        if (withAffiliations) {
            for (const std::string& org : presenceOf(*n))
                out.insert(org);
        } else if (std::string org = organizationOf(*n); !org.empty()) {
            out.insert(org);
        }
    }
    return out;
}

std::set<std::string> GapContext::organizationsOnCommittee(const std::string& committee, bool withRepresented,
                                                           bool withObservers) const {
    std::set<std::string> out;
    for (const Tie* seat : membersOf(committee)) {
        if (!withObservers && seat->details->seat == "observer")
            continue;
        if (std::string org = organizationOf(seat->source); !org.empty())
            out.insert(org);
        if (withRepresented)
            out.insert(seat->details->represents.begin(), seat->details->represents.end());
    }
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

std::set<std::string> GapContext::voicesOn(const std::string& committee) const {
    static const std::map<std::string, std::string, std::less<>> byRoleType{
        {"user_representative", "user_organization"},
        {"patient_representative", "user_organization"},
        {"gp", "gp_collective"},
        {"practice_consultant", "gp_collective"},
        {"employee_representative", "union"},
        {"citizen_representative", "citizens_platform"},
        {"voluntary_representative", "voluntary_organization"}};
    std::set<std::string> out;
    for (const Tie* seat : membersOf(committee)) {
        if (const Node* member = node(seat->source)) {
            if (const Node* org = node(organizationOf(*member)); org && !org->type.empty())
                out.insert(org->type);
            if (auto it = byRoleType.find(member->type); it != byRoleType.end())
                out.insert(it->second);
        }
        for (const std::string& represented : seat->details->represents) {
            if (const Node* org = node(represented); org && !org->type.empty())
                out.insert(org->type);
        }
    }
    return out;
}

std::optional<int> GapContext::systemScore(std::string_view factor) const {
    auto it = model.annotations.context.system.find(std::string(factor));
    if (it == model.annotations.context.system.end())
        return std::nullopt;
    return it->second.score;
}

std::optional<int> GapContext::organizationScore(std::string_view organization,
                                                 std::string_view factor) const {
    auto org = model.annotations.context.organizations.find(std::string(organization));
    if (org == model.annotations.context.organizations.end())
        return std::nullopt;
    auto it = org->second.find(std::string(factor));
    if (it == org->second.end())
        return std::nullopt;
    return it->second.score;
}

Tri GapContext::high(std::optional<int> score) const {
    if (score)
        return triOf(*score >= settings.contextHigh);
    return recorded("context") ? Tri::No : Tri::Unknown;
}

Tri GapContext::anyLeadership(const std::vector<const Node*>& roles,
                              const std::function<bool(const Leadership&)>& has) const {
    bool allAssessed = true;
    for (const Node* role : roles) {
        if (!role->leadership) {
            allAssessed = false;
            continue;
        }
        if (has(*role->leadership))
            return Tri::Yes;
    }
    return (allAssessed || recorded("leadership")) ? Tri::No : Tri::Unknown;
}

bool GapContext::hasBehavior(const Leadership& l, std::string_view behavior) {
    return std::find(l.behaviors.begin(), l.behaviors.end(), behavior) != l.behaviors.end();
}

bool GapContext::hasCapability(const Leadership& l, std::string_view capability) {
    return std::find(l.capabilities.begin(), l.capabilities.end(), capability) != l.capabilities.end();
}

bool GapContext::hasCoreBehavior(const Leadership& l) {
    return hasBehavior(l, "providing_support") || hasBehavior(l, "building_learning_climate") ||
           hasBehavior(l, "facilitating_knowledge_dissemination");
}

std::optional<int> GapContext::monthOf(const std::string& date) {
    if (date.size() < 7 || date[4] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u}) {
        if (!std::isdigit(static_cast<unsigned char>(date[i])))
            return std::nullopt;
    }
    const int year = std::stoi(date.substr(0, 4));
    const int month = std::stoi(date.substr(5, 2));
    if (month < 1 || month > 12)
        return std::nullopt;
    return year * 12 + (month - 1);
}

std::optional<int> GapContext::assessedMonth() const {
    if (phase && !phase->end.empty()) {
        if (auto m = monthOf(phase->end))
            return m;
    }
    return monthOf(model.annotations.meta.asOf);
}

const AnalysisResult& GapContext::people() const {
    if (!m_people) {
        AnalysisOptions options;
        options.lens.lens = LensKind::People;
        options.measures = {"betweenness", "boundary_spanner", "ei_index"};
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

// ---- CheckWriter ------------------------------------------------------------------------------

CheckEvaluation CheckWriter::make(CheckStatus status, FindingSeverity severity, CheckSubject subject) {
    CheckEvaluation e;
    e.rule = std::string(m_rule.id);
    e.title = m_texts.text(m_rule.title);
    e.status = status;
    e.severity = severity;
    e.elements.assign(m_rule.elements.begin(), m_rule.elements.end());
    e.subject = std::move(subject);
    return e;
}

void CheckWriter::pass(CheckSubject subject, std::string why, std::vector<std::string> nodes) {
    CheckEvaluation e = make(CheckStatus::Pass, m_rule.severity, std::move(subject));
    e.nodes = nodes.empty() ? e.subject.ids : std::move(nodes);
    e.explanation = std::move(why);
    m_out.push_back(std::move(e));
}

void CheckWriter::gap(CheckSubject subject, std::vector<std::string> nodes, std::vector<std::string> ties,
                      std::string explanation, std::string suggestion) {
    gap(m_rule.severity, std::move(subject), std::move(nodes), std::move(ties), std::move(explanation),
        std::move(suggestion));
}

void CheckWriter::gap(FindingSeverity severity, CheckSubject subject, std::vector<std::string> nodes,
                      std::vector<std::string> ties, std::string explanation, std::string suggestion) {
    CheckEvaluation e = make(CheckStatus::Gap, severity, std::move(subject));
    e.nodes = std::move(nodes);
    e.ties = std::move(ties);
    e.explanation = std::move(explanation);
    e.suggestion = std::move(suggestion);
    m_out.push_back(std::move(e));
}

void CheckWriter::notEvaluable(CheckSubject subject, std::vector<std::string> needs,
                               std::vector<std::string> nodes) {
    CheckEvaluation e = make(CheckStatus::NotEvaluable, m_rule.severity, std::move(subject));
    e.nodes = nodes.empty() ? e.subject.ids : std::move(nodes);
    std::string text;
    for (std::size_t i = 0; i < needs.size(); ++i)
        text += (i == 0 ? "" : "; ") + needs[i];
    e.explanation = fill(m_texts.tr("Not evaluable: needs {}."), {text});
    e.needs = std::move(needs);
    m_out.push_back(std::move(e));
}

}  // namespace orgweave::core
