#pragma once
// adviseHugePages: asks Linux to back a large buffer with transparent huge pages (where they are
// set to "madvise", as on Debian 12). Large arrays read at random (a 100,000-node search's state,
// a national document's ties) then cost one TLB entry and one page fault per 2 MiB instead of per
// 4 KiB. Only whole huge pages inside the buffer are advised; elsewhere, or when the kernel
// refuses, nothing changes. Cost: one system call. populatePages: faults a buffer in ahead of use.

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace orgweave::core {

#if defined(__linux__)
/// madvise(`advice`) over the whole `alignment`-sized pages that lie inside [data, data + bytes).
inline void adviseWholePages(const void* data, std::size_t bytes, std::uintptr_t alignment, int advice) {
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + alignment - 1) & ~(alignment - 1);
    const std::uintptr_t last = (begin + bytes) & ~(alignment - 1);
    if (last > first)
        madvise(reinterpret_cast<void*>(first), last - first, advice);
}
#endif

inline void adviseHugePages([[maybe_unused]] const void* data, [[maybe_unused]] std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    adviseWholePages(data, bytes, std::uintptr_t{2} << 20, MADV_HUGEPAGE);
#endif
}

/// The whole capacity of `buffer`.
template <typename T>
void adviseHugePages(const std::vector<T>& buffer) {
    adviseHugePages(buffer.data(), buffer.capacity() * sizeof(T));
}

/// Faults in the pages of [data, data + bytes) writable (zeroed by the kernel, as a first write
/// would), e.g. on another thread ahead of the thread that fills them: their cost (clearing every
/// page) is then paid on another core. Where the kernel cannot (before Linux 5.14), nothing
/// happens. Cost: one system call; the memory becomes resident.
inline void populatePages([[maybe_unused]] const void* data, [[maybe_unused]] std::size_t bytes) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    adviseWholePages(data, bytes, 4096, MADV_POPULATE_WRITE);
#endif
}

}  // namespace orgweave::core
