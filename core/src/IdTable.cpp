#include "IdTable.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace orgweave::core {

IdTable::IdTable(std::size_t expected) {
    if (expected > 0) {
        m_slots.assign(std::bit_ceil(std::max<std::size_t>(16, expected * 2)), 0);
        m_mask = m_slots.size() - 1;
    }
}

std::uint64_t IdTable::hash(std::string_view id) {
    // Eight bytes at a time, multiply and fold, then murmur3's finalizer: ids are short, and their
    // differences (a counter at the end, "r123") must reach the high bits that place a slot.
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (id.size() + 1) * kMultiplier;
    const char* p = id.data();
    std::size_t n = id.size();
    while (n >= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * kMultiplier;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, n);
        h = (h ^ word) * kMultiplier;
    }
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

void IdTable::grow() {
    std::vector<std::uint64_t> old(std::max<std::size_t>(16, m_slots.size() * 2), 0);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const std::uint64_t slot : old) {
        if (slot == 0)
            continue;
        std::size_t at = static_cast<std::uint32_t>(slot >> 32) & m_mask;
        while (m_slots[at] != 0)
            at = (at + 1) & m_mask;
        m_slots[at] = slot;
    }
}

}  // namespace orgweave::core
