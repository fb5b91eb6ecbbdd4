#include "orgweave/core/MeasureOptions.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace orgweave::core {

unsigned resolveThreads(unsigned requested) {
    if (requested > 0)
        return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

unsigned workerCount(std::size_t count, std::size_t grain, const MeasureOptions& options) {
    const std::size_t chunks =
        (count + std::max<std::size_t>(grain, 1) - 1) / std::max<std::size_t>(grain, 1);
    return static_cast<unsigned>(
        std::max<std::size_t>(1, std::min<std::size_t>(resolveThreads(options.threads), chunks)));
}

bool parallelFor(std::size_t count, std::size_t grain, const MeasureOptions& options, std::string_view task,
                 const std::function<void(unsigned worker, std::size_t begin, std::size_t end)>& body) {
    grain = std::max<std::size_t>(grain, 1);
    const unsigned workers = workerCount(count, grain, options);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::mutex progressMutex;
    std::size_t reported = 0;
    std::function<void(unsigned)> chunks;
    const std::size_t step = std::max<std::size_t>(count / 100, 1);
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&](unsigned worker) {
        try {
            chunks(worker);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(progressMutex);
            if (!failure)
                failure = std::current_exception();
            failed = true;
        }
    };
    chunks = [&](unsigned worker) {
        while (!options.cancelled() && !failed.load(std::memory_order_relaxed)) {
            const std::size_t begin = next.fetch_add(grain, std::memory_order_relaxed);
            if (begin >= count)
                return;
            const std::size_t end = std::min(begin + grain, count);
            body(worker, begin, end);
            const std::size_t finished =
                done.fetch_add(end - begin, std::memory_order_relaxed) + (end - begin);
            if (options.progress) {
                const std::lock_guard<std::mutex> lock(progressMutex);
                if (finished >= reported + step || finished == count) {
                    reported = std::max(reported, finished);
                    options.progress(task, reported, count);
                }
            }
        }
    };
    if (workers == 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        pool.reserve(workers - 1);
        for (unsigned w = 1; w < workers; ++w)
            pool.emplace_back(work, w);
        work(0);
        for (auto& thread : pool)
            thread.join();
    }
    if (failure)
        std::rethrow_exception(failure);
    return done.load() == count;
}

}  // namespace orgweave::core
