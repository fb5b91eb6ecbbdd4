#pragma once
// JSON form of a gap report (`orgweave gaps --format json`):
// {"phase", "phase_note", "setting", "rc_wave", "rc_wave_note",
//  "summary": {"evaluations", "passes", "gaps", "not_evaluable"},
//  "findings": [finding], "not_evaluated": [{"rule", "title", "subject", "needs", "reason"}],
//  "evaluations": [{"rule", "title", "status", "severity", "elements", "subject", "nodes", "ties",
//                   "explanation", "suggestion", "needs"}],
//  "alignment": {"elements", "cells", "scores", "organizations", "completeness"}}
// A subject is {"kind", "ids", "label"}; a score {"passes", "total", "percent"} with percent null
// when nothing was evaluated ("not recorded"). Cost: O(evaluations).

#include "orgweave/core/GapEngine.hpp"

#include <nlohmann/json.hpp>

namespace orgweave::core {

nlohmann::ordered_json gapReportToJson(const GapReport& report, const Model& model);

/// {"kind", "ids", "label"}.
nlohmann::ordered_json subjectToJson(const CheckSubject& subject);
/// One finding: {"rule", "title", "severity", "elements", "subject", "nodes", "ties", "explanation",
/// "suggestion"}.
nlohmann::ordered_json findingToJson(const Finding& finding);
nlohmann::ordered_json evaluationToJson(const CheckEvaluation& evaluation);
/// {"passes", "total", "percent"} (percent null when not recorded).
nlohmann::ordered_json scoreToJson(const AlignmentScore& score);
/// {"elements", "cells", "scores", "organizations", "completeness"}.
nlohmann::ordered_json alignmentToJson(const Alignment& alignment);

}  // namespace orgweave::core
