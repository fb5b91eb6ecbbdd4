#pragma once
// The canvas's spatial index of a Scene, in world space: a SpatialGrid of the shown nodes, one of
// the shown ties (the boxes of their ends), one of the "important" nodes (organizations,
// committees, the selected and highlighted: the only nodes a bold label must avoid), the nodes and
// ties always drawn one by one whatever the level of detail (selected, highlighted, marked, with a
// halo; the ties of the selected nodes, so a drag shows them), each node's rank in the label order
// and the content bounds. update() rebuilds it only when the scene's generation or decorations
// changed (positions, filter, selection), never per frame. Cost: rebuild O(n + m); queries as
// SpatialGrid.

#include "orgweave/studio/canvas/Scene.hpp"
#include "orgweave/studio/canvas/SpatialGrid.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace orgweave::studio {

class SceneIndex {
public:
    /// Rebuilds when `scene` changed since the last call; true when it did.
    bool update(const Scene& scene);
    /// Whether the index was built for the scene as it is now.
    bool current(const Scene& scene) const {
        return scene.generation() == m_generation && scene.decorations() == m_decorations;
    }

    const SpatialGrid& nodes() const { return m_nodes; }
    const SpatialGrid& ties() const { return m_ties; }  ///< items are indices into Scene::ties()
    const SpatialGrid& importantNodes() const { return m_important; }
    /// Nodes drawn one by one at every level of detail, less important first (drawing order).
    const std::vector<std::uint32_t>& specialNodes() const { return m_specialNodes; }
    /// Ties (indices into Scene::ties()) drawn one by one at every level of detail, in scene order.
    const std::vector<std::uint32_t>& specialTies() const { return m_specialTies; }
    bool isSpecialNode(std::size_t i) const { return i < m_isSpecialNode.size() && m_isSpecialNode[i]; }
    bool isSpecialTie(std::size_t t) const { return t < m_isSpecialTie.size() && m_isSpecialTie[t]; }
    /// Position of node i in the scene's label order (0 = most important).
    std::uint32_t rank(std::size_t i) const { return m_rank[i]; }
    /// The largest node radius (style units, before the frame's size factor).
    float maxRadius() const { return m_maxRadius; }
    /// Bounding box of the shown nodes' world positions (Scene::contentBounds, cached).
    const Rect& contentBounds() const { return m_bounds; }

private:
    std::uint64_t m_generation = ~std::uint64_t{0};
    std::uint64_t m_decorations = ~std::uint64_t{0};
    SpatialGrid m_nodes;
    SpatialGrid m_ties;
    SpatialGrid m_important;
    std::vector<std::uint32_t> m_specialNodes;
    std::vector<std::uint32_t> m_specialTies;
    std::vector<bool> m_isSpecialNode;
    std::vector<bool> m_isSpecialTie;
    std::vector<std::uint32_t> m_rank;
    float m_maxRadius = 0.0f;
    Rect m_bounds;
};

}  // namespace orgweave::studio
