#pragma once
// What the gap rules look up, computed once per evaluation. Private to core.

#include "orgweave/core/Analysis.hpp"
#include "orgweave/core/Finding.hpp"
#include "orgweave/core/GapSettings.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NodeIndex.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace orgweave::core {

class GapContext {
public:
    GapContext(const Model& model, const GapSettings& settings);

    const Model& model;
    const GapSettings& settings;

    const Node* node(std::string_view id) const;
    std::string label(std::string_view id) const;
    /// The organization a node belongs to: itself, its `organization`, or its site's.
    std::string organizationOf(const Node& node) const;
    std::string organizationOf(std::string_view id) const;

    std::vector<const Node*> ofKind(NodeKind kind) const;
    /// member_of ties into a committee / out of a member.
    const std::vector<const Tie*>& membersOf(const std::string& committee) const;
    const std::vector<const Tie*>& seatsOf(const std::string& member) const;
    /// participates_in ties into a learning action.
    const std::vector<const Tie*>& participantsOf(const std::string& action) const;

    /// Organizations with a seat on the committee, directly (members' organizations) and through
    /// `represents`.
    std::set<std::string> organizationsOnCommittee(const std::string& committee,
                                                   bool withRepresented = true) const;
    std::set<std::string> organizationsInAction(const std::string& action) const;
    /// Roles taking part in an action (directly, or working at a participating site), its
    /// facilitator included.
    std::vector<const Node*> rolesInAction(const Node& action) const;
    /// The committee and every committee it reports to.
    std::vector<const Node*> committeeChain(const std::string& committee) const;

    std::optional<int> systemScore(std::string_view factor) const;
    std::optional<int> organizationScore(const std::string& organization, std::string_view factor) const;
    bool high(std::optional<int> score) const { return score && *score >= settings.contextHigh; }

    static bool hasBehavior(const Node& role, std::string_view behavior);
    static bool hasCapability(const Node& role, std::string_view capability);
    static bool hasCoreBehavior(const Node& role);
    /// "user", "gp", "employee" or "" for a member node (by role or organization type).
    std::string voiceOf(const Node& member) const;
    bool isHospital(const std::string& organization) const;
    bool isMunicipality(const std::string& organization) const;

    /// The people-lens analysis, computed on first use.
    const AnalysisResult& people() const;
    const AnalysisResult& organizations() const;

    /// "A, B and C" of the labels of `ids`.
    std::string list(const std::vector<std::string>& ids, std::size_t max = 4) const;

private:
    NodeIndex m_index;
    std::map<std::string, std::vector<const Tie*>> m_members;
    std::map<std::string, std::vector<const Tie*>> m_seats;
    std::map<std::string, std::vector<const Tie*>> m_participants;
    std::vector<const Tie*> m_none;
    mutable std::optional<AnalysisResult> m_people;
    mutable std::optional<AnalysisResult> m_organizations;
};

/// Collects the output of the rules.
struct GapOutput {
    std::vector<Finding> findings;
    std::vector<NotEvaluated> notEvaluated;
};

/// One function per rule, in GapRules.cpp.
void evaluateGapRules(const GapContext& context, GapOutput& out);

}  // namespace orgweave::core
