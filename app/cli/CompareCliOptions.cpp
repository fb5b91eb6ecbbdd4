#include "CompareCliOptions.hpp"

#include <orgweave/core/Translate.hpp>

namespace orgweave::cli {

void CompareCliOptions::addTo(CLI::App& app) {
    app.add_option("--format", format, core::tr("Output: table, json or md (Markdown for meeting notes)"))
        ->check(CLI::IsMember({"table", "json", "md"}))
        ->capture_default_str();
    app.add_option("--top", top, core::tr("How many top movers of betweenness and degree to show"))
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    app.add_option("--lens", lens,
                   core::tr("Which graph the measures read: people (roles), organizations, or full"))
        ->check(CLI::IsMember({"people", "organizations", "full"}))
        ->capture_default_str();
    app.add_option("--threads", threads, core::tr("Worker threads (default: every core)"))
        ->check(CLI::Range(1u, 1024u));
    app.add_option("--out", out, core::tr("Write to this file (atomically) instead of standard output"));
}

core::CompareOptions CompareCliOptions::toCore() const {
    core::CompareOptions options;
    options.lens = *core::lensFromString(lens);
    options.top = top;
    options.threads = threads;
    // The text forms' findings in the user's language; JSON keeps its English texts.
    if (format != "json")
        options.gaps.texts = core::ui();
    return options;
}

}  // namespace orgweave::cli
