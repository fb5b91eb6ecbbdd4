#pragma once
// `orgweave layout FILE --engine E [--clusters ATTR] [--seed S] [--out FILE]`: places every node
// with a layout engine (layouts/LayoutEngine.hpp) and stores the positions in the document's layout
// (pinned nodes keep theirs). Any readable format goes in; a native document comes out, written
// atomically, in place for a native input or to --out. Cost: the engine's.

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class LayoutCommand {
public:
    explicit LayoutCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_engine;
    std::string m_clusters;
    unsigned m_seed = 1;
    std::string m_out;
};

}  // namespace orgweave::cli
