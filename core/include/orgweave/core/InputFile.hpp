#pragma once
// Reading an input file whole, for the readers of every format: refuses folders, unreadable files
// and files above kMaxDocumentBytes with a diagnostic naming the file, never an exception.
// Cost: one read of the file.

#include "orgweave/core/Diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace orgweave::core {

/// The file's bytes, or nullopt with an error added to `diagnostics`. `what` names the expected
/// kind of file in messages ("a GraphML file").
std::optional<std::string> readInputFile(const std::filesystem::path& path, std::string_view what,
                                         Diagnostics& diagnostics);

}  // namespace orgweave::core
