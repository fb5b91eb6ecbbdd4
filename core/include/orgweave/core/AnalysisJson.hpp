#pragma once
// The JSON form of an analysis (DESIGN.md §7, `orgweave analyze --format json`):
// {"network": {...}, "nodes": [{"id", "label", "kind", "group", "degree", "betweenness",
//  "closeness", "harmonic", "eigenvector", "pagerank", "clustering", "constraint",
//  "effective_size", "efficiency", "brokerage": {"coordinator", "consultant", "representative",
//  "gatekeeper", "liaison", "total"}, "ei_index", "boundary_spanner", "articulation_point"}],
//  "groups": [...], "bridges": [...]}
// Undefined numbers are null. Measures left out with --measures are left out of each node; node keys
// follow MeasureCatalogue.hpp. With sampled sources the network section has "approximate": true,
// "sampled_sources", "betweenness_error_bound" (± on every node's betweenness) and
// "betweenness_error_confidence" (0.95).
// Multilateral spanners are listed per group ("spanners"). Cost: O(n + m).

#include "orgweave/core/Analysis.hpp"

#include <nlohmann/json.hpp>

namespace orgweave::core {

nlohmann::ordered_json analysisToJson(const AnalysisResult& result);

/// {"nodes", "ties", "density", "components", "diameter", "average_path_length",
///  "degree_centralization", "ei_index", "internal_ties", "external_ties", "modularity"}; NaN → null.
nlohmann::ordered_json networkSummaryToJson(const NetworkSummary& summary);

}  // namespace orgweave::core
