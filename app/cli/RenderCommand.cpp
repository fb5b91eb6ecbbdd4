#include "RenderCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/layouts/GraphvizLayout.hpp>
#include <orgweave/layouts/Renderer.hpp>

#include <iostream>

namespace orgweave::cli {

RenderCommand::RenderCommand(CLI::App& parent) {
    m_app = parent.add_subcommand("render",
                                  "Draw the network as an SVG, PNG or PDF picture with a title and legend");
    m_app->add_option("FILE", m_file, "Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)")
        ->required();
    m_app->add_option("--out", m_out, "Picture to write: .svg, .png or .pdf")->required();
    m_app->add_option("--engine", m_engine, "Layout engine for nodes without a position")
        ->capture_default_str();
    m_app->add_option("--color-by", m_colorBy,
                      "organization (default), kind, a measure (e.g. betweenness) or any node attribute");
    m_app->add_option("--size-by", m_sizeBy, "A measure: degree, betweenness, closeness, pagerank, ...");
    m_app->add_option("--phase", m_phase, "Only nodes and ties present in this phase");
    m_app->add_option("--view", m_view, "A saved view: its phase, colouring, sizing, title and highlights");
    m_app->add_option("--title", m_title, "Title drawn at the top (default: the view's or the document's)");
    m_app->add_flag("--gaps", m_gaps, "Outline the nodes that gap findings name, by severity");
}

int RenderCommand::run() const {
    if (!layouts::renderFormatOf(m_out)) {
        std::cerr << "orgweave render: " << m_out << ": the picture must be .svg, .png or .pdf\n";
        return kExitUsage;
    }
    std::string why;
    auto format = formatOf(m_file, why);
    if (!format) {
        std::cerr << "orgweave render: " << why << '\n';
        return kExitUsage;
    }
    const core::LoadResult loaded = loadAny(m_file, *format);
    printDiagnostics(loaded.diagnostics);
    if (!loaded.ok())
        return kExitBadInput;

    layouts::RenderOptions options;
    options.engine = m_engine;
    options.colorBy = m_colorBy;
    options.sizeBy = m_sizeBy;
    options.phase = m_phase;
    options.viewId = m_view;
    options.title = m_title;
    options.gaps = m_gaps;
    try {
        layouts::renderDocument(*loaded.model, options, m_out);
    } catch (const layouts::LayoutError& e) {
        std::cerr << m_file << ": error: " << e.what() << '\n';
        return kExitBadInput;
    }
    return kExitSuccess;
}

}  // namespace orgweave::cli
