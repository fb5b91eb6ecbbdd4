#pragma once
// The canvas camera: maps world coordinates (the document's stored positions, y pointing down)
// to screen pixels and back. screen = viewportMin + pan + world × zoom.
// Zooming at a point keeps the world point under it fixed; fit() frames a world rectangle inside a
// screen rectangle with a margin. Zoom is clamped to [kMinZoom, kMaxZoom]. Cost: constant time.

#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

namespace orgweave::studio {

class Camera {
public:
    static constexpr float kMinZoom = 1e-4f;
    static constexpr float kMaxZoom = 1e4f;

    /// The screen rectangle the camera draws into (the canvas); pan is relative to its corner.
    void setViewport(ImVec2 min, ImVec2 size);
    Rect viewport() const { return {m_viewportMin, m_viewportMin + m_viewportSize}; }

    ImVec2 worldToScreen(ImVec2 world) const;
    ImVec2 screenToWorld(ImVec2 screen) const;

    /// Moves the picture by a screen-space delta.
    void panBy(ImVec2 screenDelta);
    /// Multiplies the zoom by `factor`, keeping the world point under `screenPoint` where it is.
    void zoomAt(ImVec2 screenPoint, float factor);
    /// Frames `world` inside `screen` (a part of the viewport) leaving `margin` pixels on every
    /// side; a degenerate (point or line) world rectangle is centred at zoom `fallbackZoom` on
    /// its empty axes.
    void fit(const Rect& world, const Rect& screen, float margin, float fallbackZoom = 1.0f);

    float zoom() const { return m_zoom; }
    ImVec2 pan() const { return m_pan; }
    void setZoom(float zoom);
    void setPan(ImVec2 pan) { m_pan = pan; }

private:
    ImVec2 m_viewportMin{0.0f, 0.0f};
    ImVec2 m_viewportSize{1.0f, 1.0f};
    ImVec2 m_pan{0.0f, 0.0f};
    float m_zoom = 1.0f;
};

}  // namespace orgweave::studio
