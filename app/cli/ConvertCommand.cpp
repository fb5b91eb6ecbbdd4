#include "ConvertCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/Translate.hpp>

#include <iostream>
#include <optional>
#include <stdexcept>

namespace orgweave::cli {

ConvertCommand::ConvertCommand(CLI::App& parent) {
    m_app = parent.add_subcommand("convert",
                                  "Convert a document between formats, chosen by file extension: " +
                                      std::string(layouts::knownExtensions()) +
                                      ". What the output format cannot carry is reported as a warning.");
    m_app
        ->add_option(
            "IN", m_input,
            core::tr("Input document (.csv also reads X.nodes.csv beside it; .net a .clu partition)"))
        ->required();
    m_app
        ->add_option(
            "OUT", m_output,
            core::tr("Output file; its extension chooses the format (.csv writes OUT and OUT's .nodes.csv)"))
        ->required();
}

int ConvertCommand::run() const {
    std::string why;
    auto outFormat = formatOf(m_output, why);
    if (!outFormat) {
        std::cerr << "orgweave convert: " << why << '\n';
        return kExitUsage;
    }
    int status = kExitSuccess;
    const std::optional<core::Model> model = loadForCommand(m_input, "convert", status);
    if (!model)
        return status;
    core::Diagnostics warnings;
    try {
        layouts::saveAny(*model, m_output, *outFormat, warnings);
    } catch (const std::exception& e) {
        std::cerr << "orgweave convert: " << e.what() << '\n';
        return kExitBadInput;
    }
    printDiagnostics(warnings);
    std::cout << core::fill(core::tr("wrote {} ({} nodes, {} ties)"),
                            {m_output, core::ui().formatCount(static_cast<long long>(model->nodes.size())),
                             core::ui().formatCount(static_cast<long long>(model->ties.size()))})
              << '\n';
    return kExitSuccess;
}

}  // namespace orgweave::cli
