#pragma once
// Which tie kinds may join which node kinds (DESIGN.md §3): member_of role/organization →
// committee; reports_to committee → committee or role → role; collaborates between roles, sites,
// organizations and committees; participates_in role/site/organization → learning action;
// uses and maintains site/role/committee/organization → shared tool; agreement organization ↔
// organization. Validation and the studio's connect gesture share these rules. Cost: O(1).

#include "orgweave/core/Model.hpp"

#include <string>
#include <vector>

namespace orgweave::core {

/// Why a tie of `kind` cannot go from `source` to `target`, or empty when it can.
std::string tieEndpointProblem(TieKind kind, NodeKind source, NodeKind target);

/// The tie kinds that may go from `source` to `target`, the most specific first (member_of,
/// reports_to, participates_in, uses, maintains, agreement, then collaborates).
std::vector<TieKind> tieKindsBetween(NodeKind source, NodeKind target);

/// One sentence saying why nothing can join these kinds in either direction (empty when something can).
std::string whyNoTieBetween(NodeKind source, NodeKind target);

}  // namespace orgweave::core
