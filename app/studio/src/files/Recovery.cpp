// Recovery: sections · keys and files · autosave · files left behind
#include "orgweave/studio/files/Recovery.hpp"
#include "orgweave/core/Translate.hpp"

#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/files/Settings.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <exception>
#include <fstream>
#include <random>
#include <sstream>
#include <system_error>

namespace orgweave::studio {

namespace {

constexpr const char* kDocumentSuffix = ".orgweave.json";
constexpr const char* kOriginSuffix = ".origin.json";

std::string localTime(std::time_t time) {
    std::tm parts{};
    localtime_r(&time, &parts);
    std::array<char, 32> text{};
    const std::size_t length = std::strftime(text.data(), text.size(), "%Y-%m-%d %H:%M", &parts);
    return std::string(text.data(), length);
}

std::filesystem::path originOf(const std::filesystem::path& recoveryFile) {
    std::string name = recoveryFile.filename().string();
    name.resize(name.size() - std::char_traits<char>::length(kDocumentSuffix));
    return recoveryFile.parent_path() / (name + kOriginSuffix);
}

void removeFile(const std::filesystem::path& recoveryFile) {
    std::error_code error;
    std::filesystem::remove(recoveryFile, error);
    std::filesystem::remove(originOf(recoveryFile), error);
}

constexpr const char* kLockSuffix = ".instance.lock";

/// The instance named in a recovery file's origin note (empty: none, an older file).
std::string ownerOf(const std::filesystem::path& recoveryFile) {
    std::ifstream in(originOf(recoveryFile));
    if (!in)
        return {};
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json origin = nlohmann::json::parse(text.str(), nullptr, false);
    if (!origin.is_object() || !origin.contains("instance") || !origin["instance"].is_string())
        return {};
    return origin["instance"].get<std::string>();
}

/// True while the studio `instance` runs: it holds an flock on its lock file in `folder`.
bool instanceIsLive(const std::filesystem::path& folder, const std::string& instance) {
    if (instance.empty())
        return false;
    const std::filesystem::path lock = folder / (instance + kLockSuffix);
    const int fd = ::open(lock.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool live = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);  // also releases the lock when we got it
    return live;
}

}  // namespace

Recovery::Recovery()
    : m_folder(Settings::stateFolder() / "recovery"), m_clock(&std::chrono::steady_clock::now) {}

Recovery::~Recovery() {
    releaseInstance();
}

void Recovery::setFolder(std::filesystem::path folder) {
    releaseInstance();
    m_folder = std::move(folder);
}

void Recovery::releaseInstance() {
    if (m_lockFd < 0)
        return;
    std::error_code error;
    std::filesystem::remove(m_folder / (m_instance + kLockSuffix), error);
    ::close(m_lockFd);  // releases the flock
    m_lockFd = -1;
}

const std::string& Recovery::instance() {
    if (m_lockFd >= 0)
        return m_instance;
    if (m_instance.empty()) {
        std::random_device random;
        m_instance = std::to_string(::getpid()) + "-" + std::to_string(random() % 1000000u);
    }
    std::error_code error;
    std::filesystem::create_directories(m_folder, error);
    const std::filesystem::path lock = m_folder / (m_instance + kLockSuffix);
    const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        m_lockFd = fd;
    } else if (fd >= 0) {
        ::close(fd);
    }
    return m_instance;
}

bool Recovery::ownedByAnotherLiveInstance(const std::filesystem::path& recoveryFile) const {
    const std::string owner = ownerOf(recoveryFile);
    return !owner.empty() && owner != m_instance && instanceIsLive(m_folder, owner);
}

// ------------------------------------------------------------------------------------ keys and files

std::string Recovery::keyOf(const std::filesystem::path& documentPath) {
    if (documentPath.empty())
        return "untitled";
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(documentPath, error);
    const std::string text = (error ? documentPath : absolute).lexically_normal().string();
    std::uint64_t hash = 14695981039346656037ull;  // FNV-1a, 64 bit
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    static constexpr const char* kHex = "0123456789abcdef";
    std::string key(16, '0');
    for (int i = 15; i >= 0; --i) {
        key[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
        hash >>= 4;
    }
    return key;
}

std::filesystem::path Recovery::fileFor(const std::filesystem::path& documentPath) const {
    return m_folder / (keyOf(documentPath) + kDocumentSuffix);
}

// ----------------------------------------------------------------------------------------- autosave

std::string Recovery::write(const core::Document& document, std::uint64_t revision) {
    std::filesystem::path file = fileFor(document.path());
    try {
        std::filesystem::create_directories(m_folder);
        const std::string& self = instance();
        // Another running studio has the same document open and autosaved it: keep its file.
        if (ownedByAnotherLiveInstance(file))
            file = m_folder / (keyOf(document.path()) + "-" + self + kDocumentSuffix);
        nlohmann::ordered_json origin;
        origin["path"] =
            document.path().empty() ? std::string() : std::filesystem::absolute(document.path()).string();
        origin["saved_at"] = static_cast<std::int64_t>(std::time(nullptr));
        origin["instance"] = self;
        core::writeFileAtomically(originOf(file), origin.dump(2) + "\n");
        core::saveDocument(document.model(), file);
    } catch (const std::exception& e) {
        return core::fill(core::tr("Autosave failed: {}"), {e.what()});
    }
    if (!m_written.empty() && m_written != file)
        removeFile(m_written);
    m_written = file;
    m_writtenKey = keyOf(document.path());
    m_writtenRevision = revision;
    return {};
}

void Recovery::remove(const std::filesystem::path& documentPath) {
    const std::filesystem::path file = fileFor(documentPath);
    if (!ownedByAnotherLiveInstance(file))
        removeFile(file);
    if (!m_written.empty() && keyOf(documentPath) == m_writtenKey) {
        removeFile(m_written);
        m_written.clear();
    }
}

std::string Recovery::update(const core::Document* document, bool dirty, std::uint64_t revision) {
    const auto now = m_clock();
    // A file written for a document now clean, closed or saved under another name is not wanted.
    if (!m_written.empty() && (document == nullptr || !dirty || keyOf(document->path()) != m_writtenKey)) {
        removeFile(m_written);
        m_written.clear();
    }
    if (document == nullptr || !dirty) {
        m_wasDirty = false;
        m_failed = false;
        return {};
    }
    if (!m_wasDirty) {
        m_wasDirty = true;
        m_dirtySince = now;
        return {};
    }
    if (now - m_dirtySince < m_interval)
        return {};
    m_dirtySince = now;
    if (!m_written.empty() && m_writtenRevision == revision)
        return {};
    std::string failure = write(*document, revision);
    if (failure.empty()) {
        m_failed = false;
        return {};
    }
    if (m_failed)
        return {};  // said once already
    m_failed = true;
    return failure;
}

// ------------------------------------------------------------------------------ files left behind

void Recovery::discard(const RecoveryEntry& entry) {
    // Never the live autosave of another running studio (its owner still holds its lock).
    if (!instanceIsLive(entry.file.parent_path(), ownerOf(entry.file)))
        removeFile(entry.file);
}

std::vector<RecoveryEntry> Recovery::pending() const {
    std::vector<std::pair<std::filesystem::file_time_type, RecoveryEntry>> found;
    std::error_code error;
    std::filesystem::directory_iterator it(m_folder, error);
    if (error)
        return {};
    for (const std::filesystem::directory_entry& item : it) {
        const std::string name = item.path().filename().string();
        if (name.ends_with(kLockSuffix) &&
            !instanceIsLive(m_folder,
                            name.substr(0, name.size() - std::char_traits<char>::length(kLockSuffix)))) {
            std::filesystem::remove(item.path(), error);  // left by a studio that crashed
            continue;
        }
        // `.NAME.tmp-XXXXXX` left by an autosave that was killed: removed at the next start.
        if (name.size() > 13 && name[0] == '.' && name.compare(name.size() - 11, 5, ".tmp-") == 0) {
            core::removeStaleTemporaries(m_folder / name.substr(1, name.size() - 12));
            continue;
        }
        if (!name.ends_with(kDocumentSuffix) || !item.is_regular_file(error))
            continue;
        // Files of other running studios are not left behind (they are live autosaves).
        const std::string owner = ownerOf(item.path());
        if (!owner.empty() && owner != m_instance && instanceIsLive(m_folder, owner))
            continue;
        RecoveryEntry entry;
        entry.file = item.path();
        entry.name = "Untitled";
        std::time_t savedAt = 0;
        std::ifstream in(originOf(item.path()));
        if (in) {
            std::stringstream text;
            text << in.rdbuf();
            try {
                const nlohmann::json origin = nlohmann::json::parse(text.str());
                entry.originalPath = origin.value("path", std::string());
                savedAt = static_cast<std::time_t>(origin.value("saved_at", std::int64_t{0}));
            } catch (const std::exception&) {
                entry.originalPath.clear();
            }
        }
        if (!entry.originalPath.empty())
            entry.name = entry.originalPath.filename().string();
        const std::filesystem::file_time_type modified = item.last_write_time(error);
        if (savedAt == 0 && !error) {
            const auto system = std::chrono::time_point_cast<std::chrono::system_clock::duration>(
                modified - std::filesystem::file_time_type::clock::now() + std::chrono::system_clock::now());
            savedAt = std::chrono::system_clock::to_time_t(system);
        }
        entry.savedAt = savedAt != 0 ? localTime(savedAt) : std::string("an unknown time");
        found.emplace_back(modified, std::move(entry));
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<RecoveryEntry> entries;
    for (auto& [time, entry] : found)
        entries.push_back(std::move(entry));
    return entries;
}

}  // namespace orgweave::studio
