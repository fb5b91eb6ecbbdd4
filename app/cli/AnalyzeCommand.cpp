#include "AnalyzeCommand.hpp"

#include "AnalysisTable.hpp"
#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/Analysis.hpp>
#include <orgweave/core/AnalysisJson.hpp>
#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/Translate.hpp>

#include <orgweave/core/AnalysisCsv.hpp>

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string_view>

namespace orgweave::cli {

AnalyzeCommand::AnalyzeCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "analyze", core::tr("Centrality, brokerage, boundary spanners and fragility of a network"));
    m_app
        ->add_option("FILE", m_file,
                     core::tr("Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)"))
        ->required();
    m_app
        ->add_option("--lens", m_lens,
                     core::tr("Which graph to analyse: people (roles), organizations, or full"))
        ->check(CLI::IsMember({"people", "organizations", "full"}))
        ->capture_default_str();
    m_app
        ->add_option(
            "--partition", m_partition,
            core::tr(
                "Node attribute that defines the groups for brokerage and E-I (e.g. organization, club)"))
        ->capture_default_str();
    m_app->add_flag("--directed", m_directed,
                    core::tr("Respect tie direction (default: ties are undirected)"));
    m_app->add_option("--phase", m_phase, core::tr("Only nodes and ties present in this phase"));
    m_app->add_option("--format", m_format, core::tr("Output: table (for people), json or csv"))
        ->check(CLI::IsMember({"table", "json", "csv"}))
        ->capture_default_str();
    m_app->add_option("--out", m_out, core::tr("Write to this file (atomically) instead of standard output"));
    m_app->add_option("--threads", m_threads, core::tr("Worker threads (default: every core)"))
        ->check(CLI::Range(1u, 1024u));
    m_app
        ->add_option(
            "--approx", m_approx,
            core::fill(core::tr("Estimate betweenness, closeness and harmonic from K sampled sources "
                                "(default: all sources up to {} nodes, {} sampled above)"),
                       {std::to_string(core::kSampleAbove), std::to_string(core::kDefaultSampleSources)}))
        ->check(CLI::PositiveNumber);
    m_app
        ->add_flag("--exact", m_exact,
                   core::tr("Every source, however large the network (slow above 20,000 nodes)"))
        ->excludes("--approx");
    m_app->add_option("--seed", m_seed, core::tr("Seed for sampling and community detection"))
        ->capture_default_str();
    m_app->add_option("--measures", m_measures, core::tr("Only these measures (comma separated)"))
        ->delimiter(',');
    m_app->add_option("--top", m_top, core::tr("How many key actors per measure the table shows"))
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000}))
        ->capture_default_str();
}

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted.store(true);
}

/// "shortest paths 42%" on one line of stderr, rewritten in place; only on a terminal.
void showProgress(std::string_view task, std::size_t done, std::size_t total) {
    const int percent = total ? static_cast<int>(100 * done / total) : 100;
    std::fprintf(stderr, "\r%.*s %3d%%%s", static_cast<int>(task.size()), task.data(), percent,
                 done == total ? "\n" : "");
    std::fflush(stderr);
}

}  // namespace

int AnalyzeCommand::run() const {
    int status = kExitSuccess;
    const std::optional<core::Model> model = loadForCommand(m_file, "analyze", status);
    if (!model)
        return status;

    core::AnalysisOptions options;
    options.lens.lens = *core::lensFromString(m_lens);
    options.lens.directed = m_directed;
    options.lens.phase = m_phase;
    options.partition = m_partition;
    options.partitionChosen = m_app->count("--partition") > 0;
    options.measures.insert(m_measures.begin(), m_measures.end());
    options.approxSources = m_approx;
    options.exact = m_exact;
    options.run.threads = m_threads;
    options.run.seed = m_seed;
    // Ctrl-C stops the measures (partial results are not written); progress only on a terminal.
    options.run.cancel = &g_interrupted;
    const auto previous = std::signal(SIGINT, onInterrupt);
    if (isatty(STDERR_FILENO))
        options.run.progress = showProgress;

    core::AnalysisResult result;
    try {
        result = core::analyze(*model, options);
    } catch (const core::AnalysisError& e) {
        std::signal(SIGINT, previous);
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    std::signal(SIGINT, previous);
    if (result.cancelled) {
        std::cerr << "\norgweave analyze: " << core::tr("interrupted; nothing written") << '\n';
        return kExitInterrupted;
    }

    std::string text;
    if (m_format == "json") {
        text =
            core::analysisToJson(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else if (m_format == "csv") {
        text = core::analysisCsv(result);
    } else {
        const auto& meta = model->annotations.meta;
        text = analysisTable(result, meta.title.empty() ? m_file : meta.title, m_top);
    }
    return writeOutput(text, m_out, "analyze");
}

}  // namespace orgweave::cli
