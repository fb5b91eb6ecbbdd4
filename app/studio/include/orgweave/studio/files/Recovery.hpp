#pragma once
// Autosave of unsaved work to a recovery file, and the files a previous run left behind.
// While the document has unsaved changes, update() writes it every interval (30 s) to
// <folder>/<key>.orgweave.json, where the key is a 64-bit FNV-1a hash of the document's absolute
// path in hex, or "untitled"; a small <key>.origin.json next to it names the document and the
// time. Both are written atomically. The files are removed when the document is saved or closed
// cleanly. pending() lists what an earlier run left (it crashed or was killed). The folder is
// normally Settings::stateFolder()/recovery; the clock is injectable for tests.
// Recovery files belong to one running instance: each Recovery holds an flock on its own
// <folder>/<instance>.instance.lock while it lives and names its instance in the origin note.
// pending() does not offer, and discard()/remove() never delete, a file whose instance still
// holds its lock (a second studio on the same document); a second instance autosaving a document
// whose file a live one owns writes <key>-<instance>.orgweave.json instead. Lock files of crashed
// instances and the temporary files of killed autosaves are removed by pending().
// Cost: one document write per interval while dirty; pending() lists one folder.

#include "orgweave/core/Document.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace orgweave::studio {

/// A recovery file left by an earlier run.
struct RecoveryEntry {
    std::filesystem::path file;          ///< the recovered document (native format)
    std::filesystem::path originalPath;  ///< the document's own file; empty for an untitled one
    std::string name;                    ///< file name of the original, or "Untitled"
    std::string savedAt;                 ///< local time of the autosave, "2024-05-03 14:32"
};

class Recovery {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    static constexpr std::chrono::seconds kDefaultInterval{30};

    Recovery();
    ~Recovery();
    Recovery(const Recovery&) = delete;
    Recovery& operator=(const Recovery&) = delete;

    void setFolder(std::filesystem::path folder);
    const std::filesystem::path& folder() const { return m_folder; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setInterval(std::chrono::steady_clock::duration interval) { m_interval = interval; }

    /// "untitled" for an empty path, else the hex FNV-1a hash of the absolute path.
    static std::string keyOf(const std::filesystem::path& documentPath);
    std::filesystem::path fileFor(const std::filesystem::path& documentPath) const;

    /// Once per frame. `document` may be null; `dirty` says whether it has unsaved changes;
    /// `revision` is the workspace's revision (it changes with every edit and new document).
    /// Writes when it has been dirty for an interval since the last write (and changed since);
    /// removes the file this object wrote once the document is clean, closed or renamed.
    /// Returns an error message when a write failed (once per failure), else empty.
    std::string update(const core::Document* document, bool dirty, std::uint64_t revision);
    /// Writes the recovery file of `document` now; returns an error message or empty.
    std::string write(const core::Document& document, std::uint64_t revision = 0);
    /// Removes the recovery file (and its origin note) of the document at `documentPath`.
    void remove(const std::filesystem::path& documentPath);
    /// Removes a file left by an earlier run.
    static void discard(const RecoveryEntry& entry);

    /// Recovery files in the folder, oldest first.
    std::vector<RecoveryEntry> pending() const;

    /// This instance's name ("<pid>-<random>"); takes its lock on first use.
    const std::string& instance();

private:
    void releaseInstance();
    bool ownedByAnotherLiveInstance(const std::filesystem::path& recoveryFile) const;

    std::filesystem::path m_folder;
    std::string m_instance;
    int m_lockFd = -1;
    std::string m_writtenKey;  ///< keyOf the document whose file m_written is
    Clock m_clock;
    std::chrono::steady_clock::duration m_interval = kDefaultInterval;
    std::chrono::steady_clock::time_point m_dirtySince{};
    bool m_wasDirty = false;
    std::filesystem::path m_written;      ///< recovery file written by this object (empty: none)
    std::uint64_t m_writtenRevision = 0;  ///< workspace revision in it
    bool m_failed = false;
};

}  // namespace orgweave::studio
