// LabelPlacer: one frame's label placement (moved out of Canvas.cpp)
#include "orgweave/studio/canvas/LabelPlacer.hpp"

#include "orgweave/studio/canvas/CanvasColors.hpp"
#include "orgweave/studio/canvas/LevelOfDetail.hpp"
#include "orgweave/studio/canvas/Painter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace orgweave::studio {

namespace {

constexpr float kLabelCell = 128.0f;

/// How far below its centre a shape reaches, in radii.
float bottomExtent(Shape shape) {
    switch (shape) {
        case Shape::RoundedRect:
            return 0.95f;
        case Shape::Hexagon:
            return 0.94f;
        case Shape::Diamond:
            return 1.2f;
        case Shape::Circle:
            return 1.0f;
        case Shape::Triangle:
            return 0.63f;
        case Shape::Star:
            return 1.1f;
    }
    return 1.0f;
}

/// Nodes whose label is always drawn: the view's highlighted and the selected.
bool mustShow(const Scene::NodeItem& node) {
    return node.highlight || node.selected;
}

std::int64_t cellKey(int x, int y) {
    return (static_cast<std::int64_t>(x) << 32) ^ static_cast<std::int64_t>(static_cast<std::uint32_t>(y));
}

}  // namespace

LabelPlacer::Counts LabelPlacer::place(const Scene& scene, const std::vector<ImVec2>& screen,
                                       const LabelFrame& frame, Painter& painter) {
    Counts counts;
    const std::vector<Scene::NodeItem>& nodes = scene.nodes();
    const float factor = frame.sizeFactor;
    const float scale = frame.scale;
    const Rect view = frame.view;
    const Rect legend = frame.legend;
    m_placed.clear();
    m_shown.assign(nodes.size(), false);
    if (m_labelGrid.size() > 4096)
        m_labelGrid.clear();  // cells left behind by panning
    if (m_nodeGrid.size() > 4096)
        m_nodeGrid.clear();
    for (auto& [key, cell] : m_labelGrid)
        cell.clear();
    for (auto& [key, cell] : m_nodeGrid)
        cell.clear();
    const auto cellRange = [](const Rect& r) {
        return std::array<int, 4>{static_cast<int>(std::floor(r.min.x / kLabelCell)),
                                  static_cast<int>(std::floor(r.min.y / kLabelCell)),
                                  static_cast<int>(std::floor(r.max.x / kLabelCell)),
                                  static_cast<int>(std::floor(r.max.y / kLabelCell))};
    };
    // Nodes on screen are obstacles: a label must not hide another node. Without the canvas's index,
    // a grid of them is made for this frame.
    const bool useIndex = frame.index != nullptr && frame.camera != nullptr && frame.index->current(scene);
    m_nodeRects.resize(useIndex ? 0 : nodes.size());
    for (std::size_t i = 0; !useIndex && i < nodes.size(); ++i) {
        const float r = nodes[i].style.radius * factor * 0.85f;
        m_nodeRects[i] = {screen[i] - ImVec2(r, r), screen[i] + ImVec2(r, r)};
        if (nodes[i].hidden || !m_nodeRects[i].overlaps(view))
            continue;
        const auto cells = cellRange(m_nodeRects[i]);
        for (int cx = cells[0]; cx <= cells[2]; ++cx) {
            for (int cy = cells[1]; cy <= cells[3]; ++cy) {
                m_nodeGrid[cellKey(cx, cy)].push_back(static_cast<std::uint32_t>(i));
            }
        }
    }
    // `overNodes`: the label may cover nodes less important than its own (organization and committee
    // names, the highlighted and the selected); it never covers another label or the legend.
    const float zoom = frame.camera != nullptr ? std::max(frame.camera->zoom(), Camera::kMinZoom) : 1.0f;
    const auto blocks = [&](std::size_t node, std::size_t self, bool overNodes) {
        return !overNodes || nodes[node].priority <= nodes[self].priority || nodes[node].highlight ||
               nodes[node].selected;
    };
    const auto collidesWithNodes = [&](const Rect& rect, std::size_t self, bool overNodes) {
        // The nodes near the label from the index: all of them, or for an organization's or a
        // committee's name only those it may not cover.
        const float reach = frame.index->maxRadius() * factor * 0.85f / zoom;
        const Rect world{frame.camera->screenToWorld(rect.min) - ImVec2(reach, reach),
                         frame.camera->screenToWorld(rect.max) + ImVec2(reach, reach)};
        const SpatialGrid& grid =
            overNodes && nodes[self].priority <= 1 ? frame.index->importantNodes() : frame.index->nodes();
        return grid.any(world, [&](std::uint32_t node) {
            if (node == self || nodes[node].hidden)
                return false;
            const float r = nodes[node].style.radius * factor * 0.85f;
            const Rect box{screen[node] - ImVec2(r, r), screen[node] + ImVec2(r, r)};
            return box.overlaps(rect) && blocks(node, self, overNodes);
        });
    };
    const auto collides = [&](const Rect& rect, std::size_t self, bool overNodes) {
        if (rect.overlaps(legend))
            return true;
        if (useIndex && collidesWithNodes(rect, self, overNodes))
            return true;
        const auto cells = cellRange(rect);
        for (int cx = cells[0]; cx <= cells[2]; ++cx) {
            for (int cy = cells[1]; cy <= cells[3]; ++cy) {
                const std::int64_t key = cellKey(cx, cy);
                if (const auto found = m_labelGrid.find(key); found != m_labelGrid.end()) {
                    for (const std::uint32_t placed : found->second) {
                        if (m_placed[placed].overlaps(rect))
                            return true;
                    }
                }
                if (const auto found = m_nodeGrid.find(key); !useIndex && found != m_nodeGrid.end()) {
                    for (const std::uint32_t node : found->second) {
                        if (node == self || !m_nodeRects[node].overlaps(rect))
                            continue;
                        if (blocks(node, self, overNodes))
                            return true;
                    }
                }
            }
        }
        return false;
    };
    // The area of the labels placed so far that `rect` covers (a label seen in several cells counts
    // once per cell: an estimate, enough to choose between candidates).
    const auto coveredLabelArea = [&](const Rect& rect) {
        float area = 0.0f;
        const auto cells = cellRange(rect);
        for (int cx = cells[0]; cx <= cells[2]; ++cx) {
            for (int cy = cells[1]; cy <= cells[3]; ++cy) {
                const auto found = m_labelGrid.find(cellKey(cx, cy));
                if (found == m_labelGrid.end())
                    continue;
                for (const std::uint32_t placed : found->second) {
                    const Rect& other = m_placed[placed];
                    const float w = std::min(rect.max.x, other.max.x) - std::max(rect.min.x, other.min.x);
                    const float h = std::min(rect.max.y, other.max.y) - std::max(rect.min.y, other.min.y);
                    if (w > 0.0f && h > 0.0f)
                        area += w * h;
                }
            }
        }
        return area;
    };
    // The view's highlighted and the selected nodes are named first, then the nodes of the phase
    // shown, ghosts last (none while presenting); the order changes only with the decorations.
    if (m_passesFor != scene.decorations()) {
        m_passesFor = scene.decorations();
        m_passes.clear();
        m_passes.reserve(scene.labelOrder().size());
        for (const int pass : {0, 1, 2}) {
            for (const std::size_t i : scene.labelOrder()) {
                if ((mustShow(nodes[i]) ? 0 : nodes[i].ghost ? 2 : 1) == pass)
                    m_passes.push_back(i);
            }
        }
        m_passRank.assign(nodes.size(), 0);
        for (std::size_t k = 0; k < m_passes.size(); ++k)
            m_passRank[m_passes[k]] = static_cast<std::uint32_t>(k);
    }
    const std::vector<std::size_t>* order = &m_passes;
    if (frame.visible != nullptr && m_passRank.size() == nodes.size()) {
        m_order.assign(frame.visible->begin(), frame.visible->end());
        std::sort(m_order.begin(), m_order.end(),
                  [&](std::size_t a, std::size_t b) { return m_passRank[a] < m_passRank[b]; });
        order = &m_order;
    }
    // A node's label is tried where its node may show one: around it, within the view.
    const float reachOut = 1000.0f * scale;
    const Rect near{view.min - ImVec2(reachOut, reachOut), view.max + ImVec2(reachOut, reachOut)};
    int tries = 0;
    const auto tryLabel = [&](std::size_t i) {
        const Scene::NodeItem& node = nodes[i];
        if (node.fullLabel.empty() || node.hidden || (frame.readOnly && node.ghost) ||
            !near.contains(screen[i]))
            return;
        ImFont* font = node.bold && frame.bold != nullptr ? frame.bold : frame.regular;
        const float fontSize = frame.regular->FontSize;
        const ImVec2 p = screen[i];
        const float r = node.style.radius * factor;
        const float below = r * bottomExtent(node.style.shape) + 2.0f * scale;
        const bool must = mustShow(node) && !node.ghost;
        const bool overNodes = must || node.bold;
        bool placed = false;
        bool onScreen = false;
        ImVec2 topLeft{};
        Rect rect;
        ImVec2 size{};
        std::array<ImVec2, 4> candidates{};
        const std::string* shown = &node.fullLabel;
        // The full label where there is room, else the shortened one.
        for (const std::string* label : {&node.fullLabel, &node.label}) {
            if (label->empty() || (label == &node.label && node.label == node.fullLabel))
                continue;
            shown = label;
            size = Painter::labelRect(font, fontSize, {0.0f, 0.0f}, *label, scale).size();
            // Below the node first, then above, right and left; skip the label when all collide.
            candidates = {
                ImVec2{p.x - size.x * 0.5f, p.y + below},
                ImVec2{p.x - size.x * 0.5f, p.y - r * 1.2f - 2.0f * scale - size.y},
                ImVec2{p.x + r * 1.5f + 3.0f * scale, p.y - size.y * 0.5f},
                ImVec2{p.x - r * 1.5f - 3.0f * scale - size.x, p.y - size.y * 0.5f},
            };
            for (const ImVec2 candidate : candidates) {
                topLeft = ImVec2(std::round(candidate.x), std::round(candidate.y));
                rect = {topLeft, topLeft + size};
                if (!rect.overlaps(view))
                    continue;
                onScreen = true;
                const bool inside = rect.min.x >= view.min.x && rect.min.y >= view.min.y &&
                                    rect.max.x <= view.max.x && rect.max.y <= view.max.y;
                if (inside && !collides(rect, i, overNodes)) {
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
        if (!placed && onScreen && (frame.hovered == i || must)) {
            // The hovered, the highlighted and the selected nodes always show their names: where
            // they cover the least of the labels already placed (below the node on a tie).
            float least = std::numeric_limits<float>::max();
            for (const ImVec2 candidate : candidates) {
                const ImVec2 at{std::round(candidate.x), std::round(candidate.y)};
                const Rect tried{at, at + size};
                if (!tried.overlaps(view))
                    continue;
                const float covered = coveredLabelArea(tried);
                if (covered < least) {
                    least = covered;
                    topLeft = at;
                    rect = tried;
                }
            }
            placed = true;
        }
        if (onScreen)
            ++tries;
        if (!placed) {
            if (onScreen)
                ++counts.skipped;
            return;
        }
        const auto cells = cellRange(rect);
        const ImU32 text = canvas_colors::labelText(frame.dark);
        painter.label(font, fontSize, topLeft, *shown, node.ghost ? Style::withAlpha(text, 0.45f) : text,
                      frame.dark ? canvas_colors::kDarkLabelBackground : canvas_colors::kLabelBackground);
        m_shown[i] = true;
        const auto id = static_cast<std::uint32_t>(m_placed.size());
        m_placed.push_back(rect);
        for (int cx = cells[0]; cx <= cells[2]; ++cx) {
            for (int cy = cells[1]; cy <= cells[3]; ++cy)
                m_labelGrid[cellKey(cx, cy)].push_back(id);
        }
        ++counts.drawn;
    };
    bool hoveredTried = false;
    for (const std::size_t i : *order) {
        if (counts.drawn >= LevelOfDetail::kMaxLabels || tries >= LevelOfDetail::kMaxLabelTries)
            break;  // a national network: the most important labels are placed, the rest wait for a zoom
        if (frame.importantOnly && !nodes[i].bold && !mustShow(nodes[i]) && frame.hovered != i)
            continue;
        hoveredTried = hoveredTried || frame.hovered == i;
        tryLabel(i);
    }
    if (frame.hovered && !hoveredTried && *frame.hovered < nodes.size())
        tryLabel(*frame.hovered);
    return counts;
}

}  // namespace orgweave::studio
