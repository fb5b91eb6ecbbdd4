#include "orgweave/core/NodeIndex.hpp"

#include "IdTable.hpp"

#include <cstring>
#include <stdexcept>
#include <string>

namespace orgweave::core {

/// Every id once, in one buffer: each entry is the node's index (4 bytes), the id's length
/// (4 bytes) and its bytes; the table stores the entries' offsets. A lookup so reads one slot
/// and one entry (usually one cache line) instead of a slot, an offset and the text.
struct NodeIndex::Table {
    std::string entries;
    IdTable ids;

    explicit Table(std::size_t nodes) : ids(nodes) {}

    std::uint32_t read(std::uint32_t offset) const {
        std::uint32_t value = 0;
        std::memcpy(&value, entries.data() + offset, sizeof value);
        return value;
    }
    std::uint32_t nodeAt(std::uint32_t offset) const { return read(offset); }
    std::string_view idAt(std::uint32_t offset) const {
        return std::string_view(entries.data() + offset + 8, read(offset + 4));
    }
    void append(std::uint32_t value) {
        char bytes[sizeof value];
        std::memcpy(bytes, &value, sizeof value);
        entries.append(bytes, sizeof value);
    }
};

NodeIndex::NodeIndex(const Model& model) {
    auto table = std::make_shared<Table>(model.nodes.size());
    std::size_t bytes = 0;
    for (const Node& node : model.nodes)
        bytes += 8 + node.id.size();
    if (bytes >= IdTable::kNone)
        throw std::length_error("too many node ids for one index");
    table->entries.reserve(bytes);
    const auto idOf = [&t = *table](std::uint32_t offset) { return t.idAt(offset); };
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const std::string& id = model.nodes[i].id;
        const auto offset = static_cast<std::uint32_t>(table->entries.size());
        table->append(static_cast<std::uint32_t>(i));
        table->append(static_cast<std::uint32_t>(id.size()));
        table->entries += id;
        if (table->ids.insert(id, offset, idOf) != IdTable::kNone)
            table->entries.resize(offset);  // a later duplicate: the first one stays, this one is not kept
    }
    m_table = std::move(table);
}

std::optional<std::size_t> NodeIndex::find(std::string_view id) const {
    if (!m_table)
        return std::nullopt;
    const Table& t = *m_table;
    const std::uint32_t offset = t.ids.find(id, [&t](std::uint32_t o) { return t.idAt(o); });
    if (offset == IdTable::kNone)
        return std::nullopt;
    return t.nodeAt(offset);
}

std::size_t NodeIndex::size() const {
    return m_table ? m_table->ids.size() : 0;
}

}  // namespace orgweave::core
