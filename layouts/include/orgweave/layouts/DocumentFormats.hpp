#pragma once
// The one place that maps a file name to a document format and reads or writes it, for the command
// line and the studio alike. It lives in layouts because DOT goes through Graphviz.
//
// Extensions (case-insensitive): .orgweave.json and .json (native), .graphml, .gexf, .dot and .gv,
// .net and .paj (Pajek, with a .clu partition beside it when present), .dl (UCINET DL), .gml, .vna
// (NetDraw), .csv (a ties table or edge list, with X.nodes.csv beside it; X.nodes.csv and X.ties.csv
// name the pair; Kumu and Gephi table exports; Gephi adjacency matrices and lists), .tsv and .txt
// (read as tab-separated CSV; written only as .csv). Reading
// never throws: problems are diagnostics. Writing is atomic; what the format cannot carry is
// returned as warning diagnostics. Cost: that of the format's reader or writer.

#include <orgweave/core/Diagnostic.hpp>
#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace orgweave::layouts {

enum class FileFormat { Native, Graphml, Gexf, Dot, Pajek, UcinetDl, Csv, Gml, Vna };

/// Every extension formatOf() knows, for help texts: ".orgweave.json .graphml .gexf …".
std::string_view knownExtensions();
/// Name of a format for people ("GraphML", "Pajek", …).
std::string_view formatName(FileFormat format);

/// The format of a path by extension; nullopt with `why` (naming the path) set when unknown.
std::optional<FileFormat> formatOf(const std::filesystem::path& path, std::string& why);

/// Reads a document in the given format (see the header of each format for its mapping).
core::LoadResult loadAny(const std::filesystem::path& path, FileFormat format);

/// Writes atomically in the given format; losses are appended to `warnings`. Throws
/// std::runtime_error with a user-facing message when the file cannot be written.
void saveAny(const core::Model& model, const std::filesystem::path& path, FileFormat format,
             core::Diagnostics& warnings);

}  // namespace orgweave::layouts
