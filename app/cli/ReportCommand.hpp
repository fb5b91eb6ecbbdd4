#pragma once
// `orgweave report FILE --out OUT.(html|md) [--phase ID]`: a report for a meeting or a paper:
// summary, the network picture, key actors, boundary spanners and brokerage, fragile organization
// pairs, gap findings and the alignment matrix (ReportData, ReportHtml, ReportMarkdown). HTML is
// one self-contained file; Markdown gets the picture as OUT's name with .svg beside it. Written
// atomically. Exit 2 for an output that is not .html/.htm/.md; 1 for an unreadable document or
// an unknown phase.

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class ReportCommand {
public:
    explicit ReportCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_out;
    std::string m_phase;
};

}  // namespace orgweave::cli
