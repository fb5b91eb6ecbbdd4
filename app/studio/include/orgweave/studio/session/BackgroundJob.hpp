#pragma once
// One computation on a worker thread whose result the UI polls each frame (comparisons and what-if
// scenarios). The work receives everything it needs by value: it must not read the workspace.
// An exception thrown by the work is kept and its message returned as the error.
// Cost: one thread per job; the destructor waits for the work to finish.

#include <chrono>
#include <exception>
#include <future>
#include <string>
#include <utility>
#include <variant>

namespace orgweave::studio {

template <class Result>
class BackgroundJob {
public:
    template <class Work>
    explicit BackgroundJob(Work work)
        : m_started(std::chrono::steady_clock::now()),
          m_future(std::async(std::launch::async, std::move(work))) {}

    /// Whether the result (or the error) is there; never blocks.
    bool ready() const {
        return m_future.valid() && m_future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }
    /// Blocks until the work is done (tests).
    void wait() const {
        if (m_future.valid())
            m_future.wait();
    }
    double elapsedSeconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    }
    /// After ready(): the result, or the message of what the work threw. Call once.
    std::variant<Result, std::string> take() {
        try {
            return m_future.get();
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
    }

private:
    std::chrono::steady_clock::time_point m_started;
    std::future<Result> m_future;
};

}  // namespace orgweave::studio
