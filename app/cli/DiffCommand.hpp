#pragma once
// `orgweave diff A B` and `orgweave diff FILE --phases P1 P2` [--format table|json|md] [--top N]
// [--lens L] [--out PATH]: added, removed and changed nodes and ties, top movers of betweenness and
// degree, organization pairs whose paths changed, gaps new and resolved, alignment and network
// summary before → after. Two files must have one format (else exit 2); an unknown phase is exit 1.

#include "CompareCliOptions.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace orgweave::cli {

class DiffCommand {
public:
    explicit DiffCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::vector<std::string> m_files;
    std::vector<std::string> m_phases;
    std::vector<std::string> m_waves;
    CompareCliOptions m_options;
};

}  // namespace orgweave::cli
