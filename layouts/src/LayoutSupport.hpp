#pragma once
// What the layout engines share (private to orgweave_layouts): the label box the studio draws
// under a node, the group of a node when clustering by a field, and the finishing of a result
// (sizes, bounding box, moved to (0, 0) unless pinned positions must stay). Cost: O(nodes).

#include "orgweave/layouts/GraphvizLayout.hpp"

#include <orgweave/core/Model.hpp>

#include <map>
#include <string>
#include <vector>

namespace orgweave::layouts::detail {

inline constexpr double kNodeHeight = 24.0;

/// The studio's label box: about 7 points per character plus padding, 24 points high.
NodeSize labelBox(const std::string& label);
/// The group a node belongs to when grouping by `field`, "" for none (as GraphvizLayout's clusters).
std::string clusterKey(const core::Model& model, const core::Node& node, const std::string& field);
/// Moves groups of nodes apart as rigid bodies until the bounding rectangles of their positions,
/// grown by `margin` on every side, overlap nowhere (each push along the axis of least overlap,
/// half to each group; a `fixed` group, one holding a pinned node, does not move). `groups` lists
/// the node ids of each group. Used so that organizations' outlines in a clustered force layout
/// stay apart. Cost: O(passes · groups² + nodes), at most 2,000 passes.
void separateGroups(std::map<std::string, core::Point>& positions,
                    const std::vector<std::vector<std::string>>& groups, const std::vector<bool>& fixed,
                    double margin);
/// Fills sizes and the bounding box; moves the picture to (0, 0) unless `keep`.
void finish(LayoutResult& result, const core::Model& model, bool keep);

}  // namespace orgweave::layouts::detail
