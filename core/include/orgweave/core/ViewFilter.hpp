#pragma once
// What a saved view shows (its "filter" object, DESIGN.md §3): three optional keys, each a list
// of strings. "kinds": node kinds; "organizations": organization ids, each admitting the
// organization itself and the sites and roles that belong to it; "types": node types. A node is
// visible when it passes every key that is given (AND between keys, OR within one key); a tie is
// visible when both its ends are. An empty or absent filter shows everything. Other keys are
// ignored here and reported as warnings by validate() (unknownKeys). Cost: O(nodes + ties).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace orgweave::core {

class ViewFilter {
public:
    ViewFilter() = default;
    /// Reads the known keys of a view's filter; values that are not lists of strings are ignored
    /// (validate() reports them).
    static ViewFilter fromJson(const nlohmann::json& filter);
    /// The filter as the file stores it: only the keys that restrict something, sorted values.
    nlohmann::json toJson() const;

    /// Keys of a filter object that ViewFilter does not know, in file order.
    static std::vector<std::string> unknownKeys(const nlohmann::json& filter);
    /// Warnings for unknown keys and errors for values that are not lists of strings, with JSON
    /// pointers below `pointer` (the view's "/views/i/filter").
    static void check(const nlohmann::json& filter, const std::string& pointer, Diagnostics& out);

    /// True when nothing is hidden.
    bool empty() const { return m_kinds.empty() && m_organizations.empty() && m_types.empty(); }
    bool admits(const Node& node) const;
    /// Per node of `model` (same order as model.nodes): whether it is visible.
    std::vector<bool> visibleNodes(const Model& model) const;
    /// A copy of `model` without the hidden nodes and the ties that touch them.
    Model apply(const Model& model) const;

    std::set<std::string>& kinds() { return m_kinds; }
    std::set<std::string>& organizations() { return m_organizations; }
    std::set<std::string>& types() { return m_types; }
    const std::set<std::string>& kinds() const { return m_kinds; }
    const std::set<std::string>& organizations() const { return m_organizations; }
    const std::set<std::string>& types() const { return m_types; }

    bool operator==(const ViewFilter&) const = default;

private:
    std::set<std::string> m_kinds;
    std::set<std::string> m_organizations;
    std::set<std::string> m_types;
};

}  // namespace orgweave::core
