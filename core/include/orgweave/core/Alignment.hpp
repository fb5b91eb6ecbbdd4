#pragma once
// The alignment view (DOMAIN.md §4): how well the four elements support each other.
//
// Severity weights: info 1, warning 3, critical 6. The 4×4 matrix of elements (context,
// architecture, leadership, learning; relational coordination counts as architecture) holds, for
// each pair of elements a finding relates, the sum of its weights (a finding about one element
// counts on the diagonal). The score of an element is 100 − 5 × (weights of the findings that
// touch it), at least 0: every warning costs 15 points, every critical gap 30. The score of an
// organization is the same over the findings that name it or one of its sites or roles.
// Cost: O(findings · nodes named).

#include "orgweave/core/Finding.hpp"
#include "orgweave/core/Model.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace orgweave::core {

inline constexpr std::array<Element, 4> kAlignmentElements{Element::Context, Element::Architecture,
                                                           Element::Leadership, Element::Learning};

struct Alignment {
    std::array<std::array<int, 4>, 4> weights{};  ///< symmetric, by kAlignmentElements order
    std::array<std::array<int, 4>, 4> counts{};   ///< number of findings per cell
    std::array<int, 4> elementScores{100, 100, 100, 100};
    std::map<std::string, int> organizationScores;  ///< organization id → 0–100
};

int severityWeight(FindingSeverity severity);
Alignment computeAlignment(const Model& model, const std::vector<Finding>& findings);

}  // namespace orgweave::core
