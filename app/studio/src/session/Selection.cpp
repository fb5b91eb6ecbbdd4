#include "orgweave/studio/session/Selection.hpp"

namespace orgweave::studio {

std::optional<std::string> Selection::singleNode() const {
    if (m_nodes.size() == 1 && m_ties.empty())
        return *m_nodes.begin();
    return std::nullopt;
}

std::optional<std::string> Selection::singleTie() const {
    if (m_ties.size() == 1 && m_nodes.empty())
        return *m_ties.begin();
    return std::nullopt;
}

void Selection::clear() {
    if (empty())
        return;
    m_nodes.clear();
    m_ties.clear();
    ++m_revision;
}

void Selection::selectNode(const std::string& id, bool add) {
    if (!add) {
        m_nodes.clear();
        m_ties.clear();
    }
    m_nodes.insert(id);
    ++m_revision;
}

void Selection::selectTie(const std::string& id, bool add) {
    if (!add) {
        m_nodes.clear();
        m_ties.clear();
    }
    m_ties.insert(id);
    ++m_revision;
}

void Selection::toggleNode(const std::string& id) {
    if (!m_nodes.erase(id))
        m_nodes.insert(id);
    ++m_revision;
}

void Selection::toggleTie(const std::string& id) {
    if (!m_ties.erase(id))
        m_ties.insert(id);
    ++m_revision;
}

void Selection::setNodes(const std::vector<std::string>& ids) {
    m_nodes = {ids.begin(), ids.end()};
    m_ties.clear();
    ++m_revision;
}

void Selection::prune(const core::Model& model) {
    if (empty())
        return;
    std::set<std::string, std::less<>> nodes;
    std::set<std::string, std::less<>> ties;
    for (const core::Node& node : model.nodes) {
        if (m_nodes.count(node.id))
            nodes.insert(node.id);
    }
    for (const core::Tie& tie : model.ties) {
        if (m_ties.count(tie.id))
            ties.insert(tie.id);
    }
    if (nodes.size() != m_nodes.size() || ties.size() != m_ties.size()) {
        m_nodes = std::move(nodes);
        m_ties = std::move(ties);
        ++m_revision;
    }
}

}  // namespace orgweave::studio
