#pragma once
// Graphviz DOT import and export through cgraph (DESIGN.md §5).
//
// Export: one DOT node per model node with attributes `label`, `kind`, `type`, `organization`
// (and the other containment fields), `pos` in points when the layout has a position; one edge per
// tie with `id`, `kind` and `weight`. The graph is a digraph; undirected ties carry `dir=none`.
// Import: a graph written by us comes back with its kinds and fields; a plain DOT graph becomes
// roles tied by `collaborates` (directed when the graph is a digraph), DOT attributes go to `attrs`.
// Syntax errors are reported with the file and line. Cost: O(nodes + ties).

#include <orgweave/core/Diagnostic.hpp>
#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::layouts {

core::LoadResult parseDot(std::string_view text, const std::string& fileName);
core::LoadResult loadDot(const std::filesystem::path& path);
std::string writeDot(const core::Model& model);
/// Atomic write (core::writeFileAtomically); throws std::runtime_error on failure.
void saveDot(const core::Model& model, const std::filesystem::path& path);

/// True for ".dot" and ".gv".
bool isDotPath(const std::filesystem::path& path);

}  // namespace orgweave::layouts
