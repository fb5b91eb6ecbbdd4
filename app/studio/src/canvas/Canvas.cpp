// Canvas: sections · the scene · input and fitting · drawing · queries
#include "orgweave/studio/canvas/Canvas.hpp"
#include <orgweave/core/Translate.hpp>

#include "orgweave/core/Vocabulary.hpp"
#include "orgweave/studio/canvas/CanvasColors.hpp"
#include "orgweave/studio/canvas/Painter.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <limits>
#include <map>
#include <numbers>
#include <string_view>
#include <utility>

namespace orgweave::studio {

namespace {

using namespace canvas_colors;

/// Distance from the centre at which a tie should stop, in radii (roughly the shape's boundary).
float boundaryExtent(Shape shape) {
    switch (shape) {
        case Shape::RoundedRect:
            return 1.15f;
        case Shape::Diamond:
            return 0.95f;
        case Shape::Triangle:
            return 0.8f;
        case Shape::Star:
            return 0.95f;
        default:
            return 1.0f;
    }
}

}  // namespace

// -------------------------------------------------------------------------------------------- the scene

void Canvas::setModel(const core::Model* model) {
    m_hovered.reset();
    m_noteRects.clear();
    m_scene.rebuild(model, m_legend);
    m_fit.request();
}

void Canvas::modelChanged() {
    m_hovered.reset();
    m_noteRects.clear();
    m_scene.rebuild(m_scene.model(), m_legend);
    // The user is building: the view stays where it is (nodes never jump away from the cursor when
    // the legend grows or the window changes); F or View › Fit frames the network again.
    m_fit.keepView();
}

void Canvas::requestExport(std::filesystem::path path, bool fitAll, PictureTitle title) {
    m_exportRequest = ExportRequest{std::move(path), fitAll, std::move(title)};
}

void Canvas::setFonts(ImFont* regular, ImFont* bold) {
    m_regular = regular;
    m_bold = bold;
}

const CanvasMarks& Canvas::activeMarks() const {
    return m_workspace != nullptr ? m_workspace->marks() : m_marks;
}

void Canvas::setMarks(CanvasMarks marks) {
    m_marks = std::move(marks);
    ++m_marksRevision;
}

void Canvas::decorate() {
    m_legend.setDark(m_dark);
    m_fit.setClearOfLegend(m_readOnly);
    m_scene.decorate({m_workspace, &m_marks, m_marksRevision, m_readOnly, m_dark}, m_legend);
}

// -------------------------------------------------------------------------------- input and fitting

float Canvas::screenRadius(std::size_t index) const {
    return nodes().at(index).style.radius * sizeFactor();
}

void Canvas::panBy(ImVec2 delta) {
    m_camera.panBy(delta);
    m_fit.userMoved();
}

void Canvas::zoomBy(float factor) {
    zoomAt(m_camera.viewport().center(), factor);
}

void Canvas::zoomToActualSize() {
    zoomBy(m_scale / std::max(m_camera.zoom(), Camera::kMinZoom));
}

void Canvas::zoomAt(ImVec2 screen, float factor) {
    m_camera.zoomAt(screen, factor);
    m_fit.userMoved();
}

CanvasHit Canvas::hitTest(bool hovered, bool activated, bool active) const {
    CanvasHit hit;
    hit.pointer = ImGui::GetIO().MousePos;
    hit.hovered = hovered;
    hit.activated = activated;
    hit.active = active;
    if (!hovered && !active)
        return hit;
    hit.node = nodeAt(hit.pointer);
    hit.note = noteAt(hit.pointer);
    // Ties only matter when a button goes down or comes up (a press, a double-click, a menu).
    const bool buttonEvent = activated || ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) ||
                             ImGui::IsMouseReleased(ImGuiMouseButton_Left) ||
                             ImGui::IsMouseReleased(ImGuiMouseButton_Right);
    if (buttonEvent)
        hit.tie = tieAt(hit.pointer);
    return hit;
}

// -------------------------------------------------------------------------------------------- drawing

void Canvas::draw(ImVec2 size) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 available = ImGui::GetContentRegionAvail();
    if (size.x <= 0.0f)
        size.x = available.x;
    if (size.y <= 0.0f)
        size.y = available.y;
    size = ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f));
    const Rect area{origin, origin + size};
    const Rect previous = m_camera.viewport();
    m_camera.setViewport(origin, size);
    if (m_hasViewport && (previous.min.x != area.min.x || previous.min.y != area.min.y ||
                          previous.max.x != area.max.x || previous.max.y != area.max.y)) {
        m_fit.layoutChanged();
    }
    m_hasViewport = true;
    if (m_regular == nullptr)
        m_regular = ImGui::GetFont();

    // The legend is laid out first (after the decorations that set its colour and halo blocks):
    // fitting avoids it, and its button must win over the canvas's.
    decorate();
    m_legend.layout(area, m_regular, m_bold, m_scale);
    m_legend.interact();
    m_fit.trackLegend(m_legend.rect());

    if (m_minimap.input(area, m_camera, m_scene, m_legend, m_scale))
        m_fit.userMoved();
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle |
                               ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered();
    const bool activated = ImGui::IsItemActivated();
    const bool active = ImGui::IsItemActive();

    m_fit.fitIfPending(m_camera, m_scene, m_legend, m_regular, m_bold, m_scale);
    followStage();
    if (m_workspace != nullptr) {
        if (auto focus = m_workspace->requests().take<FocusRequest>()) {
            std::vector<std::size_t> framed;
            for (const std::string& id : focus->nodeIds) {
                if (const auto i = indexOf(id))
                    framed.push_back(*i);
            }
            frameNodes(framed);
        }
    }

    // One hit snapshot; the editor, the one owner of pointer input, decides what it means.
    const CanvasHit hit = hitTest(hovered, activated, active);
    const bool editable = m_workspace != nullptr && model() != nullptr && !m_readOnly;
    m_editor.handleInput(*this, editable ? m_workspace : nullptr, hit);
    if (editable) {
        if (!ImGui::GetIO().WantTextInput && (hovered || ImGui::IsWindowFocused()))
            m_editor.handleKeys(*this, *m_workspace);
        decorate();  // the editor may have changed the selection
    }

    // An export frame: the whole network framed when asked, the camera and fit restored after.
    std::optional<ExportRequest> exporting = std::exchange(m_exportRequest, std::nullopt);
    const Camera cameraBefore = m_camera;
    const CanvasFit fitBefore = m_fit;
    if (exporting && exporting->fitAll)
        m_fit.fit(m_camera, m_scene, m_legend, m_regular, m_bold, m_scale);

    const std::vector<Scene::NodeItem>& items = nodes();
    m_screen.resize(items.size());
    const ImVec2 dragOffset = m_editor.dragOffset();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ImVec2 world = items[i].selected ? items[i].world + dragOffset : items[i].world;
        m_screen[i] = m_camera.worldToScreen(world);
    }
    m_hovered = hit.hovered && !hit.active && !exporting ? hit.node : std::nullopt;

    m_stats = {};
    prepareLevel();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->PushClipRect(area.min, area.max, true);
    std::optional<layouts::PictureDrawing> picture;
    std::optional<Painter::Recording> recording;
    if (exporting) {
        const float band = titleBandHeight(exporting->title, area.width());
        picture.emplace(area.width(), area.height() + band);
        picture->setOrigin({area.min.x, area.min.y - band});
        recording.emplace(*picture, m_bold);
    }
    Painter painter(drawList, m_scale);
    if (exporting && !exporting->title.empty())
        drawTitleBand(painter, area, exporting->title);
    painter.rect(area.min, area.max, background(m_dark), 0, 0.0f, 0.0f);
    drawOutlines(painter);
    drawTies(painter);
    m_lastTiesDrawn = m_stats.tiesDrawn + m_stats.tiesAggregated;
    drawNodes(painter);
    LabelFrame labelFrame{m_camera.viewport(), m_legend.rect(), m_regular,  m_bold, m_scale,
                          sizeFactor(),        m_hovered,       m_readOnly, m_dark};
    labelFrame.index = &m_index;
    labelFrame.camera = &m_camera;
    labelFrame.importantOnly = m_level.nodeDensity;
    // Few nodes in view: place only theirs (in label order); many: the label order, capped.
    if (!m_level.nodeDensity && m_onScreen.size() * 8 < items.size())
        labelFrame.visible = &m_onScreen;
    const LabelPlacer::Counts labels = m_labels.place(m_scene, m_screen, labelFrame, painter);
    m_stats.labelsDrawn = labels.drawn;
    m_stats.labelsSkipped = labels.skipped;
    drawNotes(drawList);
    recording.reset();  // the editor's overlay, the hint and the minimap are not part of the picture
    if (editable)
        m_editor.drawOverlay(drawList, *this, *m_workspace);
    if (items.empty())
        drawHint(drawList);
    m_minimap.draw(drawList, m_camera, m_scene, m_scale);
    if (picture)
        recording.emplace(*picture, m_bold);
    m_legend.draw(drawList);
    recording.reset();
    drawMarksKey(drawList, area);
    drawList->PopClipRect();
    if (exporting) {
        ExportResult result{exporting->path, {}};
        try {
            picture->save(exporting->path);
        } catch (const std::exception& e) {
            result.error = e.what();
        }
        m_exportResult = std::move(result);
        if (exporting->fitAll) {
            m_camera = cameraBefore;
            m_fit = fitBefore;
        }
    }

    if (m_hovered && !m_editor.dragging() && !m_readOnly)
        showTooltip(*m_hovered);
    if (editable)
        m_editor.drawPopups(*this, *m_workspace);
}

void Canvas::followStage() {
    if (m_workspace == nullptr)
        return;
    ViewStage& stage = m_workspace->stage();
    if (auto request = m_workspace->requests().take<CameraRequest>()) {
        if (!request->camera) {
            m_tween.stop();
            // The visible nodes: decorations (the filter) are already applied.
            m_fit.fit(m_camera, m_scene, m_legend, m_regular, m_bold, m_scale);
        } else if (request->smooth) {
            m_tween.start(CameraTween::capture(m_camera), *request->camera);
        } else {
            m_tween.stop();
            CameraTween::apply(m_camera, *request->camera);
        }
        m_fit.userMoved();
    }
    if (m_tween.active())
        CameraTween::apply(m_camera, m_tween.advance(ImGui::GetIO().DeltaTime));
    stage.publishCamera(CameraTween::capture(m_camera));
}

void Canvas::prepareLevel() {
    m_index.update(m_scene);
    const Rect view = m_camera.viewport();
    const float zoom = std::max(m_camera.zoom(), Camera::kMinZoom);
    // Room for shapes, halos and the bend of parallel ties whose centre or ends lie just outside.
    const float margin = (m_index.maxRadius() * sizeFactor() * 1.6f + 40.0f * m_scale) / zoom;
    m_worldView = {m_camera.screenToWorld(view.min) - ImVec2(margin, margin),
                   m_camera.screenToWorld(view.max) + ImVec2(margin, margin)};
    m_level = LevelOfDetail::choose(m_index.ties().count(m_worldView), m_index.nodes().count(m_worldView));
    m_stats.tieDensity = m_level.tieDensity;
    m_stats.nodeDensity = m_level.nodeDensity;
    if (!m_level.any())
        return;
    const float cell = DensityRaster::cellFor(zoom, m_scale);
    if (!m_raster.fresh(m_scene, cell, m_worldView, m_level.tieDensity, m_level.nodeDensity, m_dark)) {
        // A region of three views each way, so panning redraws the same raster for a while.
        const ImVec2 extent = m_worldView.size();
        m_raster.build(m_scene, m_index, cell, {m_worldView.min - extent, m_worldView.max + extent},
                       m_level.tieDensity, m_level.nodeDensity, m_dark);
    }
}

void Canvas::drawOutlines(Painter& painter) {
    const float factor = sizeFactor();
    const ImVec2 dragOffset = m_editor.dragOffset();
    const bool dragging = dragOffset.x != 0.0f || dragOffset.y != 0.0f;
    OutlineCache& cache = m_outlineCache;
    const std::size_t count = m_scene.outlines().size();
    if (dragging || cache.generation != m_scene.generation() || cache.decorations != m_scene.decorations() ||
        cache.corners.size() != count) {
        // Each outline's hull of its members' centres, in world space (the camera only scales and
        // moves it): remade when the positions or the decorations change, or while dragging.
        cache.corners.assign(count, {});
        cache.padding.assign(count, 0.0f);
        std::vector<ImVec2> centers;
        for (std::size_t k = 0; k < count; ++k) {
            const Scene::Outline& outline = m_scene.outlines()[k];
            if (nodes()[outline.organization].hidden)
                continue;
            centers.clear();
            float padding = 0.0f;
            for (const std::size_t i : outline.members) {
                if (nodes()[i].hidden)
                    continue;
                centers.push_back(nodes()[i].selected ? nodes()[i].world + dragOffset : nodes()[i].world);
                padding = std::max(padding, nodes()[i].style.radius);
            }
            if (centers.empty())
                continue;
            cache.corners[k] = Painter::convexHull(centers);
            cache.padding[k] = padding;
        }
        cache.generation = dragging ? ~std::uint64_t{0} : m_scene.generation();
        cache.decorations = m_scene.decorations();
        cache.zoom = 0.0f;  // the padded polygons follow
    }
    if (cache.zoom != m_camera.zoom() || cache.pad != factor) {
        // The padded outline at this zoom (only the hull's corners get the disc treatment), kept in
        // world space: panning only moves it.
        cache.polygons.assign(count, {});
        cache.boxes.assign(count, Rect{});
        std::vector<ImVec2> corners;
        for (std::size_t k = 0; k < count; ++k) {
            if (cache.corners[k].empty())
                continue;
            const float pad = cache.padding[k] * factor * 1.25f + 10.0f * m_scale;
            // Corners closer than a quarter of the padding to the last one kept add nothing the
            // discs do not cover (an organization on the circle layout has every member on its hull).
            corners.clear();
            const float spacing = std::max(1.0f, pad * 0.25f);
            for (const ImVec2 c : cache.corners[k]) {
                const ImVec2 p = m_camera.worldToScreen(c);
                if (corners.empty() || length(p - corners.back()) >= spacing)
                    corners.push_back(p);
            }
            std::vector<ImVec2> polygon = Painter::paddedHull(corners, pad);
            if (polygon.size() < 3)
                continue;
            Rect box{m_camera.screenToWorld(polygon.front()), m_camera.screenToWorld(polygon.front())};
            for (ImVec2& p : polygon) {
                p = m_camera.screenToWorld(p);
                box.min = ImVec2(std::min(box.min.x, p.x), std::min(box.min.y, p.y));
                box.max = ImVec2(std::max(box.max.x, p.x), std::max(box.max.y, p.y));
            }
            cache.polygons[k] = std::move(polygon);
            cache.boxes[k] = box;
        }
        cache.zoom = m_camera.zoom();
        cache.pad = factor;
    }
    for (std::size_t k = 0; k < cache.polygons.size(); ++k) {
        const std::vector<ImVec2>& polygon = cache.polygons[k];
        if (polygon.size() < 3 || !cache.boxes[k].overlaps(m_worldView))
            continue;
        m_polygon.resize(polygon.size());
        for (std::size_t j = 0; j < polygon.size(); ++j)
            m_polygon[j] = m_camera.worldToScreen(polygon[j]);
        const ImU32 color = m_scene.outlines()[k].color;
        painter.hullPolygon(m_polygon, Style::withAlpha(color, 0.10f), Style::withAlpha(color, 0.55f));
        ++m_stats.outlinesDrawn;
    }
}

void Canvas::drawTies(Painter& painter) {
    const float factor = sizeFactor();
    const Rect view = m_camera.viewport();
    std::array<ImVec2, 17> curve{};
    TieStyle selectionStyle;
    selectionStyle.color = Style::withAlpha(kSelection, 0.45f);
    selectionStyle.thickness = 6.0f;
    const auto ghostStyle = [](TieStyle style) {
        style.color = Style::withAlpha(style.color, 0.18f);
        return style;
    };
    const auto markedStyle = [](const Scene::TieItem& tie) {
        TieStyle style = tie.style;
        style.thickness = std::max(style.thickness, 1.5f) * 1.8f;
        if (tie.ghost)
            style.color = Style::withAlpha(style.color, 0.55f);
        return style;
    };
    const auto styleOf = [&](const Scene::TieItem& tie) {
        return tie.marked ? markedStyle(tie) : tie.ghost ? ghostStyle(tie.style) : tie.style;
    };
    const bool dense = m_lastTiesDrawn > kDenseTies;
    // Sub-pixel ties of the dense path are counted per cell of the viewport (at their midpoint).
    const float cell = kDensityCell * m_scale;
    const int columns = std::max(1, static_cast<int>(std::ceil(view.width() / cell)));
    const int rows = std::max(1, static_cast<int>(std::ceil(view.height() / cell)));
    const auto drawOne = [&](const Scene::TieItem& tie, bool plain) {
        if (tie.hidden)
            return;
        const ImVec2 a = m_screen[tie.source];
        const ImVec2 b = m_screen[tie.target];
        if ((a.x < view.min.x && b.x < view.min.x) || (a.x > view.max.x && b.x > view.max.x) ||
            (a.y < view.min.y && b.y < view.min.y) || (a.y > view.max.y && b.y > view.max.y)) {
            return;
        }
        if (plain && !tie.selected && !tie.marked) {
            // Level of detail: a plain thin line, nothing for ties shorter than a few pixels.
            const ImVec2 d = b - a;
            if (d.x * d.x + d.y * d.y < 9.0f * m_scale * m_scale) {
                const ImVec2 mid = (a + b) * 0.5f - view.min;
                const int cx = static_cast<int>(mid.x / cell);
                const int cy = static_cast<int>(mid.y / cell);
                if (cx >= 0 && cy >= 0 && cx < columns && cy < rows) {
                    ++m_density[static_cast<std::size_t>(cy) * static_cast<std::size_t>(columns) +
                                static_cast<std::size_t>(cx)];
                    ++m_stats.tiesAggregated;
                }
                return;
            }
            const ImU32 color = Style::withAlpha(tie.style.color, tie.ghost ? 0.12f : 0.45f);
            painter.line(a, b, color, m_scale);
            ++m_stats.tiesDrawn;
            return;
        }
        const float ra =
            nodes()[tie.source].style.radius * factor * boundaryExtent(nodes()[tie.source].style.shape);
        const float rb =
            nodes()[tie.target].style.radius * factor * boundaryExtent(nodes()[tie.target].style.shape);
        const float distance = length(b - a);
        if (distance <= ra + rb + 2.0f * m_scale)
            return;  // overlapping nodes: nothing to draw
        const float gap = 1.5f * m_scale;
        if (tie.bend == 0.0f) {
            const ImVec2 u = (b - a) / distance;
            const std::array<ImVec2, 2> line{a + u * (ra + gap), b - u * (rb + gap)};
            if (tie.selected)
                painter.tie(line, selectionStyle, false);
            painter.tie(line, styleOf(tie), tie.style.arrow);
        } else {
            // Quadratic curve whose middle sits `bend` pixels to the side.
            const ImVec2 u = (b - a) / distance;
            const ImVec2 control = (a + b) * 0.5f + perpendicular(u) * (tie.bend * 2.0f * m_scale);
            const ImVec2 start = a + normalized(control - a) * (ra + gap);
            const ImVec2 end = b + normalized(control - b) * (rb + gap);
            for (std::size_t k = 0; k < curve.size(); ++k) {
                const float t = static_cast<float>(k) / static_cast<float>(curve.size() - 1);
                const float s = 1.0f - t;
                curve[k] = start * (s * s) + control * (2.0f * s * t) + end * (t * t);
            }
            if (tie.selected)
                painter.tie(curve, selectionStyle, false);
            painter.tie(curve, styleOf(tie), tie.style.arrow);
        }
        ++m_stats.tiesDrawn;
    };
    if (m_level.tieDensity) {
        // Level of detail: the ties as a density raster, the selected and marked one by one.
        m_raster.drawTies(painter, m_camera, view);
        m_stats.densityCells += static_cast<int>(m_raster.tieRuns().size());
        m_stats.tiesAggregated = static_cast<int>(m_index.ties().size() - m_index.specialTies().size());
        for (const std::uint32_t t : m_index.specialTies())
            drawOne(m_scene.ties()[t], false);
        return;
    }
    if (dense)
        m_density.assign(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows), 0);
    // Culling: the ties whose ends' box meets the view, in scene order (as they overlap).
    m_visible.clear();
    m_index.ties().query(m_worldView, m_visible);
    m_visible.insert(m_visible.end(), m_index.specialTies().begin(), m_index.specialTies().end());
    std::sort(m_visible.begin(), m_visible.end());
    m_visible.erase(std::unique(m_visible.begin(), m_visible.end()), m_visible.end());
    for (const std::uint32_t t : m_visible)
        drawOne(m_scene.ties()[t], dense);
    if (dense)
        drawDensity(painter, view, columns, rows);
}

void Canvas::drawDensity(Painter& painter, const Rect& view, int columns, int rows) {
    // Shade by log2(1 + ties): one tie is faint, a few hundred in a cell are nearly opaque.
    const float cell = kDensityCell * m_scale;
    const ImU32 ink = m_dark ? IM_COL32(225, 230, 240, 255) : IM_COL32(60, 70, 90, 255);
    for (int cy = 0; cy < rows; ++cy) {
        for (int cx = 0; cx < columns; ++cx) {
            const std::uint32_t count =
                m_density[static_cast<std::size_t>(cy) * static_cast<std::size_t>(columns) +
                          static_cast<std::size_t>(cx)];
            if (count == 0)
                continue;
            const float alpha = std::min(0.85f, 0.10f + 0.09f * std::log2(1.0f + static_cast<float>(count)));
            const ImVec2 min =
                view.min + ImVec2(static_cast<float>(cx) * cell, static_cast<float>(cy) * cell);
            painter.rect(min, min + ImVec2(cell, cell), Style::withAlpha(ink, alpha), 0, 0.0f, 0.0f);
            ++m_stats.densityCells;
        }
    }
}

void Canvas::drawNodes(Painter& painter) {
    const float factor = sizeFactor();
    const Rect view = m_camera.viewport();
    // Culling: the nodes in view; at the level of detail the crowd is a raster of coloured cells and
    // only the organizations, committees and marked nodes are shapes.
    m_visible.clear();
    if (m_level.nodeDensity) {
        m_raster.drawNodes(painter, m_camera, view);
        m_stats.densityCells += static_cast<int>(m_raster.nodeRuns().size());
        m_index.importantNodes().query(m_worldView, m_visible);
        m_onScreen.clear();
    } else {
        m_index.nodes().query(m_worldView, m_visible);
        m_onScreen = m_visible;
    }
    m_visible.insert(m_visible.end(), m_index.specialNodes().begin(), m_index.specialNodes().end());
    // Draw less important kinds first so organizations and committees stay on top.
    std::sort(m_visible.begin(), m_visible.end(),
              [&](std::uint32_t a, std::uint32_t b) { return m_index.rank(a) > m_index.rank(b); });
    m_visible.erase(std::unique(m_visible.begin(), m_visible.end()), m_visible.end());
    for (const std::uint32_t i : m_visible) {
        const Scene::NodeItem& node = nodes()[i];
        if (node.hidden)
            continue;
        const float r = node.style.radius * factor;
        const ImVec2 p = m_screen[i];
        const float reach = r * 1.4f;
        if (p.x + reach < view.min.x || p.x - reach > view.max.x || p.y + reach < view.min.y ||
            p.y - reach > view.max.y) {
            continue;
        }
        if (node.halo != 0 && !node.ghost) {
            painter.shape(Shape::Circle, p, r * 1.45f + 4.0f * m_scale, Style::withAlpha(node.halo, 0.10f),
                          Style::withAlpha(node.halo, 0.75f), 1.6f);
        }
        if (m_hovered == i) {
            painter.shape(Shape::Circle, p, r * 1.55f + 3.0f * m_scale, Style::withAlpha(kHoverRing, 0.25f),
                          kHoverRing, 2.0f);
        }
        if (node.highlight) {
            // "Highlighted in the view": a thick ring in the label colour, as pictures draw it.
            painter.shape(Shape::Circle, p, r * 1.3f + 5.0f * m_scale, 0,
                          m_dark ? kDarkLabelText : kLabelText, 3.5f);
        }
        if (r < 3.5f * m_scale && !node.selected && node.halo == 0 && node.mark == 0 && m_hovered != i &&
            !node.highlight) {
            painter.dot(p, std::max(r, 1.5f * m_scale),
                        node.ghost ? Style::withAlpha(node.style.fill, 0.2f) : node.style.fill);
            ++m_stats.nodesDrawn;
            continue;
        }
        if (node.ghost) {
            painter.shape(node.style.shape, p, r, Style::withAlpha(node.style.fill, 0.2f),
                          Style::withAlpha(node.style.outline, 0.35f), 1.0f);
        } else {
            painter.shape(node.style.shape, p, r, node.style.fill, node.style.outline, 1.4f);
        }
        if (node.mark != 0) {
            painter.shape(Shape::Circle, p, r * 1.25f + 3.5f * m_scale, 0,
                          node.ghost ? Style::withAlpha(node.mark, 0.7f) : node.mark, 3.0f);
        }
        if (node.selected) {
            painter.shape(Shape::Circle, p, r * 1.35f + 3.0f * m_scale, 0, kSelection, 2.5f);
        }
        ++m_stats.nodesDrawn;
    }
}

namespace {

constexpr float kTitleGrowth = 1.6f;  ///< the title's size over the label font's

}  // namespace

float Canvas::titleBandHeight(const PictureTitle& title, float width) const {
    if (title.empty())
        return 0.0f;
    ImFont* regular = m_regular != nullptr ? m_regular : ImGui::GetFont();
    ImFont* bold = m_bold != nullptr ? m_bold : regular;
    const float pad = 14.0f * m_scale;
    float height = pad * 2.0f;
    if (!title.title.empty())
        height +=
            bold->CalcTextSizeA(bold->FontSize * kTitleGrowth, 1e9f, width - pad * 2.0f, title.title.c_str())
                .y;
    if (!title.caption.empty())
        height +=
            (title.title.empty() ? 0.0f : pad * 0.4f) +
            regular->CalcTextSizeA(regular->FontSize, 1e9f, width - pad * 2.0f, title.caption.c_str()).y;
    return std::ceil(height);
}

void Canvas::drawTitleBand(Painter& painter, const Rect& area, const PictureTitle& title) const {
    ImFont* regular = m_regular != nullptr ? m_regular : ImGui::GetFont();
    ImFont* bold = m_bold != nullptr ? m_bold : regular;
    const float pad = 14.0f * m_scale;
    const float band = titleBandHeight(title, area.width());
    const Rect box{ImVec2(area.min.x, area.min.y - band), ImVec2(area.max.x, area.min.y)};
    painter.rect(box.min, box.max, background(m_dark), 0, 0.0f, 0.0f);
    painter.line(ImVec2(box.min.x + pad, box.max.y - 1.0f), ImVec2(box.max.x - pad, box.max.y - 1.0f),
                 m_dark ? IM_COL32(90, 96, 106, 255) : IM_COL32(210, 210, 205, 255), 1.0f * m_scale);
    const float wrap = area.width() - pad * 2.0f;
    ImVec2 at = box.min + ImVec2(pad, pad);
    if (!title.title.empty()) {
        const float size = bold->FontSize * kTitleGrowth;
        painter.text(bold, size, at, title.title, m_dark ? kDarkLabelText : kLabelText, wrap);
        at.y += bold->CalcTextSizeA(size, 1e9f, wrap, title.title.c_str()).y + pad * 0.4f;
    }
    if (!title.caption.empty())
        painter.text(regular, regular->FontSize, at, title.caption, m_dark ? kDarkHintText : kHintText, wrap);
}

void Canvas::drawNotes(ImDrawList* drawList) {
    m_noteRects.assign(notes().size(), Rect{});
    const float wrap = 190.0f * m_scale;
    const float pad = 7.0f * m_scale;
    const float fontSize = m_regular->FontSize;
    for (std::size_t k = 0; k < notes().size(); ++k) {
        const CanvasNote& note = notes()[k];
        const ImVec2 world{static_cast<float>(note.at.x), static_cast<float>(note.at.y)};
        const ImVec2 topLeft = m_camera.worldToScreen(world + m_editor.noteOffset(k));
        const ImVec2 text = m_regular->CalcTextSizeA(fontSize, 1e9f, wrap, note.text.c_str());
        const Rect box{topLeft,
                       topLeft + ImVec2(std::max(text.x, 40.0f * m_scale), text.y) + ImVec2(pad, pad) * 2.0f};
        m_noteRects[k] = box;
        if (!box.overlaps(m_camera.viewport()))
            continue;
        Painter painter(drawList, m_scale);
        painter.rect(box.min + ImVec2(2.0f, 2.0f) * m_scale, box.max + ImVec2(2.0f, 2.0f) * m_scale,
                     IM_COL32(0, 0, 0, 28), 0, 3.0f * m_scale, 0.0f);
        painter.rect(box.min, box.max, IM_COL32(255, 243, 176, 245), IM_COL32(196, 160, 40, 255),
                     3.0f * m_scale, 1.0f * m_scale);
        painter.text(m_regular, fontSize, box.min + ImVec2(pad, pad), note.text, kLabelText, wrap);
    }
}

std::optional<std::size_t> Canvas::noteAt(ImVec2 screen) const {
    for (std::size_t k = m_noteRects.size(); k-- > 0;) {
        if (m_noteRects[k].contains(screen))
            return k;
    }
    return std::nullopt;
}

void Canvas::drawMarksKey(ImDrawList* drawList, const Rect& area) const {
    const CanvasMarks& marks = activeMarks();
    if (marks.caption.empty() && marks.key.empty())
        return;
    ImFont* regular = m_regular != nullptr ? m_regular : ImGui::GetFont();
    ImFont* bold = m_bold != nullptr ? m_bold : regular;
    const float fontSize = regular->FontSize;
    const float pad = 8.0f * m_scale;
    const float ring = fontSize * 0.45f;
    const float rowHeight = fontSize * 1.4f;
    float width = bold->CalcTextSizeA(fontSize, 1e9f, 0.0f, marks.caption.c_str()).x;
    for (const auto& [color, text] : marks.key)
        width =
            std::max(width, ring * 2.0f + pad + regular->CalcTextSizeA(fontSize, 1e9f, 0.0f, text.c_str()).x);
    const float rows = (marks.caption.empty() ? 0.0f : 1.0f) + static_cast<float>(marks.key.size());
    // The first corner where the key hides neither the legend nor the minimap.
    const ImVec2 size{width + pad * 2.0f, rows * rowHeight + pad * 1.5f};
    const float margin = pad * 1.5f;
    const std::array<ImVec2, 4> corners{area.min + ImVec2(margin, margin),
                                        ImVec2(area.min.x + margin, area.max.y - margin - size.y),
                                        ImVec2(area.max.x - margin - size.x, area.max.y - margin - size.y),
                                        ImVec2(area.max.x - margin - size.x, area.min.y + margin)};
    Rect box{corners[0], corners[0] + size};
    for (const ImVec2 corner : corners) {
        const Rect candidate{corner, corner + size};
        const bool onLegend =
            m_legend.visible() && m_legend.rect().width() > 0.0f && candidate.overlaps(m_legend.rect());
        const bool onMinimap = minimapRect().width() > 0.0f && candidate.overlaps(minimapRect());
        if (!onLegend && !onMinimap) {
            box = candidate;
            break;
        }
    }
    drawList->AddRectFilled(box.min, box.max, Style::withAlpha(background(m_dark), 0.92f), 6.0f * m_scale);
    drawList->AddRect(box.min, box.max, m_dark ? IM_COL32(90, 96, 106, 255) : IM_COL32(200, 200, 195, 255),
                      6.0f * m_scale);
    const ImU32 text = m_dark ? kDarkLabelText : kLabelText;
    float y = box.min.y + pad;
    if (!marks.caption.empty()) {
        drawList->AddText(bold, fontSize, {box.min.x + pad, y}, text, marks.caption.c_str());
        y += rowHeight;
    }
    for (const auto& [color, label] : marks.key) {
        const ImVec2 centre{box.min.x + pad + ring, y + fontSize * 0.5f};
        drawList->AddCircle(centre, ring, color, 16, 2.5f * m_scale);
        drawList->AddText(regular, fontSize, {box.min.x + pad * 2.0f + ring * 2.0f, y}, text, label.c_str());
        y += rowHeight;
    }
}

void Canvas::drawHint(ImDrawList* drawList) const {
    if (m_hint.empty())
        return;
    // Centred lines; the first one in bold.
    const Rect view = m_camera.viewport();
    const float fontSize = m_regular->FontSize;
    const float lineHeight = fontSize * 1.45f;
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= m_hint.size();) {
        const std::size_t end = std::min(m_hint.find('\n', start), m_hint.size());
        lines.emplace_back(m_hint.data() + start, end - start);
        start = end + 1;
    }
    float y = std::round(view.center().y - lineHeight * static_cast<float>(lines.size()) * 0.5f);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        ImFont* font = k == 0 && m_bold != nullptr ? m_bold : m_regular;
        const std::string_view line = lines[k];
        const float width =
            font->CalcTextSizeA(fontSize, 1e9f, 0.0f, line.data(), line.data() + line.size()).x;
        drawList->AddText(
            font, fontSize, {std::round(view.center().x - width * 0.5f), y},
            k == 0 ? (m_dark ? kDarkLabelText : kLabelText) : (m_dark ? kDarkHintText : kHintText),
            line.data(), line.data() + line.size());
        y += lineHeight;
    }
}

void Canvas::showTooltip(std::size_t index) const {
    if (model() == nullptr || index >= model()->nodes.size())
        return;
    const core::Node& node = model()->nodes[index];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(node.displayLabel().c_str());
    const std::string kind(core::vocabulary::nodeKinds().labelOf(core::toString(node.kind)));
    std::string detail = kind;
    if (!node.type.empty()) {
        detail += " \xC2\xB7 ";  // ·
        detail += core::vocabulary::typesOf(node.kind).labelOf(node.type);
    }
    ImGui::TextDisabled("%s", detail.c_str());
    if (!node.organization.empty()) {
        const core::Node* organization = model()->findNode(node.organization);
        const std::string name = organization != nullptr ? organization->displayLabel() : node.organization;
        ImGui::TextDisabled(core::tr("in %s"), name.c_str());
    }
    ImGui::EndTooltip();
}

// -------------------------------------------------------------------------------------------- queries

std::optional<std::size_t> Canvas::tieAt(ImVec2 screen) const {
    if (m_screen.size() != nodes().size())
        return std::nullopt;
    const float tolerance = 5.0f * m_scale;
    std::optional<std::size_t> best;
    float bestDistance = tolerance;
    const auto distanceToSegment = [](ImVec2 p, ImVec2 a, ImVec2 b) {
        const ImVec2 ab = b - a;
        const float t = std::clamp(dot(p - a, ab) / std::max(dot(ab, ab), 1e-6f), 0.0f, 1.0f);
        return length(p - (a + ab * t));
    };
    for (const Scene::TieItem& tie : m_scene.ties()) {
        if (tie.hidden)
            continue;
        const ImVec2 a = m_screen[tie.source];
        const ImVec2 b = m_screen[tie.target];
        float d = 0.0f;
        if (tie.bend == 0.0f) {
            d = distanceToSegment(screen, a, b);
        } else {
            // The drawn quadratic curve, as two segments through its middle.
            const float len = std::max(length(b - a), 1e-3f);
            const ImVec2 control =
                (a + b) * 0.5f + perpendicular((b - a) / len) * (tie.bend * 2.0f * m_scale);
            const ImVec2 middle = (a + b) * 0.25f + control * 0.5f;
            d = std::min(distanceToSegment(screen, a, middle), distanceToSegment(screen, middle, b));
        }
        if (d < bestDistance) {
            bestDistance = d;
            best = tie.modelIndex;
        }
    }
    return best;
}

std::vector<std::size_t> Canvas::nodesIn(const Rect& screen) const {
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < nodes().size(); ++i) {
        if (!nodes()[i].hidden && screen.contains(m_camera.worldToScreen(nodes()[i].world)))
            inside.push_back(i);
    }
    return inside;
}

void Canvas::frameNodes(const std::vector<std::size_t>& framed) {
    m_fit.frame(m_camera, m_scene, framed, m_scale);
}

std::optional<std::size_t> Canvas::nodeAt(ImVec2 screen) const {
    if (nodes().empty())
        return std::nullopt;
    const float factor = sizeFactor();
    std::optional<std::size_t> best;
    float bestDistance = std::numeric_limits<float>::max();
    const auto test = [&](std::size_t i) {
        const ImVec2 p = m_camera.worldToScreen(nodes()[i].world);
        const float r = nodes()[i].style.radius * factor * 1.2f + 2.0f * m_scale;
        const float d = length(p - screen);
        if (d <= r && d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    };
    const ImVec2 dragOffset = m_editor.dragOffset();
    if (!m_index.current(m_scene) || dragOffset.x != 0.0f || dragOffset.y != 0.0f) {
        for (std::size_t i = 0; i < nodes().size(); ++i) {
            if (!nodes()[i].hidden)
                test(i);
        }
        return best;
    }
    // The nodes near the point, from the spatial index (ties broken by index, as a full scan does).
    const float reach =
        (m_index.maxRadius() * factor * 1.2f + 2.0f * m_scale) / std::max(m_camera.zoom(), Camera::kMinZoom);
    const ImVec2 world = m_camera.screenToWorld(screen);
    std::vector<std::uint32_t> near;
    m_index.nodes().query({world - ImVec2(reach, reach), world + ImVec2(reach, reach)}, near);
    std::sort(near.begin(), near.end());
    for (const std::uint32_t i : near)
        test(i);
    return best;
}

}  // namespace orgweave::studio
