#pragma once
// PositionsJson: the "positions" object of a native document (id → [x, y]) built by a reader in
// linear time. nlohmann's ordered_json keeps an object as a vector and its operator[] searches it
// linearly, so setting 100,000 positions one by one took minutes; this keeps an index of the ids.
// Semantics as operator[]: an id keeps the place of its first set() and the value of its last.
// Private to core (the GraphML, GEXF and CSV readers; the native writer appends through membersOf). Cost:
// O(1) expected per set(), one string copy of each id in the index.

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
        membersOf(object).reserve(m_entries.size());
        for (const auto& [id, point] : m_entries)
            membersOf(object).emplace_back(id, point);
        return object;
    }

    /// The members of an ordered_json object as the vector they are kept in, for appending keys
    /// known to be new without ordered_map's linear search (the caller guarantees uniqueness).
    static std::vector<std::pair<const std::string, nlohmann::ordered_json>>& membersOf(
        nlohmann::ordered_json& object) {
        return object.get_ref<nlohmann::ordered_json::object_t&>();
    }

private:
    std::vector<std::pair<std::string, nlohmann::ordered_json>> m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
};

}  // namespace orgweave::core
