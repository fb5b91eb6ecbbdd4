#pragma once
// What the layout engines share (private to orgweave_layouts): the label box the studio draws
// under a node, the group of a node when clustering by a field, and the finishing of a result
// (sizes, bounding box, moved to (0, 0) unless pinned positions must stay). Cost: O(nodes).

#include "orgweave/layouts/GraphvizLayout.hpp"

#include <orgweave/core/Model.hpp>

#include <string>

namespace orgweave::layouts::detail {

inline constexpr double kNodeHeight = 24.0;

/// The studio's label box: about 7 points per character plus padding, 24 points high.
NodeSize labelBox(const std::string& label);
/// The group a node belongs to when grouping by `field`, "" for none (as GraphvizLayout's clusters).
std::string clusterKey(const core::Model& model, const core::Node& node, const std::string& field);
/// Fills sizes and the bounding box; moves the picture to (0, 0) unless `keep`.
void finish(LayoutResult& result, const core::Model& model, bool keep);

}  // namespace orgweave::layouts::detail
