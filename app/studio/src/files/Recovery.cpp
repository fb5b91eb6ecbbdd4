// Recovery: sections · keys and files · autosave · files left behind
#include "orgweave/studio/files/Recovery.hpp"

#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/NativeFormat.hpp"
#include "orgweave/studio/files/Settings.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <ctime>
#include <exception>
#include <fstream>
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

}  // namespace

Recovery::Recovery()
    : m_folder(Settings::stateFolder() / "recovery"), m_clock(&std::chrono::steady_clock::now) {}

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
    const std::filesystem::path file = fileFor(document.path());
    try {
        std::filesystem::create_directories(m_folder);
        nlohmann::ordered_json origin;
        origin["path"] =
            document.path().empty() ? std::string() : std::filesystem::absolute(document.path()).string();
        origin["saved_at"] = static_cast<std::int64_t>(std::time(nullptr));
        core::writeFileAtomically(originOf(file), origin.dump(2) + "\n");
        core::saveDocument(document.model(), file);
    } catch (const std::exception& e) {
        return std::string("Autosave failed: ") + e.what();
    }
    if (!m_written.empty() && m_written != file)
        removeFile(m_written);
    m_written = file;
    m_writtenRevision = revision;
    return {};
}

void Recovery::remove(const std::filesystem::path& documentPath) {
    const std::filesystem::path file = fileFor(documentPath);
    removeFile(file);
    if (file == m_written)
        m_written.clear();
}

std::string Recovery::update(const core::Document* document, bool dirty, std::uint64_t revision) {
    const auto now = m_clock();
    // A file written for a document now clean, closed or saved under another name is not wanted.
    if (!m_written.empty() && (document == nullptr || !dirty || fileFor(document->path()) != m_written)) {
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
        if (!name.ends_with(kDocumentSuffix) || !item.is_regular_file(error))
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
