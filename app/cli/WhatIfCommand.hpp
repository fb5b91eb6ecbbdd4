#pragma once
// `orgweave whatif FILE --remove ID[,ID...] [--add-tie SRC:TGT[:KIND]]...
//  [--add-committee ID:MEMBER,MEMBER...]... [--phase ID] [--format table|json|md] [--top N] [--out PATH]`:
// the impact of a person leaving, a committee dissolved, or a proposed tie or committee — which
// organization pairs are disconnected or down to one path, betweenness movers, gaps created and
// resolved, alignment change. At least one change is required (exit 2); an unknown id is exit 1.

#include "CompareCliOptions.hpp"

#include <orgweave/core/Scenario.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace orgweave::cli {

class WhatIfCommand {
public:
    explicit WhatIfCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    /// Builds the scenario from the options; nullopt (with a message and `exitCode`) when malformed.
    std::optional<core::Scenario> scenario(const core::Model& model, int& exitCode) const;

    CLI::App* m_app = nullptr;
    std::string m_file;
    std::vector<std::string> m_remove;
    std::vector<std::string> m_addTies;
    std::vector<std::string> m_addCommittees;
    std::string m_phase;
    CompareCliOptions m_options;
};

}  // namespace orgweave::cli
