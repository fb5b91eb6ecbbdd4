#pragma once
// The report as one self-contained HTML page: inline CSS, SVG, JSON and script, no external files,
// nothing fetched; readable with scripts off (the script only adds pan/zoom of the picture and a
// side panel for nodes and findings). Readable on screen (a column of at most 64 em, system fonts, dark text
// on white) and printable on A4 (@page margins, table rows never split, table heads repeated, the picture
// scaled to the page width, major sections on a new page). Every user text is escaped.

#include "ReportData.hpp"

#include <orgweave/core/Translate.hpp>

#include <string>
#include <string_view>

namespace orgweave::cli {

/// The whole page (UTF-8).
std::string reportHtml(const ReportData& data, const core::Translator& translator = core::Translator{});

}  // namespace orgweave::cli
