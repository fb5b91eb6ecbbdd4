#pragma once
// UCINET DL import and export (one-mode networks), as UCINET 6 writes and its DL help describes.
//
// Import: `DL N=…` (or NR=NC=…) then, in any order and case, with or without blanks around `=`:
// `FORMAT = FULLMATRIX | EDGELIST1 | EDGELIST | NODELIST1` (default full matrix), optionally followed
// by `DIAGONAL PRESENT | ABSENT` on the same line (or `DIAGONAL = …`), `NM=` (several matrices),
// `LABELS:` or `ROW LABELS:` followed by N labels (separated by commas, blanks or line breaks;
// "quoted" labels may hold blanks), `COLUMN LABELS:` (one-mode: the same labels; a difference is a
// warning), `LEVEL LABELS:` or `MATRIX LABELS:` (one per matrix), `LABELS EMBEDDED`, then `DATA:`.
// With NM matrices (full matrices one after the other; in edge and node lists a line "!" starts the
// next) every matrix becomes ties between the same nodes with attrs "relation" = its level label
// (its number when unnamed). In a matrix, a pair whose two cells hold the same non-zero value becomes
// one undirected `collaborates` tie, any other non-zero cell a directed one; a value other than 1 is
// the tie weight; a value that is not a finite number is read as 1 with a warning. Labels become
// node ids (numbers "1"… without labels); every node is a role. Two-mode files are refused.
// Limits: N at most kMaxDlNodes; NM at most 1000; a full matrix must hold exactly N×N (or N×(N−1))
// values per matrix; nodes with neither a label nor a tie are created only when there are at most
// interop::kMaxImpliedNodes (10,000) of them (a warning says how many are not); at most
// interop::kMaxReadTies (4,000,000) ties.
// Export (the header on its own lines, as UCINET 6 writes it): `DL N=n [NM=k]`,
// `FORMAT = FULLMATRIX DIAGONAL PRESENT` with ROW LABELS: and COLUMN LABELS: (ids, quoted) up to
// kDlFullMatrixLimit nodes, `FORMAT = EDGELIST1` with LABELS: above; one matrix per relation (attrs
// "relation") named in LEVEL LABELS:; weights of parallel ties in the same cell are added up.
// Everything else is reported as a warning. Errors carry file, line and column.
// Cost: O(file size + ties log ties); memory O(labels + ties), never O(N) for a bare header.
// O(N²) to write a full matrix.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

/// Declared node counts above this are refused.
inline constexpr std::int64_t kMaxDlNodes = 1'000'000;
/// Networks with more nodes than this are written as an edge list instead of a full matrix.
inline constexpr std::size_t kDlFullMatrixLimit = 1000;

LoadResult parseUcinetDl(std::string_view text, const std::string& fileName);
LoadResult loadUcinetDl(const std::filesystem::path& path);
/// DL text; what DL cannot carry is added to `warnings` (file `fileName`).
std::string writeUcinetDl(const Model& model, Diagnostics& warnings, const std::string& fileName = {});
/// Atomic write; throws std::runtime_error with a user-facing message on failure.
void saveUcinetDl(const Model& model, const std::filesystem::path& path, Diagnostics& warnings);

/// True for ".dl".
bool isUcinetDlPath(const std::filesystem::path& path);

}  // namespace orgweave::core
