#pragma once
// The checks of DOMAIN.md §4 (v2) on a document in one phase, and the alignment they add up to.
//
// Public result API (for the CLI, the studio and the report):
//   GapReport::evaluations  every check on every subject it applies to, each a CheckEvaluation
//                           (Finding.hpp): rule, title, status pass | gap | not_evaluable,
//                           severity, elements, subject {kind, ids, label}, nodes, ties,
//                           explanation, suggestion, needs. Ordered by rule, then document order.
//   GapReport::findings     the gaps among them (what the canvas outlines).
//   GapReport::notEvaluated the not-evaluable ones, each with the data it needs.
//   GapReport::alignment    k of n per cell, element and partner, and completeness (Alignment.hpp).
//   GapReport::phase / phaseNote / rcWave / setting  what was assessed and why.
//
// Rules of evaluation:
// - A check applies to the subjects its table row names (gapRules()); a subject it does not apply
//   to (an action with no contradiction for G16, a tool used at one site for G18) gets no evaluation.
// - Each check decides with three-valued logic over the evidence: a condition is true, false or
//   unknown (its data not recorded). All conditions of the gap true: gap; one false: pass;
//   otherwise not evaluable, naming what is missing. Deleting evidence (a score, a leadership entry,
//   an RC score, a date) can only turn a known condition unknown, so it never turns a gap into a
//   pass. `meta.recorded` lists elements mapped completely: there, missing data means "none".
// - A phased document is assessed in one phase: `phase`, or the latest phase (by start, else the
//   last listed) when `phase` is empty, said in phaseNote; never a merge of phases. The phase's
//   context scores and leadership entries apply; RC scores come from one survey wave (rcWaveFor).
// - G8, G9, G10, G19, G21 read the people lens (observer seats make no co-membership) or the
//   organizations lens; G8 and G21 count affiliations as presence.
// Cost: one people-lens analysis, one organizations-lens analysis on demand, a max-flow (capped at
// 2) per pair of care organizations for G8, and O(nodes + ties · committees) for the rest.

#include "orgweave/core/Alignment.hpp"
#include "orgweave/core/Finding.hpp"
#include "orgweave/core/GapSettings.hpp"
#include "orgweave/core/Model.hpp"

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::core {

/// One row of the checks table (DOMAIN.md §4).
struct GapRuleInfo {
    std::string_view id;         ///< "G1" … "G24"
    std::string_view title;      ///< "Orphan learning action"
    std::string_view firesWhen;  ///< the gap condition, one sentence
    std::span<const Element> elements;
    SubjectKind subject;       ///< what it is evaluated on (G10, G13: also partners)
    FindingSeverity severity;  ///< the weight it has when it fails, unless an evaluation says otherwise
};

/// G1 … G24 in order.
std::span<const GapRuleInfo> gapRules();
/// The rule with this id, or null.
const GapRuleInfo* findGapRule(std::string_view id);

struct GapReport {
    std::string phase;  ///< the phase assessed; empty for a document without phases
    std::string
        phaseNote;        ///< e.g. "assessed in the latest phase, Phase IV (no phase given)"; empty otherwise
    std::string setting;  ///< no | uk | nl | generic
    std::string rcWave;   ///< the survey wave used ("" = scores without a wave); see rcWaveNote
    std::string rcWaveNote;  ///< e.g. "RC scores of wave w2 (2021-03)"; empty when no RC scores are used
    std::vector<CheckEvaluation> evaluations;
    std::vector<Finding> findings;
    std::vector<NotEvaluated> notEvaluated;
    Alignment alignment;
    int passes() const;
};

/// The latest phase of a document (by start date, undated phases in list order), or empty.
std::string latestPhase(const Model& model);
/// The survey wave a phase uses: the wave tied to the phase, else the latest wave dated inside it;
/// without a phase, the latest wave. "" when the document defines no waves (its scores have none).
/// nullopt when waves exist but none belongs to the phase (RC is then not recorded for it).
std::optional<std::string> rcWaveFor(const Model& model, std::string_view phase);
/// The document as the checks see it in `phase` (modelInPhase, then RC scores of other waves
/// dropped). `phase` must exist or be empty.
Model assessedModel(const Model& model, std::string_view phase);
/// The same with the RC scores of `wave` (an id of rc_waves, "" for scores without a wave).
Model assessedModel(const Model& model, std::string_view phase, const std::optional<std::string>& wave);

/// Relational coordination of one survey wave (DOMAIN.md §2.5): per dimension the mean over the
/// ties between roles that score it; the network index is the mean of the ties' indexes (a tie's
/// index is the mean of its dimensions). nullopt where nothing is scored.
struct RcSummary {
    std::string wave;
    std::array<std::optional<double>, 7> dimensions{};  ///< by kRcDimensions
    std::optional<double> index;
    std::size_t ties = 0;
};
RcSummary summarizeRc(const Model& assessed, const std::string& wave);

/// Throws std::invalid_argument for a phase the document does not define.
GapReport findGaps(const Model& model, const GapSettings& settings = {}, std::string_view phase = {});

}  // namespace orgweave::core
