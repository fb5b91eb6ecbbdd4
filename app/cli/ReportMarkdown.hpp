#pragma once
// The report as GitHub-flavoured Markdown for meeting notes: the same sections as the HTML page,
// as headings, lists and pipe tables. The picture is not embedded: the command writes it as an SVG
// file next to the Markdown file and the text links it by its file name. Every user text is
// escaped (Markdown punctuation with a backslash, so labels stay literal).

#include "ReportData.hpp"

#include <orgweave/core/Translate.hpp>

#include <string>
#include <string_view>

namespace orgweave::cli {

/// `text` with Markdown and HTML punctuation escaped by a backslash and line breaks as spaces.
std::string escapeMarkdown(std::string_view text);

/// The whole document; `pictureFile` is the relative name of the SVG written beside it, or ""
/// when there is no picture.
std::string reportMarkdown(const ReportData& data, const std::string& pictureFile,
                           const core::Translator& translator = core::Translator{});

}  // namespace orgweave::cli
