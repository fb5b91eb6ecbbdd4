#include "AnalyzeCommand.hpp"

#include "AnalysisTable.hpp"
#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/AnalysisJson.hpp>
#include <orgweave/core/AtomicFile.hpp>

#include <iostream>

namespace orgweave::cli {

AnalyzeCommand::AnalyzeCommand(CLI::App& parent) {
    m_app = parent.add_subcommand("analyze",
                                  "Centrality, brokerage, boundary spanners and fragility of a network");
    m_app->add_option("FILE", m_file, "Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)")
        ->required();
    m_app->add_option("--lens", m_lens, "Which graph to analyse: people (roles), organizations, or full")
        ->check(CLI::IsMember({"people", "organizations", "full"}))
        ->capture_default_str();
    m_app
        ->add_option("--partition", m_partition,
                     "Node attribute that defines the groups for brokerage and E-I (e.g. organization, club)")
        ->capture_default_str();
    m_app->add_flag("--directed", m_directed, "Respect tie direction (default: ties are undirected)");
    m_app->add_option("--phase", m_phase, "Only nodes and ties present in this phase");
    m_app->add_option("--format", m_format, "Output: table (for people), json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
    m_app->add_option("--out", m_out, "Write to this file (atomically) instead of standard output");
    m_app->add_option("--threads", m_threads, "Worker threads (default: every core)")
        ->check(CLI::Range(1u, 1024u));
    m_app
        ->add_option("--approx", m_approx,
                     "Estimate betweenness and closeness from K sampled sources (large networks)")
        ->check(CLI::PositiveNumber);
    m_app->add_option("--seed", m_seed, "Seed for sampling and community detection")->capture_default_str();
    m_app->add_option("--measures", m_measures, "Only these measures (comma separated)")->delimiter(',');
    m_app->add_option("--top", m_top, "How many key actors per measure the table shows")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000}))
        ->capture_default_str();
}

int AnalyzeCommand::run() const {
    std::string why;
    auto format = formatOf(m_file, why);
    if (!format) {
        std::cerr << "orgweave analyze: " << why << '\n';
        return kExitUsage;
    }
    const core::LoadResult loaded = loadAny(m_file, *format);
    printDiagnostics(loaded.diagnostics);
    if (!loaded.ok())
        return kExitBadInput;

    core::AnalysisOptions options;
    options.lens.lens = *core::lensFromString(m_lens);
    options.lens.directed = m_directed;
    options.lens.phase = m_phase;
    options.partition = m_partition;
    options.partitionChosen = m_app->count("--partition") > 0;
    options.measures.insert(m_measures.begin(), m_measures.end());
    options.threads = m_threads;
    options.approxSources = m_approx;
    options.seed = m_seed;

    core::AnalysisResult result;
    try {
        result = core::analyze(*loaded.model, options);
    } catch (const core::AnalysisError& e) {
        std::cerr << m_file << ": error: " << e.what() << '\n';
        return kExitBadInput;
    }

    std::string text;
    if (m_format == "json") {
        text =
            core::analysisToJson(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else if (m_format == "csv") {
        text = analysisCsv(result);
    } else {
        const auto& meta = loaded.model->annotations.meta;
        text = analysisTable(result, meta.title.empty() ? m_file : meta.title, m_top);
    }
    return writeOutput(text, m_out, "analyze");
}

}  // namespace orgweave::cli
