#pragma once
// Human-readable and spreadsheet forms of an analysis for `orgweave analyze`.
//  - table: for a committee member: who spans boundaries, key actors per measure (labels, not
//    ids), brokerage roles, what is fragile, how organizations are tied.
//  - csv: one row per node, the JSON keys flattened (brokerage_coordinator, …); empty = undefined.

#include <orgweave/core/Analysis.hpp>

#include <string>

namespace orgweave::cli {

std::string analysisTable(const core::AnalysisResult& result, const std::string& title, std::size_t top);
std::string analysisCsv(const core::AnalysisResult& result);

}  // namespace orgweave::cli
