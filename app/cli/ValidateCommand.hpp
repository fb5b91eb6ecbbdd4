#pragma once
// `orgweave validate FILE`: 0 when valid (warnings allowed), 1 with FILE:LINE:COL messages.

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class ValidateCommand {
public:
    explicit ValidateCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
};

}  // namespace orgweave::cli
