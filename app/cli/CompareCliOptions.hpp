#pragma once
// The options `orgweave diff` and `orgweave whatif` share: --format table|json|md, --top N,
// --lens L, --threads N and --out PATH, and writing a comparison in the chosen format.

#include "ComparisonText.hpp"

#include <orgweave/core/ModelComparison.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

struct CompareCliOptions {
    std::string format = "table";
    std::size_t top = 10;
    std::string lens = "people";
    unsigned threads = 0;
    std::string out;

    void addTo(CLI::App& app);
    core::CompareOptions toCore() const;
    TextStyle style() const { return format == "md" ? TextStyle::Markdown : TextStyle::Table; }
};

}  // namespace orgweave::cli
