#pragma once
// The palette of node kinds at the left edge of the canvas: one button per kind with its shape.
// A click arms the canvas to place that kind at the next click (Shift+click places several);
// the last kind chosen is also what a double-click on the canvas creates. Cost: O(kinds) per frame.

#include "orgweave/studio/canvas/CanvasEditor.hpp"
#include "orgweave/studio/support/VecMath.hpp"

namespace orgweave::studio {

class Palette {
public:
    /// Width of the strip at scale 1.
    static constexpr float kWidth = 46.0f;

    /// Draws the strip as a borderless window over `area` and arms `editor` on a click.
    void draw(const Rect& area, CanvasEditor& editor, float scale, bool enabled);
};

}  // namespace orgweave::studio
