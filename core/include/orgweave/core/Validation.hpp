#pragma once
// Semantic checks of a model (DOMAIN.md §2): unknown references (dangling tie ends, containment
// pointing at a missing or wrong-kind node, unknown phase ids), duplicate ids, tie kinds between
// kinds they do not fit, values outside a closed vocabulary, scores and counts out of range.
// Open vocabularies (types, behaviours, characteristics, context factors, …) accept custom values.
// Each diagnostic has a JSON pointer ("/nodes/4/mandate"); line/column are filled in by the reader.
// Cost: O(nodes + ties + annotations).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

namespace orgweave::core {

Diagnostics validate(const Model& model);

}  // namespace orgweave::core
