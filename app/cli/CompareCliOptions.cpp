#include "CompareCliOptions.hpp"

namespace orgweave::cli {

void CompareCliOptions::addTo(CLI::App& app) {
    app.add_option("--format", format, "Output: table, json or md (Markdown for meeting notes)")
        ->check(CLI::IsMember({"table", "json", "md"}))
        ->capture_default_str();
    app.add_option("--top", top, "How many top movers of betweenness and degree to show")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    app.add_option("--lens", lens, "Which graph the measures read: people (roles), organizations, or full")
        ->check(CLI::IsMember({"people", "organizations", "full"}))
        ->capture_default_str();
    app.add_option("--threads", threads, "Worker threads (default: every core)")
        ->check(CLI::Range(1u, 1024u));
    app.add_option("--out", out, "Write to this file (atomically) instead of standard output");
}

core::CompareOptions CompareCliOptions::toCore() const {
    core::CompareOptions options;
    options.lens = *core::lensFromString(lens);
    options.top = top;
    options.threads = threads;
    return options;
}

}  // namespace orgweave::cli
