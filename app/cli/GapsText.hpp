#pragma once
// Text forms of a gap report: a terminal table grouped by element pair, and Markdown for meeting
// notes. Both end with the alignment matrix and scores and the rules that could not be evaluated.

#include <orgweave/core/GapEngine.hpp>

#include <string>

namespace orgweave::cli {

std::string gapsTable(const core::GapReport& report, const core::Model& model, const std::string& title);
std::string gapsMarkdown(const core::GapReport& report, const core::Model& model, const std::string& title);

}  // namespace orgweave::cli
