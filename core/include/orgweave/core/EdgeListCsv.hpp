#pragma once
// CSV edge list import: one tie per row, `source,target[,weight]`, into a Model of roles tied by
// `collaborates` (undirected). A first row whose third field is not a number, or that names the
// columns (source/target/weight, from/to), is a header. Comma or semicolon separated (as
// spreadsheets write them), double quotes for fields with separators, UTF-8 with or without BOM,
// blank lines and lines starting with '#' ignored. Node ids are the text of the fields; labels
// equal ids. Errors carry file, line and column. Cost: O(file size).

#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"
#include "orgweave/core/NativeFormat.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace orgweave::core {

LoadResult parseEdgeListCsv(std::string_view text, const std::string& fileName);
LoadResult loadEdgeListCsv(const std::filesystem::path& path);

/// True for ".csv".
bool isCsvPath(const std::filesystem::path& path);

}  // namespace orgweave::core
