#pragma once
// IdTable: a set of element indices keyed by id strings that live elsewhere (a model's nodes or
// ties, or a caller's buffer). Open addressing with linear probing in a power-of-two table kept at
// most half full; a slot is 8 bytes (32 bits of the id's hash, which also place it, and the
// index + 1), so an entry costs no string copy and no allocation, a probe compares an id only when
// the stored hash bits match, and growing never reads an id. Ids are read through the caller's `idOf(index)`,
// which must give the same text as when the index was inserted. Private to core (NodeIndex, Validation).
// Cost: insert and find O(1) expected (one hash of the id, usually one comparison); memory 16 to
// 32 bytes per entry; indices up to 2^32 - 2.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace orgweave::core {

class IdTable {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    /// Room for `expected` entries without growing.
    explicit IdTable(std::size_t expected = 0);

    /// The index stored under an id equal to `id`, or kNone.
    template <typename IdOf>
    std::uint32_t find(std::string_view id, const IdOf& idOf) const {
        if (m_slots.empty())
            return kNone;
        const auto tag = static_cast<std::uint32_t>(hash(id) >> 32);
        for (std::size_t at = tag & m_mask;; at = (at + 1) & m_mask) {
            const std::uint64_t slot = m_slots[at];
            if (slot == 0)
                return kNone;
            const std::uint32_t index = indexOf(slot);
            if (static_cast<std::uint32_t>(slot >> 32) == tag && std::string_view(idOf(index)) == id)
                return index;
        }
    }

    /// Stores `index` under `id` unless an equal id is stored already: then nothing changes and
    /// the index stored first is returned (first one wins); kNone when `index` was stored.
    template <typename IdOf>
    std::uint32_t insert(std::string_view id, std::uint32_t index, const IdOf& idOf) {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        const auto tag = static_cast<std::uint32_t>(hash(id) >> 32);
        for (std::size_t at = tag & m_mask;; at = (at + 1) & m_mask) {
            const std::uint64_t slot = m_slots[at];
            if (slot == 0) {
                m_slots[at] = slotOf(tag, index);
                ++m_size;
                return kNone;
            }
            const std::uint32_t stored = indexOf(slot);
            if (static_cast<std::uint32_t>(slot >> 32) == tag && std::string_view(idOf(stored)) == id)
                return stored;
        }
    }

    std::size_t size() const { return m_size; }

    /// The hash of an id (64 bits, well mixed: any bits may be used).
    static std::uint64_t hash(std::string_view id);

private:
    static std::uint64_t slotOf(std::uint32_t tag, std::uint32_t index) {
        return (std::uint64_t{tag} << 32) | (std::uint64_t{index} + 1);
    }
    static std::uint32_t indexOf(std::uint64_t slot) { return static_cast<std::uint32_t>(slot) - 1; }
    /// Doubles the table (at least 16 slots), placing slots again by their stored hash bits.
    void grow();

    std::vector<std::uint64_t> m_slots;  ///< 0 = empty
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

}  // namespace orgweave::core
