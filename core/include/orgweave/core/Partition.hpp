#pragma once
// A partition of the analysed nodes into groups by a node attribute (DESIGN.md §4), used by
// brokerage, E-I, boundary spanning, modularity and the group path counts.
//
// The attribute is looked up as: "organization" (an organization is its own group; sites and roles
// by their `organization` field), the built-in fields kind, type, site, owner, level, mandate,
// or a key of `attrs` (strings as given, numbers and booleans as their JSON text). Nodes without a
// value form the group "" shown as "(none)".
// Presence (DOMAIN.md §2.7): by "organization", a role's `affiliations` make it present in those
// organizations as well (`alsoIn`); its own organization still decides its group. Boundary spanning
// and the group path counts (what-if, diff, G8's pairs) count presence; brokerage and E-I, which
// need one group per node, do not. An affiliated organization without members of its own is a
// group with no members. Cost: O(n + affiliations).

#include "orgweave/core/Lens.hpp"
#include "orgweave/core/Model.hpp"

#include <string>
#include <vector>

namespace orgweave::core {

struct Partition {
    std::string attribute;
    std::vector<int> groupOf;  ///< graph node → group index
    /// graph node → the other groups it is also present in (affiliations); empty when no node has any
    std::vector<std::vector<int>> alsoIn;
    std::vector<std::string> groupIds;     ///< group index → value ("" for no value)
    std::vector<std::string> groupLabels;  ///< for organizations: their label; "(none)" for ""
    std::size_t nodesWithoutValue = 0;
    /// False when no analysed node has the attribute at all.
    bool attributeFound = false;

    std::size_t groupCount() const { return groupIds.size(); }
    /// The other groups node `v` is present in (none when it has no affiliations).
    const std::vector<int>& alsoInOf(std::size_t v) const {
        static const std::vector<int> none;
        return v < alsoIn.size() ? alsoIn[v] : none;
    }
};

/// The value of `attribute` on a node, or "" when it has none.
std::string partitionValue(const Node& node, const std::string& attribute);

/// Groups appear in order of first appearance among the analysed nodes.
Partition buildPartition(const Model& model, const LensGraph& lens, const std::string& attribute);

}  // namespace orgweave::core
