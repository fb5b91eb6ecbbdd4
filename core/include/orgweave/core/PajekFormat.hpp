#pragma once
// Pajek .net and .paj (project) import and export, with an optional .clu partition beside the file.
//
// Import (as Pajek 5/6 writes and its manual describes): *Vertices N (a second number N1 marks a
// two-mode network: rows 1..N1, columns N1+1..N), vertex lines `number "label" [x y [z]] [options]`
// where the shape words (ellipse box diamond triangle cross empty) go to attrs "shape", `ic` (fill)
// to attrs "color" and `bc` to attrs "border_color" (Pajek colour names as "#rrggbb" when known,
// else the name), `s_size`/`x_fact` to attrs "size", other `key value` options to attrs under the
// key. *Arcs/*Edges lines `from to [weight] [l "label"] [c Colour]`, *Arcslist/*Edgeslist lines
// `from to...`, *Matrix rows (a pair whose two cells hold the same value is one edge, other cells
// arcs; a value other than 1 is the weight). Several relations (`*Arcs :2 "label"`, or a `2:` prefix
// on a line) become ties between the same nodes with attrs "relation" = the relation's label (its
// number when unnamed). In a .paj project the first network is read (a warning names how many are
// skipped) and each *Partition NAME / *Vector NAME of the same size becomes the node attribute NAME
// (integer / number). Keywords are case-insensitive, '%' starts a comment, *Network names the
// document. A vertex's label becomes its node id (as networkx reads Pajek) unless an
// "% orgweave-id N id" comment (written by writePajek) names it; a repeated label gets "#number".
// Every vertex is a role, every line a `collaborates` tie (directed for arcs). Weights that are not
// positive are kept as attrs "weight"; weights, coordinates and values that are not finite numbers
// are dropped with a warning. With a .clu partition, each class K becomes an organization
// "cluster-K" and every vertex's `organization` is set.
// Limits: at most kMaxPajekVertices declared vertices; declared vertices that have neither a line,
// a value nor a tie are created only when there are at most interop::kMaxImpliedNodes (10,000) of
// them (else a warning, and only the vertices the file names exist); at most interop::kMaxReadTies
// (4,000,000) ties, each from at least one number in the file (no expansion beyond the text).
// Export: vertex labels quoted as names (ids that differ in "% orgweave-id" comments), positions as
// coordinates, directed ties under *Arcs, the others under *Edges with their weights, one section per
// relation (`*Arcs :k "relation"`) when ties carry attrs "relation". Everything else is reported as
// a warning (interop::lossWarnings). Errors carry file, line and column. Cost: O(file size + ties
// log ties); memory O(vertices named + ties), never O(declared vertices).

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

/// True for ".net" and ".paj".
bool isPajekPath(const std::filesystem::path& path);

}  // namespace orgweave::core
