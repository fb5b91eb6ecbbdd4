#pragma once
// What every measure is run with (threads, cancel, seed, progress) and the one parallel loop they
// share. A measure takes a MeasureOptions, splits its work with parallelFor and checks cancelled()
// where it can stop early; core::analyze fills one MeasureOptions from AnalysisOptions.
//
// parallelFor(count, grain, options, body) calls body(worker, begin, end) on consecutive chunks of
// [0, count) of at most `grain` items, on workerCount(count, grain, options) threads (the calling
// thread is worker 0), so a measure can keep one scratch space per worker and reduce afterwards.
// Chunks are handed out dynamically (an atomic counter), so uneven work balances itself. Progress is
// reported as (items done, count) at most about 100 times per loop, from whichever worker finishes a
// chunk, serialized by a mutex. Cost: one thread start per worker per loop (tens of microseconds).

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

namespace orgweave::core {

class Graph;

/// The one CSR snapshot every measure of an analysis reads; shared, so no measure can outlive it.
using GraphSnapshot = std::shared_ptr<const Graph>;

struct MeasureOptions {
    unsigned threads = 0;                       ///< 0: every core
    const std::atomic<bool>* cancel = nullptr;  ///< when it becomes true, measures stop early
    std::uint64_t seed = 1;                     ///< sampling and community detection
    /// Called with (what is running, items done, items in all); may be called from any worker
    /// thread, never from two at once. Empty: no progress reports.
    std::function<void(std::string_view task, std::size_t done, std::size_t total)> progress;

    bool cancelled() const { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }
};

/// Number of worker threads for `requested` (0 = hardware concurrency, at least 1).
unsigned resolveThreads(unsigned requested);

/// Workers parallelFor will use for `count` items in chunks of `grain` (at least 1).
unsigned workerCount(std::size_t count, std::size_t grain, const MeasureOptions& options);

/// Runs body(worker, begin, end) over [0, count) in chunks of `grain`; stops handing out chunks once
/// options.cancelled(). Returns false when cancelled before every chunk ran. `task` names the work
/// in progress reports. An exception thrown by `body` stops the loop and is rethrown here, after
/// every worker has stopped.
bool parallelFor(std::size_t count, std::size_t grain, const MeasureOptions& options, std::string_view task,
                 const std::function<void(unsigned worker, std::size_t begin, std::size_t end)>& body);

}  // namespace orgweave::core
