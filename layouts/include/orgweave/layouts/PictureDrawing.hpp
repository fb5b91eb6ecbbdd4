#pragma once
// A picture as a list of vector primitives (polygons, circles, lines, rectangles, text) in the order
// they are painted, written as SVG, PNG or PDF (issue 18: "export equals the screen"). The studio's
// canvas records into it while it draws a frame (Painter), so an exported picture is the canvas's
// own drawing: the same items, camera, notes, ghosts, halos and legend. Coordinates are pixels,
// y down, origin at the picture's top-left; colours are 0xRRGGBB with an opacity 0…1. Text names
// its font size in pixels and uses a font-family list with fallbacks for every script (DejaVu Sans,
// Noto Sans, Noto Sans CJK, Symbola), so SVG viewers and cairo (fontconfig) find a glyph for
// Cyrillic, Greek, CJK, Hangul and symbols. PNG and PDF are made from the SVG by librsvg and cairo.
// A primitive that repeats one of the few just recorded exactly is recorded once (parallel ties drawn
// over each other), so a faint line drawn many times stays faint in the picture.
// Cost: O(primitives) to record and write; PNG/PDF add librsvg's rendering.

#include "orgweave/layouts/Renderer.hpp"
#include "orgweave/layouts/VisualStyle.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace orgweave::layouts {

struct Paint {
    Rgb color = 0;
    double opacity = 0.0;  ///< 0: none
    bool visible() const { return opacity > 0.0; }
    bool operator==(const Paint&) const = default;
};

struct PicturePoint {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const PicturePoint&) const = default;
};

class PictureDrawing {
public:
    PictureDrawing() = default;
    PictureDrawing(double width, double height) : m_width(width), m_height(height) {}

    double width() const { return m_width; }
    double height() const { return m_height; }
    /// Primitives are recorded relative to `origin` (e.g. the canvas's top-left on screen).
    void setOrigin(PicturePoint origin) { m_origin = origin; }

    void polygon(const std::vector<PicturePoint>& points, Paint fill, Paint stroke, double strokeWidth);
    void polyline(const std::vector<PicturePoint>& points, Paint stroke, double width,
                  std::vector<double> dashes = {});
    void circle(PicturePoint centre, double radius, Paint fill, Paint stroke, double strokeWidth);
    void rect(PicturePoint min, PicturePoint max, double rounding, Paint fill, Paint stroke,
              double strokeWidth);
    /// One line of text whose baseline starts at `baseline`.
    void text(PicturePoint baseline, const std::string& text, double size, bool bold, Paint color);

    std::size_t size() const { return m_items.size(); }
    /// The number of text items, for tests.
    std::size_t texts() const;
    /// Whether some text item contains `part`.
    bool hasText(const std::string& part) const;

    /// The picture as a standalone SVG document.
    std::string svg() const;
    /// Writes SVG, PNG (at `pixelScale` × the size) or PDF by the extension of `path`, atomically
    /// (temporary file, then rename). Throws LayoutError for an unknown extension or a failed write.
    void save(const std::filesystem::path& path, double pixelScale = 2.0) const;

    /// The font-family list pictures use.
    static const char* fontFamily();

private:
    struct Item {
        enum class Kind { Polygon, Polyline, Circle, Rect, Text } kind = Kind::Polygon;
        std::vector<PicturePoint> points;
        Paint fill;
        Paint stroke;
        double width = 1.0;
        double radius = 0.0;  ///< circle radius, rectangle rounding
        std::vector<double> dashes;
        std::string text;
        double size = 0.0;
        bool bold = false;
        bool operator==(const Item&) const = default;
    };
    /// Appends `item` unless it repeats one of the last kRepeatWindow items exactly (parallel ties
    /// drawn over each other: a file of 700,000 copies of one tie records one line).
    void add(Item item);
    static constexpr std::size_t kRepeatWindow = 4;
    PicturePoint at(PicturePoint p) const { return {p.x - m_origin.x, p.y - m_origin.y}; }

    double m_width = 0.0;
    double m_height = 0.0;
    PicturePoint m_origin;
    std::vector<Item> m_items;
};

}  // namespace orgweave::layouts
