#pragma once
// Atomic replacement of a file: write a temporary file in the same folder, flush and fsync it,
// then rename it over the target. On any failure the temporary file is removed and the target
// keeps its previous content. A target that exists and is not a regular file (/dev/stdout, a FIFO)
// is written directly, as renaming over it would replace the device. Cost: one extra fsync per save.

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

namespace orgweave::core {

/// Writes `content` to `path` atomically; throws std::runtime_error naming the path and the reason.
void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

/// Same, but the content is produced by `produce` writing to a stream that goes straight into the
/// temporary file (buffered, 1 MiB), so the content is never held whole in memory; if `produce`
/// throws, the target is untouched and the exception propagates.
void writeFileAtomically(const std::filesystem::path& path,
                         const std::function<void(std::ostream&)>& produce);

}  // namespace orgweave::core
