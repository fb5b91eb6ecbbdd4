#pragma once
// JSON forms of a comparison (`orgweave diff --format json`) and a what-if impact
// (`orgweave whatif --format json`). Absent values (a node missing on one side) are null.
//
// comparison: {"before": {"name", "phase"}, "after": {...},
//   "structure": {"counts": {"nodes": {"added", "removed", "changed"}, "ties": {...}},
//                 "nodes": [{"id", "label", "change", "kind", "fields": [{"field", "before", "after"}]}],
//                 "ties": [{"id", "label", "change", "kind", "source", "target", "fields"}]},
//   "network": {"before": {...}, "after": {...}},
//   "betweenness": [{"id", "label", "before", "after", "delta"}], "degree": [...],
//   "group_pairs": [{"a", "b", "a_label", "b_label", "paths_before", "paths_after"}], "path_cap",
//   "gaps": {"new": [finding], "resolved": [finding], "no_longer_evaluated": [finding], "changed":
//   [finding]}, "relational_coordination": {"before": {"wave", "ties", "index", "dimensions"}, "after":
//   {...}}, "alignment": {"before": {...}, "after": {...}}}
// what-if: {"removed_nodes", "removed_ties", "notes", "disconnected", "down_to_one_path",
//   "strengthened", "comparison": {comparison}}. Cost: O(size of the comparison).

#include "orgweave/core/ModelComparison.hpp"
#include "orgweave/core/Scenario.hpp"

#include <nlohmann/json.hpp>

namespace orgweave::core {

nlohmann::ordered_json comparisonToJson(const Comparison& comparison);
nlohmann::ordered_json whatIfToJson(const WhatIfImpact& impact);
/// [{"a", "b", "a_label", "b_label", "paths_before", "paths_after"}]
nlohmann::ordered_json groupPairsToJson(const std::vector<GroupPairDelta>& pairs);

}  // namespace orgweave::core
