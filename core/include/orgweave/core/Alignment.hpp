#pragma once
// The alignment view, v2 (DOMAIN.md §4): how well the four elements support each other, as
// evidence a committee can check.
//
// Every evaluation that passed or found a gap counts (not-evaluable ones do not). It weighs by
// the severity its check has when it fails: info 0.25, warning 1, critical 2. A score is
// "k of n evaluations pass" with percent = 100 × weight of the passes / weight of all n; when
// n = 0 the score is *not recorded* (grey), never 100.
//   cells     4×4 matrix of element pairs (context, architecture, leadership, learning;
//             relational coordination counts as architecture): each evaluation counts in the
//             cell of every pair of elements its check relates, on the diagonal when it relates
//             one element only.
//   elements  per element, over every evaluation whose check touches it.
//   organizations  every organization, in document order: partners are scored over the
//             evaluations whose subject is or involves them (the partner itself, a pair with it,
//             an action it takes part in, a committee where it sits, one of its roles); voices
//             and externals are listed, not scored; a partner with no roles is "represented only".
//   completeness  beside the scores, never mixed in: per element, the share of partners for
//             which that element is recorded (context: a system or own score; architecture: a seat
//             or a represented seat; leadership: a role with a leadership entry; learning: taking
//             part in a learning action); `meta.recorded` counts as recorded for every partner.
// Cost: O(evaluations · subject size) plus O(nodes + ties) for completeness.

#include "orgweave/core/Finding.hpp"
#include "orgweave/core/Model.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace orgweave::core {

inline constexpr std::array<Element, 4> kAlignmentElements{Element::Context, Element::Architecture,
                                                           Element::Leadership, Element::Learning};

/// k of n evaluations pass, weighted by severity.
struct AlignmentScore {
    int passes = 0;  ///< k
    int total = 0;   ///< n
    double passWeight = 0.0;
    double totalWeight = 0.0;
    int gaps() const { return total - passes; }
    bool recorded() const { return total > 0; }
    /// 0–100, rounded; nullopt when not recorded.
    std::optional<int> percent() const;
    /// "7 of 9 · 81%" or "not recorded".
    std::string text() const;
    void add(bool pass, double weight);
    bool operator==(const AlignmentScore&) const = default;
};

struct OrganizationAlignment {
    std::string id;
    std::string label;
    std::string party;             ///< partner | voice | external (empty reads as partner)
    bool scored = false;           ///< partners only
    bool representedOnly = false;  ///< a partner with no roles recorded
    AlignmentScore score;
    bool operator==(const OrganizationAlignment&) const = default;
};

struct Alignment {
    std::array<std::array<AlignmentScore, 4>, 4> cells{};  ///< symmetric, by kAlignmentElements order
    std::array<AlignmentScore, 4> elements{};
    std::vector<OrganizationAlignment> organizations;
    /// Per element: share (0–1) of partners for which it is recorded; nullopt with no partners.
    std::array<std::optional<double>, 4> completeness{};
    int partners = 0;
    /// The entry of an organization, or null.
    const OrganizationAlignment* organization(std::string_view id) const;
};

/// Weight of an evaluation in the alignment: info 0.25, warning 1, critical 2.
double severityWeight(FindingSeverity severity);
/// Slot of an element in kAlignmentElements (relational coordination → architecture).
std::size_t alignmentSlot(Element element);

/// `model` is the document as assessed (one phase). Voices, externals and organizations without
/// a party are read by Model helpers in GapSetting (party empty = partner).
Alignment computeAlignment(const Model& model, const std::vector<CheckEvaluation>& evaluations);

}  // namespace orgweave::core
