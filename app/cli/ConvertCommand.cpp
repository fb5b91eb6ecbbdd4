#include "ConvertCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <iostream>
#include <stdexcept>

namespace orgweave::cli {

ConvertCommand::ConvertCommand(CLI::App& parent) {
    m_app = parent.add_subcommand("convert",
                                  "Convert a document between formats, chosen by file extension: " +
                                      std::string(layouts::knownExtensions()) +
                                      ". What the output format cannot carry is reported as a warning.");
    m_app
        ->add_option("IN", m_input,
                     "Input document (.csv also reads X.nodes.csv beside it; .net a .clu partition)")
        ->required();
    m_app
        ->add_option("OUT", m_output,
                     "Output file; its extension chooses the format (.csv writes OUT and OUT's .nodes.csv)")
        ->required();
}

int ConvertCommand::run() const {
    std::string why;
    auto inFormat = formatOf(m_input, why);
    if (!inFormat) {
        std::cerr << "orgweave convert: " << why << '\n';
        return kExitUsage;
    }
    auto outFormat = formatOf(m_output, why);
    if (!outFormat) {
        std::cerr << "orgweave convert: " << why << '\n';
        return kExitUsage;
    }
    const core::LoadResult result = loadAny(m_input, *inFormat);
    printDiagnostics(result.diagnostics);
    if (!result.ok())
        return kExitBadInput;
    core::Diagnostics warnings;
    try {
        layouts::saveAny(*result.model, m_output, *outFormat, warnings);
    } catch (const std::exception& e) {
        std::cerr << "orgweave convert: " << e.what() << '\n';
        return kExitBadInput;
    }
    printDiagnostics(warnings);
    std::cout << "wrote " << m_output << " (" << result.model->nodes.size() << " nodes, "
              << result.model->ties.size() << " ties)\n";
    return kExitSuccess;
}

}  // namespace orgweave::cli
