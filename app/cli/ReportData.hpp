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
#include <orgweave/core/Translate.hpp>

#include <cstddef>
#include <map>
#include <optional>
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

/// One of the first page's priorities: a gap, who can act on it and how widely it is felt.
struct ReportPriority {
    core::Finding finding;
    std::string owner;         ///< label of the committee or partner that can act
    std::string ownerWhy;      ///< why this owner: "owner committee of the action", …
    std::size_t partners = 0;  ///< partner organizations the finding involves
    std::string involved;
};

struct ReportParty {
    std::string label;
    std::string party;  ///< partner | voice | external
    std::string type;   ///< organization type label
};

struct ReportCommittee {
    std::string label;
    std::optional<int> level;
    std::string mandate;  ///< label
    std::size_t seats = 0;
    std::string seatsByOrganization;  ///< "Moss 3, Hospital trust 2"
    std::string parity;               ///< "pass" | "gap" | "not_evaluable" | "" (G4 not asked)
    std::string parityNote;           ///< the G4 evaluation's explanation
};

struct ReportLeader {
    std::string partner;
    std::string role;
    std::string level;
    std::string behaviors;  ///< "" with an entry: assessed, none shown
    std::string authority;
};

struct ReportAction {
    std::string label;
    std::string type;
    std::string owner;
    std::string participants;
    std::string stage;
    std::string start, lastActivity, statusSince;
    std::optional<int> iterations;
    std::string status;
};

/// Relational coordination between roles in the wave used: mean of the scored dimensions per pair.
struct ReportRc {
    std::string waveNote;
    std::vector<std::string> roles;
    std::vector<std::vector<std::optional<double>>> cells;   ///< symmetric, roles × roles
    std::vector<std::pair<std::string, double>> dimensions;  ///< label → mean, weakest first
    std::optional<double> index;
};

/// One phase of the phase story, compared with the phase before it.
struct ReportPhaseStep {
    std::string id, label, period;
    std::size_t roles = 0, committees = 0, actions = 0, organizations = 0, ties = 0;
    int passes = 0, gaps = 0, notEvaluable = 0;
    core::Alignment alignment;
    std::size_t nodesAdded = 0, nodesRemoved = 0, tiesAdded = 0, tiesRemoved = 0;
    std::vector<core::Finding> gapsNew, gapsResolved, gapsNoLongerEvaluated;
    std::string svg;
};

/// What the page's side panel shows for a node (embedded as JSON).
struct ReportNodeInfo {
    std::string id, label, kind, organization;
    std::vector<std::pair<std::string, std::string>> measures;  ///< name → formatted value
    std::vector<std::string> findings;                          ///< "G3 Unrepresented partner: …"
    std::vector<std::string> belongs;                           ///< committees, actions, organization
};

struct ReportData {
    core::Translator texts;  ///< the report's language: the gathered texts are in it already
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
    /// Every role's measures (name → formatted value), for the side panel.
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> measuresById;
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

    // First page and element sections (v2).
    std::string assessedNote;  ///< which phase is assessed and why; "" without phases
    std::string period;        ///< "2019-01 – 2023-06" from phases and meta.as_of
    std::string asOf;
    std::string setting;
    std::vector<ReportParty> parties;
    std::vector<ReportPriority> priorities;  ///< 3–5 (fewer when fewer gaps), most severe first
    std::vector<ReportCommittee> committees;
    std::vector<ReportLeader> leaders;
    std::vector<ReportAction> actions;
    std::vector<core::CheckEvaluation> contextChecks;  ///< evaluations of checks touching context
    std::optional<ReportRc> rc;
    std::vector<ReportPhaseStep> phases;  ///< the phase story, in phase order; empty without phases
    std::vector<ReportNodeInfo> nodes;    ///< for the side panel
    std::size_t evaluations = 0, passes = 0;
};

/// Gathers the report of `model` in `phase` (empty: the whole document). `sourceFile` is shown as
/// the source. Throws std::invalid_argument for a phase the document does not define.
ReportData gatherReport(const core::Model& model, const std::string& sourceFile, const std::string& phase,
                        const core::Translator& texts = core::Translator{});

/// Fills the first page, the element sections and the phase story of `data` (ReportElements.cpp).
/// `assessed` is the document as the checks saw it in `phase`.
void gatherElements(const core::Model& model, const core::Model& assessed, const std::string& phase,
                    const core::GapReport& report, ReportData& data);

/// The network picture of `phase` as an inline <svg> element, "" when it cannot be drawn.
std::string reportPicture(const core::Model& model, const std::string& phase, const core::Translator& texts);

/// A measure value as the report prints it: integers as such, fractions with three decimals.
std::string formatValue(const core::Translator& t, double value, bool integer);

}  // namespace orgweave::cli
