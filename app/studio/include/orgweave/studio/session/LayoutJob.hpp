#pragma once
// One layout run on a background thread for the Layout panel (DESIGN.md §5, §6): it owns a copy of
// the model, a std::thread, a cancel flag and the progress. The `force` engine runs step by step
// here (layouts::ForceLayout) and publishes its current positions so that the canvas can animate
// them; stop() ends it early and keeps the state reached. Every other engine runs through
// layouts::runLayout in one call (Graphviz cannot be interrupted: cancel() only drops its result).
//
// Convention: positions in points, y down, as layouts::runLayout gives them; a finished force run
// equals runLayout(model, "force") with the same options. The destructor cancels and joins.
// The worker runs at the analysis's lower priority (AnalysisService::kWorkerNiceness).
// Cost: the engine's, on the worker; preview() copies O(n) under a mutex.

#include "orgweave/core/Model.hpp"
#include "orgweave/layouts/LayoutEngine.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace orgweave::studio {

class LayoutJob {
public:
    /// Starts laying out `model` with `request` (its cancel flag and progress callback are the job's).
    LayoutJob(core::Model model, layouts::EngineRequest request);
    ~LayoutJob();
    LayoutJob(const LayoutJob&) = delete;
    LayoutJob& operator=(const LayoutJob&) = delete;

    /// The engine that runs ("auto" resolved).
    const std::string& engine() const { return m_engine; }
    /// Whether the engine shows intermediate positions (force).
    bool animates() const { return m_engine == "force"; }

    /// Asks a force run to end now with the positions reached (they become the result).
    void stop() { m_stop = true; }
    /// Asks the run to end and drops its result.
    void cancel() { m_cancel = true; }
    bool cancelled() const { return m_cancel; }

    bool finished() const { return m_finished; }
    /// Blocks until the worker has finished.
    void wait();

    /// Share of the iteration cap done (force), or a negative value when unknown (other engines).
    double progress() const;
    double elapsedSeconds() const;

    /// Grows each time the worker publishes new intermediate positions.
    std::uint64_t previewRevision() const { return m_previewRevision; }
    std::map<std::string, core::Point> preview() const;

    /// After finished(): the positions (none when cancelled or failed) and the error, if any.
    const std::optional<layouts::LayoutResult>& result() const { return m_result; }
    const std::string& error() const { return m_error; }

private:
    void work();
    void runForce();

    core::Model m_model;
    layouts::EngineRequest m_request;
    std::string m_engine;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<std::size_t> m_done{0};
    std::atomic<std::size_t> m_cap{0};
    std::chrono::steady_clock::time_point m_started;
    std::atomic<double> m_seconds{0.0};  ///< total time once finished
    mutable std::mutex m_previewMutex;
    std::map<std::string, core::Point> m_preview;
    std::atomic<std::uint64_t> m_previewRevision{0};
    std::optional<layouts::LayoutResult> m_result;
    std::string m_error;
    std::thread m_thread;  // last: started after everything above exists
};

}  // namespace orgweave::studio
