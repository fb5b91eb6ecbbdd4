#pragma once
// GEXF 1.1, 1.2 and 1.3 (Gephi's format) import into a Model, and export (1.2draft or 1.3).
//
// Import: a plain graph becomes roles tied by `collaborates` (DESIGN.md §4). Node `label` gives the
// label; <attvalues> go to `attrs` under the attribute's title, typed by its declared type
// (integer/long → integer, float/double → number, boolean → bool, else text) with <default>s
// applied; viz:position gives the position (GEXF's y axis points up: y is negated, as for DOT);
// viz:color, viz:size and viz:shape are drawing data and are ignored. Edge `weight` gives the tie
// weight, `label` its label, `type` (directed | undirected | mutual; else the graph's
// defaultedgetype) its direction. Dynamic graphs: each distinct interval (start/end on a node or
// edge, or each <spell>) becomes a document phase "p1", "p2", … and the node or tie exists only in
// those phases; dates become the phase's start and end, other time formats its label.
// Export: attributes networkx and Gephi show as columns (kind, type, organization and every scalar
// attr under its own title and type), viz:position, spells for nodes and ties that live in dated
// phases, and an "orgweave" attribute holding the remaining fields as native JSON; the document's
// meta, context, phases and views sit in <meta> in an <orgweave:document> element. A file with that
// element is read back through the native reader: parseGexf(writeGexf(m)) == m.
// Errors carry file, line and column; sizes above kMaxDocumentBytes are refused. Cost: O(file size).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

enum class GexfVersion { V1_2, V1_3 };

LoadResult parseGexf(std::string_view text, const std::string& fileName);
LoadResult loadGexf(const std::filesystem::path& path);
/// GEXF text; 1.2draft by default (what networkx 2.8 and every Gephi read), 1.3 on request.
/// GEXF carries every field, so there is nothing to warn about.
std::string writeGexf(const Model& model, GexfVersion version = GexfVersion::V1_2);
/// Atomic write; throws std::runtime_error with a user-facing message on failure.
void saveGexf(const Model& model, const std::filesystem::path& path, GexfVersion version = GexfVersion::V1_2);

/// True for ".gexf".
bool isGexfPath(const std::filesystem::path& path);

}  // namespace orgweave::core
