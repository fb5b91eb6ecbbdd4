#pragma once
// Reading and writing documents for the commands, in any format, chosen by file extension. The
// mapping itself is layouts::DocumentFormats (shared with the studio); this adds what a command
// needs around it: warnings printed on stderr, output to a file or standard output.

#include <orgweave/core/Model.hpp>
#include <orgweave/core/NativeFormat.hpp>
#include <orgweave/layouts/DocumentFormats.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace orgweave::cli {

using FileFormat = layouts::FileFormat;
using layouts::formatOf;
using layouts::loadAny;

/// Whether a format can be written (every format of this version can).
bool isWritable(FileFormat format);

/// Saves atomically in the given format (layouts::saveAny), printing what the format cannot carry
/// as warnings on stderr. Throws std::runtime_error on failure.
void saveAny(const core::Model& model, const std::filesystem::path& path, FileFormat format);

/// Writes a command's output to standard output (`out` empty or "-") or atomically to the file
/// `out`; returns the exit code (1 with a message naming `command` when the file cannot be written).
int writeOutput(const std::string& text, const std::string& out, const char* command);

/// Reads a command's input document in the format of its extension, printing diagnostics: the one
/// way every command loads its input. Sets `exitCode` (kExitUsage for an unknown extension,
/// kExitBadInput for a file that does not load) and returns nullopt on failure; `diagnosticCount`,
/// when given, receives the number of diagnostics printed (warnings, on success).
std::optional<core::Model> loadForCommand(const std::string& file, const char* command, int& exitCode,
                                          std::size_t* diagnosticCount = nullptr);

/// Prints every diagnostic on stderr, one per line.
void printDiagnostics(const core::Diagnostics& diagnostics);

}  // namespace orgweave::cli
