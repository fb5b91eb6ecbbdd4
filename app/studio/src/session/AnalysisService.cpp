// AnalysisService: sections · requests · worker · results
#include "orgweave/studio/session/AnalysisService.hpp"
#include <orgweave/core/Translate.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <exception>
#include <string_view>
#include <utility>

namespace orgweave::studio {

AnalysisService::~AnalysisService() {
    if (m_current)
        m_current->cancel = true;
    for (auto& job : m_retired)
        job->cancel = true;
    if (m_current && m_current->thread.joinable())
        m_current->thread.join();
    for (auto& job : m_retired) {
        if (job->thread.joinable())
            job->thread.join();
    }
}

// ----------------------------------------------------------------------------------------- requests

void AnalysisService::request(const core::Model& model, std::uint64_t structureRevision) {
    const auto matches = [&](std::uint64_t revision, std::uint64_t settingsRevision) {
        return revision == structureRevision && settingsRevision == m_settingsRevision;
    };
    if (m_current && matches(m_current->structureRevision, m_current->settingsRevision))
        return;
    if (!m_current && m_latest && matches(m_latest->structureRevision, m_latest->settingsRevision))
        return;
    if (m_cancelled && matches(m_cancelledStructure, m_cancelledSettings))
        return;
    m_cancelled = false;
    if (m_current) {
        m_current->cancel = true;
        m_retired.push_back(std::move(m_current));
    }
    auto job = std::make_unique<Job>();
    job->structureRevision = structureRevision;
    job->settingsRevision = m_settingsRevision;
    job->started = std::chrono::steady_clock::now();
    Job& ref = *job;
    AnalysisSettings settings = m_settings;
    settings.gapSettings.texts = core::ui();  // the findings in the studio's language
    job->thread = std::thread([&ref, copy = model, settings = std::move(settings)]() mutable {
        work(ref, std::move(copy), std::move(settings));
    });
    m_current = std::move(job);
}

void AnalysisService::setSettings(AnalysisSettings settings) {
    m_settings = std::move(settings);
    ++m_settingsRevision;
}

void AnalysisService::cancel() {
    if (!m_current)
        return;
    m_cancelled = true;
    m_cancelledStructure = m_current->structureRevision;
    m_cancelledSettings = m_current->settingsRevision;
    m_current->cancel = true;
    m_retired.push_back(std::move(m_current));
    reapFinished();
}

bool AnalysisService::cancelled(std::uint64_t structureRevision) const {
    return m_cancelled && m_cancelledStructure == structureRevision &&
           m_cancelledSettings == m_settingsRevision;
}

void AnalysisService::resume() {
    m_cancelled = false;
}

void AnalysisService::reset() {
    m_cancelled = false;
    if (m_current) {
        m_current->cancel = true;
        m_retired.push_back(std::move(m_current));
    }
    m_latest.reset();
    reapFinished();
}

// ------------------------------------------------------------------------------------------- worker

void AnalysisService::work(Job& job, core::Model model, AnalysisSettings settings) {
    auto result = std::make_shared<AnalysisSnapshot>();
    result->structureRevision = job.structureRevision;
    result->settingsRevision = job.settingsRevision;
    core::AnalysisOptions options;
    options.lens.lens = settings.lens;
    options.lens.phase = settings.phase;
    options.partition = settings.partition;
    options.partitionChosen = settings.partition != "organization";
    options.run.cancel = &job.cancel;
    options.run.progress = [&job](std::string_view task, std::size_t done, std::size_t total) {
        {
            const std::lock_guard<std::mutex> lock(job.taskMutex);
            if (job.task != task)
                job.task.assign(task);
        }
        job.progressTotal = total;
        job.progressDone = done;
    };
    // The worker shares the machine with the UI thread: leave it one core, and run at a lower
    // priority (this thread and the ones it starts), so frames come first whatever else is running.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kWorkerNiceness);
    const unsigned cores = std::thread::hardware_concurrency();
    options.run.threads = cores > 1 ? cores - 1 : 1;
    if (model.nodes.size() > kApproxThreshold)
        options.approxSources = kApproxSources;
    try {
        result->analysis = core::analyze(model, options);
    } catch (const std::exception& e) {
        result->analysisError = e.what();
    }
    if (!job.cancel) {
        try {
            result->gaps = core::findGaps(model, settings.gapSettings, settings.phase);
        } catch (const std::exception& e) {
            result->gapsError = e.what();
        }
    }
    result->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - job.started).count();
    job.result = std::move(result);
    job.done = true;
}

// ------------------------------------------------------------------------------------------ results

void AnalysisService::reapFinished() {
    std::erase_if(m_retired, [](std::unique_ptr<Job>& job) {
        if (!job->done)
            return false;
        job->thread.join();
        return true;
    });
}

bool AnalysisService::poll() {
    reapFinished();
    if (!m_current || !m_current->done)
        return false;
    m_current->thread.join();
    const bool cancelled = m_current->cancel;
    if (!cancelled)
        m_latest = std::move(m_current->result);
    m_current.reset();
    return !cancelled;
}

void AnalysisService::waitUntilIdle() {
    if (m_current && m_current->thread.joinable())
        m_current->thread.join();
    for (auto& job : m_retired) {
        if (job->thread.joinable())
            job->thread.join();
    }
    m_retired.clear();
    if (m_current) {
        if (!m_current->cancel)
            m_latest = std::move(m_current->result);
        m_current.reset();
    }
}

double AnalysisService::runningSeconds() const {
    if (!m_current)
        return 0.0;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_current->started).count();
}

double AnalysisService::progress() const {
    if (!m_current)
        return -1.0;
    const std::size_t total = m_current->progressTotal;
    if (total == 0)
        return -1.0;
    return std::min(1.0, static_cast<double>(m_current->progressDone) / static_cast<double>(total));
}

std::string AnalysisService::task() const {
    if (!m_current)
        return {};
    const std::lock_guard<std::mutex> lock(m_current->taskMutex);
    return m_current->task;
}

bool AnalysisService::isStale(std::uint64_t structureRevision) const {
    return !m_latest || m_latest->structureRevision != structureRevision ||
           m_latest->settingsRevision != m_settingsRevision;
}

}  // namespace orgweave::studio
