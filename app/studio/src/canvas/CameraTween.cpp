#include "orgweave/studio/canvas/CameraTween.hpp"

#include <algorithm>
#include <cmath>

namespace orgweave::studio {

namespace {

constexpr double kReferenceHeight = 1000.0;  // pixels: a saved zoom is per this picture height

}  // namespace

core::ViewCamera CameraTween::capture(const Camera& camera) {
    const Rect view = camera.viewport();
    const ImVec2 centre = camera.screenToWorld(view.center());
    return {centre.x, centre.y, camera.zoom() * kReferenceHeight / std::max(view.height(), 1.0f)};
}

void CameraTween::apply(Camera& camera, const core::ViewCamera& view) {
    const Rect viewport = camera.viewport();
    camera.setZoom(static_cast<float>(view.zoom * std::max(viewport.height(), 1.0f) / kReferenceHeight));
    const ImVec2 centre{static_cast<float>(view.x), static_cast<float>(view.y)};
    camera.setPan(viewport.size() * 0.5f - centre * camera.zoom());
}

double CameraTween::ease(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

void CameraTween::start(const core::ViewCamera& from, const core::ViewCamera& to, double duration) {
    m_from = from;
    m_to = to;
    m_duration = std::max(duration, 1e-3);
    m_elapsed = 0.0;
    m_active = true;
}

core::ViewCamera CameraTween::advance(double seconds) {
    if (!m_active)
        return m_to;
    m_elapsed = std::min(m_elapsed + std::max(seconds, 0.0), m_duration);
    const double s = ease(m_elapsed / m_duration);
    if (m_elapsed >= m_duration)
        m_active = false;
    const double fromZoom = std::max(m_from.zoom, 1e-9);
    const double toZoom = std::max(m_to.zoom, 1e-9);
    return {m_from.x + (m_to.x - m_from.x) * s, m_from.y + (m_to.y - m_from.y) * s,
            fromZoom * std::pow(toZoom / fromZoom, s)};
}

}  // namespace orgweave::studio
