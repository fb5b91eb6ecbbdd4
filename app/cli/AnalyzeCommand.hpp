#pragma once
// `orgweave analyze FILE [--lens L] [--partition ATTR] [--directed] [--phase ID]
//                        [--format table|json|csv] [--out PATH] [--threads N] [--approx K | --exact] [--seed
//                        S]
//                        [--measures a,b,...] [--top N]`

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace orgweave::cli {

class AnalyzeCommand {
public:
    explicit AnalyzeCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_lens = "people";
    std::string m_partition = "organization";
    bool m_directed = false;
    std::string m_phase;
    std::string m_format = "table";
    std::string m_out;
    unsigned m_threads = 0;
    std::size_t m_approx = 0;
    bool m_exact = false;
    std::uint64_t m_seed = 1;
    std::vector<std::string> m_measures;
    std::size_t m_top = 5;
};

}  // namespace orgweave::cli
