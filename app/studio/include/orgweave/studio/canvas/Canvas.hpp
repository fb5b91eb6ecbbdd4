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
// Labels: priority organization > committee > site > role > others; each goes below its node, or
// above, right or left when that place overlaps an already placed label or another node; when all
// four do, it is skipped. Cost per frame: O(nodes + ties) plus
// O(m log m) per organization outline with m members. Level of detail: when the last frame drew
// more than kDenseTies ties, ties are plain thin lines (no patterns or arrows, none shorter than
// 3 px), and nodes smaller than 3.5 px are plain dots.

#include "orgweave/core/Model.hpp"
#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/ViewFilter.hpp"
#include "orgweave/studio/canvas/Camera.hpp"
#include "orgweave/studio/canvas/CameraTween.hpp"
#include "orgweave/studio/canvas/CanvasEditor.hpp"
#include "orgweave/studio/canvas/CanvasMarks.hpp"
#include "orgweave/studio/canvas/CanvasNotes.hpp"
#include "orgweave/studio/canvas/Legend.hpp"
#include "orgweave/studio/canvas/Style.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
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
};

class Canvas {
public:
    static constexpr int kDenseTies = 4000;
    /// The document to draw (not owned; must outlive its use), or null for an empty canvas.
    /// Call again after the model changed.
    void setModel(const core::Model* model);
    /// The same model changed (an edit): rebuilds the draw cache, keeps the camera.
    void modelChanged();
    /// The workspace whose selection, mapping, analysis and preview the canvas shows and edits
    /// (not owned; null: a read-only view of the model).
    void setWorkspace(Workspace* workspace) { m_workspace = workspace; }
    const core::Model* model() const { return m_model; }
    /// Marks of a read-only canvas (comparisons); a canvas with a workspace draws the workspace's.
    void setMarks(CanvasMarks marks);
    /// Ring colour of a marked node (0: none), for tests.
    ImU32 markColor(std::size_t index) const { return index < m_nodes.size() ? m_nodes[index].mark : 0; }
    CanvasEditor& editor() { return m_editor; }
    const CanvasEditor& editor() const { return m_editor; }
    /// Dark page with light labels (the dark theme); lines too dark to see are drawn light grey.
    void setDark(bool dark) {
        m_dark = dark;
        m_decorated = {};
    }
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
    void setReadOnly(bool readOnly) {
        m_readOnly = readOnly;
        m_decorated = {};
    }
    bool readOnly() const { return m_readOnly; }
    /// Text shown in the middle of an empty canvas.
    void setHint(std::string hint) { m_hint = std::move(hint); }
    /// The text shown in the middle of an empty canvas.
    const std::string& hint() const { return m_hint; }

    /// Draws the canvas at the current ImGui cursor with `size` (zero components take the rest of
    /// the window's content region) and handles its input.
    void draw(ImVec2 size = {0.0f, 0.0f});

    /// Frames all nodes (this frame if the viewport is known, else at the next draw) and keeps them
    /// framed while the viewport changes, until the user pans or zooms.
    void requestFit();
    /// Zooms about the middle of the view by `factor` (> 1 zooms in); the view stops following fit.
    void zoomBy(float factor);
    /// 100 %: one unit of the layout is one point on the screen.
    void zoomToActualSize();
    bool followsFit() const { return m_followFit; }

    Camera& camera() { return m_camera; }
    const Camera& camera() const { return m_camera; }
    /// The overview in a bottom corner (the one the legend does not use), shown while part of the
    /// network is out of view: every node as a dot and the visible part as a frame; clicking or
    /// dragging in it moves the view there.
    void setMinimapVisible(bool visible) { m_minimapVisible = visible; }
    bool minimapVisible() const { return m_minimapVisible; }
    /// The minimap's screen rectangle last frame (empty when hidden).
    const Rect& minimapRect() const { return m_minimapRect; }
    Legend& legend() { return m_legend; }
    const Legend& legend() const { return m_legend; }
    const Style& style() const { return m_style; }
    const CanvasStats& stats() const { return m_stats; }

    std::size_t nodeCount() const { return m_nodes.size(); }
    /// World position of node `index` (index into Model::nodes).
    ImVec2 worldPosition(std::size_t index) const { return m_nodes.at(index).world; }
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
    const std::vector<CanvasNote>& notes() const { return m_notes; }
    std::optional<std::size_t> noteAt(ImVec2 screen) const;
    /// Screen rectangle of note `index` in the last frame.
    Rect noteRect(std::size_t index) const {
        return index < m_noteRects.size() ? m_noteRects[index] : Rect{};
    }
    /// Nodes whose centre lies in a screen rectangle.
    std::vector<std::size_t> nodesIn(const Rect& screen) const;
    /// Index of a node id in Model::nodes.
    std::optional<std::size_t> indexOf(std::string_view id) const { return m_index.find(id); }
    /// Frames these nodes (indices into Model::nodes) at a comfortable zoom.
    void frameNodes(const std::vector<std::size_t>& nodes);
    /// Whether node `index` carries the mapping's "highlighted in the view" ring.
    bool highlighted(std::size_t index) const { return index < m_nodes.size() && m_nodes[index].highlight; }
    /// The smooth camera move toward the workspace stage's last camera request.
    const CameraTween& tween() const { return m_tween; }
    /// Whether node `index` is drawn ghosted (absent from the mapping's phase).
    bool ghosted(std::size_t index) const { return index < m_nodes.size() && m_nodes[index].ghost; }
    /// Whether node `index` is left out: outside the mapping's filter, or absent from the phase with
    /// the mapping's hideAbsent. Not drawn, no label, cannot be clicked, box-selected or framed.
    bool hidden(std::size_t index) const { return index < m_nodes.size() && m_nodes[index].hidden; }
    /// Halo colour of node `index` (0 = none).
    ImU32 haloColor(std::size_t index) const { return index < m_nodes.size() ? m_nodes[index].halo : 0; }
    /// Fill of node `index` after the colour mapping.
    ImU32 fillColor(std::size_t index) const { return m_nodes.at(index).style.fill; }
    /// Whether node `index`'s label was drawn in the last frame (false when skipped or off screen).
    bool labelShown(std::size_t index) const { return index < m_labelShown.size() && m_labelShown[index]; }
    /// Rectangles of the labels drawn in the last frame.
    const std::vector<Rect>& labelRects() const { return m_placedLabels; }
    /// Whether some node had no stored position and was placed on the fallback circle.
    bool usesCircleLayout() const { return m_circleFallback; }
    /// Bounding box of all node positions in world space (empty when there are no nodes).
    Rect contentBounds() const;
    Rect viewport() const { return m_camera.viewport(); }

private:
    struct NodeItem {
        ImVec2 world{};   ///< drawn position (the preview's while a layout animates)
        ImVec2 stored{};  ///< position from the document (or the fallback circle)
        NodeStyle base;   ///< style by kind and organization
        NodeStyle style;  ///< after the workspace's colour and size mapping
        bool selected = false;
        bool ghost = false;
        bool hidden = false;     ///< outside the mapping's filter, or absent from the phase with hideAbsent
        bool highlight = false;  ///< in the mapping's highlighted nodes
        ImU32 halo = 0;
        ImU32 mark = 0;     ///< comparison or scenario ring (CanvasMarks)
        std::string label;  ///< shortened display label
        int priority = 0;   ///< lower is more important
        bool bold = false;
        std::string organizationId;
    };
    struct TieItem {
        std::size_t modelIndex = 0;  ///< index into Model::ties
        bool selected = false;
        bool ghost = false;
        bool hidden = false;  ///< an end is hidden, or absent from the phase with hideAbsent
        std::size_t source = 0;
        std::size_t target = 0;
        TieStyle style;
        ImU32 baseColor = 0;  ///< the style's colour before the theme's adjustment
        bool marked = false;  ///< drawn in a CanvasMarks colour
        float bend = 0.0f;    ///< sideways offset of the curve's middle (parallel ties), at scale 1
    };
    struct Outline {
        std::size_t organization = 0;      ///< node index of the organization
        std::vector<std::size_t> members;  ///< the organization, its sites and its roles
        ImU32 color = 0;
    };

    void rebuild();
    /// Re-applies selection, mapping, halos, ghosts and preview when any of them changed.
    void refreshDecorations();
    void placeMissingOnCircle(const std::vector<std::size_t>& missing);
    void handleInput(bool hovered, bool activated, bool active);
    /// Takes the workspace stage's camera request, advances the move and publishes the camera.
    void followStage();
    void fitToContent();
    float typicalSpacing() const;
    float sizeFactor() const;

    void drawOutlines(Painter& painter);
    void drawTies(Painter& painter);
    void drawNodes(Painter& painter);
    void drawLabels(Painter& painter);
    void drawHint(ImDrawList* drawList) const;
    void drawNotes(ImDrawList* drawList);
    void applyMarks(const CanvasMarks& marks);
    void drawMarksKey(ImDrawList* drawList, const Rect& area) const;
    const CanvasMarks& activeMarks() const;
    /// Lays out the minimap and handles clicks in it (before the canvas's own item).
    void minimapInput(const Rect& area);
    void drawMinimap(ImDrawList* drawList) const;
    void showTooltip(std::size_t index) const;

    const core::Model* m_model = nullptr;
    Workspace* m_workspace = nullptr;
    CanvasEditor m_editor;
    CanvasMarks m_marks;  ///< a read-only canvas's own marks
    std::uint64_t m_marksRevision = 1;
    core::NodeIndex m_index;
    std::uint64_t m_generation = 0;  ///< grows with every rebuild
    struct DecorationKey {
        std::uint64_t generation = ~std::uint64_t{0};
        std::uint64_t selection = 0;
        std::uint64_t preview = 0;
        const void* snapshot = nullptr;
        std::uint64_t marks = 0;
        std::string colorBy;
        std::string sizeBy;
        std::string haloRule;
        std::string phase;
        std::vector<std::string> highlighted;
        core::ViewFilter filter;
        bool readOnly = false;
        bool halos = true;
        bool hideAbsent = false;
        bool operator==(const DecorationKey&) const = default;
    } m_decorated;
    Style m_style;
    Camera m_camera;
    Legend m_legend;
    std::vector<NodeItem> m_nodes;
    std::vector<TieItem> m_ties;
    std::vector<Outline> m_outlines;
    std::vector<CanvasNote> m_notes;
    std::vector<Rect> m_noteRects;           ///< this frame's note boxes
    std::vector<std::size_t> m_labelOrder;   ///< node indices by label priority
    std::uint64_t m_decorations = 0;         ///< grows each time refreshDecorations() changes something
    std::vector<std::size_t> m_labelPasses;  ///< m_labelOrder: highlighted first, ghosts last
    std::uint64_t m_labelPassesFor = ~std::uint64_t{0};  ///< m_decorations the passes were made for
    std::vector<ImVec2> m_screen;                        ///< this frame's screen positions
    std::vector<Rect> m_placedLabels;                    ///< this frame's label rectangles
    std::vector<bool> m_labelShown;                      ///< this frame: node index → label drawn
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> m_labelGrid;  ///< cell → m_placedLabels
    std::vector<Rect> m_nodeRects;                                             ///< this frame's node boxes
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> m_nodeGrid;   ///< cell → node indices
    bool m_circleFallback = false;

    float m_scale = 1.0f;
    bool m_dark = false;
    ImFont* m_regular = nullptr;
    ImFont* m_bold = nullptr;
    std::string m_hint = "No document open.";

    CameraTween m_tween;
    bool m_readOnly = false;
    bool m_fitPending = true;
    bool m_followFit = true;
    bool m_hasViewport = false;
    bool m_panning = false;
    float m_referenceZoom = 1.0f;   ///< zoom of the last fit; node sizes grow gently from it
    float m_typicalSpacing = 0.0f;  ///< world distance between close neighbours (30th percentile)
    float m_density = 1.0f;         ///< node size factor chosen at the last fit (dense pictures: smaller)
    Rect m_lastLegend;
    bool m_minimapVisible = true;
    Rect m_minimapRect;
    Rect m_minimapWorld;  ///< world rectangle the minimap shows              ///< the legend's rectangle last
                          ///< frame (a change re-fits a fitted view)
    std::optional<std::size_t> m_hovered;
    CanvasStats m_stats;
    int m_lastTiesDrawn = 0;  ///< ties drawn last frame: many means the level-of-detail path
};

}  // namespace orgweave::studio
