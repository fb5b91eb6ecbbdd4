#pragma once
// GraphML import (as written by networkx, Gephi, Cytoscape and yEd) into a Model, and export.
//
// Convention: a plain graph becomes roles tied by `collaborates` (DESIGN.md §4), so every lens
// analyses it as networkx would. Node and edge <data> values go to `attrs` under the key's
// attr.name (typed: int/long → integer, float/double → number, boolean → bool, else string), with
// <default> values applied. A node key named "label" or "name" (or a yEd NodeLabel) gives the label;
// an edge key "weight" gives the tie weight. Direction comes from edgedefault or the edge's
// `directed` attribute. Errors carry file, line and column. Cost: O(file size).
// Plain files may use our plain keys: a `kind` that is a node kind (then `type` too) sets them, an
// `organization` naming an organization node sets containment, numeric `x` and `y` give positions.
// yEd group nodes (yfiles.foldertype="group" with a nested <graph>) become organizations (nested
// groups: sites of it) and the nodes inside them get `organization` (and `site`) set.
//
// Export (writeGraphml): plain keys networkx shows as ordinary attributes (node label, kind, type,
// organization, x, y and every scalar attr under its own name and type; edge kind, label, weight),
// plus an "orgweave" string key holding everything else as native JSON, on the graph (meta,
// context, phases, views, …), each node and each edge. A file with the graph-level "orgweave" key is
// read back through the native reader, plain keys winning over the JSON (so edits made in Gephi or
// yEd to them are kept): parseGraphml(writeGraphml(m)) == m. edgedefault is "directed" when any tie
// is; edges carry no `directed` attribute (networkx refuses directed="false" in a directed graph).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

LoadResult parseGraphml(std::string_view text, const std::string& fileName);
LoadResult loadGraphml(const std::filesystem::path& path);
/// GraphML text (UTF-8); GraphML carries every field, so there is nothing to warn about.
std::string writeGraphml(const Model& model);
/// Atomic write; throws std::runtime_error with a user-facing message on failure.
void saveGraphml(const Model& model, const std::filesystem::path& path);

/// GraphML as yEd 3.x reads it: organizations with members as group nodes (sites with roles nested
/// in them), every node a y:ShapeNode with its geometry (centred on its position), fill (attrs
/// "color" or one per kind), shape (attrs "shape" when yEd knows it, else one per kind) and label
/// (line breaks kept); ties as y:PolyLineEdge with arrows for directed ones and their labels; kind,
/// type and weight as data keys. Read back by parseGraphml as a yEd file. Losses are warnings.
std::string writeGraphmlForYed(const Model& model, Diagnostics& warnings, const std::string& fileName = {});
/// Atomic write of writeGraphmlForYed; throws std::runtime_error with a user-facing message on failure.
void saveGraphmlForYed(const Model& model, const std::filesystem::path& path, Diagnostics& warnings);
/// True for "X.yed.graphml": `orgweave convert` writes yEd's flavour for such names.
bool isYedGraphmlPath(const std::filesystem::path& path);

/// True for ".graphml".
bool isGraphmlPath(const std::filesystem::path& path);

}  // namespace orgweave::core
