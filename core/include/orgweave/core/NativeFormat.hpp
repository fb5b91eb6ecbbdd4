#pragma once
// Reading and writing `*.orgweave.json` (DESIGN.md §3).
//
// Reading: size limit, nesting limit, JSON syntax, format/version (older versions are migrated,
// with a warning at /version saying what the migration did; newer ones refused), types and required fields,
// then validate(). Every diagnostic carries the file, line and column of the value it is about. Cost: O(file
// size). Reading streams: no tree of the whole document is built; each node and tie is parsed, read into the
// Model and freed (DocumentSaxReader.hpp); loadDocument maps the file instead of copying it. Writing:
// deterministic (fixed key order, one node/tie/position per line), so that write(read(write(x))) == write(x)
// byte for byte; streamed element by element. save() is atomic (see AtomicFile.hpp) and streams into the
// temporary file.

#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/Diagnostic.hpp"
#include "orgweave/core/Model.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace orgweave::core {

/// The version this build writes and the newest it reads.
inline constexpr int kFormatVersion = 2;
/// Files larger than this are refused before parsing.
inline constexpr std::uintmax_t kMaxDocumentBytes = std::uintmax_t{1} << 30;  // 1 GiB
/// JSON nested deeper than this is refused (attrs are user data, not a stack bomb).
inline constexpr int kMaxJsonDepth = 200;

struct LoadResult {
    std::optional<Model> model;  ///< set when there are no errors
    Diagnostics diagnostics;     ///< errors and warnings, in file order where known
    bool ok() const { return model.has_value(); }
};

/// Parses document text. `fileName` is only used in diagnostics.
LoadResult parseDocument(std::string_view text, const std::string& fileName);
/// Reads and parses a file; an unreadable file is an error diagnostic, never an exception.
LoadResult loadDocument(const std::filesystem::path& path);

/// Serializes deterministically (UTF-8, LF line ends, trailing newline).
std::string writeDocument(const Model& model);
/// The same bytes, streamed: nodes and ties are turned into text one at a time and written in
/// chunks of 1 MiB, so no second copy of the document exists in memory.
void writeDocument(const Model& model, std::ostream& out);
/// Writes atomically; throws std::runtime_error with a user-facing message on failure, in which
/// case the previous file (if any) is untouched.
void saveDocument(const Model& model, const std::filesystem::path& path,
                  const AtomicWriteOptions& options = {});

/// True when the path names a native document (ends in ".orgweave.json" or ".json").
bool isNativeDocumentPath(const std::filesystem::path& path);

}  // namespace orgweave::core
