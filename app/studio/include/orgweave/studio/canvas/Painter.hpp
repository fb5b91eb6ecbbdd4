#pragma once
// Draws the studio's primitives (node shapes, tie lines with patterns and arrows, hulls, labels)
// into an ImGui draw list. Shared by the canvas and the legend so both look the same.
// Polygons are emitted clockwise on screen, as ImGui's anti-aliased fill expects. While a
// Painter::Recording is alive, every Painter also records what it draws as vector primitives into
// a layouts::PictureDrawing (File › Export picture: the picture is the canvas's own drawing); text
// is recorded at its font's em size (ImGui sizes fonts by line height), so it measures as on screen.
// Cost: constant per shape; linear in the number of points for lines and hulls.

#include "orgweave/layouts/PictureDrawing.hpp"
#include "orgweave/studio/canvas/Style.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <span>
#include <string_view>
#include <vector>

namespace orgweave::studio {

class Painter {
public:
    /// `scale` multiplies line widths and pattern lengths (high-DPI).
    Painter(ImDrawList* drawList, float scale);
    ImDrawList* drawList() const { return m_drawList; }

    /// Records every Painter's drawing into `drawing` (screen coordinates; the drawing's origin
    /// maps them) while alive; `bold` is the font whose text is written bold. One at a time.
    class Recording {
    public:
        Recording(layouts::PictureDrawing& drawing, ImFont* bold);
        ~Recording();
        Recording(const Recording&) = delete;
        Recording& operator=(const Recording&) = delete;
    };
    /// The drawing being recorded into, or null.
    static layouts::PictureDrawing* recording();

    /// Plain primitives (recorded too): a rectangle, one line, a filled dot, a filled triangle, and
    /// text at its top-left corner (wrapped at `wrapWidth` when > 0).
    void rect(ImVec2 min, ImVec2 max, ImU32 fill, ImU32 stroke, float rounding, float strokeWidth);
    void line(ImVec2 a, ImVec2 b, ImU32 color, float width);
    void dot(ImVec2 center, float radius, ImU32 color);
    void triangle(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 color);
    void text(ImFont* font, float fontSize, ImVec2 topLeft, std::string_view text, ImU32 color,
              float wrapWidth = 0.0f);

    /// A node shape centred at `center`; `radius` is in screen pixels.
    void shape(Shape shape, ImVec2 center, float radius, ImU32 fill, ImU32 outline, float outlineThickness);
    /// A tie along `points` (screen space, at least two). With `arrow`, the last point is the tip.
    void tie(std::span<const ImVec2> points, const TieStyle& style, bool arrow);
    /// A soft filled outline around `points` grown by `padding` (the convex hull of discs).
    void hull(std::span<const ImVec2> points, float padding, ImU32 fill, ImU32 outline);
    /// The polygon hull() draws (clockwise; fewer than 3 points when there is nothing to draw).
    static std::vector<ImVec2> paddedHull(std::span<const ImVec2> points, float padding);
    /// Draws a polygon made by paddedHull() as hull() does.
    void hullPolygon(std::span<const ImVec2> polygon, ImU32 fill, ImU32 outline);
    /// Text on a rounded, slightly transparent background; returns the background rectangle.
    Rect label(ImFont* font, float fontSize, ImVec2 topLeft, std::string_view text, ImU32 textColor,
               ImU32 background);
    /// The rectangle label() would cover.
    static Rect labelRect(ImFont* font, float fontSize, ImVec2 topLeft, std::string_view text, float scale);

    /// Convex hull (Andrew's monotone chain), clockwise on screen. Exposed for tests.
    static std::vector<ImVec2> convexHull(std::vector<ImVec2> points);
    /// Points of a polygonal shape (everything but the circle), clockwise on screen.
    static std::vector<ImVec2> outlineOf(Shape shape, ImVec2 center, float radius);

private:
    void polyline(std::span<const ImVec2> points, ImU32 color, float thickness);
    void dashed(std::span<const ImVec2> points, ImU32 color, float thickness, float on, float off);
    void dotted(std::span<const ImVec2> points, ImU32 color, float thickness, float spacing);

    ImDrawList* m_drawList;
    float m_scale;
};

}  // namespace orgweave::studio
