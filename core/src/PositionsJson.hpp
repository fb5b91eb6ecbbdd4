#pragma once
// PositionsJson: the "positions" object of a native document (id → [x, y]) built by a reader in
// linear time. nlohmann's ordered_json keeps an object as a vector and its operator[] searches it
// linearly, so setting 100,000 positions one by one took minutes; this keeps an index of the ids.
// Semantics as operator[]: an id keeps the place of its first set() and the value of its last.
// Private to core (the GraphML, GEXF and CSV readers). Cost: O(1) expected per set(), one string
// copy of each id in the index.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace orgweave::core {

class PositionsJson {
public:
    void set(const std::string& id, double x, double y) {
        const auto [at, added] = m_index.try_emplace(id, m_entries.size());
        if (added)
            m_entries.emplace_back(id, nlohmann::ordered_json::array({x, y}));
        else
            m_entries[at->second].second = nlohmann::ordered_json::array({x, y});
    }
    bool empty() const { return m_entries.empty(); }

    /// The object, in the order ids were first set.
    nlohmann::ordered_json toJson() const {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        auto& entries = static_cast<Entries&>(object.get_ref<nlohmann::ordered_json::object_t&>());
        entries.reserve(m_entries.size());
        for (const auto& [id, point] : m_entries)
            entries.emplace_back(id, point);
        return object;
    }

private:
    using Entries = std::vector<std::pair<const std::string, nlohmann::ordered_json>>;
    std::vector<std::pair<std::string, nlohmann::ordered_json>> m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
};

}  // namespace orgweave::core
