#pragma once
// `orgweave gaps FILE [--phase ID] [--rules FILE] [--format table|json|md] [--out PATH]`:
// the gap findings of DOMAIN.md §4 and the alignment view. Exit 0 with or without findings.

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class GapsCommand {
public:
    explicit GapsCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_phase;
    std::string m_rules;
    std::string m_format = "table";
    std::string m_out;
};

}  // namespace orgweave::cli
