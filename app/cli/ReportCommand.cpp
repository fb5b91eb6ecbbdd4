#include "ReportCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"
#include "ReportData.hpp"
#include "ReportHtml.hpp"
#include "ReportMarkdown.hpp"

#include <orgweave/core/AtomicFile.hpp>
#include <orgweave/core/Text.hpp>
#include <orgweave/core/Translate.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>

namespace orgweave::cli {

ReportCommand::ReportCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "report", core::tr("Write a report (HTML page or Markdown): priorities, alignment, one "
                           "section per element, phase story, measures"));
    m_app
        ->add_option("FILE", m_file,
                     core::tr("Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)"))
        ->required();
    m_app
        ->add_option(
            "--out", m_out,
            core::tr(
                "Report to write: .html (one self-contained page) or .md (Markdown; the picture is written "
                "beside it as .svg)"))
        ->required();
    m_app->add_option("--phase", m_phase, core::tr("Report on the document as it stands in this phase"));
}

int ReportCommand::run() const {
    const std::filesystem::path out(m_out);
    const std::string ext = core::lowercaseExtension(out);
    const bool html = ext == ".html" || ext == ".htm";
    if (!html && ext != ".md") {
        std::cerr << "orgweave report: " << m_out << ": "
                  << core::tr("the report must be .html (or .htm) or .md") << '\n';
        return kExitUsage;
    }
    int status = kExitSuccess;
    const std::optional<core::Model> model = loadForCommand(m_file, "report", status);
    if (!model)
        return status;

    ReportData data;
    try {
        data = gatherReport(*model, m_file, m_phase, core::ui());
    } catch (const std::invalid_argument& e) {
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    } catch (const std::exception& e) {  // runtime_error, and whatever else gathering throws
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    if (!data.svgProblem.empty())
        std::cerr << "orgweave report: " << core::tr("warning") << ": "
                  << core::fill(core::tr("no picture: {}"), {data.svgProblem}) << '\n';

    try {
        if (html) {
            core::writeFileAtomically(out, reportHtml(data, core::ui()));
        } else {
            std::string picture;
            if (!data.svg.empty()) {
                std::filesystem::path svg = out;
                svg.replace_extension(".svg");
                core::writeFileAtomically(svg,
                                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + data.svg + "\n");
                picture = svg.filename().string();
            }
            core::writeFileAtomically(out, reportMarkdown(data, picture, core::ui()));
        }
    } catch (const std::exception& e) {
        std::cerr << "orgweave report: " << e.what() << '\n';
        return kExitBadInput;
    }
    std::cout << core::fill(core::tr("wrote {}"), {m_out}) << '\n';
    return kExitSuccess;
}

}  // namespace orgweave::cli
