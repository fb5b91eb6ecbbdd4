#pragma once
// CSV import and export.
//
// Tables: a nodes file and a ties file, each with a header row that names its columns. Nodes:
// `id` (or node/name) and any of label, kind, type, organization, site, owner, x, y; ties: `source`
// and `target` (or from/to) and any of id, kind, directed, weight, label. Other columns become
// attrs (text) under their header. Files we write add an `orgweave` column holding the remaining
// fields as native JSON (then attrs come from it), so nodes, ties and positions round-trip exactly;
// the document's meta, context, phases and views are not carried (a warning says so). A ties table
// without a nodes table creates a role for each id it names. Kinds default to role / collaborates.
// Files: X.nodes.csv + X.ties.csv, or X.csv (ties) + X.nodes.csv; see csvTablePaths().
//
// Single edge lists (the reader below): one tie per row, `source,target[,weight]`, into a Model of roles tied
// by `collaborates` (undirected). A first row whose third field is not a number, or that names the columns
// (source/target/weight, from/to), is a header. Comma or semicolon separated (as spreadsheets write them),
// double quotes for fields with separators, UTF-8 with or without BOM, blank lines and lines starting with
// '#' ignored. Node ids are the text of the fields; labels equal ids. Errors carry file, line and column.
// Cost: O(file size).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace orgweave::core {

LoadResult parseEdgeListCsv(std::string_view text, const std::string& fileName);
LoadResult loadEdgeListCsv(const std::filesystem::path& path);

/// The nodes and ties files of a table pair: X.nodes.csv ↔ X.ties.csv; X.csv (ties) ↔ X.nodes.csv.
struct CsvTablePaths {
    std::filesystem::path nodes;
    std::filesystem::path ties;
};
CsvTablePaths csvTablePaths(const std::filesystem::path& path);

/// Parses a nodes table and/or a ties table (nullopt: absent); diagnostics name the file they are about.
LoadResult parseCsvTables(std::optional<std::string_view> nodes, const std::string& nodesFile,
                          std::optional<std::string_view> ties, const std::string& tiesFile);
/// Reads `path` with its companion table when it exists; a lone edge list whose header names only
/// source/target/weight (or no header) is read by parseEdgeListCsv.
LoadResult loadCsv(const std::filesystem::path& path);

struct CsvTables {
    std::string nodes;
    std::string ties;
};
/// Both tables (UTF-8, comma separated, RFC 4180 quotes); losses go to `warnings`.
CsvTables writeCsvTables(const Model& model, Diagnostics& warnings, const std::string& fileName = {});
/// Writes both files of csvTablePaths(path) as one atomic pair (core::writeFilesAtomically: a kill
/// leaves the old pair or the new one); throws std::runtime_error on failure.
void saveCsv(const Model& model, const std::filesystem::path& path, Diagnostics& warnings);

/// True for ".csv".
bool isCsvPath(const std::filesystem::path& path);

}  // namespace orgweave::core
