#pragma once
// GraphML import (as written by networkx, Gephi, Cytoscape and yEd) into a Model.
//
// Convention: a plain graph becomes roles tied by `collaborates` (DESIGN.md §4), so every lens
// analyses it as networkx would. Node and edge <data> values go to `attrs` under the key's
// attr.name (typed: int/long → integer, float/double → number, boolean → bool, else string), with
// <default> values applied. A node key named "label" or "name" (or a yEd NodeLabel) gives the label;
// an edge key "weight" gives the tie weight. Direction comes from edgedefault or the edge's
// `directed` attribute. Errors carry file, line and column. Cost: O(file size).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

LoadResult parseGraphml(std::string_view text, const std::string& fileName);
LoadResult loadGraphml(const std::filesystem::path& path);

/// True for ".graphml".
bool isGraphmlPath(const std::filesystem::path& path);

}  // namespace orgweave::core
