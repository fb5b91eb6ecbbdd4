#pragma once
// Pajek .net import and export, with an optional .clu partition beside the .net file.
//
// Import: *Vertices N (a second number, two-mode networks, is accepted and ignored) then vertex
// lines `number "label" [x y [z]] [drawing options]`; vertices without a line get their number as
// label. *Arcs and *Edges lines `from to [weight]`, *Arcslist and *Edgeslist lines `from to...`.
// Keywords are case-insensitive, '%' starts a comment, *Network names the document. A vertex's
// label becomes its node id (as networkx reads Pajek); a repeated label gets "#number" appended,
// with a warning. Every vertex is a role, every line a `collaborates` tie (directed for arcs).
// Weights that are not positive (Pajek allows signed networks) are kept as the tie's attrs
// "weight" with a warning. With a partition (`*Vertices N` then one integer per vertex), each
// class K becomes an organization "cluster-K" and every vertex's `organization` is set.
// Limits: at most kMaxPajekVertices vertices; numbers must name declared vertices.
// Export: ids as labels, positions as coordinates, directed ties under *Arcs, the others under
// *Edges with their weights. Everything else is reported as a warning (interop::lossWarnings).
// Errors carry file, line and column. Cost: O(file size + vertices).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace orgweave::core {

/// Declared vertex counts above this are refused.
inline constexpr std::int64_t kMaxPajekVertices = 1'000'000;

/// `partition` is the text of a .clu file (nullopt: none), named `partitionName` in diagnostics.
LoadResult parsePajek(std::string_view text, const std::string& fileName,
                      std::optional<std::string_view> partition = std::nullopt,
                      const std::string& partitionName = {});
/// Reads the .net file and, when it exists, the .clu file with the same stem beside it.
LoadResult loadPajek(const std::filesystem::path& path);
/// Pajek text; what Pajek cannot carry is added to `warnings` (file `fileName`).
std::string writePajek(const Model& model, Diagnostics& warnings, const std::string& fileName = {});
/// Atomic write; throws std::runtime_error with a user-facing message on failure.
void savePajek(const Model& model, const std::filesystem::path& path, Diagnostics& warnings);

/// True for ".net".
bool isPajekPath(const std::filesystem::path& path);

}  // namespace orgweave::core
