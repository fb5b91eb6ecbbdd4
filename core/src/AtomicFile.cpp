#include "orgweave/core/AtomicFile.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace orgweave::core {

namespace {

std::runtime_error saveError(const std::filesystem::path& path, const std::string& reason) {
    return std::runtime_error("cannot save " + path.string() + ": " + reason);
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

    void commit(const std::filesystem::path& target) {
        // Keep the permissions of the file we replace; new files get the usual 0644 (less umask).
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
        if (::rename(m_path.c_str(), target.c_str()) != 0)
            throw saveError(target, std::strerror(errno));
        m_released = true;
    }

private:
    std::string m_path;
    int m_fd = -1;
    bool m_released = false;
};

}  // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw saveError(path, "a folder with that name exists");
    // A device or a pipe (/dev/stdout, a FIFO) cannot be replaced by renaming: write to it directly.
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
        std::ofstream out(path, std::ios::binary);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        if (!out.flush())
            throw saveError(path, "cannot write");
        return;
    }
    TemporaryFile temp(path);
    temp.write(content, path);
    temp.commit(path);
}

void writeFileAtomically(const std::filesystem::path& path,
                         const std::function<void(std::ostream&)>& produce) {
    std::ostringstream buffer;
    produce(buffer);  // may throw: nothing has touched the disk yet
    writeFileAtomically(path, buffer.str());
}

}  // namespace orgweave::core
