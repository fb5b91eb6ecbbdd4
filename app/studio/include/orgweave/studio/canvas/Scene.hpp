#pragma once
// What the canvas draws, in world space, apart from any frame: one item per node (position, style
// by kind and organization, label, priority), per tie (ends, style, bend of parallel ties) and
// per organization outline (layouts::outlineMembership, as pictures), the document's notes, and
// the label order. rebuild() makes it from a model (nodes without a stored position go on a
// circle); decorate() re-applies what the workspace adds (selection, colour and size mapping,
// filter, highlights, ghosts of the phase, gap halos, marks, layout preview) when any of it
// changed. No ImGui calls: tests build scenes directly. Cost: rebuild O(n log n + m log m);
// decorate O(n + m + findings) when something changed, O(1) otherwise.

#include "orgweave/core/Model.hpp"
#include "orgweave/core/NodeIndex.hpp"
#include "orgweave/core/ViewFilter.hpp"
#include "orgweave/studio/canvas/CanvasMarks.hpp"
#include "orgweave/studio/canvas/CanvasNotes.hpp"
#include "orgweave/studio/canvas/Style.hpp"
#include "orgweave/studio/support/VecMath.hpp"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace orgweave::studio {

class Legend;
class Workspace;

/// How the scene is decorated: the workspace (null: a read-only view with its own marks) and the
/// canvas's switches.
struct SceneContext {
    const Workspace* workspace = nullptr;
    const CanvasMarks* ownMarks = nullptr;  ///< used when there is no workspace
    std::uint64_t ownMarksRevision = 0;
    bool readOnly = false;
    bool dark = false;
};

class Scene {
public:
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
        ImU32 mark = 0;         ///< comparison or scenario ring (CanvasMarks)
        std::string label;      ///< shortened display label (30 bytes)
        std::string fullLabel;  ///< the display label, at most 90 bytes: drawn where there is room
        int priority = 0;       ///< lower is more important
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
        float baseThickness = 1.0f;
        bool marked = false;  ///< drawn in a CanvasMarks colour
        float bend = 0.0f;    ///< sideways offset of the curve's middle (parallel ties), at scale 1
    };
    struct Outline {
        std::size_t organization = 0;      ///< node index of the organization
        std::vector<std::size_t> members;  ///< the organization, its sites and its roles
        ImU32 color = 0;
    };

    /// Rebuilds every item from `model` (not owned; null: an empty scene) and sets the legend's
    /// content.
    void rebuild(const core::Model* model, Legend& legend);
    /// Re-applies the decorations when any input changed; true when it did (the legend's colour
    /// block follows the colour mapping).
    bool decorate(const SceneContext& context, Legend& legend);
    /// Forces the next decorate() to re-apply everything.
    void invalidateDecorations() { m_decorated = {}; }

    const core::Model* model() const { return m_model; }
    const Style& style() const { return m_style; }
    const std::vector<NodeItem>& nodes() const { return m_nodes; }
    const std::vector<TieItem>& ties() const { return m_ties; }
    const std::vector<Outline>& outlines() const { return m_outlines; }
    const std::vector<CanvasNote>& notes() const { return m_notes; }
    /// Node indices by label priority: kind, then committee level, then the better connected first.
    const std::vector<std::size_t>& labelOrder() const { return m_labelOrder; }
    const core::NodeIndex& index() const { return m_index; }
    /// Grows with every rebuild.
    std::uint64_t generation() const { return m_generation; }
    /// Grows with every decorate() that changed something.
    std::uint64_t decorations() const { return m_decorations; }
    /// Whether some node had no stored position and was placed on the fallback circle.
    bool usesCircleLayout() const { return m_circleFallback; }
    /// World distance between close neighbours (30th percentile of nearest-neighbour distances).
    float typicalSpacing() const { return m_typicalSpacing; }
    /// Bounding box of the visible nodes (all of them when every node is hidden); empty without nodes.
    /// Computed once per generation and decorations (O(n)), then cached.
    Rect contentBounds() const;

private:
    void placeMissingOnCircle(const std::vector<std::size_t>& missing);
    float measureTypicalSpacing() const;
    void applyMarks(const CanvasMarks& marks);

    const core::Model* m_model = nullptr;
    Style m_style;
    core::NodeIndex m_index;
    std::vector<NodeItem> m_nodes;
    std::vector<TieItem> m_ties;
    std::vector<Outline> m_outlines;
    std::vector<CanvasNote> m_notes;
    std::vector<std::size_t> m_labelOrder;
    std::uint64_t m_generation = 0;
    std::uint64_t m_decorations = 0;
    bool m_circleFallback = false;
    float m_typicalSpacing = 0.0f;
    mutable Rect m_bounds;
    mutable std::uint64_t m_boundsGeneration = ~std::uint64_t{0};
    mutable std::uint64_t m_boundsDecorations = ~std::uint64_t{0};
    struct DecorationKey {
        std::uint64_t generation = ~std::uint64_t{0};
        std::uint64_t selection = 0;
        std::uint64_t preview = 0;
        const void* snapshot = nullptr;
        std::uint64_t marks = 0;
        std::string colorBy;
        std::string sizeBy;
        std::string shapeBy;
        std::string tieColorBy;
        std::string haloRule;
        std::string phase;
        std::vector<std::string> highlighted;
        core::ViewFilter filter;
        bool readOnly = false;
        bool dark = false;
        bool halos = true;
        bool hideAbsent = false;
        bool operator==(const DecorationKey&) const = default;
    } m_decorated;
};

}  // namespace orgweave::studio
