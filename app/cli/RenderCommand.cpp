#include "RenderCommand.hpp"

#include "DocumentFiles.hpp"
#include "ExitCode.hpp"

#include <orgweave/core/Text.hpp>
#include <orgweave/core/Translate.hpp>
#include <orgweave/layouts/GraphvizLayout.hpp>
#include <orgweave/layouts/Renderer.hpp>
#include <orgweave/layouts/SlideDeck.hpp>

#include <filesystem>

#ifdef ORGWEAVE_CLI_CANVAS
#include <orgweave/studio/files/HeadlessPicture.hpp>
#endif

#include <iostream>
#include <optional>

namespace orgweave::cli {

namespace {
constexpr int kMinSide = 200;  ///< as studio::HeadlessPicture
constexpr int kMaxSide = 8000;
}  // namespace

RenderCommand::RenderCommand(CLI::App& parent) {
    m_app = parent.add_subcommand(
        "render", core::tr("Draw the network as an SVG, PNG or PDF picture with a title and legend"));
    m_app
        ->add_option("FILE", m_file,
                     core::tr("Document or graph (.orgweave.json, .graphml, .csv edge list, .dot)"))
        ->required();
    m_app->add_option("--out", m_out, core::tr("Picture to write: .svg, .png or .pdf"))->required();
    m_app->add_option("--engine", m_engine, core::tr("Layout engine for nodes without a position"))
        ->capture_default_str();
    m_app->add_option(
        "--color-by", m_colorBy,
        core::tr("organization (default), kind, community (detected by Louvain), file_colour (GEXF/yEd "
                 "colours read in), a measure (e.g. betweenness) or any node attribute (type, sector, ...)"));
    m_app->add_option("--size-by", m_sizeBy,
                      core::tr("A measure: degree, betweenness, closeness, pagerank, ..."));
    m_app->add_option("--phase", m_phase, core::tr("Only nodes and ties present in this phase"));
    m_app->add_option(
        "--view", m_view,
        core::tr("A saved view, drawn as the studio's canvas shows it: its phase, colouring, sizing, "
                 "highlights, notes, title and legend"));
    m_app->add_option("--title", m_title,
                      core::tr("Title drawn at the top (default: the view's or the document's)"));
    m_app->add_option("--ties-by", m_tiesBy,
                      core::tr("Colour and weight ties weak to strong by a tie score: rc_index, an RC "
                               "dimension, partner_trust, partner_value or any numeric tie attribute"));
    m_app
        ->add_option(
            "--width", m_width,
            core::tr("Width in pixels of a picture the canvas draws (--view, --ties-by; PNG: twice as many)"))
        ->check(CLI::Range(kMinSide, kMaxSide))
        ->capture_default_str();
    m_app
        ->add_option("--height", m_height,
                     core::tr("Height in pixels of a picture the canvas draws, title included"))
        ->check(CLI::Range(kMinSide, kMaxSide))
        ->capture_default_str();
    m_app->add_flag("--gaps", m_gaps, core::tr("Outline the nodes that gap findings name, by severity"));
    m_app->add_flag(
        "--all-views", m_allViews,
        core::tr("Every saved view as a slide: --out DECK.pdf (a page each) or --out DIR/ (PNG slides)"));
}

int RenderCommand::runAllViews() const {
    const bool toFolder = m_out.ends_with('/') || std::filesystem::is_directory(m_out);
    const auto format = layouts::renderFormatOf(m_out);
    if (!toFolder && format != layouts::RenderFormat::Pdf) {
        std::cerr << "orgweave render: "
                  << core::fill(core::tr("--all-views writes one PDF (--out DECK.pdf) or PNG slides into a "
                                         "folder (--out DIR/), got '{}'"),
                                {m_out})
                  << '\n';
        return kExitUsage;
    }
    if (!m_view.empty() || !m_phase.empty() || !m_colorBy.empty() || !m_sizeBy.empty() || !m_title.empty() ||
        !m_tiesBy.empty()) {
        std::cerr << "orgweave render: "
                  << core::tr(
                         "--all-views draws each view as it is saved; leave out --view, --phase, "
                         "--color-by, --size-by, --ties-by and --title")
                  << '\n';
        return kExitUsage;
    }
    int status = kExitSuccess;
    const std::optional<core::Model> model = loadForCommand(m_file, "render", status);
    if (!model)
        return status;
    layouts::SlideDeckOptions options;
    options.base.engine = m_engine;
    options.base.gaps = m_gaps;
    const layouts::SlideDeck deck(*model, options);
    try {
        if (toFolder) {
            for (const std::filesystem::path& slide : deck.writePngs(m_out, core::documentStem(m_file)))
                std::cout << slide.string() << '\n';
        } else {
            deck.writePdf(m_out);
            std::cout << m_out << " ("
                      << core::fill(core::trn("{} page", "{} pages", deck.slides().size()),
                                    {std::to_string(deck.slides().size())})
                      << ")\n";
        }
    } catch (const layouts::LayoutError& e) {
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    return kExitSuccess;
}

int RenderCommand::runCanvas(const core::Model& model) const {
#ifndef ORGWEAVE_CLI_CANVAS
    if (m_tiesBy.empty())
        return runGraphviz(model);
    std::cerr << "orgweave render: "
              << core::tr("--ties-by needs the studio's canvas, which this build of orgweave leaves out")
              << '\n';
    return kExitUsage;
#else
    studio::HeadlessPictureOptions options;
    options.viewId = m_view;
    options.colorBy = m_colorBy;
    options.sizeBy = m_sizeBy;
    options.tiesBy = m_tiesBy;
    options.phase = m_phase;
    options.title = m_title;
    options.gaps = m_gaps;
    options.engine = m_engine;
    options.width = m_width;
    options.height = m_height;
    try {
        studio::HeadlessPicture::render(model, options, m_out);
    } catch (const std::bad_alloc&) {
        std::cerr << m_file << ": " << core::tr("error") << ": "
                  << core::tr("not enough memory to draw this network; draw a view or a phase") << "\n";
        return kExitBadInput;
    } catch (const std::exception& e) {  // PictureError, and whatever else the drawing throws
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    return kExitSuccess;
#endif
}

int RenderCommand::run() const {
    if (m_allViews)
        return runAllViews();
    if (!layouts::renderFormatOf(m_out)) {
        std::cerr << "orgweave render: " << m_out << ": "
                  << core::tr("the picture must be .svg, .png or .pdf") << '\n';
        return kExitUsage;
    }
    int status = kExitSuccess;
    const std::optional<core::Model> model = loadForCommand(m_file, "render", status);
    if (!model)
        return status;

    if (!m_view.empty() || !m_tiesBy.empty())
        return runCanvas(*model);
    return runGraphviz(*model);
}

int RenderCommand::runGraphviz(const core::Model& model) const {
    layouts::RenderOptions options;
    options.engine = m_engine;
    options.colorBy = m_colorBy;
    options.sizeBy = m_sizeBy;
    options.phase = m_phase;
    options.viewId = m_view;
    options.title = m_title;
    options.gaps = m_gaps;
    try {
        layouts::renderDocument(model, options, m_out);
    } catch (const std::bad_alloc&) {
        std::cerr << m_file << ": " << core::tr("error") << ": "
                  << core::tr("not enough memory to draw this network; draw a view or a phase") << "\n";
        return kExitBadInput;
    } catch (const std::exception& e) {  // LayoutError, and whatever else the drawing throws
        std::cerr << m_file << ": " << core::tr("error") << ": " << e.what() << '\n';
        return kExitBadInput;
    }
    return kExitSuccess;
}

}  // namespace orgweave::cli
