#pragma once
// What the studio's canvas and rendered pictures decide alike about nodes, written once: which
// nodes an organization's outline holds, the most severe gap finding per node (its halo), and the
// radius of a node sized by a measure. Both the canvas (studio Scene) and the renderer call these.

#include "orgweave/core/Finding.hpp"
#include "orgweave/core/Model.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace orgweave::layouts {

/// The nodes inside one organization's outline (indices into Model::nodes): the organization
/// itself first, then its sites and roles and the roles at one of its sites, in model order.
struct OutlineMembers {
    std::size_t organization = 0;
    std::vector<std::size_t> members;
};
/// The outline of every organization that has at least one member, in model order (the first of
/// duplicate ids only). A role's own organization wins over its site's. Cost: O(n log n).
std::vector<OutlineMembers> outlineMembership(const core::Model& model);

/// The most severe finding naming each node (by index into Model::nodes; nullopt: none), over the
/// findings of `rule` only when it is not empty. Ids that are not nodes are ignored.
/// Cost: O(n log n + named ids · log n).
std::vector<std::optional<core::FindingSeverity>> worstSeverityPerNode(
    const core::Model& model, const std::vector<core::Finding>& findings, std::string_view rule = {});

/// Radius at scale 1 of a node sized by a measure, from its sizeUnits() value (NodeMapping.hpp):
/// 6 (no value or the lowest) to 23 (the highest), area proportional to the value.
inline constexpr double kSizedMinRadius = 6.0;
inline constexpr double kSizedMaxRadius = 23.0;
double sizedRadius(double unit);

}  // namespace orgweave::layouts
