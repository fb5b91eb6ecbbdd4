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
#include <vector>

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
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw saveError(path, "a folder with that name exists");
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
        std::ostringstream buffer;  // a device: produce everything first, then write it at once
        produce(buffer);
        writeFileAtomically(path, buffer.str());
        return;
    }
    // Streamed into the temporary file; if `produce` throws, the temporary file is removed and the
    // target is untouched.
    TemporaryFile temp(path);
    DescriptorBuffer buffer(temp.fd());
    std::ostream stream(&buffer);
    produce(stream);
    stream.flush();
    if (buffer.error() != 0)
        throw saveError(path, std::strerror(buffer.error()));
    if (!stream)
        throw saveError(path, "cannot write");
    temp.commit(path);
}

}  // namespace orgweave::core
