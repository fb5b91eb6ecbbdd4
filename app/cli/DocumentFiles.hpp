#pragma once
// Reading and writing documents in any format the command line knows, chosen by file extension.
// Formats not built yet are named as such so the user knows they are coming, not mistyped.

#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace orgweave::cli {

enum class FileFormat { Native, Dot, Graphml, EdgeListCsv };

/// Whether a format can be written (GraphML and CSV are read-only in this version).
bool isWritable(FileFormat format);

/// The format of a path by extension; nullopt with `why` set when unknown or not yet supported.
std::optional<FileFormat> formatOf(const std::filesystem::path& path, std::string& why);

/// Loads a document in the format of its extension (the caller checked formatOf first).
core::LoadResult loadAny(const std::filesystem::path& path, FileFormat format);

/// Saves atomically in the given format; throws std::runtime_error on failure.
void saveAny(const core::Model& model, const std::filesystem::path& path, FileFormat format);

/// Writes a command's output to standard output (`out` empty or "-") or atomically to the file
/// `out`; returns the exit code (1 with a message naming `command` when the file cannot be written).
int writeOutput(const std::string& text, const std::string& out, const char* command);

/// Prints every diagnostic on stderr, one per line.
void printDiagnostics(const core::Diagnostics& diagnostics);

}  // namespace orgweave::cli
