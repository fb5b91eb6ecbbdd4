#pragma once
// The human-readable form of an analysis for `orgweave analyze` (the CSV form is
// core::analysisCsv): for a committee member: who spans boundaries, key actors per measure of the
// catalogue (labels, not ids), brokerage roles, what is fragile, how organizations are tied.

#include <orgweave/core/Analysis.hpp>

#include <string>

namespace orgweave::cli {

std::string analysisTable(const core::AnalysisResult& result, const std::string& title, std::size_t top);

}  // namespace orgweave::cli
