#pragma once
// The canvas's overview in a bottom corner (the one the legend does not use), shown while part of
// the network is out of view and the canvas has room: every node as a dot (at most about 4,000)
// and the visible part as a frame; pressing or dragging in it centres the view there. Cost:
// O(n) per frame while shown.

#include "orgweave/studio/canvas/Camera.hpp"
#include "orgweave/studio/canvas/Legend.hpp"
#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

namespace orgweave::studio {

class Minimap {
public:
    void setVisible(bool visible) { m_visible = visible; }
    bool visible() const { return m_visible; }
    /// The minimap's screen rectangle this frame (empty when hidden).
    const Rect& rect() const { return m_rect; }

    /// Lays the minimap out in `area` and handles presses in it (call before the canvas's own
    /// item so it wins); true when it moved the camera.
    bool input(const Rect& area, Camera& camera, const Scene& scene, const Legend& legend, float scale);
    void draw(ImDrawList* drawList, const Camera& camera, const Scene& scene, float scale) const;

private:
    bool m_visible = true;
    Rect m_rect;
    Rect m_world;  ///< world rectangle the minimap shows
};

}  // namespace orgweave::studio
