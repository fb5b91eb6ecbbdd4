#include "ConvertCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <iostream>
#include <stdexcept>

namespace orgweave::cli {

ConvertCommand::ConvertCommand(CLI::App& parent) {
    m_app = parent.add_subcommand("convert", "Convert a document between formats (by file extension)");
    m_app->add_option("IN", m_input, "Input document")->required();
    m_app->add_option("OUT", m_output, "Output file; its extension chooses the format")->required();
}

int ConvertCommand::run() const {
    std::string why;
    auto inFormat = formatOf(m_input, why);
    if (!inFormat) {
        std::cerr << "orgweave convert: " << why << '\n';
        return kExitUsage;
    }
    auto outFormat = formatOf(m_output, why);
    if (outFormat && !isWritable(*outFormat)) {
        why = m_output + ": writing this format is not supported by this version yet; it writes .orgweave.json, .dot and .gv";
        outFormat.reset();
    }
    if (!outFormat) {
        std::cerr << "orgweave convert: " << why << '\n';
        return kExitUsage;
    }
    const core::LoadResult result = loadAny(m_input, *inFormat);
    printDiagnostics(result.diagnostics);
    if (!result.ok()) return kExitBadInput;
    try {
        saveAny(*result.model, m_output, *outFormat);
    } catch (const std::exception& e) {
        std::cerr << "orgweave convert: " << e.what() << '\n';
        return kExitBadInput;
    }
    std::cout << "wrote " << m_output << " (" << result.model->nodes.size() << " nodes, "
              << result.model->ties.size() << " ties)\n";
    return kExitSuccess;
}

}  // namespace orgweave::cli
