#pragma once
// Measures and gap findings of the open document, computed off the UI thread (DESIGN.md §4, §6).
//
// request() copies the model (a snapshot) and starts core::analyze (full lens, the chosen
// partition) and core::findGaps on a worker thread; a newer request cancels the analysis of an
// older one (the gap rules of an old job run to their end but their result is dropped). poll(),
// called once per frame on the UI thread, publishes a finished job as latest(). Results carry the
// structure revision they were computed for, so panels can mark them stale. Networks of more than
// kApproxThreshold nodes use sampled shortest-path measures (kApproxSources sources). While a job
// runs, progress() and task() say how far it is (from core's MeasureOptions::progress); cancel()
// drops it, and no new job starts for that revision and settings until resume() (the Measures
// panel's Cancel and Compute buttons).
// The worker uses all cores but one and runs at niceness kWorkerNiceness, so the frame thread keeps
// a core and wins when the machine is busy; the frame thread never waits for it (poll() only looks).
// Cost per request: one model copy on the calling thread; the work itself on the worker.

#include "orgweave/core/Analysis.hpp"
#include "orgweave/core/GapEngine.hpp"
#include "orgweave/core/GapSettings.hpp"
#include "orgweave/core/Model.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace orgweave::studio {

/// One finished analysis of one revision of the document.
struct AnalysisSnapshot {
    std::uint64_t structureRevision = 0;
    std::uint64_t settingsRevision = 0;
    core::AnalysisResult analysis;
    core::GapReport gaps;
    std::string analysisError;  ///< why the measures could not be computed (empty: fine)
    std::string gapsError;      ///< why the gap rules could not be evaluated (empty: fine)
    double seconds = 0.0;       ///< wall time of the job
};

/// What the analysis reads besides the document: lens, partition, phase, gap thresholds.
struct AnalysisSettings {
    core::LensKind lens = core::LensKind::Full;
    std::string partition = "organization";
    std::string phase;  ///< empty: the whole document
    core::GapSettings gapSettings;
};

class AnalysisService {
public:
    static constexpr std::size_t kApproxThreshold = 3000;
    static constexpr std::size_t kApproxSources = 400;
    static constexpr int kWorkerNiceness = 10;

    AnalysisService() = default;
    ~AnalysisService();
    AnalysisService(const AnalysisService&) = delete;
    AnalysisService& operator=(const AnalysisService&) = delete;

    /// Starts analysing `model` at `structureRevision` unless that revision (with the current
    /// settings) is already done or under way.
    void request(const core::Model& model, std::uint64_t structureRevision);
    /// Publishes a finished job; returns true when latest() changed.
    bool poll();
    /// Blocks until no job runs, then polls (tests, shutdown).
    void waitUntilIdle();
    /// Drops the results and cancels work (a new document was opened).
    void reset();

    const std::shared_ptr<const AnalysisSnapshot>& latest() const { return m_latest; }
    bool running() const { return m_current != nullptr; }
    /// Seconds the running job has taken so far (0 when idle).
    double runningSeconds() const;
    /// Fraction of the running job's current step done, in [0, 1]; negative when unknown or idle.
    double progress() const;
    /// The measure the running job computes now ("betweenness", …); empty when unknown or idle.
    std::string task() const;
    /// Cancels the running job; the current revision is not analysed again until resume().
    void cancel();
    /// Whether the user cancelled the analysis of `structureRevision` with the current settings.
    bool cancelled(std::uint64_t structureRevision) const;
    /// Allows request() to analyse the cancelled revision again.
    void resume();
    /// Whether latest() is missing or older than `structureRevision` or the current settings.
    bool isStale(std::uint64_t structureRevision) const;

    const AnalysisSettings& settings() const { return m_settings; }
    /// New settings make the results stale; the next request() recomputes.
    void setSettings(AnalysisSettings settings);

private:
    struct Job {
        std::uint64_t structureRevision = 0;
        std::uint64_t settingsRevision = 0;
        std::atomic<bool> cancel{false};
        std::atomic<bool> done{false};
        std::atomic<std::size_t> progressDone{0};
        std::atomic<std::size_t> progressTotal{0};
        mutable std::mutex taskMutex;
        std::string task;  ///< guarded by taskMutex
        std::chrono::steady_clock::time_point started;
        std::shared_ptr<AnalysisSnapshot> result;
        std::thread thread;
    };
    static void work(Job& job, core::Model model, AnalysisSettings settings);
    void reapFinished();

    AnalysisSettings m_settings;
    std::uint64_t m_settingsRevision = 1;
    std::unique_ptr<Job> m_current;
    std::vector<std::unique_ptr<Job>> m_retired;  ///< cancelled jobs still finishing
    std::shared_ptr<const AnalysisSnapshot> m_latest;
    bool m_cancelled = false;  ///< the user cancelled the revision below
    std::uint64_t m_cancelledStructure = 0;
    std::uint64_t m_cancelledSettings = 0;
};

}  // namespace orgweave::studio
