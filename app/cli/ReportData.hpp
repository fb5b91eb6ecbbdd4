#pragma once
// Everything a report shows, gathered once from a document (and phase) and shared by the HTML and
// Markdown writers: summary counts, governance and context, the network picture (SVG text from
// layouts/Renderer.hpp: colour by organization, size by betweenness, stored positions else the
// auto layout), key actors per measure, boundary spanners with their brokerage roles, organization
// pairs by independent role paths, gap findings by element pair, and the alignment view.
// All strings are the user's text, unescaped: the writers escape. Cost: one analysis of the
// people lens, one gap evaluation and one rendering.

#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/GapEngine.hpp>
#include <orgweave/core/Model.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace orgweave::cli {

/// One row of a key-actor list.
struct ReportActor {
    std::string id;
    std::string label;
    std::string organization;  ///< label of the actor's organization, "" when none
    double value = 0.0;
};

/// The top actors by one measure.
struct ReportMeasure {
    std::string name;     ///< measure name as in `analyze`, e.g. "betweenness"
    std::string title;    ///< heading, e.g. "Betweenness"
    std::string meaning;  ///< one sentence: what a high (or low) value means here
    bool lowestFirst = false;
    bool integer = false;  ///< counts (brokerage) rather than fractions
    std::vector<ReportActor> top;
};

struct ReportSpanner {
    std::string id;
    std::string label;
    std::string organization;
    unsigned groupsReached = 0;
    bool multilateral = false;
    double betweenness = 0.0;
    core::BrokerageCounts brokerage;
};

struct ReportPair {
    std::string organizationA;
    std::string organizationB;
    unsigned paths = 0;
    bool capped = false;
};

struct ReportFinding {
    core::Finding finding;
    std::string involved;  ///< distinct labels of the nodes it names, joined by "; "
};

struct ReportFindingGroup {
    std::string elements;  ///< "Architecture ↔ Learning"
    std::vector<ReportFinding> findings;
};

struct ReportContextRow {
    std::string factor;  ///< label of the factor
    std::string scope;   ///< "whole system" or an organization's label
    int score = 0;
    std::string note;
};

struct ReportData {
    std::string title;
    std::string description;
    std::string sourceFile;
    std::string phaseId;
    std::string phaseLabel;                                       ///< "" for the whole document
    std::vector<std::pair<std::string, std::size_t>> nodeCounts;  ///< kind label → count (non-zero)
    std::vector<std::pair<std::string, std::size_t>> tieCounts;
    std::size_t nodeTotal = 0;
    std::size_t tieTotal = 0;
    std::string governance;                    ///< label, "" when not set
    std::string governanceDescription;         ///< one sentence from the vocabulary
    std::vector<std::string> characteristics;  ///< network-wide, as labels
    std::vector<ReportContextRow> context;

    std::string svg;          ///< the picture as an <svg> element (no XML prolog), "" when it failed
    std::string svgProblem;   ///< why there is no picture
    std::string pictureNote;  ///< how the picture is coloured and sized

    core::NetworkSummary network;  ///< people lens
    std::size_t roles = 0;
    std::vector<ReportMeasure> keyActors;
    std::vector<ReportSpanner> spanners;
    std::vector<ReportPair> pairs;  ///< fewest paths first; only pairs below the cap
    std::size_t pairsAtCap = 0;     ///< pairs with `pathCap` or more paths (not listed)
    unsigned pathCap = 0;

    std::vector<ReportFindingGroup> findingGroups;
    std::size_t criticalCount = 0;
    std::size_t warningCount = 0;
    std::size_t infoCount = 0;
    std::vector<core::NotEvaluated> notEvaluated;
    core::Alignment alignment;
    /// Partners' scores (label → k of n), lowest percent first, not recorded last.
    std::vector<std::pair<std::string, core::AlignmentScore>> organizationScores;
};

/// Gathers the report of `model` in `phase` (empty: the whole document). `sourceFile` is shown as
/// the source. Throws std::invalid_argument for a phase the document does not define.
ReportData gatherReport(const core::Model& model, const std::string& sourceFile, const std::string& phase);

/// A measure value as the report prints it: integers as such, fractions with three decimals.
std::string formatValue(double value, bool integer);

}  // namespace orgweave::cli
