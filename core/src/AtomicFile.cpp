#include "orgweave/core/AtomicFile.hpp"
#include "orgweave/core/Translate.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace orgweave::core {

namespace {

std::runtime_error saveError(const std::filesystem::path& path, const std::string& reason) {
    return std::runtime_error(fill(tr("cannot save {}: {}"), {path.string(), reason}));
}

/// Removes the temporary file unless released (the rename happened).
class TemporaryFile {
public:
    explicit TemporaryFile(const std::filesystem::path& target) {
        std::filesystem::path dir = target.parent_path();
        if (dir.empty())
            dir = ".";
        // Built piecewise: g++ 12 reports a false -Wrestrict on "." + std::string + "…" at -O2.
        std::string name(".");
        name.append(target.filename().string());
        name.append(".tmp-XXXXXX");
        m_path = (dir / name).string();
        m_fd = ::mkstemp(m_path.data());
        if (m_fd < 0)
            throw saveError(target, std::strerror(errno));
    }
    ~TemporaryFile() {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_released)
            ::unlink(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int fd() const { return m_fd; }

    void write(std::string_view content, const std::filesystem::path& target) {
        const char* data = content.data();
        std::size_t left = content.size();
        while (left > 0) {
            const ssize_t n = ::write(m_fd, data, left);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                throw saveError(target, std::strerror(errno));
            }
            data += n;
            left -= static_cast<std::size_t>(n);
        }
    }

    /// Permissions of the file replaced (or the usual 0666 less umask), fsync, close.
    void finish(const std::filesystem::path& target) {
        struct stat st {};
        mode_t mode = 0666;
        if (::stat(target.c_str(), &st) == 0) {
            mode = st.st_mode & 07777;
        } else {
            const mode_t mask = ::umask(0);
            ::umask(mask);
            mode &= ~mask;
        }
        ::fchmod(m_fd, mode);
        if (::fsync(m_fd) != 0)
            throw saveError(target, std::strerror(errno));
        if (::close(m_fd) != 0) {
            m_fd = -1;
            throw saveError(target, std::strerror(errno));
        }
        m_fd = -1;
    }

    /// Renames the finished file over the target.
    void publish(const std::filesystem::path& target) {
        if (::rename(m_path.c_str(), target.c_str()) != 0)
            throw saveError(target, std::strerror(errno));
        m_released = true;
    }

    void commit(const std::filesystem::path& target) {
        finish(target);
        publish(target);
    }

    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    int m_fd = -1;
    bool m_released = false;
};

/// An output stream buffer over a file descriptor: keeps a buffer of 1 MiB and remembers the first
/// write error (errno) instead of losing it in the stream's badbit.
class DescriptorBuffer : public std::streambuf {
public:
    explicit DescriptorBuffer(int fd) : m_fd(fd), m_buffer(std::size_t{1} << 20) {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }
    int error() const { return m_error; }

protected:
    int_type overflow(int_type c) override {
        if (!flushBuffer())
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return flushBuffer() ? 0 : -1; }
    std::streamsize xsputn(const char* data, std::streamsize count) override {
        if (count >= static_cast<std::streamsize>(m_buffer.size())) {  // large writes go straight out
            if (!flushBuffer() || !writeAll(data, static_cast<std::size_t>(count)))
                return 0;
            return count;
        }
        return std::streambuf::xsputn(data, count);
    }

private:
    bool flushBuffer() {
        const auto size = static_cast<std::size_t>(pptr() - pbase());
        if (size > 0 && !writeAll(pbase(), size))
            return false;
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return true;
    }
    bool writeAll(const char* data, std::size_t left) {
        if (m_error != 0)
            return false;
        while (left > 0) {
            const ssize_t n = ::write(m_fd, data, left);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_error = errno;
                return false;
            }
            data += n;
            left -= static_cast<std::size_t>(n);
        }
        return true;
    }

    int m_fd;
    std::vector<char> m_buffer;
    int m_error = 0;
};

/// The file a save of `path` replaces: `path` itself, or the end of its chain of symbolic links
/// (a dangling link names the file to create).
std::filesystem::path resolveLinks(const std::filesystem::path& path) {
    std::filesystem::path p = path;
    std::error_code ec;
    for (int hops = 0; std::filesystem::is_symlink(p, ec); ++hops) {
        if (hops == 40)
            throw saveError(path, tr("too many levels of symbolic links"));
        const std::filesystem::path to = std::filesystem::read_symlink(p, ec);
        if (ec)
            throw saveError(path, ec.message());
        p = to.is_absolute() ? to : p.parent_path() / to;
    }
    return p;
}

/// Checks done before writing `target` (already resolved); true when it is written directly (a
/// device or pipe) rather than replaced.
bool isSpecialTarget(const std::filesystem::path& target, const std::filesystem::path& shown,
                     const AtomicWriteOptions& options) {
    std::error_code ec;
    if (std::filesystem::is_directory(target, ec))
        throw saveError(shown, tr("a folder with that name exists"));
    if (!std::filesystem::exists(target, ec))
        return false;
    if (!std::filesystem::is_regular_file(target, ec))
        return true;
    struct stat st {};
    if (!options.replaceReadOnly && ::stat(target.c_str(), &st) == 0 && (st.st_mode & 0222) == 0) {
        throw ReadOnlyFileError("cannot save " + shown.string() +
                                ": the file is read-only (make it writable, or save under another name)");
    }
    return false;
}

void writeDirectly(const std::filesystem::path& target, const std::filesystem::path& shown,
                   std::string_view content) {
    std::ofstream out(target, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out.flush())
        throw saveError(shown, tr("cannot write"));
}

/// When this process started (static initialisation): temporary files older than that are not
/// being written by us.
const std::filesystem::file_time_type kProcessStart = std::filesystem::file_time_type::clock::now();

bool isOurTemporaryName(const std::string& name, const std::string& target) {
    std::string prefix(".");  // piecewise: see TemporaryFile
    prefix.append(target);
    prefix.append(".tmp-");
    if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0)
        return false;
    return std::all_of(name.begin() + static_cast<std::ptrdiff_t>(prefix.size()), name.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

std::filesystem::path journalOf(const std::filesystem::path& first) {
    std::filesystem::path dir = first.parent_path();
    if (dir.empty())
        dir = ".";
    std::string name(".");
    name.append(first.filename().string());
    name.append(".save-journal");
    return dir / name;
}

void syncFolder(const std::filesystem::path& file) {
    std::filesystem::path dir = file.parent_path();
    if (dir.empty())
        dir = ".";
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

std::size_t removeStaleTemporaries(const std::filesystem::path& path) {
    std::size_t removed = 0;
    try {
        const std::filesystem::path target = resolveLinks(path);
        std::filesystem::path dir = target.parent_path();
        if (dir.empty())
            dir = ".";
        const std::string name = target.filename().string();
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
            if (!isOurTemporaryName(entry.path().filename().string(), name))
                continue;
            std::error_code entryError;
            if (!entry.is_regular_file(entryError) || entry.is_symlink(entryError))
                continue;
            const auto written = std::filesystem::last_write_time(entry.path(), entryError);
            if (!entryError && written < kProcessStart && std::filesystem::remove(entry.path(), entryError))
                ++removed;
        }
    } catch (const std::exception&) {
        // Best effort: a folder we cannot list keeps its files.
    }
    return removed;
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view content,
                         const AtomicWriteOptions& options) {
    const std::filesystem::path target = resolveLinks(path);
    // A device or a pipe (/dev/stdout, a FIFO) cannot be replaced by renaming: write to it directly.
    if (isSpecialTarget(target, path, options)) {
        writeDirectly(target, path, content);
        return;
    }
    removeStaleTemporaries(target);
    TemporaryFile temp(target);
    temp.write(content, path);
    temp.commit(target);
}

bool completeInterruptedSave(const std::filesystem::path& first) {
    try {
        const std::filesystem::path journal = journalOf(resolveLinks(first));
        std::ifstream in(journal, std::ios::binary);
        if (!in)
            return false;
        const nlohmann::json renames = nlohmann::json::parse(in, nullptr, false);
        in.close();
        if (renames.is_array()) {
            for (const nlohmann::json& r : renames) {
                if (!r.is_array() || r.size() != 2 || !r[0].is_string() || !r[1].is_string())
                    continue;
                const std::string from = r[0].get<std::string>();
                const std::string to = r[1].get<std::string>();
                std::error_code ec;
                if (std::filesystem::is_regular_file(from, ec))
                    ::rename(from.c_str(), to.c_str());
            }
        }
        std::error_code ec;
        std::filesystem::remove(journal, ec);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

void writeFilesAtomically(const std::vector<std::pair<std::filesystem::path, std::string>>& files,
                          const AtomicWriteOptions& options) {
    if (files.empty())
        return;
    completeInterruptedSave(files.front().first);
    std::vector<std::filesystem::path> targets;
    std::vector<std::unique_ptr<TemporaryFile>> temps;
    nlohmann::json renames = nlohmann::json::array();
    for (const auto& [path, content] : files) {
        const std::filesystem::path target = resolveLinks(path);
        if (isSpecialTarget(target, path, options))
            throw saveError(path, "is not a regular file (a pair of files is saved to regular files only)");
        removeStaleTemporaries(target);
        temps.push_back(std::make_unique<TemporaryFile>(target));
        temps.back()->write(content, path);
        temps.back()->finish(path);
        renames.push_back(nlohmann::json::array({std::filesystem::absolute(temps.back()->path()).string(),
                                                 std::filesystem::absolute(target).string()}));
        targets.push_back(target);
    }
    // Every new file is complete and on disk: from here on a kill is finished forward.
    const std::filesystem::path journal = journalOf(targets.front());
    writeFileAtomically(journal,
                        renames.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    for (std::size_t i = 0; i < temps.size(); ++i) {
        temps[i]->publish(targets[i]);
        if (testing::afterRename)
            testing::afterRename(i + 1);
    }
    for (const std::filesystem::path& target : targets)
        syncFolder(target);
    std::error_code ec;
    std::filesystem::remove(journal, ec);
}

void writeFileAtomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& produce,
                         const AtomicWriteOptions& options) {
    const std::filesystem::path target = resolveLinks(path);
    if (isSpecialTarget(target, path, options)) {
        std::ostringstream buffer;  // a device or pipe: produce everything first, then write it at once
        produce(buffer);
        writeDirectly(target, path, buffer.str());
        return;
    }
    removeStaleTemporaries(target);
    // Streamed into the temporary file; if `produce` throws, the temporary file is removed and the
    // target is untouched.
    TemporaryFile temp(target);
    DescriptorBuffer buffer(temp.fd());
    std::ostream stream(&buffer);
    produce(stream);
    stream.flush();
    if (buffer.error() != 0)
        throw saveError(path, std::strerror(buffer.error()));
    if (!stream)
        throw saveError(path, "cannot write");
    temp.commit(target);
}

}  // namespace orgweave::core
