#pragma once
// The parts of a comparison result that the Compare and What-if panels both show, drawn into the
// current ImGui window: betweenness movers, organization pairs whose paths changed, gaps new and
// resolved, alignment scores and the network summary before → after. Colours come from
// StatusColors (red worse, blue better) and every line also says it in words.
// Cost: O(rows shown).

#include "orgweave/core/ModelComparison.hpp"
#include "orgweave/studio/session/Workspace.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace orgweave::studio {

/// The `limit` nodes whose betweenness changed most among those present before and after.
void drawBetweennessMovers(const core::Comparison& comparison, std::size_t limit);
/// Organization pairs as a table "A — B | 3+ → 1" (red: cut off, amber: fewer, blue: more paths;
/// the tooltip says it in words), the first ten and the rest under "N more pairs"; a click on a
/// row frames both organizations on the canvas.
void drawPairTable(Workspace& workspace, const std::vector<core::GroupPairDelta>& pairs, unsigned cap);
/// Every organization pair whose number of independent paths changed.
void drawGroupPairs(Workspace& workspace, const core::Comparison& comparison);
void drawGapChanges(const core::Comparison& comparison);
void drawAlignmentChange(const core::Comparison& comparison);
void drawNetworkChange(const core::Comparison& comparison);
/// "2 paths", "3+ paths", "no path".
std::string pathsText(unsigned paths, unsigned cap);

}  // namespace orgweave::studio
