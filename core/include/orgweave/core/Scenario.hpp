#pragma once
// What if: a copy of the document with nodes removed (a person leaves, a committee is dissolved,
// a site closes) and proposed nodes and ties added, and its impact measured against the original
// (ModelComparison.hpp) in the same phase.
//
// Removing a node removes its ties, its layout position and pin, its place in views' highlights,
// `represents` entries and context scores naming it, and what depends on it so that the copy
// still validates:
//   organization    its sites and roles go too (listed in `notes`)
//   site            its roles stay, without the site (`site` cleared)
//   committee       the learning actions it owns stay, without an owner (G2 then reports them)
//   role            learning actions it facilitates lose their facilitator
//   shared tool     learning actions working on it lose the reference
// Every consequence is listed in `notes`. Cost: O(nodes + ties) plus one validation.

#include "orgweave/core/Model.hpp"
#include "orgweave/core/ModelComparison.hpp"
#include "orgweave/core/Translate.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace orgweave::core {

struct Scenario {
    std::vector<std::string> removeNodes;  ///< a person leaves, a committee is dissolved, a site closes
    std::vector<Node> addNodes;            ///< e.g. a proposed committee
    std::vector<Tie> addTies;              ///< proposed ties (ids may be empty: fresh ids are made)
    std::string phase;                     ///< evaluate in this phase (empty: whole document)
};

/// Thrown for an id that does not exist (with the closest id when one is near), an added id that
/// is taken, an added tie whose kinds cannot be joined, or additions that do not validate.
class ScenarioError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ScenarioModel {
    Model model;
    std::vector<std::string> removedNodes;  ///< every node removed, the ones asked for first
    std::vector<std::string> removedTies;
    std::vector<std::string> notes;  ///< consequences of the removals, in the user's words
};

/// The kind a proposed tie between these kinds gets when none is given: the most specific kind
/// that fits (tieKindsBetween: member_of for a role and a committee, participates_in, …), except
/// collaborates rather than reports_to between two roles or two committees; nullopt when nothing fits.
std::optional<TieKind> proposedTieKind(NodeKind source, NodeKind target);

/// "no node 'xyz' (did you mean 'abc'?)" — the message for an id `model` does not have.
std::string unknownNodeMessage(const Model& model, const std::string& id);

/// `texts`: the language of the notes (the text forms' language; JSON keeps English).
ScenarioModel applyScenario(const Model& model, const Scenario& scenario,
                            const Translator& texts = Translator{});

struct WhatIfImpact {
    Scenario request;  ///< what was asked
    ScenarioModel scenario;
    Comparison comparison;                      ///< original vs scenario, same phase
    std::vector<GroupPairDelta> disconnected;   ///< organization pairs that had a path and now have none
    std::vector<GroupPairDelta> downToOnePath;  ///< pairs that had 2+ paths and now have exactly 1
    std::vector<GroupPairDelta> strengthened;   ///< pairs that gained paths
};

/// One sentence for a committee: what the scenario does and which organizations lose (or gain)
/// their links, e.g. "Removing GP representative (gp-rep): GP collective loses its last link to
/// Hospital trust, Fredrikstad, Sarpsborg and 5 more". `original` is the document before; `texts`
/// the language of the sentence.
std::string whatIfHeadline(const WhatIfImpact& impact, const Model& original,
                           const Translator& texts = Translator{});

/// Throws ScenarioError (see applyScenario) or ComparisonError (unknown phase).
WhatIfImpact evaluateWhatIf(const Model& model, const Scenario& scenario, const CompareOptions& options = {});

}  // namespace orgweave::core
