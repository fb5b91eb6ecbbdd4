#pragma once
// `orgweave render FILE --out OUT.(svg|png|pdf) [--engine E] [--color-by X] [--size-by M]
//                       [--phase ID] [--view ID] [--title TEXT] [--ties-by SCORE] [--gaps]
//                       [--width W] [--height H]`
// With --view or --ties-by the picture is the studio's canvas (studio/files/HeadlessPicture.hpp:
// the same scene, notes, ghosts, halos and legend as File › Export picture › Fit all, with a title
// band), W × H pixels (default 1600 × 1000; PNG at twice that). Otherwise Graphviz draws it
// (layouts/Renderer.hpp). Written atomically. Exit 2 for an output name that is not .svg, .png or
// .pdf or a size outside 200…8000; 1 for an unreadable document or an unknown view, phase,
// measure, tie score or engine.
// `orgweave render FILE --all-views --out DECK.pdf | DIR/`: every view as a slide
// (layouts/SlideDeck.hpp), one PDF page each, or PNG slides "<stem>-01-<view-id>.png" in DIR
// (an --out ending in "/" or naming a folder). --view, --phase, --color-by, --size-by, --ties-by
// and --title do not go with --all-views (exit 2).

#include <CLI/CLI.hpp>
#include <orgweave/core/Model.hpp>

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
    std::string m_tiesBy;
    int m_width = 1600;
    int m_height = 1000;
    bool m_gaps = false;
    bool m_allViews = false;

    int runAllViews() const;
    /// A view, or ties by a score: the studio's canvas draws it (studio/files/HeadlessPicture.hpp).
    int runCanvas(const core::Model& model) const;
    /// Graphviz draws it (layouts/Renderer.hpp).
    int runGraphviz(const core::Model& model) const;
};

}  // namespace orgweave::cli
