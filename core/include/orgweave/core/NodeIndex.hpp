#pragma once
// Dense index of a model's nodes: id → position in Model::nodes. Build cost O(n); lookup O(1).
// Rebuild it whenever nodes are added or removed (compare Document::structureRevision()).

#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace orgweave::core {

class NodeIndex {
public:
    NodeIndex() = default;
    explicit NodeIndex(const Model& model);

    /// Index into Model::nodes, or nullopt when no node has this id (first one wins on duplicates).
    std::optional<std::size_t> find(std::string_view id) const;
    std::size_t size() const { return m_index.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_index;
};

}  // namespace orgweave::core
