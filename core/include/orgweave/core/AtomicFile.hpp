#pragma once
// Atomic replacement of a file: write a temporary file `.NAME.tmp-XXXXXX` in the same folder,
// flush and fsync it, then rename it over the target. On any failure the temporary file is removed
// and the target keeps its previous content. A target that exists and is not a regular file
// (/dev/stdout, a FIFO) is written directly, as renaming over it would replace the device.
// A symbolic link is written through: the file it points to is replaced atomically, the link stays.
// A read-only target (no write bit for anyone) is refused with ReadOnlyFileError unless the caller
// says to replace it. Temporary files of ours that a killed process left beside the target
// (`.NAME.tmp-XXXXXX`, older than this process) are removed by the next save of NAME.
// Pairs (CSV nodes + ties): writeFilesAtomically writes every temporary file, then a journal
// `.FIRST.save-journal` naming each rename, then renames; a process killed between two renames
// leaves the journal, and completeInterruptedSave (called by the next load or save of the pair)
// finishes the renames, so the pair is always either the old one or the new one.
// Cost: one extra fsync per file (plus the journal's for pairs).

#include <filesystem>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orgweave::core {

/// Thrown when the target is read-only and the caller did not allow replacing it.
class ReadOnlyFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct AtomicWriteOptions {
    /// Replace a read-only target (the user confirmed it); its permissions are kept.
    bool replaceReadOnly = false;
};

/// Writes `content` to `path` atomically; throws std::runtime_error naming the path and the reason
/// (ReadOnlyFileError for a read-only target).
void writeFileAtomically(const std::filesystem::path& path, std::string_view content,
                         const AtomicWriteOptions& options = {});

/// Same, but the content is produced by `produce` writing to a stream that goes straight into the
/// temporary file (buffered, 1 MiB), so the content is never held whole in memory; if `produce`
/// throws, the target is untouched and the exception propagates.
void writeFileAtomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& produce,
                         const AtomicWriteOptions& options = {});

/// Writes several files so that a kill at any point leaves either all old or (after
/// completeInterruptedSave) all new contents. The journal is kept beside the first file.
void writeFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files,
                          const AtomicWriteOptions& options = {});

/// Finishes a writeFilesAtomically whose first file is `first` and that was killed between its
/// renames (no-op without a journal). Returns true when it completed one. Never throws.
bool completeInterruptedSave(const std::filesystem::path& first);

/// Removes `.NAME.tmp-XXXXXX` files beside `path` that are older than this process (left by a
/// killed save). Returns how many it removed. Never throws.
std::size_t removeStaleTemporaries(const std::filesystem::path& path);

namespace testing {
/// Called between the renames of writeFilesAtomically (tests kill the process there).
inline std::function<void(std::size_t renamed)> afterRename;
}  // namespace testing

}  // namespace orgweave::core
