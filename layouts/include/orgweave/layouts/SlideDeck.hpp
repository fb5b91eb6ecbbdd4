#pragma once
// Every saved view of a document as slides (issue 8 item 4): each view is drawn by
// renderDocument (its phase, filter, colours, sizes, highlights, title, caption and legend) as
// SVG, then placed, scaled to fit and centred on a white 16:9 page by librsvg and cairo: PNG
// slides of 1920 × 1080 pixels named "<stem>-01-<view-id>.png" in a folder, or one PDF with a
// vector page (960 × 540 pt) per view. A document without views gives one slide of the whole
// network. Files are written whole or not at all (temporary file, then rename). Throws
// LayoutError for unwritable paths and whatever renderDocument throws (unknown phase, …).
// Cost: one renderDocument per view plus rasterizing or embedding its SVG.

#include <orgweave/core/Model.hpp>
#include <orgweave/layouts/Renderer.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace orgweave::layouts {

struct SlideDeckOptions {
    /// Applied to every slide (engine, gaps); the view decides the rest.
    RenderOptions base;
    int pngWidth = 1920;
    int pngHeight = 1080;
};

/// One slide per view of `model`: its view id ("" for the whole-network slide of a document
/// without views) and title.
struct Slide {
    std::string viewId;
    std::string title;
};

class SlideDeck {
public:
    explicit SlideDeck(const core::Model& model, SlideDeckOptions options = {});

    const std::vector<Slide>& slides() const { return m_slides; }

    /// Writes the PNG slides into `folder` (created when missing) and returns their paths in
    /// slide order: "<stem>-01-<view-id>.png" ("<stem>-01-network.png" without views).
    std::vector<std::filesystem::path> writePngs(const std::filesystem::path& folder,
                                                 const std::string& stem) const;
    /// Writes one PDF with a page per slide.
    void writePdf(const std::filesystem::path& pdf) const;

    /// "<stem>-<nn>-<view-id>.png" for slide `index` (0-based).
    std::string pngName(const std::string& stem, std::size_t index) const;

private:
    const core::Model& m_model;
    SlideDeckOptions m_options;
    std::vector<Slide> m_slides;
};

}  // namespace orgweave::layouts
