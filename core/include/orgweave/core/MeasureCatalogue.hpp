#pragma once
// The measures of DOMAIN.md §3 in one table: the id that `analyze --measures`, JSON keys, CSV
// columns and "colour by" use, the label and help the table, reports and studio show, how to read
// a node's value out of an AnalysisResult, and whether a higher value means more central. Every
// list of measures in the program is this table (in its order, which is the JSON key order of
// DESIGN.md §7).
//
// Shapes: Number (one real per node: colour/size by, ranked as key actors when `keyActor`), Count
// (brokerage: the total is the value; the JSON and CSV also carry the five roles), Flag (boundary
// spanner, articulation point: 1 or 0; a multilateral spanner is 2) and Network (bridges,
// communities, group paths: no single value per node). Cost: constant per look-up.

#include "orgweave/core/Analysis.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

enum class MeasureShape { Number, Count, Flag, Network };

struct MeasureInfo {
    std::string_view id;     ///< "betweenness": --measures, JSON key, CSV column, colour by
    std::string_view label;  ///< "Betweenness": column header and headings
    /// One sentence with its convention ("… normalized by (n−1)(n−2)"): tooltips and documentation.
    std::string_view help;
    /// Plain words for a committee member, completing "the role that …" ("sits on the shortest
    /// paths between others"); empty for measures that are not ranked.
    std::string_view plain;
    MeasureShape shape = MeasureShape::Number;
    bool higherIsCentral = true;  ///< false: lowest first when ranking (constraint)
    bool keyActor = false;        ///< ranked in "key actors" of the table, report and inspector
    /// The values when they are one real per node (Number), else null.
    const std::vector<double> AnalysisResult::*values = nullptr;

    /// The node's value; NaN when undefined, not computed, or not one number per node.
    double value(const AnalysisResult& result, std::size_t node) const;
    /// Whether `result` holds this measure for every node (Network measures: whether it was run).
    bool computedIn(const AnalysisResult& result) const;
    /// Every node's value (empty when not computed).
    std::vector<double> column(const AnalysisResult& result) const;
    /// Heading for a ranking: the label, with " (lowest)" when lower is more central.
    std::string rankingTitle() const;
};

/// Every measure, in JSON key order.
std::span<const MeasureInfo> measureCatalogue();
/// The entry with this id, or null.
const MeasureInfo* findMeasure(std::string_view id);
/// "degree, betweenness, …": every id, for messages.
std::string measureIdList();

}  // namespace orgweave::core
