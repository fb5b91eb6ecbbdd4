// CanvasFit: fitting · framing · node size
#include "orgweave/studio/canvas/CanvasFit.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace orgweave::studio {

void CanvasFit::trackLegend(const Rect& legend) {
    if (legend.min.x != m_lastLegend.min.x || legend.min.y != m_lastLegend.min.y ||
        legend.max.x != m_lastLegend.max.x || legend.max.y != m_lastLegend.max.y) {
        layoutChanged();  // shown, hidden, collapsed or expanded
        m_lastLegend = legend;
    }
}

void CanvasFit::fitIfPending(Camera& camera, const Scene& scene, Legend& legend, ImFont* regular,
                             ImFont* bold, float scale) {
    if (!m_pending)
        return;
    fit(camera, scene, legend, regular, bold, scale);
    m_pending = false;
}

float CanvasFit::sizeFactor(const Camera& camera, float scale) const {
    const float ratio = camera.zoom() / std::max(m_referenceZoom, Camera::kMinZoom);
    return std::clamp(std::sqrt(ratio), 0.6f, 2.2f) * scale * m_density;
}

void CanvasFit::fit(Camera& camera, const Scene& scene, Legend& legendBox, ImFont* regular, ImFont* bold,
                    float scale) {
    const std::vector<Scene::NodeItem>& nodes = scene.nodes();
    if (nodes.empty()) {
        camera.setZoom(1.0f);
        camera.setPan(camera.viewport().size() * 0.5f);
        m_referenceZoom = 1.0f;
        return;
    }
    const Rect world = scene.contentBounds();
    float maxRadius = 0.0f;
    for (const Scene::NodeItem& node : nodes)
        maxRadius = std::max(maxRadius, node.style.radius);
    const float fontSize = (regular != nullptr ? regular->FontSize : ImGui::GetFontSize());
    const float margin = (maxRadius * 1.3f + 14.0f) * scale;
    const float labelRoom = fontSize + 6.0f * scale;  // labels hang below the lowest nodes
    const auto fitInto = [&](Rect area) {
        area.max.y -= labelRoom;
        // A wide label at the left or right edge may still be cut; keep some room for it.
        area.min.x += 30.0f * scale;
        area.max.x -= 30.0f * scale;
        camera.fit(world, area, margin, 1.0f);
        return camera.zoom();
    };
    const Rect view = camera.viewport();
    // Frames the picture in the whole view, or, when that puts a node under the legend, beside,
    // above or below the legend, whichever leaves the biggest picture. Returns the zoom.
    const auto fitAround = [&](const Rect& legend) {
        const float full = fitInto(view);
        if (legend.empty())
            return full;
        bool covered = false;
        for (const Scene::NodeItem& node : nodes) {
            if (node.hidden)
                continue;
            const ImVec2 p = camera.worldToScreen(node.world);
            const float r = node.style.radius * scale * 1.3f;
            covered = covered || Rect{p - ImVec2(r, r), p + ImVec2(r, r + fontSize)}.overlaps(legend);
        }
        if (!covered && !m_clearOfLegend)
            return full;
        const float gap = 6.0f * scale;
        const std::array<Rect, 4> regions{
            Rect{view.min, {legend.min.x - gap, view.max.y}},  // left of it
            Rect{{legend.max.x + gap, view.min.y}, view.max},  // right of it
            Rect{view.min, {view.max.x, legend.min.y - gap}},  // above it
            Rect{{view.min.x, legend.max.y + gap}, view.max},  // below it
        };
        const Rect* best = nullptr;
        float bestZoom = 0.0f;
        for (const Rect& region : regions) {
            if (region.width() < 160.0f * scale || region.height() < 120.0f * scale)
                continue;
            const float zoom = fitInto(region);
            if (zoom > bestZoom) {
                bestZoom = zoom;
                best = &region;
            }
        }
        return best != nullptr ? fitInto(*best) : fitInto(view);  // nowhere else: the legend covers a little
    };
    if (legendBox.visible() && !legendBox.empty()) {
        // Try every corner and arrangement of the legend; keep the first that is clearly best.
        Legend::Corner bestCorner = Legend::Corner::TopRight;
        Legend::Arrangement bestArrangement = Legend::Arrangement::Tall;
        float bestZoom = 0.0f;
        bool bestShown = false;  // a placement where the legend shows its entries beats a collapsed one
        for (const Legend::Arrangement arrangement : Legend::kArrangements) {
            for (const Legend::Corner corner : Legend::kCorners) {
                legendBox.setPlacement(corner, arrangement);
                const float zoom = fitAround(legendBox.layout(view, regular, bold, scale));
                const bool shown = !legendBox.collapsed();
                if ((shown && !bestShown) || (shown == bestShown && zoom > bestZoom * 1.02f)) {
                    bestShown = shown;
                    bestZoom = zoom;
                    bestCorner = corner;
                    bestArrangement = arrangement;
                }
            }
        }
        legendBox.setPlacement(bestCorner, bestArrangement);
        fitAround(legendBox.layout(view, regular, bold, scale));
        m_lastLegend = legendBox.rect();
    } else {
        fitInto(view);
    }
    m_referenceZoom = camera.zoom();
    // Smaller nodes when the fitted picture is dense (typical spacing under 34 px at scale 1).
    m_density = scene.typicalSpacing() > 0.0f
                    ? std::clamp(scene.typicalSpacing() * m_referenceZoom / (34.0f * scale), 0.55f, 1.0f)
                    : 1.0f;
}

void CanvasFit::frame(Camera& camera, const Scene& scene, const std::vector<std::size_t>& nodes,
                      float scale) {
    if (nodes.empty())
        return;
    Rect world{scene.nodes().at(nodes.front()).world, scene.nodes().at(nodes.front()).world};
    for (const std::size_t i : nodes) {
        const ImVec2 p = scene.nodes().at(i).world;
        world.min = ImVec2(std::min(world.min.x, p.x), std::min(world.min.y, p.y));
        world.max = ImVec2(std::max(world.max.x, p.x), std::max(world.max.y, p.y));
    }
    // Never zoom in further than twice the fitted zoom, so one node is framed in its context.
    const float maxZoom = std::max(m_referenceZoom, Camera::kMinZoom) * 2.0f;
    const Rect view = camera.viewport();
    const float margin = 80.0f * scale;
    const float zoomX = (view.width() - 2.0f * margin) / std::max(world.width(), 1.0f);
    const float zoomY = (view.height() - 2.0f * margin) / std::max(world.height(), 1.0f);
    camera.setZoom(std::clamp(std::min(zoomX, zoomY), Camera::kMinZoom, maxZoom));
    camera.setPan(view.size() * 0.5f - world.center() * camera.zoom());
    userMoved();
}

}  // namespace orgweave::studio
