// A layout on a background thread.
//
// Sections: job control · force, step by step (layouts::ForceSession, as `orgweave layout --engine force`)

#include "orgweave/studio/session/LayoutJob.hpp"

#include "orgweave/layouts/ForceSession.hpp"
#include "orgweave/studio/session/AnalysisService.hpp"

#include <sys/resource.h>
#include <unistd.h>

namespace orgweave::studio {

// ---- job control ------------------------------------------------------------------------------

LayoutJob::LayoutJob(core::Model model, layouts::EngineRequest request)
    : m_model(std::move(model)), m_request(std::move(request)), m_started(std::chrono::steady_clock::now()) {
    m_engine = m_request.engine == "auto" ? layouts::autoEngine(m_model) : m_request.engine;
    m_request.engine = m_engine;
    m_request.cancel = &m_cancel;
    m_request.progress = nullptr;
    m_thread = std::thread([this] { work(); });
}

LayoutJob::~LayoutJob() {
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

void LayoutJob::wait() {
    if (m_thread.joinable())
        m_thread.join();
}

double LayoutJob::progress() const {
    if (m_finished)
        return 1.0;
    const std::size_t cap = m_cap;
    return cap == 0 ? -1.0 : static_cast<double>(m_done) / static_cast<double>(cap);
}

double LayoutJob::elapsedSeconds() const {
    if (m_finished)
        return m_seconds;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

std::map<std::string, core::Point> LayoutJob::preview() const {
    std::lock_guard lock(m_previewMutex);
    return m_preview;
}

void LayoutJob::work() {
    // Below the frame thread, as the analysis (AnalysisService::kWorkerNiceness).
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), AnalysisService::kWorkerNiceness);
    try {
        if (m_engine == "force")
            runForce();
        else
            m_result = layouts::runLayout(m_model, m_request);
    } catch (const layouts::LayoutCancelled&) {
        m_result.reset();
    } catch (const std::exception& e) {
        m_result.reset();
        m_error = e.what();
    }
    if (m_cancel)
        m_result.reset();
    m_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
    m_finished = true;
}

// ---- force, step by step ----------------------------------------------------------------------

void LayoutJob::runForce() {
    layouts::ForceSession session(m_model, m_request);
    m_cap = session.iterationCap();
    auto lastPublished = std::chrono::steady_clock::now();
    constexpr auto kPublishEvery = std::chrono::milliseconds(30);
    while (!session.converged() && session.iterations() < m_cap && !m_stop) {
        if (m_cancel)
            throw layouts::LayoutCancelled("layout cancelled");
        session.step(1);
        m_done = session.iterations();
        const auto now = std::chrono::steady_clock::now();
        if (now - lastPublished >= kPublishEvery) {
            std::map<std::string, core::Point> positions = session.preview();
            {
                std::lock_guard lock(m_previewMutex);
                m_preview = std::move(positions);
            }
            ++m_previewRevision;
            lastPublished = now;
        }
    }
    if (m_cancel)
        throw layouts::LayoutCancelled("layout cancelled");
    m_result = session.finish();
}

}  // namespace orgweave::studio
