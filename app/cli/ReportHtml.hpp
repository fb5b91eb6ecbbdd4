#pragma once
// The report as one self-contained HTML page: inline CSS and SVG, no scripts, no external files,
// nothing fetched. Readable on screen (a column of at most 64 em, system fonts, dark text on white)
// and printable on A4 (@page margins, table rows never split, table heads repeated, the picture
// scaled to the page width, major sections on a new page). Every user text is escaped.

#include "ReportData.hpp"

#include <string>
#include <string_view>

namespace orgweave::cli {

/// `text` with &, <, >, " and ' as character references.
std::string escapeHtml(std::string_view text);

/// The whole page (UTF-8).
std::string reportHtml(const ReportData& data);

}  // namespace orgweave::cli
