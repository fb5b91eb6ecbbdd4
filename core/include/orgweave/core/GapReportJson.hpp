#pragma once
// JSON form of a gap report (`orgweave gaps --format json`):
// {"findings": [{"rule", "title", "severity", "elements", "nodes", "ties", "explanation",
//   "suggestion"}], "alignment": {"elements", "matrix", "counts", "scores", "organizations"},
//  "not_evaluated": [{"rule", "title", "reason"}]}. Cost: O(findings).

#include "orgweave/core/GapEngine.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace orgweave::core {

nlohmann::ordered_json gapReportToJson(const GapReport& report, const Model& model);

/// One finding: {"rule", "title", "severity", "elements", "nodes", "ties", "explanation", "suggestion"}.
nlohmann::ordered_json findingToJson(const Finding& finding);
/// {"elements", "matrix", "counts", "scores", "organizations"}; organization labels from `model`.
nlohmann::ordered_json alignmentToJson(const Alignment& alignment, const Model& model);
/// The same with organization labels from a map (id → label; the id where missing).
nlohmann::ordered_json alignmentToJson(const Alignment& alignment,
                                       const std::map<std::string, std::string>& labels);

}  // namespace orgweave::core
