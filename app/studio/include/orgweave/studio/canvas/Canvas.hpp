#pragma once
// The network canvas: draws a document's nodes at their stored positions (model.layout.positions;
// nodes without one go on a circle), its ties by kind, organizations as soft outlines around their
// sites and roles (containment is never a line), labels and the legend. Pan by dragging the
// background with the left button or anywhere with the middle button; zoom with the wheel at the
// cursor; requestFit() frames the content (and keeps it framed on resize until the user moves).
//
// With a Workspace (setWorkspace) it is also the editor: selection, drag, create and connect
// (CanvasEditor), colour and size by the workspace's mapping (NodeMapping.hpp, as rendered
// pictures), halos around the nodes the gap findings name (red critical, amber warning, blue
// info), nodes outside the mapping's phase ghosted (or left out with hideAbsent), and layout
// previews.
// It knows ImGui (draw lists and io) but no window system, so tests drive it headless.
// Parts: the Scene (what is drawn, in world space), CanvasFit (framing and node size),
// LabelPlacer (labels), Minimap, and the CanvasEditor, the one owner of pointer input: each frame
// the canvas takes one hit snapshot (CanvasHit) and the editor decides what it means (select,
// drag, connect, box, pan, zoom).
// Culling: a SceneIndex (world-space bucket grids of nodes and ties, rebuilt only when positions or
// decorations change) lists what lies in the view; only that is drawn. Level of detail
// (LevelOfDetail.hpp): above its budgets of ties or nodes in view, ties are drawn as a density
// raster and nodes as coloured cells (DensityRaster, rebuilt when the zoom level or the positions
// change, not while panning), the organizations, committees and marked nodes staying shapes;
// below them, when the last frame drew more than kDenseTies ties, ties are plain thin lines (no
// patterns or arrows) and ties shorter than 3 px are counted into a grid of kDensityCell px cells
// drawn as a shade whose darkness grows with the logarithm of the count, and nodes smaller than
// 3.5 px are plain dots. Organization outlines are hulls cached in world space (padded once per
// zoom) and moved while panning. Labels
// are capped per frame (LabelPlacer). Cost per frame: O(n) for the screen positions (two
// multiply-adds each), otherwise O(visible items + raster runs + grid cells in view).

#include "orgweave/core/Model.hpp"
#include "orgweave/studio/canvas/Camera.hpp"
#include "orgweave/studio/canvas/CameraTween.hpp"
#include "orgweave/studio/canvas/CanvasEditor.hpp"
#include "orgweave/studio/canvas/CanvasFit.hpp"
#include "orgweave/studio/canvas/CanvasMarks.hpp"
#include "orgweave/studio/canvas/CanvasNotes.hpp"
#include "orgweave/studio/canvas/DensityRaster.hpp"
#include "orgweave/studio/canvas/LabelPlacer.hpp"
#include "orgweave/studio/canvas/Legend.hpp"
#include "orgweave/studio/canvas/LevelOfDetail.hpp"
#include "orgweave/studio/canvas/Minimap.hpp"
#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/canvas/SceneIndex.hpp"
#include "orgweave/studio/canvas/Style.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace orgweave::studio {

class Painter;

/// What the last frame drew, for tests and the status bar.
struct CanvasStats {
    int nodesDrawn = 0;
    int tiesDrawn = 0;
    int outlinesDrawn = 0;
    int labelsDrawn = 0;
    int labelsSkipped = 0;
    int tiesAggregated = 0;    ///< sub-pixel ties drawn as density cells, not one by one
    int densityCells = 0;      ///< density cells drawn
    bool tieDensity = false;   ///< ties drawn as a density raster (level of detail)
    bool nodeDensity = false;  ///< nodes drawn as coloured cells (level of detail)
};

class Canvas {
public:
    static constexpr int kDenseTies = 4000;
    static constexpr float kDensityCell = 4.0f;  ///< density cell side, in unscaled pixels
    /// The document to draw (not owned; must outlive its use), or null for an empty canvas.
    /// Call again after the model changed.
    void setModel(const core::Model* model);
    /// The same model changed (an edit): rebuilds the draw cache, keeps the camera.
    void modelChanged();
    /// The workspace whose selection, mapping, analysis and preview the canvas shows and edits
    /// (not owned; null: a read-only view of the model).
    void setWorkspace(Workspace* workspace) { m_workspace = workspace; }
    const core::Model* model() const { return m_scene.model(); }
    /// What is drawn, in world space (items, outlines, notes, label order).
    const Scene& scene() const { return m_scene; }
    /// Marks of a read-only canvas (comparisons); a canvas with a workspace draws the workspace's.
    void setMarks(CanvasMarks marks);
    /// Ring colour of a marked node (0: none), for tests.
    ImU32 markColor(std::size_t index) const { return index < nodes().size() ? nodes()[index].mark : 0; }
    CanvasEditor& editor() { return m_editor; }
    const CanvasEditor& editor() const { return m_editor; }
    /// Dark page with light labels (the dark theme); lines too dark to see are drawn light grey.
    void setDark(bool dark) { m_dark = dark; }
    bool dark() const { return m_dark; }
    /// High-DPI factor for sizes and line widths.
    void setScale(float scale) { m_scale = scale; }
    float scale() const { return m_scale; }
    /// Fonts for labels (regular) and for organization/committee labels and legend headers (bold);
    /// null means the current ImGui font.
    void setFonts(ImFont* regular, ImFont* bold);
    ImFont* regularFont() const { return m_regular; }
    ImFont* boldFont() const { return m_bold; }
    /// Read-only (presentation): no selection, editing gestures, menus or selection marks; pan,
    /// zoom and the workspace's mapping stay.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool readOnly() const { return m_readOnly; }
    /// Text shown in the middle of an empty canvas.
    void setHint(std::string hint) { m_hint = std::move(hint); }
    /// The text shown in the middle of an empty canvas.
    const std::string& hint() const { return m_hint; }

    /// Draws the canvas at the current ImGui cursor with `size` (zero components take the rest of
    /// the window's content region) and handles its input.
    void draw(ImVec2 size = {0.0f, 0.0f});

    /// A title band above an exported picture (`orgweave render`: the view's or the document's
    /// title, and the view's caption wrapped to the picture's width); empty: no band.
    struct PictureTitle {
        std::string title;
        std::string caption;
        bool empty() const { return title.empty() && caption.empty(); }
    };
    /// File › Export picture: the next draw() also records the canvas as a vector picture (its items,
    /// labels, notes, ghosts, halos, selection and legend; not the minimap or the editor's overlay)
    /// and writes it to `path` (SVG, PNG at twice the size, or PDF by the extension). With
    /// `fitAll` that frame frames the whole network first (the view returns after). A `title`
    /// makes the picture taller by titleBandHeight() (the band on top, the canvas below). The
    /// outcome comes from takeExportResult() after that draw.
    void requestExport(std::filesystem::path path, bool fitAll = false, PictureTitle title = {});
    /// Height in pixels of the title band of a picture `width` pixels wide (0 for an empty title).
    float titleBandHeight(const PictureTitle& title, float width) const;
    struct ExportResult {
        std::filesystem::path path;
        std::string error;  ///< empty: written
    };
    std::optional<ExportResult> takeExportResult() { return std::exchange(m_exportResult, std::nullopt); }
    bool exportPending() const { return m_exportRequest.has_value(); }

    /// Frames all nodes (this frame if the viewport is known, else at the next draw) and keeps them
    /// framed while the viewport changes, until the user pans or zooms.
    void requestFit() { m_fit.request(); }
    bool followsFit() const { return m_fit.follows(); }
    /// Moves the view by a screen offset, or zooms by `factor` at a screen point, as the user does
    /// (the view stops following the fit). The editor calls these for drags and the wheel.
    void panBy(ImVec2 delta);
    void zoomAt(ImVec2 screen, float factor);
    /// Zooms about the middle of the view by `factor` (> 1 zooms in); the view stops following fit.
    void zoomBy(float factor);
    /// 100 %: one unit of the layout is one point on the screen.
    void zoomToActualSize();

    Camera& camera() { return m_camera; }
    const Camera& camera() const { return m_camera; }
    /// The overview in a bottom corner (the one the legend does not use), shown while part of the
    /// network is out of view: every node as a dot and the visible part as a frame; clicking or
    /// dragging in it moves the view there.
    void setMinimapVisible(bool visible) { m_minimap.setVisible(visible); }
    bool minimapVisible() const { return m_minimap.visible(); }
    /// The minimap's screen rectangle last frame (empty when hidden).
    const Rect& minimapRect() const { return m_minimap.rect(); }
    Legend& legend() { return m_legend; }
    const Legend& legend() const { return m_legend; }
    const Style& style() const { return m_scene.style(); }
    const CanvasStats& stats() const { return m_stats; }
    /// The spatial index and the density raster behind culling and level of detail (tests).
    const SceneIndex& sceneIndex() const { return m_index; }
    const DensityRaster& densityRaster() const { return m_raster; }

    std::size_t nodeCount() const { return nodes().size(); }
    /// World position of node `index` (index into Model::nodes).
    ImVec2 worldPosition(std::size_t index) const { return nodes().at(index).world; }
    ImVec2 screenPosition(std::size_t index) const { return m_camera.worldToScreen(worldPosition(index)); }
    /// Radius of node `index` on screen this frame.
    float screenRadius(std::size_t index) const;
    /// The node under the pointer this frame (none while a button is held on the canvas).
    std::optional<std::size_t> hoveredNode() const { return m_hovered; }
    /// The topmost node under a screen point, if any.
    std::optional<std::size_t> nodeAt(ImVec2 screen) const;
    /// The tie (index into Model::ties) nearest a screen point within a few pixels, if any.
    std::optional<std::size_t> tieAt(ImVec2 screen) const;
    /// The document's notes (CanvasNotes.hpp) and the note under a screen point, if any.
    const std::vector<CanvasNote>& notes() const { return m_scene.notes(); }
    std::optional<std::size_t> noteAt(ImVec2 screen) const;
    /// Screen rectangle of note `index` in the last frame.
    Rect noteRect(std::size_t index) const {
        return index < m_noteRects.size() ? m_noteRects[index] : Rect{};
    }
    /// Nodes whose centre lies in a screen rectangle.
    std::vector<std::size_t> nodesIn(const Rect& screen) const;
    /// Index of a node id in Model::nodes.
    std::optional<std::size_t> indexOf(std::string_view id) const { return m_scene.index().find(id); }
    /// Frames these nodes (indices into Model::nodes) at a comfortable zoom.
    void frameNodes(const std::vector<std::size_t>& nodes);
    /// Whether node `index` carries the mapping's "highlighted in the view" ring.
    bool highlighted(std::size_t index) const { return index < nodes().size() && nodes()[index].highlight; }
    /// The smooth camera move toward the workspace stage's last camera request.
    const CameraTween& tween() const { return m_tween; }
    /// Whether node `index` is drawn ghosted (absent from the mapping's phase).
    bool ghosted(std::size_t index) const { return index < nodes().size() && nodes()[index].ghost; }
    /// Whether node `index` is left out: outside the mapping's filter, or absent from the phase with
    /// the mapping's hideAbsent. Not drawn, no label, cannot be clicked, box-selected or framed.
    bool hidden(std::size_t index) const { return index < nodes().size() && nodes()[index].hidden; }
    /// Halo colour of node `index` (0 = none).
    ImU32 haloColor(std::size_t index) const { return index < nodes().size() ? nodes()[index].halo : 0; }
    /// Fill of node `index` after the colour mapping.
    ImU32 fillColor(std::size_t index) const { return nodes().at(index).style.fill; }
    /// Whether node `index`'s label was drawn in the last frame (false when skipped or off screen).
    bool labelShown(std::size_t index) const { return m_labels.shown(index); }
    /// Rectangles of the labels drawn in the last frame.
    const std::vector<Rect>& labelRects() const { return m_labels.rects(); }
    /// Whether some node had no stored position and was placed on the fallback circle.
    bool usesCircleLayout() const { return m_scene.usesCircleLayout(); }
    /// Bounding box of the visible node positions in world space (empty when there are no nodes).
    Rect contentBounds() const { return m_scene.contentBounds(); }
    Rect viewport() const { return m_camera.viewport(); }

private:
    const std::vector<Scene::NodeItem>& nodes() const { return m_scene.nodes(); }
    /// Re-applies the scene's decorations (selection, mapping, halos, ghosts, marks, preview).
    void decorate();
    /// This frame's hit snapshot: what lies under the pointer, once, before anything acts on it.
    CanvasHit hitTest(bool hovered, bool activated, bool active) const;
    /// Takes the workspace stage's camera request, advances the move and publishes the camera.
    void followStage();
    float sizeFactor() const { return m_fit.sizeFactor(m_camera, m_scale); }

    /// Culling and level of detail for this frame: the index, the world view, the level, the raster.
    void prepareLevel();
    void drawOutlines(Painter& painter);
    void drawTies(Painter& painter);
    /// The sub-pixel ties counted in m_density, as shaded cells of the viewport.
    void drawDensity(Painter& painter, const Rect& view, int columns, int rows);
    void drawNodes(Painter& painter);
    void drawHint(ImDrawList* drawList) const;
    void drawNotes(ImDrawList* drawList);
    void drawMarksKey(ImDrawList* drawList, const Rect& area) const;
    const CanvasMarks& activeMarks() const;
    void showTooltip(std::size_t index) const;

    Workspace* m_workspace = nullptr;
    Scene m_scene;
    CanvasFit m_fit;
    LabelPlacer m_labels;
    Minimap m_minimap;
    CanvasEditor m_editor;
    CanvasMarks m_marks;  ///< a read-only canvas's own marks
    std::uint64_t m_marksRevision = 1;
    Camera m_camera;
    Legend m_legend;
    std::vector<Rect> m_noteRects;  ///< this frame's note boxes
    std::vector<ImVec2> m_screen;   ///< this frame's screen positions

    float m_scale = 1.0f;
    bool m_dark = false;
    ImFont* m_regular = nullptr;
    ImFont* m_bold = nullptr;
    std::string m_hint = "No document open.";

    struct ExportRequest {
        std::filesystem::path path;
        bool fitAll = false;
        PictureTitle title;
    };
    /// The title band of an exported picture above `area` (recorded only: it lies off the canvas).
    void drawTitleBand(Painter& painter, const Rect& area, const PictureTitle& title) const;
    std::optional<ExportRequest> m_exportRequest;
    std::optional<ExportResult> m_exportResult;

    CameraTween m_tween;
    bool m_readOnly = false;
    bool m_hasViewport = false;
    std::optional<std::size_t> m_hovered;
    CanvasStats m_stats;
    int m_lastTiesDrawn = 0;  ///< ties drawn or aggregated last frame: many means level of detail
    std::vector<std::uint32_t> m_density;  ///< sub-pixel ties per density cell (reused every frame)
    SceneIndex m_index;
    DensityRaster m_raster;
    LevelOfDetail m_level;
    Rect m_worldView;                       ///< this frame's view in world space, with a margin
    std::vector<std::uint32_t> m_visible;   ///< scratch: items found in view
    std::vector<std::uint32_t> m_onScreen;  ///< nodes in view this frame (labels)
    struct OutlineCache {
        std::uint64_t generation = ~std::uint64_t{0};
        std::uint64_t decorations = ~std::uint64_t{0};
        std::vector<std::vector<ImVec2>> corners;  ///< hull of the members' centres, world space
        std::vector<float> padding;                ///< the members' largest radius
        float zoom = 0.0f;
        float pad = 0.0f;
        std::vector<std::vector<ImVec2>> polygons;  ///< padded, world space, per Scene::outlines() entry
        std::vector<Rect> boxes;                    ///< their world bounding boxes
    } m_outlineCache;
    std::vector<ImVec2> m_polygon;  ///< scratch
};

}  // namespace orgweave::studio
