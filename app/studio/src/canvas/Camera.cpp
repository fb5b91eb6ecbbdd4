#include "orgweave/studio/canvas/Camera.hpp"

#include <algorithm>
#include <cmath>

namespace orgweave::studio {

void Camera::setViewport(ImVec2 min, ImVec2 size) {
    m_viewportMin = min;
    m_viewportSize = ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f));
}

ImVec2 Camera::worldToScreen(ImVec2 world) const {
    return m_viewportMin + m_pan + world * m_zoom;
}

ImVec2 Camera::screenToWorld(ImVec2 screen) const {
    return (screen - m_viewportMin - m_pan) / m_zoom;
}

void Camera::panBy(ImVec2 screenDelta) {
    m_pan += screenDelta;
}

void Camera::setZoom(float zoom) {
    if (!std::isfinite(zoom))
        return;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

void Camera::zoomAt(ImVec2 screenPoint, float factor) {
    if (!(factor > 0.0f) || !std::isfinite(factor))
        return;
    const ImVec2 anchor = screenToWorld(screenPoint);
    setZoom(m_zoom * factor);
    // Solve worldToScreen(anchor) == screenPoint for the pan.
    m_pan = screenPoint - m_viewportMin - anchor * m_zoom;
}

void Camera::fit(const Rect& world, const Rect& screen, float margin, float fallbackZoom) {
    const float availableX = std::max(screen.width() - 2.0f * margin, 1.0f);
    const float availableY = std::max(screen.height() - 2.0f * margin, 1.0f);
    const float worldX = world.width();
    const float worldY = world.height();
    float zoom = fallbackZoom;
    if (worldX > 1e-6f && worldY > 1e-6f) {
        zoom = std::min(availableX / worldX, availableY / worldY);
    } else if (worldX > 1e-6f) {
        zoom = std::min(availableX / worldX, fallbackZoom);
    } else if (worldY > 1e-6f) {
        zoom = std::min(availableY / worldY, fallbackZoom);
    }
    setZoom(zoom);
    m_pan = screen.center() - m_viewportMin - world.center() * m_zoom;
}

}  // namespace orgweave::studio
