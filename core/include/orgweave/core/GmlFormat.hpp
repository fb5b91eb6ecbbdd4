#pragma once
// GML (Graph Modelling Language) import and export, as networkx 2.8–3.x, igraph 0.10 and Cytoscape
// 3.x write it.
//
// Import: `graph [ directed 0|1 node [ id N label "…" … ] edge [ source N target M … ] ]`; keys
// are case-sensitive as GML says, '#' starts a comment, strings in double quotes with HTML entities
// (&quot; &amp; &#NNN;) decoded. A node is named by its `label` (networkx) or `name` (igraph) when
// that is unique, else by its id. graphics x / y give the position; graphics fill ("#rrggbb") goes
// to attrs "color", type to attrs "shape", w / h to attrs "width" / "height"; every other scalar
// key to attrs (lists as JSON objects). Edge `weight` > 0 is the tie weight (others are kept in
// attrs with a warning), `label` its label. Every node is a role, every edge a `collaborates` tie
// (directed when the graph is). Errors carry file, line and column.
// Limits: lists nested at most 64 deep; at most interop::kMaxReadTies ties. Cost: O(file size).
// Export: what networkx's read_gml reads back (ids 0…n−1, label = the node id, name = its label,
// graphics x y, weight, label); everything else is reported as a warning.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

LoadResult parseGml(std::string_view text, const std::string& fileName);
LoadResult loadGml(const std::filesystem::path& path);
/// GML text; what GML cannot carry is added to `warnings` (file `fileName`).
std::string writeGml(const Model& model, Diagnostics& warnings, const std::string& fileName = {});
/// Atomic write; throws std::runtime_error with a user-facing message on failure.
void saveGml(const Model& model, const std::filesystem::path& path, Diagnostics& warnings);

/// True for ".gml".
bool isGmlPath(const std::filesystem::path& path);

}  // namespace orgweave::core
