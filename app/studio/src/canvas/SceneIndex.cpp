#include "orgweave/studio/canvas/SceneIndex.hpp"

#include <algorithm>

namespace orgweave::studio {

bool SceneIndex::update(const Scene& scene) {
    if (scene.generation() == m_generation && scene.decorations() == m_decorations)
        return false;
    m_generation = scene.generation();
    m_decorations = scene.decorations();
    const std::vector<Scene::NodeItem>& nodes = scene.nodes();
    const std::vector<Scene::TieItem>& ties = scene.ties();

    m_rank.assign(nodes.size(), 0);
    for (std::size_t k = 0; k < scene.labelOrder().size(); ++k)
        m_rank[scene.labelOrder()[k]] = static_cast<std::uint32_t>(k);

    std::vector<Rect> boxes(nodes.size());
    std::vector<bool> hidden(nodes.size(), false);
    std::vector<bool> unimportant(nodes.size(), false);
    m_isSpecialNode.assign(nodes.size(), false);
    m_specialNodes.clear();
    m_maxRadius = 0.0f;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Scene::NodeItem& node = nodes[i];
        boxes[i] = {node.world, node.world};
        hidden[i] = node.hidden;
        unimportant[i] = node.hidden || !(node.priority <= 1 || node.selected || node.highlight);
        m_maxRadius = std::max(m_maxRadius, node.style.radius);
        if (!node.hidden && (node.selected || node.highlight || node.mark != 0 || node.halo != 0)) {
            m_isSpecialNode[i] = true;
            m_specialNodes.push_back(static_cast<std::uint32_t>(i));
        }
    }
    std::sort(m_specialNodes.begin(), m_specialNodes.end(),
              [&](std::uint32_t a, std::uint32_t b) { return m_rank[a] > m_rank[b]; });
    m_nodes.build(boxes, &hidden, 1.5f);  // fine cells: label tests look at few nodes
    m_important.build(boxes, &unimportant);
    m_bounds = scene.contentBounds();

    boxes.resize(ties.size());
    hidden.assign(ties.size(), false);
    m_isSpecialTie.assign(ties.size(), false);
    m_specialTies.clear();
    for (std::size_t t = 0; t < ties.size(); ++t) {
        const Scene::TieItem& tie = ties[t];
        const ImVec2 a = nodes[tie.source].world;
        const ImVec2 b = nodes[tie.target].world;
        boxes[t] = {{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
        hidden[t] = tie.hidden;
        if (!tie.hidden &&
            (tie.selected || tie.marked || nodes[tie.source].selected || nodes[tie.target].selected)) {
            m_isSpecialTie[t] = true;
            m_specialTies.push_back(static_cast<std::uint32_t>(t));
        }
    }
    m_ties.build(boxes, &hidden);
    return true;
}

}  // namespace orgweave::studio
