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
// A plain graph's node or edge `orgweave` attributes are ignored with a warning.
// Errors: syntax errors carry the file, line and column ("f.dot:3:8: error: syntax error near
// '->'"; the column is the last place of that token on the line); NUL bytes, invalid UTF-8, files
// over core::kMaxDocumentBytes, files of blanks and comments only and files whose edge statements
// would make more than kMaxDotTies ties (`{a0 … a2999} -> {b0 … b2999}` makes 9 million) are
// refused, before cgraph builds anything; nothing crashes.
// Cost: O(text + nodes + ties), also for very long tokens. Thread-safe (calls into cgraph are
// serialized).

#include <orgweave/core/Diagnostic.hpp>
#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::layouts {

/// Most ties a DOT file may make (counted before reading, with subgraph operands expanded).
inline constexpr std::uint64_t kMaxDotTies = 1'000'000;

core::LoadResult parseDot(std::string_view text, const std::string& fileName);
core::LoadResult loadDot(const std::filesystem::path& path);
std::string writeDot(const core::Model& model);
/// Atomic write (core::writeFileAtomically); throws std::runtime_error on failure.
void saveDot(const core::Model& model, const std::filesystem::path& path);

/// True for ".dot" and ".gv".
bool isDotPath(const std::filesystem::path& path);

}  // namespace orgweave::layouts
