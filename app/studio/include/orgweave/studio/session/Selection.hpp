#pragma once
// What the user has selected on the canvas or in a panel: node ids and tie ids. Ids, not indices,
// so a selection survives edits; prune() drops ids the document no longer has. The revision grows
// on every change so panels can notice without comparing sets. Cost: O(log k) per query.

#include "orgweave/core/Model.hpp"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace orgweave::studio {

class Selection {
public:
    bool empty() const { return m_nodes.empty() && m_ties.empty(); }
    const std::set<std::string, std::less<>>& nodes() const { return m_nodes; }
    const std::set<std::string, std::less<>>& ties() const { return m_ties; }
    bool hasNode(std::string_view id) const { return m_nodes.find(id) != m_nodes.end(); }
    bool hasTie(std::string_view id) const { return m_ties.find(id) != m_ties.end(); }
    /// The one selected node when exactly one node and no tie is selected.
    std::optional<std::string> singleNode() const;
    /// The one selected tie when exactly one tie and no node is selected.
    std::optional<std::string> singleTie() const;

    void clear();
    /// Selects a node; without `add` the rest of the selection is dropped first.
    void selectNode(const std::string& id, bool add = false);
    void selectTie(const std::string& id, bool add = false);
    void toggleNode(const std::string& id);
    void toggleTie(const std::string& id);
    /// Replaces the selection with these nodes (no ties).
    void setNodes(const std::vector<std::string>& ids);
    /// Drops ids that `model` no longer has.
    void prune(const core::Model& model);

    std::uint64_t revision() const { return m_revision; }

private:
    std::set<std::string, std::less<>> m_nodes;
    std::set<std::string, std::less<>> m_ties;
    std::uint64_t m_revision = 0;
};

}  // namespace orgweave::studio
