#pragma once
// Places and draws the canvas's node labels each frame. Labels go in the scene's label order (the
// view's highlighted and the selected nodes first, ghosts last; priority organization > committee >
// site > role > others), each below its node, or above, right or left when that place overlaps the
// legend, an already placed label or another node; the full label first, the shortened one when the
// full one finds no place; when all places collide it is skipped. Organization and committee names
// (and the highlighted and selected) may cover less important nodes, so at scale they win over role
// labels; the hovered, highlighted and selected nodes always show their names (where nothing is free,
// in the place that covers the least of the labels already drawn). Collisions are found in a
// uniform grid of 128 px cells; the nodes a label must avoid come from the canvas's SceneIndex when
// the frame gives one (else from a grid of the nodes in view made each frame). At most
// LevelOfDetail::kMaxLabels labels are drawn and kMaxLabelTries tried per frame (the hovered node's
// is tried after the cap), so a frame of a national network costs what a few thousand labels cost;
// at the node level of detail (importantOnly) only organizations, committees and the named nodes
// are tried.
// Cost per frame: O(labels tried × nodes near each) plus, with `visible`, O(v log v) for the v
// nodes in view, else O(n) at most; the pass order is remade only when the decorations change.

#include "orgweave/studio/canvas/Camera.hpp"
#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/canvas/SceneIndex.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace orgweave::studio {

class Painter;

/// What one frame's label placement needs from the canvas.
struct LabelFrame {
    Rect view;    ///< the canvas's screen rectangle
    Rect legend;  ///< the legend's rectangle (labels avoid it)
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    float scale = 1.0f;       ///< high-DPI factor
    float sizeFactor = 1.0f;  ///< node radius factor of this frame
    std::optional<std::size_t> hovered;
    bool readOnly = false;  ///< ghosts get no label while presenting
    bool dark = false;
    /// The scene's spatial index (current) and the camera: obstacles come from its grids.
    const SceneIndex* index = nullptr;
    const Camera* camera = nullptr;
    /// The nodes in view, any order (null: every node in label order, screen-tested).
    const std::vector<std::uint32_t>* visible = nullptr;
    /// Level of detail: nodes drawn as cells, so only organizations, committees and the hovered,
    /// highlighted and selected nodes are named (a role's label would hide dozens of nodes).
    bool importantOnly = false;
};

class LabelPlacer {
public:
    /// Places and draws the labels of `scene` whose nodes are at `screen` (by node index); returns
    /// how many were drawn and how many on-screen labels were skipped.
    struct Counts {
        int drawn = 0;
        int skipped = 0;
    };
    Counts place(const Scene& scene, const std::vector<ImVec2>& screen, const LabelFrame& frame,
                 Painter& painter);

    /// Whether node `index`'s label was drawn in the last frame.
    bool shown(std::size_t index) const { return index < m_shown.size() && m_shown[index]; }
    /// Rectangles of the labels drawn in the last frame.
    const std::vector<Rect>& rects() const { return m_placed; }

private:
    std::vector<Rect> m_placed;
    std::vector<bool> m_shown;
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> m_labelGrid;  ///< cell → m_placed
    std::vector<Rect> m_nodeRects;
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> m_nodeGrid;  ///< cell → node indices
    std::vector<std::size_t> m_passes;              ///< label order: highlighted first, ghosts last
    std::vector<std::uint32_t> m_passRank;          ///< node → position in m_passes
    std::vector<std::size_t> m_order;               ///< scratch: this frame's candidates
    std::uint64_t m_passesFor = ~std::uint64_t{0};  ///< Scene::decorations() the passes were made for
};

}  // namespace orgweave::studio
