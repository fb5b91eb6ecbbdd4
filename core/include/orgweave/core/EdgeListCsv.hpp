#pragma once
// CSV and TSV import and export.
//
// Tables: a nodes file and a ties file, each with a header row that names its columns. Nodes:
// `id` (or node/name; Kumu's elements sheet: `Label` names the element) and any of label, kind,
// type, organization, site, owner, x, y; ties: `source` and `target` (or from/to, Gephi's
// Source/Target, Kumu's From/To) and any of id, kind, directed, weight, label. Gephi's `Type`
// (Directed/Undirected/Mutual) and Kumu's `Direction` set each tie's direction; Gephi's `Kind` (when
// not one of our tie kinds) and Kumu's connection `Type` go to attrs "relation". Other columns become
// attrs under their header: numbers when every cell of the column is a number (integers stay
// integers; "007" keeps the column text), else text. Files we write add an `orgweave` column holding
// the remaining fields as native JSON (then attrs come from it), so nodes, ties and positions
// round-trip exactly; the document's meta, context, phases and views are not carried (a warning says
// so). A ties table without a nodes table creates a role for each id it names. Kinds default to role /
// collaborates.
// Files: X.nodes.csv + X.ties.csv, or X.csv (ties) + X.nodes.csv; see csvTablePaths(). A lone file is
// judged by its first rows (loadCsv): a ties table (its nodes companion found by name: "connections"
// ↔ "elements" as Kumu names its sheets, "edges" ↔ "nodes" as Gephi users name its table exports), a
// nodes table alone (Kumu elements or a Gephi node table: nodes, never an edge list), a Gephi
// adjacency matrix or list (parseAdjacencyCsv), or a plain edge list.
//
// Single edge lists (the reader below): one tie per row, `source,target[,weight]`, into a Model of roles tied
// by `collaborates` (undirected). A first row whose third field is not a number, or that names the columns
// (source/target/weight, from/to), is a header. Comma, semicolon or tab separated (.tsv always tab),
// double quotes for fields with separators, UTF-8 with or without BOM, blank lines and lines starting with
// '#' ignored. Node ids are the text of the fields; labels equal ids. Errors carry file, line and column.
// Limits: at most interop::kMaxReadTies (4,000,000) ties from an adjacency matrix or list.
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
/// Gephi's adjacency CSVs: a matrix (`;A;B` then `A;0;1` …; a value other than 0 is a directed tie,
/// a value other than 1 its weight) or a list (`A;B;C`: A → B and A → C). `separator` '\0' detects
/// ';', tab or ','. Ties are directed, as Gephi reads these files. Cost: O(file size).
LoadResult parseAdjacencyCsv(std::string_view text, const std::string& fileName, bool matrix,
                             char separator = '\0');
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

/// True for ".csv", ".tsv" and ".txt".
bool isCsvPath(const std::filesystem::path& path);

}  // namespace orgweave::core
