#include "ValidateCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/Translate.hpp>

#include <iostream>
#include <optional>

namespace orgweave::cli {

ValidateCommand::ValidateCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "validate", core::tr("Check a document and report every problem with its line and column"));
    m_app->add_option("FILE", m_file, core::tr("Document to check (.orgweave.json, .dot, .gv)"))->required();
}

int ValidateCommand::run() const {
    int status = kExitSuccess;
    std::size_t warnings = 0;
    const std::optional<core::Model> model = loadForCommand(m_file, "validate", status, &warnings);
    if (!model)
        return status;
    std::cout << m_file << ": valid (" << model->nodes.size() << " nodes, " << model->ties.size() << " ties"
              << (warnings ? ", " + std::to_string(warnings) + " warnings" : std::string()) << ")\n";
    return kExitSuccess;
}

}  // namespace orgweave::cli
