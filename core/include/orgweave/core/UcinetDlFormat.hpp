#pragma once
// UCINET DL import and export (one-mode networks).
//
// Import: `DL N=…` then optional `FORMAT = FULLMATRIX | EDGELIST1 | NODELIST1` (default
// fullmatrix), `DIAGONAL = PRESENT | ABSENT`, `NM=` (only the first matrix is read, with a
// warning), `LABELS:` followed by N labels (separated by commas, blanks or line breaks; "quoted"
// labels may hold blanks) or `LABELS EMBEDDED`, then `DATA:`. Keywords are case-insensitive and
// `=` may have blanks around it. A DL file is a matrix: a pair whose two cells hold the same
// non-zero value becomes one undirected `collaborates` tie, any other non-zero cell a directed one;
// a value other than 1 is the tie weight. Labels become node ids (numbers "1"… without labels);
// every node is a role. Two-mode files (NR/NC) are refused with a message.
// Limits: N at most kMaxDlNodes; a full matrix must hold exactly N×N (or N×(N−1)) values.
// Export: FULLMATRIX with LABELS: (ids) up to kDlFullMatrixLimit nodes, EDGELIST1 above; weights
// of parallel ties in the same cell are added up. Everything else is reported as a warning.
// Errors carry file, line and column. Cost: O(file size + N), O(N²) to write a full matrix.

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
