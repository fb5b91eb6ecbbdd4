#pragma once
// Evaluates the gap rules G1–G21 of DOMAIN.md §4 on a document (in one phase, or as a whole) and
// summarizes them in the alignment view. Rules G8, G9, G10, G19 read measures (people and
// organizations lenses, partition by organization). A rule whose data is absent (no learning
// actions, no context score, no RC scores, …) is listed in `notEvaluated`; it never silently passes.
// Cost: one analysis of the people lens plus O(nodes + ties · committees) for the rules.

#include "orgweave/core/Alignment.hpp"
#include "orgweave/core/Finding.hpp"
#include "orgweave/core/GapSettings.hpp"
#include "orgweave/core/Model.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

struct GapRuleInfo {
    std::string_view id;
    std::string_view title;
    std::string_view firesWhen;
};

/// G1 … G21 in order, with their titles and the condition each checks.
const std::array<GapRuleInfo, 21>& gapRules();

struct GapReport {
    std::vector<Finding> findings;  ///< by rule, then in document order
    std::vector<NotEvaluated> notEvaluated;
    Alignment alignment;
};

/// Throws std::invalid_argument for a phase the document does not define.
GapReport findGaps(const Model& model, const GapSettings& settings = {}, std::string_view phase = {});

}  // namespace orgweave::core
