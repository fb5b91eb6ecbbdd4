#pragma once
// Graphviz DOT import and export through cgraph (DESIGN.md §5).
//
// Export: a digraph; one DOT node per model node, named by its id (quoted where DOT needs it), with
// the scalar fields as attributes in their file spelling (`kind`, `type`, `label`, `organization`,
// `site`, `owner`, `level`, `mandate`, …), string `attrs` as plain attributes, `pos="x,y"` in points
// (DOT's y axis points up, so y is negated; `!` marks a pinned node), and everything else (lists,
// leadership, contradictions, …) as JSON in one `orgweave` attribute. One edge per tie, in file
// order, with `id`, `kind`, `weight`, `seat`, … and `dir=none` when the tie is undirected. The graph
// attribute `orgweave` holds meta, context, governance, phases and views. So
// parseDot(writeDot(m)) gives m back exactly, and any Graphviz tool can draw the file.
// Import: a graph written by us comes back with its kinds and fields; a plain DOT graph becomes
// roles tied by `collaborates` (directed when the graph is a digraph and the edge is not
// `dir=none`); node and edge `label` become labels, edge `weight` the tie weight, `pos` positions,
// every other DOT attribute goes to `attrs` as a string; the graph's label becomes the title.
// Only the first graph of a file is read. The result is checked like a native document.
// Errors: syntax errors carry the file and line ("f.dot:3: error: syntax error near '->'"); NUL
// bytes, invalid UTF-8 and files over core::kMaxDocumentBytes are refused; nothing crashes.
// Cost: O(nodes + ties). Thread-safe (calls into cgraph are serialized).

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
