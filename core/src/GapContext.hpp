#pragma once
// What the checks look up, computed once per evaluation, and the writer each check reports
// through. Private to core.
//
// Sections: three-valued logic · GapContext · CheckWriter · the rule table

#include "orgweave/core/Analysis.hpp"
#include "orgweave/core/Finding.hpp"
#include "orgweave/core/GapEngine.hpp"
#include "orgweave/core/GapSettings.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NodeIndex.hpp"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace orgweave::core {

// ---- three-valued logic -----------------------------------------------------------------------

/// A condition over evidence: known true, known false, or unknown (its data is not recorded).
enum class Tri { No, Yes, Unknown };
Tri triOf(bool value);
/// Kleene conjunction / disjunction / negation.
Tri allOf(std::initializer_list<Tri> values);
Tri anyOf(std::initializer_list<Tri> values);
Tri notOf(Tri value);

// ---- GapContext -------------------------------------------------------------------------------

class GapContext {
public:
    /// `model` is the assessed model (assessedModel); `phase` the phase assessed or null.
    GapContext(const Model& model, const GapSettings& settings, const Phase* phase);

    const Model& model;
    const GapSettings& settings;
    const Phase* phase;
    SettingProfile profile;

    const Node* node(std::string_view id) const;
    std::string label(std::string_view id) const;
    /// "A, B and C" of the labels of `ids`.
    std::string list(const std::vector<std::string>& ids, std::size_t max = 4) const;

    /// Main organization of a node: itself, its `organization`, or its site's.
    std::string organizationOf(const Node& node) const;
    std::string organizationOf(std::string_view id) const;
    /// The main organization and the role's affiliations (presence, DOMAIN.md §2.7).
    std::vector<std::string> presenceOf(const Node& node) const;

    /// partner | voice | external ("" reads as partner).
    std::string partyOf(std::string_view organization) const;
    bool isPartner(std::string_view organization) const;
    /// Every partner, and every voice in a care sector (DOMAIN.md §2.7).
    bool isCare(std::string_view organization) const;
    const std::vector<const Node*>& partners() const { return m_partners; }
    const std::vector<const Node*>& careOrganizations() const { return m_care; }

    /// Whether `meta.recorded` lists the element (context, architecture, leadership, learning, rc, dates).
    bool recorded(std::string_view element) const;

    const std::vector<const Node*>& ofKind(NodeKind kind) const;
    const std::vector<const Tie*>& membersOf(const std::string& committee) const;
    const std::vector<const Tie*>& seatsOf(const std::string& member) const;
    const std::vector<const Tie*>& participantsOf(const std::string& action) const;
    /// Roles taking part in an action: directly, working at a participating site, or facilitating.
    std::vector<const Node*> rolesInAction(const Node& action) const;
    /// Main organizations of the participants (roles, sites, organizations); with affiliations too
    /// when `withAffiliations`.
    std::set<std::string> organizationsInAction(const Node& action, bool withAffiliations = false) const;
    /// Organizations with a seat (non-observer unless `withObservers`) by one of their roles, and,
    /// when `withRepresented`, those a seat `represents`.
    std::set<std::string> organizationsOnCommittee(const std::string& committee, bool withRepresented,
                                                   bool withObservers = false) const;
    /// The committee and every committee it reports to.
    std::vector<const Node*> committeeChain(const std::string& committee) const;
    /// Organization types heard on the committee: members' organizations, role types that speak for
    /// a voice (user_representative → user_organization, gp → gp_collective, …), represented ones.
    std::set<std::string> voicesOn(const std::string& committee) const;

    std::optional<int> systemScore(std::string_view factor) const;
    std::optional<int> organizationScore(std::string_view organization, std::string_view factor) const;
    /// score ≥ contextHigh: Yes/No when scored; No when context is recorded; Unknown otherwise.
    Tri high(std::optional<int> score) const;

    /// Does any of `roles` show what `has` asks of its leadership entry? Yes when one does; No when
    /// every role has an entry (or leadership is recorded) and none does; Unknown otherwise.
    Tri anyLeadership(const std::vector<const Node*>& roles,
                      const std::function<bool(const Leadership&)>& has) const;
    static bool hasBehavior(const Leadership& l, std::string_view behavior);
    static bool hasCapability(const Leadership& l, std::string_view capability);
    static bool hasCoreBehavior(const Leadership& l);

    /// The month the assessment is about: the phase's end, else meta.as_of; nullopt when neither.
    std::optional<int> assessedMonth() const;
    /// "YYYY-MM" (or a longer date) → months since year 0; nullopt when not a date.
    static std::optional<int> monthOf(const std::string& date);

    const AnalysisResult& people() const;
    const AnalysisResult& organizations() const;

private:
    NodeIndex m_index;
    std::map<NodeKind, std::vector<const Node*>> m_byKind;
    std::vector<const Node*> m_partners;
    std::vector<const Node*> m_care;
    std::map<std::string, std::vector<const Tie*>> m_members;
    std::map<std::string, std::vector<const Tie*>> m_seats;
    std::map<std::string, std::vector<const Tie*>> m_participants;
    std::vector<const Tie*> m_none;
    std::vector<const Node*> m_noNodes;
    mutable std::optional<AnalysisResult> m_people;
    mutable std::optional<AnalysisResult> m_organizations;
};

// ---- CheckWriter ------------------------------------------------------------------------------

/// Writes the evaluations of one rule: bound to its id, title, elements and default severity, so a
/// check never spells them.
class CheckWriter {
public:
    CheckWriter(const GapRuleInfo& rule, std::vector<CheckEvaluation>& out,
                const Translator& texts = Translator{})
        : m_rule(rule), m_out(out), m_texts(texts) {}

    const GapRuleInfo& rule() const { return m_rule; }
    void pass(CheckSubject subject, std::string why, std::vector<std::string> nodes = {});
    void gap(CheckSubject subject, std::vector<std::string> nodes, std::vector<std::string> ties,
             std::string explanation, std::string suggestion);
    /// A gap of another severity than the rule's default (G3 represented: info, …).
    void gap(FindingSeverity severity, CheckSubject subject, std::vector<std::string> nodes,
             std::vector<std::string> ties, std::string explanation, std::string suggestion);
    void notEvaluable(CheckSubject subject, std::vector<std::string> needs,
                      std::vector<std::string> nodes = {});

private:
    CheckEvaluation make(CheckStatus status, FindingSeverity severity, CheckSubject subject);
    const GapRuleInfo& m_rule;
    std::vector<CheckEvaluation>& m_out;
    Translator m_texts;
};

// ---- texts --------------------------------------------------------------------------------------

/// A check's text in the language of settings.texts (extraction keywords of scripts/update-po.sh,
/// like the report's say, sayf, sayn).
inline std::string say(const GapContext& c, const char* msgid) {
    return c.settings.texts.tr(msgid);
}

/// A translated pattern with "{}" placeholders, filled in order.
inline std::string sayf(const GapContext& c, const char* pattern, const std::vector<std::string>& args) {
    return fill(c.settings.texts.tr(pattern), args);
}

/// The singular or plural pattern for `n`, translated, filled with `n` and then `args`.
inline std::string sayn(const GapContext& c, const char* singular, const char* plural, unsigned long n,
                        std::vector<std::string> args = {}) {
    args.insert(args.begin(), c.settings.texts.formatCount(static_cast<long long>(n)));
    return fill(c.settings.texts.trn(singular, plural, n), args);
}

// ---- the rule table ---------------------------------------------------------------------------

using CheckFunction = void (*)(const GapContext&, CheckWriter&);

/// One row: what the rule is and the function that checks it (GapRules.cpp).
struct GapRule {
    GapRuleInfo info;
    CheckFunction check;
};

/// G1 … G24, in GapRules.cpp.
std::span<const GapRule> gapRuleTable();

}  // namespace orgweave::core
