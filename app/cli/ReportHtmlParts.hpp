#pragma once
// Pieces shared by the HTML report's writers (ReportHtml.cpp: page, style, script, appendix;
// ReportHtmlSections.cpp: first page, element sections, phase story). Internal to the CLI.

#include "ReportData.hpp"
#include "ReportHtml.hpp"
#include "ReportText.hpp"

#include <orgweave/core/Alignment.hpp>

#include <sstream>
#include <string>

namespace orgweave::cli::html {

inline std::string severityClass(core::FindingSeverity s) {
    return std::string(core::toString(s));
}

inline std::string badge(const core::Translator& t, core::FindingSeverity s) {
    const char* text = s == core::FindingSeverity::Critical  ? core::N_("critical")
                       : s == core::FindingSeverity::Warning ? core::N_("warning")
                                                             : core::N_("info");
    return "<span class=\"badge " + severityClass(s) + "\">" + say(t, text) + "</span>";
}

/// Colour class of a score: good / fair / poor by percent, "none" (grey) when not recorded.
inline std::string scoreClassOf(const core::AlignmentScore& score) {
    if (!score.percent())
        return "none";
    const int p = *score.percent();
    return p >= 80 ? "good" : p >= 50 ? "fair" : "poor";
}

/// "7 of 9 · 81%" or "not recorded", through the translator.
inline std::string scoreText(const core::Translator& t, const core::AlignmentScore& score) {
    if (!score.recorded())
        return say(t, "not recorded");
    return sayf(
        t, "{} of {} · {}%",
        {std::to_string(score.passes), std::to_string(score.total), std::to_string(*score.percent())});
}

/// Writers of the sections in ReportHtmlSections.cpp.
void writeFirstPage(std::ostringstream& out, const ReportData& d, const core::Translator& t);
void writeElements(std::ostringstream& out, const ReportData& d, const core::Translator& t);
void writePhaseStory(std::ostringstream& out, const ReportData& d, const core::Translator& t);

}  // namespace orgweave::cli::html
