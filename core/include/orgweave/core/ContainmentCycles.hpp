#pragma once
// Containment cycles: a node that contains itself through its containment fields (organization,
// site, owner), e.g. organization a in b, b in c, c in a, or two committees owning each other.
// One error per cycle found, at the containment field of the cycle's first node in file order
// ("/nodes/4/organization"), naming the whole cycle. Self-containment (a in a) is reported by
// validate() itself and is not repeated here. Cost: O(nodes), iterative (no recursion).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

namespace orgweave::core {

/// Errors for the containment cycles of `model` (called by validate()).
Diagnostics findContainmentCycles(const Model& model);

}  // namespace orgweave::core
