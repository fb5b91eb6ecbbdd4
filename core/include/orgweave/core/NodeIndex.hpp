#pragma once
// Dense index of a model's nodes: id → position in Model::nodes. Build cost O(n): the ids are
// copied once into one buffer (no allocation per id) and placed in a flat hash table of 8-byte
// slots; lookup O(1), usually two cache misses (the slot, then the id beside its position). The index keeps
// its own copy of the ids, so it stays valid when the model is moved or edited, but it describes the nodes as
// they were when it was built: rebuild it whenever nodes are added, removed or renamed (compare
// Document::structureRevision()). Copies share the same immutable table.

#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

namespace orgweave::core {

class NodeIndex {
public:
    NodeIndex() = default;
    explicit NodeIndex(const Model& model);

    /// Index into Model::nodes, or nullopt when no node has this id (first one wins on duplicates).
    std::optional<std::size_t> find(std::string_view id) const;
    /// The number of distinct ids.
    std::size_t size() const;

private:
    struct Table;
    std::shared_ptr<const Table> m_table;
};

}  // namespace orgweave::core
