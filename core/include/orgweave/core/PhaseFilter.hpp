#pragma once
// The document as it stands in one phase: nodes and ties limited to other phases are left out,
// ties to absent nodes too, the phase's context scores (when it has them) replace the
// document's, and the phase's `leadership` entries replace those of the roles they name. Used by the gap
// engine and comparisons. Cost: O(nodes + ties).

#include "orgweave/core/Model.hpp"

#include <string>
#include <string_view>

namespace orgweave::core {

/// A copy of `model` restricted to `phase`; the model itself when `phase` is empty.
Model modelInPhase(const Model& model, std::string_view phase);

/// Why `phase` cannot be used with `model`: 'phase "x" is not defined in this document (phases:
/// p1, p2)'; empty when the phase is empty or defined. Shared by every reader of a --phase.
std::string unknownPhaseProblem(const Model& model, std::string_view phase);

}  // namespace orgweave::core
