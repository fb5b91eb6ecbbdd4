#pragma once
// NetDraw VNA import and export (the format of NetDraw 2.x, UCINET's drawing program).
//
// Import: sections `*node data` (a header row naming the columns, the first being the node id,
// then one row per node), `*node properties` (ID x y color shape size shortlabel active …), and
// `*tie data` (from to then one column per relation). Fields are separated by blanks (or tabs);
// "quoted" fields may hold blanks. Node data columns go to attrs (numbers when the whole column is
// numeric); node properties give the position (x, y), attrs "color" ("#rrggbb" from NetDraw's
// integer colour, R + 256·G + 65536·B), "shape" and "size", and the label (shortlabel). Every
// non-zero cell of a relation column is a `collaborates` tie (directed, as NetDraw draws ties)
// with attrs "relation" = the column's name when there are several relations, and its value as the
// weight when it is not 1. Nodes named only in ties are created. Errors carry file, line and column.
// Limits: at most interop::kMaxReadTies ties. Cost: O(file size).
// Export: *node data (ID and scalar attrs), *node properties (x y when placed), *tie data with one
// column per relation (attrs "relation"); weights as values. Everything else is a warning.

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

LoadResult parseVna(std::string_view text, const std::string& fileName);
LoadResult loadVna(const std::filesystem::path& path);
/// VNA text; what VNA cannot carry is added to `warnings` (file `fileName`).
std::string writeVna(const Model& model, Diagnostics& warnings, const std::string& fileName = {});
/// Atomic write; throws std::runtime_error with a user-facing message on failure.
void saveVna(const Model& model, const std::filesystem::path& path, Diagnostics& warnings);

/// True for ".vna".
bool isVnaPath(const std::filesystem::path& path);

}  // namespace orgweave::core
