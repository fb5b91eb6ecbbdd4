#include "ValidateCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <iostream>

namespace orgweave::cli {

ValidateCommand::ValidateCommand(CLI::App& parent) {
    m_app = parent.add_subcommand("validate",
                                  "Check a document and report every problem with its line and column");
    m_app->add_option("FILE", m_file, "Document to check (.orgweave.json, .dot, .gv)")->required();
}

int ValidateCommand::run() const {
    std::string why;
    auto format = formatOf(m_file, why);
    if (!format) {
        std::cerr << "orgweave validate: " << why << '\n';
        return kExitUsage;
    }
    const core::LoadResult result = loadAny(m_file, *format);
    printDiagnostics(result.diagnostics);
    if (!result.ok())
        return kExitBadInput;
    std::size_t warnings = result.diagnostics.size();
    std::cout << m_file << ": valid (" << result.model->nodes.size() << " nodes, "
              << result.model->ties.size() << " ties"
              << (warnings ? ", " + std::to_string(warnings) + " warnings" : std::string()) << ")\n";
    return kExitSuccess;
}

}  // namespace orgweave::cli
