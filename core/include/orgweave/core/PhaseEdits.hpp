#pragma once
// Edits of a document's phases that must keep every reference to a phase id consistent
// (DOMAIN.md §2.6): nodes' and ties' `phases` lists and views' `phase`. Each builder returns ONE
// command (a CommandGroup of the annotation, node and tie edits) so the edit is one undo step.
//
// Convention: a node's or tie's `phases` list is empty when it exists in every phase; a list that
// would name every phase is stored empty. Removing a phase takes its id out of every list; an item
// limited to that phase alone either goes with it (PhaseRemoval::RemoveItems) or, since an empty
// list means "every phase", exists in all phases afterwards (PhaseRemoval::KeepItems). Views on the
// removed phase show the whole document afterwards. Builders throw std::invalid_argument with a
// message a user can act on (unknown phase, empty or duplicate id). Cost: O(nodes + ties + views).

#include "orgweave/core/Command.hpp"
#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

/// `phases` (a node's or tie's list) with `phase` added (`member`) or taken out, given the
/// document's phases `all`; a list that names every phase is returned empty.
std::vector<std::string> withPhaseMembership(std::vector<std::string> phases, const std::vector<Phase>& all,
                                             std::string_view phase, bool member);

/// How many nodes and ties exist in a phase, and how many exist in it alone.
struct PhaseUsage {
    std::size_t nodes = 0;
    std::size_t ties = 0;
    std::size_t onlyNodes = 0;  ///< limited to this phase alone
    std::size_t onlyTies = 0;
};
PhaseUsage phaseUsage(const Model& model, std::string_view phase);

/// "p<k>" with the smallest k ≥ 1 that no phase of the document uses.
std::string freshPhaseId(const Model& model);

/// Renames a phase and every reference to it.
CommandPtr renamePhaseCommand(const Model& model, const std::string& from, const std::string& to);

enum class PhaseRemoval { KeepItems, RemoveItems };
/// Removes a phase and every reference to it (see the convention above).
CommandPtr removePhaseCommand(const Model& model, const std::string& id, PhaseRemoval removal);

enum class PhaseMembership { Add, Remove, Only };
/// Adds the nodes and ties to a phase, takes them out of it, or limits them to it alone; ids not
/// in the document are ignored. Returns null when nothing would change.
CommandPtr phaseMembershipCommand(const Model& model, const std::vector<std::string>& nodeIds,
                                  const std::vector<std::string>& tieIds, const std::string& phase,
                                  PhaseMembership membership);

}  // namespace orgweave::core
