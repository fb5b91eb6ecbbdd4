#pragma once
// `orgweave convert IN OUT`: reads IN and writes OUT, formats chosen by extension. OUT is written
// atomically; an invalid IN leaves OUT untouched.

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class ConvertCommand {
public:
    explicit ConvertCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_input;
    std::string m_output;
};

}  // namespace orgweave::cli
