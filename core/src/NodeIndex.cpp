#include "orgweave/core/NodeIndex.hpp"

namespace orgweave::core {

NodeIndex::NodeIndex(const Model& model) {
    m_index.reserve(model.nodes.size());
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        m_index.emplace(model.nodes[i].id, i);
}

std::optional<std::size_t> NodeIndex::find(std::string_view id) const {
    auto it = m_index.find(id);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

}  // namespace orgweave::core
