#pragma once
// `orgweave render FILE --out OUT.(svg|png|pdf) [--engine E] [--color-by X] [--size-by M]
//                       [--phase ID] [--view ID] [--title TEXT]`: draws the document
// (layouts/Renderer.hpp), written atomically. Exit 2 for an output name that is not .svg, .png or
// .pdf; 1 for an unreadable document or an unknown view, phase, measure or engine.
// `orgweave render FILE --all-views --out DECK.pdf | DIR/`: every view as a slide
// (layouts/SlideDeck.hpp), one PDF page each, or PNG slides "<stem>-01-<view-id>.png" in DIR
// (an --out ending in "/" or naming a folder). --view, --phase, --color-by, --size-by and
// --title do not go with --all-views (exit 2).

#include <CLI/CLI.hpp>

#include <string>

namespace orgweave::cli {

class RenderCommand {
public:
    explicit RenderCommand(CLI::App& parent);
    bool selected() const { return m_app->parsed(); }
    int run() const;

private:
    CLI::App* m_app = nullptr;
    std::string m_file;
    std::string m_out;
    std::string m_engine = "auto";
    std::string m_colorBy;
    std::string m_sizeBy;
    std::string m_phase;
    std::string m_view;
    std::string m_title;
    bool m_gaps = false;
    bool m_allViews = false;

    int runAllViews() const;
};

}  // namespace orgweave::cli
