// Minimap: layout and input · drawing
#include "orgweave/studio/canvas/Minimap.hpp"

#include <algorithm>

namespace orgweave::studio {

bool Minimap::input(const Rect& area, Camera& camera, const Scene& scene, const Legend& legend, float scale) {
    m_rect = {};
    if (!m_visible || scene.nodes().size() < 2)
        return false;
    const float width = 170.0f * scale;
    const float height = 110.0f * scale;
    const float pad = 10.0f * scale;
    if (area.width() < width * 3.0f || area.height() < height * 3.0f)
        return false;  // too small a canvas to spare the room
    // Only while part of the network is out of view: a fitted picture needs no overview.
    const Rect content = scene.contentBounds();
    const Rect seen{camera.screenToWorld(area.min), camera.screenToWorld(area.max)};
    if (seen.contains(content.min) && seen.contains(content.max))
        return false;
    // Bottom left, or bottom right when the legend sits at the bottom left.
    const bool right = legend.visible() && legend.corner() == Legend::Corner::BottomLeft;
    const float x = right ? area.max.x - pad - width : area.min.x + pad;
    m_rect = {{x, area.max.y - pad - height}, {x + width, area.max.y - pad}};
    Rect world = content;
    const float margin = std::max(world.width(), world.height()) * 0.05f + 1.0f;
    world.min = world.min - ImVec2(margin, margin);
    world.max = world.max + ImVec2(margin, margin);
    // Same scale on both axes, centred.
    const float fit = std::min(width / world.width(), height / world.height());
    const ImVec2 shown{width / fit, height / fit};
    m_world = {world.center() - shown * 0.5f, world.center() + shown * 0.5f};

    ImGui::SetCursorScreenPos(m_rect.min);
    ImGui::InvisibleButton("##minimap", m_rect.size());
    if (!ImGui::IsItemActive())
        return false;
    // Centre the view on the world point under the pointer.
    const ImVec2 t = (ImGui::GetIO().MousePos - m_rect.min) / m_rect.size().x;
    const ImVec2 target = m_world.min + ImVec2(t.x * m_world.width(), t.y * m_world.width());
    camera.setPan(camera.viewport().size() * 0.5f - target * camera.zoom());
    return true;
}

void Minimap::draw(ImDrawList* drawList, const Camera& camera, const Scene& scene, float scale) const {
    if (m_rect.empty())
        return;
    drawList->AddRectFilled(m_rect.min, m_rect.max, IM_COL32(255, 255, 255, 225), 4.0f * scale);
    drawList->AddRect(m_rect.min, m_rect.max, IM_COL32(150, 158, 168, 255), 4.0f * scale);
    const float toMapScale = m_rect.width() / m_world.width();
    const auto toMap = [&](ImVec2 world) { return m_rect.min + (world - m_world.min) * toMapScale; };
    // At most ~4,000 dots: enough to show the shape of a large network.
    const auto& nodes = scene.nodes();
    const std::size_t step = std::max<std::size_t>(1, nodes.size() / 4000);
    for (std::size_t i = 0; i < nodes.size(); i += step)
        drawList->AddRectFilled(toMap(nodes[i].world), toMap(nodes[i].world) + ImVec2(2.0f, 2.0f),
                                nodes[i].style.fill);
    const Rect view = camera.viewport();
    ImVec2 a = toMap(camera.screenToWorld(view.min));
    ImVec2 b = toMap(camera.screenToWorld(view.max));
    a = ImVec2(std::clamp(a.x, m_rect.min.x, m_rect.max.x), std::clamp(a.y, m_rect.min.y, m_rect.max.y));
    b = ImVec2(std::clamp(b.x, m_rect.min.x, m_rect.max.x), std::clamp(b.y, m_rect.min.y, m_rect.max.y));
    drawList->AddRect(a, b, IM_COL32(21, 101, 192, 220), 0.0f, 0, 1.5f * scale);
}

}  // namespace orgweave::studio
