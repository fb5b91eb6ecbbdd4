#pragma once
// Text forms of a comparison (`orgweave diff`) and a what-if impact (`orgweave whatif`): a terminal
// table and Markdown for meeting notes, written once as sections and styled for each. The what-if
// text speaks to a regional committee: a one-line headline first, then the organization pairs that
// lose their links, the roles whose brokerage moves, gaps created and resolved, alignment, and the
// structural changes.

#include <orgweave/core/ModelComparison.hpp>
#include <orgweave/core/Scenario.hpp>

#include <string>

namespace orgweave::cli {

enum class TextStyle { Table, Markdown };

std::string comparisonText(const core::Comparison& comparison, const std::string& title, TextStyle style);
std::string whatIfText(const core::WhatIfImpact& impact, const core::Model& original,
                       const std::string& title, TextStyle style);

}  // namespace orgweave::cli
